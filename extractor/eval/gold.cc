// Reads gold files (shared spec gold.md) with nlohmann/json.
#include "eval/gold.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include "base/tsv.h"
#include "eval/json_fields.h"
#include "eval/score_text.h"

namespace newsevents {
namespace {

// Returns the string at `key`, or records an error naming `path.key`.
std::string Required(const Json& j, const char* key, const std::string& path,
                     std::string* error) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string() || it->get<std::string>().empty()) {
    if (error->empty()) *error = "missing or empty string '" + path + key + "'";
    return "";
  }
  return it->get<std::string>();
}

GoldName ReadGoldName(const Json& j, const std::string& path,
                      std::string* error) {
  GoldName n;
  if (!j.is_object()) {
    if (error->empty()) *error = "expected an object at '" + path + "'";
    return n;
  }
  n.name = Required(j, "name", path + ".", error);
  n.code = Str(j, "code");
  n.accept = Strings(j, "accept");
  return n;
}

GoldEvent ReadGoldEvent(const Json& j, const std::string& path,
                        std::string* error) {
  GoldEvent e;
  e.type = Required(j, "type", path + ".", error);
  e.modality = Required(j, "modality", path + ".", error);
  static const Json kNull;
  e.actor = ReadGoldName(j.contains("actor") ? j["actor"] : kNull,
                         path + ".actor", error);
  e.organ = j.contains("actor") ? Str(j["actor"], "organ") : "";
  e.treaty = ReadGoldName(j.contains("treaty") ? j["treaty"] : kNull,
                          path + ".treaty", error);
  e.date = Str(j, "date");
  e.officials = Strings(j, "officials");
  for (const Json& r : Arr(j, "reactions"))
    e.reactions.push_back(
        {{Str(r, "org"), "", Strings(r, "accept")}, Str(r, "stance")});
  return e;
}

GoldQuote ReadGoldQuote(const Json& j, const std::string& path,
                        std::string* error) {
  GoldQuote q;
  q.kind = Str(j, "kind");
  q.speaker.name = Required(j, "speaker", path + ".", error);
  q.speaker.accept = Strings(j, "accept_speaker");
  q.text = Required(j, "text", path + ".", error);
  return q;
}

// Locates gold timexes that carry no span: the k-th timex with a given text
// maps to the k-th occurrence of that text, whole words preferred.
// Case matters ("May" is not "may"); line breaks do not.
void LocateTimexes(const std::string& text, std::vector<GoldTimex>* timexes) {
  LooseText hay = Loosen(text, false);
  std::map<std::string, size_t> cursor;  // timex text -> loose search position
  for (GoldTimex& t : *timexes) {
    if (ValidSpan(t.span, text)) continue;
    size_t& from = cursor[t.text];
    t.span = FindLoose(hay, t.text, false, from, true, &from);
    if (t.span.start < 0)
      t.span = FindLoose(hay, t.text, false, from, false, &from);
  }
}

Status ParseGoldJson(const Json& j, const std::string& text,
                     const std::string& where, GoldDoc* doc) {
  if (!j.is_object())
    return Status::Error("bad_gold", "gold file is not a JSON object", where);
  std::string error;
  doc->id = Required(j, "doc", "", &error);
  doc->dct = Str(j, "dct");
  doc->text = text;
  doc->has_events = j.contains("events") || j.contains("optional_events");
  doc->has_quotes = j.contains("quotes") || j.contains("optional_quotes");
  doc->has_reactions = j.contains("reactions");
  doc->has_timexes = j.contains("timexes");
  doc->has_attributions = j.contains("attributions");
  for (const char* key : {"events", "optional_events"}) {
    const Json& list = Arr(j, key);
    for (size_t i = 0; i < list.size(); ++i) {
      GoldEvent e = ReadGoldEvent(
          list[i], std::string(key) + "[" + std::to_string(i) + "]", &error);
      (key[0] == 'e' ? doc->events : doc->optional_events).push_back(e);
    }
  }
  for (const char* key : {"quotes", "optional_quotes"}) {
    const Json& list = Arr(j, key);
    for (size_t i = 0; i < list.size(); ++i) {
      GoldQuote q = ReadGoldQuote(
          list[i], std::string(key) + "[" + std::to_string(i) + "]", &error);
      (key[0] == 'q' ? doc->quotes : doc->optional_quotes).push_back(q);
    }
  }
  const Json& reactions = Arr(j, "reactions");
  for (size_t i = 0; i < reactions.size(); ++i) {
    std::string path = "reactions[" + std::to_string(i) + "].";
    GoldReaction r;
    r.org.name = Required(reactions[i], "org", path, &error);
    r.org.accept = Strings(reactions[i], "accept");
    r.stance = Required(reactions[i], "stance", path, &error);
    doc->reactions.push_back(r);
  }
  const Json& timexes = Arr(j, "timexes");
  for (size_t i = 0; i < timexes.size(); ++i) {
    std::string path = "timexes[" + std::to_string(i) + "].";
    GoldTimex t;
    t.text = Required(timexes[i], "text", path, &error);
    t.type = Str(timexes[i], "type");
    t.value = Str(timexes[i], "value");
    t.span = {Int(timexes[i], "start", -1), Int(timexes[i], "end", -1)};
    doc->timexes.push_back(t);
  }
  LocateTimexes(text, &doc->timexes);
  for (const Json& a : Arr(j, "attributions")) {
    GoldAttribution g;
    g.content = ReadMention(a, "content");
    g.source = ReadMention(a, "source");
    g.cue = ReadMention(a, "cue");
    if (a.contains("source") && a["source"].is_object())
      g.source_text = Str(a["source"], "text");
    doc->attributions.push_back(g);
  }
  if (!error.empty()) return Status::Error("bad_gold", error, where);
  return Status::Ok();
}

bool ReadFile(const std::string& path, std::string* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  *out = ss.str();
  return true;
}

}  // namespace

Status ParseGoldDoc(const std::string& json_text, const std::string& text,
                    const std::string& where, GoldCorpus* corpus) {
  Json j = Json::parse(json_text, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded())
    return Status::Error("bad_gold", "not valid JSON", where);
  GoldDoc doc;
  Status s = ParseGoldJson(j, text, where, &doc);
  if (!s.ok()) return s;
  corpus->docs.push_back(std::move(doc));
  return Status::Ok();
}

Status LoadGoldDir(const std::string& dir, GoldCorpus* corpus) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec))
    return Status::Error("io_error", "cannot open gold folder", dir);
  std::vector<std::string> names;
  const std::string suffix = ".gold.json";
  for (const std::string& f : ListFiles(dir, suffix))
    names.push_back(f.substr(0, f.size() - suffix.size()));
  if (names.empty())
    return Status::Error("io_error", "no *.gold.json files in folder", dir);
  for (const std::string& name : names) {
    std::string base = dir + (dir.back() == '/' ? "" : "/") + name;
    std::string json, text;
    if (!ReadFile(base + ".gold.json", &json))
      return Status::Error("io_error", "cannot read file", base + ".gold.json");
    if (!ReadFile(base + ".txt", &text))
      return Status::Error(
          "io_error", "cannot read the article beside its gold", base + ".txt");
    Status s = ParseGoldDoc(json, text, base + ".gold.json", corpus);
    if (!s.ok()) return s;
    if (corpus->docs.back().id != name)
      return Status::Error("bad_gold",
                           "doc '" + corpus->docs.back().id +
                               "' does not match the file name '" + name + "'",
                           base + ".gold.json");
  }
  std::sort(corpus->docs.begin(), corpus->docs.end(),
            [](const GoldDoc& a, const GoldDoc& b) { return a.id < b.id; });
  return Status::Ok();
}

}  // namespace newsevents
