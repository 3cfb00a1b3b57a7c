// The only file of the library that includes RE2.
#include "base/regex.h"

#include <re2/re2.h>
#include <re2/set.h>

namespace newsevents {

struct Regex::Impl {
  explicit Impl(const std::string& p, const RE2::Options& o) : re(p, o) {}
  RE2 re;
};

static RE2::Options MakeOptions(const Regex::Options& options) {
  RE2::Options o;
  o.set_log_errors(false);
  o.set_case_sensitive(!options.case_insensitive);
  o.set_max_mem(64 << 20);
  return o;
}

Regex::Regex(const std::string& pattern, Options options)
    : impl_(std::make_unique<Impl>(pattern, MakeOptions(options))) {
  if (!impl_->re.ok()) return;
  group_names_.assign(impl_->re.NumberOfCapturingGroups() + 1, "");
  for (const auto& [index, name] : impl_->re.CapturingGroupNames())
    group_names_[index] = name;
}

Regex::~Regex() = default;
Regex::Regex(Regex&&) noexcept = default;
Regex& Regex::operator=(Regex&&) noexcept = default;

bool Regex::ok() const { return impl_ && impl_->re.ok(); }
std::string Regex::error() const { return impl_ ? impl_->re.error() : "moved"; }

bool Regex::Search(std::string_view text, size_t from,
                   std::vector<Span>* groups, bool anchor_start) const {
  const int n = group_count() + 1;
  std::vector<re2::StringPiece> pieces(n);
  re2::StringPiece input(text.data(), text.size());
  if (!impl_->re.Match(input, from, text.size(),
                       anchor_start ? RE2::ANCHOR_START : RE2::UNANCHORED,
                       pieces.data(), n))
    return false;
  groups->assign(n, Span());
  for (int i = 0; i < n; ++i) {
    if (pieces[i].data() == nullptr) continue;
    (*groups)[i].start = static_cast<int>(pieces[i].data() - text.data());
    (*groups)[i].end = (*groups)[i].start + static_cast<int>(pieces[i].size());
  }
  return true;
}

std::vector<std::vector<Span>> Regex::FindAll(std::string_view text) const {
  std::vector<std::vector<Span>> all;
  std::vector<Span> groups;
  size_t from = 0;
  while (from <= text.size() && Search(text, from, &groups)) {
    all.push_back(groups);
    // An empty match must still move on.
    from = groups[0].end > groups[0].start ? groups[0].end : groups[0].end + 1;
  }
  return all;
}

std::string Regex::Quote(std::string_view literal) {
  return RE2::QuoteMeta(re2::StringPiece(literal.data(), literal.size()));
}

struct RegexSet::Impl {
  Impl() : set(MakeOptions(Regex::Options()), RE2::UNANCHORED) {}
  RE2::Set set;
};

RegexSet::RegexSet() : impl_(std::make_unique<Impl>()) {}
RegexSet::~RegexSet() = default;

int RegexSet::Add(const std::string& pattern, std::string* error) {
  return impl_->set.Add(pattern, error);
}
bool RegexSet::Compile() { return impl_->set.Compile(); }

std::vector<int> RegexSet::Match(std::string_view text) const {
  std::vector<int> hits;
  impl_->set.Match(re2::StringPiece(text.data(), text.size()), &hits);
  return hits;
}

}  // namespace newsevents
