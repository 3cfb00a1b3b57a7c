// ExtractBatch: workers take the next item index from one atomic counter.
#include "cli/batch_extract.h"

#include <algorithm>
#include <atomic>
#include <thread>

namespace newsevents {
namespace {

void ExtractOne(const Extractor& extractor, const InputItem& item, bool explain,
                Record* record, BatchResult* out) {
  Status status = item.error;
  // A bug on one document must not end a run over an archive: it becomes
  // that document's error line.
  if (status.ok()) {
    try {
      status = extractor.Extract(item.doc, record);
    } catch (const std::exception& e) {
      status = Status::Error("internal",
                             std::string("extractor failed: ") + e.what(),
                             item.doc.source);
    }
  }
  out->status = status;
  if (status.ok()) {
    out->line = ToJsonLine(*record, item.doc.text, extractor.version(), explain);
    out->events = record->events.size();
  } else {
    out->line = ErrorJsonLine(item.doc.id, item.doc.source, status);
    out->events = 0;
  }
}

}  // namespace

size_t ExtractBatch(const Extractor& extractor, const std::vector<InputItem>& items,
                    int threads, bool explain, std::vector<BatchResult>* results,
                    bool (*stop)()) {
  results->assign(items.size(), BatchResult());
  std::atomic<size_t> next{0};
  // Every index taken from `next` is finished before the thread looks at
  // `stop` again, so the items done are exactly [0, min(next, size)).
  auto work = [&]() {
    Record record;
    for (size_t i; !(stop && stop()) && (i = next.fetch_add(1)) < items.size();)
      ExtractOne(extractor, items[i], explain, &record, &(*results)[i]);
  };
  const int n = std::max(1, std::min<int>(threads, static_cast<int>(items.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
  return std::min(next.load(), items.size());
}

}  // namespace newsevents
