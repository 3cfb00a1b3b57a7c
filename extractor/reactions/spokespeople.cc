// NGO spokespeople and quotes: who speaks for an NGO ("said Jane Doe, a
// spokeswoman for Amnesty International"), and the stances of the quotes
// of NGOs and of their spokespeople: the cue, the words of partial quotes,
// a lead-in before the speaker, and the words of a direct quote (which
// count only when nothing outside them does; see DropStances).
#include <algorithm>

#include "reactions/internal.h"

namespace newsevents {
namespace {

// Tokens that may stand between a speaker and the NGO of its apposition
// ("Jody Williams, co-winner of the Nobel Peace Prize for her six year
// crusade with the International Campaign to Ban Landmines").
constexpr int kMaxAppositionTokens = 20;

}  // namespace

SpeaksFor FindSpokespeople(const ReactionDoc& d, const ReactionWords& w,
                           const std::vector<OrgMention>& orgs) {
  const std::vector<QToken>& toks = d.toks;
  const int n = d.n;
  const std::vector<int>& sent_of = d.sent_of;
  const SpeakerResolver& res = d.res;
  // People who speak for an NGO: "Marissa Vitagliano, the coordinator of
  // the U.S. Campaign to Ban Land Mines", "Brad Adams, from the UK's Human
  // Rights Watch"; later quotes of the same name speak for it too.
  SpeaksFor speaks_for;
  for (const Quote& q : d.quotes) {
    if (q.speaker.kind == "ngo" || q.speaker.name.empty() ||
        q.speaker.mention.empty() || speaks_for.count(q.speaker.name))
      continue;
    const int sa = res.TokenAt(q.speaker.mention.start);
    if (sa >= n) continue;
    const int sb = std::max(sa + 1, res.TokenAt(q.speaker.mention.end));
    for (const OrgMention& o : orgs) {
      if (o.a <= sa || o.sent != sent_of[sa]) continue;
      if (o.a - sb > kMaxAppositionTokens) break;
      // Only title words and modifiers between: no quote, no reporting verb.
      bool clear = true;
      for (int k = std::min(sb, o.a); k < o.a && clear; ++k)
        clear = toks[k].mark == kNoMark &&
                w.lex.verbs.MatchAt(toks, k, o.a) == 0;
      int j = o.a - 1;
      for (int skipped = 0;
           j > sa && skipped < 3 &&
           (w.lex.determiners.Has(toks[j].key) ||
            toks[j].key == FoldKey("'s") || toks[j].cap());
           ++skipped)
        --j;
      const uint64_t p = toks[j].key;
      if (clear && (p == FoldKey("of") || p == FoldKey("for") ||
                    p == FoldKey("with") || p == FoldKey("from")))
        speaks_for[q.speaker.name] = o.name;
      break;
    }
  }
  return speaks_for;
}

std::string QuoteOrg(const SpeaksFor& speaks_for, const Quote& q) {
  if (q.speaker.kind == "ngo")
    return q.speaker.affiliation.empty() ? q.speaker.name
                                         : q.speaker.affiliation;
  auto it = speaks_for.find(q.speaker.name);
  return it == speaks_for.end() ? "" : it->second;
}

void QuoteStances(const ReactionDoc& d, const ReactionWords& w,
                  const SpeaksFor& speaks_for, const StanceDoc& stance_doc,
                  std::vector<Found>* out) {
  const std::vector<QToken>& toks = d.toks;
  const int n = d.n;
  const std::vector<int>& sent_of = d.sent_of;
  const SpeakerResolver& res = d.res;
  std::vector<Found>& found = *out;
  using Hit = StanceHit;
  auto scan = [&](int a, int b, std::vector<Hit>* hits,
                  bool skip_direct = false, bool passive_agent = false) {
    w.cues.Scan(stance_doc, a, b, skip_direct, passive_agent, hits);
  };

  // Quotes of NGOs: the cue, and the words of partial quotes.
  for (const Quote& q : d.quotes) {
    const std::string org = QuoteOrg(speaks_for, q);
    if (org.empty()) continue;
    int a = res.TokenAt(q.cue.start), b = res.TokenAt(q.cue.end);
    std::vector<Hit> hits;
    if (!q.cue.empty()) scan(a, b, &hits);
    // The words after a call are what it calls for ("demanded a probe into
    // camps run by groups opposed to ...").
    bool call = false;
    for (const Hit& h : hits) call |= h.stance == kUrge;
    if (q.kind != "direct" && !call)
      scan(res.TokenAt(q.mention.start), res.TokenAt(q.mention.end), &hits);
    int s = sent_of[std::min(n - 1, res.TokenAt(q.mention.start))];
    // A lead-in before the speaker in the cue's sentence ("Welcoming the
    // ruling, X of the Refugee Council said").
    int sp = res.TokenAt(q.speaker.mention.start);
    if (!q.cue.empty() && sp < n && sent_of[sp] == sent_of[std::min(n - 1, a)]) {
      int lo = sp;
      while (lo > 0 && sent_of[lo - 1] == sent_of[sp]) --lo;
      int qa = res.TokenAt(q.mention.start);
      // Only a clause set off by a comma just before the speaker.
      bool lead_in = sp > lo + 1 && toks[sp - 1].key == FoldKey(",");
      for (int k = lo; k < sp - 1 && lead_in; ++k)
        lead_in = toks[k].key != FoldKey(",") && toks[k].mark == kNoMark;
      if (lead_in && (qa < lo || qa > sp)) scan(lo, sp, &hits);
    }
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
}

}  // namespace newsevents
