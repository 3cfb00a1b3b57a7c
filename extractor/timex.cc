// The scan: one combined regex of all rules finds the next place where some
// rule matches; a RegexSet anchored there tells which rules do; each of those
// runs anchored, its context guards are checked, and the longest accepted
// match (earlier rule on ties) is normalised. Tense comes from cue words of
// the sentence, looked for only when a value needs it.
#include "timex.h"

#include <algorithm>
#include <optional>

#include "regex.h"
#include "timex_date.h"
#include "timex_normalize.h"
#include "timex_rules.h"

namespace newsevents {
namespace {

constexpr size_t kRulesPerScan = 8;  // rules per combined scan regex
constexpr size_t kWindow = 160;      // bytes a timex may span
constexpr size_t kGuardWindow = 64;  // bytes of context a guard looks at
constexpr size_t kSentenceWindow = 400;

bool IsSentenceEnd(std::string_view text, size_t i) {
  const char c = text[i];
  if (c == '\n') return i + 1 < text.size() && text[i + 1] == '\n';
  if (c != '.' && c != '!' && c != '?') return false;
  if (i + 2 >= text.size()) return true;
  const char next = text[i + 1];
  if (next != ' ' && next != '\n' && next != '"') return false;
  const unsigned char after = text[i + 2];
  return std::isupper(after) || after == '"' || after == '\n';
}

}  // namespace

struct TimexTagger::Impl {
  TimexGrammar grammar;
  // All rules as a few alternations: one DFA over every rule would be too
  // big for RE2's memory budget and fall back to the slow NFA.
  std::vector<std::unique_ptr<Regex>> any;
  RegexSet starts;              // each rule anchored at the start
  std::unique_ptr<Regex> tense; // (?P<future>...)|(?P<past>...)
  int future_group = -1, past_group = -1;

  // -1 past, +1 future, 0 when the sentence has no cue.
  int Tense(std::string_view text, Mention span) const {
    size_t b = span.start > kSentenceWindow ? span.start - kSentenceWindow : 0;
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
    const std::string_view sentence = text.substr(0, e);
    int best = 0, best_distance = 1 << 30;
    std::vector<Span> g;
    size_t from = b;
    while (from < e && tense->Search(sentence, from, &g)) {
      const int end = g[0].end;
      if (g[0].start >= span.start && g[0].end <= span.end) {
        from = end > g[0].start ? end : end + 1;
        continue;  // a cue inside the timex itself
      }
      // The verb that governs a date mostly comes before it ("said
      // Friday", "will meet Thursday"), so cues after it count double.
      const int distance = g[0].end <= span.start
                               ? span.start - g[0].end
                               : 2 * (g[0].start - span.end) + 1;
      if (distance < best_distance) {
        best_distance = distance;
        best = g[future_group].matched() ? 1 : -1;
      }
      from = end > g[0].start ? end : end + 1;
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
      const size_t e = before ? start : std::min(text.size(), end + kGuardWindow);
      const bool hit = guard.regex->Search(text.substr(b, e - b), 0, &g);
      const bool must = guard.kind == GuardKind::kPrev || guard.kind == GuardKind::kNext;
      if (hit != must) return false;
    }
    return true;
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
  std::string all;
  const auto& rules = impl.grammar.rules;
  for (size_t i = 0; i < rules.size(); ++i) {
    const TimexRule& r = rules[i];
    all += (all.empty() ? "(?:" : "|(?:") + r.bare + ")";
    std::string error;
    if (impl.starts.Add("(?i)^(?:" + r.bare + ")", &error) < 0)
      return Status::Error("bad_timex_rule", "pattern does not compile: " + error,
                           r.where);
    if ((i + 1) % kRulesPerScan == 0 || i + 1 == rules.size()) {
      impl.any.push_back(std::make_unique<Regex>(all, options));
      if (!impl.any.back()->ok())
        return Status::Error("bad_timex_rule",
                             "combined pattern does not compile: " +
                                 impl.any.back()->error(),
                             dir);
      all.clear();
    }
  }
  if (!impl.starts.Compile())
    return Status::Error("bad_timex_rule", "rule set too large to compile", dir);
  const auto past = impl.grammar.macros.find("TENSE_PAST");
  const auto future = impl.grammar.macros.find("TENSE_FUTURE");
  if (past == impl.grammar.macros.end() || future == impl.grammar.macros.end())
    return Status::Error("bad_timex_rule",
                         "missing 'define TENSE_PAST' or 'define TENSE_FUTURE'",
                         dir);
  impl.tense = std::make_unique<Regex>("\\b(?:(?P<future>" + future->second +
                                           ")|(?P<past>" + past->second + "))\\b",
                                       options);
  if (!impl.tense->ok())
    return Status::Error("bad_timex_rule",
                         "tense cues do not compile: " + impl.tense->error(), dir);
  const auto& names = impl.tense->group_names();
  for (size_t i = 0; i < names.size(); ++i) {
    if (names[i] == "future") impl.future_group = static_cast<int>(i);
    if (names[i] == "past") impl.past_group = static_cast<int>(i);
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
  std::vector<Span> g;
  struct Candidate {
    int length;
    int rule;
    std::vector<Span> groups;
  };
  std::vector<Candidate> candidates;
  // The next match start of each scan regex at or after pos (-1: none left).
  std::vector<int> next(impl.any.size(), -2);
  size_t pos = 0;
  while (pos < text.size()) {
    int start = -1;
    for (size_t i = 0; i < impl.any.size(); ++i) {
      if (next[i] == -2 || (next[i] >= 0 && next[i] < static_cast<int>(pos)))
        next[i] = impl.any[i]->Search(text, pos, &g) ? g[0].start : -1;
      if (next[i] >= 0 && (start < 0 || next[i] < start)) start = next[i];
    }
    if (start < 0) break;
    candidates.clear();
    const size_t window = std::min(kWindow, text.size() - start);
    for (int index : impl.starts.Match(text.substr(start, window))) {
      const TimexRule& rule = impl.grammar.rules[index];
      std::vector<Span> groups;
      if (!rule.regex->Search(text, start, &groups, /*anchor_start=*/true))
        continue;
      if (groups[0].end <= start) continue;
      if (!impl.GuardsPass(rule, text, start, groups[0].end)) continue;
      candidates.push_back({groups[0].end - start, index, std::move(groups)});
    }
    std::sort(candidates.begin(), candidates.end(),
              [](const Candidate& a, const Candidate& b) {
                return a.length != b.length ? a.length > b.length : a.rule < b.rule;
              });
    bool done = false;
    for (const Candidate& c : candidates) {
      TimexMatch match;
      match.rule = &impl.grammar.rules[c.rule];
      match.text = text;
      match.groups = c.groups;
      std::optional<int> tense;
      context.tense = [&]() {
        if (!tense) tense = impl.Tense(text, Mention{start, start + c.length});
        return *tense;
      };
      std::vector<Timex> made;
      for (const TimexValueSpec& spec : match.rule->values) {
        Timex t;
        if (!NormalizeTimex(impl.grammar, spec, match, context, &t)) break;
        made.push_back(std::move(t));
      }
      if (made.size() != match.rule->values.size()) continue;
      for (Timex& t : made) found.push_back(std::move(t));
      pos = start + c.length;
      done = true;
      break;
    }
    if (!done) {
      pos = start + 1;
      while (pos < text.size() &&
             (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80)
        ++pos;
    }
  }
  std::stable_sort(found.begin(), found.end(), [](const Timex& a, const Timex& b) {
    return a.mention.start < b.mention.start;
  });
  return found;
}

}  // namespace newsevents
