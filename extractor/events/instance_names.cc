#include "events/instance_names.h"

#include <string>
#include <vector>

#include "base/strings.h"

namespace newsevents {
namespace {

const std::string* InstanceName(const Lexicon& lex, const std::string& id) {
  if (id.empty()) return nullptr;
  for (const TreatyInfo& t : lex.treaties())
    if (t.id == id) return t.instance_name.empty() ? nullptr : &t.instance_name;
  return nullptr;
}

const Mention& SentenceOf(const Event& e) { return e.mentions.front().sentence; }

bool SameSentence(const Event& a, const Event& b) {
  return SentenceOf(a).start == SentenceOf(b).start;
}

// The state an event of the family is for: see NameInstances.
std::string PartyOf(const Analysis& a, const std::vector<Event>& events,
                    const Event& e) {
  if (e.actor.kind == "state") return e.actor.name;
  for (const Event& o : events)
    if (o.actor.kind == "state" && o.treaty.id == e.treaty.id && SameSentence(o, e))
      return o.actor.name;
  const Mention& sentence = SentenceOf(e);
  for (const EntityMention& m : a.mentions)
    if (m.kind == "state" && m.mention.start >= sentence.start &&
        m.mention.end <= sentence.end)
      return m.name;
  for (const Event& o : events)
    if (o.actor.kind == "state" && o.treaty.id == e.treaty.id) return o.actor.name;
  return "";
}

// Fills "{slot:a|b|c}" (or "{slot}" with `value`): the alternative whose stem
// (the word without "-ing") the sentence holds, checked after the first,
// which is the default ("{act:rescheduling|refinancing|restructuring}").
std::string Fill(std::string name, const std::string& slot, std::string_view sentence,
                 const std::string& value = "") {
  const size_t at = name.find("{" + slot);
  if (at == std::string::npos) return name;
  const size_t close = name.find('}', at);
  if (close == std::string::npos) return name;
  std::string chosen = value;
  const size_t colon = name.find(':', at);
  if (colon < close) {
    std::vector<std::string> alternatives;
    std::string word;
    for (char c : name.substr(colon + 1, close - colon - 1) + "|") {
      if (c != '|') { word.push_back(c); continue; }
      alternatives.push_back(word);
      word.clear();
    }
    chosen = alternatives.front();
    const std::string folded = AsciiLower(sentence);
    for (size_t k = 1; k < alternatives.size(); ++k) {
      const std::string& w = alternatives[k];
      const std::string stem = EndsWith(w, "ing") ? w.substr(0, w.size() - 3) : w;
      if (folded.find(stem) != std::string::npos) { chosen = w; break; }
    }
  }
  name.replace(at, close - at + 1, chosen);
  return name;
}

}  // namespace

void NameInstances(const Lexicon& lexicon, const Analysis& a,
                   std::string_view text, std::vector<Event>* events) {
  std::vector<std::string> names(events->size());
  for (size_t i = 0; i < events->size(); ++i) {
    const Event& e = (*events)[i];
    const std::string* instance = InstanceName(lexicon, e.treaty.id);
    if (!instance || e.mentions.empty()) continue;
    const std::string party = PartyOf(a, *events, e);
    if (party.empty()) continue;
    const Mention& s = SentenceOf(e);
    const std::string_view sentence = text.substr(s.start, s.end - s.start);
    names[i] = Fill(Fill(*instance, "party", sentence, party), "act", sentence);
  }
  // Named after every party is found, so that one renamed event does not
  // hide the family from the next.
  for (size_t i = 0; i < events->size(); ++i)
    if (!names[i].empty()) (*events)[i].treaty.name = names[i];
}

}  // namespace newsevents
