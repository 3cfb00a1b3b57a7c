// Incident -> one JSON line; the incidents folder's only nlohmann/json user.
#include <nlohmann/json.hpp>

#include "incidents/incidents.h"

namespace newsevents {

std::string IncidentJson(const Incident& incident) {
  using Json = nlohmann::ordered_json;
  Json j;
  j["schema"] = "newsevents-incident/1";
  j["id"] = incident.id;
  j["type"] = incident.type;
  j["modality"] = incident.modality;
  j["actor"] = {{"key", incident.actor_key}, {"name", incident.actor_name}};
  j["treaty"] = {{"key", incident.treaty_key}, {"name", incident.treaty_name}};
  if (incident.date.empty())
    j["date"] = nullptr;
  else
    j["date"] = {{"value", incident.date},
                 {"precision", incident.date_precision}};
  j["anchor"] = incident.anchor;
  j["first_report"] = incident.first_report;
  j["last_report"] = incident.last_report;
  j["articles"] = incident.articles;
  Json stages = Json::array();
  for (const IncidentStage& s : incident.stages)
    stages.push_back({{"modality", s.modality},
                      {"mentions", s.mentions},
                      {"first_report", s.first_report},
                      {"last_report", s.last_report}});
  j["stages"] = stages;
  j["officials"] = incident.officials;
  Json organisations = Json::array();
  for (const auto& [name, stance] : incident.organisations)
    organisations.push_back({{"name", name}, {"stance", stance}});
  j["organisations"] = organisations;
  Json mentions = Json::array();
  for (const IncidentMention& m : incident.mentions) {
    Json mention = {{"doc", m.doc_id},
                    {"event", m.event_id},
                    {"modality", m.modality},
                    {"dct", m.dct}};
    mention["date"] = m.date.empty() ? Json(nullptr) : Json(m.date);
    mentions.push_back(mention);
  }
  j["mentions"] = mentions;
  return j.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace newsevents
