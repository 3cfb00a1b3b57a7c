// The only library file, with text folding, that uses ICU. Word breaks of
// ASCII text come from text/word_segments.cc, which gives ICU's.
#include "text/tokenizer.h"

#include <unicode/brkiter.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utext.h>

#include <memory>

#include "text/word_segments.h"

namespace newsevents {
namespace {

// Break iterators are costly to create and not thread-safe: one per thread.
struct Breakers {
  std::unique_ptr<icu::BreakIterator> word, sentence;
  Breakers() {
    UErrorCode status = U_ZERO_ERROR;
    word.reset(icu::BreakIterator::createWordInstance(icu::Locale::getEnglish(),
                                                      status));
    status = U_ZERO_ERROR;
    // "ss=standard" suppresses breaks after abbreviations (Mr., U.S., Dr.).
    sentence.reset(icu::BreakIterator::createSentenceInstance(
        icu::Locale("en@ss=standard"), status));
  }
};

Breakers& ThreadBreakers() {
  thread_local Breakers breakers;
  return breakers;
}

bool IsAscii(std::string_view s) {
  for (unsigned char c : s)
    if (c >= 0x80) return false;
  return true;
}

// Letters that NFD does not decompose but readers treat as plain.
void FoldSpecialLetters(icu::UnicodeString* s) {
  static const std::pair<UChar, const char*> kMap[] = {
      {0x0142, "l"}, {0x0141, "l"}, {0x00F8, "o"}, {0x00D8, "o"},
      {0x0111, "d"}, {0x0110, "d"}, {0x0131, "i"}, {0x2019, "'"},
      {0x2018, "'"}, {0x00E6, "ae"}};
  for (const auto& [from, to] : kMap)
    s->findAndReplace(icu::UnicodeString(from), icu::UnicodeString(to));
}

void AppendFolded(std::string_view in, std::string* out) {
  if (IsAscii(in)) {
    for (char c : in)
      out->push_back(c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c);
    return;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  icu::UnicodeString s = icu::UnicodeString::fromUTF8(
      icu::StringPiece(in.data(), static_cast<int32_t>(in.size())));
  icu::UnicodeString decomposed = nfd->normalize(s, status);
  icu::UnicodeString stripped;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 c = decomposed.char32At(i);
    if (u_charType(c) != U_NON_SPACING_MARK) stripped.append(c);
    i += U16_LENGTH(c);
  }
  FoldSpecialLetters(&stripped);
  stripped.foldCase();
  stripped.toUTF8String(*out);
}

bool IsUpperAsciiOrNonAscii(unsigned char c) {
  return (c >= 'A' && c <= 'Z') || c >= 0x80;
}

}  // namespace

std::string Fold(std::string_view utf8) {
  std::string out;
  AppendFolded(utf8, &out);
  return out;
}

static void AddToken(std::string_view text, int start, int end,
                     WordSegment::Kind kind, TokenizedText* out) {
  Token t;
  t.start = start;
  t.end = end;
  const unsigned char first = text[start];
  if (kind == WordSegment::kNumber) {
    t.flags |= Token::kNumber | Token::kWord;
  } else if (kind == WordSegment::kLetters) {
    t.flags |= Token::kWord;
    if (IsUpperAsciiOrNonAscii(first) && !(first >= 0x80 && u_islower(first)))
      t.flags |= Token::kCapitalized;
  } else {
    t.flags |= Token::kPunct;
  }
  if (t.flags & Token::kCapitalized) {
    bool all = end - start > 1;
    for (int i = start; i < end && all; ++i)
      if (text[i] >= 'a' && text[i] <= 'z') all = false;
    if (all) t.flags |= Token::kAllCaps;
  }
  t.fold_start = static_cast<int>(out->folded.size());
  AppendFolded(text.substr(start, end - start), &out->folded);
  t.fold_len = static_cast<int>(out->folded.size()) - t.fold_start;
  out->tokens.push_back(t);
}

// Splits "Russia's" / "Russia’s" into "Russia" and "'s".
static void SplitPossessive(TokenizedText* out) {
  Token& t = out->tokens.back();
  std::string_view f = out->Folded(t);
  if (f.size() <= 2 || f.substr(f.size() - 2) != "'s") return;
  std::string_view surface = out->Surface(t);
  const int suffix_bytes =
      surface.size() > 4 && surface.substr(surface.size() - 4) ==
                                "\xE2\x80\x99s"
          ? 4
          : 2;
  Token s = t;
  s.start = t.end - suffix_bytes;
  s.fold_start = t.fold_start + t.fold_len - 2;
  s.fold_len = 2;
  s.flags = Token::kWord;
  t.end -= suffix_bytes;
  t.fold_len -= 2;
  out->tokens.push_back(s);
}

// Joins a sentence to the next one when it ends in "<abbreviation> .".
static void MergeAfterAbbreviations(const AbbreviationSet& abbreviations,
                                    TokenizedText* out) {
  std::vector<Sentence> merged;
  for (const Sentence& s : out->sentences) {
    if (!merged.empty()) {
      Sentence& last = merged.back();
      const int n = last.end_token - last.first_token;
      if (n >= 2 && out->Folded(out->tokens[last.end_token - 1]) == "." &&
          abbreviations.count(std::string(
              out->Folded(out->tokens[last.end_token - 2]))) &&
          !(out->tokens[s.first_token].flags & Token::kParagraphStart)) {
        last.end = s.end;
        last.end_token = s.end_token;
        continue;
      }
    }
    merged.push_back(s);
  }
  out->sentences.swap(merged);
}

// ICU's word segments of `text`, statuses reduced to kinds.
static void IcuWordSegments(std::string_view text, icu::BreakIterator* word,
                            std::vector<WordSegment>* out) {
  out->clear();
  UErrorCode status = U_ZERO_ERROR;
  UText* ut = utext_openUTF8(nullptr, text.data(),
                             static_cast<int64_t>(text.size()), &status);
  if (U_FAILURE(status)) return;
  word->setText(ut, status);
  int start = word->first();
  for (int end = word->next(); end != icu::BreakIterator::DONE;
       start = end, end = word->next()) {
    const int rule = word->getRuleStatus();
    const WordSegment::Kind kind =
        rule >= UBRK_WORD_NUMBER && rule < UBRK_WORD_NUMBER_LIMIT
            ? WordSegment::kNumber
        : rule >= UBRK_WORD_LETTER ? WordSegment::kLetters
                                   : WordSegment::kOther;
    out->push_back({start, end, kind});
  }
  utext_close(ut);
}

static void TokenizeText(std::string_view text,
                         const AbbreviationSet* abbreviations, bool ascii_words,
                         TokenizedText* out) {
  out->text = text;
  out->tokens.clear();
  out->sentences.clear();
  out->folded.clear();
  if (text.empty()) return;

  Breakers& b = ThreadBreakers();
  UErrorCode status = U_ZERO_ERROR;
  thread_local std::vector<WordSegment> segments;
  if (!ascii_words || !AsciiWordSegments(text, &segments))
    IcuWordSegments(text, b.word.get(), &segments);
  for (const WordSegment& seg : segments) {
    const int start = seg.start, end = seg.end;
    const unsigned char c = text[start];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
      bool blank = true;
      for (int i = start; i < end && blank; ++i)
        blank = text[i] == ' ' || text[i] == '\t' || text[i] == '\n' ||
                text[i] == '\r';
      if (blank) continue;
    }
    if (text.substr(start, end - start) == "\xC2\xA0") continue;  // nbsp
    AddToken(text, start, end, seg.kind, out);
    SplitPossessive(out);
  }

  // Wire text wraps lines inside sentences: a single newline that neither
  // ends a paragraph (blank line) nor opens an indented one is a space for
  // sentence breaking. Same length, so byte offsets are unchanged.
  std::string unwrapped(text);
  // A newline right after sentence-final punctuation stays a paragraph break.
  auto ends_sentence = [](unsigned char c) {
    return c == '.' || c == '!' || c == '?' || c == '"' || c == ':' ||
           c == 0x9D;  // last byte of a closing curly quote
  };
  for (size_t i = 1; i + 1 < unwrapped.size(); ++i)
    if (unwrapped[i] == '\n' && unwrapped[i - 1] != '\n' &&
        unwrapped[i + 1] != '\n' && unwrapped[i + 1] != ' ' &&
        unwrapped[i + 1] != '\t' && unwrapped[i + 1] != '\r' &&
        !ends_sentence(unwrapped[i - 1]))
      unwrapped[i] = ' ';
  UText* unwrapped_ut = utext_openUTF8(
      nullptr, unwrapped.data(), static_cast<int64_t>(unwrapped.size()), &status);
  b.sentence->setText(unwrapped_ut, status);
  size_t ti = 0;
  int start = b.sentence->first();
  for (int end = b.sentence->next(); end != icu::BreakIterator::DONE;
       start = end, end = b.sentence->next()) {
    Sentence s;
    s.first_token = static_cast<int>(ti);
    while (ti < out->tokens.size() && out->tokens[ti].start < end) {
      out->tokens[ti].sentence = static_cast<int>(out->sentences.size());
      ++ti;
    }
    s.end_token = static_cast<int>(ti);
    if (s.end_token == s.first_token) continue;  // white space only
    s.start = out->tokens[s.first_token].start;
    s.end = out->tokens[s.end_token - 1].end;
    out->sentences.push_back(s);
  }
  // Tokens after a newline that was kept as a break open a paragraph.
  for (auto& t : out->tokens) {
    int k = t.start - 1;
    while (k >= 0 && (text[k] == ' ' || text[k] == '\t')) --k;
    if (k < 0 || (text[k] == '\n' && unwrapped[k] == '\n'))
      t.flags |= Token::kParagraphStart;
  }
  utext_close(unwrapped_ut);
  if (abbreviations) MergeAfterAbbreviations(*abbreviations, out);
  // Sentence indices must follow the kept sentences.
  for (size_t si = 0; si < out->sentences.size(); ++si)
    for (int i = out->sentences[si].first_token; i < out->sentences[si].end_token;
         ++i)
      out->tokens[i].sentence = static_cast<int>(si);
}

void Tokenize(std::string_view text, const AbbreviationSet* abbreviations,
              TokenizedText* out) {
  TokenizeText(text, abbreviations, /*ascii_words=*/true, out);
}

void TokenizeWithIcuWords(std::string_view text,
                          const AbbreviationSet* abbreviations,
                          TokenizedText* out) {
  TokenizeText(text, abbreviations, /*ascii_words=*/false, out);
}

}  // namespace newsevents
