// Assembling the Reaction records: which stances give way to others, and
// one reaction per (organisation, stance), linked to the events its
// sentences are about (reactions/link.h); see reactions/reactions.h.
#include <algorithm>
#include <cstdlib>
#include <map>

#include "reactions/internal.h"

namespace newsevents {
namespace {

// Output names of the Stance values.
const char* const kStances[] = {"oppose", "support", "concern", "urge"};

}  // namespace

std::vector<char> DropStances(const std::vector<Found>& found,
                              const std::vector<std::string>& not_ngo) {
  // The stances of names seen as parts of universities go.
  std::vector<char> drop(found.size(), 0);
  for (size_t i = 0; i < found.size(); ++i)
    if (std::find(not_ngo.begin(), not_ngo.end(), found[i].org) !=
        not_ngo.end())
      drop[i] = 1;
  // The words of a direct quote give way to a stance of the same
  // organisation outside it in the same or a neighbouring sentence.
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
  // Concern gives way to any other stance of the same organisation in the
  // same sentence ("urged ..., suggesting a worrying precedent").
  for (size_t i = 0; i < found.size(); ++i) {
    if (drop[i]) continue;
    if (found[i].stance != kConcern) continue;
    for (const Found& f : found)
      if (f.org == found[i].org && f.sent == found[i].sent && f.stance != kConcern)
        drop[i] = 1;
  }
  return drop;
}

std::vector<Reaction> AssembleReactions(
    const LinkContext& link, const WordList& event_nouns,
    const std::vector<OrgMention>& orgs, const std::vector<Found>& found,
    const std::vector<char>& drop, const SpeaksFor& speaks_for,
    const std::vector<Quote>& quotes, std::vector<Event>* events) {
  const std::vector<QToken>& toks = link.toks;
  std::vector<Reaction> out;
  // One reaction per (organisation, stance), linked to every event any of
  // its sentences is about.
  struct Pending {
    Reaction r;
    std::vector<int> events;
  };
  std::vector<Pending> pending;
  std::map<std::pair<std::string, int>, size_t> seen;
  for (size_t i = 0; i < found.size(); ++i) {
    if (drop[i]) continue;
    const Found& f = found[i];
    const std::vector<int> evs = EventsAbout(link, event_nouns, f.sent);
    auto key = std::make_pair(f.org, f.stance);
    auto it = seen.find(key);
    if (it != seen.end()) {
      Pending& p = pending[it->second];
      for (int k : evs)
        if (std::find(p.events.begin(), p.events.end(), k) == p.events.end())
          p.events.push_back(k);
      if (p.r.event.empty() && !evs.empty()) {
        p.r.event = (*events)[evs[0]].id;
        p.r.target = (*events)[evs[0]].trigger;
      }
      continue;
    }
    seen[key] = pending.size();
    Reaction r;
    r.org.name = f.org;
    r.org.kind = "ngo";
    for (const OrgMention& o : orgs)
      if (o.name == f.org && o.sent <= f.sent)
        r.org.mention = {toks[o.a].start, toks[o.b].end};
    r.stance = kStances[f.stance];
    r.cue = {toks[f.first].start, toks[f.last].end};
    if (!evs.empty()) {
      r.event = (*events)[evs[0]].id;
      r.target = (*events)[evs[0]].trigger;
    }
    for (const Quote& q : quotes) {
      if (QuoteOrg(speaks_for, q) != f.org) continue;
      int qs = link.SentenceOfByte(q.mention.start);
      if (qs == f.sent) r.quotes.push_back(q.id);
    }
    r.rule = "reactions.stance_cue";
    pending.push_back({r, evs});
  }
  std::stable_sort(pending.begin(), pending.end(),
                   [](const Pending& a, const Pending& b) {
                     return a.r.cue.start < b.r.cue.start;
                   });
  for (size_t i = 0; i < pending.size(); ++i) {
    pending[i].r.id = "r" + std::to_string(i + 1);
    for (int k : pending[i].events)
      (*events)[k].reactions.push_back(pending[i].r.id);
    out.push_back(pending[i].r);
  }
  return out;
}

}  // namespace newsevents
