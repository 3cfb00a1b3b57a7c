// Organisations the gazetteer does not know, recognised from the text
// (speaker/speaker.h: OrgName, RecogniseOrganisation). The referents pass
// (speaker/referents.cc) finds a capitalised run with an organisation head
// ("the National Association of Wheat Growers (NAWG)"); this file decides
// what kind of organisation it is and which acronym the text gives it.
// Later uses of the acronym ("NAWG said") and "the group" reach the same
// referent through SpeakerResolver::OrgAt and FindOrg, and
// reactions/ngos.cc gives an NGO reaction only to kind ngo.
//
// The kind, first rule that applies wins (the rule ids are provenance):
//   organisations.company          a firm suffix or company head ("Acme
//                                  Holdings Inc", "Pan Am Airways")
//   organisations.ngo_noun         an NGO noun before the name ("the lobby
//                                  group Guantanamo Human Rights
//                                  Commission", "rights group Liberty")
//   organisations.state_organ      a state organ's head ("the Ministry of
//                                  Agriculture", "the Federal Reserve")
//   organisations.body_of_states   a state or IGO after "of" ("the Council
//                                  of the European Union")
//   organisations.trade_union      a union head whose members the name
//                                  gives as people ("the Iowa Farmers
//                                  Union", "the Union of Concerned
//                                  Scientists"); any other union ("Union
//                                  Pacific", "the Eurasian Economic
//                                  Union") is organisations.org_head
//   organisations.ngo_head         an NGO head and no word of
//                                  ngo_excluded_heads.txt ("Friends of the
//                                  Earth International")
//   organisations.org_head         any other organisation head: kind
//                                  organisation, which reactions/ngos.cc
//                                  judges by its other cues (think tanks,
//                                  firms the text names, state bodies)
#include "speaker/speaker.h"

namespace newsevents {

namespace {

// True when a word or phrase of `list` starts at a token of [i, end).
bool AnyOf(const WordList& list, const std::vector<QToken>& toks, int i,
           int end) {
  for (int k = i; k < end; ++k)
    if (toks[k].word() && list.MatchAt(toks, k, end) > 0) return true;
  return false;
}

// True when a state, an organ of a state or an IGO is named after "of" (and
// an article) inside [i, end): a body whose members are states.
bool BodyOfStates(const std::vector<QToken>& toks, int i, int end,
                  const std::vector<int>& entity_of_tok,
                  const std::vector<EntityMention>& entities,
                  const SpeakerLexicon& lex) {
  for (int k = i + 1; k < end; ++k) {
    if (toks[k - 1].key != FoldKey("of")) continue;
    int j = k;
    while (j < end && lex.determiners.Has(toks[j].key)) ++j;
    if (j >= end || entity_of_tok[j] < 0) continue;
    const std::string& kind = entities[entity_of_tok[j]].kind;
    if (kind == "state" || kind == "organ" || kind == "igo") return true;
  }
  return false;
}

// Endings of plural nouns of people: Workers, Farmers, Doctors, Scientists,
// Employees, Physicians, Seamen, Residents, Consultants.
constexpr std::string_view kPeopleEndings[] = {
    "ers", "ors", "ists", "ees", "ians", "men", "ents", "ants"};

bool PluralOfPeople(std::string_view word) {
  if (word.size() < 5) return false;
  for (std::string_view e : kPeopleEndings)
    if (word.substr(word.size() - e.size()) == e) return true;
  return false;
}

}  // namespace

bool HasUnionHead(const std::vector<QToken>& toks, int i, int end,
                  const SpeakerLexicon& lex) {
  for (int k = i; k < end; ++k)
    if (lex.union_heads.Has(toks[k].key)) return true;
  return false;
}

bool UnionOfPeople(std::string_view text, const std::vector<QToken>& toks,
                   int i, int end, const SpeakerLexicon& lex) {
  auto word = [&](int k) {
    return text.substr(toks[k].start, toks[k].end - toks[k].start);
  };
  for (int h = i; h < end; ++h) {
    if (!lex.union_heads.Has(toks[h].key)) continue;
    // "Farmers Union", "Auto Workers Union": the word before the head.
    if (h > i && toks[h - 1].cap() && PluralOfPeople(word(h - 1))) return true;
    // "Union of (Concerned) Scientists": the words after "of".
    if (h + 1 < end && toks[h + 1].key == FoldKey("of"))
      for (int k = h + 2; k < end; ++k)
        if (toks[k].cap() && PluralOfPeople(word(k))) return true;
  }
  return false;
}

OrgName RecogniseOrganisation(std::string_view text,
                              const std::vector<QToken>& toks, int i, int end,
                              bool introduced,
                              const std::vector<int>& entity_of_tok,
                              const std::vector<EntityMention>& entities,
                              const SpeakerLexicon& lex) {
  OrgName o;
  o.mention = {toks[i].start, toks[end - 1].end};
  o.name = std::string(text.substr(o.mention.start,
                                   o.mention.end - o.mention.start));
  if (AnyOf(lex.firm_suffixes, toks, i, end) ||
      AnyOf(lex.company_heads, toks, i, end)) {
    o.kind = "company";
    o.rule = "organisations.company";
  } else if (introduced) {
    // "the lobby group Guantanamo Human Rights Commission": the noun says
    // what the head words would only guess.
    o.kind = "ngo";
    o.rule = "organisations.ngo_noun";
  } else if (AnyOf(lex.government_heads, toks, i, end)) {
    o.kind = "government";
    o.rule = "organisations.state_organ";
  } else if (BodyOfStates(toks, i, end, entity_of_tok, entities, lex)) {
    o.kind = "igo";
    o.rule = "organisations.body_of_states";
  } else if (HasUnionHead(toks, i, end, lex) &&
             UnionOfPeople(text, toks, i, end, lex)) {
    o.kind = "ngo";
    o.rule = "organisations.trade_union";
  } else if (!HasUnionHead(toks, i, end, lex) &&
             AnyOf(lex.ngo_heads, toks, i, end) &&
             !AnyOf(lex.ngo_excluded_heads, toks, i, end)) {
    o.kind = "ngo";
    o.rule = "organisations.ngo_head";
  } else {
    o.kind = "organisation";
    o.rule = "organisations.org_head";
  }
  // "(NAWG)": the acronym the text will use for it.
  const int n = static_cast<int>(toks.size());
  if (end + 2 < n && toks[end].key == FoldKey("(") && toks[end + 1].word() &&
      toks[end + 2].key == FoldKey(")")) {
    o.alias = {toks[end + 1].start, toks[end + 1].end};
    o.alias_key = toks[end + 1].key;
  }
  return o;
}

}  // namespace newsevents
