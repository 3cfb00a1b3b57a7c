// Regex: the project's one door to RE2. Compile once, share between threads
// (all methods are const and thread-safe), search many times.
#ifndef NEWSEVENTS_BASE_REGEX_H_
#define NEWSEVENTS_BASE_REGEX_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "newsevents/status.h"

namespace newsevents {

// A byte range [start, end) into the searched text; start < 0 when a group
// did not take part in the match.
struct Span {
  int start = -1;
  int end = -1;
  bool matched() const { return start >= 0; }
};

class Regex {
 public:
  // Case-sensitive, UTF-8, longest-leftmost is NOT used: Perl-like
  // leftmost-first semantics, as RE2 defaults.
  struct Options {
    bool case_insensitive = false;
  };
  // Compiles `pattern`; on failure ok() is false and error() says why.
  explicit Regex(const std::string& pattern) : Regex(pattern, Options()) {}
  Regex(const std::string& pattern, Options options);
  ~Regex();
  Regex(Regex&&) noexcept;
  Regex& operator=(Regex&&) noexcept;

  bool ok() const;
  std::string error() const;
  // Names of the named groups, indexed by group number (0 = whole match,
  // unnamed groups have an empty name).
  const std::vector<std::string>& group_names() const { return group_names_; }
  int group_count() const { return static_cast<int>(group_names_.size()) - 1; }

  // Finds the first match starting at or after `from`; fills `groups`
  // (size group_count()+1, group 0 is the whole match). `anchor_start` makes
  // the match begin exactly at `from`.
  bool Search(std::string_view text, size_t from, std::vector<Span>* groups,
              bool anchor_start = false) const;
  // All non-overlapping matches, left to right.
  std::vector<std::vector<Span>> FindAll(std::string_view text) const;

  // Escapes every regex metacharacter of `literal`.
  static std::string Quote(std::string_view literal);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
  std::vector<std::string> group_names_;
};

// RegexSet: which of many patterns match somewhere in a text, in one pass.
// Used as a prefilter before running the individual Regex of each rule.
class RegexSet {
 public:
  RegexSet();
  ~RegexSet();
  // Returns the index of the added pattern, or -1 and sets *error.
  int Add(const std::string& pattern, std::string* error);
  bool Compile();
  // Indices of the patterns that match somewhere in `text`.
  std::vector<int> Match(std::string_view text) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_BASE_REGEX_H_
