// Reactions of NGOs to events, and officials of events; see reactions.h.
#include "reactions.h"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <map>

namespace newsevents {
namespace {

const char* const kStances[] = {"oppose", "support", "concern", "urge"};

struct OrgMention {
  int a = 0, b = 0;  // tokens
  std::string name, kind;
  int sent = 0;
};

bool Overlaps(const Mention& x, const Mention& y) {
  return x.start < y.end && y.start < x.end;
}

}  // namespace

Status ReactionFinder::Load(const std::string& dir,
                            std::unique_ptr<ReactionFinder>* out) {
  std::unique_ptr<ReactionFinder> rf(new ReactionFinder());
  Status s = rf->lex_.Load(dir);
  if (!s.ok()) return s;
  const std::string w = dir + "/words/";
  struct Item { WordList* list; const char* file; };
  const Item items[] = {{&rf->oppose_, "stance_oppose.txt"},
                        {&rf->support_, "stance_support.txt"},
                        {&rf->concern_, "stance_concern.txt"},
                        {&rf->urge_, "stance_urge.txt"},
                        {&rf->excluded_heads_, "ngo_excluded_heads.txt"}};
  for (const Item& it : items) {
    s = it.list->Load(w + it.file);
    if (!s.ok()) return s;
  }
  for (const char* type : {"negotiate", "sign", "ratify", "join",
                           "enter_into_force", "withdraw", "suspend",
                           "resume", "violate", "extend", "terminate",
                           "reject"}) {
    const std::string path = w + type + "_triggers.txt";
    if (!std::ifstream(path)) continue;
    rf->triggers_.emplace_back(type, WordList());
    s = rf->triggers_.back().second.Load(path);
    if (!s.ok()) return s;
  }
  *out = std::move(rf);
  return Status::Ok();
}

std::vector<Reaction> ReactionFinder::Find(
    std::string_view text, const std::vector<Mention>& sentences,
    const std::vector<EntityMention>& entities,
    const std::vector<Quote>& quotes, std::vector<Event>* events) const {
  std::vector<Reaction> out;
  std::vector<QToken> toks = ScanTokens(text, &lex_.abbreviations);
  const int n = static_cast<int>(toks.size());
  if (n == 0) return out;
  std::vector<int> sent_of(n, 0);
  {
    size_t s = 0;
    for (int i = 0; i < n; ++i) {
      while (s + 1 < sentences.size() && sentences[s].end <= toks[i].start)
        ++s;
      sent_of[i] = static_cast<int>(s);
    }
  }
  auto sent_of_byte = [&](int b) {
    for (size_t s = 0; s < sentences.size(); ++s)
      if (b < sentences[s].end) return static_cast<int>(s);
    return static_cast<int>(sentences.size()) - 1;
  };
  SpeakerResolver res(text, toks, entities, lex_);
  const std::vector<Referent>& refs = res.referents();

  auto is_ngo_name = [&](const std::string& name, const std::string& kind) {
    if (kind == "ngo") return true;
    if (kind != "organisation") return false;
    std::vector<QToken> nt = ScanTokens(name, nullptr);
    for (const QToken& t : nt)
      if (excluded_heads_.Has(t.key)) return false;
    return nt.size() >= 2;
  };

  // NGO mentions: gazetteer entities, introduced names, "the organization".
  std::vector<OrgMention> orgs;
  for (int i = 0; i < n; ++i) {
    int end = -1;
    std::string name, kind;
    int r = res.OrgAt(i);
    if (r >= 0 && (i == 0 || res.OrgAt(i - 1) != r)) {
      end = i;
      while (end + 1 < n && res.OrgAt(end + 1) == r) ++end;
      if (res.IsNameToken(i)) {
        int run = std::max(end + 1, 0);
        for (int k = i; k < n && res.IsNameToken(k); ++k) run = k + 1;
        end = std::max(end, run - 1);
      }
      name = refs[r].who.name;
      kind = refs[r].entity_kind.empty() || refs[r].entity_kind == "ngo"
                 ? refs[r].who.kind : refs[r].entity_kind;
    } else if (r < 0 && toks[i].word() && !toks[i].cap() &&
               lex_.ngo_nouns.MatchAt(toks, i, n) > 0 && i > 0 &&
               toks[i - 1].key == FoldKey("the")) {
      int len = lex_.ngo_nouns.MatchAt(toks, i, n);
      if (i + len < n && res.IsNameToken(i + len)) continue;  // introduces
      int best = -1;
      for (size_t k = 0; k < refs.size(); ++k) {
        if (refs[k].org && refs[k].tok < i &&
            is_ngo_name(refs[k].who.name, refs[k].who.kind) &&
            (best < 0 || refs[k].last_seen >= refs[best].last_seen ||
             refs[k].tok > refs[best].tok))
          best = static_cast<int>(k);
      }
      if (best < 0) continue;
      end = i + len - 1;
      name = refs[best].who.name;
      kind = refs[best].who.kind;
    } else {
      continue;
    }
    if (!is_ngo_name(name, kind)) {
      i = end;
      continue;
    }
    if (end + 3 < n && toks[end + 1].key == FoldKey("(") &&
        toks[end + 3].key == FoldKey(")"))
      end += 3;
    OrgMention m;
    m.a = i;
    m.b = end;
    m.name = name;
    m.kind = "ngo";
    m.sent = sent_of[i];
    orgs.push_back(m);
    i = end;
  }

  // Stances in tokens [a, b).
  struct Hit { int stance; int first, last; };
  auto scan = [&](int a, int b, std::vector<Hit>* hits) {
    const WordList* lists[] = {&oppose_, &support_, &concern_, &urge_};
    for (int k = a; k < b; ++k) {
      if (!toks[k].word()) continue;
      for (int s = 0; s < 4; ++s) {
        int len = lists[s]->MatchAt(toks, k, b);
        if (len > 0) {
          hits->push_back({s, k, k + len - 1});
          k += len - 1;
          break;
        }
      }
    }
  };

  struct Found {
    std::string org;
    int stance;
    int first, last;
    int sent;
    bool quoted = false;  // from the words of a direct quote
  };
  std::vector<Found> found;
  std::vector<int> region_end(orgs.size(), -1);
  for (size_t m = orgs.size(); m-- > 0;) {
    const OrgMention& o = orgs[m];
    int s = o.sent;
    int sent_end = o.b + 1;
    while (sent_end < n && sent_of[sent_end] == s) ++sent_end;
    int a = o.b + 1, b = sent_end;
    if (m + 1 < orgs.size() && orgs[m + 1].sent == s) {
      b = orgs[m + 1].a;
      // Coordinated subjects share the next one's clause.
      bool coord = true;
      for (int k = a; k < b; ++k) {
        const QToken& t = toks[k];
        if (!(t.key == FoldKey("and") || t.key == FoldKey(",") ||
              t.key == FoldKey("both") || lex_.determiners.Has(t.key) ||
              lex_.ngo_nouns.MatchAt(toks, k, b) > 0 ||
              (t.word() && !t.cap() && k + 1 < b &&
               lex_.ngo_nouns.MatchAt(toks, k + 1, b) > 0)))
          coord = false;
      }
      if (coord) {
        a = orgs[m + 1].b + 1;
        b = region_end[m + 1] >= 0 ? region_end[m + 1] : sent_end;
      }
    }
    b = std::min(b, a + 30);
    int before = o.a - 1;
    int sent_lo = o.a;
    while (sent_lo > 0 && sent_of[sent_lo - 1] == s) --sent_lo;
    bool object = before >= 0 && toks[before].word() && !toks[before].cap() &&
                  (toks[before].key == FoldKey("of") ||
                   toks[before].key == FoldKey("for") ||
                   toks[before].key == FoldKey("at") ||
                   toks[before].key == FoldKey("from") ||
                   toks[before].key == FoldKey("with") ||
                   toks[before].key == FoldKey("to") ||
                   toks[before].key == FoldKey("against"));
    // "a spokesman for Amnesty said": the organisation speaks.
    if (object && before >= 1 && toks[before - 1].word() &&
        lex_.IsTitle(toks[before - 1].key))
      object = false;
    // "condemned by (rights watchdog) Amnesty", "..., as have Amnesty".
    bool back = false;
    for (int k = std::max(sent_lo, o.a - 6); k < o.a; ++k) {
      if (toks[k].key == FoldKey("by")) {
        bool mods = true;
        for (int m2 = k + 1; m2 < o.a; ++m2)
          if (!toks[m2].word() || toks[m2].cap()) mods = false;
        if (mods) back = true;
      }
      if (toks[k].key == FoldKey("as") && k + 1 < o.a &&
          (toks[k + 1].key == FoldKey("have") ||
           toks[k + 1].key == FoldKey("has") ||
           toks[k + 1].key == FoldKey("did")))
        back = true;
    }
    region_end[m] = b;
    std::vector<Hit> hits;
    if (back) {
      scan(sent_lo, o.a, &hits);
    } else if (!object) {
      scan(a, b, &hits);
    }
    for (const Hit& h : hits)
      found.push_back({o.name, h.stance, h.first, h.last, s});
  }
  // Quotes of NGOs: the cue, and the words of partial quotes.
  for (const Quote& q : quotes) {
    if (q.speaker.kind != "ngo") continue;
    int a = res.TokenAt(q.cue.start), b = res.TokenAt(q.cue.end);
    std::vector<Hit> hits;
    if (!q.cue.empty()) scan(a, b, &hits);
    if (q.kind != "direct") scan(res.TokenAt(q.mention.start),
                                 res.TokenAt(q.mention.end), &hits);
    int s = sent_of[std::min(n - 1, res.TokenAt(q.mention.start))];
    // A lead-in before the speaker in the cue's sentence ("Welcoming the
    // ruling, X of the Refugee Council said").
    int sp = res.TokenAt(q.speaker.mention.start);
    if (!q.cue.empty() && sp < n && sent_of[sp] == sent_of[std::min(n - 1, a)]) {
      int lo = sp;
      while (lo > 0 && sent_of[lo - 1] == sent_of[sp]) --lo;
      int qa = res.TokenAt(q.mention.start);
      if (qa < lo || qa > sp) scan(lo, sp, &hits);
    }
    // A person speaking for an NGO ("Amnesty International's Jan Shaw").
    const std::string& org = q.speaker.affiliation.empty()
                                 ? q.speaker.name : q.speaker.affiliation;
    for (const Hit& h : hits) found.push_back({org, h.stance, h.first, h.last, s});
    if (q.kind == "direct") {
      // The words of a direct quote count when nothing outside it does.
      std::vector<Hit> qh;
      int qa = res.TokenAt(q.mention.start);
      scan(qa, std::min(res.TokenAt(q.mention.end), qa + 40), &qh);
      for (const Hit& h : qh) {
        Found f{org, h.stance, h.first, h.last, s};
        f.quoted = true;
        found.push_back(f);
      }
    }
  }
  // Concern gives way to any other stance of the same organisation in the
  // same sentence ("urged ..., suggesting a worrying precedent").
  std::vector<char> drop(found.size(), 0);
  for (size_t i = 0; i < found.size(); ++i) {
    if (!found[i].quoted) continue;
    for (const Found& f : found)
      if (!f.quoted && f.org == found[i].org &&
          std::abs(f.sent - found[i].sent) <= 1)
        drop[i] = 1;
    // One stance from a quote's words: the first.
    for (size_t j = 0; j < i; ++j)
      if (found[j].quoted && found[j].org == found[i].org &&
          found[j].sent == found[i].sent)
        drop[i] = 1;
  }
  for (size_t i = 0; i < found.size(); ++i) {
    if (drop[i]) continue;
    if (found[i].stance != 2) continue;
    for (const Found& f : found)
      if (f.org == found[i].org && f.sent == found[i].sent && f.stance != 2)
        drop[i] = 1;
  }

  // The event a reaction in sentence s is about.
  auto event_for = [&](int s) -> int {
    if (!events || events->empty()) return -1;
    const Mention sm = s < static_cast<int>(sentences.size())
                           ? sentences[s] : Mention{0, 0};
    auto better = [&](int cur, int k) {
      if (cur < 0) return true;
      bool ca = (*events)[cur].modality == "asserted";
      bool ka = (*events)[k].modality == "asserted";
      return ka && !ca;
    };
    int best = -1;
    for (size_t k = 0; k < events->size(); ++k)
      for (const EventMention& em : (*events)[k].mentions)
        if (Overlaps(em.sentence, sm) && better(best, k)) best = k;
    if (best >= 0) return best;
    // The actor or treaty it names.
    for (const EntityMention& e : entities) {
      if (!Overlaps(e.mention, sm)) continue;
      for (size_t k = 0; k < events->size(); ++k) {
        const Event& ev = (*events)[k];
        bool hit = (!ev.actor.name.empty() && e.name == ev.actor.name) ||
                   (!ev.treaty.id.empty() && e.id == ev.treaty.id);
        if (hit && better(best, k)) best = k;
      }
    }
    if (best >= 0) return best;
    // The nearest event mentioned before.
    int best_pos = -1;
    for (size_t k = 0; k < events->size(); ++k)
      for (const EventMention& em : (*events)[k].mentions)
        if (em.sentence.start <= sm.start && em.sentence.start > best_pos) {
          best_pos = em.sentence.start;
          best = k;
        }
    return best >= 0 ? best : 0;
  };

  std::map<std::pair<std::string, std::pair<int, int>>, int> seen;
  for (size_t i = 0; i < found.size(); ++i) {
    if (drop[i]) continue;
    const Found& f = found[i];
    int ev = event_for(f.sent);
    auto key = std::make_pair(f.org, std::make_pair(f.stance, ev));
    if (seen.count(key)) continue;
    seen[key] = 1;
    Reaction r;
    r.org.name = f.org;
    r.org.kind = "ngo";
    for (const OrgMention& o : orgs)
      if (o.name == f.org && o.sent <= f.sent)
        r.org.mention = {toks[o.a].start, toks[o.b].end};
    r.stance = kStances[f.stance];
    r.cue = {toks[f.first].start, toks[f.last].end};
    if (ev >= 0) {
      r.event = (*events)[ev].id;
      r.target = (*events)[ev].trigger;
    }
    for (const Quote& q : quotes) {
      if (q.speaker.name != f.org) continue;
      int qs = sent_of_byte(q.mention.start);
      if (qs == f.sent) r.quotes.push_back(q.id);
    }
    r.rule = "reactions.stance_cue";
    out.push_back(r);
  }
  std::stable_sort(out.begin(), out.end(),
                   [](const Reaction& a, const Reaction& b) {
                     return a.cue.start < b.cue.start;
                   });
  for (size_t i = 0; i < out.size(); ++i) {
    out[i].id = "r" + std::to_string(i + 1);
    if (!events) continue;
    for (Event& e : *events)
      if (e.id == out[i].event) e.reactions.push_back(out[i].id);
  }

  // Officials: official speakers quoted next to an event mention.
  if (events) {
    for (const Quote& q : quotes) {
      if (q.speaker.kind != "official" || q.speaker.name.empty()) continue;
      // Unnamed officials ("a diplomat", "producer delegates") are not
      // listed; "NATO official" names its organisation and is.
      bool named = false;
      for (size_t k = 0; k < q.speaker.name.size(); ++k)
        if ((k == 0 || q.speaker.name[k - 1] == ' ') &&
            q.speaker.name[k] >= 'A' && q.speaker.name[k] <= 'Z')
          named = true;
      if (!named) continue;
      int qs = sent_of_byte(q.mention.start);
      int qt = std::min(n - 1, res.TokenAt(q.mention.start));
      for (Event& e : *events) {
        bool near = false;
        for (const EventMention& em : e.mentions) {
          int es = sent_of_byte(em.sentence.start);
          int et = std::min(n - 1, res.TokenAt(em.sentence.start));
          if (toks[et].para == toks[qt].para &&
              (std::abs(es - qs) <= 1 || true))
            near = true;
        }
        if (near && std::find(e.officials.begin(), e.officials.end(),
                              q.speaker.name) == e.officials.end())
          e.officials.push_back(q.speaker.name);
      }
      // Elsewhere: a sentence that uses a trigger word of an event's type
      // ("positioned the decision to withdraw as ...") is about the latest
      // such event of the official's state before it.
      if (qs < 0 || qs >= static_cast<int>(sentences.size())) continue;
      int lo = res.TokenAt(sentences[qs].start);
      int hi = std::min(n, res.TokenAt(sentences[qs].end));
      Event* best = nullptr;
      int best_pos = -1;
      for (const auto& [type, words] : triggers_) {
        bool used = false;
        for (int k = lo; k < hi && !used; ++k)
          used = toks[k].word() && words.MatchAt(toks, k, hi) > 0;
        if (!used) continue;
        for (Event& e : *events) {
          if (e.type != type) continue;
          if (!q.speaker.affiliation.empty() &&
              q.speaker.affiliation != e.actor.name)
            continue;
          for (const EventMention& em : e.mentions) {
            if (em.sentence.start > q.mention.start) continue;
            if (em.sentence.start > best_pos) {
              best_pos = em.sentence.start;
              best = &e;
            }
          }
        }
      }
      if (best && std::find(best->officials.begin(), best->officials.end(),
                            q.speaker.name) == best->officials.end())
        best->officials.push_back(q.speaker.name);
    }
  }
  return out;
}

}  // namespace newsevents
