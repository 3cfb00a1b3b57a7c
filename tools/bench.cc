// bench: how fast the whole pipeline runs on a corpus, on N threads sharing
// one Extractor. Prints documents/s and MB/s, the machine and the commit,
// the time of each stage (summed over the threads) and of writing the JSON
// lines, and the time tagger's share of the pipeline's time.
//
//   bench ../shared/eval/news/reuters21578.jsonl --threads 2
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <mutex>
#include <thread>

#include <CLI/CLI.hpp>

#include "extractor_internal.h"
#include "io/input.h"
#include "newsevents/extractor.h"
#include "timex/timex.h"

int main(int argc, char** argv) {
  CLI::App app{"bench: pipeline speed (documents/s, MB/s) over the INPUTs, "
               "read into memory first so that only extraction is timed."};
  std::vector<std::string> inputs;
  int threads = 1, repeat = 1;
  app.add_option("INPUT", inputs, "Corpus files or folders (as extract takes)")
      ->required();
  app.add_option("--threads", threads, "Threads sharing one Extractor")
      ->capture_default_str();
  app.add_option("--repeat", repeat, "Passes over the corpus")->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  std::unique_ptr<newsevents::Extractor> extractor;
  newsevents::Status s =
      newsevents::Extractor::Load(newsevents::Extractor::Options(), &extractor);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 2;
  }
  std::unique_ptr<newsevents::TimexTagger> timex;
  s = newsevents::TimexTagger::Load(
      newsevents::Extractor::Options().lexicon_dir + "/timex", &timex);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 2;
  }
  std::vector<newsevents::Document> docs;
  size_t bytes = 0;
  newsevents::InputReader reader(inputs, newsevents::InputOptions());
  newsevents::InputItem item;
  while (reader.Next(&item))
    if (item.ok()) {
      bytes += item.doc.text.size();
      docs.push_back(std::move(item.doc));
    }

  // Runs `work(i)` for every document of every pass on the pool; wall seconds.
  const size_t total = docs.size() * repeat;
  auto timed_pass = [&](auto work) {
    std::atomic<size_t> next{0};
    const auto start = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t)
      pool.emplace_back([&] {
        for (size_t i; (i = next++) < total;) work(docs[i % docs.size()]);
      });
    for (auto& t : pool) t.join();
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
        .count();
  };
  std::atomic<size_t> events{0};
  std::mutex mu;
  newsevents::StageTimes stages;
  const double seconds = timed_pass([&](const newsevents::Document& doc) {
    thread_local newsevents::Record record;
    newsevents::StageTimes t;
    if (newsevents::ExtractorInternal::ExtractTimed(*extractor, doc, &record, &t)
            .ok())
      events += record.events.size();
    std::lock_guard<std::mutex> lock(mu);
    stages.tokenize += t.tokenize, stages.tag += t.tag, stages.timex += t.timex;
    stages.match += t.match, stages.assemble += t.assemble;
    stages.quotes += t.quotes, stages.reactions += t.reactions;
  });
  // Writing the JSON lines, timed alone in a second pass.
  std::atomic<int64_t> write_ns{0}, json_bytes{0};
  timed_pass([&](const newsevents::Document& doc) {
    thread_local newsevents::Record record;
    if (!extractor->Extract(doc, &record).ok()) return;
    const auto start = std::chrono::steady_clock::now();
    const std::string line =
        newsevents::ToJsonLine(record, doc.text, extractor->version());
    write_ns += std::chrono::duration_cast<std::chrono::nanoseconds>(
                    std::chrono::steady_clock::now() - start)
                    .count();
    json_bytes += line.size();
  });
  // The time tagger alone, to show its share of the pipeline (issue 3 asks
  // for no more than a fifth).
  const double timex_seconds = timed_pass([&](const newsevents::Document& doc) {
    timex->Tag(doc.text, doc.dct);
  });
  char host[256] = "?";
  gethostname(host, sizeof host);
  const double mb = bytes * repeat / 1e6;
  std::printf("machine %s, %u cores; lexicon version %s\n", host,
              std::thread::hardware_concurrency(), extractor->version().c_str());
  std::printf("%zu documents, %.1f MB, %d thread(s), %d pass(es): %.2f s\n",
              total, mb, threads, repeat, seconds);
  std::printf("%.0f documents/s, %.2f MB/s (%.2f MB/s per thread), %zu events\n",
              total / seconds, mb / seconds, mb / seconds / threads, events.load());
  const double write = write_ns / 1e9;
  const double staged = stages.tokenize + stages.tag + stages.timex +
                        stages.match + stages.assemble + stages.quotes +
                        stages.reactions + write;
  std::printf("stage (seconds summed over threads, share, MB/s of one thread; "
              "%.1f MB of JSON):\n",
              json_bytes / 1e6 / repeat);
  const std::pair<const char*, double> rows[] = {
      {"tokenize", stages.tokenize}, {"tag", stages.tag},
      {"time expressions", stages.timex}, {"match", stages.match},
      {"assemble", stages.assemble}, {"quotes", stages.quotes},
      {"reactions", stages.reactions}, {"write JSON", write}};
  for (const auto& [name, t] : rows)
    std::printf("  %-17s %7.2f s %5.1f%% %8.1f MB/s\n", name, t,
                100 * t / staged, mb / t);
  std::printf("time tagging alone: %.2f s, %.1f MB/s, %.0f%% of the pipeline's time\n",
              timex_seconds, mb / timex_seconds, 100 * timex_seconds / seconds);
  return 0;
}
