// Officials of events: which officials the article quotes about an event;
// see reactions.h.
//
// An official is a person quoted as an official, or a person whom the
// text introduces next to an organ of a state ("The Czech foreign minister,
// Jan Kavan", "Makoto Kuroda, vice minister of Japan's Ministry of ...");
// that state is then the official's affiliation. A group ("delegates") or a
// body ("Finance Ministry") is no official. A quote is about
//   1. the events mentioned in its sentence, else
//   2. those mentioned in the sentence before or after it in its paragraph,
//      else
//   3. when its sentence uses a trigger word of an event's type or names
//      its treaty ("Accession to NATO is a guarantee ..."), the latest such
//      event mentioned before it,
// with the events that differ from it only in their actor. An official of
// a state speaks for that state's event, not for the other actors' of the
// same group: the Polish foreign minister speaks about Poland joining NATO,
// not Hungary; the host's secretary of state speaks about all three.
#include <algorithm>
#include <cctype>

#include "reactions.h"

namespace newsevents {
namespace {

constexpr int kTitleWindow = 3;  // tokens between a name and its organ

bool Overlaps(const Mention& x, const Mention& y) {
  return x.start < y.end && y.start < x.end;
}

// The words of a name.
std::vector<std::string> Words(const std::string& name) {
  std::vector<std::string> out;
  size_t k = 0;
  while (k < name.size()) {
    size_t e = name.find(' ', k);
    if (e == std::string::npos) e = name.size();
    if (e > k) out.push_back(name.substr(k, e - k));
    k = e + 1;
  }
  return out;
}

}  // namespace

void ReactionFinder::LinkOfficials(std::string_view text,
                                   const std::vector<QToken>& toks,
                                   const std::vector<int>& sent_of,
                                   const std::vector<Mention>& sentences,
                                   const std::vector<EntityMention>& entities,
                                   const std::vector<Quote>& quotes,
                                   const SpeakerResolver& res,
                                   std::vector<Event>* events) const {
  const int n = static_cast<int>(toks.size());
  const int ns = static_cast<int>(sentences.size());
  if (n == 0 || ns == 0) return;
  auto sent_of_byte = [&](int b) {
    for (int s = 0; s < ns; ++s)
      if (b < sentences[s].end) return s;
    return ns - 1;
  };
  auto para_of = [&](int s) {
    return toks[std::min(n - 1, res.TokenAt(sentences[s].start))].para;
  };
  // The state whose organ stands next to the first full mention of `name`
  // ("The Czech foreign minister, Jan Kavan"), or "".
  auto organ_state = [&](const std::string& name) -> std::string {
    const size_t at = text.find(name);
    if (at == std::string_view::npos) return "";
    const int first = res.TokenAt(static_cast<int>(at));
    const int after = res.TokenAt(static_cast<int>(at + name.size()));
    if (first >= n) return "";
    for (const EntityMention& e : entities) {
      if (e.kind != "organ" || e.name.empty()) continue;
      const int ea = res.TokenAt(e.mention.start);
      const int eb = res.TokenAt(e.mention.end);  // first token after it
      if (ea >= n || sent_of[ea] != sent_of[first]) continue;
      if ((eb <= first && first - eb <= kTitleWindow) ||
          (ea >= after && ea - after <= kTitleWindow))
        return e.name;
    }
    return "";
  };
  auto uses_trigger = [&](const std::string& type, int lo, int hi) {
    for (const auto& [t, words] : triggers_) {
      if (t != type) continue;
      for (int k = lo; k < hi; ++k)
        if (toks[k].word() && words.MatchAt(toks, k, hi) > 0) return true;
    }
    return false;
  };
  auto mentioned_in = [&](int s) {
    std::vector<int> ks;
    for (size_t k = 0; k < events->size(); ++k)
      for (const EventMention& em : (*events)[k].mentions)
        if (Overlaps(em.sentence, sentences[s])) {
          ks.push_back(static_cast<int>(k));
          break;
        }
    return ks;
  };
  auto same_group = [&](const Event& a, const Event& b) {
    return a.type == b.type && a.modality == b.modality &&
           a.treaty.name == b.treaty.name;
  };

  for (const Quote& q : quotes) {
    // "President Reagan" is Reagan; a group of officials ("delegates",
    // "Japanese officials") is no one official.
    std::vector<std::string> words = Words(q.speaker.name);
    while (words.size() > 1 &&
           lex_.IsTitle(FoldKey(words[0])) && isupper(words[1][0]))
      words.erase(words.begin());
    if (words.empty()) continue;
    const int mb = std::min(n - 1, res.TokenAt(q.speaker.mention.end) - 1);
    const std::string said =
        q.speaker.mention.empty() ? words.back()
                                  : res.Text(mb, mb);  // "western diplomats"
    const std::vector<QToken> last = ScanTokens(words.back(), nullptr);
    if (last.size() == 1 && lex_.IsTitle(last[0].key) &&
        (words.back().back() == 's' || said.back() == 's'))
      continue;
    // An official is a person: "Finance Ministry" is not one.
    bool body = false;
    for (const QToken& t : ScanTokens(q.speaker.name, nullptr))
      body |= excluded_heads_.Has(t.key);
    if (body) continue;
    std::string name;
    for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
    std::string affiliation = q.speaker.affiliation;
    if (q.speaker.kind == "official") {
      if (affiliation.empty()) affiliation = organ_state(name);
    } else if (q.speaker.kind == "person" && words.size() >= 2) {
      // A person introduced with an organ of a state, by full name.
      affiliation = organ_state(name);
      if (affiliation.empty()) continue;
    } else {
      continue;
    }
    const int qs = sent_of_byte(q.mention.start);
    std::vector<int> about = mentioned_in(qs);
    for (int d : {-1, 1}) {
      if (!about.empty()) break;
      const int s2 = qs + d;
      if (s2 < 0 || s2 >= ns || para_of(s2) != para_of(qs)) continue;
      about = mentioned_in(s2);
    }
    if (about.empty()) {
      const int lo = std::min(n, res.TokenAt(sentences[qs].start));
      const int hi = std::min(n, res.TokenAt(sentences[qs].end));
      int best = -1, best_pos = -1;
      bool best_trigger = false;
      for (size_t k = 0; k < events->size(); ++k) {
        const Event& e = (*events)[k];
        const bool trigger = uses_trigger(e.type, lo, hi);
        bool treaty = false;
        for (const EntityMention& m : entities)
          treaty |= !e.treaty.id.empty() && m.id == e.treaty.id &&
                    Overlaps(m.mention, sentences[qs]);
        if (!trigger && !treaty) continue;
        if (best_trigger && !trigger) continue;
        for (const EventMention& em : e.mentions) {
          if (em.sentence.start >= sentences[qs].start) continue;
          if ((trigger && !best_trigger) || em.sentence.start > best_pos) {
            best = static_cast<int>(k);
            best_pos = em.sentence.start;
            best_trigger = trigger;
          }
        }
      }
      if (best >= 0)
        for (int k : mentioned_in(sent_of_byte(best_pos)))
          if (same_group((*events)[k], (*events)[best])) about.push_back(k);
    }
    for (int k : about) {
      Event& e = (*events)[k];
      // An official of another actor of the same group speaks for that one.
      bool other = false;
      if (!affiliation.empty() && affiliation != e.actor.name)
        for (const Event& x : *events)
          other |= same_group(x, e) && x.actor.name == affiliation;
      if (other) continue;
      // One name per official: "Reagan" after "Ronald Reagan".
      bool known = false;
      for (const std::string& o : e.officials) {
        std::vector<std::string> ow = Words(o);
        known |= o == name || (ow.back() == words.back() &&
                               (ow.size() == 1 || words.size() == 1));
      }
      if (!known) e.officials.push_back(name);
    }
  }
}

}  // namespace newsevents
