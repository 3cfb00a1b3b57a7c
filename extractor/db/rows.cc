// The column lists of the tables (schema.cc creates the same) and the two
// hashes.
#include "db/rows.h"

#include <cstdio>

namespace newsevents {
namespace {

const std::array<TableLayout, kTableCount>& Layouts() {
  static const std::array<TableLayout, kTableCount> layouts = {{
      {"documents",
       {"id", "source", "dct", "status", "error_code", "error_message",
        "error_where", "extractor_version", "bytes", "sentences", "tokens",
        "content_hash", "loaded_at"}},
      {"entities", {"id", "kind", "name", "code"}},
      {"document_entities", {"doc_id", "id", "entity_id"}},
      {"entity_mentions",
       {"doc_id", "entity_ref", "ordinal", "start_byte", "end_byte", "text"}},
      {"events", {"doc_id",      "id",           "type",
                  "modality",    "actor_id",     "actor_organ",
                  "actor_start", "actor_end",    "actor_text",
                  "treaty_id",   "treaty_start", "treaty_end",
                  "treaty_text", "date_value",   "date_start",
                  "date_end",    "date_text",    "trigger_start",
                  "trigger_end", "trigger_text", "rule",
                  "confidence"}},
      {"event_mentions",
       {"doc_id", "event_id", "ordinal", "sentence_start", "sentence_end",
        "trigger_start", "trigger_end", "trigger_text", "rule",
        "sentence_text"}},
      {"event_officials", {"doc_id", "event_id", "ordinal", "name"}},
      {"quotes",
       {"doc_id", "id", "kind", "text", "start_byte", "end_byte",
        "speaker_name", "speaker_title", "speaker_affiliation", "speaker_kind",
        "speaker_start", "speaker_end", "speaker_text", "cue_start", "cue_end",
        "cue_text", "rule"}},
      {"reactions",
       {"doc_id", "id", "org_id", "org_start", "org_end", "org_text", "stance",
        "event_id", "target_start", "target_end", "target_text", "cue_start",
        "cue_end", "cue_text", "rule"}},
      {"event_reactions", {"doc_id", "event_id", "reaction_id"}},
      {"reaction_quotes", {"doc_id", "reaction_id", "quote_id"}},
      {"timexes",
       {"doc_id", "ordinal", "type", "value", "mod", "start_byte", "end_byte",
        "text", "anchor", "rule"}},
      {"document_warnings", {"doc_id", "ordinal", "message"}},
  }};
  return layouts;
}

uint64_t Fnv1a(std::string_view bytes, uint64_t h = 14695981039346656037ULL) {
  for (unsigned char c : bytes) {
    h ^= c;
    h *= 1099511628211ULL;
  }
  return h;
}

}  // namespace

const TableLayout& Layout(Table table) { return Layouts()[table]; }

const TableLayout& TreatyLayout() {
  static const TableLayout layout{"treaties", {"code", "name", "area", "year"}};
  return layout;
}

int64_t EntityId(std::string_view kind, std::string_view name) {
  uint64_t h = Fnv1a(kind);
  h = Fnv1a("\x1f", h);
  h = Fnv1a(name, h);
  return static_cast<int64_t>(h >> 1);
}

std::string ContentHash(std::string_view bytes) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx",
                static_cast<unsigned long long>(Fnv1a(bytes)));
  return buf;
}

}  // namespace newsevents
