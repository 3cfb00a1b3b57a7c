// Typed, forgiving access to the fields of a parsed JSON object: a missing
// or mistyped field reads as empty. Shared by the gold and prediction readers.
#ifndef NEWSEVENTS_EVAL_JSON_FIELDS_H_
#define NEWSEVENTS_EVAL_JSON_FIELDS_H_

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "newsevents/record.h"

namespace newsevents {

using Json = nlohmann::json;

inline std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : "";
}

inline int Int(const Json& j, const char* key, int fallback) {
  auto it = j.find(key);
  return (it != j.end() && it->is_number_integer()) ? it->get<int>() : fallback;
}

inline std::vector<std::string> Strings(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const Json& s : *it)
    if (s.is_string()) out.push_back(s.get<std::string>());
  return out;
}

inline const Json& Arr(const Json& j, const char* key) {
  static const Json kEmpty = Json::array();
  auto it = j.find(key);
  return (it != j.end() && it->is_array()) ? *it : kEmpty;
}

inline Mention ReadMention(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_object()) return {-1, -1};
  return {Int(*it, "start", -1), Int(*it, "end", -1)};
}

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_JSON_FIELDS_H_
