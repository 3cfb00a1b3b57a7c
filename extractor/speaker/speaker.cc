// Speaker resolution; see speaker/speaker.h. The scanner, word lists, phrase
// grammar, phrase parsing and referents live in speaker/tokens.cc,
// speaker/lexicon.cc, speaker/phrase.cc, speaker/fill.cc and
// speaker/referents.cc.
#include "speaker/speaker.h"

#include <algorithm>

#include "speaker/internal.h"

namespace newsevents {
namespace {

// How far back (tokens) an organisation may have been named for "the
// report" or "the study" to speak for it.
constexpr int kDocumentReach = 120;
// How far back (tokens) the person an epithet stands for ("the Texas
// Democrat said") may last have spoken or acted.
constexpr int kEpithetReach = 150;

}  // namespace

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
       lex_.name_modifiers.Has(t.key) || lex_.sentence_adverbs.Has(t.key)) &&
      !(t.flags & kAllCaps)) {
    // "The" inside a run is not a name; neither is "But" or "Another" at a
    // sentence start.
    return false;
  }
  return true;
}

// A pronoun ("he", "they") or a pronoun's possession ("her lawyers"): the
// referent it stands for. 1 resolved, 0 not a speaker, -1 no pronoun here.
int SpeakerResolver::ResolvePronoun(const SpeakerPhrase& np, Speaker* out) {
  Speaker s;
  s.mention = {toks_[np.first].start, toks_[np.last].end};
  const QToken& h = toks_[np.first];
  if (np.first < np.last && IsPronoun(h.key) &&
      !lex_.subject_pronouns.Has(h.key) &&
      (lex_.male.Has(h.key) || lex_.female.Has(h.key))) {
    // "her lawyers" is "Tarla Makaeff's lawyers".
    char g = lex_.male.Has(h.key) ? 'm' : 'f';
    int r = FindPronoun(g, np.first);
    Speaker d;
    char dg = 0;
    bool org = false;
    if (r < 0) return 0;
    if (!FillFromTokens(np.first + 1, np.last, &d, &dg, &org) ||
        d.name.empty())
      d.name = Text(np.first + 1, np.last);  // "her campaign"
    s.name = refs_[r].who.name + "'s " + d.name;
    s.kind = org ? "organisation" : d.kind.empty() ? "person" : d.kind;
    *out = s;
    return 1;
  }
  if (np.first == np.last && IsPronoun(h.key)) {
    char g = lex_.male.Has(h.key) ? 'm' : lex_.female.Has(h.key) ? 'f' : 0;
    if (g) {
      int r = FindPronoun(g, np.first);
      if (r < 0) return 0;
      Referent& ref = refs_[r];
      s.name = ref.who.name;
      s.title = ref.who.title;
      s.affiliation = ref.who.affiliation;
      s.kind = ref.who.kind;
      if (!ref.gender) ref.gender = g;
      Touch(&ref, np.first, true);
      *out = s;
      return 1;
    }
    if (lex_.group_pronouns.Has(h.key)) {
      int r = FindOrg(np.first, false, 0);
      if (r < 0) return 0;
      Referent& ref = refs_[r];
      s.name = ref.who.name;
      s.kind = ref.who.kind;
      Touch(&ref, np.first, true);
      *out = s;
      return 1;
    }
  }
  return -1;
}

// "the organization", "the study", an acronym of one named before. 1
// resolved, 0 not a speaker, -1 a new organisation to remember.
int SpeakerResolver::ResolveOrganisation(const SpeakerPhrase& np,
                                         const std::vector<QToken>& nt,
                                         bool generic, Speaker* out) {
  Speaker& s = *out;
  const uint64_t last_key = nt.empty() ? 0 : nt.back().key;
  if (generic || (nt.size() == 1 && lex_.org_nouns.Has(last_key) &&
                  !toks_[np.last].cap())) {
    // "the organization": the last organisation of that kind.
    uint64_t head = toks_[np.last].key;
    bool ngo_noun = lex_.ngo_nouns.Has(head);
    if (lex_.document_nouns.Has(head)) head = 0;
    int r = FindOrg(np.first, ngo_noun, ngo_noun ? 0 : head);
    if (r < 0 && ngo_noun) r = FindOrg(np.first, false, 0);
    // "the company" is the firm named last, whatever its name's words.
    if (r < 0 && lex_.company_nouns.Has(head)) r = FindFirm(np.first);
    // "the study said" speaks for an organisation only when one was
    // named shortly before.
    if (r >= 0 && head == 0 &&
        SeenBefore(refs_[r], np.first) < np.first - kDocumentReach)
      r = -1;
    if (r < 0) {
      // A document with no organisation before it speaks as itself:
      // "the editorial read", "the study said".
      // So does an organisation known only by its description: "the
      // Democrat convention committee said", "the company said".
      bool described = lex_.document_nouns.Has(toks_[np.last].key);
      if (!described && lex_.org_nouns.Has(toks_[np.last].key) &&
          toks_[np.first].key == FoldKey("the")) {
        // A definite description with nothing but modifiers: not "a
        // consulting firm", not "a statement from the embassy".
        described = true;
        for (int k = np.first + 1; k < np.last; ++k)
          if (!toks_[k].word() || lex_.function_words.Has(toks_[k].key))
            described = false;
      }
      if (generic && described) {
        int a = np.first;
        while (a < np.last && toks_[a].word() &&
               lex_.determiners.Has(toks_[a].key))
          ++a;
        s.name = Text(a, np.last);
        s.kind = "organisation";
        return 1;
      }
      if (generic) return 0;
    } else {
      Referent& ref = refs_[r];
      s.name = ref.who.name;
      s.kind = ref.who.kind;
      Touch(&ref, np.first, true);
      return 1;
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
      return 1;
    }
  }
  return -1;
}

// "the minister": the last person with that title word, or the description
// itself. True when resolved to a referent; else *out holds the description.
bool SpeakerResolver::ResolveDescription(const SpeakerPhrase& np, Speaker* out) {
  Speaker& s = *out;
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
    return true;
  }
  int a = np.first, b = np.last;
  while (a < b && toks_[a].word() && lex_.determiners.Has(toks_[a].key))
    ++a;
  // The part before an apposition ("the two lawmakers, however,").
  for (int k = a + 1; k < b; ++k) {
    if (IsComma(toks_[k])) {
      b = k - 1;
      break;
    }
  }
  s.name = Text(a, b);
  s.title.clear();
  return false;
}

int SpeakerResolver::EpithetReferent(const SpeakerPhrase& np) const {
  // "the", at least one modifier, a singular role noun or party label.
  if (!np.ok() || np.last - np.first < 2 ||
      toks_[np.first].key != FoldKey("the"))
    return -1;
  const QToken& h = toks_[np.last];
  if (!h.word() || lex_.plural_titles.Has(h.key)) return -1;
  const bool party = lex_.party_labels.Has(h.key) && text_[h.end - 1] != 's';
  if (!party && !lex_.epithet_heads.Has(h.key)) return -1;
  for (int k = np.first + 1; k < np.last; ++k) {
    const QToken& t = toks_[k];
    // "the company's chairman", "the minister, a veteran": another person.
    if (t.mark || (t.punct() && t.key != FoldKey("-"))) return -1;
    if (t.word() && lex_.determiners.Has(t.key)) return -1;
    // "the Clinton campaign chairman", "the NATO leader": a modifier naming
    // a person or an organisation says the role is someone else's.
    if (IsNameToken(k) &&
        (lex_.male_names.Has(t.key) || lex_.female_names.Has(t.key) ||
         FindPerson(t.key, np.first) >= 0 || OrgAt(k) >= 0))
      return -1;
    const int e = EntityAt(k);
    if (e >= 0 && entities_[e].kind != "state") return -1;
  }
  int best = -1, best_at = np.first - kEpithetReach - 1;
  for (size_t r = 0; r < refs_.size(); ++r) {
    const Referent& ref = refs_[r];
    if (ref.org || ref.description || !ref.strong || ref.tok >= np.first)
      continue;
    const int at = SalientBefore(ref, np.first);
    if (at > best_at) {
      best = static_cast<int>(r);
      best_at = at;
    }
  }
  return best;
}

// A surname or a first word: the person or organisation named in full.
bool SpeakerResolver::ResolveShortName(const SpeakerPhrase& np, uint64_t last_key,
                                       char gender, Speaker* out) {
  Speaker& s = *out;
  // A surname: the person named in full before.
  int r = FindPerson(last_key, np.first, gender);
  // A person named in full only later in the text ("Trump ... Donald
  // Trump"): the surname still stands for them.
  if (r < 0) r = FindPersonLater(last_key, np.first, gender);
  // Family name first ("Malaysian Primary Industries Minister Lim Keng
  // Yaik ... Lim said", "Gao Junlan ... Ms. Gao said").
  if (r < 0) r = FindFirstName(last_key, np.first);
  if (r >= 0) {
    Referent& ref = refs_[r];
    s.name = ref.who.name;
    if (s.title.empty()) s.title = ref.who.title;
    if (s.affiliation.empty()) s.affiliation = ref.who.affiliation;
    if (s.kind != "official") s.kind = ref.who.kind;
    if (gender && !ref.gender) ref.gender = gender;
    Touch(&ref, np.first, true);
    ref.strong = true;  // a speaker is a person
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
      return true;
    }
  }
  return false;
}

bool SpeakerResolver::Resolve(const SpeakerPhrase& np, Speaker* out) {
  if (!np.ok()) return false;
  if (const int r = ResolvePronoun(np, out); r >= 0) return r == 1;
  Speaker s;
  s.mention = {toks_[np.first].start, toks_[np.last].end};
  char gender = 0;
  bool org = false;
  if (!FillFromTokens(np.first, np.last, &s, &gender, &org)) return false;
  // The last word of the phrase's name part.
  std::vector<QToken> nt = ScanTokens(s.name, nullptr);
  uint64_t last_key = nt.empty() ? 0 : nt.back().key;
  uint64_t first_key = nt.empty() ? 0 : nt.front().key;
  bool generic = s.name.empty();
  if (org) {
    if (const int r = ResolveOrganisation(np, nt, generic, &s); r >= 0) {
      if (r == 1) *out = s;
      return r == 1;
    }
  } else if (generic || EpithetReferent(np) >= 0) {
    if (generic && ResolveDescription(np, &s)) {
      *out = s;
      return true;
    }
    if (const int r = EpithetReferent(np); r >= 0) {
      Referent& ref = refs_[r];
      s.name = ref.who.name;
      s.title = ref.who.title;
      s.affiliation = ref.who.affiliation;
      s.kind = ref.who.kind;
      Touch(&ref, np.first, true);
      *out = s;
      return true;
    }
  } else if (nt.size() == 1) {
    if (ResolveShortName(np, last_key, gender, &s)) {
      *out = s;
      return true;
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

}  // namespace newsevents
