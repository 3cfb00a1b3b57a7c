// Batching records for a store: one batch holds each id once.
#include "db/loader.h"

#include <fstream>

#include "db/record_rows.h"
#include "db/store.h"
#include "db/treaty_catalogue.h"

namespace newsevents {
Loader::~Loader() = default;

Status Loader::Open(const std::string& url, const LoaderOptions& options,
                    std::unique_ptr<Loader>* out) {
  std::unique_ptr<Loader> loader(new Loader);
  loader->options_ = options;
  if (loader->options_.batch_documents == 0)
    loader->options_.batch_documents = 1;
  loader->name_ = DisplayUrl(url);
  Status s = OpenStore(url, Migrations(), &loader->store_);
  if (!s.ok()) return s;
  if (!options.lexicon_dir.empty() &&
      std::ifstream(options.lexicon_dir + "/treaties.tsv")) {
    std::vector<Row> treaties;
    s = ReadTreatyCatalogue(options.lexicon_dir, &treaties);
    if (s.ok()) s = loader->store_->PutTreaties(treaties);
    if (!s.ok()) return s;
    loader->counts_.treaties = treaties.size();
  }
  *out = std::move(loader);
  return Status::Ok();
}

Status Loader::Add(std::string_view line, const std::string& where) {
  return Push(RecordRows(line, where, UtcTimestamp()));
}

Status Loader::AddUnreadable(const std::string& where, const Status& error) {
  return Push(UnreadableRows(where, error, UtcTimestamp()));
}

Status Loader::Push(DocumentRows rows) {
  ++counts_.records;
  if (!rows.ok) ++counts_.errors;
  auto [it, added] = in_batch_.emplace(rows.id, batch_.size());
  if (!added) {
    // A second record of an id in one batch: it is the one to keep.
    DocumentRows& earlier = batch_[it->second];
    if (earlier.content_hash == rows.content_hash) {
      ++counts_.unchanged;
    } else {
      ++counts_.replaced;
      earlier = std::move(rows);
    }
    return Status::Ok();
  }
  batch_.push_back(std::move(rows));
  return batch_.size() >= options_.batch_documents ? Flush() : Status::Ok();
}

Status Loader::Finish() { return Flush(); }

Status Loader::Contains(const std::vector<std::string>& ids,
                        std::vector<bool>* found) {
  return store_->FindDocuments(ids, found);
}

Status Loader::Flush() {
  if (batch_.empty()) return Status::Ok();
  Store::BatchCounts c;
  Status s = store_->WriteBatch(batch_, &c);
  batch_.clear();
  in_batch_.clear();
  if (!s.ok()) return s;
  committed_ = counts_.records;
  counts_.added += c.added;
  counts_.replaced += c.replaced;
  counts_.unchanged += c.unchanged;
  return s;
}

}  // namespace newsevents
