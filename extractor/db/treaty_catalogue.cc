// treaties.tsv (lexicons/README.md): id, name, aliases, year, subjects, head,
// under `# area: NAME` comments. The lexicon loader validates the file; here
// only the columns the catalogue keeps are read.
#include "db/treaty_catalogue.h"

#include <fstream>
#include <set>

namespace newsevents {

Status ReadTreatyCatalogue(const std::string& lexicon_dir,
                           std::vector<Row>* rows) {
  const std::string path = lexicon_dir + "/treaties.tsv";
  std::ifstream in(path);
  if (!in)
    return Status::Error("io_error", "cannot read the treaty lexicon", path);
  const std::string kArea = "# area:";
  std::string line, area;
  std::set<std::string> seen;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (line.rfind(kArea, 0) == 0) {
      size_t start = line.find_first_not_of(' ', kArea.size());
      size_t end = line.find_first_of(" \t", start);
      area = start == std::string::npos ? "" : line.substr(start, end - start);
      continue;
    }
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> columns;
    for (size_t start = 0;;) {
      size_t tab = line.find('\t', start);
      columns.push_back(line.substr(start, tab - start));
      if (tab == std::string::npos) break;
      start = tab + 1;
    }
    if (columns.size() < 2 || columns[0].empty() ||
        !seen.insert(columns[0]).second)
      continue;
    Value year = Value::Null();
    if (columns.size() > 3 && !columns[3].empty() &&
        columns[3].find_first_not_of("0123456789") == std::string::npos)
      year = Value::Int(std::stoll(columns[3]));
    rows->push_back({Value::Text(columns[0]), Value::Text(columns[1]),
                     area.empty() ? Value::Null() : Value::Text(area), year});
  }
  return Status::Ok();
}

}  // namespace newsevents
