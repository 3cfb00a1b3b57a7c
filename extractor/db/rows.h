// Rows: one article's record (spec/output.md) as the rows of the database
// tables, in a form both stores write without knowing JSON. The tables and
// their columns are listed once, here and in rows.cc; schema.cc creates them
// with the same names, and a test checks that the two agree.
//
// Every value is SQL NULL, an integer, a real or UTF-8 text. The stores bind
// values by position, so a row's values follow its table's column list.
//
// Thread-safety: plain data.
#ifndef NEWSEVENTS_DB_ROWS_H_
#define NEWSEVENTS_DB_ROWS_H_

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace newsevents {

struct Value {
  enum class Type { kNull, kInt, kReal, kText };
  Type type = Type::kNull;
  int64_t integer = 0;
  double real = 0;
  std::string text;

  static Value Null() { return Value(); }
  static Value Int(int64_t i) {
    Value v;
    v.type = Type::kInt;
    v.integer = i;
    return v;
  }
  static Value Real(double r) {
    Value v;
    v.type = Type::kReal;
    v.real = r;
    return v;
  }
  static Value Text(std::string s) {
    Value v;
    v.type = Type::kText;
    v.text = std::move(s);
    return v;
  }
  bool is_null() const { return type == Type::kNull; }
};

using Row = std::vector<Value>;

// The tables in the order rows are inserted (parents before children), so
// that every foreign key points at a row already there.
enum Table {
  kDocuments,         // one row per article: id, status, error, content hash
  kEntities,          // canonical entities shared by all articles (upserted)
  kDocumentEntities,  // an article's entities n1, n2, ... -> entities
  kEntityMentions,    // their mentions (spans)
  kEvents,
  kEventMentions,
  kEventOfficials,
  kQuotes,
  kReactions,
  kEventReactions,  // an event's reactions (an event may list several)
  kReactionQuotes,  // the quotes a reaction rests on
  kTimexes,
  kDocumentWarnings,
  kTableCount
};

struct TableLayout {
  std::string name;
  std::vector<std::string> columns;
};

// The layout of `table`: its name and columns, as schema.cc creates them.
const TableLayout& Layout(Table table);

// The treaty catalogue (lexicons/en/treaties.tsv), which is not per article:
// code, name, area, year.
const TableLayout& TreatyLayout();

// An article's rows. rows[kDocuments] holds exactly one row; rows[kEntities]
// holds each canonical entity the article names once.
struct DocumentRows {
  std::string id;
  std::string content_hash;
  bool ok = false;  // status "ok" (false: an error line)
  std::array<std::vector<Row>, kTableCount> rows;
};

// The id of the canonical entity (kind, name): 63 bits of FNV-1a over
// "kind\x1fname". Computed rather than allocated, so that the same entity
// has the same id in every database and a batch needs no look-ups; a
// collision would break UNIQUE (kind, name) loudly, never merge silently.
int64_t EntityId(std::string_view kind, std::string_view name);

// FNV-1a 64 of `bytes` as 16 hex digits: the content hash of a record line.
std::string ContentHash(std::string_view bytes);

}  // namespace newsevents

#endif  // NEWSEVENTS_DB_ROWS_H_
