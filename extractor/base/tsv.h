// Reading the line-based data files of lexicons/: comments, blank lines,
// tab-separated columns, `|`-separated values, and positions for errors.
#ifndef NEWSEVENTS_BASE_TSV_H_
#define NEWSEVENTS_BASE_TSV_H_

#include <string>
#include <string_view>
#include <vector>

#include "newsevents/status.h"

namespace newsevents {

struct DataLine {
  int number = 0;          // 1-based line number in the file
  std::string text;        // the line without its newline
  std::vector<std::string> columns;  // split on tabs
  std::vector<int> column_starts;    // 1-based column of each field
};

// Reads `path`, skipping blank lines and lines starting with '#'. Appends the
// file's bytes to `*contents` when it is not null (for version hashing).
Status ReadDataLines(const std::string& path, std::vector<DataLine>* lines,
                     std::string* contents = nullptr);

// "a|b| c" -> {"a", "b", "c"}; empty values dropped.
std::vector<std::string> SplitValues(std::string_view field);

std::string Where(const std::string& path, int line, int col);

// Every data file of lexicons/ is UTF-8: returns ok, or invalid_utf8 at
// "path:line:col" (col counts code points) for the first ill-formed byte of
// `text`, line `line` of `path`.
Status CheckUtf8(const std::string& path, int line, std::string_view text);

// Names of the regular files in `dir` ending in `suffix`, sorted.
std::vector<std::string> ListFiles(const std::string& dir,
                                   std::string_view suffix);

// A short stable content hash (FNV-1a 64, hex).
std::string HashHex(std::string_view bytes);

}  // namespace newsevents

#endif  // NEWSEVENTS_BASE_TSV_H_
