// Line-based data files: reads a file into numbered, tab-split lines
// (skipping comments and blanks), splits `|` values, lists a folder's files
// by suffix and hashes contents for the lexicon version stamp.
#include "base/tsv.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <sstream>

#include "base/text.h"

namespace newsevents {

std::string Where(const std::string& path, int line, int col) {
  return path + ":" + std::to_string(line) + ":" + std::to_string(col);
}

Status CheckUtf8(const std::string& path, int line, std::string_view text) {
  size_t bad = 0;
  if (IsValidUtf8(text, &bad)) return Status::Ok();
  int col = 1;
  for (size_t i = 0; i < bad; ++i)
    if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++col;
  return Status::Error("invalid_utf8",
                       "invalid UTF-8 byte " + HexByte(text[bad]) +
                           "; data files must be UTF-8",
                       Where(path, line, col));
}

Status ReadDataLines(const std::string& path, std::vector<DataLine>* lines,
                     std::string* contents) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Error("io_error", "cannot read " + path, path);
  std::string text((std::istreambuf_iterator<char>(in)), {});
  if (contents) contents->append(path.substr(path.rfind('/') + 1)).append(text);
  std::istringstream stream(text);
  std::string line;
  for (int number = 1; std::getline(stream, line); ++number) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    Status s = CheckUtf8(path, number, line);
    if (!s.ok()) return s;
    size_t first = line.find_first_not_of(" \t");
    if (first == std::string::npos || line[first] == '#') continue;
    DataLine d;
    d.number = number;
    d.text = line;
    size_t start = 0;
    while (true) {
      size_t tab = line.find('\t', start);
      d.columns.push_back(line.substr(start, tab - start));
      d.column_starts.push_back(static_cast<int>(start) + 1);
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    lines->push_back(std::move(d));
  }
  return Status::Ok();
}

std::vector<std::string> SplitValues(std::string_view field) {
  std::vector<std::string> values;
  size_t start = 0;
  while (start <= field.size()) {
    size_t bar = field.find('|', start);
    if (bar == std::string_view::npos) bar = field.size();
    std::string_view v = field.substr(start, bar - start);
    while (!v.empty() && v.front() == ' ') v.remove_prefix(1);
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (!v.empty()) values.emplace_back(v);
    start = bar + 1;
  }
  return values;
}

std::vector<std::string> ListFiles(const std::string& dir,
                                   std::string_view suffix) {
  std::vector<std::string> names;
  DIR* d = opendir(dir.c_str());
  if (!d) return names;
  while (dirent* e = readdir(d)) {
    std::string name = e->d_name;
    if (name.size() > suffix.size() &&
        name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
      names.push_back(name);
  }
  closedir(d);
  std::sort(names.begin(), names.end());
  return names;
}

std::string HashHex(std::string_view bytes) {
  uint64_t h = 1469598103934665603ULL;
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return std::string(buf, 12);
}

}  // namespace newsevents
