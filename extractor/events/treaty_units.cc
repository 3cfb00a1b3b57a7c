// The treaty mentions of the unit composer (events/unit_composer.h):
// descriptive agreement phrases ("the rubber pact", "OPEC's December
// agreement"), talks named by their subject ("the free trade negotiations"),
// and the lexicon agreement an unnamed one between the sentence's states is.
#include <algorithm>

#include "base/strings.h"
#include "events/unit_composer.h"

namespace newsevents {

// Adds the parties a lexicon treaty names (a bilateral agreement's states)
// and the organisation that administers it.
void AddParties(const TreatyInfo& t, EntityMention* m) {
  auto mention_of = [](const Party& p) {
    EntityMention e;
    e.kind = p.kind;
    e.name = p.name;
    e.code = p.code;
    return e;
  };
  if (!t.body.name.empty()) m->body = {mention_of(t.body)};
  for (const Party& p : t.parties) m->parties.push_back(mention_of(p));
}

EntityMention OrganisationMention(const OrganisationInfo& o) {
  EntityMention e;
  e.kind = o.kind;
  e.name = o.name;
  e.code = o.acronym;
  e.id = o.id;
  return e;
}

// The parties of a treaty phrase: a lexicon treaty's, or the states and
// organisations its own words join ("the U.S.-Japanese pact").
void SetParties(const Lexicon& lex, const CoreTags& ct, const TokenizedText& tt,
                const std::vector<Unit>& raw, const std::vector<EntityMention>& unit_entity,
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
    // A capital in a name is where it was made ("the 1976 Berne
    // Agreement"), not a party; after "with" it is one ("an accord with
    // Taipei").
    if (raw[k].HasTag(ct.capital) && !raw[k].HasTag(ct.state) &&
        !(k > 0 && tt.Folded(tt.tokens[raw[k - 1].first]) == "with"))
      continue;
    bool seen = false;
    for (const EntityMention& p : parties) seen |= p.name == e.name;
    if (!seen) parties.push_back(e);
  }
  m->parties = parties;  // "an agreement with China" names one of them
}

void UnitComposer::TakeSubjectOfTalks(size_t* i, Unit* u, EntityMention* m) {
  TreatyPhrase phrase;
  if (!FindSubjectOfTalks(lex_, ct_, tt_, a_->token_ids, raw_, *i, year_, &phrase))
    return;
  ExtendTo(phrase.end - 1, u);
  u->tags = {ct_.talks};
  *m = EntityMention();
  m->kind = "treaty";
  m->name = phrase.name;
  m->id = phrase.id;
  m->mention = {u->start, u->stop};
  SetParties(lex_, ct_, tt_, raw_, unit_entity_, phrase, m);
  *i = phrase.end - 1;
}

void UnitComposer::TakeBack(size_t first) {
  while (!a_->units.empty() && a_->units.back().first >= raw_[first].first) {
    const Unit& back = a_->units.back();
    int lowest = back.entity;
    for (int e : back.more_entities)
      if (lowest < 0 || e < lowest) lowest = e;
    if (lowest >= 0) a_->mentions.resize(lowest);
    a_->units.pop_back();
  }
}

void UnitComposer::TakeTalkSubject(size_t talk) {
  TreatyPhrase phrase;
  if (!FindTalkSubject(lex_, ct_, tt_, a_->token_ids, raw_, talk, year_, &phrase))
    return;
  TakeBack(phrase.first);
  Unit t;
  t.first = raw_[phrase.first].first;
  t.start = raw_[phrase.first].start;
  t.end = raw_[phrase.end - 1].end;
  t.stop = raw_[phrase.end - 1].stop;
  t.tags = {ct_.talks};  // no {TREATY}: no verb's object ("rejected in peace talks")
  if (phrase.id.empty()) {
    const std::string& n = phrase.name;
    BetweenSentenceParties(talk, {n.substr(0, n.rfind(' '))}, &phrase);
  }
  EntityMention m;
  m.kind = "treaty";
  m.name = phrase.name;
  m.id = phrase.id;
  m.mention = {t.start, raw_[talk].stop};
  SetParties(lex_, ct_, tt_, raw_, unit_entity_, phrase, &m);
  if (!m.id.empty()) {
    memory_.Remember(m);
    last_treaty_ = static_cast<int>(a_->mentions.size());
    last_treaty_sentence_ = tt_.tokens[t.first].sentence;
  }
  t.entity = static_cast<int>(a_->mentions.size());
  a_->mentions.push_back(std::move(m));
  a_->units.push_back(std::move(t));
}

void UnitComposer::BetweenSentenceParties(size_t at, std::vector<std::string> fields,
                                          TreatyPhrase* m) const {
  constexpr int kYearsOfTalks = 3;
  if (fields.empty()) return;
  std::vector<std::string> states;
  for (size_t k = 0; k < raw_.size(); ++k)
    if (SameSentence(k, at) && IsKind(unit_entity_[k], "state"))
      states.push_back(unit_entity_[k].name);
  auto fold = [](std::string s) {
    for (char& c : s) c = AsciiLower(c == '-' ? ' ' : c);
    return s;
  };
  for (std::string& f : fields) f = fold(f);
  // All its parties named, or else all but one, the speaker's own state,
  // when the sentence names no other ("a free trade agreement being
  // negotiated with Canada").
  std::sort(states.begin(), states.end());
  states.erase(std::unique(states.begin(), states.end()), states.end());
  const TreatyInfo* found[2] = {nullptr, nullptr};  // by parties missing
  bool ambiguous[2] = {false, false};
  for (const TreatyInfo& t : lex_.treaties()) {
    if (t.parties.size() < 2 || (year_ && t.year > year_ + kYearsOfTalks)) continue;
    size_t named = 0;
    for (const Party& p : t.parties)
      named += std::find(states.begin(), states.end(), p.name) != states.end();
    const size_t missing = t.parties.size() - named;
    bool fits = named >= 1 && (missing == 0 || (missing == 1 && named == states.size()));
    const std::string name = fold(t.name);
    for (const std::string& f : fields) fits &= name.find(f) != std::string::npos;
    if (!fits) continue;
    ambiguous[missing] |= found[missing] != nullptr;
    found[missing] = &t;
  }
  const int level = found[0] ? 0 : 1;
  if (!found[level] || ambiguous[level]) return;  // the words do not say which
  m->id = found[level]->id;
  m->name = found[level]->name;
}

std::vector<std::string> UnitComposer::FieldWords(size_t first, size_t end) const {
  std::vector<std::string> out;
  for (size_t k = first; k < end; ++k)
    if (raw_[k].HasTag(ct_.treaty_field) || raw_[k].HasTag(ct_.talk_subject))
      out.emplace_back(tt_.text.substr(raw_[k].start, raw_[k].stop - raw_[k].start));
  return out;
}

void UnitComposer::TakeTreatyPhrase(size_t* i, Unit* u, EntityMention* m) {
  TreatyPhrase phrase;
  if (!FindTreatyPhrase(lex_, ct_, tt_, a_->token_ids, raw_, *i, year_, memory_,
                        &phrase))
    return;
  if (phrase.id.empty())
    BetweenSentenceParties(*i, FieldWords(phrase.first, phrase.end), &phrase);
  const OrganisationInfo* owner = OwnerOf(&phrase);
  TakeBack(phrase.first);
  u->first = raw_[phrase.first].first;
  u->start = raw_[phrase.first].start;
  ExtendTo(phrase.end - 1, u);
  u->tags = {ct_.treaty};
  if (phrase.introduced) u->tags.push_back(ct_.new_treaty);
  *m = EntityMention();
  m->kind = "treaty";
  m->name = phrase.name;
  m->id = phrase.id;
  m->indefinite = phrase.indefinite;
  SetParties(lex_, ct_, tt_, raw_, unit_entity_, phrase, m);
  if (owner) m->owner = {OrganisationMention(*owner)};
  m->mention = {tt_.tokens[raw_[phrase.name_first].first].start, u->stop};
  for (const auto& [id, name] : phrase.more) {
    EntityMention more = *m;
    more.id = id;
    more.name = name;
    u->more_entities.push_back(static_cast<int>(a_->mentions.size()));
    a_->mentions.push_back(more);
  }
  *i = phrase.end - 1;
}

const OrganisationInfo* UnitComposer::OwnerOf(TreatyPhrase* phrase) const {
  if (!phrase->id.empty()) return nullptr;
  auto maker = [&](size_t k) -> const OrganisationInfo* {
    if (!IsKind(unit_entity_[k], "igo")) return nullptr;
    for (const OrganisationInfo& o : lex_.organisations())
      if (o.id == unit_entity_[k].id && !o.agreements.empty()) return &o;
    return nullptr;
  };
  const OrganisationInfo* owner = nullptr;
  for (size_t k = phrase->first;
       k < phrase->end && !raw_[k].HasTag(ct_.treaty_head) && !owner; ++k)
    owner = maker(k);
  const size_t f = phrase->first;
  if (!owner && f >= 2 && WordAt(f - 1, "'s") && SameSentence(f - 2, f))
    owner = maker(f - 2);
  // "OPEC will renew its production pricing agreement": the organisation
  // named last before "its" in the sentence.
  for (size_t k = f; !owner && WordAt(f, "its") && k-- > 0 && SameSentence(k, f);)
    if (IsKind(unit_entity_[k], "igo") || IsKind(unit_entity_[k], "state")) {
      owner = maker(k);
      break;
    }
  if (!owner) return nullptr;
  const TreatyInfo& t = lex_.treaties()[owner->agreements[0]];
  phrase->id = t.id;
  phrase->name = t.name;
  return owner;
}

}  // namespace newsevents
