// Reads extractor output lines (shared spec output.md) with nlohmann/json.
#include "eval/predictions.h"

#include <fstream>

#include "eval/json_fields.h"

namespace newsevents {
namespace {

EntityRef ReadEntityRef(const Json& j) {
  EntityRef r;
  if (!j.is_object()) return r;
  r.name = Str(j, "name");
  r.kind = Str(j, "kind");
  r.code = Str(j, "code");
  r.organ = Str(j, "organ");
  r.mention = ReadMention(j, "mention");
  return r;
}

Timex ReadTimex(const Json& j) {
  Timex t;
  t.type = Str(j, "type");
  t.value = Str(j, "value");
  t.mod = Str(j, "mod");
  t.mention = ReadMention(j, "mention");
  t.anchor = Str(j, "anchor");
  t.rule = Str(j, "rule");
  return t;
}

Record ReadRecord(const Json& j) {
  Record r;
  const Json& doc = j["doc"];
  r.doc_id = Str(doc, "id");
  r.dct = Str(doc, "dct");
  r.source = Str(doc, "source");
  r.bytes = Int(doc, "bytes", 0);
  r.sentences = Int(doc, "sentences", 0);
  r.tokens = Int(doc, "tokens", 0);
  for (const Json& e : Arr(j, "events")) {
    Event ev;
    ev.id = Str(e, "id");
    ev.type = Str(e, "type");
    ev.modality = Str(e, "modality");
    if (e.contains("actor")) ev.actor = ReadEntityRef(e["actor"]);
    if (e.contains("treaty") && e["treaty"].is_object()) {
      ev.treaty.name = Str(e["treaty"], "name");
      ev.treaty.id = Str(e["treaty"], "id");
      ev.treaty.mention = ReadMention(e["treaty"], "mention");
    }
    if (e.contains("date") && e["date"].is_object())
      ev.date = ReadTimex(e["date"]);
    ev.trigger = ReadMention(e, "trigger");
    ev.officials = Strings(e, "officials");
    ev.reactions = Strings(e, "reactions");
    for (const Json& m : Arr(e, "mentions")) {
      EventMention em;
      auto s = m.find("sentence");
      if (s != m.end() && s->is_array() && s->size() == 2 &&
          (*s)[0].is_number_integer() && (*s)[1].is_number_integer())
        em.sentence = {(*s)[0].get<int>(), (*s)[1].get<int>()};
      em.trigger = ReadMention(m, "trigger");
      em.rule = Str(m, "rule");
      ev.mentions.push_back(em);
    }
    ev.rule = Str(e, "rule");
    auto c = e.find("confidence");
    if (c != e.end() && c->is_number()) ev.confidence = c->get<double>();
    r.events.push_back(ev);
  }
  for (const Json& q : Arr(j, "quotes")) {
    Quote qu;
    qu.id = Str(q, "id");
    qu.kind = Str(q, "kind");
    qu.mention = ReadMention(q, "mention");
    if (q.contains("speaker") && q["speaker"].is_object()) {
      const Json& s = q["speaker"];
      qu.speaker = {Str(s, "name"), Str(s, "title"), Str(s, "affiliation"),
                    Str(s, "kind"), ReadMention(s, "mention")};
    }
    qu.cue = ReadMention(q, "cue");
    qu.rule = Str(q, "rule");
    r.quotes.push_back(qu);
  }
  for (const Json& x : Arr(j, "reactions")) {
    Reaction re;
    re.id = Str(x, "id");
    if (x.contains("org")) re.org = ReadEntityRef(x["org"]);
    re.stance = Str(x, "stance");
    re.event = Str(x, "event");
    re.target = ReadMention(x, "target");
    re.quotes = Strings(x, "quotes");
    re.cue = ReadMention(x, "cue");
    re.rule = Str(x, "rule");
    r.reactions.push_back(re);
  }
  for (const Json& t : Arr(j, "timexes")) r.timexes.push_back(ReadTimex(t));
  for (const Json& e : Arr(j, "entities")) {
    Entity en;
    en.id = Str(e, "id");
    en.kind = Str(e, "kind");
    en.name = Str(e, "name");
    en.code = Str(e, "code");
    for (const Json& m : Arr(e, "mentions"))
      en.mentions.push_back({Int(m, "start", -1), Int(m, "end", -1)});
    r.entities.push_back(en);
  }
  r.warnings = Strings(j, "warnings");
  return r;
}

}  // namespace

Status ParsePredictions(std::istream& in, const std::string& name,
                        Predictions* out) {
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    std::string where = name + ":" + std::to_string(number);
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    Json j;
    try {
      j = Json::parse(line);
    } catch (const Json::parse_error& e) {
      // nlohmann says "[json.exception.parse_error.101] parse error at line 1,
      // column 10: <what>"; its line is always 1 here, so keep <what> only.
      std::string what = e.what();
      size_t cut = what.find(": ");
      if (cut != std::string::npos) what = what.substr(cut + 2);
      return Status::Error("bad_json", "not valid JSON: " + what,
                           where + ":" + std::to_string(e.byte));
    }
    if (!j.is_object() || !j.contains("doc") || !j["doc"].is_object() ||
        Str(j["doc"], "id").empty())
      return Status::Error("bad_json", "record has no doc.id", where);
    std::string id = Str(j["doc"], "id");
    if (out->records.count(id) || out->errors.count(id)) {
      out->warnings.push_back(where + ": duplicate record for '" + id +
                              "' ignored");
      continue;
    }
    if (Str(j, "status") == "error") {
      const Json& err = j.contains("error") ? j["error"] : Json::object();
      std::string msg = Str(err, "code");
      std::string m = Str(err, "message");
      if (!m.empty()) msg += (msg.empty() ? "" : ": ") + m;
      out->errors[id] = msg.empty() ? "error" : msg;
      continue;
    }
    out->records[id] = ReadRecord(j);
  }
  return Status::Ok();
}

Status LoadPredictionsFile(const std::string& path, Predictions* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("io_error", "cannot read predictions", path);
  return ParsePredictions(in, path, out);
}

}  // namespace newsevents
