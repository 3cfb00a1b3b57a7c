// Names a text treats as firms' or parties'; see reactions/firms.h.
#include "reactions/firms.h"

namespace newsevents {
namespace {

// Tokens of a parenthesis, or of the rest of a capitalised name, that may
// stand between a name and its suffix ("York International (Cyprus) Ltd").
constexpr int kMaxSkippedTokens = 4;

}  // namespace

Status FirmCues::Load(const std::string& w) {
  struct Item { WordList* list; const char* file; };
  const Item items[] = {{&suffixes_, "firm_suffixes.txt"},
                        {&lead_ins_, "firm_lead_ins.txt"},
                        {&prepositions_, "lead_in_prepositions.txt"},
                        {&joiners_, "name_joiners.txt"},
                        {&appositives_, "non_ngo_appositives.txt"},
                        {&determiners_, "determiners.txt"},
                        {&object_preps_, "object_prepositions.txt"}};
  for (const Item& it : items) {
    Status s = it.list->Load(w + it.file);
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

bool FirmCues::MarkedAt(const std::vector<QToken>& toks, int i, int len,
                        uint64_t initials, bool exact) const {
  const int n = static_cast<int>(toks.size());
  // A suffix at token k; "The United Auto Workers <UAW> union": a bracket
  // that holds the name's initials is no ticker.
  auto suffix_at = [&](int k) {
    if (suffixes_.MatchAt(toks, k, n) == 0) return false;
    return !(toks[k].key == FoldKey("<") && k + 1 < n &&
             toks[k + 1].key == initials);
  };
  // What is done to it: "control of USAir"; "<Charterhouse ...>" (Reuters
  // opens a company's name with "<").
  if (i > 0 && toks[i - 1].key == FoldKey("<")) return true;
  if (i > 1 && prepositions_.Has(toks[i - 1].key) &&
      lead_ins_.Has(toks[i - 2].key))
    return true;
  // What follows it: "Inc", "(Cyprus) Ltd", "and Trust Corporation".
  int k = i + len;
  if (k < n && toks[k].key == FoldKey("'s")) ++k;
  if (exact) return k < n && suffix_at(k);
  for (int skipped = 0; k < n && skipped <= kMaxSkippedTokens; ++skipped) {
    if (suffix_at(k)) return true;
    // ", a liberal think tank", ", a two-man general partnership".
    if (toks[k].key == FoldKey(",") && k + 1 < n &&
        determiners_.Has(toks[k + 1].key)) {
      for (int j = k + 2; j < n && j <= k + 2 + kMaxSkippedTokens; ++j) {
        if (appositives_.MatchAt(toks, j, n) > 0) return true;
        if (!toks[j].word() || toks[j].cap() ||
            object_preps_.Has(toks[j].key))
          break;
      }
      return false;
    }
    if (toks[k].key == FoldKey("(")) {
      int close = k + 1;
      while (close < n && close <= k + kMaxSkippedTokens &&
             toks[close].key != FoldKey(")"))
        ++close;
      if (close >= n || toks[close].key != FoldKey(")")) return false;
      skipped += close - k;
      k = close + 1;
      continue;
    }
    if (!(toks[k].word() && (toks[k].cap() || joiners_.Has(toks[k].key))))
      return false;
    ++k;
  }
  return false;
}

bool FirmCues::IsFirm(const std::vector<QToken>& toks,
                      std::string_view name) const {
  const std::vector<QToken> nt = ScanTokens(name, nullptr);
  const int len = static_cast<int>(nt.size());
  const int n = static_cast<int>(toks.size());
  if (len == 0) return false;
  std::string initials;
  for (size_t j = 0; j < name.size(); ++j)
    if ((j == 0 || name[j - 1] == ' ') && name[j] >= 'A' && name[j] <= 'Z')
      initials += name[j];
  const uint64_t ini = FoldKey(initials);
  for (int i = 0; i + len <= n; ++i) {
    int same = 0;
    while (same < len && toks[i + same].key == nt[same].key) ++same;
    if (same == len && MarkedAt(toks, i, len, ini, false)) return true;
    // "Revlon" of "Revlon Group": only the plainest marks.
    if (len >= 2 && same == len - 1 &&
        !(i + same < n && toks[i + same].key == nt[same].key) &&
        MarkedAt(toks, i, len - 1, ini, true))
      return true;
  }
  return false;
}

}  // namespace newsevents
