// Quotes: the reporting constructions of quoted spans, and indirect speech.
// See quotes/quotes.h (quotes/spans.cc finds the spans). One linear token scan per
// document; attribution looks at a bounded window of tokens around each
// quote. The steps share the sentence and quote indexes of the document, so
// they are members of QuoteAttribution (quotes/attribution.h), which Find
// runs once per call.
#include "quotes/quotes.h"

#include <utility>

#include "quotes/attribution.h"

namespace newsevents {

Status QuoteFinder::Load(const std::string& dir,
                         std::unique_ptr<QuoteFinder>* out) {
  std::unique_ptr<QuoteFinder> qf(new QuoteFinder());
  Status s = qf->lex_.Load(dir);
  if (!s.ok()) return s;
  s = qf->clause_verbs_.Load(dir + "/words/clause_verbs.txt");
  if (!s.ok()) return s;
  s = qf->call_verbs_.Load(dir + "/words/call_verbs.txt");
  if (!s.ok()) return s;
  *out = std::move(qf);
  return Status::Ok();
}

std::vector<Quote> QuoteFinder::Find(
    std::string_view text, const std::vector<Mention>& sentences,
    const std::vector<EntityMention>& entities) const {
  return Find(text, ScanTokens(text, &lex_.abbreviations), sentences, entities);
}

std::vector<Quote> QuoteFinder::Find(
    std::string_view text, const std::vector<QToken>& toks,
    const std::vector<Mention>& sentences,
    const std::vector<EntityMention>& entities) const {
  if (toks.empty()) return {};
  QuoteAttribution run(text, toks, sentences, entities, lex_, clause_verbs_,
                       call_verbs_);
  return run.Find();
}

}  // namespace newsevents
