// libFuzzer target: the gazetteer and word-list loaders (lexicon/) on
// arbitrary bytes. The first byte picks the file the rest replaces in a
// small valid lexicon folder: states.tsv, organisations.tsv, organs.tsv,
// treaties.tsv, people.tsv or words/fuzz_words.txt. Lexicon::Load must give
// ok or an error with file:line:col; when it loads, the lexicon is matched
// against a fixed sentence and against the input itself (if UTF-8).
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/text.h"
#include "lexicon/lexicon.h"
#include "scratch_dir.h"
#include "text/tokenizer.h"

namespace {

using newsevents::fuzz::WriteScratch;

struct File {
  const char* name;
  const char* valid;  // its content when another file is fuzzed
};
const File kFiles[] = {
    {"states.tsv", "LTU\tLithuania\tRepublic of Lithuania\tLithuanian\tVilnius\n"
                   "USA\tUnited States\tU.S.|US\tAmerican\tWashington\texact\n"},
    {"organisations.tsv",
     "un\tUnited Nations\tigo\tUN\t\texact\n"
     "hrw\tHuman Rights Watch\tngo\tHRW\n"
     "opec\tOrganization of the Petroleum Exporting Countries\tigo\tOPEC\t\t\t\topec_accord\n"},
    {"organs.tsv", "parliament\tparliament\nSeimas\tparliament\tLTU\n"},
    {"treaties.tsv", "ccm\tConvention on Cluster Munitions\tOslo Convention|CCM\t2008\t"
                     "cluster munitions\tconvention\n"
                     "opec_accord\tOPEC accord\t\t1986\n"},
    {"people.tsv", "Gitanas Nauseda\tNauseda\tLTU\tpresident\t2019\t2029\n"},
    {"words/fuzz_words.txt", "withdrawal\n# a comment\nexit from\n"},
};
constexpr int kFileCount = sizeof(kFiles) / sizeof(kFiles[0]);

void Match(const newsevents::Lexicon& lexicon, std::string_view text) {
  newsevents::TokenizedText t;
  newsevents::Tokenize(text, &lexicon.abbreviations(), &t);
  std::vector<int> ids;
  std::vector<newsevents::LexMatch> found;
  lexicon.Match(t, &ids, &found, 2025);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0 || size > 1 << 16) return 0;
  const int fuzzed = data[0] % kFileCount;
  const std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  for (int i = 0; i < kFileCount; ++i)
    WriteScratch(kFiles[i].name, i == fuzzed ? text : kFiles[i].valid);
  std::unique_ptr<newsevents::Lexicon> lexicon;
  if (!newsevents::Lexicon::Load(newsevents::fuzz::ScratchDir(), &lexicon).ok())
    return 0;
  Match(*lexicon,
        "Lithuania's Seimas voted on the U.S. exit from the Oslo Convention, "
        "Human Rights Watch said; Nauseda signed the OPEC accord.");
  if (newsevents::IsValidUtf8(text, nullptr)) Match(*lexicon, text);
  return 0;
}
