// Finds descriptive mentions of agreements ("the rubber pact", "an
// international convention prohibiting cluster bombs") among the units and
// resolves each: to a lexicon treaty by its subject words and year, to the
// agreement last mentioned with the same head noun, or to a new agreement
// named by the text's own words.
#include "events/treaty_phrase.h"

#include <algorithm>

#include "base/strings.h"

namespace newsevents {
namespace {

constexpr int kMaxLeftUnits = 6;   // words before the head noun
constexpr int kMaxRightUnits = 10;  // words after it that may hold the subject
constexpr int kMaxRightUnitsPlural = 16;  // a plural head may list several
constexpr size_t kMaxDescriptionUnits = 10;  // "an agreement to open ..."
constexpr int kMaxSubjectGap = 3;  // tokens between a head and its subject

std::string_view FoldedUnit(const TokenizedText& tt, const Unit& u) {
  const Token& first = tt.tokens[u.first];
  const Token& last = tt.tokens[u.end - 1];
  return std::string_view(tt.folded).substr(
      first.fold_start, last.fold_start + last.fold_len - first.fold_start);
}

std::string Singular(std::string_view w) {
  std::string s(w);
  if (s.size() > 3 && s.back() == 's') s.pop_back();
  return s;
}

// The text of a name with its line breaks and runs of spaces made one space.
std::string CollapseSpace(std::string_view text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\r' || c == '\t';
    if (space && (out.empty() || out.back() == ' ')) continue;
    out.push_back(space ? ' ' : c);
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

bool SameSentence(const TokenizedText& tt, const Unit& a, const Unit& b) {
  return tt.tokens[a.first].sentence == tt.tokens[b.first].sentence;
}

// Does the token-id sequence `subject` start at token `at`?
bool SubjectAt(const std::vector<int>& token_ids,
               const std::vector<int>& subject, int at, int limit) {
  if (subject.empty() || at + static_cast<int>(subject.size()) > limit)
    return false;
  for (size_t k = 0; k < subject.size(); ++k)
    if (token_ids[at + k] != subject[k]) return false;
  return true;
}

// The end (exclusive) of a description right after head noun raw[head]:
// "on|to|for|with|over ..." up to punctuation or a clause break, holding
// at least one word that is not a function word; 0 when there is none.
size_t DescribedAfter(const CoreTags& ct, const TokenizedText& tt,
                      const std::vector<Unit>& raw, size_t head) {
  if (head + 2 >= raw.size() || !SameSentence(tt, raw[head], raw[head + 1]) ||
      !raw[head + 1].HasTag(ct.description_link))
    return 0;
  const std::string_view link = FoldedUnit(tt, raw[head + 1]);
  // ("China's agreement to sign the covenants", consent, never gets here:
  // UnitComposer::ConsentNoun; "a pact to end trade barriers" describes one.)
  size_t end = head + 2;
  bool content = false, party = false, between = link == "between",
       between_and_seen = false;
  for (; end < raw.size() && end < head + 2 + kMaxDescriptionUnits; ++end) {
    const Unit& u = raw[end];
    const Token& t = tt.tokens[u.first];
    const std::string_view w = FoldedUnit(tt, u);
    // An amount is what the agreement settles, not its name: "an agreement
    // to reschedule 26 mln marks".
    const bool amount = (t.flags & Token::kNumber) && w.size() != 4;
    const bool year = (t.flags & Token::kNumber) && w.size() == 4;
    // "between Japan and the EC": the parties' "and" is no new conjunct.
    between |= w == "between";
    const bool parties_and = between && w == "and" && !between_and_seen;
    between_and_seen |= parties_and;
    if (!SameSentence(tt, u, raw[head]) || u.HasTag(ct.clause_break) ||
        ((t.flags & Token::kPunct) && w != "-" && w != "'") || u.HasTag(ct.treaty_head) ||
        (u.HasTag(ct.description_end) && !parties_and) ||
        (amount && end > head + 2) || u.HasTag(ct.calendar_word) || year ||
        u.HasTag(ct.be_form) || (ct.IsTrigger(u) && end > head + 2))
      break;  // the description ends at the next clause, conjunct, date or verb
    content |= (t.flags & Token::kWord) && !u.HasTag(ct.function_word) &&
               !u.HasTag(ct.calendar_word) &&
               !u.HasTag(ct.determiner);
    party |= u.HasTag(ct.state) || u.HasTag(ct.igo) || u.HasTag(ct.capital);
  }
  // An agreement "with" someone is one between states: "a deal with
  // Facebook", "an accord with Senator McCain" are not; and it is named by
  // those parties only ("an agreement with China on Friday").
  if (link == "with") {
    if (!party) return 0;
    size_t last_party = 0;
    for (size_t k = head + 2; k < end; ++k) {
      const Unit& u = raw[k];
      const std::string_view w = FoldedUnit(tt, u);
      if (u.HasTag(ct.state) || u.HasTag(ct.igo) || u.HasTag(ct.capital)) last_party = k + 1;
      // A name goes on in capitals: "with the Netherlands Antilles".
      else if (last_party == k && u.tags.empty() &&
               (tt.tokens[u.first].flags & Token::kCapitalized))
        last_party = k + 1;
      else if (!(u.HasTag(ct.determiner) || w == "and" || w == ",")) break;
    }
    return last_party;
  }
  // "an accord on output ceilings in December": no preposition is left
  // hanging at the end.
  while (end > head + 2 && raw[end - 1].HasTag(ct.function_word)) --end;
  return content ? end : 0;
}

// May an agreement the lexicon does not know be named by units [from, to)
// around head noun raw[head]? Not when a word marks a non-agreement ("a sales
// agreement", "an agreement to sell cars"), and, for a weak head ("deal"),
// only with a capitalised name or a state or organisation among the words.
bool MayName(const CoreTags& ct, const std::vector<Unit>& raw, size_t head,
             size_t from, size_t to, bool capitalized) {
  bool party = false;
  for (size_t k = from; k < to; ++k) {
    if (raw[k].HasTag(ct.non_agreement)) return false;
    party |= raw[k].HasTag(ct.state) || raw[k].HasTag(ct.state_adj) ||
             raw[k].HasTag(ct.igo);
  }
  return capitalized || party || !raw[head].HasTag(ct.weak_treaty_head);
}

// May a bare "an agreement" (no words of its own) be a new agreement? Only
// with a strong head ("agreement", not "deal") in a sentence that names two
// states (or organisations) or more and no company.
bool BareBetweenStates(const CoreTags& ct, const TokenizedText& tt,
                       const std::vector<Unit>& raw, size_t head, bool indefinite) {
  if (!indefinite || raw[head].HasTag(ct.weak_treaty_head) ||
      (tt.tokens[raw[head].first].flags & Token::kAllCaps))
    return false;
  int states = 0;
  for (size_t k = 0; k < raw.size(); ++k) {
    if (!SameSentence(tt, raw[k], raw[head])) continue;
    if (raw[k].HasTag(ct.company)) return false;
    // A leader stands for the state ("Xi and Putin signed a treaty"); an
    // organisation is a party too ("between Nigeria and the Paris Club").
    states += raw[k].HasTag(ct.state) || raw[k].HasTag(ct.state_adj) ||
              raw[k].HasTag(ct.person) || raw[k].HasTag(ct.igo);
  }
  return states >= 2;
}

}  // namespace

void TreatyMemory::Remember(const EntityMention& m) {
  Entry e{m, {}};
  std::string word;
  for (char c : m.name + " ") {
    if (c == ' ') {
      if (!word.empty()) e.words.push_back(Singular(word));
      word.clear();
    } else {
      word.push_back(AsciiLower(c));
    }
  }
  entries_.push_back(std::move(e));
}

void TreatyMemory::RememberOwner(const EntityMention& organisation) {
  owned_ = EntityMention();
  owned_.kind = "treaty";
  owned_.id = organisation.own_agreement_id;
  owned_.name = organisation.own_agreement_name;
  owned_.mention = organisation.mention;
}

const EntityMention* TreatyMemory::Last(std::string_view head) const {
  const std::string h = Singular(head);
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
    if (std::find(it->words.begin(), it->words.end(), h) != it->words.end())
      return &it->mention;
  if (!entries_.empty()) return &entries_.back().mention;
  return owned_.kind.empty() ? nullptr : &owned_;
}

const EntityMention* TreatyMemory::Sharing(
    const std::vector<std::string>& words) const {
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it)
    for (const std::string& w : words)
      if (std::find(it->words.begin(), it->words.end(), w) != it->words.end())
        return &it->mention;
  return nullptr;
}

const EntityMention* TreatyMemory::SameWords(
    const std::vector<std::string>& words) const {
  for (auto it = entries_.rbegin(); it != entries_.rend(); ++it) {
    if (!it->mention.id.empty()) continue;
    size_t shared = 0;
    for (const std::string& w : words)
      if (std::find(it->words.begin(), it->words.end(), w) != it->words.end())
        ++shared;
    if (shared == words.size() || shared == it->words.size())
      return &it->mention;
  }
  return nullptr;
}

bool FindTreatyPhrase(const Lexicon& lex, const CoreTags& ct,
                      const TokenizedText& tt, const std::vector<int>& token_ids,
                      const std::vector<Unit>& raw,
                      size_t head, int year_now, const TreatyMemory& memory,
                      TreatyPhrase* out) {
  const Unit& h = raw[head];
  const std::string head_word = Singular(FoldedUnit(tt, h));

  // Left: modifiers, names, years and state adjectives up to a determiner.
  size_t first = head;
  bool definite = false, indefinite = false, capitalized = false, hypothetical = false;
  int year = 0;
  std::vector<std::string> content;  // words that are not generic modifiers
  // Whether content holds words of a name (not only treaty_fields.txt:
  // "tax", "bilateral", "fisheries").
  bool named = false;
  for (int k = 0; k < kMaxLeftUnits && first > 0; ++k) {
    const Unit& u = raw[first - 1];
    if (!SameSentence(tt, u, h)) break;
    const Token& t = tt.tokens[u.first];
    const std::string_view w = FoldedUnit(tt, u);
    // ("three" in "a three-year accord" is a measure, not a determiner.)
    const bool before_hyphen = first < head && FoldedUnit(tt, raw[first]) == "-";
    if (ct.determiner >= 0 && u.HasTag(ct.determiner) && !before_hyphen) {
      (u.HasTag(ct.indefinite) ? indefinite : definite) = true;
      hypothetical = u.HasTag(ct.hypothetical);
      --first;
      break;
    }
    if (u.HasTag(ct.non_agreement)) return false;
    const bool is_state = u.HasTag(ct.state) || u.HasTag(ct.state_adj);
    const bool is_year = (t.flags & Token::kNumber) && w.size() == 4 &&
                         std::all_of(w.begin(), w.end(), [](char c) {
                           return c >= '0' && c <= '9';
                         });
    const bool is_hyphen = w == "-" || w == "/";  // "the U.S./Soviet accord"
    // "a three-year accord", "a 40-year treaty": a number before a hyphen
    // is a measure, part of the name.
    const bool is_measure = !is_year && before_hyphen;
    // What talks are about is a field too: "a debt rescheduling agreement".
    const bool is_field = u.HasTag(ct.treaty_field) || u.HasTag(ct.talk_subject);
    const bool is_modifier = u.HasTag(ct.treaty_modifier) || is_field;
    const bool is_word = (t.flags & Token::kWord) && !(t.flags & Token::kNumber);
    if (u.HasTag(ct.clause_break) || u.HasTag(ct.actor) || u.HasTag(ct.organ) ||
        u.HasTag(ct.treaty) || u.HasTag(ct.treaty_head))
      break;
    if (!(is_state || is_year || is_hyphen || is_modifier || is_word || is_measure)) break;
    // "last month's agreement": the owner is not the name; a state's or an
    // organisation's is a determiner ("OPEC's price and production accord").
    if (w == "'s") {
      definite |= first >= 2 && (raw[first - 2].HasTag(ct.actor) ||
                                 raw[first - 2].HasTag(ct.igo));
      break;
    }
    // A function word, a cue word (verb, trigger) or a lower-case verb form
    // ends the name: "failed to get any agreement" is no agreement's name.
    const bool lower = !(t.flags & Token::kCapitalized);
    // "OPEC's December agreement": a month names it.
    const bool month = !lower && u.HasTag(ct.calendar_word);
    // ... except right before the head, where it is a noun's modifier
    // ("refinancing agreements", "the trucking deal").
    const bool verb_form = lower && w.size() > 4 && k > 0 &&
                           (EndsWith(w, "ing") || EndsWith(w, "ed"));
    // "the U.S.-Japan beef and citrus agreement": "and" between two words
    // of the subject joins them (dropped again below if nothing joins it).
    if (w == "and" && k > 0 && first >= 2 && SameSentence(tt, raw[first - 2], h) &&
        (tt.tokens[raw[first - 2].first].flags & Token::kWord) &&
        (raw[first - 2].tags.empty() || raw[first - 2].HasTag(ct.treaty_field) ||
         raw[first - 2].HasTag(ct.talk_subject))) {
      --first;
      continue;
    }
    if (is_word && !is_modifier && !is_state && !month && !is_measure &&
        (u.HasTag(ct.function_word) || (lower && !u.tags.empty()) || verb_form))
      break;
    if (is_year) year = std::stoi(std::string(w));
    if (is_word && (is_field || !is_modifier)) content.push_back(Singular(w));
    if (is_word && !is_modifier) {
      named = true;
      if (t.flags & Token::kCapitalized) capitalized = true;
    }
    --first;
  }
  if (first < head && FoldedUnit(tt, raw[first]) == "and") ++first;
  // The name starts after determiners, and at the first capital of a name.
  size_t name_first = first;
  while (name_first < head &&
         ((raw[name_first].HasTag(ct.determiner) &&
           FoldedUnit(tt, raw[name_first + 1]) != "-") ||
          (capitalized &&
           !(tt.tokens[raw[name_first].first].flags & Token::kCapitalized))))
    ++name_first;

  // Right: the subject may follow ("convention prohibiting cluster bombs").
  size_t end = head + 1;
  const int left_token = raw[first].first;
  int right_limit = h.end;
  const bool plural = FoldedUnit(tt, h).size() > head_word.size();
  const size_t reach = plural ? kMaxRightUnitsPlural : kMaxRightUnits;
  for (size_t k = head + 1; k < raw.size() && k <= head + reach; ++k) {
    if (!SameSentence(tt, raw[k], h) || raw[k].HasTag(ct.clause_break) ||
        raw[k].HasTag(ct.treaty_head) || raw[k].HasTag(ct.treaty))
      break;
    right_limit = raw[k].end;
  }

  // A lexicon treaty whose subject words are here; a plural head may name
  // several ("conventions on civil and political rights and on economic,
  // social and cultural rights").
  std::vector<std::pair<int, int>> found;  // (score, treaty)
  int best = -1, best_score = 0, best_subject_end = -1, best_subject_start = -1;
  for (int at = left_token; at < right_limit; ++at) {
    const auto* candidates = lex.SubjectsStartingWith(token_ids[at]);
    if (!candidates) continue;
    for (const auto& [ti, k] : *candidates) {
      const TreatyInfo& info = lex.treaties()[ti];
      if (year_now && info.year > year_now) continue;  // not yet made then
      const std::vector<int>& subject = info.subjects[k];
      {
        if (!SubjectAt(token_ids, subject, at, right_limit)) continue;
        int score = 10 * static_cast<int>(subject.size());
        if (year && info.year == year) score += 15;
        if (year && info.year && info.year != year) score -= 15;
        if (std::find(info.heads.begin(), info.heads.end(), head_word) !=
                info.heads.end() ||
            std::find(info.heads.begin(), info.heads.end(),
                      std::string(FoldedUnit(tt, h))) != info.heads.end())
          score += 5;
        if (plural && score > 0) found.push_back({score, static_cast<int>(ti)});
        if (score > best_score) {
          best_score = score;
          best = static_cast<int>(ti);
          best_subject_end = at + static_cast<int>(subject.size());
          best_subject_start = at;
        }
      }
    }
  }
  // "the U.S.-China textile agreement" is the two states' own, not the
  // multilateral textile arrangement its subject word would name.
  int states_before = 0;
  for (size_t k = first; k < head; ++k)
    states_before += raw[k].HasTag(ct.state) || raw[k].HasTag(ct.state_adj);
  // So is "a three-year accord with Taipei limiting textile exports".
  // (A subject before the head still names a known one: "the Paris climate
  // accord with France".)
  const bool with_follows = head + 2 < raw.size() && FoldedUnit(tt, raw[head + 1]) == "with";
  const bool with_party = best_subject_start >= h.end && with_follows &&
                          DescribedAfter(ct, tt, raw, head) > 0;
  if (best >= 0 && (states_before >= 2 || with_party) &&
      lex.treaties()[best].parties.empty() && lex.treaties()[best].body.name.empty())
    best = -1;
  if (best < 0 && hypothetical) return false;  // "any future deals with Iran"
  // "reached agreement with commercial banks on debt rescheduling": an
  // agreement with firms or banks is none between states.
  for (size_t k = head + 1; k + 1 < raw.size() && k <= head + 2; ++k)
    if (SameSentence(tt, raw[k], h) && FoldedUnit(tt, raw[k]) == "with")
      for (size_t j = k + 1; j < raw.size() && j <= k + 3 && SameSentence(tt, raw[j], h); ++j)
        if (raw[j].HasTag(ct.company)) return false;
  out->introduced = indefinite;
  if (best >= 0) {
    out->id = lex.treaties()[best].id;
    out->name = lex.treaties()[best].name;
    for (const auto& [score, ti] : found) {
      const TreatyInfo& other = lex.treaties()[ti];
      bool seen = ti == best;
      for (const auto& m : out->more) seen |= m.first == other.id;
      if (!seen && score * 2 >= best_score) out->more.push_back({other.id, other.name});
    }
    // The phrase takes in a subject that follows closely ("the convention
    // on cluster munitions"), not one further on ("the pact it signed to
    // end dumping semiconductors" leaves "it signed" to the rules).
    if (best_subject_end > h.end && best_subject_start - h.end <= kMaxSubjectGap) {
      while (end < raw.size() && raw[end - 1].end < best_subject_end) ++end;
      // ... with the field words that end it ("a pact on microchip trade").
      while (end < raw.size() && SameSentence(tt, raw[end], h) &&
             raw[end].HasTag(ct.treaty_field) && !raw[end].HasTag(ct.treaty_head))
        ++end;
    }
  } else if (const size_t described =
                 content.empty() && (indefinite || definite) &&
                         !(definite && memory.Last(head_word))
                     ? DescribedAfter(ct, tt, raw, head)
                     : 0) {
    // "a deal on China-UK tourism", "an agreement to open an office in
    // Peking": a new agreement named by what follows its head.
    if (tt.tokens[h.first].flags & Token::kAllCaps) return false;
    for (size_t k = 0; k < raw.size(); ++k)
      if (SameSentence(tt, raw[k], h) && raw[k].HasTag(ct.company)) return false;
    if (!MayName(ct, raw, head, first, described, capitalized)) return false;
    end = described;
    out->indefinite = indefinite;
    out->name = CollapseSpace(
        tt.text.substr(h.start, raw[described - 1].stop - h.start));
  } else if (!named && !content.empty() && definite &&
             (memory.Sharing(content) || memory.Sharing({head_word}))) {
    // "the trade pact", "the arms treaty": the agreement last named with
    // that field or head word.
    const EntityMention* last = memory.Sharing(content);
    if (!last) last = memory.Sharing({head_word});
    out->id = last->id;
    out->name = last->name;
  } else if (content.empty() &&
             (memory.Last(head_word) || name_first == head || indefinite)) {
    // "the convention", "the landmark treaty": the agreement last named.
    if (!definite) {
      if (!BareBetweenStates(ct, tt, raw, head, indefinite)) return false;
      // "India and Sri Lanka signed an agreement on Wednesday", "handed
      // Soviet negotiators a draft treaty": a new agreement between the
      // states of the sentence, named by its modifiers and head.
      out->indefinite = true;
      out->name = CollapseSpace(
          tt.text.substr(raw[name_first].start, h.stop - raw[name_first].start));
      out->first = first;
      out->end = head + 1;
      out->name_first = name_first;
      return true;
    }
    const EntityMention* last = memory.Last(head_word);
    if (!last) return false;
    out->id = last->id;
    out->name = last->name;
  } else {
    // An agreement the lexicon does not know, named by the text's words.
    std::reverse(content.begin(), content.end());
    content.push_back(head_word);
    if (content.size() == 1 && !definite) return false;  // "an accession treaty"
    if (const EntityMention* same = memory.SameWords(content)) {
      out->id = same->id;
      out->name = same->name;
    } else {
      // Without a determiner only a name or a plural ("bilateral
      // refinancing agreements") is an agreement; "agreement on quotas" is not.
      if (!capitalized && !definite && !indefinite && !plural) return false;
      // "a trade deal with Argentina": the partners name it too.
      if (with_follows)
        if (const size_t with_end = DescribedAfter(ct, tt, raw, head)) end = with_end;
      if (!MayName(ct, raw, head, first, end, capitalized)) return false;
      out->indefinite = indefinite && !capitalized;
      // A headline in capitals names nothing reliably.
      if (tt.tokens[h.first].flags & Token::kAllCaps) return false;
      // Firms sign agreements too: a new agreement in a sentence that
      // names a company is taken for theirs, not a state's, unless two
      // states follow it after "between" and no company does ("an air
      // agreement signed between the Egyptian and Canadian governments").
      int states_after = 0;
      bool between = false;
      for (size_t k = head + 1; k < raw.size() && SameSentence(tt, raw[k], h); ++k) {
        if (raw[k].HasTag(ct.company)) return false;
        between |= FoldedUnit(tt, raw[k]) == "between";
        states_after += between && (raw[k].HasTag(ct.state) || raw[k].HasTag(ct.state_adj));
      }
      for (size_t k = head; states_after < 2 && k-- > 0 && SameSentence(tt, raw[k], h);)
        if (raw[k].HasTag(ct.company)) return false;
      out->name = CollapseSpace(tt.text.substr(
          raw[name_first].start, raw[end - 1].stop - raw[name_first].start));
    }
  }
  out->first = first;
  out->end = end;
  out->name_first = name_first;
  return true;
}

bool FindTalkSubject(const Lexicon& lex, const CoreTags& ct,
                     const TokenizedText& tt, const std::vector<int>& token_ids,
                     const std::vector<Unit>& raw, size_t talk, int year_now,
                     TreatyPhrase* out) {
  const Unit& h = raw[talk];
  if (tt.tokens[h.first].flags & Token::kAllCaps) return false;  // a headline
  // Talks with a firm or its banks are no negotiation between states.
  for (size_t k = 0; k < raw.size(); ++k)
    if (SameSentence(tt, raw[k], h) && raw[k].HasTag(ct.company)) return false;
  // A lexicon subject that ends right before the noun; the longest wins.
  for (size_t k = talk > kMaxLeftUnits ? talk - kMaxLeftUnits : 0; k < talk; ++k) {
    // "the IMF and World Bank talks" are the organisation's, not on its charter.
    if (!SameSentence(tt, raw[k], h) || raw[k].HasTag(ct.igo) || raw[k].HasTag(ct.state))
      continue;
    const auto* candidates = lex.SubjectsStartingWith(token_ids[raw[k].first]);
    if (!candidates) continue;
    for (const auto& [ti, sk] : *candidates) {
      const TreatyInfo& info = lex.treaties()[ti];
      if (year_now && info.year > year_now) continue;
      const std::vector<int>& subject = info.subjects[sk];
      if (raw[k].first + static_cast<int>(subject.size()) != h.first ||
          !SubjectAt(token_ids, subject, raw[k].first, h.first))
        continue;
      out->first = out->name_first = k;
      out->end = talk;
      out->id = info.id;
      out->name = info.name;
      return true;
    }
  }
  size_t first = talk;
  while (first > 0 && SameSentence(tt, raw[first - 1], h) &&
         raw[first - 1].HasTag(ct.talk_subject))
    --first;
  if (first == talk) return false;
  out->first = out->name_first = first;
  out->end = talk;
  out->name = CollapseSpace(tt.text.substr(raw[first].start, h.stop - raw[first].start));
  return true;
}

bool FindSubjectOfTalks(const Lexicon& lex, const CoreTags& ct,
                        const TokenizedText& tt, const std::vector<int>& token_ids,
                        const std::vector<Unit>& raw, size_t at, int year_now,
                        TreatyPhrase* out) {
  constexpr size_t kMaxGap = 2;  // "talks on cutting medium-range missiles"
  constexpr size_t kMaxParties = 6;  // "talks between Washington and Moscow on"
  const auto* candidates = lex.SubjectsStartingWith(token_ids[raw[at].first]);
  if (!candidates || raw[at].HasTag(ct.igo) || raw[at].HasTag(ct.state)) return false;
  // A talk noun, perhaps its parties, a preposition, then at most kMaxGap
  // words.
  bool after_talks = false;
  for (size_t k = at, gap = 0; k > 0 && gap <= kMaxGap && !after_talks; --k, ++gap) {
    const Unit& link = raw[k - 1];
    if (!SameSentence(tt, link, raw[at]) || link.HasTag(ct.clause_break)) break;
    if (!link.HasTag(ct.description_link)) continue;
    for (size_t t = k - 1; t > 0 && k - 1 - t < kMaxParties; --t) {
      if (!SameSentence(tt, raw[t - 1], link) || raw[t - 1].HasTag(ct.clause_break)) break;
      if (raw[t - 1].HasTag(ct.talk_noun)) {
        after_talks = true;
        break;
      }
    }
  }
  if (!after_talks) return false;
  const int limit = static_cast<int>(token_ids.size());
  const TreatyInfo* best = nullptr;
  size_t best_size = 0;
  for (const auto& [ti, sk] : *candidates) {
    const TreatyInfo& info = lex.treaties()[ti];
    if (year_now && info.year > year_now) continue;
    const std::vector<int>& subject = info.subjects[sk];
    if (subject.size() > best_size && SubjectAt(token_ids, subject, raw[at].first, limit)) {
      best = &info;
      best_size = subject.size();
    }
  }
  if (!best) return false;
  size_t end = at + 1;
  while (end < raw.size() && raw[end].first < raw[at].first + static_cast<int>(best_size)) ++end;
  if (raw[end - 1].end != raw[at].first + static_cast<int>(best_size)) return false;
  out->first = out->name_first = at;
  out->end = end;
  out->id = best->id;
  out->name = best->name;
  return true;
}

}  // namespace newsevents
