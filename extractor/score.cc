// Scoring of extractor output against gold (shared spec gold.md).
//
// Two third-party libraries are used here on purpose, by exception to the
// one-file-per-library rule: nlohmann/json, because this file is a reader of
// JSON records (gold files and output lines), and ICU, for the case folding
// and diacritic removal that gold.md prescribes for name matching. Neither
// appears in score.h.
//
// Longer than 500 lines because it holds one concept end to end: reading
// the two inputs, the matching rules, and the audit lines of every category;
// splitting it would scatter the rules of gold.md over several files.
#include "score.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>

namespace newsevents {
namespace {

using Json = nlohmann::json;

// ------------------------------------------------------------ text folding

// Case folds `s`; with `strip_marks`, also removes diacritics (NFD, drop
// nonspacing marks, NFC). Normalizer2 instances are thread-safe singletons.
icu::UnicodeString Fold(const std::string& s, bool strip_marks) {
  UErrorCode status = U_ZERO_ERROR;
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(s);
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_FAILURE(status)) return u.foldCase();
  icu::UnicodeString d = nfd->normalize(u, status);
  if (strip_marks) {
    icu::UnicodeString kept;
    for (int32_t i = 0; i < d.length();) {
      UChar32 c = d.char32At(i);
      if (u_charType(c) != U_NON_SPACING_MARK) kept.append(c);
      i += U16_LENGTH(c);
    }
    d = kept;
  }
  d.foldCase();
  icu::UnicodeString out = nfc->normalize(d, status);
  return U_FAILURE(status) ? d : out;
}

std::string ToUtf8(const icu::UnicodeString& u) {
  std::string out;
  u.toUTF8String(out);
  return out;
}

// ----------------------------------------------------------- byte helpers

bool Overlaps(const Mention& a, const Mention& b) {
  return !a.empty() && !b.empty() && a.start < b.end && b.start < a.end;
}

bool ValidSpan(const Mention& m, const std::string& text) {
  return m.start >= 0 && m.end > m.start &&
         m.end <= static_cast<int>(text.size());
}

std::string SpanText(const Mention& m, const std::string& text) {
  return ValidSpan(m, text) ? text.substr(m.start, m.end - m.start) : "";
}

bool IsAsciiWordByte(const std::string& text, long i) {
  if (i < 0 || i >= static_cast<long>(text.size())) return false;
  return std::isalnum(static_cast<unsigned char>(text[i])) != 0;
}

// A text prepared for loose search: every run of white space is one ' '
// (articles are often hard-wrapped, gold text is not), optionally ASCII
// lower-cased; `at[i]` is the byte offset in the original of byte i.
struct LooseText {
  std::string text;
  std::vector<int> at;  // size text.size() + 1; the last is the original size
};

LooseText Loosen(const std::string& s, bool lower) {
  LooseText out;
  for (size_t i = 0; i < s.size(); ++i) {
    unsigned char c = s[i];
    if (std::isspace(c)) {
      if (!out.text.empty() && out.text.back() == ' ') continue;
      c = ' ';
    }
    out.text.push_back(lower ? std::tolower(c) : c);
    out.at.push_back(static_cast<int>(i));
  }
  out.at.push_back(static_cast<int>(s.size()));
  return out;
}

// Finds `needle` (itself loosened the same way) in `hay` at or after loose
// position `from`; with `whole_words`, the match may not touch an ASCII
// letter or digit on either side. Returns the span in the original text and
// sets `*next` to the loose position after the match; {-1,-1} when none.
Mention FindLoose(const LooseText& hay, const std::string& needle, bool lower,
                  size_t from, bool whole_words, size_t* next = nullptr) {
  LooseText n = Loosen(needle, lower);
  size_t b = n.text.find_first_not_of(' '), e = n.text.find_last_not_of(' ');
  if (b == std::string::npos) return {-1, -1};
  std::string key = n.text.substr(b, e - b + 1);
  for (size_t at = hay.text.find(key, from); at != std::string::npos;
       at = hay.text.find(key, at + 1)) {
    size_t end = at + key.size();
    if (whole_words && (IsAsciiWordByte(hay.text, static_cast<long>(at) - 1) ||
                        IsAsciiWordByte(hay.text, static_cast<long>(end))))
      continue;
    if (next) *next = end;
    return {hay.at[at], hay.at[end - 1] + 1};
  }
  return {-1, -1};
}

// The earliest case-insensitive occurrence of any of `needles` in `hay`
// (lower-cased), whole words preferred.
Mention FindFirstOf(const LooseText& hay,
                    const std::vector<std::string>& needles) {
  Mention best{-1, -1};
  for (const std::string& n : needles) {
    Mention m = FindLoose(hay, n, true, 0, true);
    if (m.start < 0) m = FindLoose(hay, n, true, 0, false);
    if (m.start >= 0 && (best.start < 0 || m.start < best.start)) best = m;
  }
  return best;
}

// Length of the sentence terminator at `i` (. ! ? and any closing quote
// marks after it) when white space or the end of the text follows; else 0.
size_t TerminatorAt(const std::string& text, size_t i) {
  char c = text[i];
  if (c != '.' && c != '!' && c != '?') return 0;
  size_t j = i + 1;
  while (j < text.size()) {
    if (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
      ++j;
    } else if (text.compare(j, 3, "\xE2\x80\x9D") == 0 ||  // ”
               text.compare(j, 3, "\xE2\x80\x99") == 0) {  // ’
      j += 3;
    } else {
      break;
    }
  }
  bool space_after =
      j >= text.size() || std::isspace(static_cast<unsigned char>(text[j]));
  if (!space_after) return 0;
  if (c == '.') {
    // Not after an initial or inside an abbreviation (J. Smith, U.S.), and
    // not when the next word starts lower-case. Display only: errs both ways.
    auto byte = [&](long k) -> unsigned char {
      return k >= 0 && k < static_cast<long>(text.size()) ? text[k] : ' ';
    };
    long k = static_cast<long>(i);
    if (std::isupper(byte(k - 1)) && !std::isalnum(byte(k - 2))) return 0;
    if (std::isalpha(byte(k - 1)) && byte(k - 2) == '.') return 0;
    // Nor after a short capitalised word such as a title (Mr. Ms. Dr.).
    long w = k;
    while (w > 0 && std::isalpha(byte(w - 1))) --w;
    if (k - w >= 2 && k - w <= 3 && std::isupper(byte(w)) &&
        !std::isalnum(byte(w - 1)))
      return 0;
    size_t next = text.find_first_not_of(" \t\r\n", j);
    if (next != std::string::npos &&
        std::islower(static_cast<unsigned char>(text[next])))
      return 0;
  }
  return j - i;
}

// `s` with every run of white space made one space, and trimmed.
std::string CollapseSpaces(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (!std::isspace(c)) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

// True when a paragraph starts after the line break at `i`: a blank or an
// indented line follows. Other line breaks are hard wrapping.
bool ParagraphBreakAt(const std::string& text, size_t i) {
  return text[i] == '\n' &&
         (i + 1 >= text.size() ||
          std::isspace(static_cast<unsigned char>(text[i + 1])));
}

// The sentence around [m.start, m.end), found by a simple heuristic: it
// starts after a paragraph break or a sentence terminator (TerminatorAt) and
// ends likewise; white space is collapsed. Best effort, for audit lines only.
std::string SentenceAround(const std::string& text, const Mention& m) {
  if (!ValidSpan(m, text)) return "";
  size_t begin = 0;
  for (size_t i = m.start; i > 0; --i) {
    if (ParagraphBreakAt(text, i - 1)) {
      begin = i;
      break;
    }
    size_t n = TerminatorAt(text, i - 1);
    if (n > 0 && i - 1 + n <= static_cast<size_t>(m.start)) {
      begin = i - 1 + n;
      break;
    }
  }
  size_t end = m.end;
  while (end < text.size() && !ParagraphBreakAt(text, end)) {
    size_t n = TerminatorAt(text, end);
    if (n > 0) {
      end += n;
      break;
    }
    ++end;
  }
  return CollapseSpaces(text.substr(begin, end - begin));
}

// ------------------------------------------------------------ JSON access

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : "";
}

int Int(const Json& j, const char* key, int fallback) {
  auto it = j.find(key);
  return (it != j.end() && it->is_number_integer()) ? it->get<int>() : fallback;
}

std::vector<std::string> Strings(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const Json& s : *it)
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

const Json& Arr(const Json& j, const char* key) {
  static const Json kEmpty = Json::array();
  auto it = j.find(key);
  return (it != j.end() && it->is_array()) ? *it : kEmpty;
}

Mention ReadMention(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return {-1, -1};
  return {Int(*it, "start", -1), Int(*it, "end", -1)};
}

// --------------------------------------------------------------- gold JSON

// Returns the string at `key`, or records an error naming `path.key`.
std::string Required(const Json& j, const char* key, const std::string& path,
                     std::string* error) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) {
    if (error->empty()) *error = "missing or empty string '" + path + key + "'";
    return "";
  }
  return it->get<std::string>();
}

GoldName ReadGoldName(const Json& j, const std::string& path,
                      std::string* error) {
  GoldName n;
  if (!j.is_object()) {
    if (error->empty()) *error = "expected an object at '" + path + "'";
    return n;
  }
  n.name = Required(j, "name", path + ".", error);
  n.code = Str(j, "code");
  n.accept = Strings(j, "accept");
  return n;
}

GoldEvent ReadGoldEvent(const Json& j, const std::string& path,
                        std::string* error) {
  GoldEvent e;
  e.type = Required(j, "type", path + ".", error);
  e.modality = Required(j, "modality", path + ".", error);
  static const Json kNull;
  e.actor = ReadGoldName(j.contains("actor") ? j["actor"] : kNull,
                         path + ".actor", error);
  e.organ = j.contains("actor") ? Str(j["actor"], "organ") : "";
  e.treaty = ReadGoldName(j.contains("treaty") ? j["treaty"] : kNull,
                          path + ".treaty", error);
  e.date = Str(j, "date");
  e.officials = Strings(j, "officials");
  for (const Json& r : Arr(j, "reactions"))
    e.reactions.push_back(
        {{Str(r, "org"), "", Strings(r, "accept")}, Str(r, "stance")});
  return e;
}

GoldQuote ReadGoldQuote(const Json& j, const std::string& path,
                        std::string* error) {
  GoldQuote q;
  q.kind = Str(j, "kind");
  q.speaker.name = Required(j, "speaker", path + ".", error);
  q.speaker.accept = Strings(j, "accept_speaker");
  q.text = Required(j, "text", path + ".", error);
  return q;
}

// Locates gold timexes that carry no span: the k-th timex with a given text
// maps to the k-th occurrence of that text, whole words preferred.
// Case matters ("May" is not "may"); line breaks do not.
void LocateTimexes(const std::string& text, std::vector<GoldTimex>* timexes) {
  LooseText hay = Loosen(text, false);
  std::map<std::string, size_t> cursor;  // timex text -> loose search position
  for (GoldTimex& t : *timexes) {
    if (ValidSpan(t.span, text)) continue;
    size_t& from = cursor[t.text];
    t.span = FindLoose(hay, t.text, false, from, true, &from);
    if (t.span.start < 0)
      t.span = FindLoose(hay, t.text, false, from, false, &from);
  }
}

Status ParseGoldJson(const Json& j, const std::string& text,
                     const std::string& where, GoldDoc* doc) {
  if (!j.is_object())
    return Status::Error("bad_gold", "gold file is not a JSON object", where);
  std::string error;
  doc->id = Required(j, "doc", "", &error);
  doc->dct = Str(j, "dct");
  doc->text = text;
  doc->has_events = j.contains("events") || j.contains("optional_events");
  doc->has_quotes = j.contains("quotes") || j.contains("optional_quotes");
  doc->has_reactions = j.contains("reactions");
  doc->has_timexes = j.contains("timexes");
  doc->has_attributions = j.contains("attributions");
  for (const char* key : {"events", "optional_events"}) {
    const Json& list = Arr(j, key);
    for (size_t i = 0; i < list.size(); ++i) {
      GoldEvent e = ReadGoldEvent(
          list[i], std::string(key) + "[" + std::to_string(i) + "]", &error);
      (key[0] == 'e' ? doc->events : doc->optional_events).push_back(e);
    }
  }
  for (const char* key : {"quotes", "optional_quotes"}) {
    const Json& list = Arr(j, key);
    for (size_t i = 0; i < list.size(); ++i) {
      GoldQuote q = ReadGoldQuote(
          list[i], std::string(key) + "[" + std::to_string(i) + "]", &error);
      (key[0] == 'q' ? doc->quotes : doc->optional_quotes).push_back(q);
    }
  }
  const Json& reactions = Arr(j, "reactions");
  for (size_t i = 0; i < reactions.size(); ++i) {
    std::string path = "reactions[" + std::to_string(i) + "].";
    GoldReaction r;
    r.org.name = Required(reactions[i], "org", path, &error);
    r.org.accept = Strings(reactions[i], "accept");
    r.stance = Required(reactions[i], "stance", path, &error);
    doc->reactions.push_back(r);
  }
  const Json& timexes = Arr(j, "timexes");
  for (size_t i = 0; i < timexes.size(); ++i) {
    std::string path = "timexes[" + std::to_string(i) + "].";
    GoldTimex t;
    t.text = Required(timexes[i], "text", path, &error);
    t.type = Str(timexes[i], "type");
    t.value = Str(timexes[i], "value");
    t.span = {Int(timexes[i], "start", -1), Int(timexes[i], "end", -1)};
    doc->timexes.push_back(t);
  }
  LocateTimexes(text, &doc->timexes);
  for (const Json& a : Arr(j, "attributions")) {
    GoldAttribution g;
    g.content = ReadMention(a, "content");
    g.source = ReadMention(a, "source");
    g.cue = ReadMention(a, "cue");
    if (a.contains("source") && a["source"].is_object())
      g.source_text = Str(a["source"], "text");
    doc->attributions.push_back(g);
  }
  if (!error.empty()) return Status::Error("bad_gold", error, where);
  return Status::Ok();
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

// ---------------------------------------------------------- predicted JSON

EntityRef ReadEntityRef(const Json& j) {
  EntityRef r;
  if (!j.is_object()) return r;
  r.name = Str(j, "name");
  r.kind = Str(j, "kind");
  r.code = Str(j, "code");
  r.organ = Str(j, "organ");
  r.mention = ReadMention(j, "mention");
  return r;
}

Timex ReadTimex(const Json& j) {
  Timex t;
  t.type = Str(j, "type");
  t.value = Str(j, "value");
  t.mod = Str(j, "mod");
  t.mention = ReadMention(j, "mention");
  t.anchor = Str(j, "anchor");
  t.rule = Str(j, "rule");
  return t;
}

Record ReadRecord(const Json& j) {
  Record r;
  const Json& doc = j["doc"];
  r.doc_id = Str(doc, "id");
  r.dct = Str(doc, "dct");
  r.source = Str(doc, "source");
  r.bytes = Int(doc, "bytes", 0);
  r.sentences = Int(doc, "sentences", 0);
  r.tokens = Int(doc, "tokens", 0);
  for (const Json& e : Arr(j, "events")) {
    Event ev;
    ev.id = Str(e, "id");
    ev.type = Str(e, "type");
    ev.modality = Str(e, "modality");
    if (e.contains("actor")) ev.actor = ReadEntityRef(e["actor"]);
    if (e.contains("treaty") && e["treaty"].is_object()) {
      ev.treaty.name = Str(e["treaty"], "name");
      ev.treaty.id = Str(e["treaty"], "id");
      ev.treaty.mention = ReadMention(e["treaty"], "mention");
    }
    if (e.contains("date") && e["date"].is_object())
      ev.date = ReadTimex(e["date"]);
    ev.trigger = ReadMention(e, "trigger");
    ev.officials = Strings(e, "officials");
    ev.reactions = Strings(e, "reactions");
    for (const Json& m : Arr(e, "mentions")) {
      EventMention em;
      auto s = m.find("sentence");
      if (s != m.end() && s->is_array() && s->size() == 2 &&
          (*s)[0].is_number_integer() && (*s)[1].is_number_integer())
        em.sentence = {(*s)[0].get<int>(), (*s)[1].get<int>()};
      em.trigger = ReadMention(m, "trigger");
      em.rule = Str(m, "rule");
      ev.mentions.push_back(em);
    }
    ev.rule = Str(e, "rule");
    auto c = e.find("confidence");
    if (c != e.end() && c->is_number()) ev.confidence = c->get<double>();
    r.events.push_back(ev);
  }
  for (const Json& q : Arr(j, "quotes")) {
    Quote qu;
    qu.id = Str(q, "id");
    qu.kind = Str(q, "kind");
    qu.mention = ReadMention(q, "mention");
    if (q.contains("speaker") && q["speaker"].is_object()) {
      const Json& s = q["speaker"];
      qu.speaker = {Str(s, "name"), Str(s, "title"), Str(s, "affiliation"),
                    Str(s, "kind"), ReadMention(s, "mention")};
    }
    qu.cue = ReadMention(q, "cue");
    qu.rule = Str(q, "rule");
    r.quotes.push_back(qu);
  }
  for (const Json& x : Arr(j, "reactions")) {
    Reaction re;
    re.id = Str(x, "id");
    if (x.contains("org")) re.org = ReadEntityRef(x["org"]);
    re.stance = Str(x, "stance");
    re.event = Str(x, "event");
    re.target = ReadMention(x, "target");
    re.quotes = Strings(x, "quotes");
    re.cue = ReadMention(x, "cue");
    re.rule = Str(x, "rule");
    r.reactions.push_back(re);
  }
  for (const Json& t : Arr(j, "timexes")) r.timexes.push_back(ReadTimex(t));
  for (const Json& e : Arr(j, "entities")) {
    Entity en;
    en.id = Str(e, "id");
    en.kind = Str(e, "kind");
    en.name = Str(e, "name");
    en.code = Str(e, "code");
    for (const Json& m : Arr(e, "mentions"))
      en.mentions.push_back({Int(m, "start", -1), Int(m, "end", -1)});
    r.entities.push_back(en);
  }
  r.warnings = Strings(j, "warnings");
  return r;
}

// ---------------------------------------------------------- descriptions

std::string Describe(const GoldEvent& e) {
  std::string s = e.type + "/" + e.modality + " " + e.actor.name;
  if (!e.organ.empty()) s += " (" + e.organ + ")";
  s += " -> " + e.treaty.name;
  if (!e.date.empty()) s += " @" + e.date;
  return s;
}

std::string Describe(const Event& e) {
  std::string s = e.type + "/" + e.modality + " " + e.actor.name;
  if (!e.actor.organ.empty()) s += " (" + e.actor.organ + ")";
  s += " -> " + e.treaty.name;
  if (e.date) s += " @" + e.date->value;
  return s;
}

std::string Quoted(const std::string& speaker, const std::string& kind,
                   const std::string& text) {
  return speaker + " [" + kind + "]: \"" + text + "\"";
}

std::string JoinNames(const std::vector<std::string>& names) {
  std::string s;
  for (const std::string& n : names) s += (s.empty() ? "" : ", ") + n;
  return "[" + s + "]";
}

// ----------------------------------------------------------- per document

// Scores one document; `rec` is null when the prediction is missing.
class DocScorer {
 public:
  // `missing` says why there is no record ("no prediction", "error: ...").
  DocScorer(const GoldDoc& gold, const Record* rec, std::string missing,
            ScoreReport* report)
      : gold_(gold), rec_(rec), missing_(std::move(missing)), report_(report) {}

  void Run() {
    if (gold_.has_events) ScoreEvents();
    if (gold_.has_quotes) ScoreQuotes();
    if (gold_.has_reactions) ScoreReactions();
    if (gold_.has_timexes) ScoreTimexes();
    if (gold_.has_attributions) ScoreAttributions();
  }

 private:
  void Add(Finding::Kind kind, const char* category, std::string what,
           Mention span, std::string sentence, std::string rule = "",
           std::string detail = "") {
    Finding f;
    f.kind = kind;
    f.category = category;
    f.doc = gold_.id;
    f.what = std::move(what);
    f.span = span;
    f.sentence = sentence.empty() ? SentenceAround(gold_.text, span)
                                  : CollapseSpaces(sentence);
    f.rule = std::move(rule);
    f.detail = std::move(detail);
    report_->findings.push_back(std::move(f));
  }

  // Where a gold event is talked about: the treaty's first mention, else
  // the actor's.
  Mention GoldEventSpan(const GoldEvent& e) const {
    std::vector<std::string> names = e.treaty.accept;
    names.push_back(e.treaty.name);
    Mention m = FindFirstOf(lower(), names);
    if (m.start >= 0) return m;
    names = e.actor.accept;
    names.push_back(e.actor.name);
    return FindFirstOf(lower(), names);
  }

  static bool EventMatches(const Event& p, const GoldEvent& g) {
    if (p.type != g.type || p.modality != g.modality) return false;
    bool actor = NameMatches(p.actor.name, g.actor) ||
                 (!p.actor.code.empty() && NameMatches(p.actor.code, g.actor));
    bool treaty = NameMatches(p.treaty.name, g.treaty) ||
                  (!p.treaty.id.empty() && NameMatches(p.treaty.id, g.treaty));
    return actor && treaty;
  }

  std::string EventSentence(const Event& e) const {
    for (const EventMention& m : e.mentions)
      if (ValidSpan(m.sentence, gold_.text))
        return SpanText(m.sentence, gold_.text);
    return "";
  }

  static Mention EventSpan(const Event& e) {
    if (!e.trigger.empty()) return e.trigger;
    for (const EventMention& m : e.mentions)
      if (!m.trigger.empty()) return m.trigger;
    return e.treaty.mention;
  }

  static std::string EventRule(const Event& e) {
    if (!e.rule.empty() || e.mentions.empty()) return e.rule;
    return e.mentions.front().rule;
  }

  // The gold name of an official, with the speaker aliases of gold quotes.
  GoldName OfficialName(const std::string& name) const {
    GoldName g{name, "", {}};
    std::string n = NormalizeName(name);
    for (const auto* list : {&gold_.quotes, &gold_.optional_quotes})
      for (const GoldQuote& q : *list)
        if (NormalizeName(q.speaker.name) == n)
          g.accept.insert(g.accept.end(), q.speaker.accept.begin(),
                          q.speaker.accept.end());
    return g;
  }

  GoldName OrgName(const std::string& org) const {
    GoldName g{org, "", {}};
    std::string n = NormalizeName(org);
    for (const GoldReaction& r : gold_.reactions)
      if (NormalizeName(r.org.name) == n)
        g.accept.insert(g.accept.end(), r.org.accept.begin(),
                        r.org.accept.end());
    return g;
  }

  // Compares the officials and reactions of a matched event pair.
  void ScoreEventFields(const Event& p, const GoldEvent& g) {
    Accuracy& dates = report_->event_dates;
    std::string pdate = p.date ? p.date->value : "";
    if (!g.date.empty() || !pdate.empty()) {
      ++dates.total;
      if (g.date == pdate) {
        ++dates.correct;
      } else {
        Add(Finding::kWrongValue, "events", Describe(g), EventSpan(p),
            EventSentence(p), EventRule(p),
            "date: gold " + (g.date.empty() ? "none" : g.date) +
                ", predicted " + (pdate.empty() ? "none" : pdate));
      }
    }
    // Officials by normalized name, once each.
    Counts off;
    off.gold = g.officials.size();
    off.pred = p.officials.size();
    std::vector<bool> used(g.officials.size(), false);
    for (const std::string& name : p.officials) {
      for (size_t i = 0; i < g.officials.size(); ++i) {
        if (used[i] || !NameMatches(name, OfficialName(g.officials[i])))
          continue;
        used[i] = true;
        ++off.tp_gold, ++off.tp_pred;
        break;
      }
    }
    report_->event_officials.Add(off);
    if (off.fp() || off.fn())
      Add(Finding::kWrongValue, "events", Describe(g), EventSpan(p),
          EventSentence(p), EventRule(p),
          "officials: gold " + JoinNames(g.officials) + ", predicted " +
              JoinNames(p.officials));
    // Reactions by org and stance, once each.
    Counts rea;
    rea.gold = g.reactions.size();
    std::vector<bool> taken(g.reactions.size(), false);
    std::vector<std::string> pred_names, gold_names;
    for (const GoldReaction& r : g.reactions)
      gold_names.push_back(r.org.name + " " + r.stance);
    for (const std::string& id : p.reactions) {
      const Reaction* r = nullptr;
      for (const Reaction& x : rec().reactions)
        if (x.id == id) r = &x;
      ++rea.pred;
      if (!r) {
        pred_names.push_back(id + "?");
        continue;
      }
      pred_names.push_back(r->org.name + " " + r->stance);
      for (size_t i = 0; i < g.reactions.size(); ++i) {
        if (taken[i] || r->stance != g.reactions[i].stance ||
            !NameMatches(r->org.name, OrgName(g.reactions[i].org.name)))
          continue;
        taken[i] = true;
        ++rea.tp_gold, ++rea.tp_pred;
        break;
      }
    }
    report_->event_reactions.Add(rea);
    if (rea.fp() || rea.fn())
      Add(Finding::kWrongValue, "events", Describe(g), EventSpan(p),
          EventSentence(p), EventRule(p),
          "reactions: gold " + JoinNames(gold_names) + ", predicted " +
              JoinNames(pred_names));
  }

  void ScoreEvents() {
    Counts& c = report_->events;
    ++c.docs;
    c.gold += gold_.events.size();
    std::vector<bool> matched(gold_.events.size(), false);
    for (const Event& p : rec().events) {
      int hit = -1;
      for (size_t i = 0; i < gold_.events.size() && hit < 0; ++i)
        if (!matched[i] && EventMatches(p, gold_.events[i])) hit = i;
      if (hit >= 0) {
        matched[hit] = true;
        ++c.pred, ++c.tp_gold, ++c.tp_pred;
        ScoreEventFields(p, gold_.events[hit]);
        continue;
      }
      bool optional = std::any_of(
          gold_.optional_events.begin(), gold_.optional_events.end(),
          [&](const GoldEvent& g) { return EventMatches(p, g); });
      if (optional) continue;
      ++c.pred;
      Add(Finding::kFalsePositive, "events", Describe(p), EventSpan(p),
          EventSentence(p), EventRule(p));
    }
    for (size_t i = 0; i < gold_.events.size(); ++i)
      if (!matched[i])
        Add(Finding::kMiss, "events", Describe(gold_.events[i]),
            GoldEventSpan(gold_.events[i]), "", "", MissReason());
  }

  std::string MissReason() const { return missing_; }
  const Record& rec() const { return rec_ ? *rec_ : empty_; }

  // The article lower-cased and with white space collapsed, made on demand.
  const LooseText& lower() const {
    if (lower_.at.empty()) lower_ = Loosen(gold_.text, true);
    return lower_;
  }

  Mention GoldQuoteSpan(const GoldQuote& q) const {
    Mention m = FindFirstOf(lower(), {q.text});
    if (m.start >= 0) return m;
    // The first few words: gold joins quote fragments that the article
    // separates with a reporting clause.
    for (int words : {6, 4, 2}) {
      size_t cut = 0;
      for (int w = 0; w < words && cut != std::string::npos; ++w)
        cut = q.text.find(' ', cut + 1);
      m = FindFirstOf(lower(), {q.text.substr(0, cut)});
      if (m.start >= 0) return m;
    }
    return m;
  }

  static bool QuoteMatches(const GoldQuote& g, const std::string& speaker,
                           const std::string& text, double* jaccard) {
    if (!NameMatches(speaker, g.speaker)) return false;
    *jaccard = WordJaccard(text, g.text);
    return *jaccard >= 0.5;
  }

  void ScoreQuotes() {
    Counts& c = report_->quotes;
    ++c.docs;
    c.gold += gold_.quotes.size();
    std::vector<bool> matched(gold_.quotes.size(), false);
    for (const Quote& p : rec().quotes) {
      std::string text = SpanText(p.mention, gold_.text);
      double jaccard = 0;
      if (p.kind == "indirect") continue;  // only optional; never an fp
      int best = -1;
      double best_j = 0;
      for (size_t i = 0; i < gold_.quotes.size(); ++i)
        if (!matched[i] &&
            QuoteMatches(gold_.quotes[i], p.speaker.name, text, &jaccard) &&
            jaccard > best_j)
          best = i, best_j = jaccard;
      if (best >= 0) {
        matched[best] = true;
        ++c.pred, ++c.tp_gold, ++c.tp_pred;
        continue;
      }
      bool optional =
          std::any_of(gold_.optional_quotes.begin(),
                      gold_.optional_quotes.end(), [&](const GoldQuote& g) {
                        return QuoteMatches(g, p.speaker.name, text, &jaccard);
                      });
      if (optional) continue;
      ++c.pred;
      Add(Finding::kFalsePositive, "quotes",
          Quoted(p.speaker.name, p.kind, text), p.mention, "", p.rule);
    }
    for (size_t i = 0; i < gold_.quotes.size(); ++i) {
      if (matched[i]) continue;
      const GoldQuote& g = gold_.quotes[i];
      Add(Finding::kMiss, "quotes", Quoted(g.speaker.name, g.kind, g.text),
          GoldQuoteSpan(g), "", "", MissReason());
    }
  }

  void ScoreReactions() {
    Counts& c = report_->reactions;
    ++c.docs;
    c.gold += gold_.reactions.size();
    std::vector<bool> matched(gold_.reactions.size(), false);
    for (const Reaction& p : rec().reactions) {
      ++c.pred;
      bool hit = false;
      for (size_t i = 0; i < gold_.reactions.size() && !hit; ++i) {
        if (matched[i] || p.stance != gold_.reactions[i].stance ||
            !NameMatches(p.org.name, gold_.reactions[i].org))
          continue;
        matched[i] = hit = true;
        ++c.tp_gold, ++c.tp_pred;
      }
      if (hit) continue;
      Mention at = !p.cue.empty() ? p.cue : p.org.mention;
      Add(Finding::kFalsePositive, "reactions", p.org.name + " " + p.stance, at,
          "", p.rule);
    }
    for (size_t i = 0; i < gold_.reactions.size(); ++i) {
      if (matched[i]) continue;
      const GoldReaction& g = gold_.reactions[i];
      std::vector<std::string> names = g.org.accept;
      names.insert(names.begin(), g.org.name);
      Add(Finding::kMiss, "reactions", g.org.name + " " + g.stance,
          FindFirstOf(lower(), names), "", "", MissReason());
    }
  }

  void ScoreTimexes() {
    Counts& c = report_->timexes;
    Counts& strict = report_->timex_strict;
    ++c.docs, ++strict.docs;
    const std::vector<Timex>& pred = rec().timexes;
    c.gold += gold_.timexes.size();
    strict.gold += gold_.timexes.size();
    c.pred += pred.size();
    strict.pred += pred.size();
    // Strict: exact spans, once each.
    std::vector<bool> used(pred.size(), false);
    for (const GoldTimex& g : gold_.timexes) {
      for (size_t k = 0; k < pred.size(); ++k) {
        if (used[k] || g.span.empty() ||
            pred[k].mention.start != g.span.start ||
            pred[k].mention.end != g.span.end)
          continue;
        used[k] = true;
        ++strict.tp_gold, ++strict.tp_pred;
        break;
      }
    }
    // Relaxed: exact spans first, then any overlap, once each.
    std::vector<int> match(gold_.timexes.size(), -1);
    std::fill(used.begin(), used.end(), false);
    for (int pass = 0; pass < 2; ++pass) {
      for (size_t i = 0; i < gold_.timexes.size(); ++i) {
        const Mention& g = gold_.timexes[i].span;
        for (size_t k = 0; k < pred.size() && match[i] < 0; ++k) {
          const Mention& m = pred[k].mention;
          bool ok = pass == 0
                        ? (m.start == g.start && m.end == g.end && !g.empty())
                        : Overlaps(m, g);
          if (used[k] || !ok) continue;
          used[k] = true;
          match[i] = k;
        }
      }
    }
    for (size_t i = 0; i < gold_.timexes.size(); ++i) {
      const GoldTimex& g = gold_.timexes[i];
      std::string what = "\"" + g.text + "\" " + g.type + " " + g.value;
      if (match[i] < 0) {
        Add(Finding::kMiss, "timexes", what, g.span, "", "",
            g.span.empty() ? "text not found in the article" : MissReason());
        continue;
      }
      const Timex& p = pred[match[i]];
      ++c.tp_gold, ++c.tp_pred;
      ++report_->timex_values.total, ++report_->timex_types.total;
      bool value_ok = p.value == g.value, type_ok = p.type == g.type;
      report_->timex_values.correct += value_ok;
      report_->timex_types.correct += type_ok;
      if (!value_ok || !type_ok)
        Add(Finding::kWrongValue, "timexes", what, p.mention, "", p.rule,
            "gold " + g.type + " " + g.value + ", predicted \"" +
                SpanText(p.mention, gold_.text) + "\" " + p.type + " " +
                p.value);
    }
    for (size_t k = 0; k < pred.size(); ++k) {
      if (used[k]) continue;
      const Timex& p = pred[k];
      Add(Finding::kFalsePositive, "timexes",
          "\"" + SpanText(p.mention, gold_.text) + "\" " + p.type + " " +
              p.value,
          p.mention, "", p.rule);
    }
  }

  static std::string LastWord(const std::string& s) {
    std::string n = NormalizeName(s);
    size_t sp = n.find_last_of(' ');
    return sp == std::string::npos ? n : n.substr(sp + 1);
  }

  bool SourceRight(const Quote& p, const GoldAttribution& g) const {
    if (g.source.empty()) return false;
    if (Overlaps(p.speaker.mention, g.source)) return true;
    std::string want = LastWord(g.source_text);
    return !want.empty() && LastWord(p.speaker.name) == want;
  }

  void ScoreAttributions() {
    Counts& c = report_->attributions;
    ++c.docs;
    c.gold += gold_.attributions.size();
    std::vector<const Quote*> pred;
    for (const Quote& q : rec().quotes)
      if (q.kind == "direct" || q.kind == "partial") pred.push_back(&q);
    c.pred += pred.size();
    for (const Quote* p : pred) {
      bool hit =
          std::any_of(gold_.attributions.begin(), gold_.attributions.end(),
                      [&](const GoldAttribution& g) {
                        return Overlaps(p->mention, g.content);
                      });
      if (hit) {
        ++c.tp_pred;
        continue;
      }
      Add(Finding::kFalsePositive, "attributions",
          Quoted(p->speaker.name, p->kind, SpanText(p->mention, gold_.text)),
          p->mention, "", p->rule);
    }
    for (const GoldAttribution& g : gold_.attributions) {
      bool found = false, source = false;
      for (const Quote* p : pred) {
        if (!Overlaps(p->mention, g.content)) continue;
        found = true;
        source = source || SourceRight(*p, g);
      }
      std::string what =
          Quoted(g.source_text, "attribution", SpanText(g.content, gold_.text));
      if (!found) {
        Add(Finding::kMiss, "attributions", what, g.content, "", "",
            MissReason());
        continue;
      }
      ++c.tp_gold;
      if (g.source.empty()) continue;
      ++report_->attribution_sources.total;
      if (source) {
        ++report_->attribution_sources.correct;
      } else {
        Add(Finding::kWrongValue, "attributions", what, g.content, "", "",
            "source: gold \"" + g.source_text + "\"");
      }
    }
  }

  const GoldDoc& gold_;
  const Record* rec_;
  const Record empty_;  // stands in for a missing record
  mutable LooseText lower_;
  std::string missing_;
  ScoreReport* report_;
};

int CategoryRank(const std::string& c) {
  static const char* kOrder[] = {"events", "quotes", "reactions", "timexes",
                                 "attributions"};
  for (int i = 0; i < 5; ++i)
    if (c == kOrder[i]) return i;
  return 5;
}

}  // namespace

// ------------------------------------------------------------ public API

double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r > 0 ? 2 * p * r / (p + r) : 0;
}

void Counts::Add(const Counts& o) {
  docs += o.docs;
  gold += o.gold;
  pred += o.pred;
  tp_gold += o.tp_gold;
  tp_pred += o.tp_pred;
}

const char* FindingKindName(Finding::Kind kind) {
  switch (kind) {
    case Finding::kMiss:
      return "miss";
    case Finding::kFalsePositive:
      return "false_positive";
    case Finding::kWrongValue:
      return "wrong_value";
  }
  return "?";
}

std::string NormalizeName(const std::string& name) {
  icu::UnicodeString folded = Fold(name, /*strip_marks=*/true);
  icu::UnicodeString collapsed;
  bool space = false;
  for (int32_t i = 0; i < folded.length();) {
    UChar32 c = folded.char32At(i);
    i += U16_LENGTH(c);
    if (u_isUWhiteSpace(c)) {
      space = true;
      continue;
    }
    if (space && !collapsed.isEmpty()) collapsed.append(UChar32(' '));
    space = false;
    collapsed.append(c);
  }
  std::string out = ToUtf8(collapsed);
  if (out.compare(0, 4, "the ") == 0) out.erase(0, 4);
  return out;
}

bool NameMatches(const std::string& predicted, const GoldName& gold) {
  std::string p = NormalizeName(predicted);
  if (p.empty()) return false;
  if (p == NormalizeName(gold.name)) return true;
  if (!gold.code.empty() && p == NormalizeName(gold.code)) return true;
  for (const std::string& a : gold.accept)
    if (p == NormalizeName(a)) return true;
  return false;
}

double WordJaccard(const std::string& a, const std::string& b) {
  auto words = [](const std::string& s) {
    std::set<std::string> out;
    icu::UnicodeString f = Fold(s, /*strip_marks=*/false);
    icu::UnicodeString word;
    for (int32_t i = 0; i <= f.length();) {
      UChar32 c = i < f.length() ? f.char32At(i) : UChar32(' ');
      i += i < f.length() ? U16_LENGTH(c) : 1;
      if (u_isalnum(c) || u_charType(c) == U_NON_SPACING_MARK) {
        word.append(c);
      } else if (!word.isEmpty()) {
        out.insert(ToUtf8(word));
        word.remove();
      }
    }
    return out;
  };
  std::set<std::string> x = words(a), y = words(b);
  if (x.empty() && y.empty()) return 0;
  size_t common = 0;
  for (const std::string& w : x) common += y.count(w);
  return double(common) / double(x.size() + y.size() - common);
}

Status ParseGoldDoc(const std::string& json_text, const std::string& text,
                    const std::string& where, GoldCorpus* corpus) {
  Json j = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded())
    return Status::Error("bad_gold", "not valid JSON", where);
  GoldDoc doc;
  Status s = ParseGoldJson(j, text, where, &doc);
  if (!s.ok()) return s;
  corpus->docs.push_back(std::move(doc));
  return Status::Ok();
}

Status LoadGoldDir(const std::string& dir, GoldCorpus* corpus) {
  std::error_code ec;
  std::filesystem::directory_iterator it(dir, ec), end;
  if (ec) return Status::Error("io_error", "cannot open gold folder", dir);
  std::vector<std::string> names;
  const std::string suffix = ".gold.json";
  for (; it != end; it.increment(ec)) {
    std::string f = it->path().filename().string();
    if (f.size() > suffix.size() &&
        f.compare(f.size() - suffix.size(), suffix.size(), suffix) == 0)
      names.push_back(f.substr(0, f.size() - suffix.size()));
  }
  std::sort(names.begin(), names.end());
  if (names.empty())
    return Status::Error("io_error", "no *.gold.json files in folder", dir);
  for (const std::string& name : names) {
    std::string base = dir + (dir.back() == '/' ? "" : "/") + name;
    std::string json, text;
    if (!ReadFile(base + ".gold.json", &json))
      return Status::Error("io_error", "cannot read file", base + ".gold.json");
    if (!ReadFile(base + ".txt", &text))
      return Status::Error(
          "io_error", "cannot read the article beside its gold", base + ".txt");
    Status s = ParseGoldDoc(json, text, base + ".gold.json", corpus);
    if (!s.ok()) return s;
    if (corpus->docs.back().id != name)
      return Status::Error("bad_gold",
                           "doc '" + corpus->docs.back().id +
                               "' does not match the file name '" + name + "'",
                           base + ".gold.json");
  }
  std::sort(corpus->docs.begin(), corpus->docs.end(),
            [](const GoldDoc& a, const GoldDoc& b) { return a.id < b.id; });
  return Status::Ok();
}

Status ParsePredictions(std::istream& in, const std::string& name,
                        Predictions* out) {
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string where = name + ":" + std::to_string(number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json j;
    try {
      j = Json::parse(line);
    } catch (const Json::parse_error& e) {
      // nlohmann says "[json.exception.parse_error.101] parse error at line 1,
      // column 10: <what>"; its line is always 1 here, so keep <what> only.
      std::string what = e.what();
      size_t cut = what.find(": ");
      if (cut != std::string::npos) what = what.substr(cut + 2);
      return Status::Error("bad_json", "not valid JSON: " + what,
                           where + ":" + std::to_string(e.byte));
    }
    if (!j.is_object() || !j.contains("doc") || !j["doc"].is_object() ||
        Str(j["doc"], "id").empty())
      return Status::Error("bad_json", "record has no doc.id", where);
    std::string id = Str(j["doc"], "id");
    if (out->records.count(id) || out->errors.count(id)) {
      out->warnings.push_back(where + ": duplicate record for '" + id +
                              "' ignored");
      continue;
    }
    if (Str(j, "status") == "error") {
      const Json& err = j.contains("error") ? j["error"] : Json::object();
      std::string msg = Str(err, "code");
      std::string m = Str(err, "message");
      if (!m.empty()) msg += (msg.empty() ? "" : ": ") + m;
      out->errors[id] = msg.empty() ? "error" : msg;
      continue;
    }
    out->records[id] = ReadRecord(j);
  }
  return Status::Ok();
}

Status LoadPredictionsFile(const std::string& path, Predictions* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("io_error", "cannot read predictions", path);
  return ParsePredictions(in, path, out);
}

ScoreReport Score(const GoldCorpus& gold, const Predictions& pred) {
  ScoreReport report;
  report.warnings = pred.warnings;
  report.gold_docs = gold.docs.size();
  std::set<std::string> gold_ids;
  for (const GoldDoc& doc : gold.docs) {
    gold_ids.insert(doc.id);
    auto it = pred.records.find(doc.id);
    const Record* rec = it == pred.records.end() ? nullptr : &it->second;
    std::string missing;
    if (!rec) {
      auto err = pred.errors.find(doc.id);
      missing =
          err == pred.errors.end() ? "no prediction" : "error: " + err->second;
      report.missing_docs.push_back({doc.id, missing});
    }
    size_t first = report.findings.size();
    DocScorer(doc, rec, missing, &report).Run();
    std::stable_sort(report.findings.begin() + first, report.findings.end(),
                     [](const Finding& a, const Finding& b) {
                       int ca = CategoryRank(a.category),
                           cb = CategoryRank(b.category);
                       if (ca != cb) return ca < cb;
                       return a.span.start < b.span.start;
                     });
  }
  for (const auto& [id, rec] : pred.records)
    report.ignored_docs += !gold_ids.count(id);
  for (const auto& [id, err] : pred.errors)
    report.ignored_docs += !gold_ids.count(id);
  return report;
}

// ------------------------------------------ item names (for the audit)
// Keep these in step with the `what` of the Add() calls above.

std::string ItemName(const GoldEvent& e) { return Describe(e); }
std::string ItemName(const Event& e) { return Describe(e); }
std::string ItemName(const GoldQuote& q) {
  return Quoted(q.speaker.name, q.kind, q.text);
}
std::string ItemName(const Quote& q, const std::string& text) {
  return Quoted(q.speaker.name, q.kind, SpanText(q.mention, text));
}
std::string ItemName(const GoldReaction& r) {
  return r.org.name + " " + r.stance;
}
std::string ItemName(const Reaction& r) { return r.org.name + " " + r.stance; }
std::string ItemName(const GoldTimex& t) {
  return "\"" + t.text + "\" " + t.type + " " + t.value;
}
std::string ItemName(const Timex& t, const std::string& text) {
  return "\"" + SpanText(t.mention, text) + "\" " + t.type + " " + t.value;
}

std::vector<ScoreRow> ScoreRows(const ScoreReport& r) {
  std::vector<ScoreRow> rows = {{"events", &r.events},
                                {"quotes", &r.quotes},
                                {"reactions", &r.reactions},
                                {"timexes", &r.timexes}};
  if (r.attributions.docs > 0) rows.push_back({"attributions", &r.attributions});
  return rows;
}

}  // namespace newsevents
