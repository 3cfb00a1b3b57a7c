// Stances of NGO clauses: what an NGO's own clause says ("Amnesty
// condemned ..."), or a stance before it that it is the agent or source of
// ("condemned by Amnesty", "criticism from Amnesty"); see reactions/reactions.h. An
// organisation spoken to or the object of a past verb or of a preposition
// takes none, nor does it take another actor's clause after it.
#include <algorithm>

#include "reactions/internal.h"

namespace newsevents {
namespace {

// Tokens that may stand between an NGO and the reporting verb of its
// report ("the All Burma Students Democratic Front, an exiles group,
// said").
constexpr int kMaxReportGap = 8;

// Tokens a stance may stand before the NGO that is its agent ("condemned
// on Tuesday by Amnesty"); a cue further back ("Calling for a switch to
// other crops, Agriculture Minister Moven Mahachi said ... maize bought by
// the GMB") is another's.
constexpr int kMaxAgentGap = 12;

}  // namespace

void ClauseStances(const ReactionDoc& d, const ReactionWords& w,
                   const std::vector<OrgMention>& orgs,
                   const StanceDoc& stance_doc, std::vector<Found>* out) {
  const std::string_view text = d.text;
  const std::vector<QToken>& toks = d.toks;
  const int n = d.n;
  const std::vector<int>& sent_of = d.sent_of;
  const SpeakerResolver& res = d.res;
  const std::vector<EntityMention>& entities = d.entities;
  const std::vector<char>& in_direct = *stance_doc.in_direct;
  std::vector<Found>& found = *out;
  using Hit = StanceHit;
  auto scan = [&](int a, int b, std::vector<Hit>* hits,
                  bool skip_direct = false, bool passive_agent = false) {
    w.cues.Scan(stance_doc, a, b, skip_direct, passive_agent, hits);
  };

  // True when a stance cue word starts at token k.
  auto is_cue = [&](int k) { return w.cues.CueAt(toks, k, n) > 0; };
  // Tokens that start another actor's clause: a state, organ, IGO or
  // person whose mention an auxiliary or a stance cue follows ("The ASA is
  // confident the U.S. Congress will support its trade complaint": the
  // support is Congress's).
  std::vector<char> other_subject(n, 0);
  for (const EntityMention& e : entities) {
    if (!(e.kind == "state" || e.kind == "organ" || e.kind == "igo" ||
          e.kind == "person"))
      continue;
    const int k = res.TokenAt(e.mention.start);
    int after = k;
    while (after < n && toks[after].start < e.mention.end) ++after;
    if (k < n && after < n &&
        (w.lex.aux.Has(toks[after].key) || is_cue(after)))
      other_subject[k] = 1;
  }
  std::vector<int> region_end(orgs.size(), -1);
  // True when only "and", commas, determiners and NGO nouns stand in tokens
  // [a, b): "Amnesty and the rights group HRW".
  auto coordinated = [&](int a, int b) {
    for (int k = a; k < b; ++k) {
      const QToken& t = toks[k];
      if (!(t.key == FoldKey("and") || t.key == FoldKey(",") ||
            t.key == FoldKey("both") || w.lex.determiners.Has(t.key) ||
            w.lex.ngo_nouns.MatchAt(toks, k, b) > 0 ||
            (t.word() && !t.cap() && k + 1 < b &&
             w.lex.ngo_nouns.MatchAt(toks, k + 1, b) > 0)))
        return false;
    }
    return true;
  };
  // True when the stance of orgs[m] comes before it: "condemned by (rights
  // watchdog) Amnesty", "by the media watchdog, Reporters Without Borders",
  // "..., as have Amnesty".
  // True when a phrase of `list` ends just before token k.
  auto ends_at = [&](const WordList& list, int k) {
    for (int j = std::max(0, k - 3); j < k; ++j)
      if (list.MatchAt(toks, j, k) == k - j) return true;
    return false;
  };
  auto passive_back = [&](size_t m) {
    const OrgMention& o = orgs[m];
    int sent_lo = o.a;
    while (sent_lo > 0 && sent_of[sent_lo - 1] == o.sent) --sent_lo;
    for (int k = std::max(sent_lo, o.a - 6); k < o.a; ++k) {
      // "A statement by Oxfam called the withdrawal shameful": a document
      // by the organisation speaks for it, in the clause after it.
      if (toks[k].key == FoldKey("by") && k > sent_lo &&
          ends_at(w.lex.document_nouns, k))
        return false;
      if (toks[k].key == FoldKey("by")) {
        bool mods = true;
        // "by some in the movement": the agent is someone else.
        for (int m2 = k + 1; m2 < o.a; ++m2)
          if (!(toks[m2].word() && !toks[m2].cap() &&
                toks[m2].key != FoldKey("in") &&
                toks[m2].key != FoldKey("that") &&
                toks[m2].key != FoldKey("which") &&
                toks[m2].key != FoldKey("among")) &&
              !(m2 == o.a - 1 && m2 > k + 1 && toks[m2].key == FoldKey(",")))
            mods = false;
        if (mods) return true;
      }
      if (toks[k].key == FoldKey("as") && k + 1 < o.a &&
          (toks[k + 1].key == FoldKey("have") ||
           toks[k + 1].key == FoldKey("has") ||
           toks[k + 1].key == FoldKey("did")))
        return true;
    }
    return false;
  };
  for (size_t m = orgs.size(); m-- > 0;) {
    const OrgMention& o = orgs[m];
    int s = o.sent;
    int sent_end = o.b + 1;
    while (sent_end < n && sent_of[sent_end] == s) ++sent_end;
    int a = o.b + 1, b = sent_end;
    if (m + 1 < orgs.size() && orgs[m + 1].sent == s) {
      b = orgs[m + 1].a;
      // Coordinated subjects share the next one's clause.
      if (coordinated(a, b)) {
        a = orgs[m + 1].b + 1;
        b = region_end[m + 1] >= 0 ? region_end[m + 1] : sent_end;
      }
    }
    b = std::min(b, a + 30);
    int before = o.a - 1;
    int sent_lo = o.a;
    while (sent_lo > 0 && sent_of[sent_lo - 1] == s) --sent_lo;
    // "speaking to the National Association of Manufacturers": the object
    // of a preposition (object_prepositions.txt), also past determiners
    // where the name is no possessor ("to the group's request") and the
    // preposition is not "of" ("members of the United Food and Commercial
    // Workers": the whole acts).
    int prep = before;
    if (!(o.b + 1 < n && toks[o.b + 1].key == FoldKey("'s")))
      while (prep > sent_lo && w.lex.determiners.Has(toks[prep].key)) --prep;
    if (prep != before && prep >= 0 && toks[prep].key == FoldKey("of"))
      prep = before;
    // "According to Amnesty, the withdrawal is illegal": a source phrase
    // (source_phrases.txt) gives the organisation the words after it.
    const bool source = prep >= 0 && ends_at(w.lex.source_phrases, prep + 1);
    bool object = prep >= 0 && toks[prep].word() && !toks[prep].cap() &&
                  w.object_preps.Has(toks[prep].key) && !source;
    // "Dole told the National Corn Growers Association that ...": the
    // organisation is spoken to. "who co-founded the United Farm Workers":
    // the object of a verb in the past (not "said the group", "added
    // Amnesty", where it speaks) takes no stance.
    {
      int h = before;
      while (h > sent_lo && w.lex.determiners.Has(toks[h].key)) --h;
      if (h >= sent_lo && h < o.a && toks[h].word() && !toks[h].cap()) {
        const std::string_view word =
            text.substr(toks[h].start, toks[h].end - toks[h].start);
        const bool past = word.size() > 4 &&
                          word.substr(word.size() - 2) == "ed" &&
                          w.lex.verbs.MatchAt(toks, h, o.a) == 0 &&
                          !is_cue(h);
        if (w.hearer_verbs.Has(toks[h].key) || past) object = true;
      }
    }
    // "a spokesman for Amnesty said": the organisation speaks.
    // ("Officials told Amnesty" is spoken to: the title must govern a
    // preposition.)
    if (object && prep >= 1 && w.object_preps.Has(toks[prep].key) &&
        toks[prep - 1].word() && w.lex.IsTitle(toks[prep - 1].key))
      object = false;
    // "condemned by (rights watchdog) Amnesty", "..., as have Amnesty (and
    // HRW)": the stance is before the organisation.
    int back_to = passive_back(m) ? o.a : -1;
    if (m > 0 && orgs[m - 1].sent == s &&
        coordinated(orgs[m - 1].b + 1, o.a) && passive_back(m - 1))
      back_to = orgs[m - 1].a;
    const bool back = back_to >= 0;
    region_end[m] = b;
    std::vector<Hit> hits;
    // "drew criticism from Amnesty", "protests from (the) Sierra Club": a
    // stance noun just before "from" and the organisation is its stance.
    int from_cue = -1;
    {
      int f = o.a - 1;
      while (f > sent_lo && w.lex.determiners.Has(toks[f].key)) --f;
      if (f > sent_lo && toks[f].key == FoldKey("from"))
        for (int j = std::max(sent_lo, f - 4); j < f && from_cue < 0; ++j)
          if (w.cues.CueAt(toks, j, f) == f - j) from_cue = j;
    }
    if (back) {
      scan(std::max(sent_lo, back_to - kMaxAgentGap), back_to, &hits, false,
           /*passive_agent=*/true);
      // "The department rejected a request by the Teamsters Union": a verb
      // in the past before the cue nearest the agent has its own subject.
      for (size_t h = hits.size(); h-- > 1;) {
        const QToken& t = toks[hits[h - 1].last];
        const std::string_view word = text.substr(t.start, t.end - t.start);
        if (word.size() > 3 && word.substr(word.size() - 2) == "ed")
          hits.erase(hits.begin() + static_cast<long>(h - 1));
      }
    } else if (from_cue >= 0) {
      scan(from_cue, o.a, &hits, false, /*passive_agent=*/true);
    } else if (!object) {
      // "her rival, Sen. Bernie Sanders, who has long opposed the tax": a
      // relative clause of a person ("who") after the NGO is that person's.
      int sb = a;
      while (sb < b && !other_subject[sb] &&
             !(sb > a + 1 && toks[sb].key == FoldKey("who")))
        ++sb;
      scan(a, sb, &hits, !in_direct[o.a]);
      // "Welcoming the ruling, the Refugee Council said ...", "Disputing the
      // government's defence, Peace Now revealed ...": a clause that opens
      // the sentence with a stance cue and ends in a comma just before the
      // organisation is the organisation's.
      {
        int c = o.a - 1;
        while (c > sent_lo && w.lex.determiners.Has(toks[c].key)) --c;
        bool lead_in = c > sent_lo + 1 && toks[c].key == FoldKey(",") &&
                       is_cue(sent_lo) && !in_direct[sent_lo];
        for (int k = sent_lo; k < c && lead_in; ++k)
          lead_in = toks[k].key != FoldKey(",") && toks[k].mark == kNoMark;
        if (lead_in) scan(sent_lo, c, &hits);
      }
      // "the All Burma Students Democratic Front, an exiles group, said the
      // junta had arrested more than 300 students": an NGO that reports
      // repression (repression_verbs.txt) opposes it; the whole clause is
      // read, as the repression is another actor's act.
      int v = -1;
      for (int k = a; hits.empty() && k < b && k < a + kMaxReportGap && v < 0;
           ++k)
        if (w.lex.verbs.MatchAt(toks, k, b) > 0) v = k;
      for (int k = v + 1; v >= 0 && k < b; ++k)
        if (!in_direct[k] && w.repression.Has(toks[k].key)) {
          hits.push_back({kOppose, k, k});
          break;
        }
    }
    for (const Hit& h : hits)
      found.push_back({o.name, h.stance, h.first, h.last, s});
  }
}

}  // namespace newsevents
