#include "events/instance_names.h"

#include <string>

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

std::string ActWord(std::string_view sentence) {
  const std::string folded = AsciiLower(sentence);
  if (folded.find("refinanc") != std::string::npos) return "refinancing";
  if (folded.find("restructur") != std::string::npos) return "restructuring";
  return "rescheduling";
}

std::string Fill(std::string name, const std::string& slot, const std::string& value) {
  const size_t at = name.find(slot);
  if (at != std::string::npos) name.replace(at, slot.size(), value);
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
    names[i] = Fill(Fill(*instance, "{party}", party), "{act}",
                    ActWord(text.substr(s.start, s.end - s.start)));
  }
  // Named after every party is found, so that one renamed event does not
  // hide the family from the next.
  for (size_t i = 0; i < events->size(); ++i)
    if (!names[i].empty()) (*events)[i].treaty.name = names[i];
}

}  // namespace newsevents
