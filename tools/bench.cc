// bench: how fast the whole pipeline runs on a corpus, on N threads sharing
// one Extractor. Prints documents/s and MB/s, the machine and the commit.
//
//   bench ../shared/eval/news/reuters21578.jsonl --threads 2
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>

#include "extractor.h"
#include "input.h"

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
  std::vector<newsevents::Document> docs;
  size_t bytes = 0;
  newsevents::InputReader reader(inputs, newsevents::InputOptions());
  newsevents::InputItem item;
  while (reader.Next(&item))
    if (item.ok()) {
      bytes += item.doc.text.size();
      docs.push_back(std::move(item.doc));
    }

  std::atomic<size_t> next{0}, events{0};
  const size_t total = docs.size() * repeat;
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      newsevents::Record record;
      for (size_t i; (i = next++) < total;) {
        if (extractor->Extract(docs[i % docs.size()], &record).ok())
          events += record.events.size();
      }
    });
  for (auto& t : pool) t.join();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  char host[256] = "?";
  gethostname(host, sizeof host);
  const double mb = bytes * repeat / 1e6;
  std::printf("machine %s, %u cores; lexicon version %s\n", host,
              std::thread::hardware_concurrency(), extractor->version().c_str());
  std::printf("%zu documents, %.1f MB, %d thread(s), %d pass(es): %.2f s\n",
              total, mb, threads, repeat, seconds);
  std::printf("%.0f documents/s, %.2f MB/s (%.2f MB/s per thread), %zu events\n",
              total / seconds, mb / seconds, mb / seconds / threads, events.load());
  return 0;
}
