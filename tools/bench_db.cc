// bench_db: does loading keep up with extraction? Extracts a corpus (held in
// memory, so that only extraction is timed) into JSON lines, then loads the
// lines into each database, and prints both rates. Skips, with exit status 0,
// when the corpus is absent (../shared is not in every checkout).
//
//   bench_db                                   # Reuters-21578 into a temporary SQLite file
//   bench_db CORPUS --threads 2 --db postgresql://localhost/bench
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <thread>

#include <CLI/CLI.hpp>

#include "db/loader.h"
#include "db/store.h"
#include "io/input.h"
#include "newsevents/extractor.h"

namespace {

double Since(std::chrono::steady_clock::time_point start) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
      .count();
}

// Loads `lines` into `url` and prints the rate beside `extract_rate`.
int Load(const std::string& url, const std::vector<std::string>& lines,
         const std::vector<std::string>& sources, double extract_rate,
         const std::string& lexicons) {
  for (int pass = 1; pass <= 2; ++pass) {
    newsevents::LoaderOptions options;
    options.lexicon_dir = lexicons;
    const auto start = std::chrono::steady_clock::now();
    std::unique_ptr<newsevents::Loader> db;
    newsevents::Status s = newsevents::Loader::Open(url, options, &db);
    for (size_t i = 0; s.ok() && i < lines.size(); ++i) s = db->Add(lines[i], sources[i]);
    if (s.ok()) s = db->Finish();
    if (!s.ok()) {
      std::cerr << "bench_db: " << s.ToString() << "\n";
      return 1;
    }
    const double seconds = Since(start);
    const newsevents::LoadCounts& c = db->counts();
    const double rate = lines.size() / seconds;
    std::printf(
        "%s %s: %zu records (%zu new, %zu replaced, %zu unchanged) in %.2f s: "
        "%.0f records/s, %.1fx the extraction rate\n",
        pass == 1 ? "load into" : "again, into", db->name().c_str(), c.records,
        c.added, c.replaced, c.unchanged, seconds, rate, rate / extract_rate);
  }
  std::unique_ptr<newsevents::Store> store;
  if (newsevents::OpenStore(url, newsevents::Migrations(), &store).ok()) {
    int64_t rows = 0;
    for (int t = 0; t < newsevents::kTableCount; ++t) {
      int64_t n = 0;
      store->QueryInt("SELECT COUNT(*) FROM " +
                          newsevents::Layout(static_cast<newsevents::Table>(t)).name,
                      &n);
      rows += n;
    }
    std::printf("  %lld rows in its %d tables\n", static_cast<long long>(rows),
                static_cast<int>(newsevents::kTableCount));
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"bench_db: extraction rate and database load rate on a corpus"};
  std::string corpus = "../shared/eval/news/reuters21578.jsonl";
  std::vector<std::string> urls;
  int threads = 1;
  app.add_option("CORPUS", corpus, "Articles, as extract takes them")->capture_default_str();
  app.add_option("--db", urls,
                 "Databases to load (default: a new SQLite file in a temporary folder)");
  app.add_option("--threads", threads, "Extraction threads sharing one Extractor")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  if (!std::filesystem::exists(corpus)) {
    std::printf("bench_db: skipped: %s is absent\n", corpus.c_str());
    return 0;
  }

  std::unique_ptr<newsevents::Extractor> extractor;
  newsevents::Extractor::Options options;
  newsevents::Status s = newsevents::Extractor::Load(options, &extractor);
  if (!s.ok()) {
    std::cerr << s.ToString() << "\n";
    return 2;
  }
  std::vector<newsevents::InputItem> items;
  size_t bytes = 0;
  newsevents::InputReader reader({corpus}, newsevents::InputOptions());
  for (newsevents::InputItem item; reader.Next(&item);) {
    bytes += item.doc.text.size();
    items.push_back(std::move(item));
  }

  // Extraction into JSON lines, as `newsevents extract` writes them.
  std::vector<std::string> lines(items.size()), sources(items.size());
  std::atomic<size_t> next{0};
  const auto start = std::chrono::steady_clock::now();
  std::vector<std::thread> pool;
  for (int t = 0; t < threads; ++t)
    pool.emplace_back([&] {
      newsevents::Record record;
      for (size_t i; (i = next++) < items.size();) {
        const newsevents::InputItem& item = items[i];
        newsevents::Status st = item.error;
        if (st.ok()) st = extractor->Extract(item.doc, &record);
        lines[i] = st.ok() ? newsevents::ToJsonLine(record, item.doc.text,
                                                    extractor->version())
                           : newsevents::ErrorJsonLine(item.doc.id, item.doc.source, st);
        sources[i] = item.doc.source;
      }
    });
  for (auto& t : pool) t.join();
  const double seconds = Since(start);
  const double rate = items.size() / seconds;
  char host[256] = "?";
  gethostname(host, sizeof host);
  std::printf("machine %s, %u cores; %s: %zu documents, %.1f MB\n", host,
              std::thread::hardware_concurrency(), corpus.c_str(), items.size(),
              bytes / 1e6);
  std::printf("extraction on %d thread(s): %.2f s, %.0f documents/s, %.2f MB/s\n",
              threads, seconds, rate, bytes / 1e6 / seconds);

  std::filesystem::path temp;
  if (urls.empty()) {
    temp = std::filesystem::temp_directory_path() /
           ("newsevents_bench_db_" + std::to_string(getpid()));
    std::filesystem::create_directories(temp);
    urls.push_back((temp / "events.sqlite").string());
  }
  int status = 0;
  for (const std::string& url : urls)
    status |= Load(url, lines, sources, rate, options.lexicon_dir);
  if (!temp.empty()) std::filesystem::remove_all(temp);
  return status;
}
