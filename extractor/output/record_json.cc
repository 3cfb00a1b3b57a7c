// The only library file that writes JSON: Record -> one JSON line.
#include <nlohmann/json.hpp>

#include "newsevents/extractor.h"

namespace newsevents {
namespace {

using nlohmann::ordered_json;

ordered_json MentionJson(const Mention& m, std::string_view text) {
  return {{"text", std::string(text.substr(m.start, m.end - m.start))},
          {"start", m.start},
          {"end", m.end}};
}

ordered_json TimexJson(const Timex& t, std::string_view text) {
  ordered_json j = {{"type", t.type}, {"value", t.value}};
  if (!t.mod.empty()) j["mod"] = t.mod;
  j["mention"] = MentionJson(t.mention, text);
  j["anchor"] = t.anchor.empty() ? ordered_json(nullptr) : ordered_json(t.anchor);
  j["rule"] = t.rule;
  return j;
}

ordered_json EntityRefJson(const EntityRef& r, std::string_view text) {
  ordered_json j = {{"name", r.name}, {"kind", r.kind}};
  if (!r.code.empty()) j["code"] = r.code;
  if (!r.organ.empty()) j["organ"] = r.organ;
  j["mention"] = MentionJson(r.mention, text);
  return j;
}

ordered_json EventJson(const Event& e, std::string_view text, bool explain) {
  ordered_json j = {{"id", e.id}, {"type", e.type}, {"modality", e.modality},
                    {"actor", EntityRefJson(e.actor, text)}};
  ordered_json treaty = {{"name", e.treaty.name}};
  treaty["id"] = e.treaty.id.empty() ? ordered_json(nullptr) : ordered_json(e.treaty.id);
  treaty["mention"] = MentionJson(e.treaty.mention, text);
  j["treaty"] = treaty;
  if (e.date)
    j["date"] = {{"value", e.date->value}, {"mention", MentionJson(e.date->mention, text)}};
  j["trigger"] = MentionJson(e.trigger, text);
  j["officials"] = e.officials;
  j["reactions"] = e.reactions;
  ordered_json mentions = ordered_json::array();
  for (const EventMention& m : e.mentions) {
    ordered_json mj = {{"sentence", {m.sentence.start, m.sentence.end}},
                       {"trigger", MentionJson(m.trigger, text)},
                       {"rule", m.rule}};
    if (explain)
      mj["sentence_text"] =
          std::string(text.substr(m.sentence.start, m.sentence.end - m.sentence.start));
    mentions.push_back(mj);
  }
  j["mentions"] = mentions;
  j["rule"] = e.rule;
  j["confidence"] = e.confidence;
  return j;
}

ordered_json QuoteJson(const Quote& q, std::string_view text) {
  ordered_json speaker = {{"name", q.speaker.name}};
  if (!q.speaker.title.empty()) speaker["title"] = q.speaker.title;
  if (!q.speaker.affiliation.empty()) speaker["affiliation"] = q.speaker.affiliation;
  speaker["kind"] = q.speaker.kind;
  speaker["mention"] = q.speaker.mention.empty()
                           ? ordered_json(nullptr)
                           : MentionJson(q.speaker.mention, text);
  ordered_json j = {{"id", q.id}, {"kind", q.kind},
                    {"text", std::string(text.substr(q.mention.start,
                                                     q.mention.end - q.mention.start))},
                    {"mention", MentionJson(q.mention, text)},
                    {"speaker", speaker}};
  j["cue"] = q.cue.empty() ? ordered_json(nullptr) : MentionJson(q.cue, text);
  j["rule"] = q.rule;
  return j;
}

ordered_json ReactionJson(const Reaction& r, std::string_view text) {
  ordered_json j = {{"id", r.id},
                    {"org", {{"name", r.org.name}, {"kind", r.org.kind},
                             {"mention", MentionJson(r.org.mention, text)}}},
                    {"stance", r.stance}};
  j["event"] = r.event.empty() ? ordered_json(nullptr) : ordered_json(r.event);
  j["target"] = r.target.empty() ? ordered_json(nullptr) : MentionJson(r.target, text);
  j["quotes"] = r.quotes;
  j["cue"] = r.cue.empty() ? ordered_json(nullptr) : MentionJson(r.cue, text);
  j["rule"] = r.rule;
  return j;
}

}  // namespace

std::string ToJsonLine(const Record& r, std::string_view text,
                       const std::string& version, bool explain) {
  ordered_json doc = {{"id", r.doc_id}};
  doc["dct"] = r.dct.empty() ? ordered_json(nullptr) : ordered_json(r.dct);
  doc["source"] = r.source;
  doc["bytes"] = r.bytes;
  doc["sentences"] = r.sentences;
  doc["tokens"] = r.tokens;
  ordered_json j = {{"schema", "newsevents/1"}, {"status", "ok"},
                    {"version", version}, {"doc", doc}};
  auto list = [&](const auto& items, auto to_json) {
    ordered_json a = ordered_json::array();
    for (const auto& item : items) a.push_back(to_json(item));
    return a;
  };
  j["events"] = list(r.events, [&](const Event& e) { return EventJson(e, text, explain); });
  j["quotes"] = list(r.quotes, [&](const Quote& q) { return QuoteJson(q, text); });
  j["reactions"] = list(r.reactions, [&](const Reaction& x) { return ReactionJson(x, text); });
  j["timexes"] = list(r.timexes, [&](const Timex& t) { return TimexJson(t, text); });
  j["entities"] = list(r.entities, [&](const Entity& e) {
    ordered_json ej = {{"id", e.id}, {"kind", e.kind}, {"name", e.name}};
    if (!e.code.empty()) ej["code"] = e.code;
    ej["mentions"] = list(e.mentions, [&](const Mention& m) { return MentionJson(m, text); });
    return ej;
  });
  j["warnings"] = r.warnings;
  // Invalid UTF-8 never reaches here (Extract refuses it); replace anyway.
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

std::string ErrorJsonLine(const std::string& id, const std::string& source,
                          const Status& error) {
  ordered_json j = {{"schema", "newsevents/1"},
                    {"status", "error"},
                    {"doc", {{"id", id}, {"source", source}}},
                    {"error", {{"code", error.code()},
                               {"message", error.message()},
                               {"where", error.where()}}}};
  return j.dump(-1, ' ', false, ordered_json::error_handler_t::replace);
}

}  // namespace newsevents
