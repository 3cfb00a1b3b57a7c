// Parsing of one JSONL input record: a fast scanner for the usual record,
// nlohmann/json for everything else and for its error messages.
#include "io/jsonl_record.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <utility>

#include "base/text.h"

namespace newsevents {
namespace {

using nlohmann::json;

// The three fields of one JSONL record as found, before they are checked.
struct Field {
  enum Kind { kAbsent, kNull, kString, kNumber, kOther };
  Kind kind = kAbsent;
  std::string value;  // the string, or the JSON text of a number
  std::string type;   // the JSON type name of a kNumber or kOther value
};
struct RecordFields {
  Field id, text, date;
  std::string keys;  // up to 10 keys of the record, for "missing field"
};

// A strict scanner for the usual JSONL record: an object whose id, text and
// date fields are strings or null. It copies those three strings and only
// checks the rest against the JSON grammar, which is several times faster
// than building an nlohmann::json for every line. It returns false for
// anything else (malformed JSON, numbers or objects in those fields, a field
// given twice, no text field), and then nlohmann parses the line: nlohmann
// is the reference and explains the errors. When Scan() returns true its
// result is nlohmann's (tests/input_test.cc checks this on mutated lines),
// with one deliberate difference: a number beyond the range of a double in
// a field we do not read (1e400) is not an error here.
class RecordScanner {
 public:
  explicit RecordScanner(std::string_view s) : s_(s) {}

  bool Scan(const InputOptions& options, RecordFields* out) {
    SkipSpace();
    if (!Eat('{')) return false;
    SkipSpace();
    if (Peek() == '}') return false;  // no text field: nlohmann lists keys
    std::string key;
    for (;;) {
      key.clear();
      SkipSpace();
      if (!String(&key)) return false;
      SkipSpace();
      if (!Eat(':')) return false;
      SkipSpace();
      Field* field = key == options.text_field   ? &out->text
                     : key == options.id_field   ? &out->id
                     : key == options.date_field ? &out->date
                                                 : nullptr;
      if (field == nullptr) {
        if (!Value(0)) return false;
      } else {
        if (field->kind != Field::kAbsent) return false;  // given twice
        if (Peek() == '"') {
          field->kind = Field::kString;
          if (!String(&field->value)) return false;
        } else if (Literal("null")) {
          field->kind = Field::kNull;
        } else {
          return false;
        }
      }
      SkipSpace();
      if (Eat(',')) continue;
      if (!Eat('}')) return false;
      return AtEnd() && out->text.kind != Field::kAbsent;
    }
  }

 private:
  static constexpr int kMaxDepth = 64;

  char Peek() const { return i_ < s_.size() ? s_[i_] : '\0'; }
  bool Eat(char c) {
    if (Peek() != c || i_ >= s_.size()) return false;
    ++i_;
    return true;
  }
  void SkipSpace() {
    while (i_ < s_.size() && (s_[i_] == ' ' || s_[i_] == '\t' ||
                              s_[i_] == '\n' || s_[i_] == '\r')) {
      ++i_;
    }
  }
  bool AtEnd() {
    SkipSpace();
    return i_ == s_.size();
  }
  bool Literal(std::string_view word) {
    if (s_.substr(i_, word.size()) != word) return false;
    i_ += word.size();
    return true;
  }
  bool Digits() {
    size_t start = i_;
    while (i_ < s_.size() && s_[i_] >= '0' && s_[i_] <= '9') ++i_;
    return i_ > start;
  }
  // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
  bool Number() {
    Eat('-');
    if (Eat('0')) {
      if (Peek() >= '0' && Peek() <= '9') return false;
    } else if (!Digits()) {
      return false;
    }
    if (Eat('.') && !Digits()) return false;
    if (Eat('e') || Eat('E')) {
      if (!Eat('+')) Eat('-');
      if (!Digits()) return false;
    }
    return true;
  }
  bool Hex4(unsigned* out) {
    if (i_ + 4 > s_.size()) return false;
    unsigned v = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[i_++];
      int d = c >= '0' && c <= '9'   ? c - '0'
              : c >= 'a' && c <= 'f' ? c - 'a' + 10
              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                     : -1;
      if (d < 0) return false;
      v = v * 16 + d;
    }
    *out = v;
    return true;
  }
  static void AppendUtf8(unsigned cp, std::string* out) {
    if (cp < 0x80) {
      out->push_back(static_cast<char>(cp));
    } else if (cp < 0x800) {
      out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else if (cp < 0x10000) {
      out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    } else {
      out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
      out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
    }
  }
  // Skips eight bytes at a time while none of them is '"', '\\' or a
  // control byte (the "haszero" bit trick, on each byte XOR the target).
  void SkipPlain8() {
    constexpr uint64_t kOnes = 0x0101010101010101ULL;
    constexpr uint64_t kHighs = 0x8080808080808080ULL;
    for (; i_ + 8 <= s_.size(); i_ += 8) {
      uint64_t w;
      std::memcpy(&w, s_.data() + i_, 8);
      uint64_t quote = w ^ (kOnes * '"'), slash = w ^ (kOnes * '\\');
      uint64_t hits = ((quote - kOnes) & ~quote) | ((slash - kOnes) & ~slash) |
                      ((w - kOnes * 0x20) & ~w);
      if ((hits & kHighs) != 0) return;
    }
  }
  // Reads a string, decoding it into `out` if not null. REQUIRES: the line
  // is valid UTF-8, so only quotes, escapes and control bytes matter.
  bool String(std::string* out) {
    if (!Eat('"')) return false;
    for (;;) {
      size_t start = i_;
      SkipPlain8();
      while (i_ < s_.size()) {
        unsigned char c = s_[i_];
        if (c == '"' || c == '\\' || c < 0x20) break;
        ++i_;
      }
      if (out != nullptr) out->append(s_.data() + start, i_ - start);
      if (Eat('"')) return true;
      if (!Eat('\\')) return false;  // the end, or a raw control byte
      char c = Peek();
      ++i_;
      const char* kEscapes = "\"\"\\\\//b\bf\fn\nr\rt\t";
      const char* e = nullptr;
      for (const char* p = kEscapes; *p != '\0'; p += 2) {
        if (*p == c) e = p;
      }
      if (e != nullptr) {
        if (out != nullptr) out->push_back(e[1]);
        continue;
      }
      unsigned cp = 0, low = 0;
      if (c != 'u' || !Hex4(&cp)) return false;
      if (cp >= 0xDC00 && cp <= 0xDFFF) return false;  // a lone low surrogate
      if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (!Literal("\\u") || !Hex4(&low) || low < 0xDC00 || low > 0xDFFF) {
          return false;
        }
        cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
      }
      if (out != nullptr) AppendUtf8(cp, out);
    }
  }
  // Checks any JSON value and skips it.
  bool Value(int depth) {
    if (depth > kMaxDepth) return false;
    SkipSpace();
    char c = Peek();
    if (c == '"') return String(nullptr);
    if (c == 't') return Literal("true");
    if (c == 'f') return Literal("false");
    if (c == 'n') return Literal("null");
    if (c == '-' || (c >= '0' && c <= '9')) return Number();
    if (c != '{' && c != '[') return false;
    char close = c == '{' ? '}' : ']';
    ++i_;
    SkipSpace();
    if (Eat(close)) return true;
    for (;;) {
      if (c == '{') {
        SkipSpace();
        if (!String(nullptr)) return false;
        SkipSpace();
        if (!Eat(':')) return false;
      }
      if (!Value(depth + 1)) return false;
      SkipSpace();
      if (Eat(close)) return true;
      if (!Eat(',')) return false;
    }
  }

  std::string_view s_;
  size_t i_ = 0;
};

// Fills `field` from an nlohmann value.
void FromJson(json* value, Field* field) {
  if (value->is_null()) {
    field->kind = Field::kNull;
  } else if (value->is_string()) {
    field->kind = Field::kString;
    field->value = std::move(value->get_ref<std::string&>());
  } else {
    field->kind = value->is_number() ? Field::kNumber : Field::kOther;
    field->value = value->is_number() ? value->dump() : "";
    field->type = value->type_name();
  }
}

// Parses `line` with nlohmann into `out`; fails (bad_record) if the line is
// not a JSON object.
Status ParseWithNlohmann(const std::string& line, const InputOptions& options,
                         RecordFields* out) {
  json record;
  try {
    record = json::parse(line);
  } catch (const json::exception& e) {
    // e.what() is "[json.exception.parse_error.101] parse error at line 1,
    // column 5: syntax error ..." or "[json.exception.out_of_range.406]
    // number overflow ..."; keep the words after the id and the position.
    std::string detail = e.what();
    size_t id_end = detail.find("] ");
    if (id_end != std::string::npos) detail.erase(0, id_end + 2);
    if (detail.rfind("parse error at ", 0) == 0) {
      size_t colon = detail.find(": ");
      if (colon != std::string::npos) detail.erase(0, colon + 2);
    }
    // nlohmann counts bytes read, so the offending byte is at byte - 1.
    const auto* parse_error = dynamic_cast<const json::parse_error*>(&e);
    std::string at;
    if (parse_error != nullptr && parse_error->byte > 0) {
      at = " at byte offset " + std::to_string(parse_error->byte - 1) +
           " of the line";
    }
    return Status::Error("bad_record", "malformed JSON" + at + ": " + detail);
  }
  if (!record.is_object()) {
    return Status::Error("bad_record", std::string("expected a JSON object, found ") +
                                           record.type_name());
  }
  size_t shown = 0;
  for (auto it = record.begin(); it != record.end() && shown < 10;
       ++it, ++shown) {
    out->keys += (out->keys.empty() ? "" : ", ") + it.key();
  }
  std::pair<const std::string*, Field*> wanted[] = {
      {&options.id_field, &out->id},
      {&options.text_field, &out->text},
      {&options.date_field, &out->date}};
  for (auto [name, field] : wanted) {
    auto it = record.find(*name);
    if (it != record.end()) FromJson(&*it, field);
  }
  return Status::Ok();
}

}  // namespace

Status ParseJsonlRecord(const std::string& line, const InputOptions& options,
                        Document* doc) {
  size_t bad = 0;
  if (!IsValidUtf8(line, &bad)) {
    return Status::Error("invalid_utf8",
                "invalid UTF-8 byte " + HexByte(line[bad]) +
                    " at byte offset " + std::to_string(bad) + " of the line");
  }
  RecordFields fields;
  if (!RecordScanner(line).Scan(options, &fields)) {
    fields = RecordFields();
    Status s = ParseWithNlohmann(line, options, &fields);
    if (!s.ok()) return s;
  }
  // The id first, so that later errors name the record.
  const Field& id = fields.id;
  if (id.kind == Field::kString || id.kind == Field::kNumber) {
    if (!id.value.empty()) doc->id = id.value;
  } else if (id.kind == Field::kOther) {
    return Status::Error("bad_record",
                "field '" + options.id_field +
                    "' must be a string or a number, found " + id.type);
  }
  const Field& date = fields.date;
  if (date.kind == Field::kNumber || date.kind == Field::kOther) {
    return Status::Error("bad_date",
                "field '" + options.date_field +
                    "' must be a string YYYY-MM-DD, found " + date.type);
  }
  if (date.kind == Field::kString && !date.value.empty()) {
    // "2016-05-03" or a timestamp starting with it: "2016-05-03T12:00:00Z".
    const std::string& value = date.value;
    bool timestamp =
        value.size() > 10 && (value[10] == 'T' || value[10] == ' ');
    std::string_view day = std::string_view(value).substr(0, 10);
    if (!IsValidDate(day) || (value.size() > 10 && !timestamp)) {
      return Status::Error("bad_date",
                  "field '" + options.date_field +
                      "' is not a date YYYY-MM-DD: " + QuotedExcerpt(value));
    }
    doc->dct = std::string(day);
  }
  Field& text = fields.text;
  if (text.kind == Field::kAbsent) {
    return Status::Error("bad_record",
                "missing field '" + options.text_field + "' (the record has: " +
                    (fields.keys.empty() ? "no fields" : fields.keys) +
                    "); see --text-field");
  }
  if (text.kind != Field::kString) {
    return Status::Error("bad_record",
                "field '" + options.text_field + "' must be a string, found " +
                    (text.kind == Field::kNull ? "null" : text.type));
  }
  doc->text = std::move(text.value);
  if (doc->text.size() > options.max_bytes) {
    return Status::Error("too_large",
                "text has " + std::to_string(doc->text.size()) +
                    " bytes, more than the limit of " +
                    std::to_string(options.max_bytes) + " (--max-bytes)");
  }
  return Status::Ok();
}

}  // namespace newsevents
