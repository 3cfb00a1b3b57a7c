// Records (spec/output.md) into the reports the merging reads.
#include <cctype>
#include <map>

#include "incidents/incidents.h"

namespace newsevents {

std::string NameKey(const std::string& name) {
  std::string out;
  bool space = false;
  for (unsigned char c : name) {
    if (std::isspace(c)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    out += static_cast<char>(std::tolower(c));
  }
  return out;
}

void AppendReports(const Record& record, std::vector<EventReport>* out) {
  std::map<std::string, std::vector<std::pair<std::string, std::string>>>
      organisations;  // event id -> organisations reacting to it
  for (const Reaction& r : record.reactions)
    if (!r.event.empty() && !r.org.name.empty())
      organisations[r.event].push_back({r.org.name, r.stance});
  for (const Event& e : record.events) {
    EventReport r;
    r.doc_id = record.doc_id;
    r.event_id = e.id;
    r.dct = record.dct;
    r.type = e.type;
    r.modality = e.modality;
    r.actor_key = e.actor.code.empty() ? NameKey(e.actor.name) : e.actor.code;
    r.actor_name = e.actor.name;
    r.treaty_key = e.treaty.id.empty() ? NameKey(e.treaty.name) : e.treaty.id;
    r.treaty_name = e.treaty.name;
    if (e.date) r.date = e.date->value;
    r.officials = e.officials;
    auto it = organisations.find(e.id);
    if (it != organisations.end()) r.organisations = it->second;
    out->push_back(std::move(r));
  }
}

}  // namespace newsevents
