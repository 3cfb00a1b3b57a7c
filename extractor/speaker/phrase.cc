// Speaker phrases (speaker/speaker.h): the noun phrase a reporting construction
// attaches words to, read backward from a verb ("Lithuania's Deputy Defence
// Minister, Karolis Aleksa, said"), forward after one ("said X, a Y"), or
// as a whole span between a quote and its verb.
#include "speaker/speaker.h"

#include <algorithm>

#include "speaker/internal.h"

namespace newsevents {
namespace {

// The longest relative clause or apposition (tokens) between a speaker's
// name and the reporting verb.
constexpr int kMaxRelative = 25;

}  // namespace

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
  int j = i;
  while (j < hi) {
    // A name does not run on from a headline into the text.
    if (toks_[j].para != toks_[i].para) break;
    if (IsNameToken(j)) { ++j; continue; }
    if (j > i && j + 1 < hi && IsNameToken(j + 1) &&
        lex_.name_connectors.Has(toks_[j].key) &&
        toks_[j].para == toks_[j - 1].para) {
      ++j;
      continue;
    }
    // "and" inside an organisation's name, whose head is on either side:
    // "Securities and Exchange Commission", "Center for Economic and
    // Policy Research"; not "Chrysler and Renault".
    if (j > i && j + 1 < hi && IsNameToken(j + 1) && toks_[j].word() &&
        !toks_[j].cap() && lex_.conjunctions.Has(toks_[j].key) &&
        toks_[j].para == toks_[j - 1].para &&
        // Two names: "Texaco Inc and Pennzoil Co", "Security Pacific
        // National Bank and Provident National Bank", "Mario Gabelli of
        // Gabelli and Co".
        !lex_.firm_suffixes.Has(toks_[j - 1].key) &&
        !lex_.org_heads.Has(toks_[j - 1].key) &&
        !lex_.male_names.Has(toks_[i].key) &&
        !lex_.female_names.Has(toks_[i].key)) {
      // A head on the left counts when no named place or body follows it
      // ("Bank of England and Fed" are two).
      bool head = false;
      for (int k = i; k < j; ++k) {
        if (EntityAt(k) >= 0) head = false;
        if (IsNameToken(k) && lex_.org_heads.Has(toks_[k].key)) head = true;
      }
      for (int k = j + 1; !head && k < hi && k < j + 6 && IsNameToken(k); ++k)
        head = lex_.org_heads.Has(toks_[k].key);
      if (head) {
        ++j;
        continue;
      }
    }
    break;
  }
  // A run does not end on a connector.
  return j;
}

// One noun phrase ending at token e, not before token lo: its first token,
// or -1 (Backward's unit of work).
int SpeakerResolver::PhraseStart(int e, int lo) const {
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
        int r = PhraseStart(k - 2, lo);
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
    // "Angela Merkel of Germany": a person of a state named in one word.
    const int state_e = EntityAt(j);
    const bool of_state = j == end && j - 2 >= lo && state_e >= 0 &&
                          entities_[state_e].kind == "state" &&
                          (EntityAt(j - 2) < 0 ||
                           PersonEntity(EntityAt(j - 2), j - 2, j - 2)) &&
                          !lex_.org_heads.Has(toks_[j - 2].key);
    if (p.word() && !p.cap() && IsNameToken(j) && j - 2 >= lo &&
        (((p.key == FoldKey("of") || p.key == FoldKey("for")) &&
          (j < end || of_state) && IsNameToken(j - 2)) ||
         ((p.key == FoldKey("of") || p.key == FoldKey("for") ||
           p.key == FoldKey("to")) &&
          lex_.IsTitle(toks_[j - 2].key)))) {
      // "ambassador to Greece", "president of Pfizer".
      --j;
      continue;
    }
    // "and" inside an organisation's name: "Center for Economic and
    // Policy Research", "Securities and Exchange Commission"; not "Chrysler
    // and Renault", two speakers.
    if (p.word() && !p.cap() && lex_.conjunctions.Has(p.key) &&
        j - 2 >= lo && IsNameToken(j - 2) && IsNameToken(j) &&
        toks_[j - 2].para == p.para && named &&
        !lex_.firm_suffixes.Has(toks_[j - 2].key) &&
        !lex_.org_heads.Has(toks_[j - 2].key)) {
      // An organisation's head word on either side of the "and".
      bool head = lex_.org_heads.Has(h.key);
      for (int k = j - 2; !head && k >= lo && k > j - 8; --k) {
        if (EntityAt(k) >= 0) break;  // "Bank of England and Fed"
        if (!IsNameToken(k) && !(toks_[k].word() && !toks_[k].cap() &&
                                 lex_.name_connectors.Has(toks_[k].key)))
          break;
        head = IsNameToken(k) && lex_.org_heads.Has(toks_[k].key);
      }
      if (head) {
        --j;
        continue;
      }
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
}

bool SpeakerResolver::AfterPreposition(int first, int lo) const {
  return first - 1 >= lo && toks_[first - 1].word() &&
         !(toks_[first - 1].flags & kAllCaps) &&
         lex_.adverbial_prepositions.Has(toks_[first - 1].key);
}

SpeakerPhrase SpeakerResolver::Backward(int last, int lo) const {
  SpeakerPhrase none;
  int i = last;
  while (i >= lo && toks_[i].word() && !toks_[i].cap() &&
         (lex_.aux.Has(toks_[i].key) ||
          (toks_[i].end - toks_[i].start > 4 &&
           text_.substr(toks_[i].end - 2, 2) == "ly")))
    --i;
  if (i < lo) return none;
  if (toks_[i].key == FoldKey("who")) {
    --i;
    if (i >= lo && IsComma(toks_[i])) --i;
  }
  bool had_comma = false, relative = false;
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
          (IsNameToken(k - 2) || lex_.IsTitle(toks_[k - 2].key) ||
           toks_[k - 2].key == FoldKey(")") ||
           lex_.sentence_adverbs.Has(toks_[k - 2].key) ||
           (toks_[k - 2].key == FoldKey(".") && k - 3 >= lo &&
            IsNameToken(k - 3)))) {
        // Land on the comma before the pronoun: the phrase before it may
        // itself end in an apposition ("Rep. Nancy Pelosi, D-Calif., who").
        i = k - 1;
        relative = true;
        break;
      }
    }
  }
  if (i >= lo && IsComma(toks_[i])) {
    had_comma = true;
    --i;
  }
  if (i < lo) return none;



  // "Sam Solovey, a contestant on the show, said": a name, then an
  // apposition that opens with an article or a title.
  auto appositive = [&]() -> SpeakerPhrase {
    for (int c2 = i - 1; c2 - 1 >= lo && c2 >= i - kMaxRelative; --c2) {
      if (toks_[c2].mark) break;
      if (!IsComma(toks_[c2])) continue;
      // An age between commas belongs to the apposition: "Ramil Carr, 31, a
      // Philadelphia freelance photographer, said".
      while (c2 - 3 >= lo && toks_[c2 - 1].word() &&
             text_[toks_[c2 - 1].start] >= '0' &&
             text_[toks_[c2 - 1].start] <= '9' && IsComma(toks_[c2 - 2]) &&
             IsNameToken(c2 - 3))
        c2 -= 2;
      const QToken& f = toks_[c2 + 1];
      // "Sen. Paul Wellstone, D-Minn., said": a party and state label.
      const bool label = (c2 + 1 == i || (c2 + 2 == i && toks_[i].punct() &&
                                          toks_[i].key == FoldKey("."))) &&
                         f.word() && f.cap() &&
                         text_.substr(f.start, f.end - f.start).find('-') !=
                             std::string_view::npos;
      if (label && IsNameToken(c2 - 1)) {
        int s2 = PhraseStart(c2 - 1, lo);
        if (s2 >= 0) {
          SpeakerPhrase np2;
          np2.first = s2;
          np2.last = i;
          return np2;
        }
      }
      // "a contestant on the show", "from the UK's Human Rights Watch",
      // "at a consulting firm called Gavekal".
      // Any lower-case opener ("hoping to surge in New Hampshire",
      // "however") as long as the span holds no verb (Between checks).
      bool appos = f.word() && (!f.cap() || lex_.IsTitle(f.key));
      const QToken& h = toks_[c2 - 1];
      bool head = IsNameToken(c2 - 1) ||
                  (h.word() && (lex_.IsTitle(h.key) ||
                                lex_.plural_titles.Has(h.key) ||
                                lex_.person_nouns.Has(h.key))) ||
                  (h.punct() && h.key == FoldKey(")"));  // "Durbin (D-Ill.),"
      if (!appos || !head) break;
      int s2 = PhraseStart(c2 - 1, lo);
      if (s2 < 0) break;
      if (AfterPreposition(s2, lo)) {
        // "in the primary, Gov. John Kasich (R-OH), said": the phrase
        // before the comma is an adverbial; the speaker is after it.
        SpeakerPhrase own = Between(c2 + 1, i);
        if (own.ok() && own.last == i) return own;
        break;
      }
      SpeakerPhrase bt = Between(s2, i);
      // "Pete Seat, an Indiana GOP consultant whose firm was retained by
      // the campaign, said": the relative clause is cut off.
      if (bt.ok() && (bt.last == i ||
                      lex_.relative_pronouns.Has(toks_[bt.last + 1].key) ||
                      toks_[bt.last + 1].key == FoldKey("(")))
        return bt;
      break;
    }
    return none;
  };
  int s = PhraseStart(i, lo);
  if (s < 0) return had_comma ? appositive() : none;
  SpeakerPhrase np;
  np.first = s;
  np.last = i;
  // Apposition: "X, Y[,] verb" where one of X, Y is a name. X after a
  // preposition is an adverbial ("In the Commons, Liberal member Lloyd
  // Axworthy said"), not a name for Y.
  if (s - 2 >= lo && IsComma(toks_[s - 1])) {
    int s2 = PhraseStart(s - 2, lo);
    if (s2 >= 0 && AfterPreposition(s2, lo)) {
      bool named = false;
      for (int k = s; k <= i; ++k) named |= IsNameToken(k);
      if (named) return np;
      s2 = -1;
    }
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
  if (had_comma && !relative) return appositive();
  return np;
}

SpeakerPhrase SpeakerResolver::Forward(int first, int hi) const {
  SpeakerPhrase none;
  int j = first;
  if (j >= hi) return none;
  const QToken& h = toks_[j];
  if (!h.word()) return none;
  // "her lawyers": a possessive pronoun before a noun opens a description.
  const bool possessive =
      IsPronoun(h.key) && !lex_.subject_pronouns.empty() &&
      !lex_.subject_pronouns.Has(h.key) && j + 1 < hi &&
      toks_[j + 1].word() && !toks_[j + 1].cap() &&
      !lex_.function_words.Has(toks_[j + 1].key);
  if (IsPronoun(h.key) && !possessive) {
    SpeakerPhrase np;
    np.first = np.last = j;
    return np;
  }
  if (lex_.determiners.Has(h.key) || possessive) ++j;
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
      if (!named && k > j && k < hi && IsNameToken(k) &&
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
    } else if ((!named || lex_.IsTitle(toks_[j - 1].key)) &&
               last_title < 0) {
      // "said the minister, Karolis Aleksa", "said Lithuania's deputy
      // defence minister, Karolis Aleksa": a name after a phrase headed by a
      // title.
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
    head |= IsNameToken(k) ||
            (t.word() && (lex_.IsTitle(t.key) || lex_.org_nouns.Has(t.key) ||
                          lex_.person_nouns.Has(t.key) ||
                          lex_.plural_titles.Has(t.key) ||
                          lex_.document_nouns.Has(t.key)));
  }
  if (!head) return none;
  SpeakerPhrase np;
  np.first = first;
  np.last = b;
  return np;
}

}  // namespace newsevents
