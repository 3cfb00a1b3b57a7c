// Turns a sentence's rule matches into events: one per actor and treaty of
// the coordinated slots, modality from the cue words before the trigger
// (negated, planned, considered, threatened; demanded from the rule), the
// date the sentence attaches to the action, and one event per (actor,
// treaty, type, modality) with every mention listed.
#include "events/assemble.h"

#include <algorithm>

namespace newsevents {

Status ModalityTags::From(const Lexicon& l, ModalityTags* out) {
  Status s;
  *out = {l.RequireTag("modality_negated", &s),
          l.RequireTag("modality_planned", &s),
          l.RequireTag("modality_considered", &s),
          l.RequireTag("modality_threatened", &s),
          l.RequireTag("hypothetical", &s),
          l.RequireTag("date_anaphora", &s),
          l.RequireTag("date_barriers", &s),
          l.RequireTag("date_not_event", &s),
          l.RequireTag("denial_verbs", &s),
          l.RequireTag("modality_demanded", &s),
          l.RequireTag("reporting_verbs", &s),
          l.RequireTag("contrast_cues", &s),
          l.RequireTag("relative_pronouns", &s),
          l.RequireTag("date_clause_openers", &s),
          l.RequireTag("perfect_auxiliaries", &s),
          l.RequireTag("be_forms", &s)};
  return s;
}

namespace {

constexpr int kCueWindow = 5;  // units before the trigger that cues may be in
constexpr int kMaxDateDistance = 8;  // units between a trigger and its date
constexpr int kOpening = 4;  // bytes before a date that opens its sentence

const RuleMatch::Slot* FindSlot(const RuleMatch& m, const char* name) {
  for (const auto& s : m.slots)
    if (s.name == name) return &s;
  return nullptr;
}

// The modality that cue words in units [first, end) give, starting from the
// rule's own. Negation wins over everything; "will not" is negated.
std::string Modality(const Analysis& a, const ModalityTags& mt, int first,
                     int end, const std::string& base) {
  bool negated = false, planned = false, considered = false, threatened = false,
       demanded = false;
  for (int i = first; i < end; ++i) {
    const Unit& u = a.units[i];
    demanded |= u.HasTag(mt.demanded);
    negated |= u.HasTag(mt.negated) || u.HasTag(mt.denial);  // "denies violating"
    planned |= u.HasTag(mt.planned);
    considered |= u.HasTag(mt.considered);
    threatened |= u.HasTag(mt.threatened);
  }
  if (negated) return "negated";
  // A rule's own `planned` ("applied for membership") yields to a weaker
  // cue: "may apply", "has not decided whether to apply" are considered.
  if (base != "asserted" && (base != "planned" || !(threatened || considered)))
    return base;
  if (threatened) return "threatened";
  if (demanded) return "demanded";  // "the United States should pull out"
  if (considered) return "considered";
  if (planned) return "planned";
  return base;
}

// Does the TIMEX3 date `value` (YYYY, YYYY-MM or YYYY-MM-DD) begin after
// the day `dct` (YYYY-MM-DD)? Values of other shapes (weeks, seasons,
// references) are not compared.
bool After(const std::string& value, const std::string& dct) {
  const size_t n = value.size();
  const bool date_shaped = (n == 4 || n == 7 || n == 10) &&
                           std::all_of(value.begin(), value.end(), [](char c) {
                             return (c >= '0' && c <= '9') || c == '-';
                           });
  if (!date_shaped || dct.size() != 10) return false;
  // The period starts after dct when dct's prefix of the same length is
  // smaller ("1987-10" > "1987-06"; "1987" is not after any day of 1987).
  return value > dct.substr(0, n);
}

// "denied it was cheating", "denied a report that Japan will end the pact":
// the actor's clause follows a denial, within a few units before it and not
// across a comma or a clause break ("denied the report, and said it would").
bool DeniedClause(const Analysis& a, const CoreTags& ct, const ModalityTags& mt,
                  int sentence_first, const RuleMatch::Slot& actor) {
  constexpr int kDenialReach = 8;
  for (int k = actor.first_unit - 1;
       k >= sentence_first && k >= actor.first_unit - kDenialReach; --k) {
    if (a.units[k].HasTag(mt.denial)) return true;
    if (a.units[k].HasTag(ct.clause_break) ||
        a.tokens.Folded(a.tokens.tokens[a.units[k].first]) == ",")
      return false;
  }
  return false;
}

// "would not apply for membership on similar terms, but rather as a less
// developed country": a negation answered by "but rather" (or "but
// instead") later in the sentence denies the manner, not the act; one
// answered by another agreement or party ("but rather the IMF") stands.
bool ContrastedNegation(const Analysis& a, const CoreTags& ct, const ModalityTags& mt,
                        int trigger_end, int sentence_end) {
  for (int k = trigger_end; k < sentence_end; ++k) {
    if (!a.units[k].HasTag(mt.contrast)) continue;
    for (int j = k + 1; j < sentence_end && j <= k + 3; ++j)
      if (a.units[j].HasTag(ct.treaty) || a.units[j].HasTag(ct.actor)) return false;
    return true;
  }
  return false;
}

// "Japan would end the chip pact if the U.S. implements the tariffs": an act
// it "would" do on a condition, in the clause after the trigger, is a threat.
bool ConditionalThreat(const Analysis& a, const CoreTags& ct, const ModalityTags& mt,
                       int cue_from, const RuleMatch::Slot& trigger, int sentence_end) {
  bool would = false;
  for (int k = cue_from; k < trigger.first_unit; ++k)
    would |= a.tokens.Folded(a.tokens.tokens[a.units[k].first]) == "would";
  if (!would) return false;
  for (int k = trigger.end_unit; k < sentence_end; ++k) {
    if (a.units[k].HasTag(ct.clause_break)) return false;
    if (a.units[k].HasTag(mt.hypothetical)) return true;
  }
  return false;
}

bool IsQuestion(const Analysis& a, int s) {
  const Sentence& sent = a.tokens.sentences[s];
  for (int k = sent.end_token - 1; k >= sent.first_token && k >= sent.end_token - 3; --k)
    if (a.tokens.Folded(a.tokens.tokens[k]) == "?") return true;
  return false;
}

// True when a clause break (which, but, ;) or more than kMaxDateDistance
// units stand between bytes a and b: the date is then not the trigger's.
bool ClauseBetween(const Analysis& a, const ModalityTags& mt, int clause_break,
                   Mention x, Mention y) {
  if (x.start > y.start) std::swap(x, y);
  const int from = x.end, to = y.start;  // the gap between the two spans
  int units = 0;
  for (auto it = std::lower_bound(a.units.begin(), a.units.end(), from,
                                  [](const Unit& u, int b) { return u.start < b; });
       it != a.units.end() && it->start < to; ++it) {
    const Unit& u = *it;
    if (u.stop > to) continue;
    if (u.HasTag(clause_break) || u.HasTag(mt.date_barrier) ||
        ++units > kMaxDateDistance)
      return true;
  }
  return false;
}

// True when the first unit at or after byte `end` has `tag`.
bool FollowedBy(const Analysis& a, int tag, int end) {
  auto it = std::lower_bound(a.units.begin(), a.units.end(), end,
                             [](const Unit& u, int b) { return u.start < b; });
  return it != a.units.end() && it->HasTag(tag);
}

// True when the unit just before byte `start` (or the one before that, past
// "the") has `tag`.
bool PrecededBy(const Analysis& a, int tag, int start) {
  auto it = std::lower_bound(a.units.begin(), a.units.end(), start,
                             [](const Unit& u, int b) { return u.stop <= b; });
  for (int back = 1; back <= 2 && it - a.units.begin() >= back; ++back) {
    const Unit& u = *(it - back);
    if (u.HasTag(tag)) return true;
    if (a.tokens.Folded(a.tokens.tokens[u.first]) != "the") break;
  }
  return false;
}

// "has been extended for two years from July 1", "have signed": a perfect
// auxiliary before the trigger (a be form may stand between) says the act is
// done, whatever date follows.
bool PerfectBefore(const Analysis& a, const ModalityTags& mt, int start) {
  auto it = std::lower_bound(a.units.begin(), a.units.end(), start,
                             [](const Unit& u, int b) { return u.stop <= b; });
  if (it != a.units.begin() && (it - 1)->HasTag(mt.be_form)) --it;
  return it != a.units.begin() && (it - 1)->HasTag(mt.perfect);
}

// "said on Monday it would ratify": a date right after a reporting verb
// (with at most "on" between) is when it was said.
bool DatesTheReport(const Analysis& a, const ModalityTags& mt, int start) {
  auto it = std::lower_bound(a.units.begin(), a.units.end(), start,
                             [](const Unit& u, int b) { return u.stop <= b; });
  for (int back = 1; back <= 2 && it - a.units.begin() >= back; ++back) {
    const Unit& u = *(it - back);
    if (u.HasTag(mt.reporting)) return true;
    if (a.tokens.Folded(a.tokens.tokens[u.first]) != "on") break;
  }
  return false;
}

// Does an action word right after an agreement ("a pact ... signed last
// September": a participle of its own) stand wholly between two spans?
bool ParticipleBetween(const Analysis& a, const CoreTags& ct, Mention x, Mention y) {
  if (x.start > y.start) std::swap(x, y);
  for (size_t k = 1; k < a.units.size(); ++k) {
    const Unit& u = a.units[k];
    if (u.start >= x.end && u.stop <= y.start && ct.IsTrigger(u) &&
        a.units[k - 1].HasTag(ct.treaty) && a.units[k - 1].start >= x.end)
      return true;
  }
  return false;
}

// How many units stand wholly between two spans.
int UnitsBetween(const Analysis& a, Mention x, Mention y) {
  if (x.start > y.start) std::swap(x, y);
  int n = 0;
  for (const Unit& u : a.units) n += u.start >= x.end && u.stop <= y.start;
  return n;
}

// The date expression of the trigger's clause closest to the trigger, or
// one that opens the sentence before its actor ("On April 4, 1949, the
// United States ... signed").
// "The United States and Canada, whose trade totaled 125 billion dlrs last
// year, have been holding talks since last June": the byte range of a
// relative clause set off by commas that holds `at` but not `trigger`, or an
// empty one.
Mention RelativeClauseAround(const Analysis& a, const ModalityTags& mt, Mention sentence,
                             int at, int trigger) {
  auto comma = [&](size_t k) { return a.tokens.Folded(a.tokens.tokens[a.units[k].first]) == ","; };
  // A comma between two named entities lists them ("which the United
  // States, Russia and China refused to sign") and closes nothing.
  auto listing = [&](size_t k) {
    size_t next = k + 1;
    while (next < a.units.size() && a.units[next].entity < 0 &&
           a.tokens.Folded(a.tokens.tokens[a.units[next].first]) == "the")
      ++next;
    return a.units[k - 1].entity >= 0 && next < a.units.size() && a.units[next].entity >= 0;
  };
  Mention open{-1, -1};
  // From the sentence's first unit on, not the document's.
  const size_t from = std::max<size_t>(
      1, std::lower_bound(a.units.begin(), a.units.end(), sentence.start,
                          [](const Unit& u, int b) { return u.start < b; }) -
             a.units.begin());
  for (size_t k = from; k < a.units.size() && a.units[k].start < sentence.end; ++k) {
    if (open.start < 0 && comma(k - 1) && a.units[k].HasTag(mt.relative_pronoun)) {
      open.start = a.units[k].start;
    } else if (open.start >= 0 && comma(k) && !listing(k)) {
      open.end = a.units[k].start;
      const auto inside = [&](int b) { return open.start <= b && b < open.end; };
      if (inside(at) && !inside(trigger)) return open;
      open = {-1, -1};
    }
  }
  return {-1, -1};
}

const Timex* SentenceDate(const Analysis& a, const ModalityTags& mt,
                          const CoreTags& ct, const std::vector<Timex>& timexes,
                          Mention sentence, Mention trigger, Mention actor) {
  const int clause_break = ct.clause_break;
  const Timex* best = nullptr;
  int best_distance = 0;
  for (const Timex& t : timexes) {
    if (t.mention.start < sentence.start || t.mention.end > sentence.end) continue;
    // Anchored on the actor: a date right after it ("admitted Poland on
    // Friday") or one that opens the sentence before it.
    if (PrecededBy(a, mt.date_not_event, t.mention.start)) continue;
    if (t.mention.end <= trigger.start && DatesTheReport(a, mt, t.mention.start)) continue;
    const bool opens_sentence = t.mention.start - sentence.start <= kOpening;
    const bool near_actor =
        !actor.empty() && (opens_sentence || t.mention.start > actor.start) &&
        !ClauseBetween(a, mt, clause_break, actor, t.mention);
    // "at the end of last year when OPEC reached its accord": a date right
    // before "when" dates the clause it opens (date_clause_openers.txt).
    const bool dates_when_clause =
        t.mention.end <= trigger.start && FollowedBy(a, mt.date_clause_opener, t.mention.end);
    if (ClauseBetween(a, mt, clause_break, trigger, t.mention) &&
        !near_actor && !dates_when_clause)
      continue;
    if (t.type != "DATE" && t.type != "TIME") continue;
    if (t.value.find("_REF") != std::string::npos) continue;
    // "Japan broke a pact on microchip trade signed last September": a date
    // after the agreement's own participle is that action's.
    if (t.mention.start >= trigger.end && ParticipleBetween(a, ct, trigger, t.mention)) continue;
    // A date and its trigger on either side of a relative clause's commas
    // belong to different verbs ("the treaty, which China refused to sign,
    // took effect in 1999"). (Last: it scans the sentence.)
    if (RelativeClauseAround(a, mt, sentence, t.mention.start, trigger.start).start >= 0 ||
        RelativeClauseAround(a, mt, sentence, trigger.start, t.mention.start).start >= 0)
      continue;
    // A date right after its actor is that actor's ("adding Greece and
    // Turkey in 1952, West Germany in 1955").
    const bool own = !actor.empty() && t.mention.start >= actor.end &&
                     UnitsBetween(a, actor, t.mention) <= 1;
    const int d = own ? -1 : std::abs(t.mention.start - trigger.start);
    if (!best || d < best_distance) {
      best = &t;
      best_distance = d;
    }
  }
  return best;
}

// Only a new agreement can be negotiated or signed under a description
// ("signed a deal to ..."); one withdrawn from, ratified or broken already
// exists, so "withdraw from a multilateral arms agreement" names the
// agreement last named in the text.
const EntityMention& ExistingTreaty(const Analysis& a, int mention,
                                    const std::string& type) {
  const EntityMention& m = a.mentions[mention];
  if (!m.indefinite || type == "negotiate" || type == "sign") return m;
  for (int k = mention - 1; k >= 0; --k)
    if (a.mentions[k].kind == "treaty" && !a.mentions[k].indefinite)
      return a.mentions[k];
  return m;
}

// The last mention before byte `before`, in sentence s or s - 1, that `fits`.
template <typename Fits>
int LastMentionBefore(const Analysis& a, int s, int before, Fits fits) {
  const int from = a.tokens.sentences[s > 0 ? s - 1 : 0].start;
  for (int k = static_cast<int>(a.mentions.size()) - 1; k >= 0; --k) {
    const EntityMention& m = a.mentions[k];
    if (fits(m) && m.mention.end <= before && m.mention.start >= from) return k;
  }
  return -1;
}

// The last treaty named just before; with `bodies`, an organisation with a
// founding treaty counts too ("attending an ADB meeting, but has not
// decided whether to apply for membership").
int ContextTreaty(const Analysis& a, int s, int before, bool bodies) {
  return LastMentionBefore(a, s, before, [&](const EntityMention& m) {
    return m.kind == "treaty" || (bodies && m.kind == "igo" && !m.charter_id.empty());
  });
}

// The last organisation that makes agreements named just before.
const EntityMention* ContextOwner(const Analysis& a, int s, int before) {
  const int k = LastMentionBefore(a, s, before, [](const EntityMention& m) {
    return !m.own_agreement_id.empty();
  });
  return k >= 0 ? &a.mentions[k] : nullptr;
}

EntityRef ActorRef(const EntityMention& m) {
  EntityRef r;
  r.name = m.name;
  r.code = m.code;
  r.kind = m.kind == "organ" ? "state" : m.kind;
  r.organ = m.organ;
  r.mention = m.mention;
  return r;
}


// The treaty mentions a match names: its treaty slot's units (treaties,
// organisations, "it"), or without a slot the treaty just named.
std::vector<int> SlotTreaties(const Analysis& a, const CoreTags& ct,
                              const RuleMatch::Slot* treaty, int s,
                              int trigger_start, bool bodies) {
  std::vector<int> treaties;
  if (!treaty) {  // "Russia and China are holding out"
    const int t = ContextTreaty(a, s, trigger_start, bodies);
    if (t >= 0) treaties.push_back(t);
    return treaties;
  }
  for (int ti = treaty->first_unit; ti < treaty->end_unit; ++ti) {
    const Unit& tu = a.units[ti];
    if (tu.HasTag(ct.treaty_pronoun) && tu.treaty_entity >= 0) {
      treaties.push_back(tu.treaty_entity);
    } else if ((tu.HasTag(ct.treaty) || tu.HasTag(ct.talks) || tu.HasTag(ct.igo)) &&
               tu.entity >= 0) {
      // "joined NATO talks": an organisation before its talks is not what
      // the verb acts on (unless those talks are the trigger).
      // Nor is the owner of an agreement: "OPEC's December agreement".
      // ("NATO's 29th member" is the organisation's own.)
      const int n = static_cast<int>(a.units.size());
      const bool owner_or_talks =
          ti + 1 < n &&
          ((a.units[ti + 1].HasTag(ct.talk_noun) && a.units[ti + 1].start != trigger_start) ||
           (a.tokens.Folded(a.tokens.tokens[a.units[ti + 1].first]) == "'s" &&
            ti + 2 < n && a.units[ti + 2].HasTag(ct.treaty)));
      if (tu.HasTag(ct.igo) && owner_or_talks) continue;
      // An organisation joined or left stands for its founding treaty.
      treaties.push_back(tu.entity);
      treaties.insert(treaties.end(), tu.more_entities.begin(),
                      tu.more_entities.end());
    }
  }
  return treaties;
}

// The actors a match names: its actor slot's actor units, or without a slot
// the parties the treaty's name joins ("the U.S.-Japanese pact, signed in
// July 1986") or, for a rule with `actor body` or `actor owner`, the
// organisation that administers it or whose agreement it is.
std::vector<const EntityMention*> SlotActors(const Analysis& a,
                                             const CoreTags& ct,
                                             const RuleMatch::Slot* actor,
                                             const std::vector<int>& treaties,
                                             const std::string& from = "") {
  std::vector<const EntityMention*> actors;
  if (!actor) {
    if (!treaties.empty()) {
      const EntityMention& t = a.mentions[treaties[0]];
      for (const EntityMention& p : from == "body"    ? t.body
                                    : from == "owner" ? t.owner
                                                      : t.parties)
        actors.push_back(&p);
    }
    return actors;
  }
  for (int ai = actor->first_unit; ai < actor->end_unit; ++ai) {
    const Unit& u = a.units[ai];
    if (!u.HasTag(ct.actor) || u.entity < 0) continue;
    actors.push_back(&a.mentions[u.entity]);
    for (int more : u.more_entities) actors.push_back(&a.mentions[more]);
  }
  return actors;
}

// Is the actor slot, before its trigger, a preposition's object ("praise
// from the administration for signing")? Not when a relative clause makes
// it the subject ("in Yugoslavia, which has not signed")...
bool ActorIsObject(const Analysis& a, const CoreTags& ct,
                   const RuleMatch::Slot& actor, const RuleMatch::Slot& trigger,
                   int sentence_first) {
  if (actor.end_unit > trigger.first_unit) return false;
  // "delegates at a United Nations conference", "support for Japan joining
  // the pact": an actor right before its trigger is that noun's owner or
  // that verb's subject, whatever governs the two.
  if (actor.end_unit == trigger.first_unit) return false;
  // "for its failure to honor": a possessive is the agent of its action.
  if (a.token_ids[a.units[actor.first_unit].first] == ct.its_token) return false;
  int before = actor.first_unit - 1;
  while (before >= sentence_first && a.units[before].HasTag(ct.determiner)) --before;
  // "notified the Netherlands of the termination": a hearer is an object too.
  if (before < sentence_first || !(a.units[before].HasTag(ct.non_subject_preposition) ||
                                   a.units[before].HasTag(ct.hearer_verb)))
    return false;
  // "sanctions against Japan for violations of the pact", "accused Tokyo of
  // breaching it": the accused is the agent of the action after of/for.
  if (a.units[before].HasTag(ct.accuse_word) && actor.end_unit < trigger.first_unit) {
    const std::string_view next =
        a.tokens.Folded(a.tokens.tokens[a.units[actor.end_unit].first]);
    if (next == "of" || next == "for") return false;
  }
  for (int k = actor.end_unit; k < trigger.first_unit && k < actor.end_unit + 2; ++k) {
    const std::string_view w = a.tokens.Folded(a.tokens.tokens[a.units[k].first]);
    // ... or a possessive makes it the agent ("in retaliation for Japan's
    // failure to honour").
    if (w == "which" || w == "that" || w == "who" || w == "'s") return false;
  }
  return true;
}

// "Belgian ministers reached an agreement on budgetary economies",
// "Venezuela clinched a rescheduling agreement" (with its banks): a new
// agreement ("a/an", not in the lexicon), made or negotiated where its
// sentence names no state or organisation but the actor, is a domestic deal
// or one with firms, not a treaty. (An organisation's agreements are among
// its members.)
bool OneSidedDeal(const Analysis& a, int s, const EntityMention& treaty,
                  const std::string& type, const EntityMention& actor) {
  if (!treaty.id.empty() || !treaty.indefinite || actor.kind == "igo" ||
      (type != "sign" && type != "negotiate"))
    return false;
  for (const EntityMention& p : treaty.parties)
    if (p.name != actor.name) return false;
  for (int i = a.sentence_units[s]; i < a.sentence_units[s + 1]; ++i) {
    const Unit& u = a.units[i];
    if (u.entity < 0) continue;
    std::vector<int> entities = u.more_entities;  // "They": the states listed before
    entities.push_back(u.entity);
    for (int e : entities) {
      const EntityMention& m = a.mentions[e];
      const bool party = m.kind == "state" || m.kind == "igo" ||
                         (m.kind == "organ" && !m.code.empty());
      if (party && m.name != actor.name) return false;
    }
  }
  return true;
}

// Adds one event, or one more mention of an event already found.
void AddEvent(const Rule& rule, const std::string& modality,
              const EntityMention& am, const EntityMention& tm,
              const EventMention& mention, const Timex* date,
              std::vector<Event>* events) {
  const std::string actor_key = am.code.empty() ? am.name : am.code;
  const std::string treaty_key =
      !tm.charter_id.empty() ? tm.charter_id : tm.id.empty() ? tm.name : tm.id;
  auto same = std::find_if(events->begin(), events->end(), [&](const Event& e) {
    return e.type == rule.type && e.modality == modality &&
           (e.actor.code.empty() ? e.actor.name : e.actor.code) == actor_key &&
           (e.treaty.id.empty() ? e.treaty.name : e.treaty.id) == treaty_key;
  });
  if (same != events->end()) {
    bool seen = false;
    for (const auto& em : same->mentions)
      seen |= em.trigger.start == mention.trigger.start;
    if (!seen) same->mentions.push_back(mention);
    if (!same->date && date) same->date = *date;
    if (same->actor.organ.empty() && !am.organ.empty())
      same->actor.organ = am.organ;
    return;
  }
  Event e;
  e.type = rule.type;
  e.modality = modality;
  e.actor = ActorRef(am);
  // An organisation joined or left stands for the agreement founding it.
  e.treaty = tm.charter_id.empty() ? TreatyRef{tm.name, tm.id, tm.mention}
                                   : TreatyRef{tm.charter_name, tm.charter_id, tm.mention};
  if (date) e.date = *date;
  e.trigger = mention.trigger;
  e.mentions.push_back(mention);
  e.rule = rule.id;
  e.confidence = rule.confidence;
  events->push_back(std::move(e));
}

size_t MentionCount(const std::vector<Event>& events) {
  size_t n = 0;
  for (const Event& e : events) n += e.mentions.size();
  return n;
}

// "It was followed by Denmark, Norway and Sweden": the latest event named in
// this sentence or the one before, done by each actor of a continue rule.
void ContinueEvent(const Analysis& a, int s, const Rule& rule,
                   const std::vector<const EntityMention*>& actors,
                   const EventMention& mention, const Timex* date,
                   std::vector<Event>* events) {
  const int from = a.tokens.sentences[s > 0 ? s - 1 : 0].start;
  const Event* last = nullptr;
  for (const Event& e : *events)
    for (const EventMention& em : e.mentions)
      if (em.trigger.start >= from && em.trigger.start < mention.trigger.start &&
          (!last || em.trigger.start >= last->mentions.back().trigger.start))
        last = &e;
  if (!last) return;
  Rule as_last = rule;
  as_last.type = last->type;
  EntityMention treaty;
  treaty.kind = "treaty";
  treaty.name = last->treaty.name;
  treaty.id = last->treaty.id;
  treaty.mention = last->treaty.mention;
  const std::string modality = last->modality;
  for (const EntityMention* am : actors)
    if (am->name != treaty.name)
      AddEvent(as_last, modality, *am, treaty, mention, date, events);
}

}  // namespace

void AssembleEvents(const Analysis& a, const RuleSet& rules, const CoreTags& ct,
                    const ModalityTags& mt, int s,
                    const std::vector<RuleMatch>& matches,
                    const std::vector<Timex>& timexes, const std::string& dct,
                    std::vector<Event>* events) {
  if (IsQuestion(a, s)) return;
  const Sentence& sent = a.tokens.sentences[s];
  const Mention sentence{sent.start, sent.end};
  // The more specific reading of a trigger wins: a rule with its own
  // modality ("urged X to sign"), one that also names the partners ("signed
  // it with China") or a longer trigger ("refused to sign") claims the
  // trigger's last word before the generic rules see it.
  std::vector<const RuleMatch*> ordered;
  for (const RuleMatch& m : matches) ordered.push_back(&m);
  auto specificity = [&](const RuleMatch* m) {
    const RuleMatch::Slot* t = FindSlot(*m, "trigger");
    const int span = t ? t->end_unit - t->first_unit : 0;
    // A continue rule reads the events the others found, so it goes last.
    if (rules.rules()[m->rule].type == "continue") return -1;
    return (rules.rules()[m->rule].modality != "asserted" ? 100 : 0) +
           (FindSlot(*m, "partner") ? 50 : 0) + span;
  };
  std::stable_sort(ordered.begin(), ordered.end(),
                   [&](const RuleMatch* x, const RuleMatch* y) {
                     return specificity(x) > specificity(y);
                   });
  std::vector<int> claimed;  // last unit of each claimed trigger
  for (const RuleMatch* mp : ordered) {
    const RuleMatch& m = *mp;
    const Rule& rule = rules.rules()[m.rule];
    const RuleMatch::Slot* actor = FindSlot(m, "actor");
    const RuleMatch::Slot* trigger = FindSlot(m, "trigger");
    if (!trigger) continue;
    if (std::find(claimed.begin(), claimed.end(), trigger->end_unit - 1) !=
        claimed.end())
      continue;
    // A reading claims its trigger only when it yields an event.
    const size_t events_before = events->size();
    const size_t mentions_before = MentionCount(*events);
    auto claim_if_found = [&] {
      if (events->size() > events_before || MentionCount(*events) > mentions_before)
        claimed.push_back(trigger->end_unit - 1);
    };
    if (actor && ActorIsObject(a, ct, *actor, *trigger, a.sentence_units[s])) continue;
    // "seeking cabinet approval to join the pact": an action noun before "to"
    // and another action is about that one, which the rules read.
    const size_t after = static_cast<size_t>(trigger->end_unit);
    if (rule.treaty != "own" && after + 1 < a.units.size() &&
        a.tokens.Folded(a.tokens.tokens[a.units[after].first]) == "to" &&
        ct.IsTrigger(a.units[after + 1]))
      continue;
    bool hypothetical = false;
    for (int i = a.sentence_units[s]; i < trigger->first_unit; ++i)
      hypothetical |= a.units[i].HasTag(mt.hypothetical);
    if (hypothetical) continue;
    // Cues between the actor and the trigger (or before a passive trigger),
    // and only near the verb they govern: "promised to abolish X when it
    // joined" does not make the joining planned.
    int cue_from = actor && actor->end_unit <= trigger->first_unit
                       ? actor->end_unit
                       : a.sentence_units[s];
    cue_from = std::max(cue_from, trigger->first_unit - kCueWindow);
    // A participle after its agreement is a clause of its own: in "plans to
    // begin flights next year following an agreement signed between A and
    // B" the plan and its date are another verb's.
    Mention clause = sentence;
    if (const RuleMatch::Slot* treaty = FindSlot(m, "treaty");
        treaty && (!actor || actor->first_unit > trigger->first_unit) &&
        treaty->end_unit <= trigger->first_unit &&
        trigger->first_unit - treaty->end_unit <= 1 &&
        !a.units[trigger->first_unit - 1].HasTag(ct.be_form)) {
      cue_from = std::max(cue_from, treaty->first_unit);
      // (Talks are a noun: "this week's breakdown of ICO talks" dates them.)
      if (!a.units[trigger->first_unit].HasTag(ct.talk_noun))
        clause.start = a.units[treaty->first_unit].start;
    }
    // An organ between its clause's cue and the verb leaves the cue in scope:
    // "Malaysia was seeking cabinet approval to join".
    if (actor && actor->end_unit <= trigger->first_unit &&
        actor->end_unit - actor->first_unit == 1 &&
        a.units[actor->first_unit].HasTag(ct.organ)) {
      int from = std::max(a.sentence_units[s], trigger->first_unit - kCueWindow);
      for (int k = actor->first_unit - 1; k >= from; --k)
        if (a.units[k].HasTag(ct.clause_break) || a.units[k].HasTag(ct.actor)) {
          from = k + 1;
          break;
        }
      cue_from = std::min(cue_from, from);
    }
    // "Neither the United States nor the Soviet Union has ratified it."
    const bool negated_before =
        actor && actor->first_unit > a.sentence_units[s] &&
        a.units[actor->first_unit - 1].HasTag(mt.negated);
    // "declined to say whether it will join": the clause a cue opens.
    const bool considered_before =
        actor && actor->first_unit > a.sentence_units[s] &&
        a.units[actor->first_unit - 1].HasTag(mt.considered) && rule.modality == "asserted";
    // "Trump warned (that) he would pull out": a warning of the action.
    int before_actor = actor ? actor->first_unit - 1 : -1;
    if (before_actor > a.sentence_units[s] &&
        a.tokens.Folded(a.tokens.tokens[a.units[before_actor].first]) == "that")
      --before_actor;
    // (The one who warns acts: "Experts warned that Britain will leave" is
    // no threat.)
    auto entity_name = [&](int k) -> std::string {
      if (k < 0 || a.units[k].entity < 0) return "";
      const EntityMention& e = a.mentions[a.units[k].entity];
      return e.code.empty() ? e.name : e.code;
    };
    const int actor_unit =  // past a leading "the"
        actor ? actor->first_unit + (a.units[actor->first_unit].entity < 0) : -1;
    const bool warned_before = before_actor > a.sentence_units[s] &&
                               a.units[before_actor].HasTag(mt.threatened) &&
                               !entity_name(before_actor - 1).empty() &&
                               entity_name(before_actor - 1) == entity_name(actor_unit);
    std::string modality = Modality(a, mt, cue_from, trigger->first_unit, rule.modality);
    if (negated_before || (actor && DeniedClause(a, ct, mt, a.sentence_units[s], *actor)))
      modality = "negated";
    else if (modality == "negated" &&
             ContrastedNegation(a, ct, mt, trigger->end_unit, a.sentence_units[s + 1])) {
      ModalityTags affirmed = mt;
      affirmed.negated = -1;
      modality = Modality(a, affirmed, cue_from, trigger->first_unit, rule.modality);
    }
    else if (considered_before && modality != "negated") modality = "considered";
    else if (warned_before && modality == "planned") modality = "threatened";
    else if (modality == "planned" &&
             ConditionalThreat(a, ct, mt, cue_from, *trigger, a.sentence_units[s + 1]))
      modality = "threatened";
    // "OPEC will renew its December pact": an owner's agreement was made;
    // the cues and dates of the sentence are another verb's.
    const bool made = rule.actor == "owner";
    if (made) modality = rule.modality;
    const Mention trig{a.units[trigger->first_unit].start,
                       a.units[trigger->end_unit - 1].stop};
    const std::vector<int> treaties =
        SlotTreaties(a, ct, FindSlot(m, "treaty"), s, trig.start,
                     rule.type == "join" || rule.type == "withdraw");
    std::vector<const EntityMention*> actors =
        SlotActors(a, ct, actor, treaties, rule.actor);
    const size_t slot_actors = actors.size();  // partners come after
    // "negotiating with China on a pact": the partner acts too; a reading
    // whose partner is the actor itself ("with its fishermen") is none.
    if (const RuleMatch::Slot* partner = FindSlot(m, "partner")) {
      bool other = false;
      for (const EntityMention* p : SlotActors(a, ct, partner, treaties)) {
        bool same = false;
        for (const EntityMention* x : actors) same |= x->name == p->name;
        if (!same) actors.push_back(p);
        other |= !same;
      }
      if (!other) continue;
    }
    // "Mexico signed a rescheduling accord with Britain", "negotiating a
    // free trade agreement with Canada": the partner a new agreement's name
    // joins after "with" does it too.
    if (actor && (rule.type == "sign" || rule.type == "negotiate") && !treaties.empty()) {
      const EntityMention& t = a.mentions[treaties[0]];
      if (t.id.empty() && t.name.find(" with ") != std::string::npos)
        for (const EntityMention& p : t.parties) {
          bool same = false;
          for (const EntityMention* x : actors) same |= x->name == p.name;
          if (!same) actors.push_back(&p);
        }
    }
    if (rule.type == "continue") {
      const Timex* date = SentenceDate(a, mt, ct, timexes, sentence,
                                       trig, Mention());
      ContinueEvent(a, s, rule, actors, {sentence, trig, rule.id}, date, events);
      claim_if_found();
      continue;
    }
    // `treaty own`: the agreement the organisation among the actors makes
    // itself ("reached agreement with the Paris Club"), named at the verb.
    EntityMention own_treaty;
    std::vector<const EntityMention*> acted_on;
    if (rule.treaty == "own") {
      const EntityMention* owner = nullptr;
      for (const EntityMention* am : actors)
        if (!owner && !am->own_agreement_id.empty()) owner = am;
      // ... or, for an act on an agreement that exists already, of the
      // organisation named last, in this sentence or the one before ("OPEC
      // agreed in December. Kuwait is producing above quota"); a new one is
      // made by its own organisation only.
      if (!owner && rule.type != "sign" && rule.type != "negotiate")
        owner = ContextOwner(a, s, trig.start);
      if (!owner) continue;
      own_treaty.kind = "treaty";
      own_treaty.id = owner->own_agreement_id;
      own_treaty.name = owner->own_agreement_name;
      own_treaty.mention = trig;
      acted_on.push_back(&own_treaty);
      // Of the partners only the organisation whose agreement it is acts:
      // "negotiations with the Paris Club and Argentina" are the Club's.
      std::vector<const EntityMention*> kept(actors.begin(), actors.begin() + slot_actors);
      for (size_t k = slot_actors; k < actors.size(); ++k)
        if (actors[k]->own_agreement_id == own_treaty.id) kept.push_back(actors[k]);
      actors = kept;
    } else {
      for (int t : treaties) acted_on.push_back(&ExistingTreaty(a, t, rule.type));
    }
    for (const EntityMention* am : actors) {
      const Timex* date = SentenceDate(a, mt, ct, timexes, clause,
                                       trig, actor ? am->mention : Mention());
      for (const EntityMention* treaty_of_act : acted_on) {
        const EntityMention& tm = *treaty_of_act;
        if (rule.actor != "body" &&
            ((tm.mention.start == am->mention.start && tm.mention.end == am->mention.end) ||
             tm.name == am->name))
          continue;  // an organisation does not join itself
        if (OneSidedDeal(a, s, tm, rule.type, *am)) continue;
        // "a 1986 bilateral pact": a year inside the agreement's name is not
        // when the action happened, but "OPEC's December pact" is when it
        // made it.
        // ("last December's OPEC accord", "the December OPEC accord": a date
        // right before the name is part of it).
        const bool in_name =
            date && (Overlaps(date->mention, tm.mention) ||
                     (date->mention.end <= tm.mention.start &&
                      tm.mention.start - date->mention.end <= 3));
        // ("OPEC's accord last December": so is one right after the name of
        // an agreement its maker made.)
        const bool right_after =
            date && date->mention.start >= tm.mention.end &&
            date->mention.start - tm.mention.end <= 1;
        const Timex* when = date && (made ? !(in_name || right_after) : in_name) ? nullptr : date;
        // "The pact expires on October 22" in a June article: an action
        // dated after the article is scheduled.
        const bool scheduled = modality == "asserted" && when && After(when->value, dct) &&
                               !PerfectBefore(a, mt, trig.start);
        // "OPEC forged an accord": an organisation's new agreement is its
        // own, and so it is for the others who make it with the organisation
        // ("an agreement reached between Nigeria and the Paris Club").
        EntityMention own;
        for (const EntityMention* maker : actors)
          if (own.id.empty() && tm.id.empty() && tm.indefinite &&
              !maker->own_agreement_id.empty()) {
            own = tm;
            own.id = maker->own_agreement_id;
            own.name = maker->own_agreement_name;
          }
        AddEvent(rule, scheduled ? "planned" : modality, *am, own.id.empty() ? tm : own,
                 {sentence, trig, rule.id}, when, events);
      }
    }
    claim_if_found();
  }
}

void FinishEvents(const Analysis& a, const CoreTags& ct, const ModalityTags& mt,
                  const std::vector<Timex>& timexes, std::vector<Event>* events) {
  // "The move, announced on Thursday": a sentence that opens with an event
  // noun dates the latest undated event of the sentence before it.
  for (size_t s = 1; s < a.tokens.sentences.size(); ++s) {
    const int first = a.sentence_units[s];
    const int end = std::min(a.sentence_units[s + 1], first + 3);
    bool refers = false;
    for (int i = first; i < end; ++i) refers |= a.units[i].HasTag(mt.date_anaphora);
    if (!refers) continue;
    const Sentence& prev = a.tokens.sentences[s - 1];
    const Sentence& cur = a.tokens.sentences[s];
    Event* target = nullptr;
    for (Event& e : *events)
      for (const auto& m : e.mentions)
        if (m.sentence.start == prev.start && !e.date) target = &e;
    if (!target) continue;
    if (const Timex* t = SentenceDate(a, mt, ct, timexes,
                                      {cur.start, cur.end}, {cur.start, cur.start},
                                      Mention()))
      target->date = *t;
  }
  for (size_t i = 0; i < events->size(); ++i)
    (*events)[i].id = "e" + std::to_string(i + 1);
}

}  // namespace newsevents
