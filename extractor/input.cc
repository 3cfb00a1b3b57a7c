// InputReader: INPUT arguments → a stream of documents or per-record errors.
//
// This file is a JSON *reader* (JSONL records and gold sidecars), as
// record_json.cc is the JSON writer: it is the second and last nlohmann/json
// user in the library. zlib is used only here.
//
// Longer than our usual file, because reading input has four parts that
// belong together: byte streams (zlib), lines, JSONL records and the walk.
// RecordScanner, a speed-up over nlohmann for the common record, is the part
// to move into its own file (jsonl_scan.h/.cc) if this one grows further.
#include "input.h"

#include <unistd.h>
#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

namespace newsevents {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

constexpr size_t kChunkBytes = 256 << 10;

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() &&
         s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "dir/a.b.txt.gz" → "a.b.txt": the file name without a ".gz" suffix.
std::string NameWithoutGz(const std::string& path) {
  std::string name = fs::path(path).filename().string();
  if (EndsWith(name, ".gz")) name.resize(name.size() - 3);
  return name;
}

// "dir/NAME.txt.gz" → "NAME": the document id of a text file.
std::string Stem(const std::string& path) {
  std::string name = NameWithoutGz(path);
  size_t dot = name.rfind('.');
  if (dot != std::string::npos && dot > 0) name.resize(dot);
  return name;
}

bool IsJsonl(const std::string& path) {
  return EndsWith(NameWithoutGz(path), ".jsonl");
}

// The files a directory walk picks up.
bool IsWalkedFile(const std::string& name) {
  std::string n =
      EndsWith(name, ".gz") ? name.substr(0, name.size() - 3) : name;
  return EndsWith(n, ".txt") || EndsWith(n, ".jsonl");
}

std::string Quoted(std::string_view s) {
  constexpr size_t kMax = 40;
  if (s.size() <= kMax) return "'" + std::string(s) + "'";
  return "'" + std::string(s.substr(0, kMax)) + "...'";
}

std::string HexByte(unsigned char c) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "0x%02X", c);
  return buf;
}

// A byte stream from a file or standard input, through zlib (which passes
// plain files through unchanged).
class ByteStream {
 public:
  // Opens `path` ("-" is standard input). On failure returns null and sets
  // `*error` (code io_error, no where).
  static std::unique_ptr<ByteStream> Open(const std::string& path,
                                          Status* error) {
    errno = 0;
    gzFile gz = nullptr;
    if (path == "-") {
      int fd = dup(STDIN_FILENO);
      if (fd >= 0) gz = gzdopen(fd, "rb");
      if (gz == nullptr && fd >= 0) close(fd);
    } else {
      gz = gzopen(path.c_str(), "rb");
    }
    if (gz == nullptr) {
      *error = Status::Error("io_error", std::string("cannot open: ") +
                                             (errno != 0 ? std::strerror(errno)
                                                         : "out of memory"));
      return nullptr;
    }
    gzbuffer(gz, kChunkBytes);
    return std::unique_ptr<ByteStream>(new ByteStream(gz));
  }
  ~ByteStream() { gzclose(gz_); }

  // Reads up to `n` bytes into `buf`. Returns the count, 0 at the end of the
  // data, or -1 on error, and then error() says why. A truncated gzip stream
  // yields all the bytes before the break, then the error.
  long Read(char* buf, size_t n) {
    if (!error_.ok()) return -1;
    errno = 0;
    int got =
        gzread(gz_, buf, static_cast<unsigned>(std::min<size_t>(n, INT_MAX)));
    if (got > 0) return got;
    int errnum = Z_OK;
    const char* what = gzerror(gz_, &errnum);
    if (got == 0 && errnum == Z_OK) return 0;
    if (errnum == Z_ERRNO) {
      error_ = Status::Error(
          "io_error", std::string("read error: ") + std::strerror(errno));
    } else if (errnum == Z_BUF_ERROR) {
      error_ = Status::Error("bad_gzip",
                             "truncated gzip stream (unexpected end of file)");
    } else {
      error_ =
          Status::Error("bad_gzip", std::string("corrupt gzip data: ") + what);
    }
    return -1;
  }
  const Status& error() const { return error_; }

 private:
  explicit ByteStream(gzFile gz) : gz_(gz) {}
  gzFile gz_;
  Status error_;
};

// Reads a whole stream into `*out`. Returns too_large (without reading the
// rest) once it has more than `limit` bytes.
Status ReadAll(ByteStream* in, size_t limit, std::string* out) {
  out->clear();
  for (;;) {
    size_t old = out->size();
    out->resize(old + kChunkBytes);
    long got = in->Read(&(*out)[old], kChunkBytes);
    out->resize(old + (got > 0 ? got : 0));
    if (got < 0) return in->error();
    if (got == 0) return Status::Ok();
    if (out->size() > limit) {
      out->clear();
      return Status::Error("too_large",
                           "document is larger than the limit of " +
                               std::to_string(limit) + " bytes (--max-bytes)");
    }
  }
}

// Splits a stream into lines, without holding more than one line (at most
// `limit` bytes plus one chunk) in memory.
class LineReader {
 public:
  enum Result { kLine, kTooLong, kEnd, kError };
  LineReader(std::unique_ptr<ByteStream> in, size_t limit)
      : in_(std::move(in)), limit_(limit) {}

  // Returns kLine with the next line in `*line` (without "\n" or "\r\n");
  // kTooLong for a line over the limit, which is skipped; kEnd at the end;
  // kError on a read error (see error()), after which it returns kEnd.
  Result Next(std::string* line) {
    if (done_) return kEnd;
    bool too_long = false;
    for (;;) {
      size_t nl = buffer_.find('\n', scan_);
      if (nl != std::string::npos) {
        ++line_number_;
        if (too_long) {
          Consume(nl + 1);
          return kTooLong;
        }
        line->assign(buffer_, pos_, nl - pos_);
        Consume(nl + 1);
        if (!line->empty() && line->back() == '\r') line->pop_back();
        return kLine;
      }
      scan_ = buffer_.size();
      if (buffer_.size() - pos_ > limit_) {  // keep skipping to its end
        too_long = true;
        buffer_.clear();
        pos_ = scan_ = 0;
      }
      if (eof_) {
        done_ = true;
        if (buffer_.size() == pos_ && !too_long) return kEnd;
        ++line_number_;  // the last line has no "\n"
        if (too_long) return kTooLong;
        line->assign(buffer_, pos_, std::string::npos);
        if (!line->empty() && line->back() == '\r') line->pop_back();
        return kLine;
      }
      if (pos_ > 0) {  // compact before reading more
        buffer_.erase(0, pos_);
        scan_ -= pos_;
        pos_ = 0;
      }
      size_t old = buffer_.size();
      buffer_.resize(old + kChunkBytes);
      long got = in_->Read(&buffer_[old], kChunkBytes);
      buffer_.resize(old + (got > 0 ? got : 0));
      if (got == 0) eof_ = true;
      if (got < 0) {
        done_ = true;
        return kError;
      }
    }
  }

  // The number of the line last returned, or of the line a read error hit.
  size_t line_number() const {
    return done_ && !eof_ ? line_number_ + 1 : line_number_;
  }
  const Status& error() const { return in_->error(); }

 private:
  void Consume(size_t end) {
    pos_ = scan_ = end;
    if (pos_ == buffer_.size()) {
      buffer_.clear();
      pos_ = scan_ = 0;
    }
  }

  std::unique_ptr<ByteStream> in_;
  size_t limit_;
  std::string buffer_;
  size_t pos_ = 0;   // start of the unread data in buffer_
  size_t scan_ = 0;  // buffer_[pos_, scan_) holds no "\n"
  size_t line_number_ = 0;
  bool eof_ = false, done_ = false;
};

void Fail(InputItem* item, const std::string& code, const std::string& message,
          const std::string& where) {
  item->doc.text.clear();
  item->error = Status::Error(code, message, where);
}

// Checks the text of a document; fills `item->error` and returns false if it
// cannot be processed. `where` names the record for binary text.
bool CheckText(InputItem* item, const std::string& where) {
  std::string reason;
  if (LooksBinary(item->doc.text, &reason)) {
    Fail(item, "binary", reason, where);
    return false;
  }
  return true;
}

// Fills `*dct` from the "dct" of the gold sidecar NAME.gold.json beside the
// text file `path`, if there is one with a non-empty string "dct".
Status ReadSidecarDct(const std::string& path, std::string* dct) {
  fs::path sidecar = fs::path(path).parent_path() / (Stem(path) + ".gold.json");
  std::error_code ec;
  if (!fs::is_regular_file(sidecar, ec)) return Status::Ok();
  std::ifstream in(sidecar, std::ios::binary);
  json gold = json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (gold.is_discarded() || !gold.is_object()) {
    return Status::Error(
        "bad_record", "gold sidecar is not a JSON object; cannot read its dct",
        sidecar.string());
  }
  auto it = gold.find("dct");
  if (it == gold.end() || !it->is_string() ||
      it->get_ref<const std::string&>().empty()) {
    return Status::Ok();
  }
  const std::string& value = it->get_ref<const std::string&>();
  if (!IsValidDate(value)) {
    return Status::Error("bad_date",
                         "dct " + Quoted(value) + " is not a date YYYY-MM-DD",
                         sidecar.string());
  }
  *dct = value;
  return Status::Ok();
}

// Reads one text article from `path` ("-" is standard input) into `item`.
void ReadArticle(const std::string& path, const InputOptions& options,
                 InputItem* item) {
  Document& doc = item->doc;
  bool is_stdin = path == "-";
  doc.id = is_stdin ? "stdin" : Stem(path);
  doc.source = is_stdin ? "<stdin>" : path;
  doc.dct = options.default_dct;
  if (!is_stdin) {
    Status s = ReadSidecarDct(path, &doc.dct);
    if (!s.ok()) return Fail(item, s.code(), s.message(), s.where());
  }
  Status s;
  std::unique_ptr<ByteStream> in = ByteStream::Open(path, &s);
  if (in != nullptr) s = ReadAll(in.get(), options.max_bytes, &doc.text);
  if (!s.ok()) return Fail(item, s.code(), s.message(), doc.source);
  if (!CheckText(item, doc.source)) return;
  size_t bad = 0;
  if (!IsValidUtf8(doc.text, &bad)) {
    size_t line =
        1 + std::count(doc.text.begin(), doc.text.begin() + bad, '\n');
    std::string byte = HexByte(doc.text[bad]);
    return Fail(
        item, "invalid_utf8",
        "invalid UTF-8 byte " + byte + " at byte offset " + std::to_string(bad),
        doc.source + ":" + std::to_string(line));
  }
}

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

// Parses `line` with nlohmann into `out`. Returns false and fills `item`
// with the error if the line is not a JSON object.
bool ParseWithNlohmann(const std::string& line, const InputOptions& options,
                       const std::string& where, RecordFields* out,
                       InputItem* item) {
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
    Fail(item, "bad_record", "malformed JSON" + at + ": " + detail, where);
    return false;
  }
  if (!record.is_object()) {
    Fail(item, "bad_record",
         std::string("expected a JSON object, found ") + record.type_name(),
         where);
    return false;
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
  return true;
}

// Parses one non-blank JSONL line into `item`, whose doc.id, source and dct
// hold the defaults for this line. `where` is "file:line".
void ParseRecord(const std::string& line, const InputOptions& options,
                 const std::string& where, InputItem* item) {
  Document& doc = item->doc;
  size_t bad = 0;
  if (!IsValidUtf8(line, &bad)) {
    return Fail(item, "invalid_utf8",
                "invalid UTF-8 byte " + HexByte(line[bad]) +
                    " at byte offset " + std::to_string(bad) + " of the line",
                where);
  }
  RecordFields fields;
  if (!RecordScanner(line).Scan(options, &fields)) {
    fields = RecordFields();
    if (!ParseWithNlohmann(line, options, where, &fields, item)) return;
  }
  // The id first, so that later errors name the record.
  const Field& id = fields.id;
  if (id.kind == Field::kString || id.kind == Field::kNumber) {
    if (!id.value.empty()) doc.id = id.value;
  } else if (id.kind == Field::kOther) {
    return Fail(item, "bad_record",
                "field '" + options.id_field +
                    "' must be a string or a number, found " + id.type,
                where);
  }
  const Field& date = fields.date;
  if (date.kind == Field::kNumber || date.kind == Field::kOther) {
    return Fail(item, "bad_date",
                "field '" + options.date_field +
                    "' must be a string YYYY-MM-DD, found " + date.type,
                where);
  }
  if (date.kind == Field::kString && !date.value.empty()) {
    // "2016-05-03" or a timestamp starting with it: "2016-05-03T12:00:00Z".
    const std::string& value = date.value;
    bool timestamp =
        value.size() > 10 && (value[10] == 'T' || value[10] == ' ');
    std::string_view day = std::string_view(value).substr(0, 10);
    if (!IsValidDate(day) || (value.size() > 10 && !timestamp)) {
      return Fail(item, "bad_date",
                  "field '" + options.date_field +
                      "' is not a date YYYY-MM-DD: " + Quoted(value),
                  where);
    }
    doc.dct = std::string(day);
  }
  Field& text = fields.text;
  if (text.kind == Field::kAbsent) {
    return Fail(item, "bad_record",
                "missing field '" + options.text_field + "' (the record has: " +
                    (fields.keys.empty() ? "no fields" : fields.keys) +
                    "); see --text-field",
                where);
  }
  if (text.kind != Field::kString) {
    return Fail(item, "bad_record",
                "field '" + options.text_field + "' must be a string, found " +
                    (text.kind == Field::kNull ? "null" : text.type),
                where);
  }
  doc.text = std::move(text.value);
  if (doc.text.size() > options.max_bytes) {
    return Fail(item, "too_large",
                "text has " + std::to_string(doc.text.size()) +
                    " bytes, more than the limit of " +
                    std::to_string(options.max_bytes) + " (--max-bytes)",
                where);
  }
  CheckText(item, where);
}

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// An open JSONL file, read one record at a time.
class JsonlFile {
 public:
  JsonlFile(std::string path, std::unique_ptr<ByteStream> in, size_t max_bytes)
      : path_(std::move(path)),
        stem_(Stem(path_)),
        // A line holds the text plus the other fields and JSON escapes.
        lines_(std::move(in), 2 * max_bytes) {}

  // Fills `item` with the next record or error; false at the end.
  bool Next(const InputOptions& options, InputItem* item) {
    std::string line;
    for (;;) {
      LineReader::Result r = lines_.Next(&line);
      if (r == LineReader::kEnd) return false;
      if (r == LineReader::kLine && IsBlank(line)) continue;
      std::string number = std::to_string(lines_.line_number());
      std::string where = path_ + ":" + number;
      item->doc.id = stem_ + ":" + number;
      item->doc.source = where;
      item->doc.dct = options.default_dct;
      if (r == LineReader::kError) {
        const Status& e = lines_.error();
        Fail(item, e.code(), e.message(), where);
      } else if (r == LineReader::kTooLong) {
        Fail(item, "too_large",
             "record is longer than the limit of " +
                 std::to_string(2 * options.max_bytes) +
                 " bytes (twice --max-bytes); not parsed",
             where);
      } else {
        ParseRecord(line, options, where, item);
      }
      return true;
    }
  }

 private:
  std::string path_, stem_;
  LineReader lines_;
};

}  // namespace

struct InputReader::State {
  std::vector<std::string> inputs;
  InputOptions options;
  size_t next_input = 0;

  // The directory walk: one frame per open directory level, each holding
  // that directory's sorted entries.
  struct Entry {
    std::string path;
    bool is_directory;
  };
  struct Frame {
    std::vector<Entry> entries;
    size_t next = 0;
  };
  std::vector<Frame> walk;
  std::set<std::string> visited;  // canonical paths of walked directories

  std::unique_ptr<JsonlFile> jsonl;  // the JSONL file being read, if any
  size_t records = 0, errors = 0;

  // Lists `dir` as a new frame of the walk. Returns false and fills `item`
  // if it cannot be read.
  bool EnterDirectory(const std::string& dir, InputItem* item) {
    std::error_code ec;
    fs::path canonical = fs::canonical(dir, ec);
    if (!ec && !visited.insert(canonical.string()).second) return true;
    Frame frame;
    fs::directory_iterator it(dir, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      std::string name = it->path().filename().string();
      if (name.empty() || name[0] == '.') continue;
      std::error_code type_ec;
      bool is_directory = it->is_directory(type_ec);
      if (is_directory || IsWalkedFile(name)) {
        frame.entries.push_back(
            {(fs::path(dir) / name).string(), is_directory});
      }
    }
    if (ec) {
      item->doc.id = Stem(dir);
      item->doc.source = dir;
      Fail(item, "io_error", "cannot read directory: " + ec.message(), dir);
      return false;
    }
    std::sort(frame.entries.begin(), frame.entries.end(),
              [](const Entry& a, const Entry& b) { return a.path < b.path; });
    walk.push_back(std::move(frame));
    return true;
  }

  // Finds the next file to read. Returns 1 with `*path` set, 0 at the end,
  // or -1 with an error in `item`.
  int NextFile(std::string* path, InputItem* item) {
    for (;;) {
      if (!walk.empty()) {
        Frame& top = walk.back();
        if (top.next == top.entries.size()) {
          walk.pop_back();
          continue;
        }
        Entry entry = std::move(top.entries[top.next++]);
        if (!entry.is_directory) {
          *path = std::move(entry.path);
          return 1;
        }
        if (!EnterDirectory(entry.path, item)) return -1;
        continue;
      }
      if (next_input == inputs.size()) return 0;
      const std::string& input = inputs[next_input++];
      std::error_code ec;
      fs::file_status status = fs::status(input, ec);
      if (input != "-" && (ec || !fs::exists(status))) {
        item->doc.id = Stem(input);
        item->doc.source = input;
        Fail(item, "io_error",
             "cannot read input: " +
                 (ec ? ec.message() : std::string("No such file or directory")),
             input);
        return -1;
      }
      if (input != "-" && fs::is_directory(status)) {
        if (!EnterDirectory(input, item)) return -1;
        continue;
      }
      *path = input;
      return 1;
    }
  }

  bool Next(InputItem* item) {
    for (;;) {
      if (jsonl != nullptr) {
        if (jsonl->Next(options, item)) return true;
        jsonl.reset();
      }
      std::string path;
      int found = NextFile(&path, item);
      if (found <= 0) return found < 0;
      if (path != "-" && IsJsonl(path)) {
        Status s;
        std::unique_ptr<ByteStream> in = ByteStream::Open(path, &s);
        if (in == nullptr) {
          item->doc.id = Stem(path);
          item->doc.source = path;
          Fail(item, s.code(), s.message(), path);
          return true;
        }
        jsonl =
            std::make_unique<JsonlFile>(path, std::move(in), options.max_bytes);
        continue;
      }
      ReadArticle(path, options, item);
      return true;
    }
  }
};

InputReader::InputReader(std::vector<std::string> inputs, InputOptions options)
    : state_(new State) {
  state_->inputs = std::move(inputs);
  state_->options = std::move(options);
}

InputReader::~InputReader() = default;

bool InputReader::Next(InputItem* item) {
  *item = InputItem();
  if (!state_->Next(item)) return false;
  ++state_->records;
  if (!item->error.ok()) ++state_->errors;
  return true;
}

size_t InputReader::records() const { return state_->records; }
size_t InputReader::errors() const { return state_->errors; }

}  // namespace newsevents
