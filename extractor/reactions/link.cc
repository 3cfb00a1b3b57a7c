// Which events a sentence is about; see reactions/link.h.
#include "reactions/link.h"

#include <algorithm>

namespace newsevents {
int LinkContext::SentenceOfByte(int b) const {
  const int ns = static_cast<int>(sentences.size());
  for (int s = 0; s < ns; ++s)
    if (b < sentences[s].end) return s;
  return ns - 1;
}

int LinkContext::FirstToken(int s) const {
  return std::min(static_cast<int>(toks.size()) - 1,
                  res.TokenAt(sentences[s].start));
}

int LinkContext::Paragraph(int s) const { return toks[FirstToken(s)].para; }

bool LinkContext::UsesTrigger(const std::string& type, int lo, int hi) const {
  for (const auto& [t, words] : triggers) {
    if (t != type) continue;
    for (int k = lo; k < hi; ++k)
      if (toks[k].word() && words.MatchAt(toks, k, hi) > 0) return true;
  }
  return false;
}

bool LinkContext::NamesTreaty(int k, int from, int to) const {
  const Event& e = events[k];
  if (e.treaty.id.empty()) return false;
  for (const EntityMention& m : entities)
    if (m.id == e.treaty.id && m.mention.start >= sentences[from].start &&
        m.mention.end <= sentences[to].end)
      return true;
  return false;
}

std::vector<int> LinkContext::MentionedIn(int s) const {
  std::vector<int> ks;
  for (size_t k = 0; k < events.size(); ++k)
    for (const EventMention& em : events[k].mentions)
      if (Overlaps(em.sentence, sentences[s])) {
        ks.push_back(static_cast<int>(k));
        break;
      }
  return ks;
}

std::vector<int> LinkContext::Group(int k, int s) const {
  const Event& b = events[k];
  std::vector<int> out;
  for (int j : MentionedIn(s)) {
    const Event& e = events[j];
    if (e.type == b.type && e.modality == b.modality &&
        e.treaty.name == b.treaty.name)
      out.push_back(j);
  }
  return out;
}

std::vector<int> EventsAbout(const LinkContext& c, const WordList& event_nouns,
                             int s) {
  const int n = static_cast<int>(c.toks.size());
  if (c.events.empty() || n == 0 || s < 0 ||
      s >= static_cast<int>(c.sentences.size()))
    return {};
  // An asserted event before the others of the sentence.
  auto first = [&](const std::vector<int>& ks) {
    int best = ks[0];
    for (int k : ks)
      if (c.events[k].modality == "asserted" &&
          c.events[best].modality != "asserted")
        best = k;
    return best;
  };
  std::vector<int> here = c.MentionedIn(s);
  if (!here.empty()) return c.Group(first(here), s);
  if (s > 0 && c.Paragraph(s - 1) == c.Paragraph(s)) {
    std::vector<int> before = c.MentionedIn(s - 1);
    if (!before.empty()) return c.Group(first(before), s - 1);
  }
  const int from = s > 0 ? s - 1 : s;
  const int lo = c.FirstToken(from);
  const int hi = std::min(n, c.res.TokenAt(c.sentences[s].end));
  bool noun = false;
  for (int k = lo; k < hi && !noun; ++k)
    noun = c.toks[k].word() && event_nouns.MatchAt(c.toks, k, hi) > 0;
  return c.LatestBefore(s, [&](int k) {
    return noun || c.UsesTrigger(c.events[k].type, lo, hi) ||
           c.NamesTreaty(k, from, s);
  });
}

}  // namespace newsevents
