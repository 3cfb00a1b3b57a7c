// Builds the units that rules match over: lexicon phrases merged into one
// unit each, entities resolved (organs and people to their states, "the two
// countries" to the states last named, "it" and "the pact" to the last
// compatible antecedent), and the engine's own tags (ACTOR, TREATY_PRONOUN)
// added.
#include "events/units.h"

#include <algorithm>

#include "events/treaty_phrase.h"

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
  t.treaty_head = l.RequireTag("treaty_heads", &s);
  t.treaty_modifier = l.RequireTag("treaty_modifiers", &s);
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
  t.person_pronoun = l.RequireTag("person_pronouns", &s);
  t.description_link = l.RequireTag("description_links", &s);
  t.description_end = l.RequireTag("description_ends", &s);
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
// How many recent states "the two/three countries" can refer back to.
constexpr size_t kMaxGroup = 3;
// A list of states is what "the three countries" means this many sentences on.
constexpr int kListReach = 3;
// "it" refers to an actor or treaty named at most this many sentences back.
constexpr int kPronounReach = 1;

// Adds the parties a lexicon treaty names (a bilateral agreement's states).
void AddParties(const TreatyInfo& t, EntityMention* m) {
  for (const Party& p : t.parties) {
    EntityMention party;
    party.kind = p.kind;
    party.name = p.name;
    party.code = p.code;
    m->parties.push_back(party);
  }
}

// The entity a lexicon entry names, or false for word-list entries.
bool EntityOf(const Lexicon& lex, const CoreTags& ct, const LexEntry& e,
              int year, EntityMention* m) {
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
    m->kind = "state";
    m->name = lex.states()[e.ref].name;
    m->code = lex.states()[e.ref].code;
  } else if (e.tag == ct.igo || e.tag == ct.ngo) {
    const OrganisationInfo& o = lex.organisations()[e.ref];
    m->kind = o.kind;
    m->name = o.name;
    m->id = o.id;
  } else if (e.tag == ct.organ) {
    const OrganInfo& o = lex.organs()[e.ref];
    m->kind = "organ";
    m->organ = o.organ;
    m->code = o.code;
    for (const StateInfo& s : lex.states())
      if (!o.code.empty() && s.code == o.code) m->name = s.name;
  } else if (e.tag == ct.treaty) {
    const TreatyInfo& t = lex.treaties()[e.ref];
    if (year && t.year > year) return false;  // "Paris agreement" in 1987
    m->kind = "treaty";
    m->name = t.name;
    m->id = t.id;
    AddParties(t, m);
  } else {
    return false;
  }
  return true;
}

bool IsKind(const EntityMention& m, const char* kind) { return m.kind == kind; }

// The parties of a treaty phrase: a lexicon treaty's, or the states and
// organisations its own words join ("the U.S.-Japanese pact").
void SetParties(const Lexicon& lex,
                const std::vector<EntityMention>& unit_entity,
                const TreatyPhrase& phrase, EntityMention* m) {
  for (const TreatyInfo& t : lex.treaties())
    if (!phrase.id.empty() && t.id == phrase.id) {
      AddParties(t, m);
      return;
    }
  std::vector<EntityMention> parties;
  for (size_t k = phrase.first; k < phrase.end; ++k) {
    const EntityMention& e = unit_entity[k];
    if (e.kind != "state" && e.kind != "igo") continue;
    bool seen = false;
    for (const EntityMention& p : parties) seen |= p.name == e.name;
    if (!seen) parties.push_back(e);
  }
  if (parties.size() >= 2) m->parties = parties;
}

}  // namespace

void BuildUnits(const Lexicon& lex, const CoreTags& ct, int year, Analysis* a) {
  const TokenizedText& tt = a->tokens;
  a->units.clear();
  a->mentions.clear();
  std::vector<EntityMention> unit_entity;  // parallel to raw units

  // 1. Raw units: lexicon matches and the tokens between them.
  std::vector<Unit> raw;
  size_t mi = 0;
  for (int i = 0; i < static_cast<int>(tt.tokens.size());) {
    Unit u;
    EntityMention m;
    bool has_entity = false;
    if (mi < a->matches.size() && a->matches[mi].first == i) {
      const LexMatch& match = a->matches[mi++];
      u.first = match.first;
      u.end = match.end;
      for (int e : match.entries) {
        const LexEntry& entry = lex.entries()[e];
        if (!u.HasTag(entry.tag)) u.tags.push_back(entry.tag);
        if (!has_entity) has_entity = EntityOf(lex, ct, entry, year, &m);
      }
    } else {
      u.first = i;
      u.end = i + 1;
    }
    u.start = tt.tokens[u.first].start;
    u.stop = tt.tokens[u.end - 1].end;
    i = u.end;
    if (!has_entity) m.kind.clear();
    // A treaty alias whose treaty did not exist yet names nothing.
    if (m.kind != "treaty")
      u.tags.erase(std::remove(u.tags.begin(), u.tags.end(), ct.treaty),
                   u.tags.end());
    m.mention = {u.start, u.stop};
    raw.push_back(std::move(u));
    unit_entity.push_back(std::move(m));
  }

  // 2. Compose: [STATE|STATE_ADJ] ('s)? [ORGAN] and [ORGAN] of [STATE]
  //    become one organ unit of that state; descriptive treaty phrases
  //    become treaty units. Left to right, so anaphora sees the past only.
  TreatyMemory memory;
  // The last state named, and the last one named near the start of a
  // sentence (its likely subject): "the Baltic state" and "the government"
  // refer to the latter.
  std::string last_state_code, last_state_name, topic_code, topic_name;
  EntityMention last_actor, last_person, last_igo;
  std::vector<EntityMention> recent_states;  // the last distinct ones, oldest first
  std::string group_organ;  // "the foreign ministers of" before a group
  std::vector<EntityMention> list;  // the states of the list being read
  std::vector<EntityMention> lists[kMaxGroup + 1];  // the last list of each size
  int list_sentence[kMaxGroup + 1] = {};            // and where it was
  int last_actor_sentence = -1, last_person_sentence = -1, last_treaty = -1, last_treaty_sentence = -1;
  for (size_t i = 0; i < raw.size(); ++i) {
    Unit u = raw[i];
    EntityMention m = unit_entity[i];
    auto state_like = [&](size_t k) {
      return k < raw.size() && IsKind(unit_entity[k], "state") &&
             (raw[k].HasTag(ct.state) || raw[k].HasTag(ct.state_adj));
    };
    auto organ_at = [&](size_t k) {
      return k < raw.size() && IsKind(unit_entity[k], "organ");
    };
    auto same_sentence = [&](size_t from, size_t to) {
      return tt.tokens[raw[from].first].sentence ==
             tt.tokens[raw[to].end - 1].sentence;
    };
    // A title before a known person is that person: "President Obama".
    if (organ_at(i) && unit_entity[i].code.empty() && i + 1 < raw.size() &&
        raw[i + 1].HasTag(ct.person) && !unit_entity[i + 1].kind.empty() &&
        same_sentence(i, i + 1)) {
      m = unit_entity[i + 1];
      m.mention = {u.start, raw[i + 1].stop};
      u.end = raw[i + 1].end;
      u.stop = raw[i + 1].stop;
      u.tags = raw[i + 1].tags;
      ++i;
    }
    size_t organ = 0;
    if (state_like(i) && organ_at(i + 1) && same_sentence(i, i + 1)) organ = i + 1;
    else if (state_like(i) && i + 2 < raw.size() &&
             tt.Folded(tt.tokens[raw[i + 1].first]) == "'s" && organ_at(i + 2))
      organ = i + 2;
    if (organ) {
      EntityMention o = unit_entity[organ];
      o.code = m.code;
      o.name = m.name;
      o.mention = {u.start, raw[organ].stop};
      u.end = raw[organ].end;
      u.stop = raw[organ].stop;
      u.tags = raw[organ].tags;
      m = o;
      i = organ;
    } else if (organ_at(i) && unit_entity[i].code.empty() && i + 2 < raw.size() &&
               tt.Folded(tt.tokens[raw[i + 1].first]) == "of" &&
               (raw[i + 2].HasTag(ct.pair_anaphora) ||
                raw[i + 2].HasTag(ct.trio_anaphora))) {
      // "the foreign ministers of the three countries": resolved below.
      group_organ = m.organ;
      m = EntityMention();
      u.tags = raw[i + 2].tags;
      u.end = raw[i + 2].end;
      u.stop = raw[i + 2].stop;
      i += 2;
    } else if (organ_at(i) && unit_entity[i].code.empty() && i + 2 < raw.size() &&
               tt.Folded(tt.tokens[raw[i + 1].first]) == "of" &&
               state_like(i + 2) && raw[i + 2].HasTag(ct.state)) {
      m.code = unit_entity[i + 2].code;
      m.name = unit_entity[i + 2].name;
      u.end = raw[i + 2].end;
      u.stop = raw[i + 2].stop;
      m.mention = {u.start, u.stop};
      i += 2;
    } else if (ct.treaty_head >= 0 && u.HasTag(ct.treaty_head) &&
               !u.HasTag(ct.treaty)) {
      // A descriptive agreement phrase ends here: take back the units it
      // spans on the left and look right for its subject.
      TreatyPhrase phrase;
      if (FindTreatyPhrase(lex, ct, tt, a->token_ids, raw, i, year, memory, &phrase)) {
        while (!a->units.empty() && a->units.back().first >= raw[phrase.first].first) {
          // Drop the unit and the mentions it added (its own and more).
          const Unit& back = a->units.back();
          int lowest = back.entity;
          for (int e : back.more_entities)
            if (lowest < 0 || e < lowest) lowest = e;
          if (lowest >= 0) a->mentions.resize(lowest);
          a->units.pop_back();
        }
        u.first = raw[phrase.first].first;
        u.end = raw[phrase.end - 1].end;
        u.start = raw[phrase.first].start;
        u.stop = raw[phrase.end - 1].stop;
        u.tags = {ct.treaty};
        m = EntityMention();
        m.kind = "treaty";
        m.name = phrase.name;
        m.id = phrase.id;
        m.indefinite = phrase.indefinite;
        SetParties(lex, unit_entity, phrase, &m);
        m.mention = {tt.tokens[raw[phrase.name_first].first].start, u.stop};
        for (const auto& [id, name] : phrase.more) {
          EntityMention more = m;
          more.id = id;
          more.name = name;
          u.more_entities.push_back(static_cast<int>(a->mentions.size()));
          a->mentions.push_back(more);
        }
        i = phrase.end - 1;
      }
    }

    // 3. Resolve and mark actors.
    if (m.kind == "state" && u.HasTag(ct.state_adj) && !u.HasTag(ct.state) &&
        !u.HasTag(ct.capital))
      m.kind = "state_adj";
    if ((m.kind == "state" || m.kind == "organ") && !m.code.empty() &&
        !u.HasTag(ct.pair_anaphora) && !u.HasTag(ct.trio_anaphora)) {
      // Keep the last kMaxGroup distinct states, most recent last.
      for (size_t k = 0; k < recent_states.size(); ++k)
        if (recent_states[k].code == m.code) {
          recent_states.erase(recent_states.begin() + k);
          break;
        }
      recent_states.push_back(m);
      if (recent_states.size() > kMaxGroup) recent_states.erase(recent_states.begin());
      // Coordinated states ("Poland, Hungary and the Czech Republic") form a
      // list; remember the last list of each size.
      size_t back = a->units.size();  // the units before this one, past "the"
      auto word = [&](size_t k) {
        return tt.Folded(tt.tokens[a->units[k - 1].first]);
      };
      if (back > 0 && word(back) == "the") --back;
      const bool continues = !list.empty() && back >= 2 &&
                             (word(back) == "," || word(back) == "and") &&
                             a->units[back - 2].HasTag(ct.actor);
      if (!continues) list.clear();
      list.push_back(m);
      if (list.size() <= kMaxGroup) {
        lists[list.size()] = list;
        list_sentence[list.size()] = tt.tokens[u.first].sentence;
      }
      last_state_code = m.code;
      last_state_name = m.name;
      const Sentence& sentence = tt.sentences[tt.tokens[u.first].sentence];
      if (u.first - sentence.first_token <= kSubjectWindow) {
        topic_code = m.code;
        topic_name = m.name;
      }
    }
    const std::string& ref_code = topic_code.empty() ? last_state_code : topic_code;
    const std::string& ref_name = topic_code.empty() ? last_state_name : topic_name;
    // Only the organs a state has one of resolve from context ("the
    // government"); "officials" or "negotiators" could be anyone's.
    const bool singular_organ = m.organ == "parliament" || m.organ == "government" ||
                                m.organ == "president" || m.organ == "ministry" ||
                                m.organ == "head_of_government";
    if (m.kind == "organ" && m.code.empty() && !ref_code.empty() && singular_organ) {
      m.code = ref_code;
      m.name = ref_name;
    }
    if (m.kind.empty() && u.HasTag(ct.igo_anaphora) && !last_igo.kind.empty()) {
      m = last_igo;  // "the alliance" is the organisation last named
      m.mention = {u.start, u.stop};
      u.tags.push_back(ct.igo);
    }
    if (m.kind == "igo") last_igo = m;
    // "the two countries", "the three nations": the last states named.
    const size_t group = u.HasTag(ct.pair_anaphora)   ? 2
                         : u.HasTag(ct.trio_anaphora) ? 3
                                                      : 0;
    // A list of that many states named together wins over the last ones.
    const std::vector<EntityMention>& members =
        group && lists[group].size() == group &&
                tt.tokens[u.first].sentence - list_sentence[group] <= kListReach
            ? lists[group]
            : recent_states;
    if (m.kind.empty() && group && members.size() >= group) {
      const size_t first_state = members.size() - group;
      m = members.back();
      m.mention = {u.start, u.stop};
      if (!group_organ.empty()) m.organ = group_organ;
      for (size_t k = first_state; k + 1 < members.size(); ++k) {
        EntityMention other = members[k];
        other.mention = m.mention;
        other.organ = m.organ;
        u.more_entities.push_back(static_cast<int>(a->mentions.size()));
        a->mentions.push_back(other);
      }
    }
    group_organ.clear();
    if (m.kind.empty() && ct.state_anaphora >= 0 && u.HasTag(ct.state_anaphora) &&
        !ref_code.empty()) {
      m.kind = "state";
      m.code = ref_code;
      m.name = ref_name;
      m.mention = {u.start, u.stop};
    }
    const int sentence = tt.tokens[u.first].sentence;
    const bool it = m.kind.empty() && u.end == u.first + 1 &&
                    a->token_ids[u.first] == ct.it_token;
    if (it && last_treaty_sentence >= 0 &&
        sentence - last_treaty_sentence <= kPronounReach) {
      u.tags.push_back(ct.treaty_pronoun);  // "won't sign it"
      u.treaty_entity = last_treaty;
    }
    if (it && last_actor_sentence >= 0 &&
        sentence - last_actor_sentence <= kPronounReach) {
      m = last_actor;  // "it" is the state or body last named as an actor
      m.mention = {u.start, u.stop};
    }
    const bool he_she = m.kind.empty() && u.HasTag(ct.person_pronoun);
    if (he_she && last_person_sentence >= 0 &&
        sentence - last_person_sentence <= kPronounReach) {
      m = last_person;  // "he" is the official last named
      m.mention = {u.start, u.stop};
    }
    if (m.kind == "treaty") {
      memory.Remember(m);
      last_treaty = static_cast<int>(a->mentions.size());
      last_treaty_sentence = sentence;
    }
    const bool blocked = i + 1 < raw.size() && ct.actor_blocker >= 0 &&
                         raw[i + 1].HasTag(ct.actor_blocker);
    if (!blocked && ((m.kind == "state" && !u.HasTag(ct.state_adj)) ||
                     m.kind == "igo" || (m.kind == "organ" && !m.code.empty()))) {
      u.tags.push_back(ct.actor);
      if (u.HasTag(ct.person) || he_she) {
        last_person = m;
        last_person_sentence = sentence;
      } else if (!it) {
        last_actor = m;
        last_actor_sentence = sentence;
      }
    }
    if (!m.kind.empty() && m.kind != "state_adj") {
      if (m.kind == "treaty" && !u.HasTag(ct.treaty)) u.tags.push_back(ct.treaty);
      u.entity = static_cast<int>(a->mentions.size());
      a->mentions.push_back(m);
    }
    a->units.push_back(std::move(u));
  }

  // 4. Sentence boundaries in unit indices.
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

}  // namespace newsevents
