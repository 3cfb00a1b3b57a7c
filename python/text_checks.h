// The checks `newsevents extract` makes on an article's text before it
// extracts (extractor/io/input.cc), with the same codes and messages, so
// that the module's errors read as the command line's error lines.
#ifndef NEWSEVENTS_PYTHON_TEXT_CHECKS_H_
#define NEWSEVENTS_PYTHON_TEXT_CHECKS_H_

#include <cstddef>
#include <string>

#include "newsevents/extractor.h"
#include "newsevents/status.h"

namespace newsevents {

// invalid_utf8 (only bytes can hold it; a Python str is always UTF-8),
// too_large (more than max_bytes), then binary (NUL bytes, many control
// characters), in the JSONL reader's order, named by doc.source.
Status CheckText(const Document& doc, size_t max_bytes);

// A date field as the JSONL reader takes it: "" (none), "YYYY-MM-DD", or an
// ISO timestamp starting with one (then *day is its first ten bytes).
// Otherwise bad_date, naming `field`, as the reader says it.
Status CheckDateField(const std::string& field, const std::string& value,
                      std::string* day);

}  // namespace newsevents

#endif  // NEWSEVENTS_PYTHON_TEXT_CHECKS_H_
