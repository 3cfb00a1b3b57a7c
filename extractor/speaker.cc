// Speaker phrases and their resolution; see speaker.h.
#include "speaker.h"

#include <algorithm>
#include <fstream>
#include <functional>
#include <sstream>

namespace newsevents {
namespace {

// How far back (tokens) an organisation may have been named for "the
// report" or "the study" to speak for it.
constexpr int kDocumentReach = 120;

// The longest relative clause or apposition (tokens) between a speaker's
// name and the reporting verb.
constexpr int kMaxRelative = 25;

// Base letters of U+00C0..U+00FF and U+0100..U+017F ('*': not a letter).
constexpr char kLatin1[] =
    "aaaaaaaceeeeiiiidnooooo*ouuuuytsaaaaaaaceeeeiiiidnooooo*ouuuuyty";
constexpr char kLatinA[] =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllll"
    "nnnnnnnnnooooooooorrrrrrsssssssstttttt"
    "uuuuuuuuuuuuwwyyyzzzzzzs";

// Decodes one UTF-8 code point at text[i]; *len gets its length (>= 1).
uint32_t Decode(std::string_view t, size_t i, int* len) {
  unsigned char c = t[i];
  if (c < 0x80) { *len = 1; return c; }
  int n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
  if (i + n > t.size() || n == 1) { *len = 1; return 0xFFFD; }
  uint32_t cp = c & (0x7F >> n);
  for (int k = 1; k < n; ++k) cp = (cp << 6) | (t[i + k] & 0x3F);
  *len = n;
  return cp;
}

bool IsSpace(uint32_t cp) {
  return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' ||
         cp == '\v' || cp == 0xA0 || (cp >= 0x2000 && cp <= 0x200B) ||
         cp == 0x202F || cp == 0x3000 || cp == 0xFEFF;
}

bool IsAlnum(uint32_t cp) {
  if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z' ? true
                        : cp >= '0' && cp <= '9';
  if (cp < 0xC0 || cp == 0xD7 || cp == 0xF7) return false;
  if (cp >= 0x2000 && cp <= 0x2BFF) return false;  // punctuation, symbols
  if (cp >= 0x3000 && cp <= 0x303F) return false;
  if (cp == 0xFFFD || cp == 0xFEFF) return false;
  return true;
}

bool IsUpper(uint32_t cp) {
  if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    bool odd_upper = (cp >= 0x139 && cp <= 0x148) || cp >= 0x179;
    return cp == 0x178 || ((cp & 1) == (odd_upper ? 1u : 0u));
  }
  if (cp >= 0x391 && cp <= 0x3A9) return true;
  if (cp >= 0x400 && cp <= 0x42F) return true;
  return false;
}

constexpr uint64_t kFnvBasis = 1469598103934665603ull;
constexpr uint64_t kFnvPrime = 1099511628211ull;

inline uint64_t Mix(uint64_t h, unsigned char b) {
  return (h ^ b) * kFnvPrime;
}

// Adds the folded form of code point `cp` (raw bytes raw[0..len)) to h.
uint64_t FoldInto(uint64_t h, uint32_t cp, std::string_view raw) {
  if (cp < 0x80) {
    unsigned char c = static_cast<unsigned char>(cp);
    if (c >= 'A' && c <= 'Z') c |= 0x20;
    return Mix(h, c);
  }
  if (cp >= 0xC0 && cp <= 0xFF && kLatin1[cp - 0xC0] != '*')
    return Mix(h, kLatin1[cp - 0xC0]);
  if (cp >= 0x100 && cp <= 0x17F) return Mix(h, kLatinA[cp - 0x100]);
  if (cp == 0x2019 || cp == 0x2018) return Mix(h, '\'');
  if (cp == 0x2010 || cp == 0x2011) return Mix(h, '-');
  for (char b : raw) h = Mix(h, static_cast<unsigned char>(b));
  return h;
}

uint64_t KeyOf(std::string_view t, int start, int end) {
  uint64_t h = kFnvBasis;
  for (int i = start; i < end;) {
    int len;
    uint32_t cp = Decode(t, i, &len);
    h = FoldInto(h, cp, t.substr(i, len));
    i += len;
  }
  return h;
}

bool HardWrapped(std::string_view t) {
  std::vector<int> lens;
  size_t from = 0;
  while (from < t.size()) {
    size_t nl = t.find('\n', from);
    if (nl == std::string_view::npos) nl = t.size();
    int len = static_cast<int>(nl - from);
    if (len > 0) lens.push_back(len);
    from = nl + 1;
  }
  if (lens.size() < 5) return false;
  std::nth_element(lens.begin(), lens.begin() + lens.size() / 2, lens.end());
  return lens[lens.size() / 2] <= 80;
}

}  // namespace

uint64_t FoldKey(std::string_view word) {
  return KeyOf(word, 0, static_cast<int>(word.size()));
}

std::vector<QToken> ScanTokens(std::string_view t, const WordList* abbrevs) {
  std::vector<QToken> out;
  out.reserve(t.size() / 5 + 8);
  const bool hard = HardWrapped(t);
  bool pending_break = false;
  const size_t n = t.size();
  size_t i = 0;
  auto emit = [&](int s, int e, uint8_t flags, uint8_t mark, uint64_t key) {
    if (pending_break && !out.empty()) {
      QToken& prev = out.back();
      (void)prev;
    }
    QToken tok;
    tok.start = s;
    tok.end = e;
    tok.flags = flags;
    tok.mark = mark;
    tok.key = key;
    tok.para = out.empty() ? 0 : out.back().para + (pending_break ? 1 : 0);
    pending_break = false;
    out.push_back(tok);
  };
  while (i < n) {
    int len;
    uint32_t cp = Decode(t, i, &len);
    if (IsSpace(cp)) {
      if (cp == '\n') {
        if (!hard) {
          pending_break = true;
        } else if (i + 1 < n && (t[i + 1] == '\n' || t[i + 1] == ' ' ||
                                 t[i + 1] == '\t' || t[i + 1] == '\r')) {
          pending_break = true;
        }
      }
      i += len;
      continue;
    }
    if (IsAlnum(cp)) {
      size_t s = i;
      bool cap = IsUpper(cp);
      int letters = 0, uppers = 0;
      bool has_dot = false;
      size_t j = i;
      size_t seg_start = i;
      while (j < n) {
        int l;
        uint32_t c = Decode(t, j, &l);
        if (IsAlnum(c)) {
          if (!(c >= '0' && c <= '9')) {
            ++letters;
            if (IsUpper(c)) ++uppers;
          }
          j += l;
          continue;
        }
        // Joiners: apostrophe, hyphen, inner period, ampersand.
        if (j + l < n) {
          int l2;
          uint32_t next = Decode(t, j + l, &l2);
          if (c == '\'' || c == 0x2019) {
            if (IsAlnum(next)) {
              bool poss = (next == 's' || next == 'S') &&
                          (j + l + 1 >= n ||
                           !IsAlnum(Decode(t, j + l + 1, &l2)));
              if (poss) break;
              j += l;
              continue;
            }
            break;
          }
          if ((c == '-' || c == 0x2010 || c == 0x2011) && IsAlnum(next)) {
            j += l;
            continue;
          }
          if (c == '.' && IsAlnum(next) && j - seg_start <= 3) {
            has_dot = true;
            j += l;
            seg_start = j;
            continue;
          }
          if (c == '&' && IsUpper(next) && cap) {
            j += l;
            continue;
          }
        }
        break;
      }
      uint64_t key = KeyOf(t, static_cast<int>(s), static_cast<int>(j));
      uint8_t flags = kWord;
      if (cap) flags |= kCap;
      if (letters >= 2 && uppers == letters) flags |= kAllCaps;
      if (j < n && t[j] == '.') {
        bool initial = letters == 1 && cap && j - s == 1;
        if (has_dot || initial || (abbrevs && abbrevs->Has(key))) {
          flags |= kAbbrev;
          ++j;
        }
      }
      emit(static_cast<int>(s), static_cast<int>(j), flags, kNoMark, key);
      i = j;
      continue;
    }
    // Possessive 's / ’s after a word.
    if ((cp == '\'' || cp == 0x2019) && !out.empty() &&
        out.back().end == static_cast<int>(i) && out.back().word() &&
        i + len < n && (t[i + len] == 's' || t[i + len] == 'S')) {
      int l2 = 1;
      bool end_word = i + len + 1 >= n ||
                      !IsAlnum(Decode(t, i + len + 1, &l2));
      if (end_word) {
        emit(static_cast<int>(i), static_cast<int>(i + len + 1), kWord,
             kNoMark, FoldKey("'s"));
        i += len + 1;
        continue;
      }
    }
    uint8_t mark = kNoMark;
    int tlen = len;
    switch (cp) {
      case 0x201C: case 0x201E: case 0xAB: mark = kDoubleOpen; break;
      case 0x201D: case 0xBB: mark = kDoubleClose; break;
      case '"': mark = kDoubleStraight; break;
      case 0x2018: mark = kSingleOpen; break;
      case 0x2019: mark = kSingleClose; break;
      case '`':
        if (i + 1 < n && t[i + 1] == '`') { mark = kTickOpen; tlen = 2; }
        else mark = kSingleOpen;
        break;
      case '\'':
        // Two straight singles: closes ``...'' in wire text, and is both
        // marks in some archives (''...''); its role comes from context.
        if (i + 1 < n && t[i + 1] == '\'') { mark = kDoubleStraight; tlen = 2; }
        else mark = kSingleStraight;
        break;
      default: break;
    }
    emit(static_cast<int>(i), static_cast<int>(i + tlen), kPunct, mark,
         KeyOf(t, static_cast<int>(i), static_cast<int>(i + tlen)));
    i += tlen;
  }
  return out;
}

// ---------------------------------------------------------------- WordList

void WordList::Add(std::string_view phrase) {
  std::vector<QToken> toks = ScanTokens(phrase, nullptr);
  if (toks.empty()) return;
  if (toks.size() == 1) {
    singles_.insert(toks[0].key);
    return;
  }
  std::vector<uint64_t> keys;
  for (const QToken& k : toks) keys.push_back(k.key);
  multi_[keys[0]].push_back(std::move(keys));
}

Status WordList::Load(const std::string& path) {
  std::ifstream in(path);
  if (!in) return Status::Error("io_error", "cannot read word list", path);
  std::string line;
  int line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.pop_back();
    size_t b = line.find_first_not_of(" \t");
    if (b == std::string::npos || line[b] == '#') continue;
    size_t tab = line.find('\t');
    if (tab != std::string::npos) {
      return Status::Error(
          "bad_word_list",
          "a word list holds one word or phrase per line, found a tab",
          path + ":" + std::to_string(line_no) + ":" +
              std::to_string(tab + 1));
    }
    for (size_t k = 0; k < line.size(); ++k) {
      unsigned char c = line[k];
      if (c < 0x20) {
        return Status::Error("bad_word_list", "control character in line",
                             path + ":" + std::to_string(line_no) + ":" +
                                 std::to_string(k + 1));
      }
    }
    size_t e = line.find_last_not_of(" \t");
    Add(std::string_view(line).substr(b, e - b + 1));
  }
  return Status::Ok();
}

int WordList::MatchAt(const std::vector<QToken>& toks, int i, int end) const {
  if (i < 0 || i >= end) return 0;
  int best = 0;
  auto it = multi_.find(toks[i].key);
  if (it != multi_.end()) {
    for (const auto& ph : it->second) {
      int len = static_cast<int>(ph.size());
      if (len <= best || i + len > end) continue;
      bool ok = true;
      for (int k = 1; k < len && ok; ++k) ok = toks[i + k].key == ph[k];
      if (ok) best = len;
    }
  }
  if (best == 0 && singles_.count(toks[i].key)) best = 1;
  return best;
}

Status SpeakerLexicon::Load(const std::string& dir) {
  const std::string w = dir + "/words/";
  struct Item { WordList* list; const char* file; bool required; };
  const Item items[] = {
      {&verbs, "reporting_verbs.txt", true},
      {&source_phrases, "source_phrases.txt", true},
      {&titles, "person_titles.txt", true},
      {&official_titles, "official_titles.txt", true},
      {&honorifics, "honorifics.txt", true},
      {&male, "male_pronouns.txt", true},
      {&female, "female_pronouns.txt", true},
      {&group_pronouns, "group_pronouns.txt", true},
      {&org_nouns, "org_nouns.txt", true},
      {&ngo_nouns, "ngo_nouns.txt", true},
      {&org_heads, "org_heads.txt", true},
      {&function_words, "function_words.txt", true},
      {&aux, "aux_words.txt", true},
      {&determiners, "determiners.txt", true},
      {&abbreviations, "abbreviations.txt", false},
      {&document_nouns, "document_nouns.txt", false},
      {&plural_titles, "plural_titles.txt", false},
      {&subordinators, "subordinators.txt", false},
      {&conjunctions, "conjunctions.txt", false},
      {&name_modifiers, "name_modifiers.txt", false},
      {&person_nouns, "person_nouns.txt", false},
      {&indefinite_determiners, "indefinite_determiners.txt", false},
      {&relative_pronouns, "relative_pronouns.txt", false},
      {&male_names, "male_first_names.txt", false},
      {&female_names, "female_first_names.txt", false},
  };
  for (const Item& it : items) {
    std::string path = w + it.file;
    if (!it.required && !std::ifstream(path)) continue;
    Status s = it.list->Load(path);
    if (!s.ok()) return s;
  }
  {
    std::ifstream organs(dir + "/organs.tsv");
    std::string line;
    while (std::getline(organs, line)) {
      if (line.empty() || line[0] == '#') continue;
      std::string name = line.substr(0, line.find('\t'));
      for (const QToken& t : ScanTokens(name, nullptr))
        if (t.word()) organ_words.Add(name.substr(t.start, t.end - t.start));
    }
  }
  if (abbreviations.empty()) {
    for (const char* a : {"mr", "mrs", "ms", "dr", "sen", "rep", "gen", "gov",
                          "lt", "col", "st", "jr", "sr", "prof", "rev"})
      abbreviations.Add(a);
  }
  return Status::Ok();
}

// ---------------------------------------------------------- SpeakerResolver

SpeakerResolver::SpeakerResolver(std::string_view text,
                                 const std::vector<QToken>& toks,
                                 const std::vector<EntityMention>& entities,
                                 const SpeakerLexicon& lex,
                                 const std::vector<char>* quoted)
    : text_(text), toks_(toks), entities_(entities), lex_(lex),
      quoted_(quoted) {
  entity_of_tok_.assign(toks_.size(), -1);
  size_t e = 0;
  for (size_t i = 0; i < toks_.size(); ++i) {
    while (e < entities_.size() &&
           entities_[e].mention.end <= toks_[i].start)
      ++e;
    // Entities may nest; take the first one that covers the token.
    for (size_t k = e; k < entities_.size() &&
                       entities_[k].mention.start <= toks_[i].start;
         ++k) {
      if (entities_[k].mention.end >= toks_[i].end) {
        entity_of_tok_[i] = static_cast<int>(k);
        break;
      }
    }
  }
  Introduce();
}

std::string SpeakerResolver::Text(int first, int last) const {
  if (first < 0 || last < first) return "";
  return std::string(
      text_.substr(toks_[first].start, toks_[last].end - toks_[first].start));
}

int SpeakerResolver::TokenAt(int b) const {
  auto it = std::lower_bound(
      toks_.begin(), toks_.end(), b,
      [](const QToken& t, int v) { return t.start < v; });
  return static_cast<int>(it - toks_.begin());
}

int SpeakerResolver::EntityAt(int i) const {
  return i >= 0 && i < static_cast<int>(toks_.size()) ? entity_of_tok_[i]
                                                      : -1;
}

bool SpeakerResolver::IsNameToken(int i) const {
  if (i < 0 || i >= static_cast<int>(toks_.size())) return false;
  const QToken& t = toks_[i];
  if (!t.word() || !t.cap()) return false;
  if ((lex_.function_words.Has(t.key) || lex_.determiners.Has(t.key) ||
       lex_.name_modifiers.Has(t.key)) &&
      !(t.flags & kAllCaps)) {
    // "The" inside a run is not a name; neither is "But" or "Another" at a
    // sentence start.
    return false;
  }
  return true;
}

bool SpeakerResolver::PersonEntity(int e, int a, int b) const {
  // People act for their state: "Mr. Obama" is tagged as an organ of the
  // United States, "Ban Ki-moon" as the United Nations. A mention none of
  // whose words names an organ or an organisation is a person.
  if (e < 0 || (entities_[e].kind != "organ" && entities_[e].kind != "igo"))
    return false;
  for (int k = a; k <= b; ++k)
    if (!IsNameToken(k) || lex_.organ_words.Has(toks_[k].key) ||
        lex_.org_heads.Has(toks_[k].key) || (toks_[k].flags & kAllCaps))
      return false;
  if (entities_[e].kind == "igo") {
    for (const QToken& t : ScanTokens(entities_[e].name, nullptr))
      for (int k = a; k <= b; ++k)
        if (t.key == toks_[k].key) return false;
  }
  return true;
}

bool SpeakerResolver::IsPronoun(uint64_t key) const {
  // The gender lists also hold gendered nouns and honorifics
  // ("spokeswoman", "Mrs", "king"): those head a phrase, not a pronoun.
  return (lex_.male.Has(key) || lex_.female.Has(key) ||
          lex_.group_pronouns.Has(key)) &&
         !lex_.honorifics.Has(key) && !lex_.IsTitle(key);
}

bool SpeakerResolver::KnownPerson(const SpeakerPhrase& np) const {
  if (!np.ok()) return false;
  const QToken& h = toks_[np.first];
  if (np.first == np.last && IsPronoun(h.key))
    return lex_.male.Has(h.key) || lex_.female.Has(h.key);
  int k = np.last;
  if (toks_[k].key == FoldKey("'s")) return false;
  if (!IsNameToken(k)) return false;
  int e = EntityAt(k);
  if (e >= 0 && !PersonEntity(e, np.first, k)) return false;
  return FindPerson(toks_[k].key, np.last + 1) >= 0;
}

bool SpeakerResolver::IsVerbAt(int i, int hi) const {
  return lex_.verbs.MatchAt(toks_, i, hi) > 0;
}

int SpeakerResolver::NameRunEnd(int i, int hi) const {
  static const uint64_t kConnectors[] = {
      FoldKey("of"), FoldKey("for"), FoldKey("to"), FoldKey("de"),
      FoldKey("la"), FoldKey("van"), FoldKey("von"), FoldKey("der"),
      FoldKey("al"), FoldKey("bin"), FoldKey("and"), FoldKey("&"),
      FoldKey("without"), FoldKey("on"), FoldKey("du"), FoldKey("del"),
      FoldKey("da"), FoldKey("di"), FoldKey("le")};
  int j = i;
  while (j < hi) {
    // A name does not run on from a headline into the text.
    if (toks_[j].para != toks_[i].para) break;
    if (IsNameToken(j)) { ++j; continue; }
    if (j > i && j + 1 < hi && IsNameToken(j + 1) &&
        toks_[j].word() &&
        std::find(std::begin(kConnectors), std::end(kConnectors),
                  toks_[j].key) != std::end(kConnectors) &&
        toks_[j].para == toks_[j - 1].para) {
      // "and" joins two names only inside organisation names; keep it when
      // the run is capitalised on both sides and no verb follows.
      if (toks_[j].key == FoldKey("and")) break;
      ++j;
      continue;
    }
    break;
  }
  // A run does not end on a connector.
  return j;
}

namespace {
bool IsComma(const QToken& t) { return t.punct() && t.key == FoldKey(","); }
}  // namespace

SpeakerPhrase SpeakerResolver::Backward(int last, int lo) const {
  SpeakerPhrase none;
  int i = last;
  while (i >= lo && toks_[i].word() && !toks_[i].cap() &&
         (lex_.aux.Has(toks_[i].key) ||
          (text_.substr(toks_[i].end - 2, 2) == "ly" &&
           toks_[i].end - toks_[i].start > 4)))
    --i;
  if (i < lo) return none;
  if (toks_[i].key == FoldKey("who")) {
    --i;
    if (i >= lo && IsComma(toks_[i])) --i;
  }
  bool had_comma = false;
  if (i >= lo && (IsComma(toks_[i]) || toks_[i].mark)) {
    // "Roffman, who estimates that ... “in the seven figures,” described":
    // a relative clause between the subject and its verb.
    for (int k = i - 1; k > lo && k >= i - kMaxRelative; --k) {
      if (toks_[k].punct() &&
          (toks_[k].key == FoldKey(".") || toks_[k].key == FoldKey("?") ||
           toks_[k].key == FoldKey("!") || toks_[k].key == FoldKey(";")))
        break;
      if (IsComma(toks_[k - 1]) && toks_[k].word() &&
          lex_.relative_pronouns.Has(toks_[k].key) &&
          (IsNameToken(k - 2) || lex_.IsTitle(toks_[k - 2].key))) {
        i = k - 2;
        break;
      }
    }
  }
  if (i >= lo && IsComma(toks_[i])) {
    had_comma = true;
    --i;
  }
  if (i < lo) return none;

  // One noun phrase ending at token e; returns its first token or -1.
  std::function<int(int)> one = [&](int e) -> int {
    if (e < lo) return -1;
    int end = e;
    if (toks_[e].punct() && toks_[e].key == FoldKey(")")) {
      int k = e - 1;
      while (k >= lo && k > e - 6 && toks_[k].key != FoldKey("(")) --k;
      if (k < lo || k <= e - 6 || k - 1 < lo) return -1;
      end = k - 1;
      if (!IsNameToken(end)) return -1;
    }
    const QToken& h = toks_[end];
    if (!h.word()) return -1;
    if (IsPronoun(h.key)) return end;
    if (lex_.honorifics.Has(h.key)) return -1;
    if (lex_.function_words.Has(h.key) && !(h.flags & kAllCaps)) return -1;
    int j = end;
    int lower_mods = 0;
    bool seen_title = lex_.IsTitle(h.key) || lex_.org_nouns.Has(h.key);
    bool named = IsNameToken(end);
    if (!named && !seen_title) {
      // A common-noun head ("the man", "the headline"): needs a determiner.
      int k = end - 1;
      while (k >= lo && end - k <= 5 && toks_[k].word() &&
             !lex_.determiners.Has(toks_[k].key) &&
             !lex_.function_words.Has(toks_[k].key) &&
             !IsVerbAt(k, end))
        --k;
      if (k >= lo && toks_[k].word() && lex_.determiners.Has(toks_[k].key)) {
        // "head of the EC delegation": the title before "of" heads it.
        if (k - 2 >= lo && toks_[k - 1].word() &&
            (toks_[k - 1].key == FoldKey("of") ||
             toks_[k - 1].key == FoldKey("at")) &&
            toks_[k - 2].word() && lex_.IsTitle(toks_[k - 2].key)) {
          int r = one(k - 2);
          if (r >= 0) return r;
        }
        return k;
      }
      return -1;
    }
    while (j - 1 >= lo) {
      const QToken& p = toks_[j - 1];
      if (toks_[j - 1].para != toks_[j].para) break;
      if (IsNameToken(j - 1)) { --j; named = true; continue; }
      if (p.word() && (lex_.IsTitle(p.key) ||
                       (!p.cap() && lex_.org_nouns.Has(p.key)))) {
        --j;
        seen_title = true;
        continue;
      }
      // "chief executive of the Refugee Council": a title's organisation.
      if (p.word() && !p.cap() && lex_.determiners.Has(p.key) &&
          j - 3 >= lo && j <= end && IsNameToken(j) &&
          (toks_[j - 2].key == FoldKey("of") ||
           toks_[j - 2].key == FoldKey("for") ||
           toks_[j - 2].key == FoldKey("at")) &&
          (lex_.IsTitle(toks_[j - 3].key) || IsNameToken(j - 3))) {
        j -= 2;
        continue;
      }
      if (p.key == FoldKey("'s") && j - 2 >= lo && IsNameToken(j - 2)) {
        j -= 2;
        continue;
      }
      if (p.word() && !p.cap() && seen_title && lower_mods < 3 &&
          !lex_.function_words.Has(p.key) && !lex_.determiners.Has(p.key) &&
          !lex_.aux.Has(p.key) && !IsVerbAt(j - 1, j)) {
        --j;
        ++lower_mods;
        continue;
      }
      if (p.word() && !p.cap() && IsNameToken(j) && j - 2 >= lo &&
          (((p.key == FoldKey("of") || p.key == FoldKey("for")) && j < end &&
            IsNameToken(j - 2)) ||
           ((p.key == FoldKey("of") || p.key == FoldKey("for") ||
             p.key == FoldKey("to")) &&
            lex_.IsTitle(toks_[j - 2].key)))) {
        // "ambassador to Greece", "president of Pfizer".
        --j;
        continue;
      }
      break;
    }
    // Trailing lower-case modifiers without a title to their right are not
    // part of the phrase: trim from the left while the first word is one.
    while (j < end && toks_[j].word() && !toks_[j].cap() &&
           !lex_.IsTitle(toks_[j].key) && toks_[j].key != FoldKey("'s")) {
      bool title_right = false;
      for (int k = j + 1; k <= end; ++k)
        if (lex_.IsTitle(toks_[k].key)) title_right = true;
      if (title_right) break;
      ++j;
    }
    if (j - 1 >= lo && toks_[j - 1].word() &&
        lex_.determiners.Has(toks_[j - 1].key))
      --j;
    (void)named;
    return j;
  };

  // "Sam Solovey, a contestant on the show, said": a name, then an
  // apposition that opens with an article or a title.
  auto appositive = [&]() -> SpeakerPhrase {
    for (int c2 = i - 1; c2 - 1 >= lo && c2 >= i - kMaxRelative; --c2) {
      if (toks_[c2].mark) break;
      if (!IsComma(toks_[c2])) continue;
      const QToken& f = toks_[c2 + 1];
      // "Sen. Paul Wellstone, D-Minn., said": a party and state label.
      const bool label = (c2 + 1 == i || (c2 + 2 == i && toks_[i].punct() &&
                                          toks_[i].key == FoldKey("."))) &&
                         f.word() && f.cap() &&
                         text_.substr(f.start, f.end - f.start).find('-') !=
                             std::string_view::npos;
      if (label && IsNameToken(c2 - 1)) {
        int s2 = one(c2 - 1);
        if (s2 >= 0) {
          SpeakerPhrase np2;
          np2.first = s2;
          np2.last = i;
          return np2;
        }
      }
      // "a contestant on the show", "from the UK's Human Rights Watch",
      // "at a consulting firm called Gavekal".
      bool appos = f.word() && ((!f.cap() && lex_.determiners.Has(f.key)) ||
                                lex_.IsTitle(f.key) ||
                                f.key == FoldKey("from") ||
                                f.key == FoldKey("of") || f.key == FoldKey("at"));
      if (!appos || !IsNameToken(c2 - 1)) break;
      int s2 = one(c2 - 1);
      if (s2 < 0) break;
      SpeakerPhrase bt = Between(s2, i);
      if (bt.ok() && bt.last == i) return bt;
      break;
    }
    return none;
  };
  int s = one(i);
  if (s < 0) return had_comma ? appositive() : none;
  SpeakerPhrase np;
  np.first = s;
  np.last = i;
  // Apposition: "X, Y[,] verb" where one of X, Y is a name.
  if (s - 2 >= lo && IsComma(toks_[s - 1])) {
    int s2 = one(s - 2);
    if (s2 >= 0) {
      bool name1 = false, name2 = false;
      for (int k = s2; k <= s - 2; ++k) name1 |= IsNameToken(k);
      for (int k = s; k <= i; ++k) name2 |= IsNameToken(k);
      bool title1 = false, title2 = false;
      auto title_at = [&](int k) {
        return lex_.IsTitle(toks_[k].key) && !lex_.honorifics.Has(toks_[k].key);
      };
      for (int k = s2; k <= s - 2; ++k) title1 |= title_at(k);
      for (int k = s; k <= i; ++k) title2 |= title_at(k);
      // "Weingarten, a longtime Clinton supporter,": a description with
      // an article after a name is an apposition too.
      title2 |= toks_[s].word() && !toks_[s].cap() &&
                lex_.indefinite_determiners.Has(toks_[s].key);
      if ((name1 && title2) || (title1 && name2)) {
        np.first = s2;
        return np;
      }
    }
  }
  if (had_comma) return appositive();
  return np;
}

SpeakerPhrase SpeakerResolver::Forward(int first, int hi) const {
  SpeakerPhrase none;
  int j = first;
  if (j >= hi) return none;
  const QToken& h = toks_[j];
  if (!h.word()) return none;
  if (IsPronoun(h.key)) {
    SpeakerPhrase np;
    np.first = np.last = j;
    return np;
  }
  if (lex_.determiners.Has(h.key)) ++j;
  int start_body = j;
  bool named = false, titled = false;
  while (j < hi && j - first < 12) {
    const QToken& t = toks_[j];
    if (t.para != toks_[first].para) break;
    if (IsNameToken(j)) { named = true; ++j; continue; }
    if (t.word() && lex_.IsTitle(t.key)) { titled = true; ++j; continue; }
    if (t.key == FoldKey("'s") && j > start_body) { ++j; continue; }
    if (t.word() && !t.cap() && !lex_.function_words.Has(t.key) &&
        !lex_.aux.Has(t.key) && !IsVerbAt(j, hi) && j + 1 < hi) {
      // A lower-case modifier counts only when a title follows.
      int k = j;
      while (k < hi && k - j < 3 && toks_[k].word() && !toks_[k].cap() &&
             !lex_.IsTitle(toks_[k].key) &&
             !lex_.function_words.Has(toks_[k].key) && !IsVerbAt(k, hi) &&
             !lex_.aux.Has(toks_[k].key))
        ++k;
      if (k < hi && toks_[k].word() && lex_.IsTitle(toks_[k].key)) {
        j = k;
        continue;
      }
      // Modifiers before a name: "former Florida governor Jeb Bush",
      // "a senior Taiwanese trade official".
      if (k > j && k < hi && IsNameToken(k) &&
          toks_[k].para == toks_[first].para) {
        j = k;
        continue;
      }
      if (!named && !titled && k > j && start_body > first) {
        // "the man", "a spokesman": take the common noun as head.
        j = k;
        titled = lex_.org_nouns.Has(toks_[k - 1].key) || true;
        break;
      }
      break;
    }
    if ((t.key == FoldKey("of") || t.key == FoldKey("for")) && named &&
        j + 1 < hi && (IsNameToken(j + 1) ||
                       (j + 2 < hi && lex_.determiners.Has(toks_[j + 1].key) &&
                        IsNameToken(j + 2)))) {
      j += lex_.determiners.Has(toks_[j + 1].key) ? 2 : 1;
      continue;
    }
    break;
  }
  // "the Amnesty statement": a document noun after the name.
  if (named && j < hi && j > start_body && toks_[j].word() &&
      !toks_[j].cap() && lex_.document_nouns.Has(toks_[j].key))
    ++j;
  if (j == start_body || (!named && !titled)) return none;
  SpeakerPhrase np;
  np.first = first;
  np.last = j - 1;
  // Apposition after a comma: ", Lithuania's deputy defence minister".
  if (j + 1 < hi && IsComma(toks_[j])) {
    int k = j + 1;
    int last_title = -1;
    while (k < hi && k - j < 12) {
      const QToken& t = toks_[k];
      if (IsComma(t) || (t.punct() && t.key != FoldKey("'s") &&
                         t.key != FoldKey("-")))
        break;
      if (t.key == FoldKey("who") || t.key == FoldKey("which") ||
          t.key == FoldKey("and") || t.key == FoldKey("but"))
        break;
      if (t.word() && lex_.IsTitle(t.key)) last_title = k;
      ++k;
    }
    if (last_title >= 0 && named) {
      // Extend through "of X" after the title.
      np.last = k - 1;
    } else if (!named && last_title < 0) {
      // "said the minister, Karolis Aleksa": a name after a title.
      int r = NameRunEnd(j + 1, hi);
      if (r > j + 1 && titled) np.last = r - 1;
    } else if (!named) {
      int r = NameRunEnd(j + 1, hi);
      if (r > j + 1) np.last = r - 1;
    }
  }
  return np;
}

SpeakerPhrase SpeakerResolver::Between(int first, int last) const {
  SpeakerPhrase none;
  if (first < 0 || last < first || last - first > 24) return none;
  int b = last;
  // A relative clause or a parenthesis after the head is not part of it:
  // "Paris, who used to work on Capitol Hill,", "Marco Rubio (R-Fla.)".
  for (int k = first + 1; k <= b; ++k) {
    if (IsComma(toks_[k]) && k + 1 <= b &&
        lex_.relative_pronouns.Has(toks_[k + 1].key)) {
      b = k - 1;
      break;
    }
    // "the polling guru who founded fivethirtyeight.com".
    if (toks_[k].word() && !toks_[k].cap() &&
        lex_.relative_pronouns.Has(toks_[k].key)) {
      b = k - 1;
      break;
    }
    if (toks_[k].punct() && toks_[k].key == FoldKey("(")) {
      b = k - 1;
      break;
    }
  }
  while (b >= first && toks_[b].punct() && toks_[b].key != FoldKey(")")) --b;
  if (b < first) return none;
  // "while Human Rights Watch has labeled it": a clause, not a subject.
  const QToken& f = toks_[first];
  if (!f.word() || (lex_.function_words.Has(f.key) &&
                    !lex_.determiners.Has(f.key) && !(f.flags & kAllCaps)))
    return none;
  bool head = false;
  for (int k = first; k <= b; ++k) {
    const QToken& t = toks_[k];
    if (t.para != toks_[first].para || t.mark) return none;
    if (t.punct() && !IsComma(t) && t.key != FoldKey("-") &&
        t.key != FoldKey("'s"))
      return none;
    if (t.word() && !t.cap() &&
        (lex_.aux.Has(t.key) || IsVerbAt(k, b + 1)))
      return none;
    head |= IsNameToken(k) || (t.word() && (lex_.IsTitle(t.key) ||
                                             lex_.org_nouns.Has(t.key)));
  }
  if (!head) return none;
  SpeakerPhrase np;
  np.first = first;
  np.last = b;
  return np;
}

int SpeakerResolver::OrgAt(int i) const {
  int e = EntityAt(i);
  if (e >= 0) {
    const std::string& k = entities_[e].kind;
    if (k == "ngo" || k == "igo" || k == "organisation") {
      for (size_t r = 0; r < refs_.size(); ++r)
        if (refs_[r].org && refs_[r].who.name == entities_[e].name)
          return static_cast<int>(r);
    }
    return -1;
  }
  if (i < 0 || i >= static_cast<int>(toks_.size()) || !IsNameToken(i))
    return -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (!ref.org || ref.tok > i) continue;
    if (ref.alias_key == toks_[i].key || ref.first_key == toks_[i].key)
      return static_cast<int>(r);
  }
  return -1;
}

namespace {
void InsertSorted(std::vector<int>* v, int x) {
  auto it = std::lower_bound(v->begin(), v->end(), x);
  if (it == v->end() || *it != x) v->insert(it, x);
}
// The last element of sorted `v` below `before`, or -1.
int LastBelow(const std::vector<int>& v, int before) {
  auto it = std::lower_bound(v.begin(), v.end(), before);
  return it == v.begin() ? -1 : *(it - 1);
}
}  // namespace

void SpeakerResolver::Touch(Referent* r, int tok, bool subject) {
  InsertSorted(&r->seen_at, tok);
  r->last_seen = std::max(r->last_seen, tok);
  if (subject) {
    InsertSorted(&r->subject_at, tok);
    r->salient = std::max(r->salient, tok);
  }
}

int SpeakerResolver::SeenBefore(const Referent& r, int before) {
  int k = LastBelow(r.seen_at, before);
  return k >= 0 ? k : r.tok;
}

int SpeakerResolver::SalientBefore(const Referent& r, int before) {
  return LastBelow(r.subject_at, before);
}

void SpeakerResolver::AddReferent(Referent r) {
  for (Referent& old : refs_) {
    if (old.org == r.org && old.who.name == r.who.name &&
        (!r.org || old.first_key == r.first_key)) {
      Touch(&old, r.last_seen, false);
      if (r.salient >= 0) Touch(&old, r.salient, true);
      if (old.who.title.empty()) old.who.title = r.who.title;
      if (old.who.affiliation.empty()) old.who.affiliation = r.who.affiliation;
      if (!old.gender) old.gender = r.gender;
      if (old.who.kind == "person" && r.who.kind != "person")
        old.who.kind = r.who.kind;
      old.strong |= r.strong;
      if (!old.alias_key) old.alias_key = r.alias_key;
      return;
    }
  }
  r.seen_at.assign(1, r.last_seen);
  r.subject_at.clear();
  if (r.salient >= 0) r.subject_at.push_back(r.salient);
  refs_.push_back(std::move(r));
}

bool SpeakerResolver::FillFromTokens(int first, int last, Speaker* out,
                                     char* gender, bool* org) const {
  *gender = 0;
  *org = false;
  for (int k = first; k <= last; ++k) {
    if (lex_.male.Has(toks_[k].key)) *gender = 'm';
    if (lex_.female.Has(toks_[k].key)) *gender = 'f';
  }
  static const uint64_t kPreps[] = {FoldKey("of"), FoldKey("for"),
                                    FoldKey("at"), FoldKey("from"),
                                    FoldKey("with"), FoldKey("to"),
                                    FoldKey("in")};
  auto is_prep = [&](int k) {
    return toks_[k].word() && !toks_[k].cap() &&
           std::find(std::begin(kPreps), std::end(kPreps), toks_[k].key) !=
               std::end(kPreps);
  };
  auto is_org_kind = [](const std::string& k) {
    return k == "ngo" || k == "igo" || k == "organisation";
  };
  auto is_gov_kind = [](const std::string& k) {
    return k == "state" || k == "organ" || k == "igo";
  };
  auto title_at = [&](int k) {
    return toks_[k].word() && lex_.IsTitle(toks_[k].key) &&
           !lex_.honorifics.Has(toks_[k].key);
  };
  // What one part of an apposition says.
  struct Part {
    std::string person, org, title, affiliation;
    bool ngo = false, org_entity = false;
    bool aff_ngo = false, aff_gov = false, official = false;
    bool common_org = false;  // "the organization"
    bool document = false;    // "the statement"
  };
  // The organisation named by tokens [a, b] after lower-case modifiers
  // ("London-based Amnesty International", "the nonprofit organization
  // Climate Central"); sets name and kind, or returns false.
  // People act for their state: "Mr. Obama" is tagged as an organ of the
  // United States, "Ban Ki-moon" as the United Nations. A mention none of
  // whose words names an organ or an organisation is a person.
  auto person_entity = [&](int e, int a, int b) {
    return PersonEntity(e, a, b);
  };
  auto org_of = [&](int a, int b, Part* p) -> bool {
    int k = a;
    while (k <= b && toks_[k].word() && !toks_[k].cap() && !title_at(k) &&
           !is_prep(k))
      ++k;
    if (k > b) return false;
    // Capitalised modifiers too ("London-based Amnesty International",
    // "Civil rights group Liberty"): an organisation ending the part, with
    // no title or preposition before it.
    for (int m = k + 1; m <= b && m <= k + 4; ++m) {
      if (title_at(m - 1) || is_prep(m - 1) ||
          toks_[m - 1].key == FoldKey("'s"))
        break;
      int em = EntityAt(m);
      bool starts = em >= 0 && EntityAt(m - 1) != em &&
                    entities_[em].mention.end >= toks_[b].end &&
                    is_org_kind(entities_[em].kind);
      int rm = em < 0 ? OrgAt(m) : -1;
      if (!starts && rm >= 0 && NameRunEnd(m, b + 1) == b + 1 &&
          refs_[rm].tok <= m)
        starts = true;
      if (starts && (m == k + 1 ? !IsNameToken(k) || toks_[k].key != 0 : true)) {
        bool lead_name = true;
        for (int q = k; q < m; ++q) lead_name &= IsNameToken(q);
        // "John Smith Amnesty" is not a modifier; "London-based" is.
        if (!lead_name || toks_[m - 1].word() &&
                              lex_.ngo_nouns.Has(toks_[m - 1].key) ||
            text_.substr(toks_[k].start, toks_[m - 1].end - toks_[k].start)
                    .find('-') != std::string_view::npos) {
          k = m;
          break;
        }
      }
    }
    int e = EntityAt(k);
    if (person_entity(e, k, b)) return false;
    if (e >= 0 && entities_[e].mention.start <= toks_[k].start &&
        entities_[e].mention.end >= toks_[b].end &&
        (is_org_kind(entities_[e].kind) || entities_[e].kind == "organ" ||
         entities_[e].kind == "state")) {
      const std::string& kind = entities_[e].kind;
      p->org = kind == "organ" ? Text(k, b) : entities_[e].name;
      p->ngo = kind == "ngo";
      p->org_entity = true;
      p->aff_gov = is_gov_kind(kind);
      return true;
    }
    int r = OrgAt(k);
    if (r >= 0 && (NameRunEnd(k, b + 1) == b + 1 ||
                   toks_[b].key == FoldKey(")"))) {
      p->org = refs_[r].who.name;
      p->ngo = refs_[r].who.kind == "ngo";
      return true;
    }
    return false;
  };
  auto parse = [&](int a, int b) -> Part {
    Part p;
    while (a <= b && toks_[a].word() && lex_.determiners.Has(toks_[a].key) &&
           !toks_[a].cap())
      ++a;
    if (a <= b && toks_[a].word() && lex_.determiners.Has(toks_[a].key) &&
        (toks_[a].key == FoldKey("the") || toks_[a].key == FoldKey("a") ||
         toks_[a].key == FoldKey("an")))
      ++a;
    if (a > b) return p;
    // A document speaks for its organisation: "the Amnesty statement",
    // "the State Department's annual report", "the statement".
    if (toks_[b].word() && !toks_[b].cap() &&
        lex_.document_nouns.Has(toks_[b].key)) {
      int e2 = b - 1;
      while (e2 >= a && toks_[e2].word() && !toks_[e2].cap() &&
             !lex_.document_nouns.Has(toks_[e2].key))
        --e2;
      if (e2 >= a && toks_[e2].key == FoldKey("'s")) --e2;
      int s0 = a;
      while (s0 <= e2 && toks_[s0].word() && !toks_[s0].cap()) ++s0;
      if (s0 <= e2 && org_of(s0, e2, &p)) return p;
      if (s0 > e2) p.document = true;
      return p;
    }
    {
      // A title the gazetteer reads as an organ of a state ("foreign
      // minister of Poland", "Commission President"): title and
      // affiliation, then perhaps the name.
      int e = EntityAt(a);
      if (e >= 0 && entities_[e].kind == "organ") {
        int t_last = -1, k = a;
        for (; k <= b && EntityAt(k) == e; ++k)
          if (title_at(k)) t_last = k;
        if (t_last >= 0) {
          p.title = Text(a, t_last);
          p.affiliation = entities_[e].name;
          p.aff_gov = p.official = true;
          // The name may be inside the organ's mention ("President Bush").
          k = t_last + 1;
          while (k <= b && lex_.honorifics.Has(toks_[k].key)) ++k;
          bool names = k <= b;
          for (int m = k; m <= b; ++m) names &= IsNameToken(m);
          if (names) p.person = Text(k, b);
          return p;
        }
      }
    }
    if (org_of(a, b, &p)) return p;
    // A prepositional tail after a title or name: its organisation or
    // place is the affiliation ("president of the National Wildlife
    // Federation", "Mike Jendrzejczyk of Human Rights Watch").
    for (int k = a + 1; k <= b; ++k) {
      if (!is_prep(k)) continue;
      if (!(title_at(k - 1) || IsNameToken(k - 1))) break;
      int t = k + 1;
      while (t <= b && toks_[t].word() && lex_.determiners.Has(toks_[t].key))
        ++t;
      Part tail;
      if (t <= b && org_of(t, b, &tail)) {
        p.affiliation = tail.org;
        p.aff_ngo = tail.ngo;
        p.aff_gov = tail.aff_gov;
      } else if (t <= b && IsNameToken(t)) {
        int e = EntityAt(t);
        p.affiliation = e >= 0 ? entities_[e].name : Text(t, NameRunEnd(t, b + 1) - 1);
        if (e >= 0) p.aff_gov = is_gov_kind(entities_[e].kind);
        if (e >= 0) p.aff_ngo = entities_[e].kind == "ngo";
      }
      b = k - 1;
      break;
    }
    // Possessive: "Lithuania's deputy defence minister".
    for (int k = a + 1; k <= b; ++k) {
      if (toks_[k].key != FoldKey("'s")) continue;
      int e = EntityAt(k - 1);
      std::string aff;
      if (e >= 0) {
        aff = entities_[e].name;
        p.aff_ngo = entities_[e].kind == "ngo";
        p.aff_gov = p.aff_gov || is_gov_kind(entities_[e].kind);
      } else if (IsNameToken(k - 1)) {
        int s0 = k - 1;
        while (s0 - 1 >= a && IsNameToken(s0 - 1)) --s0;
        aff = Text(s0, k - 1);
      }
      if (!aff.empty()) p.affiliation = aff;
      a = k + 1;
      break;
    }
    if (a > b) return p;
    if (org_of(a, b, &p)) return p;
    int last_title = -1;
    for (int k = a; k <= b; ++k)
      if (title_at(k)) last_title = k;
    int n0 = last_title >= 0 ? last_title + 1 : a;
    while (n0 <= b && lex_.honorifics.Has(toks_[n0].key)) ++n0;
    bool all_names = n0 <= b;
    for (int k = n0; k <= b; ++k)
      if (!IsNameToken(k) &&
          !(toks_[k].word() && lex_.function_words.Has(toks_[k].key) &&
            k > n0 && k < b))
        all_names = false;
    if (last_title >= 0) {
      int t0 = a;
      while (t0 <= last_title && lex_.honorifics.Has(toks_[t0].key)) ++t0;
      for (int k = t0; k <= last_title; ++k)
        if (lex_.official_titles.Has(toks_[k].key)) p.official = true;
      if (t0 <= last_title) p.title = Text(t0, last_title);
    }
    if (all_names) {
      int e = EntityAt(n0);
      bool person_ent = person_entity(e, n0, b);
      if (person_ent) {
        if (p.affiliation.empty()) p.affiliation = entities_[e].name;
        p.aff_gov = true;
      }
      if (!person_ent && e >= 0 &&
          entities_[e].mention.end >= toks_[b].end &&
          entities_[e].kind != "person") {
        // A state or organ standing alone: "Czech Republic, President X".
        p.org = entities_[e].name;
        p.aff_gov = is_gov_kind(entities_[e].kind);
        p.org_entity = true;
      } else if (last_title < 0 && lex_.org_heads.Has(toks_[b].key)) {
        p.org = Text(n0, b);
      } else {
        p.person = Text(n0, b);
      }
    } else if (last_title < 0 && toks_[b].word() &&
               lex_.org_nouns.Has(toks_[b].key)) {
      p.common_org = true;
    } else if (last_title < 0 && IsNameToken(b)) {
      // A description before a name: "retired neurosurgeon Ben Carson",
      // "reporter Jackie Nespral". The description is the title; after an
      // organisation noun the name is an organisation ("the group Liberty").
      int r = b;
      while (r - 1 >= a && IsNameToken(r - 1)) --r;
      int d = r - 1;
      if (d >= a && toks_[d].word() && !toks_[d].cap() &&
          !lex_.function_words.Has(toks_[d].key) &&
          !lex_.determiners.Has(toks_[d].key)) {
        if (lex_.org_nouns.Has(toks_[d].key) ||
            lex_.ngo_nouns.Has(toks_[d].key)) {
          p.org = Text(r, b);
          p.ngo = lex_.ngo_nouns.Has(toks_[d].key);
        } else {
          p.person = Text(r, b);
          p.title = Text(a, d);
        }
      }
    }
    return p;
  };

  std::vector<Part> parts;
  int from = first;
  for (int k = first; k <= last + 1; ++k) {
    if (k == last + 1 || IsComma(toks_[k])) {
      if (k - 1 >= from) parts.push_back(parse(from, k - 1));
      from = k + 1;
    }
  }
  const Part* person = nullptr;
  const Part* orgp = nullptr;
  const Part* common = nullptr;
  for (const Part& p : parts) {
    if (!person && !p.person.empty()) person = &p;
    if (!orgp && !p.org.empty()) orgp = &p;
    if (!common && (p.common_org || p.document)) common = &p;
  }
  std::string title, affiliation;
  bool official = false, ngo_aff = false;
  for (const Part& p : parts) {
    if (title.empty() && !p.title.empty()) title = p.title;
    if (affiliation.empty() && !p.affiliation.empty()) {
      affiliation = p.affiliation;
      ngo_aff = p.aff_ngo;
    }
    official |= p.official || p.aff_gov;
  }
  if (person) {
    if (person->title.size()) title = person->title;
    if (affiliation.empty() && orgp) {
      affiliation = orgp->org;
      ngo_aff = orgp->ngo;
      official |= orgp->aff_gov;
    }
    out->name = person->person;
    out->title = title;
    out->affiliation = affiliation;
    out->kind = ngo_aff ? "ngo" : official ? "official" : "person";
    return true;
  }
  if (orgp && title.empty()) {
    out->name = orgp->org;
    out->title.clear();
    out->affiliation.clear();
    out->kind = orgp->ngo ? "ngo" : "organisation";
    *org = true;
    return true;
  }
  if (!title.empty()) {
    // A title without a name: "the minister", "a Foreign Office spokesman".
    out->name.clear();
    out->title = title;
    if (affiliation.empty() && orgp) affiliation = orgp->org;
    out->affiliation = affiliation;
    out->kind = ngo_aff ? "ngo" : official ? "official" : "person";
    return true;
  }
  if (common) {
    out->name.clear();
    out->title.clear();
    out->affiliation.clear();
    out->kind = "organisation";
    *org = true;
    return true;
  }
  // Unnamed speaker: the words without the article or a count word. A
  // lower-case head must name people ("a Western diplomat", "protesters"):
  // "the new agreement maintains" has no speaker.
  int a = first;
  while (a <= last && toks_[a].word() && lex_.determiners.Has(toks_[a].key))
    ++a;
  if (a > last) return false;
  const QToken& head = toks_[last];
  const bool possessor = head.key == FoldKey("'s") && last > first &&
                         IsNameToken(last - 1);  // "Clinton's"
  if (head.word() && !head.cap() && !possessor && !lex_.person_nouns.empty() &&
      !lex_.person_nouns.Has(head.key) && !lex_.IsTitle(head.key) &&
      !lex_.plural_titles.Has(head.key) && !lex_.org_nouns.Has(head.key) &&
      !lex_.document_nouns.Has(head.key))
    return false;
  out->name = Text(a, possessor ? last - 1 : last);
  out->title.clear();
  out->affiliation = affiliation;
  out->kind = "person";
  return true;
}

int SpeakerResolver::FindPerson(uint64_t last_key, int before,
                                char gender) const {
  int best = -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (ref.org || ref.tok >= before || ref.last_key != last_key) continue;
    if (gender && ref.gender && ref.gender != gender) continue;
    if (best < 0 || SeenBefore(ref, before) > SeenBefore(refs_[best], before))
      best = static_cast<int>(r);
  }
  return best;
}

int SpeakerResolver::FindPersonLater(uint64_t last_key, int after,
                                     char gender) const {
  for (const Referent& ref : refs_) {
    if (ref.org || !ref.strong || ref.tok <= after || ref.last_key != last_key ||
        ref.first_key == ref.last_key)
      continue;
    if (gender && ref.gender && ref.gender != gender) continue;
    return static_cast<int>(&ref - refs_.data());  // the first, in text order
  }
  return -1;
}

int SpeakerResolver::FindFirstName(uint64_t first_key, int before) const {
  int best = -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (ref.org || !ref.strong || ref.tok >= before ||
        ref.first_key != first_key || ref.first_key == ref.last_key)
      continue;
    if (best < 0 || SeenBefore(ref, before) > SeenBefore(refs_[best], before))
      best = static_cast<int>(r);
  }
  return best;
}

int SpeakerResolver::FindPronoun(char gender, int before) const {
  // The most salient person before: a mention as subject or speaker counts
  // in full, any other mention as if it were kWeak tokens further back.
  constexpr int kWeak = 60;
  // Persons introduced with a title, an apposition or as a speaker come
  // first; any other named person only when there is none.
  int best = -1, best_score = -1000000;
  for (int pass = 0; pass < 2 && best < 0; ++pass) {
    for (size_t r = 0; r < refs_.size(); ++r) {
      const Referent& ref = refs_[r];
      if (ref.org || ref.description || ref.tok >= before) continue;
      if (pass == 0 && !ref.strong) continue;
      if (ref.gender && gender && ref.gender != gender) continue;
      int score = SeenBefore(ref, before) - kWeak;
      int salient = SalientBefore(ref, before);
      if (salient >= 0) score = std::max(score, salient);
      if (score > best_score) {
        best = static_cast<int>(r);
        best_score = score;
      }
    }
  }
  return best;
}

int SpeakerResolver::FindOrg(int before, bool ngo_only, uint64_t head) const {
  int best = -1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (!ref.org || ref.tok >= before) continue;
    if (ngo_only && ref.who.kind != "ngo") continue;
    if (head) {
      std::vector<QToken> t = ScanTokens(ref.who.name, nullptr);
      bool has = false;
      for (const QToken& k : t) has |= k.key == head;
      if (!has) continue;
    }
    int seen = SeenBefore(ref, before);
    int bseen = best < 0 ? -1 : SeenBefore(refs_[best], before);
    if (seen > bseen) best = static_cast<int>(r);
  }
  return best;
}

bool SpeakerResolver::Resolve(const SpeakerPhrase& np, Speaker* out) {
  if (!np.ok()) return false;
  Speaker s;
  s.mention = {toks_[np.first].start, toks_[np.last].end};
  const QToken& h = toks_[np.first];
  if (np.first == np.last && IsPronoun(h.key)) {
    char g = lex_.male.Has(h.key) ? 'm' : lex_.female.Has(h.key) ? 'f' : 0;
    if (g) {
      int r = FindPronoun(g, np.first);
      if (r < 0) return false;
      Referent& ref = refs_[r];
      s.name = ref.who.name;
      s.title = ref.who.title;
      s.affiliation = ref.who.affiliation;
      s.kind = ref.who.kind;
      if (!ref.gender) ref.gender = g;
      Touch(&ref, np.first, true);
      *out = s;
      return true;
    }
    if (lex_.group_pronouns.Has(h.key)) {
      int r = FindOrg(np.first, false, 0);
      if (r < 0) return false;
      Referent& ref = refs_[r];
      s.name = ref.who.name;
      s.kind = ref.who.kind;
      Touch(&ref, np.first, true);
      *out = s;
      return true;
    }
  }
  char gender = 0;
  bool org = false;
  if (!FillFromTokens(np.first, np.last, &s, &gender, &org)) return false;
  // The last word of the phrase's name part.
  std::vector<QToken> nt = ScanTokens(s.name, nullptr);
  uint64_t last_key = nt.empty() ? 0 : nt.back().key;
  uint64_t first_key = nt.empty() ? 0 : nt.front().key;
  bool generic = s.name.empty();
  if (org) {
    if (generic || (nt.size() == 1 && lex_.org_nouns.Has(last_key) &&
                    !toks_[np.last].cap())) {
      // "the organization": the last organisation of that kind.
      uint64_t head = toks_[np.last].key;
      bool ngo_noun = lex_.ngo_nouns.Has(head);
      if (lex_.document_nouns.Has(head)) head = 0;
      int r = FindOrg(np.first, ngo_noun, ngo_noun ? 0 : head);
      if (r < 0 && ngo_noun) r = FindOrg(np.first, false, 0);
      // "the study said" speaks for an organisation only when one was
      // named shortly before.
      if (r >= 0 && head == 0 &&
          SeenBefore(refs_[r], np.first) < np.first - kDocumentReach)
        r = -1;
      if (r < 0) {
        // A document with no organisation before it speaks as itself:
        // "the editorial read", "the study said".
        if (generic && head == 0 && lex_.document_nouns.Has(toks_[np.last].key)) {
          int a = np.first;
          while (a < np.last && toks_[a].word() &&
                 lex_.determiners.Has(toks_[a].key))
            ++a;
          s.name = Text(a, np.last);
          s.kind = "organisation";
          *out = s;
          return true;
        }
        if (generic) return false;
      } else {
        Referent& ref = refs_[r];
        s.name = ref.who.name;
        s.kind = ref.who.kind;
        Touch(&ref, np.first, true);
        *out = s;
        return true;
      }
    }
    // An acronym or short form of an organisation named before.
    for (Referent& ref : refs_) {
      if (!ref.org || ref.tok > np.first) continue;
      if ((nt.size() == 1 && (ref.alias_key == last_key ||
                              ref.first_key == last_key)) ||
          ref.who.name == s.name) {
        s.name = ref.who.name;
        s.kind = ref.who.kind;
        Touch(&ref, np.first, true);
        *out = s;
        return true;
      }
    }
  } else if (generic) {
    // "the minister": the last person with that title word.
    uint64_t head = toks_[np.last].key;
    int best = -1;
    for (size_t r = 0; r < refs_.size(); ++r) {
      const Referent& ref = refs_[r];
      if (ref.org || ref.tok >= np.first || ref.who.title.empty()) continue;
      std::vector<QToken> tt = ScanTokens(ref.who.title, nullptr);
      bool has = false;
      for (const QToken& k : tt) has |= k.key == head;
      if (has && (best < 0 || SeenBefore(ref, np.first) >
                                  SeenBefore(refs_[best], np.first)))
        best = static_cast<int>(r);
    }
    if (best >= 0 && toks_[np.first].key == FoldKey("the")) {
      Referent& ref = refs_[best];
      s.name = ref.who.name;
      if (s.affiliation.empty()) s.affiliation = ref.who.affiliation;
      s.kind = ref.who.kind;
      Touch(&ref, np.first, true);
      *out = s;
      return true;
    }
    s.name = s.title;
    int a = np.first;
    while (a < np.last && toks_[a].word() &&
           lex_.determiners.Has(toks_[a].key))
      ++a;
    s.name = Text(a, np.last);
    s.title.clear();
  } else if (nt.size() == 1) {
    // A surname: the person named in full before.
    int r = FindPerson(last_key, np.first, gender);
    // A person named in full only later in the text ("Trump ... Donald
    // Trump"): the surname still stands for them.
    if (r < 0) r = FindPersonLater(last_key, np.first, gender);
    if (r >= 0) {
      Referent& ref = refs_[r];
      s.name = ref.who.name;
      if (s.title.empty()) s.title = ref.who.title;
      if (s.affiliation.empty()) s.affiliation = ref.who.affiliation;
      if (s.kind != "official") s.kind = ref.who.kind;
      if (gender && !ref.gender) ref.gender = gender;
      Touch(&ref, np.first, true);
      ref.strong = true;  // a speaker is a person
      *out = s;
      return true;
    }
    // An organisation named before by its first word ("Amnesty").
    for (Referent& ref : refs_) {
      if (ref.org && ref.tok < np.first &&
          (ref.first_key == last_key || ref.alias_key == last_key)) {
        s.name = ref.who.name;
        s.kind = ref.who.kind;
        s.title.clear();
        Touch(&ref, np.first, true);
        *out = s;
        return true;
      }
    }
  } else if (!org) {
    // A full name seen before with its title: take what we know.
    int r = FindPerson(last_key, np.first + 1);
    if (r >= 0 && refs_[r].who.name == s.name) {
      Referent& ref = refs_[r];
      if (s.title.empty()) s.title = ref.who.title;
      if (s.affiliation.empty()) s.affiliation = ref.who.affiliation;
      if (ref.who.kind == "official") s.kind = "official";
    }
  }
  Referent ref;
  ref.who = s;
  ref.tok = np.first;
  ref.last_seen = np.first;
  ref.salient = np.first;
  if (!gender && !org && !nt.empty())
    gender = lex_.male_names.Has(first_key)     ? 'm'
             : lex_.female_names.Has(first_key) ? 'f'
                                                : 0;
  ref.gender = gender;
  ref.org = org;
  // A later "he" or "she" may stand for a named person or for one person
  // named by a title ("a Western diplomat"), not for a description
  // ("the emotional impact", "several Democrats").
  // A common noun capitalised at the start of a sentence ("Critics
  // noted") is a description too.
  const bool common_noun = nt.size() == 1 &&
                           (lex_.plural_titles.Has(last_key) ||
                            lex_.person_nouns.Has(last_key));
  ref.strong = org || (!generic && !common_noun) ||
               (lex_.IsTitle(toks_[np.last].key) &&
                !lex_.plural_titles.Has(toks_[np.last].key));
  ref.description = !ref.strong;
  ref.first_key = first_key;
  ref.last_key = last_key;
  AddReferent(ref);
  *out = s;
  return true;
}

void SpeakerResolver::Introduce() {
  const int n = static_cast<int>(toks_.size());
  auto skip_adverbs = [&](int j) {
    while (j < n && toks_[j].word() && !toks_[j].cap() &&
           lex_.aux.Has(toks_[j].key))
      ++j;
    return j;
  };
  // A paragraph in capitals is a headline: "CHINA LIKELY TO JOIN GATT,
  // DIPLOMATS SAY" introduces no one.
  std::vector<char> shouted(n, 0);
  for (int i = 0; i < n;) {
    int j = i;
    bool caps = true;
    for (; j < n && toks_[j].para == toks_[i].para; ++j)
      if (toks_[j].word() && toks_[j].end - toks_[j].start >= 2 &&
          !(toks_[j].flags & kAllCaps))
        caps = false;
    for (int k = i; k < j; ++k) shouted[k] = caps;
    i = j;
  }
  // Organisations from the gazetteer.
  for (int i = 0; i < n; ++i) {
    int e = entity_of_tok_[i];
    if (e < 0 || (i > 0 && entity_of_tok_[i - 1] == e)) continue;
    const EntityMention& m = entities_[e];
    std::string name = m.name;
    if (m.kind == "organ") {
      // A named organ of a state ("the State Department", "the Pentagon")
      // can say things and be "it"; a person or a title it tags cannot.
      int ee = i;
      while (ee + 1 < n && entity_of_tok_[ee + 1] == e) ++ee;
      int a = i;
      while (a < ee && toks_[a].word() && lex_.determiners.Has(toks_[a].key))
        ++a;
      bool named = true, titled = false;
      for (int k = a; k <= ee; ++k) {
        named &= IsNameToken(k) || toks_[k].key == FoldKey("'s");
        titled |= lex_.IsTitle(toks_[k].key) ||
                  lex_.honorifics.Has(toks_[k].key);
      }
      if (!named || titled || PersonEntity(e, a, ee)) continue;
      name = Text(a, ee);
    } else if (m.kind != "ngo" && m.kind != "igo" && m.kind != "organisation") {
      continue;
    }
    Referent r;
    r.who.name = name;
    r.who.kind = m.kind == "ngo" ? "ngo" : "organisation";
    r.entity_kind = m.kind;
    r.who.mention = m.mention;
    r.tok = r.last_seen = i;
    r.org = true;
    r.strong = true;
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    if (!nt.empty()) {
      r.first_key = nt.front().key;
      r.last_key = nt.back().key;
    }
    r.alias_key = toks_[i].key;  // the surface form used (e.g. "HRW")
    AddReferent(r);
  }
  for (int i = 0; i < n; ++i) {
    if (!IsNameToken(i) || shouted[i]) continue;
    if (entity_of_tok_[i] >= 0) {
      // Only people the gazetteer tags by their state ("Barack Obama").
      const int ei = entity_of_tok_[i];
      if (i > 0 && entity_of_tok_[i - 1] == ei) continue;
      int ee = i;
      while (ee + 1 < n && entity_of_tok_[ee + 1] == ei) ++ee;
      // "President Bush": titles, then a person the gazetteer tags by
      // their state.
      // The name is the run of words at the end of the mention that are
      // neither titles nor words of an organ ("Interior Secretary Bruce
      // Babbitt").
      int nf = ee;
      while (nf - 1 >= i && IsNameToken(nf - 1) &&
             !lex_.IsTitle(toks_[nf - 1].key) &&
             !lex_.honorifics.Has(toks_[nf - 1].key) &&
             !lex_.organ_words.Has(toks_[nf - 1].key))
        --nf;
      if (!PersonEntity(ei, nf, ee)) continue;
    }
    if (i > 0 && IsNameToken(i - 1) && toks_[i - 1].para == toks_[i].para &&
        (entity_of_tok_[i - 1] < 0 ||
         entity_of_tok_[i - 1] == entity_of_tok_[i]))
      continue;
    if (quoted_ && (*quoted_)[i]) continue;  // names inside quotes
    int end = NameRunEnd(i, n);
    {
      // Headlines in capitals name no one.
      int caps = 0;
      for (int k = i; k < end; ++k) caps += (toks_[k].flags & kAllCaps) != 0;
      if (caps >= 2) {
        i = end - 1;
        continue;
      }
    }
    // A run stops where a known entity starts after a connector:
    // "Mike Jendrzejczyk of Human Rights Watch".
    for (int k = i + 1; k < end; ++k) {
      if (entity_of_tok_[k] >= 0 && !IsNameToken(k - 1)) {
        end = k - 1;
        break;
      }
    }
    while (end > i + 1 && !IsNameToken(end - 1)) --end;
    // Capitalised words before a lower-case title modify it: "Senior
    // Japanese officials", "Trump aide Hope Hicks" name no one by them.
    if (end < n && toks_[end].word() && !toks_[end].cap() &&
        (lex_.IsTitle(toks_[end].key) || lex_.plural_titles.Has(toks_[end].key)) &&
        !lex_.IsTitle(toks_[end - 1].key)) {
      i = end - 1;
      continue;
    }
    bool run_titled = false;
    for (int k = i; k < end; ++k) run_titled |= lex_.IsTitle(toks_[k].key);
    // Introduced organisations: "the organization X (Y)", "rights group X".
    bool ngo_intro = false;
    for (int k = std::max(0, i - 3); k < i; ++k) {
      int len = lex_.ngo_nouns.MatchAt(toks_, k, i);
      if (len > 0 && k + len == i) ngo_intro = true;
    }
    if (ngo_intro && i > 0 && toks_[i - 1].cap()) ngo_intro = false;
    bool head = false;
    for (int k = i; k < end; ++k) head |= lex_.org_heads.Has(toks_[k].key);
    if (ngo_intro || (head && end - i >= 2 && !run_titled)) {
      Referent r;
      r.who.name = Text(i, end - 1);
      r.who.kind = ngo_intro ? "ngo" : "organisation";
      r.who.mention = {toks_[i].start, toks_[end - 1].end};
      r.tok = r.last_seen = i;
      r.org = true;
      r.strong = true;
      r.first_key = toks_[i].key;
      r.last_key = toks_[end - 1].key;
      if (end + 2 < n && toks_[end].key == FoldKey("(") &&
          toks_[end + 1].word() && toks_[end + 2].key == FoldKey(")")) {
        r.alias_key = toks_[end + 1].key;
        // "Humanitarian Initiative (HI)" where HI is a known organisation:
        // the gazetteer's name wins.
        int e = entity_of_tok_[end + 1];
        if (e >= 0 && (entities_[e].kind == "ngo" || entities_[e].kind == "igo")) {
          r.who.name = entities_[e].name;
          r.who.kind = entities_[e].kind == "ngo" ? "ngo" : "organisation";
          r.entity_kind = entities_[e].kind;
        }
      }
      AddReferent(r);
      i = end - 1;
      continue;
    }
    // Persons: a name after a title, or followed by ", ... title".
    int last_title = -1;
    for (int k = i; k < end; ++k)
      if (lex_.IsTitle(toks_[k].key)) last_title = k;
    int n0 = last_title >= 0 ? last_title + 1 : i;
    while (n0 < end && lex_.honorifics.Has(toks_[n0].key)) ++n0;
    if (n0 >= end) { i = end - 1; continue; }
    bool titled = last_title >= 0 ||
                  (i > 0 && toks_[i - 1].word() && lex_.IsTitle(toks_[i - 1].key)) ||
                  (i > 1 && IsComma(toks_[i - 1]) && lex_.IsTitle(toks_[i - 2].key));
    if (!titled && i > 1 && IsComma(toks_[i - 1]) && end < n &&
        IsComma(toks_[end])) {
      // "the French ambassador to the United Nations, François Delattre,":
      // a name set off by commas after a phrase with a title.
      for (int k = i - 2; k >= 0 && k >= i - 12; --k) {
        if (toks_[k].punct() && toks_[k].key != FoldKey("'s")) break;
        if (toks_[k].word() && !toks_[k].cap() && lex_.IsTitle(toks_[k].key)) {
          titled = true;
          break;
        }
      }
    }
    bool apposed = false;
    if (end + 1 < n && IsComma(toks_[end])) {
      for (int k = end + 1; k < n && k < end + 8; ++k) {
        if (toks_[k].punct() && toks_[k].key != FoldKey("'s")) break;
        if (lex_.IsTitle(toks_[k].key)) { apposed = true; break; }
      }
    }
    // A full name as a clause subject: "Karolis Aleksa is ...". It is a
    // person ("West Berlin is ...") only when its first word is a first
    // name or the gazetteer tags it as a person.
    bool after_prep = i > 0 && toks_[i - 1].word() && !toks_[i - 1].cap() &&
                      lex_.function_words.Has(toks_[i - 1].key);
    bool clause_subject = false;
    if (!after_prep && end - n0 >= 2 && end < n && toks_[end].word() &&
        !toks_[end].cap() && !lex_.function_words.Has(toks_[end].key))
      clause_subject = true;
    if (!after_prep && end - n0 >= 2 && end < n && toks_[end].word() &&
        lex_.aux.Has(toks_[end].key))
      clause_subject = true;
    int name_len = end - n0;
    // A subject, not a possessor or the object of a preposition: the
    // likelier antecedent of a later "he".
    // After a subordinating conjunction ("after Jiang delivered a speech")
    // a name followed by a verb is a subject too; after a preposition or a
    // reporting verb ("said Nunberg was") it is not the salient one.
    const bool clause_after_conj =
        after_prep && lex_.subordinators.Has(toks_[i - 1].key) && end < n &&
        toks_[end].word() && !toks_[end].cap() &&
        (lex_.aux.Has(toks_[end].key) ||
         !lex_.function_words.Has(toks_[end].key));
    const bool subject = (!after_prep || clause_after_conj) &&
                         !(end < n && toks_[end].key == FoldKey("'s"));
    if (name_len == 1) {
      // A surname alone ("Deputy Minister Aleksa"): the full name before.
      // "Mrs. Clinton" is not Bill Clinton.
      char hg = 0;
      for (int k = i; k < n0; ++k) {
        if (lex_.male.Has(toks_[k].key)) hg = 'm';
        if (lex_.female.Has(toks_[k].key)) hg = 'f';
      }
      int r = FindPerson(toks_[n0].key, i, hg);
      if (r < 0 && n0 == i) {
        // Family name first ("Chinese President Jiang Zemin ... Jiang").
        r = FindFirstName(toks_[n0].key, i);
      }
      if (r >= 0) {
        // "..., and Geremek has gone out of his way": a known person after
        // a coordinating conjunction, before a verb, is a subject.
        const bool coordinated =
            i > 0 && lex_.conjunctions.Has(toks_[i - 1].key) && end < n &&
            toks_[end].word() && !toks_[end].cap() &&
            (lex_.aux.Has(toks_[end].key) ||
             !lex_.function_words.Has(toks_[end].key));
        Touch(&refs_[r], i, subject || coordinated);
        // A person named again and speaking: "Roffman said".
        if (subject && end < n && IsVerbAt(skip_adverbs(end), n))
          refs_[r].strong = true;
        i = end - 1;
        continue;
      }
    }
    if ((titled || apposed || clause_subject) || name_len >= 2) {
      Speaker who;
      char g = 0;
      bool org = false;
      int a = last_title >= 0 ? i : n0;
      if (!FillFromTokens(a, end - 1, &who, &g, &org) || org) {
        i = end - 1;
        continue;
      }
      if (i > 0 && toks_[i - 1].word() && lex_.IsTitle(toks_[i - 1].key) &&
          who.title.empty())
        who.title = Text(i - 1, i - 1);
      if (i > 0 && lex_.male.Has(toks_[i - 1].key)) g = 'm';
      if (i > 0 && lex_.female.Has(toks_[i - 1].key)) g = 'f';
      if (!g && lex_.male_names.Has(toks_[n0].key)) g = 'm';
      if (!g && lex_.female_names.Has(toks_[n0].key)) g = 'f';
      Referent r;
      r.salient = subject ? i : -1;
      r.who = who;
      r.who.mention = {toks_[n0].start, toks_[end - 1].end};
      r.tok = r.last_seen = i;
      r.gender = g;
      // A subject is an antecedent for "he"/"she" when it is known to be a
      // person: a first name from the lists, or a person the gazetteer
      // tags by their state.
      const bool known_person =
          lex_.male_names.Has(toks_[n0].key) ||
          lex_.female_names.Has(toks_[n0].key) ||
          PersonEntity(entity_of_tok_[end - 1], n0, end - 1);
      r.strong = titled || apposed || (subject && known_person);
      r.first_key = toks_[n0].key;
      r.last_key = toks_[end - 1].key;
      AddReferent(r);
    }
    i = end - 1;
  }
  // Unnamed people introduced as a subject with an indefinite article:
  // "A Chrysler spokeswoman would not say ... she said", "a Western
  // diplomat ... he added".
  for (int i = 0; i + 2 < n; ++i) {
    if (!toks_[i].word() || !lex_.indefinite_determiners.Has(toks_[i].key))
      continue;
    // At the start of a clause, not after a preposition or a verb ("the
    // mayor of a major city").
    if (i > 0 && toks_[i - 1].para == toks_[i].para && toks_[i - 1].word() &&
        !toks_[i - 1].cap())
      continue;
    int h = i + 1;
    while (h < n && h <= i + 4 && toks_[h].word() &&
           !lex_.IsTitle(toks_[h].key) && !lex_.function_words.Has(toks_[h].key))
      ++h;
    if (h >= n || h > i + 4 || !toks_[h].word() || toks_[h].cap() ||
        !lex_.IsTitle(toks_[h].key) || lex_.plural_titles.Has(toks_[h].key))
      continue;
    // A subject: an auxiliary or a reporting verb follows ("a major
    // exporter", "a general strike" are not people).
    // ", who declined to be named, said" counts as well.
    const bool relative = h + 2 < n && IsComma(toks_[h + 1]) &&
                          lex_.relative_pronouns.Has(toks_[h + 2].key);
    if (!relative &&
        (h + 1 >= n || !toks_[h + 1].word() || toks_[h + 1].cap() ||
         (lex_.function_words.Has(toks_[h + 1].key) &&
          !lex_.aux.Has(toks_[h + 1].key))))
      continue;
    if ((quoted_ && (*quoted_)[h]) || shouted[h]) continue;
    Referent r;
    r.who.name = Text(i + 1, h);
    r.who.title = Text(h, h);
    r.who.kind = lex_.official_titles.Has(toks_[h].key) ? "official" : "person";
    r.who.mention = {toks_[i].start, toks_[h].end};
    r.tok = r.last_seen = i;
    r.salient = i;
    r.gender = lex_.female.Has(toks_[h].key) ? 'f'
               : lex_.male.Has(toks_[h].key) ? 'm' : 0;
    r.strong = true;
    r.first_key = toks_[i + 1].key;
    r.last_key = toks_[h].key;
    AddReferent(r);
    i = h;
  }
  std::stable_sort(refs_.begin(), refs_.end(),
                   [](const Referent& a, const Referent& b) {
                     return a.tok < b.tok;
                   });
}

}  // namespace newsevents
