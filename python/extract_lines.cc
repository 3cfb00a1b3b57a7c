#include "extract_lines.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <thread>

namespace newsevents {
namespace {

LineResult ExtractInto(const Extractor& extractor, const LineJob& job, bool explain,
                       Record* record) {
  LineResult result;
  result.status = job.error;
  if (result.status.ok()) {
    try {
      result.status = extractor.Extract(job.doc, record);
    } catch (const std::exception& e) {
      result.status = Status::Error(
          "internal", std::string("extractor failed: ") + e.what(), job.doc.source);
    }
  }
  result.line = result.status.ok()
                    ? ToJsonLine(*record, job.doc.text, extractor.version(), explain)
                    : ErrorJsonLine(job.doc.id, job.doc.source, result.status);
  return result;
}

}  // namespace

LineResult ExtractLine(const Extractor& extractor, const LineJob& job, bool explain) {
  Record record;
  return ExtractInto(extractor, job, explain, &record);
}

void ExtractLines(const Extractor& extractor, const std::vector<LineJob>& jobs,
                  int threads, bool explain, std::vector<LineResult>* results) {
  results->assign(jobs.size(), LineResult());
  std::atomic<size_t> next{0};
  auto work = [&]() {
    Record record;
    for (size_t i; (i = next.fetch_add(1)) < jobs.size();)
      (*results)[i] = ExtractInto(extractor, jobs[i], explain, &record);
  };
  const int n = std::max(1, std::min<int>(threads, static_cast<int>(jobs.size())));
  std::vector<std::thread> pool;
  for (int t = 1; t < n; ++t) pool.emplace_back(work);
  work();
  for (std::thread& t : pool) t.join();
}

}  // namespace newsevents
