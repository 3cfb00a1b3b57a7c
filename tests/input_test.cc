// Tests for io/input.h: real files in a temporary directory, read back through
// InputReader. Every record yields an item, and the counts add up.
#include "base/text.h"
#include "io/input.h"
#include "test_util.h"

#include <doctest/doctest.h>
#include <unistd.h>
#include <zlib.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace newsevents {
namespace {

namespace fs = std::filesystem;

// A fresh temporary directory, removed at the end of the test.
class TempDir {
 public:
  TempDir() : path_(testing::MakeTempDir("newsevents_input_test")) {}
  ~TempDir() { fs::remove_all(path_); }

  // Writes `bytes` to `name` (sub-directories are created) and returns its
  // path.
  std::string Write(const std::string& name, const std::string& bytes) const {
    fs::path p = path_ / name;
    fs::create_directories(p.parent_path());
    std::ofstream(p, std::ios::binary) << bytes;
    return p.string();
  }
  // Writes `bytes` gzip-compressed; keeps only the first `keep` compressed
  // bytes if `keep` is not npos (a truncated download).
  std::string WriteGz(const std::string& name, const std::string& bytes,
                      size_t keep = std::string::npos) const {
    std::string p = (path_ / name).string();
    gzFile gz = gzopen(p.c_str(), "wb");
    REQUIRE(gz != nullptr);
    REQUIRE(gzwrite(gz, bytes.data(), bytes.size()) ==
            static_cast<int>(bytes.size()));
    REQUIRE(gzclose(gz) == Z_OK);
    if (keep != std::string::npos) fs::resize_file(p, keep);
    return p;
  }
  std::string operator/(const std::string& name) const {
    return (path_ / name).string();
  }

 private:
  fs::path path_;
};

std::vector<InputItem> ReadAllItems(std::vector<std::string> inputs,
                                    InputOptions options = InputOptions(),
                                    size_t* errors = nullptr) {
  InputReader reader(std::move(inputs), std::move(options));
  std::vector<InputItem> items;
  InputItem item;
  size_t error_count = 0;
  while (reader.Next(&item)) {
    if (!item.ok()) ++error_count;
    items.push_back(item);
  }
  CHECK(reader.records() == items.size());
  CHECK(reader.errors() == error_count);
  if (errors != nullptr) *errors = error_count;
  return items;
}

TEST_CASE("a .txt article takes its dct from the gold sidecar") {
  TempDir dir;
  std::string txt =
      dir.Write("lithuania-ccm.txt", "Vilnius said on Thursday...\n");
  dir.Write("lithuania-ccm.gold.json",
            R"({"doc": "lithuania-ccm", "dct": "2025-03-07", "events": []})");
  std::string other = dir.Write("other.txt", "No sidecar here.");

  InputOptions options;
  options.default_dct = "2020-01-01";
  auto items = ReadAllItems({txt, other}, options);
  REQUIRE(items.size() == 2);
  CHECK(items[0].ok());
  CHECK(items[0].doc.id == "lithuania-ccm");
  CHECK(items[0].doc.dct == "2025-03-07");  // the sidecar wins over --dct
  CHECK(items[0].doc.source == txt);
  CHECK(items[0].doc.text == "Vilnius said on Thursday...\n");
  CHECK(items[1].doc.id == "other");
  CHECK(items[1].doc.dct == "2020-01-01");
}

TEST_CASE("a broken sidecar is an error for its article, not silence") {
  TempDir dir;
  std::string a = dir.Write("a.txt", "text");
  std::string a_gold = dir.Write("a.gold.json", R"({"dct": "2025-02-30"})");
  std::string b = dir.Write("b.txt", "text");
  std::string b_gold = dir.Write("b.gold.json", "{not json");
  std::string c = dir.Write("c.txt", "text");
  dir.Write("c.gold.json", R"({"dct": null})");  // no dct: use the default
  auto items = ReadAllItems({a, b, c});
  REQUIRE(items.size() == 3);
  CHECK(items[0].error.code() == "bad_date");
  CHECK(items[0].error.where() == a_gold);
  CHECK(items[0].error.message() ==
        "dct '2025-02-30' is not a date YYYY-MM-DD");
  CHECK(items[0].doc.id == "a");
  CHECK(items[1].error.code() == "bad_record");
  CHECK(items[1].error.where() == b_gold);
  CHECK(items[2].ok());
  CHECK(items[2].doc.dct == "");
}

TEST_CASE("JSONL: good, broken, empty lines and a missing id") {
  TempDir dir;
  std::string path = dir.Write(
      "news.jsonl",
      R"({"id": "a1", "text": "First article.", "date": "2016-05-03"})"
      "\n"
      "\n"  // 2: skipped
      R"({"id": "a2", "text": "Second", "date": "2016-05-04T09:30:00Z"})"
      "\n"
      R"({"id": "a3", "text": "broken)"
      "\n"  // 4
      R"({"text": "No id.", "date": null})"
      "\r\n"  // 5
      R"({"id": 7, "body": "wrong field"})"
      "\n"  // 6
      R"({"id": "a8", "text": 42})"
      "\n"  // 7
      R"({"id": "a9", "text": "x", "date": "2016-02-30"})"
      "\n"       // 8
      "   \t\n"  // 9: skipped
      R"(["an", "array"])"
      "\n"                              // 10
      R"({"id": "a11", "text": ""})");  // 11, no \n
  InputOptions options;
  options.default_dct = "2000-01-01";
  size_t errors = 0;
  auto items = ReadAllItems({path}, options, &errors);
  REQUIRE(items.size() == 9);
  CHECK(errors == 5);

  CHECK(items[0].ok());
  CHECK(items[0].doc.id == "a1");
  CHECK(items[0].doc.text == "First article.");
  CHECK(items[0].doc.dct == "2016-05-03");
  CHECK(items[0].doc.source == path + ":1");

  CHECK(items[1].ok());
  CHECK(items[1].doc.dct == "2016-05-04");  // the day of a timestamp
  CHECK(items[1].doc.source == path + ":3");

  CHECK(items[2].error.code() == "bad_record");
  CHECK(items[2].error.where() == path + ":4");
  CHECK(items[2].doc.id == "news:4");
  CHECK(items[2].error.message() ==
        "malformed JSON at byte offset 28 of the line: syntax error while "
        "parsing value - invalid string: missing closing quote; last read: "
        "'\"broken'");

  CHECK(items[3].ok());
  CHECK(items[3].doc.id == "news:5");
  CHECK(items[3].doc.dct == "2000-01-01");
  CHECK(items[3].doc.text == "No id.");

  CHECK(items[4].error.code() == "bad_record");
  CHECK(items[4].doc.id == "7");  // the id is known, so the error names it
  CHECK(items[4].error.message() ==
        "missing field 'text' (the record has: body, id); see --text-field");

  CHECK(items[5].error.code() == "bad_record");
  CHECK(items[5].doc.id == "a8");
  CHECK(items[5].error.message() ==
        "field 'text' must be a string, found number");

  CHECK(items[6].error.code() == "bad_date");
  CHECK(items[6].error.where() == path + ":8");
  CHECK(items[6].doc.id == "a9");

  CHECK(items[7].error.code() == "bad_record");
  CHECK(items[7].error.message() == "expected a JSON object, found array");

  CHECK(items[8].ok());  // an empty text is a document, not an error
  CHECK(items[8].doc.id == "a11");
  CHECK(items[8].doc.text.empty());
  CHECK(items[8].doc.source == path + ":11");
}

// The JSONL reader has a fast scanner for the usual record shape and falls
// back to nlohmann/json for everything else. Differential test (re2 style):
// on well-formed and damaged lines alike, the reader must agree with what
// nlohmann makes of the line.
TEST_CASE("JSONL: the fast scanner agrees with nlohmann on damaged lines") {
  const std::string base[] = {
      R"({"id": "a", "text": "Plain text.", "date": "2016-05-03"})",
      R"({"text":"Esc \" \\ \/ \b \f \n \r \t end","id":"b"})",
      R"({"id": "c", "text": "caf\u00e9 \u2014 \ud83d\ude00 \u00E9", "date": null})",
      R"(  {"meta": {"a": [1, -2.5e3, 0, true, false, null, {"b": []}]}, "text": "x" }  )",
      R"({"id": "d", "text": "Škoda “quoted” Łukasz", "n": -0.0e+1, "s": "\"}"})",
      R"({"id": null, "text": "", "date": "1998-10-17T08:00:00Z", "x": [[[]]]})",
      R"({"id": 12, "text": "numeric id"})",
      R"({"text": "dup", "text": "last"})",
      R"({"id": "e", "text": "a\u0000b"})",
      R"({"id": "f", "text": "long enough to use the eight-byte skip loop several times over"})",
  };
  std::vector<std::string> lines;
  const char kReplacements[] = {'"', '\\', '}', ']', ',', ':',
                                ' ', '0',  'u', 'e', '-', 'x'};
  for (const std::string& line : base) {
    lines.push_back(line);
    for (size_t i = 0; i < line.size(); ++i) {
      lines.push_back(line.substr(0, i));
      for (char c : kReplacements) {
        std::string mutated = line;
        mutated[i] = c;
        lines.push_back(mutated);
      }
    }
  }
  std::string file;
  std::vector<std::string> kept;  // the lines the reader sees, in order
  for (const std::string& line : lines) {
    if (line.find_first_not_of(" \t") == std::string::npos) continue;
    file += line + "\n";
    kept.push_back(line);
  }
  TempDir dir;
  std::string path = dir.Write("mutants.jsonl", file);
  auto items = ReadAllItems({path});
  REQUIRE(items.size() == kept.size());
  size_t ok = 0;
  for (size_t i = 0; i < kept.size(); ++i) {
    const std::string& line = kept[i];
    CAPTURE(line);
    const InputItem& item = items[i];
    if (!IsValidUtf8(line, nullptr)) {
      CHECK(item.error.code() == "invalid_utf8");
      continue;
    }
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    bool text_ok = !j.is_discarded() && j.is_object() && j.contains("text") &&
                   j["text"].is_string();
    if (!text_ok) {
      CHECK_FALSE(item.ok());
      continue;
    }
    std::string text = j["text"];
    if (LooksBinary(text, nullptr)) {
      CHECK(item.error.code() == "binary");
      continue;
    }
    if (!item.ok()) {  // only the id or date can be wrong
      CHECK((item.error.code() == "bad_date" ||
             (item.error.code() == "bad_record" && j.contains("id") &&
              !j["id"].is_string() && !j["id"].is_number())));
      continue;
    }
    ++ok;
    CHECK(item.doc.text == text);
    if (j.contains("id") && j["id"].is_string() &&
        !j["id"].get<std::string>().empty()) {
      CHECK(item.doc.id == j["id"].get<std::string>());
    }
    if (j.contains("date") && j["date"].is_string()) {
      CHECK(item.doc.dct == j["date"].get<std::string>().substr(0, 10));
    }
  }
  CHECK(ok > 500);  // the test really exercised the success path
}

TEST_CASE("JSONL: renamed fields") {
  TempDir dir;
  std::string path = dir.Write(
      "feed.jsonl",
      R"({"guid": "x-1", "body": "Body text.", "published": "1998-10-17", "text": "not this"})"
      "\n");
  InputOptions options;
  options.text_field = "body";
  options.id_field = "guid";
  options.date_field = "published";
  auto items = ReadAllItems({path}, options);
  REQUIRE(items.size() == 1);
  CHECK(items[0].ok());
  CHECK(items[0].doc.id == "x-1");
  CHECK(items[0].doc.text == "Body text.");
  CHECK(items[0].doc.dct == "1998-10-17");
}

TEST_CASE("invalid UTF-8 gives invalid_utf8 with the byte offset") {
  TempDir dir;
  std::string txt = dir.Write("latin1.txt", "Line one.\nCaf\xE9 au lait.\n");
  std::string jsonl =
      dir.Write("bad.jsonl",
                "{\"id\": \"ok\", \"text\": \"fine\"}\n{\"id\": \"b\", "
                "\"text\": \"caf\xE9\"}\n");
  auto items = ReadAllItems({txt, jsonl});
  REQUIRE(items.size() == 3);
  CHECK(items[0].error.code() == "invalid_utf8");
  CHECK(items[0].error.message() ==
        "invalid UTF-8 byte 0xE9 at byte offset 13");
  CHECK(items[0].error.where() == txt + ":2");
  CHECK(items[0].doc.id == "latin1");
  CHECK(items[0].doc.text.empty());
  CHECK(items[1].ok());
  CHECK(items[2].error.code() == "invalid_utf8");
  CHECK(items[2].error.message() ==
        "invalid UTF-8 byte 0xE9 at byte offset 24 of the line");
  CHECK(items[2].error.where() == jsonl + ":2");
}

TEST_CASE("binary junk, too large, missing inputs") {
  TempDir dir;
  std::string png =
      dir.Write("image.txt", std::string("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16));
  std::string nul = dir.Write("nul.jsonl", R"({"id": "n", "text": "a\u0000b"})"
                                           "\n");
  std::string big = dir.Write("big.txt", std::string(101, 'x'));
  std::string ok = dir.Write("ok.txt", std::string(100, 'x'));
  std::string big_line = dir.Write(
      "big.jsonl", "{\"text\": \"" + std::string(300, 'y') + "\"}\n" +
                       "{\"text\": \"" + std::string(150, 'y') + "\"}\n" +
                       "{\"id\": \"after\", \"text\": \"small\"}\n");
  InputOptions options;
  options.max_bytes = 100;
  auto items = ReadAllItems(
      {png, nul, big, ok, dir / "missing.txt", dir / "missing_dir/", big_line},
      options);
  REQUIRE(items.size() == 9);
  CHECK(items[0].error.code() == "binary");
  CHECK(items[0].error.where() == png);
  CHECK(items[1].error.code() == "binary");
  CHECK(items[1].doc.id == "n");
  CHECK(items[2].error.code() == "too_large");
  CHECK(items[2].error.message() ==
        "document is larger than the limit of 100 bytes (--max-bytes)");
  CHECK(items[3].ok());
  CHECK(items[4].error.code() == "io_error");
  CHECK(items[4].doc.id == "missing");
  CHECK(items[4].error.where() == dir / "missing.txt");
  CHECK(items[5].error.code() == "io_error");
  CHECK(items[6].error.code() == "too_large");  // line over 2 * max_bytes
  CHECK(items[6].error.where() == big_line + ":1");
  CHECK(items[7].error.code() == "too_large");  // line fits, text does not
  CHECK(items[7].error.message() ==
        "text has 150 bytes, more than the limit of 100 (--max-bytes)");
  CHECK(items[8].ok());
  CHECK(items[8].doc.id == "after");
  CHECK(items[8].doc.source == big_line + ":3");
}

TEST_CASE("a line far over the limit is skipped without holding it") {
  TempDir dir;
  // Several read chunks long, so the reader must skip across chunk borders.
  std::string huge(3 << 20, 'z');
  std::string path = dir.Write(
      "huge.jsonl", "{\"text\": \"" + huge +
                        "\"}\n{\"id\": \"next\", \"text\": \"t\"}\n" + huge);
  InputOptions options;
  options.max_bytes = 1000;
  auto items = ReadAllItems({path}, options);
  REQUIRE(items.size() == 3);
  CHECK(items[0].error.code() == "too_large");
  CHECK(items[1].ok());
  CHECK(items[1].doc.source == path + ":2");
  CHECK(items[2].error.code() == "too_large");  // unterminated last line
  CHECK(items[2].error.where() == path + ":3");
}

TEST_CASE("gzip: whole files, and a truncated file breaks at a named line") {
  TempDir dir;
  std::string jsonl;
  for (int i = 1; i <= 2000; ++i) {
    jsonl += "{\"id\": \"d" + std::to_string(i) +
             "\", \"text\": \"Article number " + std::to_string(i * 7919) +
             " says something.\"}\n";
  }
  std::string gz = dir.WriteGz("archive.jsonl.gz", jsonl);
  std::string txt_gz = dir.WriteGz("story.txt.gz", "A gzipped story.");
  dir.Write("story.gold.json", R"({"dct": "2001-09-11"})");

  auto items = ReadAllItems({gz, txt_gz});
  REQUIRE(items.size() == 2001);
  CHECK(items[0].doc.id == "d1");
  CHECK(items[1999].doc.id == "d2000");
  CHECK(items[1999].doc.source == gz + ":2000");
  CHECK(items[2000].ok());
  CHECK(items[2000].doc.id == "story");
  CHECK(items[2000].doc.text == "A gzipped story.");
  CHECK(items[2000].doc.dct == "2001-09-11");

  std::string cut = dir.WriteGz("cut.jsonl.gz", jsonl, fs::file_size(gz) / 2);
  size_t errors = 0;
  items = ReadAllItems({cut, txt_gz}, InputOptions(), &errors);
  REQUIRE(items.size() > 100);
  CHECK(errors == 1);
  const InputItem& broken = items[items.size() - 2];
  CHECK(broken.error.code() == "bad_gzip");
  CHECK(broken.error.message() ==
        "truncated gzip stream (unexpected end of file)");
  size_t line = items.size() - 1;  // every line before it was delivered
  CHECK(broken.error.where() == cut + ":" + std::to_string(line));
  CHECK(broken.doc.id == "cut:" + std::to_string(line));
  for (size_t i = 0; i + 2 < items.size(); ++i) {
    REQUIRE(items[i].ok());
    CHECK(items[i].doc.id == "d" + std::to_string(i + 1));
  }
  CHECK(items.back().ok());  // the run goes on

  std::string cut_txt = dir.WriteGz("cut.txt.gz", std::string(100000, 'a'), 60);
  items = ReadAllItems({cut_txt});
  REQUIRE(items.size() == 1);
  CHECK(items[0].error.code() == "bad_gzip");
  CHECK(items[0].doc.id == "cut");
  CHECK(items[0].error.where() == cut_txt);
}

TEST_CASE("gzip: a cut exactly between two lines is still reported") {
  TempDir dir;
  std::string p = dir / "flushed.jsonl.gz";
  gzFile gz = gzopen(p.c_str(), "wb");
  REQUIRE(gz != nullptr);
  std::string first =
      "{\"id\": \"one\", \"text\": \"1\"}\n{\"id\": \"two\", \"text\": "
      "\"2\"}\n";
  gzwrite(gz, first.data(), first.size());
  REQUIRE(gzflush(gz, Z_FULL_FLUSH) == Z_OK);  // the bytes so far are whole
  size_t cut = fs::file_size(p);
  std::string rest = "{\"id\": \"three\", \"text\": \"3\"}\n";
  gzwrite(gz, rest.data(), rest.size());
  REQUIRE(gzclose(gz) == Z_OK);
  fs::resize_file(p, cut);
  auto items = ReadAllItems({p});
  REQUIRE(items.size() == 3);
  CHECK(items[0].doc.id == "one");
  CHECK(items[1].doc.id == "two");
  CHECK(items[2].error.code() == "bad_gzip");
  CHECK(items[2].error.where() == p + ":3");
}

TEST_CASE("gzip: corrupt data is an error") {
  TempDir dir;
  std::string gz = dir.WriteGz("bad.jsonl.gz",
                               std::string(5000, '\n') + "{\"text\": \"t\"}\n");
  std::string bytes;
  {
    std::ifstream in(gz, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  for (size_t i = 12; i < bytes.size() - 8; ++i)
    bytes[i] = static_cast<char>(0xA5 ^ i);
  dir.Write("bad.jsonl.gz", bytes);
  auto items = ReadAllItems({gz});
  REQUIRE(items.size() == 1);
  CHECK(items[0].error.code() == "bad_gzip");
  CHECK(items[0].error.message().rfind("corrupt gzip data: ", 0) == 0);
}

TEST_CASE("a directory is walked recursively in sorted order") {
  TempDir dir;
  dir.Write("b.txt", "b");
  dir.Write("a.txt", "a");
  dir.Write("a.gold.json",
            R"({"dct": "2025-03-07"})");  // a sidecar, not an input
  dir.Write("sub/z.txt", "z");
  dir.Write("sub/deeper/y.txt", "y");
  dir.Write(
      "c.jsonl",
      "{\"id\": \"c1\", \"text\": \"c\"}\n{\"id\": \"c2\", \"text\": \"c\"}\n");
  dir.WriteGz("d.txt.gz", "d");
  dir.Write("README.md", "ignored");
  dir.Write("notes.json", "{}");
  dir.Write(".hidden.txt", "ignored");
  dir.Write(".git/x.txt", "ignored");
  dir.Write("A.txt", "capital");  // byte order: 'A' < 'a'

  auto items = ReadAllItems({dir / "", dir / "b.txt"});
  std::vector<std::string> ids;
  for (const InputItem& item : items) {
    CHECK(item.ok());
    ids.push_back(item.doc.id);
  }
  CHECK(ids == std::vector<std::string>{"A", "a", "b", "c1", "c2", "d", "y",
                                        "z", "b"});
  CHECK(items[1].doc.dct == "2025-03-07");
  CHECK(items[6].doc.source == dir / "sub/deeper/y.txt");
}

TEST_CASE("a symbolic link loop is walked once") {
  TempDir dir;
  dir.Write("x/a.txt", "a");
  fs::create_directory_symlink("..", dir / "x/loop");
  auto items = ReadAllItems({dir / "x"});
  REQUIRE(items.size() == 1);
  CHECK(items[0].doc.id == "a");
}

TEST_CASE("counts add up over a mixed run") {
  TempDir dir;
  dir.Write("in/1.txt", "one");
  dir.Write("in/2.txt", "bad \xFF");
  dir.Write("in/3.jsonl", "{\"text\": \"x\"}\n\n{oops}\n{\"text\": \"y\"}\n");
  InputReader reader({dir / "in", dir / "nope.jsonl"}, InputOptions());
  InputItem item;
  size_t ok = 0, bad = 0;
  while (reader.Next(&item)) ++(item.ok() ? ok : bad);
  CHECK(ok == 3);
  CHECK(bad == 3);
  CHECK(reader.records() == 6);
  CHECK(reader.errors() == 3);
  CHECK_FALSE(reader.Next(&item));  // stays at the end
  CHECK(reader.records() == 6);
}

// Reads "-" with fd 0 pointing at the file `path` for the duration.
std::vector<InputItem> ReadStdin(const std::string& path,
                                 InputOptions options = InputOptions()) {
  int saved = dup(0);
  REQUIRE(saved >= 0);
  REQUIRE(freopen(path.c_str(), "rb", stdin) != nullptr);
  auto items = ReadAllItems({"-"}, std::move(options));
  dup2(saved, 0);
  close(saved);
  return items;
}

TEST_CASE("standard input is one text article") {
  TempDir dir;
  std::string path = dir.Write("stdin.txt", "From a pipe.");
  InputOptions options;
  options.default_dct = "2025-03-07";
  auto items = ReadStdin(path, options);
  REQUIRE(items.size() == 1);
  CHECK(items[0].ok());
  CHECK(items[0].doc.id == "stdin");
  CHECK(items[0].doc.source == "<stdin>");
  CHECK(items[0].doc.text == "From a pipe.");
  CHECK(items[0].doc.dct == "2025-03-07");
}

TEST_CASE("standard input: JSONL when its first non-blank byte is '{'") {
  TempDir dir;
  const std::string jsonl =
      "\n  \n{\"id\": \"a\", \"text\": \"One.\"}\n"
      "not json\n{\"text\": \"Two.\", \"date\": \"2024-01-02\"}\n";
  for (bool gz : {false, true}) {
    CAPTURE(gz);
    std::string path = gz ? dir.WriteGz("in.jsonl.gz", jsonl)
                          : dir.Write("in.jsonl", jsonl);
    auto items = ReadStdin(path);
    REQUIRE(items.size() == 3);
    CHECK(items[0].ok());
    CHECK(items[0].doc.id == "a");
    CHECK(items[0].doc.text == "One.");
    CHECK(items[0].doc.source == "<stdin>:3");
    CHECK(items[1].error.code() == "bad_record");
    CHECK(items[1].error.where() == "<stdin>:4");
    CHECK(items[2].doc.id == "stdin:5");
    CHECK(items[2].doc.dct == "2024-01-02");
    CHECK(items[2].doc.text == "Two.");
  }
}

TEST_CASE("standard input: --stdin-format overrides the guess") {
  TempDir dir;
  const std::string json = "{\"text\": \"x\"}\n";
  std::string path = dir.Write("in.jsonl", json);
  InputOptions text;
  text.stdin_format = StdinFormat::kText;
  auto items = ReadStdin(path, text);
  REQUIRE(items.size() == 1);
  CHECK(items[0].doc.id == "stdin");
  CHECK(items[0].doc.text == json);  // every byte, the peeked ones included

  std::string plain = dir.Write("in.txt", "Plain words.\n");
  InputOptions jsonl;
  jsonl.stdin_format = StdinFormat::kJsonl;
  items = ReadStdin(plain, jsonl);
  REQUIRE(items.size() == 1);
  CHECK(items[0].error.code() == "bad_record");
  CHECK(items[0].error.where() == "<stdin>:1");

  // A text article that starts with blank lines keeps them (offsets).
  std::string blank = dir.Write("blank.txt", "\n\n  Indented.");
  items = ReadStdin(blank);
  REQUIRE(items.size() == 1);
  CHECK(items[0].doc.text == "\n\n  Indented.");
}

}  // namespace
}  // namespace newsevents
