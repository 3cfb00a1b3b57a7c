// Reactions of NGOs to events, and officials of events; see reactions/reactions.h.
// Find runs the stages of reactions/internal.h over one document; stance
// cues are in reactions/stance.cc, event links in reactions/link.cc,
// officials in reactions/officials.cc.
#include "reactions/reactions.h"

#include <algorithm>
#include <filesystem>

#include "base/tsv.h"
#include "reactions/internal.h"

namespace newsevents {

Status ReactionFinder::Load(const std::string& dir,
                            std::unique_ptr<ReactionFinder>* out) {
  std::unique_ptr<ReactionFinder> rf(new ReactionFinder());
  Status s = rf->lex_.Load(dir);
  if (!s.ok()) return s;
  const std::string w = dir + "/words/";
  struct Item { WordList* list; const char* file; };
  s = rf->cues_.Load(dir);
  if (!s.ok()) return s;
  s = rf->firms_.Load(w);
  if (!s.ok()) return s;
  const Item items[] = {{&rf->excluded_heads_, "ngo_excluded_heads.txt"},
                        {&rf->possessives_, "possessive_determiners.txt"},
                        {&rf->event_nouns_, "date_anaphora.txt"},
                        {&rf->body_heads_, "body_heads.txt"},
                        {&rf->body_owners_, "body_owners.txt"},
                        {&rf->hearer_verbs_, "hearer_verbs.txt"},
                        {&rf->object_preps_, "object_prepositions.txt"},
                        {&rf->repression_, "repression_verbs.txt"}};
  for (const Item& it : items) {
    s = it.list->Load(w + it.file);
    if (!s.ok()) return s;
  }
  // Every event type's trigger list: negotiate_triggers.txt, ...
  std::vector<std::string> types;
  const std::string suffix = "_triggers.txt";
  for (const std::string& name : ListFiles(w, suffix))
    types.push_back(name.substr(0, name.size() - suffix.size()));
  for (const std::string& type : types) {
    rf->triggers_.emplace_back(type, WordList());
    s = rf->triggers_.back().second.Load(w + type + "_triggers.txt");
    if (!s.ok()) return s;
  }
  *out = std::move(rf);
  return Status::Ok();
}

std::vector<Reaction> ReactionFinder::Find(
    std::string_view text, const std::vector<Mention>& sentences,
    const std::vector<EntityMention>& entities,
    const std::vector<Quote>& quotes, std::vector<Event>* events) const {
  return Find(text, ScanTokens(text, &lex_.abbreviations), sentences, entities,
              quotes, events);
}

std::vector<Reaction> ReactionFinder::Find(
    std::string_view text, const std::vector<QToken>& toks,
    const std::vector<Mention>& sentences,
    const std::vector<EntityMention>& entities,
    const std::vector<Quote>& quotes, std::vector<Event>* events) const {
  std::vector<Reaction> out;
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
  SpeakerResolver res(text, toks, entities, lex_);
  const ReactionDoc doc{text, toks, n, sent_of, entities, quotes, res};
  const ReactionWords words{lex_,           cues_,         firms_,
                            excluded_heads_, possessives_, body_heads_,
                            body_owners_,   hearer_verbs_, object_preps_,
                            repression_};

  std::vector<std::string> not_ngo;  // names seen as parts of universities
  const std::vector<OrgMention> orgs = FindNgoMentions(doc, words, &not_ngo);

  std::vector<char> in_org(n, 0);  // tokens of NGO mentions
  for (const OrgMention& m : orgs)
    for (int k = m.a; k <= m.b; ++k) in_org[k] = 1;

  // Tokens of direct quotes: the stage scans read their words only as the
  // quote's own (QuoteStances).
  std::vector<char> in_direct(n, 0);
  for (const Quote& q : quotes) {
    if (q.kind != "direct") continue;
    for (int k = res.TokenAt(q.mention.start);
         k < n && toks[k].end <= q.mention.end; ++k)
      in_direct[k] = 1;
  }
  const StanceDoc stance_doc{&toks, &in_direct, &in_org};

  std::vector<Found> found;
  ClauseStances(doc, words, orgs, stance_doc, &found);
  const SpeaksFor speaks_for = FindSpokespeople(doc, words, orgs);
  QuoteStances(doc, words, speaks_for, stance_doc, &found);
  const std::vector<char> drop = DropStances(found, not_ngo);

  static const std::vector<Event> kNoEvents;
  const LinkContext link{text,      toks,     sent_of,  sentences,
                         entities,  res,      triggers_, events ? *events : kNoEvents};
  out = AssembleReactions(link, event_nouns_, orgs, found, drop, speaks_for,
                          quotes, events);

  // Officials: officials quoted about an event.
  if (events) LinkOfficials(link, quotes, lex_, excluded_heads_, events);
  return out;
}

}  // namespace newsevents
