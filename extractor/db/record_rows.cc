// Reads an output line with nlohmann/json (the db library's only JSON user)
// into rows, checking every field it stores and every id it links.
#include "db/record_rows.h"

#include <map>
#include <nlohmann/json.hpp>
#include <set>
#include <stdexcept>

namespace newsevents {
namespace {

using Json = nlohmann::json;

// A record that is JSON but not newsevents/1; the message names the field.
struct BadOutput : std::runtime_error {
  using std::runtime_error::runtime_error;
};

const Json& Member(const Json& j, const char* key, const std::string& path) {
  if (!j.is_object()) throw BadOutput(path + " is not an object");
  auto it = j.find(key);
  if (it == j.end()) throw BadOutput(path + "." + key + " is missing");
  return *it;
}

bool IsAbsent(const Json& j, const char* key) {
  auto it = j.find(key);
  return it == j.end() || it->is_null();
}

std::string Str(const Json& j, const char* key, const std::string& path) {
  const Json& v = Member(j, key, path);
  if (!v.is_string()) throw BadOutput(path + "." + key + " is not a string");
  return v.get<std::string>();
}

// A string member, or NULL when it is absent or null.
Value OptText(const Json& j, const char* key, const std::string& path) {
  if (IsAbsent(j, key)) return Value::Null();
  return Value::Text(Str(j, key, path));
}

// A non-empty string member as text, else NULL (the record writes "" for
// "none" in a few places, e.g. an entity without a code).
Value TextOrNull(const Json& j, const char* key, const std::string& path) {
  Value v = OptText(j, key, path);
  return !v.is_null() && v.text.empty() ? Value::Null() : v;
}

int64_t IntOf(const Json& v, const std::string& path) {
  if (!v.is_number_integer()) throw BadOutput(path + " is not an integer");
  return v.get<int64_t>();
}

Value OptInt(const Json& j, const char* key, const std::string& path) {
  if (IsAbsent(j, key)) return Value::Null();
  return Value::Int(IntOf(j[key], path + "." + key));
}

const Json& ArrayOf(const Json& j, const char* key, const std::string& path) {
  const Json& v = Member(j, key, path);
  if (!v.is_array()) throw BadOutput(path + "." + key + " is not an array");
  return v;
}

// Appends start, end and text of the mention `key` of `j` (three NULLs when
// it is null and `nullable`).
void AddMention(Row* row, const Json& j, const char* key,
                const std::string& path, bool nullable) {
  const std::string at = path + "." + key;
  if (nullable && IsAbsent(j, key)) {
    row->insert(row->end(), 3, Value::Null());
    return;
  }
  const Json& m = Member(j, key, path);
  row->push_back(Value::Int(IntOf(Member(m, "start", at), at + ".start")));
  row->push_back(Value::Int(IntOf(Member(m, "end", at), at + ".end")));
  row->push_back(Value::Text(Str(m, "text", at)));
}

std::string Index(const std::string& path, size_t i) {
  return path + "[" + std::to_string(i) + "]";
}

// Builds the rows of a record with status "ok".
class OkRecordReader {
 public:
  OkRecordReader(const Json& j, DocumentRows* out) : j_(j), out_(out) {}

  void Read() {
    ReadEvents();
    ReadQuotes();
    ReadReactions();
    LinkEvents();
    ReadTimexes();
    ReadEntities();
    ReadWarnings();
  }

 private:
  Value Doc() const { return Value::Text(out_->id); }
  void Add(Table t, Row row) { out_->rows[t].push_back(std::move(row)); }

  // The canonical entity (kind, name), added once per article; a code seen
  // on a later mention fills one the first did not give.
  Value Entity(const std::string& kind, const std::string& name, Value code) {
    const int64_t id = EntityId(kind, name);
    auto [it, added] = entities_.emplace(id, out_->rows[kEntities].size());
    if (added) {
      Add(kEntities, {Value::Int(id), Value::Text(kind), Value::Text(name),
                      std::move(code)});
    } else {
      Value& known = out_->rows[kEntities][it->second][3];
      if (known.is_null()) known = std::move(code);
    }
    return Value::Int(id);
  }

  static void Unique(std::set<std::string>* ids, const std::string& id,
                     const std::string& path) {
    if (!ids->insert(id).second)
      throw BadOutput(path + ".id '" + id + "' is listed twice");
  }

  void ReadEvents() {
    const Json& events = ArrayOf(j_, "events", "record");
    for (size_t i = 0; i < events.size(); ++i) {
      const Json& e = events[i];
      const std::string p = Index("events", i);
      const std::string id = Str(e, "id", p);
      Unique(&event_ids_, id, p);
      Row row{Doc(), Value::Text(id), Value::Text(Str(e, "type", p)),
              Value::Text(Str(e, "modality", p))};
      const Json& actor = Member(e, "actor", p);
      row.push_back(Entity(Str(actor, "kind", p + ".actor"),
                           Str(actor, "name", p + ".actor"),
                           TextOrNull(actor, "code", p + ".actor")));
      row.push_back(TextOrNull(actor, "organ", p + ".actor"));
      AddMention(&row, actor, "mention", p + ".actor", false);
      const Json& treaty = Member(e, "treaty", p);
      row.push_back(Entity("treaty", Str(treaty, "name", p + ".treaty"),
                           TextOrNull(treaty, "id", p + ".treaty")));
      AddMention(&row, treaty, "mention", p + ".treaty", false);
      if (IsAbsent(e, "date")) {
        row.insert(row.end(), 4, Value::Null());
      } else {
        const Json& date = e["date"];
        row.push_back(Value::Text(Str(date, "value", p + ".date")));
        AddMention(&row, date, "mention", p + ".date", false);
      }
      AddMention(&row, e, "trigger", p, false);
      row.push_back(Value::Text(Str(e, "rule", p)));
      const Json& confidence = Member(e, "confidence", p);
      if (!confidence.is_number())
        throw BadOutput(p + ".confidence is not a number");
      row.push_back(Value::Real(confidence.get<double>()));
      Add(kEvents, std::move(row));

      const Json& mentions = ArrayOf(e, "mentions", p);
      for (size_t k = 0; k < mentions.size(); ++k) {
        const Json& m = mentions[k];
        const std::string mp = Index(p + ".mentions", k);
        const Json& sentence = Member(m, "sentence", mp);
        if (!sentence.is_array() || sentence.size() != 2)
          throw BadOutput(mp + ".sentence is not [start, end]");
        Row mrow{Doc(), Value::Text(id), Value::Int(k + 1),
                 Value::Int(IntOf(sentence[0], mp + ".sentence[0]")),
                 Value::Int(IntOf(sentence[1], mp + ".sentence[1]"))};
        AddMention(&mrow, m, "trigger", mp, false);
        mrow.push_back(Value::Text(Str(m, "rule", mp)));
        mrow.push_back(OptText(m, "sentence_text", mp));
        Add(kEventMentions, std::move(mrow));
      }
      const Json& officials = ArrayOf(e, "officials", p);
      for (size_t k = 0; k < officials.size(); ++k) {
        if (!officials[k].is_string())
          throw BadOutput(Index(p + ".officials", k) + " is not a string");
        Add(kEventOfficials, {Doc(), Value::Text(id), Value::Int(k + 1),
                              Value::Text(officials[k].get<std::string>())});
      }
      const Json& reactions = ArrayOf(e, "reactions", p);
      std::set<std::string> listed;
      for (size_t k = 0; k < reactions.size(); ++k) {
        const std::string rp = Index(p + ".reactions", k);
        if (!reactions[k].is_string()) throw BadOutput(rp + " is not a string");
        const std::string r = reactions[k].get<std::string>();
        if (!listed.insert(r).second)
          throw BadOutput(rp + " '" + r + "' is listed twice");
        event_reactions_.push_back({id, r, rp});
      }
    }
  }

  void ReadQuotes() {
    const Json& quotes = ArrayOf(j_, "quotes", "record");
    for (size_t i = 0; i < quotes.size(); ++i) {
      const Json& q = quotes[i];
      const std::string p = Index("quotes", i);
      const std::string id = Str(q, "id", p);
      Unique(&quote_ids_, id, p);
      Row row{Doc(), Value::Text(id), Value::Text(Str(q, "kind", p)),
              Value::Text(Str(q, "text", p))};
      const Json& mention = Member(q, "mention", p);
      row.push_back(Value::Int(IntOf(Member(mention, "start", p + ".mention"),
                                     p + ".mention.start")));
      row.push_back(Value::Int(
          IntOf(Member(mention, "end", p + ".mention"), p + ".mention.end")));
      const Json& s = Member(q, "speaker", p);
      const std::string sp = p + ".speaker";
      row.push_back(Value::Text(Str(s, "name", sp)));
      row.push_back(TextOrNull(s, "title", sp));
      row.push_back(TextOrNull(s, "affiliation", sp));
      row.push_back(Value::Text(Str(s, "kind", sp)));
      AddMention(&row, s, "mention", sp, true);
      AddMention(&row, q, "cue", p, true);
      row.push_back(Value::Text(Str(q, "rule", p)));
      Add(kQuotes, std::move(row));
    }
  }

  void ReadReactions() {
    const Json& reactions = ArrayOf(j_, "reactions", "record");
    for (size_t i = 0; i < reactions.size(); ++i) {
      const Json& r = reactions[i];
      const std::string p = Index("reactions", i);
      const std::string id = Str(r, "id", p);
      Unique(&reaction_ids_, id, p);
      const Json& org = Member(r, "org", p);
      Row row{Doc(), Value::Text(id),
              Entity(Str(org, "kind", p + ".org"), Str(org, "name", p + ".org"),
                     TextOrNull(org, "code", p + ".org"))};
      AddMention(&row, org, "mention", p + ".org", false);
      row.push_back(Value::Text(Str(r, "stance", p)));
      Value event = OptText(r, "event", p);
      if (!event.is_null() && !event_ids_.count(event.text))
        throw BadOutput(p + ".event '" + event.text +
                        "' is not an event of the record");
      row.push_back(std::move(event));
      AddMention(&row, r, "target", p, true);
      AddMention(&row, r, "cue", p, true);
      row.push_back(Value::Text(Str(r, "rule", p)));
      Add(kReactions, std::move(row));

      const Json& quotes = ArrayOf(r, "quotes", p);
      std::set<std::string> listed;
      for (size_t k = 0; k < quotes.size(); ++k) {
        const std::string qp = Index(p + ".quotes", k);
        if (!quotes[k].is_string()) throw BadOutput(qp + " is not a string");
        const std::string q = quotes[k].get<std::string>();
        if (!quote_ids_.count(q))
          throw BadOutput(qp + " '" + q + "' is not a quote of the record");
        if (!listed.insert(q).second)
          throw BadOutput(qp + " '" + q + "' is listed twice");
        Add(kReactionQuotes, {Doc(), Value::Text(id), Value::Text(q)});
      }
    }
  }

  // The events' reaction lists, checked once every reaction is known.
  void LinkEvents() {
    for (const auto& [event, reaction, path] : event_reactions_) {
      if (!reaction_ids_.count(reaction))
        throw BadOutput(path + " '" + reaction +
                        "' is not a reaction of the record");
      Add(kEventReactions, {Doc(), Value::Text(event), Value::Text(reaction)});
    }
  }

  void ReadTimexes() {
    const Json& timexes = ArrayOf(j_, "timexes", "record");
    for (size_t i = 0; i < timexes.size(); ++i) {
      const Json& t = timexes[i];
      const std::string p = Index("timexes", i);
      Row row{Doc(), Value::Int(i + 1), Value::Text(Str(t, "type", p)),
              Value::Text(Str(t, "value", p)), TextOrNull(t, "mod", p)};
      AddMention(&row, t, "mention", p, false);
      row.push_back(OptText(t, "anchor", p));
      row.push_back(OptText(t, "rule", p));
      Add(kTimexes, std::move(row));
    }
  }

  void ReadEntities() {
    const Json& entities = ArrayOf(j_, "entities", "record");
    std::set<std::string> ids;
    for (size_t i = 0; i < entities.size(); ++i) {
      const Json& e = entities[i];
      const std::string p = Index("entities", i);
      const std::string id = Str(e, "id", p);
      Unique(&ids, id, p);
      Add(kDocumentEntities, {Doc(), Value::Text(id),
                              Entity(Str(e, "kind", p), Str(e, "name", p),
                                     TextOrNull(e, "code", p))});
      const Json& mentions = ArrayOf(e, "mentions", p);
      for (size_t k = 0; k < mentions.size(); ++k) {
        Row row{Doc(), Value::Text(id), Value::Int(k + 1)};
        const std::string mp = Index(p + ".mentions", k);
        row.push_back(
            Value::Int(IntOf(Member(mentions[k], "start", mp), mp + ".start")));
        row.push_back(
            Value::Int(IntOf(Member(mentions[k], "end", mp), mp + ".end")));
        row.push_back(Value::Text(Str(mentions[k], "text", mp)));
        Add(kEntityMentions, std::move(row));
      }
    }
  }

  void ReadWarnings() {
    if (IsAbsent(j_, "warnings")) return;
    const Json& warnings = ArrayOf(j_, "warnings", "record");
    for (size_t i = 0; i < warnings.size(); ++i) {
      if (!warnings[i].is_string())
        throw BadOutput(Index("warnings", i) + " is not a string");
      Add(kDocumentWarnings, {Doc(), Value::Int(i + 1),
                              Value::Text(warnings[i].get<std::string>())});
    }
  }

  struct EventReaction {
    std::string event, reaction, path;
  };
  const Json& j_;
  DocumentRows* out_;
  std::map<int64_t, size_t> entities_;  // entity id -> its row
  std::set<std::string> event_ids_, quote_ids_, reaction_ids_;
  std::vector<EventReaction> event_reactions_;
};

Row DocumentRow(const std::string& id, const std::string& source) {
  Row row(Layout(kDocuments).columns.size(), Value::Null());
  row[0] = Value::Text(id);
  row[1] = Value::Text(source);
  return row;
}

// Columns of documents, by position (rows.cc).
enum DocColumn {
  kDocId,
  kDocSource,
  kDocDct,
  kDocStatus,
  kDocErrorCode,
  kDocErrorMessage,
  kDocErrorWhere,
  kDocVersion,
  kDocBytes,
  kDocSentences,
  kDocTokens,
  kDocHash,
  kDocLoadedAt
};

// An error document whose facts are left out.
void MakeError(DocumentRows* out, const std::string& code,
               const std::string& message, const std::string& where) {
  for (auto& rows : out->rows) rows.clear();
  Row row = DocumentRow(out->id, out->id);
  out->rows[kDocuments].push_back(std::move(row));
  out->ok = false;
  Row& doc = out->rows[kDocuments][0];
  doc[kDocStatus] = Value::Text("error");
  doc[kDocErrorCode] = Value::Text(code);
  doc[kDocErrorMessage] = Value::Text(message);
  doc[kDocErrorWhere] = Value::Text(where);
}

// "[json.exception.parse_error.101] parse error at ..." -> "parse error at
// ...".
std::string JsonMessage(const std::exception& e) {
  std::string m = e.what();
  if (!m.empty() && m[0] == '[') {
    size_t close = m.find("] ");
    if (close != std::string::npos) m = m.substr(close + 2);
  }
  return m;
}

}  // namespace

DocumentRows UnreadableRows(const std::string& where, const Status& error,
                            const std::string& loaded_at) {
  DocumentRows out;
  out.id = where;
  out.content_hash = ContentHash(error.code() + ": " + error.message());
  MakeError(&out, error.code(), error.message(), where);
  out.rows[kDocuments][0][kDocHash] = Value::Text(out.content_hash);
  out.rows[kDocuments][0][kDocLoadedAt] = Value::Text(loaded_at);
  return out;
}

DocumentRows RecordRows(std::string_view line, const std::string& where,
                        const std::string& loaded_at) {
  DocumentRows out;
  out.id = where;
  out.content_hash = ContentHash(line);
  Json j;
  try {
    j = Json::parse(line);
  } catch (const Json::exception& e) {
    MakeError(&out, "bad_json", "not JSON: " + JsonMessage(e), where);
  }
  if (out.rows[kDocuments].empty() && !j.is_object())
    MakeError(&out, "bad_json", "not a JSON object", where);
  if (!out.rows[kDocuments].empty()) {
    out.rows[kDocuments][0][kDocHash] = Value::Text(out.content_hash);
    out.rows[kDocuments][0][kDocLoadedAt] = Value::Text(loaded_at);
    return out;
  }

  std::string source = where;
  try {
    const Json& doc = Member(j, "doc", "record");
    std::string id = Str(doc, "id", "doc");
    if (id.empty()) throw BadOutput("doc.id is empty");
    out.id = std::move(id);
    if (!IsAbsent(doc, "source")) source = Str(doc, "source", "doc");
    const std::string schema = Str(j, "schema", "record");
    if (schema != "newsevents/1")
      throw BadOutput("unsupported schema '" + schema +
                      "'; expected newsevents/1");
    const std::string status = Str(j, "status", "record");
    Row row = DocumentRow(out.id, source);
    row[kDocStatus] = Value::Text(status);
    if (status == "ok") {
      row[kDocDct] = OptText(doc, "dct", "doc");
      row[kDocVersion] = OptText(j, "version", "record");
      row[kDocBytes] = OptInt(doc, "bytes", "doc");
      row[kDocSentences] = OptInt(doc, "sentences", "doc");
      row[kDocTokens] = OptInt(doc, "tokens", "doc");
      out.ok = true;
      out.rows[kDocuments].push_back(std::move(row));
      OkRecordReader(j, &out).Read();
    } else if (status == "error") {
      const Json& error = Member(j, "error", "record");
      row[kDocErrorCode] = Value::Text(Str(error, "code", "error"));
      row[kDocErrorMessage] = OptText(error, "message", "error");
      row[kDocErrorWhere] = OptText(error, "where", "error");
      out.rows[kDocuments].push_back(std::move(row));
    } else {
      throw BadOutput("status is '" + status + "'; expected ok or error");
    }
  } catch (const BadOutput& e) {
    MakeError(&out, "bad_output", e.what(), where);
    out.rows[kDocuments][0][kDocSource] = Value::Text(source);
  } catch (const Json::exception& e) {
    MakeError(&out, "bad_output", JsonMessage(e), where);
    out.rows[kDocuments][0][kDocSource] = Value::Text(source);
  }
  out.rows[kDocuments][0][kDocHash] = Value::Text(out.content_hash);
  out.rows[kDocuments][0][kDocLoadedAt] = Value::Text(loaded_at);
  return out;
}

}  // namespace newsevents
