#include "text_checks.h"

#include <algorithm>
#include <string>

#include "base/text.h"

namespace newsevents {

Status CheckText(const Document& doc, size_t max_bytes) {
  size_t bad = 0;
  if (!IsValidUtf8(doc.text, &bad)) {
    const size_t line = 1 + std::count(doc.text.begin(), doc.text.begin() + bad, '\n');
    return Status::Error(
        "invalid_utf8",
        "invalid UTF-8 byte " + HexByte(doc.text[bad]) + " at byte offset " +
            std::to_string(bad),
        doc.source.empty() ? "" : doc.source + ":" + std::to_string(line));
  }
  if (doc.text.size() > max_bytes)
    return Status::Error("too_large",
                         "text has " + std::to_string(doc.text.size()) +
                             " bytes, more than the limit of " + std::to_string(max_bytes) +
                             " (--max-bytes)",
                         doc.source);
  std::string reason;
  if (LooksBinary(doc.text, &reason)) return Status::Error("binary", reason, doc.source);
  return Status::Ok();
}

Status CheckDateField(const std::string& field, const std::string& value,
                      std::string* day) {
  day->clear();
  if (value.empty()) return Status::Ok();
  const bool timestamp = value.size() > 10 && (value[10] == 'T' || value[10] == ' ');
  const std::string first = value.substr(0, 10);
  if (!IsValidDate(first) || (value.size() > 10 && !timestamp))
    return Status::Error("bad_date", "field '" + field + "' is not a date YYYY-MM-DD: " +
                                         QuotedExcerpt(value));
  *day = first;
  return Status::Ok();
}

}  // namespace newsevents
