// The scan: a linear pass finds the trigger words (timex/scan.h); at the
// word starts leading up to each, left to right, a RegexSet of all rules
// anchored there tells which rules match; each of those runs anchored, its
// context guards are checked, and the longest accepted match (earlier rule
// on ties) is normalised. Tense comes from cue words of the sentence, looked
// for only when a value needs it.
#include "timex/timex.h"

#include <algorithm>
#include <optional>

#include "base/regex.h"
#include "timex/date.h"
#include "timex/normalize.h"
#include "timex/rules.h"
#include "timex/scan.h"

namespace newsevents {
namespace {

constexpr size_t kWindow = 120;      // bytes a timex may span
constexpr size_t kGuardWindow = 64;  // bytes of context a guard looks at
constexpr size_t kSentenceWindow = 400;
constexpr size_t kTenseNear = 60;  // bytes before a timex searched first
constexpr size_t kPresentNear = 32;  // a present verb this close governs it
// A near cue ("ahead of", TENSE_NEAR) governs a timex at most this far after
// it, in the same clause ("ahead of the Iowa caucuses on Monday").
constexpr size_t kNearCue = 40;

struct Candidate {
  int length;
  int rule;
  std::vector<Span> groups;
};

bool IsSentenceEnd(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\n') return i + 1 < text.size() && text[i + 1] == '\n';
  if (c != '.' && c != '!' && c != '?') return false;
  // Closing quotes may follow (`.'' White House said`), and any white space
  // ("vacationing.     In his March ...").
  size_t j = i + 1;
  while (j < text.size() && j < i + 3 && text[j] == '\'') ++j;
  if (j >= text.size()) return true;
  if (text[j] == '"') ++j;
  const size_t space = j;
  while (j < text.size() && (text[j] == ' ' || text[j] == '\n')) ++j;
  if (j >= text.size()) return true;
  if (j == space) return false;
  const unsigned char after = text[j];
  return std::isupper(after) || after == '"' || after == '`';
}

}  // namespace

struct TimexTagger::Impl {
  TimexGrammar grammar;
  TimexLexicon words;            // trigger and lead words
  RegexSet starts;               // each rule anchored at the start
  // (?P<infinitive>...)|(?P<future>...)|(?P<past>...)|(?P<present>...)
  std::unique_ptr<Regex> tense;
  int future_group = -1, past_group = -1, infinitive_group = -1;
  int near_group = -1;

  // -1 past, +1 future, 0 when the sentence has no cue, kTensePresent for a
  // present-tense verb ("the meeting is Friday", "officials meet Tuesday")
  // when `present` cues count at all.
  int Tense(std::string_view text, Mention span, bool present_cues,
            bool near_cues = true) const {
    size_t b = static_cast<size_t>(span.start) > kSentenceWindow
                   ? span.start - kSentenceWindow
                   : 0;
    for (size_t i = span.start; i > b; --i)
      if (IsSentenceEnd(text, i - 1)) {
        b = i;
        break;
      }
    size_t e = std::min(text.size(), span.end + kSentenceWindow);
    for (size_t i = span.end; i < e; ++i)
      if (IsSentenceEnd(text, i)) {
        e = i;
        break;
      }
    int best = 0, best_distance = 1 << 30;
    // The nearest cue wins. The verb that governs a date mostly comes before
    // it ("said Friday", "will meet Thursday"), so cues after it count four
    // times their distance.
    // Returns whether the cue counts.
    auto consider = [&](const std::vector<Span>& g) {
      if (g[0].start >= span.start && g[0].end <= span.end)
        return false;  // inside
      // An infinitive ("was to arrive Monday") takes its tense from the
      // verb before it.
      if (infinitive_group >= 0 && g[infinitive_group].matched()) return false;
      // A near cue ("ahead of") governs only the phrase just after it: not
      // a date in another clause ("ahead of the meeting rather than the
      // statement Monday"; "ahead of the holiday, and on Monday").
      if (near_group >= 0 && g[near_group].matched()) {
        if (!near_cues || g[0].end > span.start ||
            span.start - g[0].end > static_cast<int>(kNearCue))
          return false;
        for (int i = g[0].end; i < span.start; ++i)
          if (text[i] == ',' || text[i] == ';' || text[i] == ':')
            return false;
        const std::string_view between =
            text.substr(g[0].end, span.start - g[0].end);
        if (between.find(" and ") != std::string_view::npos ||
            between.find(" rather than ") != std::string_view::npos)
          return false;
      }
      // A present-tense verb governs only a date just after it ("meet
      // separately Monday"), not one in another clause ("Friday's
      // purchases is far below").
      const bool near = near_group >= 0 && g[near_group].matched();
      const bool present =
          !near && !g[future_group].matched() && !g[past_group].matched();
      if (present && (!present_cues || g[0].end > span.start ||
                      span.start - g[0].end > static_cast<int>(kPresentNear)))
        return false;
      const int distance = g[0].end <= span.start
                               ? span.start - g[0].end
                               : 4 * (g[0].start - span.end) + 1;
      if (distance < best_distance) {
        best_distance = distance;
        best = near || g[future_group].matched() ? 1
               : g[past_group].matched()         ? -1
                                                 : kTensePresent;
      }
      return true;
    };
    std::vector<Span> g;
    // First the text near the timex; the rest of the sentence before it only
    // when no cue comes before it there.
    const size_t near = std::max(b, static_cast<size_t>(span.start) > kTenseNear
                                        ? span.start - kTenseNear
                                        : size_t{0});
    const std::string_view sentence = text.substr(0, e);
    bool before = false;
    for (size_t from = near; from < e && tense->Search(sentence, from, &g);) {
      if (g[0].start > span.end &&
          4 * (g[0].start - span.end) + 1 >= best_distance)
        break;  // later cues are farther still
      if (consider(g)) before = before || g[0].end <= span.start;
      from = g[0].end > g[0].start ? g[0].end : g[0].end + 1;
    }
    if (!before && near > b) {
      const std::string_view head = text.substr(0, span.start);
      for (size_t from = b; from < near && tense->Search(head, from, &g);) {
        if (static_cast<size_t>(g[0].start) >= near) break;
        consider(g);
        from = g[0].end > g[0].start ? g[0].end : g[0].end + 1;
      }
    }
    return best;
  }

  bool GuardsPass(const TimexRule& rule, std::string_view text, int start,
                  int end) const {
    std::vector<Span> g;
    for (const TimexGuard& guard : rule.guards) {
      const bool before =
          guard.kind == GuardKind::kPrev || guard.kind == GuardKind::kNotPrev;
      const size_t b = before ? (start > static_cast<int>(kGuardWindow)
                                     ? start - kGuardWindow
                                     : 0)
                              : end;
      const size_t e =
          before ? start : std::min(text.size(), end + kGuardWindow);
      const bool hit = guard.regex->Search(text.substr(b, e - b), 0, &g);
      const bool must =
          guard.kind == GuardKind::kPrev || guard.kind == GuardKind::kNext;
      if (hit != must) return false;
    }
    return true;
  }

  // Runs every rule anchored at `start`; the longest accepted match (the
  // earlier rule on ties) is normalised into `found`. Returns the end of
  // what it added, or -1 when no rule gives a timex there.
  int MatchAt(std::string_view text, int start, size_t run_end,
              TimexContext* context, std::vector<Candidate>* candidates,
              std::vector<Timex>* found) const {
    const size_t window = std::min(kWindow, run_end - start);
    const std::vector<int> hits = starts.Match(text.substr(start, window));
    if (hits.empty()) return -1;
    candidates->clear();
    for (int index : hits) {
      const TimexRule& rule = grammar.rules[index];
      std::vector<Span> groups;
      if (!rule.regex->Search(text, start, &groups, /*anchor_start=*/true))
        continue;
      if (groups[0].end <= start) continue;
      candidates->push_back({groups[0].end - start, index, std::move(groups)});
    }
    std::sort(candidates->begin(), candidates->end(),
              [](const Candidate& a, const Candidate& b) {
                return a.length != b.length ? a.length > b.length
                                            : a.rule < b.rule;
              });
    // Guards are checked only as far as the best candidate that passes.
    for (Candidate& c : *candidates) {
      if (!GuardsPass(grammar.rules[c.rule], text, start, start + c.length))
        continue;
      // `value none`: the words are no time expression ("Jan Kavan",
      // "three-quarters of its food"); nothing else may take them.
      if (grammar.rules[c.rule].values[0].function == "none")
        return start + c.length;
      TimexMatch match;
      match.rule = &grammar.rules[c.rule];
      match.text = text;
      match.groups = std::move(c.groups);
      std::optional<int> tense[2];
      context->tense = [&](bool present) {
        std::optional<int>& t = tense[present];
        if (!t) t = Tense(text, Mention{start, start + c.length}, present);
        return *t;
      };
      context->clause_tense = [&]() {
        return Tense(text, Mention{start, start + c.length}, false, false);
      };
      std::vector<Timex> made;
      for (const TimexValueSpec& spec : match.rule->values) {
        Timex t;
        if (!NormalizeTimex(grammar, spec, match, *context, &t)) break;
        made.push_back(std::move(t));
      }
      context->tense = nullptr;
      context->clause_tense = nullptr;
      if (made.size() != match.rule->values.size()) continue;
      int end = start + c.length;
      for (Timex& t : made) {
        end = std::max(end, t.mention.end);
        found->push_back(std::move(t));
      }
      return end;
    }
    return -1;
  }
};

TimexTagger::TimexTagger() : impl_(std::make_unique<Impl>()) {}
TimexTagger::~TimexTagger() = default;

Status TimexTagger::Load(const std::string& dir,
                         std::unique_ptr<TimexTagger>* out) {
  std::unique_ptr<TimexTagger> t(new TimexTagger());
  Impl& impl = *t->impl_;
  Status s = LoadTimexGrammar(dir, &impl.grammar);
  if (!s.ok()) return s;
  Regex::Options options;
  options.case_insensitive = true;
  for (const TimexRule& r : impl.grammar.rules) {
    std::string error;
    if (impl.starts.Add("(?i)^(?:" + r.bare + ")", &error) < 0)
      return Status::Error("bad_timex_rule",
                           "pattern does not compile: " + error, r.where);
  }
  std::string error;
  if (!BuildTimexLexicon(impl.grammar, &impl.words, &error))
    return Status::Error("bad_timex_rule", error, dir);
  if (!impl.starts.Compile())
    return Status::Error("bad_timex_rule", "rule set too large to compile",
                         dir);
  const auto past = impl.grammar.macros.find("TENSE_PAST");
  const auto future = impl.grammar.macros.find("TENSE_FUTURE");
  if (past == impl.grammar.macros.end() || future == impl.grammar.macros.end())
    return Status::Error("bad_timex_rule",
                         "missing 'define TENSE_PAST' or 'define TENSE_FUTURE'",
                         dir);
  // TENSE_PRESENT and TENSE_INFINITIVE are optional; the future and past
  // cues come before the present ones, so "is to" is future before "is" is
  // present, and infinitives ("to arrive", no cue) before both.
  const auto present = impl.grammar.macros.find("TENSE_PRESENT");
  const auto infinitive = impl.grammar.macros.find("TENSE_INFINITIVE");
  const auto near = impl.grammar.macros.find("TENSE_NEAR");
  const auto end = impl.grammar.macros.end();
  impl.tense = std::make_unique<Regex>(
      "\\b(?:" +
          (infinitive == end ? std::string()
                             : "(?P<infinitive>" + infinitive->second + ")|") +
          (near == end ? std::string() : "(?P<near>" + near->second + ")|") +
          "(?P<future>" + future->second + ")|(?P<past>" + past->second + ")" +
          (present == end ? std::string()
                          : "|(?P<present>" + present->second + ")") +
          ")\\b",
      options);
  if (!impl.tense->ok())
    return Status::Error("bad_timex_rule",
                         "tense cues do not compile: " + impl.tense->error(),
                         dir);
  const auto& names = impl.tense->group_names();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "future") impl.future_group = static_cast<int>(i);
    if (names[i] == "past") impl.past_group = static_cast<int>(i);
    if (names[i] == "infinitive") impl.infinitive_group = static_cast<int>(i);
    if (names[i] == "near") impl.near_group = static_cast<int>(i);
  }
  *out = std::move(t);
  return Status::Ok();
}

std::vector<Timex> TimexTagger::Tag(std::string_view text,
                                    std::string_view dct) const {
  const Impl& impl = *impl_;
  std::vector<Timex> found;
  TimexContext context;
  context.has_dct = ParseDate(dct, &context.dct);
  context.previous = &found;
  std::vector<Candidate> candidates;
  std::vector<int> starts;
  TimexTriggerScan scan(impl.words, text);
  int tried = -1;  // word starts up to here have been tried
  while (scan.Next(&starts)) {
    const size_t run_end = scan.RunEnd(starts.back());
    for (int start : starts) {
      if (start <= tried) continue;
      tried = start;
      const int end =
          impl.MatchAt(text, start, run_end, &context, &candidates, &found);
      if (end < 0) continue;
      tried = end;
      scan.Restart(end);
      break;
    }
  }
  std::stable_sort(found.begin(), found.end(),
                   [](const Timex& a, const Timex& b) {
                     return a.mention.start < b.mention.start;
                   });
  return found;
}

}  // namespace newsevents
