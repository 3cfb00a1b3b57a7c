// InputReader: INPUT arguments → a stream of documents or per-record errors:
// the walk over files and folders, text articles with their gold sidecar's
// date, and JSONL files record by record (io/byte_stream.h reads the bytes,
// io/jsonl_record.h parses a record).
#include "io/input.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <utility>

#include "base/strings.h"
#include "base/text.h"
#include "io/byte_stream.h"
#include "io/jsonl_record.h"

namespace newsevents {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

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
                         "dct " + QuotedExcerpt(value) + " is not a date YYYY-MM-DD",
                         sidecar.string());
  }
  *dct = value;
  return Status::Ok();
}

// Reads one text article from `path` ("-" is standard input) into `item`,
// from `in` when it is already open. Adds the bytes read to `*bytes_read`.
void ReadArticle(const std::string& path, const InputOptions& options,
                 std::unique_ptr<ByteStream> in, InputItem* item,
                 size_t* bytes_read) {
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
  if (in == nullptr) in = ByteStream::Open(path, &s);
  if (in != nullptr) {
    s = ReadAll(in.get(), options.max_bytes, &doc.text);
    *bytes_read += in->bytes_read();
  }
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

bool IsBlank(const std::string& line) {
  return line.find_first_not_of(" \t\r") == std::string::npos;
}

// An open JSONL file, read one record at a time.
class JsonlFile {
 public:
  // `path` names the records' source ("<stdin>" for standard input) and
  // `stem` their default ids.
  JsonlFile(std::string path, std::string stem, std::unique_ptr<ByteStream> in,
            size_t max_bytes)
      : path_(std::move(path)),
        stem_(std::move(stem)),
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
        Status s = ParseJsonlRecord(line, options, &item->doc);
        if (!s.ok()) {
          Fail(item, s.code(), s.message(), where);
        } else {
          CheckText(item, where);
        }
      }
      return true;
    }
  }

  size_t bytes_read() const { return lines_.bytes_read(); }

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
  size_t bytes_done = 0;  // bytes read from the inputs finished so far

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
        bytes_done += jsonl->bytes_read();
        jsonl.reset();
      }
      std::string path;
      int found = NextFile(&path, item);
      if (found <= 0) return found < 0;
      if (path == "-") return OpenStdin(item);
      if (IsJsonl(path)) {
        Status s;
        std::unique_ptr<ByteStream> in = ByteStream::Open(path, &s);
        if (in == nullptr) {
          item->doc.id = Stem(path);
          item->doc.source = path;
          Fail(item, s.code(), s.message(), path);
          return true;
        }
        jsonl = std::make_unique<JsonlFile>(path, Stem(path), std::move(in),
                                            options.max_bytes);
        continue;
      }
      ReadArticle(path, options, nullptr, item, &bytes_done);
      return true;
    }
  }

  // Standard input: JSONL records (then returns the first, or false when
  // there is none) or one text article, by options.stdin_format.
  bool OpenStdin(InputItem* item) {
    Status s;
    std::unique_ptr<ByteStream> in = ByteStream::Open("-", &s);
    if (in == nullptr) {
      item->doc.id = "stdin";
      item->doc.source = "<stdin>";
      Fail(item, s.code(), s.message(), "<stdin>");
      return true;
    }
    const bool is_jsonl =
        options.stdin_format == StdinFormat::kJsonl ||
        (options.stdin_format == StdinFormat::kAuto && in->PeekNonBlank() == '{');
    if (!is_jsonl) {
      ReadArticle("-", options, std::move(in), item, &bytes_done);
      return true;
    }
    jsonl = std::make_unique<JsonlFile>("<stdin>", "stdin", std::move(in),
                                        options.max_bytes);
    return Next(item);
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
size_t InputReader::bytes_read() const {
  return state_->bytes_done +
         (state_->jsonl != nullptr ? state_->jsonl->bytes_read() : 0);
}

}  // namespace newsevents
