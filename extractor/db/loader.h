// Loader: extractor output (JSON lines of spec/output.md) into a database,
// SQLite by default, PostgreSQL for a postgresql:// URL. The tables are drawn
// in README.md ("Databases") and created by schema.cc.
//
//   std::unique_ptr<newsevents::Loader> db;
//   newsevents::LoaderOptions options;
//   options.lexicon_dir = "lexicons/en";   // fills the treaties table
//   newsevents::Status s = newsevents::Loader::Open("events.sqlite", options,
//   &db);
//   // or "postgresql://user@host/news"
//   if (!s.ok()) { std::cerr << s.ToString() << "\n"; return 1; }  // names the
//   db while (std::getline(in, line))
//     if (!(s = db->Add(line, "events.jsonl:" + std::to_string(++n))).ok())
//     break;
//   if (s.ok()) s = db->Finish();
//   // db->counts(): added, replaced, unchanged
//
// What a load guarantees:
//   - every line becomes one row of `documents`, keyed by the record's
//     doc.id; an error line (or a line that is no record) keeps its status,
//     code and message there, so nothing is lost;
//   - articles are written in batches of `batch_documents`, each batch in one
//     transaction: a run killed half-way leaves whole batches, and running it
//     again writes the rest;
//   - loading an article again with the same content hash changes nothing;
//     with another hash its old rows are deleted and the new ones written in
//     the same transaction. The last record of an id wins.
// Add() and Finish() fail only when the database does (code db_error); the
// batch being written is then rolled back and the loader must not be used
// again.
//
// Thread-safety: a Loader is used by one thread. Several loaders may write
// to one database at once as long as they load different articles.
#ifndef NEWSEVENTS_DB_LOADER_H_
#define NEWSEVENTS_DB_LOADER_H_

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "db/rows.h"
#include "newsevents/status.h"

namespace newsevents {

class Store;

// Options, with their defaults and command-line flags:
//   batch_documents  500   --db-batch (extract), --batch (load)
//   lexicon_dir      ""    --lexicons: treaties.tsv there fills the
//                          treaties table; "" or no such file leaves it as is
struct LoaderOptions {
  size_t batch_documents = 500;  // REQUIRES: > 0
  std::string lexicon_dir;
};

struct LoadCounts {
  size_t records = 0;    // lines given to Add()
  size_t added = 0;      // articles new to the database
  size_t replaced = 0;   // articles whose content hash changed
  size_t unchanged = 0;  // articles already there with the same hash
  size_t errors = 0;     // records with status "error" (stored as such)
  size_t treaties = 0;   // rows of the treaty catalogue read
};

class Loader {
 public:
  // Opens the database at `url` (a SQLite file, created when absent, or a
  // postgresql:// URL), creates or migrates its schema and fills the treaty
  // catalogue. Errors name the database (password hidden) and say why:
  // "cannot open database: ...", "cannot connect to the server: ...".
  static Status Open(const std::string& url, const LoaderOptions& options,
                     std::unique_ptr<Loader>* out);
  ~Loader();
  Loader(const Loader&) = delete;
  Loader& operator=(const Loader&) = delete;

  // Adds the record on `line`; `where` ("file:line") names it if it is no
  // record. Writes a batch when one is full.
  Status Add(std::string_view line, const std::string& where);
  // Adds a document for a line that could not be read at all (too long, a
  // read error), with id `where` and `error`'s code and message.
  Status AddUnreadable(const std::string& where, const Status& error);
  // Writes what is left. REQUIRES: called once, after the last Add().
  Status Finish();

  // Sets (*found)[i] to whether the article with id ids[i] is in the
  // database: committed by this loader or by an earlier run (extract
  // --resume skips those). Rows still in the open batch are not found.
  Status Contains(const std::vector<std::string>& ids, std::vector<bool>* found);
  // The number of records given to Add() and AddUnreadable() whose batch is
  // committed: the first committed() records of this loader are in the
  // database for good.
  size_t committed() const { return committed_; }

  const LoadCounts& counts() const { return counts_; }
  // The database's URL fit to print (no password).
  const std::string& name() const { return name_; }

 private:
  Loader() = default;
  Status Push(DocumentRows rows);
  Status Flush();

  std::unique_ptr<Store> store_;
  LoaderOptions options_;
  std::string name_;
  std::vector<DocumentRows> batch_;
  std::map<std::string, size_t> in_batch_;  // id -> index in batch_
  LoadCounts counts_;
  size_t committed_ = 0;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_DB_LOADER_H_
