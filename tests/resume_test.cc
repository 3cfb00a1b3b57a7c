// extract --resume's pieces: the manifest reader, cutting the half-written
// line a killed run leaves, and matching an earlier output's ids.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "cli/resume.h"
#include "test_util.h"

namespace newsevents {
namespace {

using testing::TempDir;
using testing::WriteFile;

std::string ReadAll(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST_CASE("a manifest line holds id, source and record, in that order") {
  CHECK(ManifestLine({"a\"1", "in.jsonl:2", 1}) ==
        R"({"id":"a\"1","source":"in.jsonl:2","record":1})");
}

TEST_CASE("the manifest reader keeps whole lines and ignores a cut last line") {
  TempDir dir;
  const std::string path = dir / "m";
  const std::string whole = ManifestLine({"a0", "in.jsonl:1", 0}) + "\n" +
                            ManifestLine({"a1", "in.jsonl:2", 1}) + "\n";
  WriteFile(path, whole + R"({"id":"a2","sou)");
  std::unordered_set<std::string> ids;
  uint64_t size = 99;
  REQUIRE(ReadManifest(path, &ids, &size).ok());
  CHECK(ids == std::unordered_set<std::string>{"a0", "a1"});
  CHECK(size == whole.size());
  // A cut line that happens to be valid JSON is still not an entry.
  WriteFile(path, whole + R"({"id":"a2"})");
  ids.clear();
  REQUIRE(ReadManifest(path, &ids, &size).ok());
  CHECK(ids.size() == 2);
  CHECK(ids.count("a2") == 0);
}

TEST_CASE("an empty or missing manifest lists nothing") {
  TempDir dir;
  std::unordered_set<std::string> ids;
  uint64_t size = 99;
  WriteFile(dir / "empty", "");
  REQUIRE(ReadManifest(dir / "empty", &ids, &size).ok());
  CHECK(ids.empty());
  CHECK(size == 0);
  size = 99;
  REQUIRE(ReadManifest(dir / "missing", &ids, &size).ok());
  CHECK(ids.empty());
  CHECK(size == 0);
  CHECK(!std::filesystem::exists(dir / "missing"));
  // Only a cut first line: nothing finished.
  WriteFile(dir / "cut", R"({"id":"a0)");
  REQUIRE(ReadManifest(dir / "cut", &ids, &size).ok());
  CHECK(ids.empty());
  CHECK(size == 0);
}

TEST_CASE("a whole manifest line that is no entry is an error at its line") {
  TempDir dir;
  WriteFile(dir / "m", ManifestLine({"a0", "x", 0}) + "\n\nnot json\n");
  std::unordered_set<std::string> ids;
  uint64_t size;
  const Status s = ReadManifest(dir / "m", &ids, &size);
  CHECK(s.code() == "bad_manifest");
  CHECK(s.where() == dir / "m:3");
  WriteFile(dir / "n", "{\"id\":7}\n");
  CHECK(ReadManifest(dir / "n", &ids, &size).code() == "bad_manifest");
}

TEST_CASE("CutHalfLine ends a file at its last newline") {
  TempDir dir;
  uint64_t size = 99;
  WriteFile(dir / "f", "one\ntwo\nthr");
  REQUIRE(CutHalfLine(dir / "f", &size).ok());
  CHECK(ReadAll(dir / "f") == "one\ntwo\n");
  CHECK(size == 8);
  REQUIRE(CutHalfLine(dir / "f", &size).ok());  // whole: unchanged
  CHECK(ReadAll(dir / "f") == "one\ntwo\n");
  WriteFile(dir / "g", "no newline at all");
  REQUIRE(CutHalfLine(dir / "g", &size).ok());
  CHECK(ReadAll(dir / "g").empty());
  CHECK(size == 0);
  WriteFile(dir / "e", "");
  REQUIRE(CutHalfLine(dir / "e", &size).ok());
  CHECK(size == 0);
  REQUIRE(CutHalfLine(dir / "missing", &size).ok());
  CHECK(!std::filesystem::exists(dir / "missing"));
  // A last line longer than the chunk read from the end at a time.
  const std::string line(200000, 'x');
  WriteFile(dir / "long", "a\n" + line + "\n" + line);
  REQUIRE(CutHalfLine(dir / "long", &size).ok());
  CHECK(size == 2 + line.size() + 1);
}

TEST_CASE("OutputPrefix matches an earlier output's ids in input order") {
  TempDir dir;
  const std::string path = dir / "out.jsonl";
  const std::string lines =
      R"({"schema":"newsevents/1","status":"ok","doc":{"id":"a0"}})" "\n"
      R"({"schema":"newsevents/1","status":"error","doc":{"id":"a1","source":"s"}})" "\n";
  WriteFile(path, lines + "{\"sch");
  OutputPrefix prefix;
  REQUIRE(prefix.Open(path, lines.size()).ok());
  REQUIRE(prefix.more());
  CHECK(prefix.Match("a0").ok());
  REQUIRE(prefix.more());
  const Status s = prefix.Match("b1");
  CHECK(s.code() == "resume_mismatch");
  CHECK(s.where() == path + ":2");
  CHECK(!prefix.more());  // the cut third line is beyond the limit
  OutputPrefix none;
  REQUIRE(none.Open(dir / "absent", 0).ok());
  CHECK(!none.more());
}

}  // namespace
}  // namespace newsevents
