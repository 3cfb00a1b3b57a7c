// Officials of events: which officials the article quotes about an event;
// see reactions/reactions.h.
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

#include "reactions/link.h"

namespace newsevents {
namespace {

constexpr int kTitleWindow = 3;  // tokens between a name and its organ

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

// The state whose organ stands next to the first full mention of `name`
// ("The Czech foreign minister, Jan Kavan"), or "".
std::string OrganState(const LinkContext& c, const std::string& name) {
  const int n = static_cast<int>(c.toks.size());
  const size_t at = c.text.find(name);
  if (at == std::string_view::npos) return "";
  const int first = c.res.TokenAt(static_cast<int>(at));
  const int after = c.res.TokenAt(static_cast<int>(at + name.size()));
  if (first >= n) return "";
  for (const EntityMention& e : c.entities) {
    if (e.kind != "organ" || e.name.empty()) continue;
    const int ea = c.res.TokenAt(e.mention.start);
    const int eb = c.res.TokenAt(e.mention.end);  // first token after it
    if (ea >= n || c.sent_of[ea] != c.sent_of[first]) continue;
    if ((eb <= first && first - eb <= kTitleWindow) ||
        (ea >= after && ea - after <= kTitleWindow))
      return e.name;
  }
  return "";
}

}  // namespace

void LinkOfficials(const LinkContext& c, const std::vector<Quote>& quotes,
                   const SpeakerLexicon& lex, const WordList& bodies,
                   std::vector<Event>* events) {
  const std::vector<QToken>& toks = c.toks;
  const int n = static_cast<int>(toks.size());
  const int ns = static_cast<int>(c.sentences.size());
  if (n == 0 || ns == 0) return;
  auto same_group = [&](const Event& a, const Event& b) {
    return a.type == b.type && a.modality == b.modality &&
           a.treaty.name == b.treaty.name;
  };

  for (const Quote& q : quotes) {
    // "President Reagan" is Reagan; a group of officials ("delegates",
    // "Japanese officials") is no one official.
    std::vector<std::string> words = Words(q.speaker.name);
    while (words.size() > 1 &&
           lex.IsTitle(FoldKey(words[0])) &&
           isupper(static_cast<unsigned char>(words[1][0])))
      words.erase(words.begin());
    if (words.empty()) continue;
    const int mb = std::min(n - 1, c.res.TokenAt(q.speaker.mention.end) - 1);
    const std::string said =
        q.speaker.mention.empty() ? words.back()
                                  : c.res.Text(mb, mb);  // "western diplomats"
    const std::vector<QToken> last = ScanTokens(words.back(), nullptr);
    if (last.size() == 1 && lex.IsTitle(last[0].key) &&
        (words.back().back() == 's' || (!said.empty() && said.back() == 's')))
      continue;
    // An official is a person: "Finance Ministry" is not one.
    bool body = false;
    for (const QToken& t : ScanTokens(q.speaker.name, nullptr))
      body |= bodies.Has(t.key);
    if (body) continue;
    std::string name;
    for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
    std::string affiliation = q.speaker.affiliation;
    if (q.speaker.kind == "official") {
      if (affiliation.empty()) affiliation = OrganState(c, name);
    } else if (q.speaker.kind == "person" && words.size() >= 2) {
      // A person introduced with an organ of a state, by full name.
      affiliation = OrganState(c, name);
      if (affiliation.empty()) continue;
    } else {
      continue;
    }
    const int qs = c.SentenceOfByte(q.mention.start);
    std::vector<int> about = c.MentionedIn(qs);
    for (int d : {-1, 1}) {
      if (!about.empty()) break;
      const int s2 = qs + d;
      if (s2 >= 0 && s2 < ns && c.Paragraph(s2) == c.Paragraph(qs))
        about = c.MentionedIn(s2);
    }
    if (about.empty()) {
      const int lo = std::min(n, c.res.TokenAt(c.sentences[qs].start));
      const int hi = std::min(n, c.res.TokenAt(c.sentences[qs].end));
      about = c.LatestBefore(qs, [&](int k) {
        return c.UsesTrigger((*events)[k].type, lo, hi);
      });
      if (about.empty())
        about = c.LatestBefore(qs, [&](int k) { return c.NamesTreaty(k, qs, qs); });
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
