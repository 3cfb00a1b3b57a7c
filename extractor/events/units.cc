// Builds the units that rules match over: lexicon phrases merged into one
// unit each, entities resolved (organs and people to their states, "the two
// countries" to the states last named, "it" and "the pact" to the last
// compatible antecedent), and the engine's own tags (ACTOR, TREATY_PRONOUN)
// added.
#include "events/units.h"

#include <algorithm>

#include "base/strings.h"
#include "events/treaty_phrase.h"
#include "events/unit_composer.h"

namespace newsevents {

Status CoreTags::From(const Lexicon& l, CoreTags* out) {
  CoreTags& t = *out;
  Status s;
  t.state = l.RequireTag("STATE", &s);
  t.state_adj = l.RequireTag("STATE_ADJ", &s);
  t.capital = l.RequireTag("CAPITAL", &s);
  t.igo = l.RequireTag("IGO", &s);
  t.ngo = l.RequireTag("NGO", &s);
  t.organ = l.RequireTag("ORGAN", &s);
  t.treaty = l.RequireTag("TREATY", &s);
  t.actor = l.RequireTag("ACTOR", &s);
  t.person = l.RequireTag("PERSON", &s);
  t.treaty_pronoun = l.RequireTag("TREATY_PRONOUN", &s);
  t.talks = l.RequireTag("TALKS", &s);
  t.new_treaty = l.RequireTag("NEW_TREATY", &s);
  t.treaty_head = l.RequireTag("treaty_heads", &s);
  t.treaty_modifier = l.RequireTag("treaty_modifiers", &s);
  t.treaty_field = l.RequireTag("treaty_fields", &s);
  t.non_agreement = l.RequireTag("non_agreement", &s);
  t.state_anaphora = l.RequireTag("state_anaphora", &s);
  t.actor_blocker = l.RequireTag("actor_blockers", &s);
  t.clause_break = l.RequireTag("clause_break", &s);
  t.determiner = l.RequireTag("determiners", &s);
  t.indefinite = l.RequireTag("indefinite_determiners", &s);
  t.function_word = l.RequireTag("function_words", &s);
  t.company = l.RequireTag("company_markers", &s);
  t.igo_anaphora = l.RequireTag("igo_anaphora", &s);
  t.weak_treaty_head = l.RequireTag("weak_treaty_heads", &s);
  t.pair_anaphora = l.RequireTag("pair_anaphora", &s);
  t.trio_anaphora = l.RequireTag("trio_anaphora", &s);
  t.it_token = l.TokenId("it");
  t.its_token = l.TokenId("its");
  t.person_pronoun = l.RequireTag("person_pronouns", &s);
  t.description_link = l.RequireTag("description_links", &s);
  t.description_end = l.RequireTag("description_ends", &s);
  t.non_subject_preposition = l.RequireTag("non_subject_prepositions", &s);
  t.hearer_verb = l.RequireTag("hearer_verbs", &s);
  t.accuse_word = l.RequireTag("accuse_words", &s);
  t.reporting_verb = l.RequireTag("reporting_verbs", &s);
  t.talk_noun = l.RequireTag("talk_nouns", &s);
  t.talk_subject = l.RequireTag("talk_subjects", &s);
  t.place_preposition = l.RequireTag("place_prepositions", &s);
  t.calendar_word = l.RequireTag("calendar_words", &s);
  t.be_form = l.RequireTag("be_forms", &s);
  t.hypothetical = l.RequireTag("hypothetical_determiners", &s);
  t.official_title = l.RequireTag("official_titles", &s);
  t.honorific = l.RequireTag("honorifics", &s);
  for (int tag = 0; tag < l.tag_count(); ++tag) {
    const std::string& name = l.TagName(tag);
    if (name.size() > 9 && name.compare(name.size() - 9, 9, "_triggers") == 0)
      t.triggers.push_back(tag);
  }
  return s;
}

namespace {

// A state this close to the start of its sentence is taken as its subject.
constexpr int kSubjectWindow = 3;
// A list of states is what "the three countries" means this many sentences on.
constexpr int kListReach = 3;
// "it" refers to an actor or treaty named at most this many sentences back.
constexpr int kPronounReach = 1;


// The entity a lexicon entry names, or false for word-list entries.
bool EntityOf(const Lexicon& lex, const CoreTags& ct, const LexEntry& e,
              int year, std::string_view surface, EntityMention* m) {
  if (e.ref < 0) return false;
  if (e.tag == ct.person) {
    // A person stands for the state (or organisation) they served in the
    // article's year; without a date, for the first office listed.
    const PersonInfo& p = lex.people()[e.ref];
    if (year && (year < p.from || year > p.to)) return false;
    m->kind = p.org.empty() ? "organ" : "igo";
    m->organ = p.organ;
    m->code = p.code;
    m->name = p.org;
    for (const StateInfo& s : lex.states())
      if (!p.code.empty() && s.code == p.code) m->name = s.name;
    return true;
  }
  if (e.tag == ct.state || e.tag == ct.state_adj || e.tag == ct.capital) {
    const int withdrawn = lex.states()[e.ref].withdrawn;
    if (e.tag == ct.capital && withdrawn && !(year && year < withdrawn))
      return false;  // Prague after 1993 is the Czech Republic's
    m->kind = "state";
    m->name = lex.states()[e.ref].name;
    m->code = lex.states()[e.ref].code;
  } else if (e.tag == ct.igo || e.tag == ct.ngo) {
    const OrganisationInfo& o = lex.organisations()[e.ref];
    m->kind = o.kind;
    m->name = o.name;
    m->id = o.id;
    m->code = o.acronym;
    // The latest founding agreement made by the article's year.
    bool renewed = false;
    for (int c : o.charters) {
      const TreatyInfo& t = lex.treaties()[c];
      if (!m->charter_id.empty() && year && t.year > year) break;
      m->charter_id = t.id;
      m->charter_name = t.name;
      renewed = t.renewed;
    }
    if (!o.agreements.empty()) {
      m->own_agreement_id = lex.treaties()[o.agreements[0]].id;
      m->own_agreement_name = lex.treaties()[o.agreements[0]].name;
    }
    // "International Coffee Organization talks": an organisation whose
    // agreement is renegotiated administers it itself (rules `actor body`).
    if (renewed) {
      EntityMention self;
      self.kind = o.kind;
      self.name = o.name;
      self.code = o.acronym;
      m->body = {self};
    }
  } else if (e.tag == ct.organ) {
    const OrganInfo& o = lex.organs()[e.ref];
    m->kind = "organ";
    m->organ = o.organ;
    m->code = o.code;
    for (const StateInfo& s : lex.states())
      if (!o.code.empty() && s.code == o.code) m->name = s.name;
  } else if (e.tag == ct.treaty) {
    const TreatyInfo& t = lex.treaties()[e.ref];
    if (year && !TreatyExisted(t, year, surface)) return false;
    m->kind = "treaty";
    m->name = t.name;
    m->id = t.id;
    AddParties(t, m);
  } else {
    return false;
  }
  return true;
}


// Sets the owner of lexicon treaty mention `m` when `text`, its words, names
// the owner (by name or acronym).
void SetOwnerNamed(const Lexicon& lex, std::string_view text, EntityMention* m) {
  for (const TreatyInfo& t : lex.treaties()) {
    if (t.id != m->id || t.owner.name.empty()) continue;
    const std::string folded = AsciiLower(text);
    if (folded.find(AsciiLower(t.owner.name)) != std::string::npos ||
        (!t.owner.code.empty() && folded.find(AsciiLower(t.owner.code)) != std::string::npos))
      for (const OrganisationInfo& o : lex.organisations())
        if (o.name == t.owner.name) m->owner = {OrganisationMention(o)};
    return;
  }
}

// "Moscow" in 1987 is the Soviet Union's capital, not Russia's: a capital
// that a former state shares with its successor stands for the former one in
// articles dated before ISO 3166-3 withdrew its code (EntityOf refuses it
// after that year and in undated articles).
bool FormerStatesCapital(const Lexicon& lex, const CoreTags& ct,
                         const LexEntry& e, int year) {
  return e.tag == ct.capital && e.ref >= 0 && year &&
         year < lex.states()[e.ref].withdrawn;
}


}  // namespace

namespace {

// The years written in sentence s, up to the article's `year` (0: any).
std::vector<int> SentenceYears(const TokenizedText& tt, int s, int year) {
  std::vector<int> years;
  const Sentence& sentence = tt.sentences[s];
  for (int k = sentence.first_token; k < static_cast<int>(tt.tokens.size()) &&
                                     tt.tokens[k].start < sentence.end; ++k) {
    const std::string_view w = tt.Folded(tt.tokens[k]);
    if (w.size() != 4 || !std::all_of(w.begin(), w.end(), [](char c) { return c >= '0' && c <= '9'; }))
      continue;
    const int y = std::stoi(std::string(w));
    if (y >= 1900 && (!year || y <= year)) years.push_back(y);
  }
  return years;
}

// 1. Raw units: lexicon matches and the tokens between them, each with the
// entity its lexicon entry names (kind empty when none).
void RawUnits(const Lexicon& lex, const CoreTags& ct, int year, const Analysis& a,
              std::vector<Unit>* raw, std::vector<EntityMention>* unit_entity) {
  const TokenizedText& tt = a.tokens;
  raw->reserve(tt.tokens.size());  // at most one unit per token
  unit_entity->reserve(tt.tokens.size());
  size_t mi = 0;
  for (int i = 0; i < static_cast<int>(tt.tokens.size());) {
    Unit u;
    EntityMention m;
    bool has_entity = false;
    if (mi < a.matches.size() && a.matches[mi].first == i) {
      const LexMatch& match = a.matches[mi++];
      u.first = match.first;
      u.end = match.end;
      const std::string_view surface = tt.text.substr(
          tt.tokens[match.first].start,
          tt.tokens[match.end - 1].end - tt.tokens[match.first].start);
      int treaty_year = 0;  // of the treaty named so far
      for (int e : match.entries) {
        const LexEntry& entry = lex.entries()[e];
        if (!u.HasTag(entry.tag)) u.tags.push_back(entry.tag);
        // An alias two agreements share names the later one (the matcher
        // has dropped those not made yet): "Paris accord" in 2016.
        EntityMention later;
        if (!has_entity) {
          has_entity = EntityOf(lex, ct, entry, year, surface, &m);
          // "NAFTA, which Mr. Clinton signed in 1993": a person out of office
          // on the article's date acts in a year of office the sentence gives.
          if (!has_entity && entry.tag == ct.person)
            for (int y : SentenceYears(tt, tt.tokens[match.first].sentence, year))
              if ((has_entity = EntityOf(lex, ct, entry, y, surface, &m))) break;
        } else if (m.kind == "treaty" && entry.tag == ct.treaty &&
                   lex.treaties()[entry.ref].year > treaty_year &&
                   EntityOf(lex, ct, entry, year, surface, &later)) {
          m = later;
        } else if (FormerStatesCapital(lex, ct, entry, year)) {
          EntityOf(lex, ct, entry, year, surface, &m);
        }
        if (entry.tag == ct.treaty && m.id == lex.treaties()[entry.ref].id)
          treaty_year = lex.treaties()[entry.ref].year;
      }
    } else {
      u.first = i;
      u.end = i + 1;
    }
    u.start = tt.tokens[u.first].start;
    u.stop = tt.tokens[u.end - 1].end;
    i = u.end;
    if (!has_entity) m.kind.clear();
    // "the OPEC accord": an alias that names the organisation whose own
    // agreement it is names its maker too.
    if (m.kind == "treaty") SetOwnerNamed(lex, tt.text.substr(u.start, u.stop - u.start), &m);
    // A treaty alias whose treaty did not exist yet names nothing.
    if (m.kind != "treaty")
      u.tags.erase(std::remove(u.tags.begin(), u.tags.end(), ct.treaty),
                   u.tags.end());
    m.mention = {u.start, u.stop};
    raw->push_back(std::move(u));
    unit_entity->push_back(std::move(m));
  }
}

}  // namespace

void UnitComposer::Run() {
  a_->units.reserve(raw_.size());
  for (size_t i = 0; i < raw_.size(); ++i) {
    Unit u = raw_[i];
    EntityMention m = unit_entity_[i];
    Compose(&i, &u, &m);
    Resolve(i, &u, &m);
    if (!m.kind.empty() && m.kind != "state_adj") {
      if (m.kind == "treaty" && !u.HasTag(ct_.treaty) && !u.HasTag(ct_.talks))
        u.tags.push_back(ct_.treaty);
      u.entity = static_cast<int>(a_->mentions.size());
      a_->mentions.push_back(m);
    }
    a_->units.push_back(std::move(u));
  }
}

void UnitComposer::Compose(size_t* i, Unit* u, EntityMention* m) {
  // "Mr. Clinton" is Clinton.
  if (raw_[*i].HasTag(ct_.honorific) && m->kind.empty()) {
    size_t k = *i + 1;
    if (k < raw_.size() && WordAt(k, ".")) ++k;
    if (k < raw_.size() && raw_[k].HasTag(ct_.person) && !unit_entity_[k].kind.empty() &&
        SameSentence(*i, k)) {
      *m = unit_entity_[k];
      m->mention = {u->start, raw_[k].stop};
      ExtendTo(k, u);
      u->tags = raw_[k].tags;
      *i = k;
    }
  }
  // A title before a known person is that person: "President Obama".
  if (OrganAt(*i) && unit_entity_[*i].code.empty() && *i + 1 < raw_.size() &&
      raw_[*i + 1].HasTag(ct_.person) && !unit_entity_[*i + 1].kind.empty() &&
      SameSentence(*i, *i + 1)) {
    *m = unit_entity_[*i + 1];
    m->mention = {u->start, raw_[*i + 1].stop};
    ExtendTo(*i + 1, u);
    u->tags = raw_[*i + 1].tags;
    ++*i;
  }
  size_t organ = 0;
  // "the Obama administration": a leader's organ is the leader's state's.
  const bool leader = raw_[*i].HasTag(ct_.person) && !unit_entity_[*i].code.empty() &&
                      OrganAt(*i + 1) &&
                      (unit_entity_[*i + 1].code.empty() ||
                       unit_entity_[*i + 1].code == unit_entity_[*i].code);
  if ((StateLike(*i) || leader) && OrganAt(*i + 1) && SameSentence(*i, *i + 1)) organ = *i + 1;
  else if (StateLike(*i) && *i + 2 < raw_.size() && WordAt(*i + 1, "'s") &&
           OrganAt(*i + 2))
    organ = *i + 2;
  // "the Egyptian and Canadian governments": the first adjective's state
  // acts through the organ named after the second.
  const bool shares_organ =
      !organ && StateLike(*i) && raw_[*i].HasTag(ct_.state_adj) &&
      *i + 3 < raw_.size() && WordAt(*i + 1, "and") && StateLike(*i + 2) &&
      OrganAt(*i + 3) && SameSentence(*i, *i + 3);
  if (shares_organ) {
    EntityMention o = unit_entity_[*i + 3];
    o.code = m->code;
    o.name = m->name;
    o.mention = m->mention;
    u->tags = raw_[*i + 3].tags;
    *m = o;
  }
  const bool organ_of = OrganAt(*i) && unit_entity_[*i].code.empty() &&
                        *i + 2 < raw_.size() && WordAt(*i + 1, "of");
  if (organ) {
    EntityMention o = unit_entity_[organ];
    o.code = m->code;
    o.name = m->name;
    o.mention = {u->start, raw_[organ].stop};
    ExtendTo(organ, u);
    u->tags = raw_[organ].tags;
    *m = o;
    *i = organ;
  } else if (organ_of && (raw_[*i + 2].HasTag(ct_.pair_anaphora) ||
                          raw_[*i + 2].HasTag(ct_.trio_anaphora))) {
    // "the foreign ministers of the three countries": resolved below.
    group_organ_ = m->organ;
    *m = EntityMention();
    u->tags = raw_[*i + 2].tags;
    ExtendTo(*i + 2, u);
    *i += 2;
  } else if (organ_of && StateLike(*i + 2) && raw_[*i + 2].HasTag(ct_.state)) {
    m->code = unit_entity_[*i + 2].code;
    m->name = unit_entity_[*i + 2].name;
    ExtendTo(*i + 2, u);
    m->mention = {u->start, u->stop};
    *i += 2;
  } else if (ct_.treaty_head >= 0 && u->HasTag(ct_.treaty_head) &&
             !u->HasTag(ct_.treaty)) {
    if (ConsentNoun(*i))
      u->tags.erase(std::remove(u->tags.begin(), u->tags.end(), ct_.treaty_head), u->tags.end());
    else
      TakeTreatyPhrase(i, u, m);
  } else if (u->HasTag(ct_.talk_noun) && !u->HasTag(ct_.treaty) &&
             m->kind.empty()) {
    TakeTalkSubject(*i);
  } else if (m->kind.empty()) {
    TakeSubjectOfTalks(i, u, m);
  }
  TakeAcronym(i, u, m);
}

void UnitComposer::TakeAcronym(size_t* i, Unit* u, const EntityMention* m) {
  const size_t k = *i;
  if (m->kind.empty() || k + 3 >= raw_.size() || !SameSentence(k, k + 3) ||
      !WordAt(k + 1, "(") || !WordAt(k + 3, ")") ||
      unit_entity_[k + 2].kind.empty() || unit_entity_[k + 2].name != m->name)
    return;
  ExtendTo(k + 3, u);
  *i = k + 3;
}

bool UnitComposer::ConsentNoun(size_t i) const {
  if (!(i + 2 < raw_.size() && WordAt(i + 1, "to") && ct_.IsTrigger(raw_[i + 2])))
    return false;
  for (size_t k = i + 3; k < raw_.size() && k <= i + 6 && SameSentence(i, k); ++k)
    if (raw_[k].HasTag(ct_.treaty) || raw_[k].HasTag(ct_.treaty_head) ||
        raw_[k].HasTag(ct_.igo))
      return true;
  return false;
}

bool UnitComposer::AgentAdjective(size_t i) const {
  // "the Soviets have failed to live up to it": a plural demonym after
  // "the" is the state as a noun.
  const std::string_view text = tt_.text.substr(raw_[i].start, raw_[i].stop - raw_[i].start);
  if (i > 0 && SameSentence(i - 1, i) && WordAt(i - 1, "the") && text.size() > 3 &&
      text.back() == 's')
    return true;
  size_t k = i + 1;
  while (k + 1 < raw_.size() && WordAt(k, "-") && StateLike(k + 1)) k += 2;
  return k < raw_.size() && SameSentence(i, k) && ct_.IsTrigger(raw_[k]);
}

size_t UnitComposer::StateAdjectiveBefore(size_t i) const {
  for (size_t k = i; k-- > 0 && SameSentence(k, i);)
    if (IsKind(unit_entity_[k], "state") && raw_[k].HasTag(ct_.state_adj) &&
        !raw_[k].HasTag(ct_.state))
      return k;
  return raw_.size();
}

const EntityMention* UnitComposer::SubjectOf(int s) const {
  const EntityMention* first = nullptr;
  for (size_t k = a_->units.size(); k-- > 0;) {
    const Unit& u = a_->units[k];
    if (tt_.tokens[u.first].sentence > s) continue;
    if (tt_.tokens[u.first].sentence < s) break;
    if (u.HasTag(ct_.actor) && !u.HasTag(ct_.person) && u.entity >= 0)
      first = &a_->mentions[u.entity];
  }
  return first;
}

bool UnitComposer::ActionFollows(size_t i) const {
  for (size_t k = i + 1; k < raw_.size() && k <= i + 5 && SameSentence(i, k); ++k) {
    if (ct_.IsTrigger(raw_[k])) return true;
    if (raw_[k].HasTag(ct_.actor) || raw_[k].HasTag(ct_.treaty) ||
        !unit_entity_[k].kind.empty())
      return false;
  }
  return false;
}

void UnitComposer::Resolve(size_t i, Unit* u, EntityMention* m) {
  bool agent_adjective = false;
  if (m->kind == "state" && u->HasTag(ct_.state_adj) && !u->HasTag(ct_.state) &&
      !u->HasTag(ct_.capital)) {
    agent_adjective = AgentAdjective(i);
    if (!agent_adjective) m->kind = "state_adj";
  }
  // "the 1976 Berne Agreement": a capital naming an agreement is a place,
  // no state that acts.
  if (u->HasTag(ct_.capital) && !u->HasTag(ct_.state) && i + 1 < raw_.size() &&
      raw_[i + 1].HasTag(ct_.treaty_head) && SameSentence(i, i + 1))
    m->kind.clear();
  if ((m->kind == "state" || m->kind == "organ") && !m->code.empty() &&
      !u->HasTag(ct_.pair_anaphora) && !u->HasTag(ct_.trio_anaphora))
    RememberState(*u, *m);
  ResolveFromContext(u, m);
  const int sentence = tt_.tokens[u->first].sentence;
  // "Netanyahu and Obama met. They will discuss a new security agreement":
  // "They" opening a sentence is the states listed in the one before.
  if (m->kind.empty() && u->end == u->first + 1 && WordAt(i, "they") &&
      (i == 0 || !SameSentence(i - 1, i)))
    ResolveThey(sentence, u, m);
  // "When we joined the GATT, tariffs were high, the Brazilian minister
  // said": "we" is the state of the official who says it.
  if (m->kind.empty() && u->end == u->first + 1 && WordAt(i, "we"))
    if (const EntityMention* state = SpeakerState(i)) {
      *m = *state;
      m->mention = {u->start, u->stop};
    }
  const bool it = m->kind.empty() && u->end == u->first + 1 &&
                  a_->token_ids[u->first] == ct_.it_token;
  if (it && last_treaty_sentence_ >= 0 &&
      sentence - last_treaty_sentence_ <= kPronounReach) {
    u->tags.push_back(ct_.treaty_pronoun);  // "won't sign it"
    u->treaty_entity = last_treaty_;
  }
  // "its decision to join": the possessive of an action stands for the
  // actor ("its former rivals" does not).
  const bool its = m->kind.empty() && u->end == u->first + 1 &&
                   a_->token_ids[u->first] == ct_.its_token && ActionFollows(i);
  // "its failure to honor the pact" is the failure of the state an
  // adjective names before it ("sanctions on Japanese goods for its
  // failure"), else of the sentence's subject ("Poland has been sensitive
  // to the reactions of Russia to its membership").
  const size_t adjective = its ? StateAdjectiveBefore(i) : raw_.size();
  const EntityMention* subject = its ? SubjectOf(sentence) : nullptr;
  if (adjective < raw_.size() || subject) {
    *m = adjective < raw_.size() ? unit_entity_[adjective] : *subject;
    m->mention = {u->start, u->stop};
  } else if ((it || its) && last_actor_sentence_ >= 0 &&
             sentence - last_actor_sentence_ <= kPronounReach) {
    // "it" is the state or body last named as an actor; "It" opening a
    // sentence is the subject of the one before ("The Soviet Union bought
    // U.S. grain. It has not lived up to the agreement").
    const EntityMention* before =
        it && (i == 0 || !SameSentence(i - 1, i)) && sentence > 0 ? SubjectOf(sentence - 1)
                                                                   : nullptr;
    // "The Treasury notified the Netherlands that it was terminating the
    // treaty": "it" opening a reported clause is the reporter.
    if (it && i > 0 && SameSentence(i - 1, i) &&
        (WordAt(i - 1, "that") || raw_[i - 1].HasTag(ct_.reporting_verb)))
      before = SubjectOf(sentence);
    *m = before ? *before : last_actor_;
    m->mention = {u->start, u->stop};
  }
  const bool he_she = m->kind.empty() && u->HasTag(ct_.person_pronoun);
  if (he_she && last_person_sentence_ >= 0 &&
      sentence - last_person_sentence_ <= kPronounReach) {
    *m = last_person_;  // "he" is the official last named
    m->mention = {u->start, u->stop};
  }
  if (m->kind == "igo" && !m->own_agreement_id.empty()) memory_.RememberOwner(*m);
  if (m->kind == "treaty") {
    memory_.Remember(*m);
    last_treaty_ = static_cast<int>(a_->mentions.size());
    last_treaty_sentence_ = sentence;
  }
  // "talks in London": a capital after a preposition of place is where,
  // not who.
  const bool place = u->HasTag(ct_.capital) && !u->HasTag(ct_.state) && i > 0 &&
                     SameSentence(i - 1, i) && raw_[i - 1].HasTag(ct_.place_preposition);
  const bool blocked = place || (i + 1 < raw_.size() && ct_.actor_blocker >= 0 &&
                                 raw_[i + 1].HasTag(ct_.actor_blocker));
  if (!blocked && ((m->kind == "state" && (!u->HasTag(ct_.state_adj) || agent_adjective)) ||
                   m->kind == "igo" || (m->kind == "organ" && !m->code.empty()))) {
    u->tags.push_back(ct_.actor);
    if (u->HasTag(ct_.person) || he_she) {
      last_person_ = *m;
      last_person_sentence_ = sentence;
    } else if (!it && !its) {
      last_actor_ = *m;
      last_actor_sentence_ = sentence;
    }
  } else if (place) {  // still the state "his country" means next
    last_actor_ = *m;
    last_actor_sentence_ = sentence;
  }
}

void UnitComposer::RememberState(const Unit& u, const EntityMention& m) {
  // Keep the last kMaxGroup distinct states, most recent last.
  for (size_t k = 0; k < recent_states_.size(); ++k)
    if (recent_states_[k].code == m.code) {
      recent_states_.erase(recent_states_.begin() + k);
      break;
    }
  recent_states_.push_back(m);
  if (recent_states_.size() > kMaxGroup) recent_states_.erase(recent_states_.begin());
  // Coordinated states ("Poland, Hungary and the Czech Republic") form a
  // list; remember the last list of each size.
  size_t back = a_->units.size();  // the units before this one, past "the"
  auto word = [&](size_t k) {
    return tt_.Folded(tt_.tokens[a_->units[k - 1].first]);
  };
  if (back > 0 && word(back) == "the") --back;
  const bool continues = !list_.empty() && back >= 2 &&
                         (word(back) == "," || word(back) == "and") &&
                         a_->units[back - 2].HasTag(ct_.actor);
  if (!continues) list_.clear();
  list_.push_back(m);
  if (list_.size() <= kMaxGroup) {
    lists_[list_.size()] = list_;
    list_sentence_[list_.size()] = tt_.tokens[u.first].sentence;
  }
  last_state_code_ = m.code;
  last_state_name_ = m.name;
  const Sentence& sentence = tt_.sentences[tt_.tokens[u.first].sentence];
  if (u.first - sentence.first_token <= kSubjectWindow) {
    topic_code_ = m.code;
    topic_name_ = m.name;
  }
}

const EntityMention* UnitComposer::SpeakerState(size_t i) const {
  const EntityMention* found = nullptr;
  for (size_t k = 0; k < raw_.size(); ++k) {
    if (!SameSentence(k, i) || !raw_[k].HasTag(ct_.reporting_verb)) continue;
    // The speaker next to the reporting verb: "the Brazilian minister said",
    // "said Prime Minister Nakasone".
    for (size_t j = k > 4 ? k - 4 : 0; j < raw_.size() && j <= k + 4; ++j) {
      if (j == k || !SameSentence(j, k)) continue;
      const EntityMention& e = unit_entity_[j];
      const bool speaker = (StateLike(j) && (OrganAt(j + 1) ||
                                             (j + 1 < raw_.size() &&
                                              raw_[j + 1].HasTag(ct_.official_title)))) ||
                           (raw_[j].HasTag(ct_.person) && !e.code.empty()) ||
                           (OrganAt(j) && !e.code.empty());
      if (!speaker) continue;
      if (found && found->code != e.code) return nullptr;  // two states: unsure
      found = &e;
    }
  }
  return found && !found->code.empty() ? found : nullptr;
}

void UnitComposer::ResolveThey(int sentence, Unit* u, EntityMention* m) {
  for (size_t n = kMaxGroup; n >= 2; --n)
    if (lists_[n].size() == n && list_sentence_[n] == sentence - 1) {
      StandFor(lists_[n], 0, u, m);
      return;
    }
}

void UnitComposer::StandFor(const std::vector<EntityMention>& members, size_t first,
                            Unit* u, EntityMention* m) {
  *m = members.back();
  m->mention = {u->start, u->stop};
  if (!group_organ_.empty()) m->organ = group_organ_;
  for (size_t k = first; k + 1 < members.size(); ++k) {
    EntityMention other = members[k];
    other.mention = m->mention;
    other.organ = m->organ;
    u->more_entities.push_back(static_cast<int>(a_->mentions.size()));
    a_->mentions.push_back(other);
  }
}

void UnitComposer::ResolveFromContext(Unit* u, EntityMention* m) {
  const std::string& ref_code = topic_code_.empty() ? last_state_code_ : topic_code_;
  const std::string& ref_name = topic_code_.empty() ? last_state_name_ : topic_name_;
  // Only the organs a state has one of resolve from context ("the
  // government"); "officials" or "negotiators" could be anyone's.
  const bool singular_organ = m->organ == "parliament" || m->organ == "government" ||
                              m->organ == "president" || m->organ == "ministry" ||
                              m->organ == "head_of_government";
  if (m->kind == "organ" && m->code.empty() && !ref_code.empty() && singular_organ) {
    m->code = ref_code;
    m->name = ref_name;
  }
  if (m->kind.empty() && u->HasTag(ct_.igo_anaphora) && !last_igo_.kind.empty()) {
    *m = last_igo_;  // "the alliance" is the organisation last named
    m->mention = {u->start, u->stop};
    u->tags.push_back(ct_.igo);
  }
  if (m->kind == "igo") last_igo_ = *m;
  // "the two countries", "the three nations": the last states named.
  const size_t group = u->HasTag(ct_.pair_anaphora)   ? 2
                       : u->HasTag(ct_.trio_anaphora) ? 3
                                                      : 0;
  // A list of that many states named together wins over the last ones.
  const std::vector<EntityMention>& members =
      group && lists_[group].size() == group &&
              tt_.tokens[u->first].sentence - list_sentence_[group] <= kListReach
          ? lists_[group]
          : recent_states_;
  if (m->kind.empty() && group && members.size() >= group)
    StandFor(members, members.size() - group, u, m);
  group_organ_.clear();
  if (m->kind.empty() && ct_.state_anaphora >= 0 && u->HasTag(ct_.state_anaphora) &&
      !ref_code.empty()) {
    m->kind = "state";
    m->code = ref_code;
    m->name = ref_name;
    m->mention = {u->start, u->stop};
  }
}

namespace {

// 4. Sentence boundaries in unit indices.
void SentenceUnits(Analysis* a) {
  const TokenizedText& tt = a->tokens;
  a->sentence_units.assign(tt.sentences.size() + 1, 0);
  size_t ui = 0;
  for (size_t s = 0; s < tt.sentences.size(); ++s) {
    a->sentence_units[s] = static_cast<int>(ui);
    while (ui < a->units.size() &&
           a->units[ui].first < tt.sentences[s].end_token)
      ++ui;
  }
  a->sentence_units[tt.sentences.size()] = static_cast<int>(a->units.size());
}

}  // namespace

void BuildUnits(const Lexicon& lex, const CoreTags& ct, int year, Analysis* a) {
  a->units.clear();
  a->mentions.clear();
  std::vector<Unit> raw;
  std::vector<EntityMention> unit_entity;
  RawUnits(lex, ct, year, *a, &raw, &unit_entity);
  UnitComposer(lex, ct, year, a, std::move(raw), std::move(unit_entity)).Run();
  SentenceUnits(a);
}

}  // namespace newsevents
