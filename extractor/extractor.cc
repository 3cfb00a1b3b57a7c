// Wires the fixed pipeline. Everything here is const after Load().
#include "newsevents/extractor.h"

#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include "base/deadline.h"
#include "base/text.h"
#include "events/assemble.h"
#include "events/instance_names.h"
#include "events/rule_set.h"
#include "events/units.h"
#include "extractor_internal.h"
#include "lexicon/lexicon.h"
#include "quotes/quotes.h"
#include "reactions/reactions.h"
#include "text/tokenizer.h"
#include "timex/timex.h"

namespace newsevents {

namespace {

// The longest sentence (in units) the event rules read; real news sentences
// have well under 200.
constexpr int kMaxRuleUnits = 600;

// NEWSEVENTS_DEBUG_UNITS=1 prints each sentence's units and tags to stderr:
// what rule patterns see.
const bool debug_units_ = std::getenv("NEWSEVENTS_DEBUG_UNITS") != nullptr;

void PrintUnits(const Analysis& a, const Lexicon& lexicon, int first, int end) {
  for (int i = first; i < end; ++i) {
    const Unit& u = a.units[i];
    std::cerr << "[" << a.tokens.text.substr(u.start, u.stop - u.start);
    for (int t : u.tags) std::cerr << " " << lexicon.TagName(t);
    if (u.entity >= 0) std::cerr << " =" << a.mentions[u.entity].name;
    std::cerr << "] ";
  }
  std::cerr << "\n";
}

// A line in capitals (a wire headline) repeats the story and misleads the
// rules: its facts are taken from the body.
bool IsHeadline(const TokenizedText& t, const Sentence& s) {
  int words = 0;
  for (int i = s.first_token; i < s.end_token; ++i) {
    const Token& token = t.tokens[i];
    if (!(token.flags & Token::kWord) || (token.flags & Token::kNumber)) continue;
    if (!(token.flags & Token::kAllCaps) && token.end - token.start > 1) return false;
    ++words;
  }
  return words >= 3;
}

// The error of an article that used up its time budget in `stage`. The
// record keeps only its id and source, as for any other error.
Status OverBudget(const Document& doc, int64_t budget_ms, const char* stage,
                  Record* record) {
  *record = Record();
  record->doc_id = doc.id;
  record->source = doc.source;
  record->dct = doc.dct;
  record->bytes = static_cast<int>(doc.text.size());
  return Status::Error("time_budget",
                       "extraction took longer than the time budget of " +
                           std::to_string(budget_ms) + " ms per article (stopped " +
                           stage + "); --time-budget-ms sets it, 0 = none",
                       doc.source);
}

// Adds the time since the last lap to one stage of `times`; does nothing
// when `times` is null (every run but the bench's).
class StageClock {
 public:
  explicit StageClock(StageTimes* times) : times_(times) {
    if (times_) last_ = std::chrono::steady_clock::now();
  }
  void Lap(double StageTimes::*stage) {
    if (!times_) return;
    const auto now = std::chrono::steady_clock::now();
    times_->*stage += std::chrono::duration<double>(now - last_).count();
    last_ = now;
  }

 private:
  StageTimes* times_;
  std::chrono::steady_clock::time_point last_;
};

}  // namespace

struct Extractor::Impl {
  Options options;
  std::unique_ptr<Lexicon> lexicon;
  std::unique_ptr<RuleSet> rules;
  std::unique_ptr<TimexTagger> timex;
  std::unique_ptr<QuoteFinder> quotes;
  std::unique_ptr<ReactionFinder> reactions;
  CoreTags core_tags;
  ModalityTags modality_tags;
  std::string version;
};

Extractor::Extractor() : impl_(std::make_unique<Impl>()) {}
Extractor::~Extractor() = default;

std::string Extractor::DefaultLexiconDir() {
  if (const char* env = std::getenv("NEWSEVENTS_LEXICONS")) return env;
  std::error_code error;
  const std::filesystem::path bin =
      std::filesystem::read_symlink("/proc/self/exe", error).parent_path();
  const std::filesystem::path beside = bin / "lexicons" / "en";
  if (std::filesystem::is_directory(beside, error)) return beside.string();
  return (bin / NEWSEVENTS_LEXICONS_FROM_BIN).lexically_normal().string();
}

Status Extractor::Load(const Options& options, std::unique_ptr<Extractor>* out) {
  std::unique_ptr<Extractor> x(new Extractor());
  Impl& m = *x->impl_;
  m.options = options;
  std::error_code error;
  if (!std::filesystem::is_directory(options.lexicon_dir, error))
    return Status::Error("io_error",
                         "no lexicon folder here; give --lexicons DIR or set "
                         "NEWSEVENTS_LEXICONS",
                         options.lexicon_dir);
  Status s = Lexicon::Load(options.lexicon_dir, &m.lexicon);
  if (!s.ok()) return s;
  if (!(s = RuleSet::Load(options.lexicon_dir + "/rules", *m.lexicon, &m.rules)).ok())
    return s;
  if (!(s = TimexTagger::Load(options.lexicon_dir + "/timex", &m.timex)).ok())
    return s;
  if (!(s = QuoteFinder::Load(options.lexicon_dir, &m.quotes)).ok()) return s;
  if (!(s = ReactionFinder::Load(options.lexicon_dir, &m.reactions)).ok())
    return s;
  if (!(s = CoreTags::From(*m.lexicon, &m.core_tags)).ok()) return s;
  if (!(s = ModalityTags::From(*m.lexicon, &m.modality_tags)).ok()) return s;
  m.version = m.lexicon->version() + m.rules->version();
  *out = std::move(x);
  return Status::Ok();
}

const std::string& Extractor::version() const { return impl_->version; }
int Extractor::rule_count() const {
  return static_cast<int>(impl_->rules->rules().size());
}

Status Extractor::Extract(const Document& doc, Record* record) const {
  return Extract(doc, record, nullptr);
}

Status Extractor::Extract(const Document& doc, Record* record,
                          StageTimes* times) const {
  const Impl& m = *impl_;
  *record = Record();
  record->doc_id = doc.id;
  record->source = doc.source;
  record->dct = doc.dct;
  record->bytes = static_cast<int>(doc.text.size());
  if (doc.text.size() > m.options.max_bytes)
    return Status::Error("too_large",
                         "document of " + std::to_string(doc.text.size()) +
                             " bytes exceeds the limit of " +
                             std::to_string(m.options.max_bytes),
                         doc.source);
  size_t bad = 0;
  if (!IsValidUtf8(doc.text, &bad))
    return Status::Error("invalid_utf8",
                         "invalid UTF-8 at byte " + std::to_string(bad),
                         doc.source);
  if (!doc.dct.empty() && !IsValidDate(doc.dct))
    return Status::Error("bad_date", "publication date '" + doc.dct +
                                         "' is not a YYYY-MM-DD date",
                         doc.source);

  // The budget runs from here; it is looked at between stages and once per
  // sentence of the event rules (base/deadline.h).
  const Deadline deadline(m.options.time_budget_ms);
  const int64_t budget = m.options.time_budget_ms;
  StageClock clock(times);
  Analysis a;
  Tokenize(doc.text, &m.lexicon->abbreviations(), &a.tokens);
  clock.Lap(&StageTimes::tokenize);
  if (deadline.Passed()) return OverBudget(doc, budget, "after the tokenizer", record);
  const int year = doc.dct.empty() ? 0 : std::atoi(doc.dct.substr(0, 4).c_str());
  m.lexicon->Match(a.tokens, &a.token_ids, &a.matches, year);
  if (deadline.Passed()) return OverBudget(doc, budget, "after the lexicon", record);
  BuildUnits(*m.lexicon, m.core_tags, year, &a);
  if (deadline.Passed()) return OverBudget(doc, budget, "after the units", record);
  clock.Lap(&StageTimes::tag);
  record->timexes = m.timex->Tag(doc.text, doc.dct);
  clock.Lap(&StageTimes::timex);
  if (deadline.Passed())
    return OverBudget(doc, budget, "after the time expressions", record);

  std::string encoded;
  std::vector<RuleMatch> matches;
  bool treaty_before = false;  // in the previous sentence
  for (int s = 0; s < static_cast<int>(a.tokens.sentences.size()); ++s) {
    if (deadline.Passed()) return OverBudget(doc, budget, "in the event rules", record);
    const int first = a.sentence_units[s], end = a.sentence_units[s + 1];
    // Rules need an actor and a treaty here or just before: skip the rest.
    bool treaty = false, actor = false;
    for (int i = first; i < end; ++i) {
      treaty |= a.units[i].HasTag(m.core_tags.treaty) ||
                a.units[i].HasTag(m.core_tags.talks) ||
                a.units[i].HasTag(m.core_tags.igo) ||
                a.units[i].HasTag(m.core_tags.treaty_pronoun);
      actor |= a.units[i].HasTag(m.core_tags.actor) ||
               (a.units[i].entity >= 0 &&
                (!a.mentions[a.units[i].entity].parties.empty() ||
                 !a.mentions[a.units[i].entity].body.empty() ||
                 !a.mentions[a.units[i].entity].owner.empty()));
    }
    const bool treaty_near = treaty || treaty_before;
    treaty_before = treaty;
    treaty = treaty_near;
    if (debug_units_) PrintUnits(a, *m.lexicon, first, end);
    if (!treaty || !actor || IsHeadline(a.tokens, a.tokens.sentences[s])) continue;
    // A "sentence" of thousands of units is text without sentence breaks
    // (a table, a run of sentences with no space after the periods): the
    // rules' work grows faster than its length, so it is left out and said.
    if (end - first > kMaxRuleUnits) {
      const Sentence& sent = a.tokens.sentences[s];
      record->warnings.push_back(
          "events: a sentence of " + std::to_string(end - first) + " units at bytes " +
          std::to_string(sent.start) + "-" + std::to_string(sent.end) +
          " is over " + std::to_string(kMaxRuleUnits) + " and was not read for events");
      continue;
    }
    matches.clear();
    m.rules->Match(a, first, end, &encoded, &matches);
    clock.Lap(&StageTimes::match);
    AssembleEvents(a, *m.rules, m.core_tags, m.modality_tags, s, matches,
                   record->timexes, doc.dct, &record->events);
    clock.Lap(&StageTimes::assemble);
  }
  clock.Lap(&StageTimes::match);  // the sentences no rule read
  NameInstances(*m.lexicon, a, doc.text, &record->events);
  FinishEvents(a, m.core_tags, m.modality_tags, record->timexes, &record->events);
  clock.Lap(&StageTimes::assemble);

  std::vector<Mention> sentences;
  for (const Sentence& sent : a.tokens.sentences)
    sentences.push_back({sent.start, sent.end});
  if (deadline.Passed()) return OverBudget(doc, budget, "after the events", record);
  // Quotes and reactions read the same light tokens: scanned once.
  const std::vector<QToken> qtoks =
      ScanTokens(doc.text, &m.quotes->lexicon().abbreviations);
  record->quotes = m.quotes->Find(doc.text, qtoks, sentences, a.mentions);
  clock.Lap(&StageTimes::quotes);
  if (deadline.Passed()) return OverBudget(doc, budget, "after the quotes", record);
  record->reactions = m.reactions->Find(doc.text, qtoks, sentences, a.mentions,
                                        record->quotes, &record->events);
  clock.Lap(&StageTimes::reactions);

  // Entities: one per (kind, name), with all its mentions.
  for (const EntityMention& em : a.mentions) {
    const std::string kind = em.kind == "organ" ? "state" : em.kind;
    if (em.name.empty()) continue;
    Entity* e = nullptr;
    for (Entity& x : record->entities)
      if (x.kind == kind && x.name == em.name) e = &x;
    if (!e) {
      record->entities.push_back(
          {"n" + std::to_string(record->entities.size() + 1), kind, em.name,
           em.code, {}});
      e = &record->entities.back();
    }
    e->mentions.push_back(em.mention);
  }
  record->sentences = static_cast<int>(a.tokens.sentences.size());
  record->tokens = static_cast<int>(a.tokens.tokens.size());
  clock.Lap(&StageTimes::assemble);
  return Status::Ok();
}

}  // namespace newsevents
