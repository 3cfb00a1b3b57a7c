// The migrations. Columns follow rows.cc; README.md ("Databases") draws the
// tables and their keys.
//
// Conventions: an article's rows are keyed by (doc_id, its id in the record:
// e1, q2, r1, n3) or (doc_id, ordinal), so each row names the article and the
// record entry it came from; spans are UTF-8 byte offsets into the article,
// [start, end), with the words they cover (`*_text`); `rule` is the id of the
// rule that found the fact. Dates are ISO 8601 / TIMEX3 text (2025-03-06,
// 2024-07, PRESENT_REF), which compare as strings.
#include "db/schema.h"

namespace newsevents {

const char kSchemaVersionTable[] = R"sql(
CREATE TABLE IF NOT EXISTS schema_version (
  version     INTEGER PRIMARY KEY,
  description TEXT NOT NULL,
  applied_at  TEXT NOT NULL
)
)sql";

namespace {

const char kInitialSchema[] = R"sql(
CREATE TABLE documents (
  id                TEXT PRIMARY KEY,
  source            TEXT NOT NULL,
  dct               TEXT,
  status            TEXT NOT NULL CHECK (status IN ('ok', 'error')),
  error_code        TEXT,
  error_message     TEXT,
  error_where       TEXT,
  extractor_version TEXT,
  bytes             INTEGER,
  sentences         INTEGER,
  tokens            INTEGER,
  content_hash      TEXT NOT NULL,
  loaded_at         TEXT NOT NULL,
  CHECK ((status = 'ok') = (error_code IS NULL))
);
CREATE INDEX documents_dct ON documents (dct);
CREATE INDEX documents_status ON documents (status, error_code);

CREATE TABLE entities (
  id   BIGINT PRIMARY KEY,
  kind TEXT NOT NULL,
  name TEXT NOT NULL,
  code TEXT,
  UNIQUE (kind, name)
);
CREATE INDEX entities_code ON entities (code);

CREATE TABLE treaties (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  area TEXT,
  year INTEGER
);

CREATE TABLE document_entities (
  doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id        TEXT NOT NULL,
  entity_id BIGINT NOT NULL REFERENCES entities (id),
  PRIMARY KEY (doc_id, id)
);
CREATE INDEX document_entities_entity ON document_entities (entity_id);

CREATE TABLE entity_mentions (
  doc_id     TEXT NOT NULL,
  entity_ref TEXT NOT NULL,
  ordinal    INTEGER NOT NULL,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  PRIMARY KEY (doc_id, entity_ref, ordinal),
  FOREIGN KEY (doc_id, entity_ref) REFERENCES document_entities (doc_id, id)
    ON DELETE CASCADE
);

CREATE TABLE events (
  doc_id        TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id            TEXT NOT NULL,
  type          TEXT NOT NULL,
  modality      TEXT NOT NULL,
  actor_id      BIGINT NOT NULL REFERENCES entities (id),
  actor_organ   TEXT,
  actor_start   INTEGER NOT NULL,
  actor_end     INTEGER NOT NULL,
  actor_text    TEXT NOT NULL,
  treaty_id     BIGINT NOT NULL REFERENCES entities (id),
  treaty_start  INTEGER NOT NULL,
  treaty_end    INTEGER NOT NULL,
  treaty_text   TEXT NOT NULL,
  date_value    TEXT,
  date_start    INTEGER,
  date_end      INTEGER,
  date_text     TEXT,
  trigger_start INTEGER NOT NULL,
  trigger_end   INTEGER NOT NULL,
  trigger_text  TEXT NOT NULL,
  rule          TEXT NOT NULL,
  confidence    DOUBLE PRECISION NOT NULL,
  PRIMARY KEY (doc_id, id)
);
CREATE INDEX events_type ON events (type, modality);
CREATE INDEX events_actor ON events (actor_id);
CREATE INDEX events_treaty ON events (treaty_id);

CREATE TABLE event_mentions (
  doc_id         TEXT NOT NULL,
  event_id       TEXT NOT NULL,
  ordinal        INTEGER NOT NULL,
  sentence_start INTEGER NOT NULL,
  sentence_end   INTEGER NOT NULL,
  trigger_start  INTEGER NOT NULL,
  trigger_end    INTEGER NOT NULL,
  trigger_text   TEXT NOT NULL,
  rule           TEXT NOT NULL,
  sentence_text  TEXT,
  PRIMARY KEY (doc_id, event_id, ordinal),
  FOREIGN KEY (doc_id, event_id) REFERENCES events (doc_id, id) ON DELETE CASCADE
);

CREATE TABLE event_officials (
  doc_id   TEXT NOT NULL,
  event_id TEXT NOT NULL,
  ordinal  INTEGER NOT NULL,
  name     TEXT NOT NULL,
  PRIMARY KEY (doc_id, event_id, ordinal),
  FOREIGN KEY (doc_id, event_id) REFERENCES events (doc_id, id) ON DELETE CASCADE
);

CREATE TABLE quotes (
  doc_id              TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id                  TEXT NOT NULL,
  kind                TEXT NOT NULL,
  text                TEXT NOT NULL,
  start_byte          INTEGER NOT NULL,
  end_byte            INTEGER NOT NULL,
  speaker_name        TEXT NOT NULL,
  speaker_title       TEXT,
  speaker_affiliation TEXT,
  speaker_kind        TEXT NOT NULL,
  speaker_start       INTEGER,
  speaker_end         INTEGER,
  speaker_text        TEXT,
  cue_start           INTEGER,
  cue_end             INTEGER,
  cue_text            TEXT,
  rule                TEXT NOT NULL,
  PRIMARY KEY (doc_id, id)
);
CREATE INDEX quotes_speaker ON quotes (speaker_name);

CREATE TABLE reactions (
  doc_id       TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  id           TEXT NOT NULL,
  org_id       BIGINT NOT NULL REFERENCES entities (id),
  org_start    INTEGER NOT NULL,
  org_end      INTEGER NOT NULL,
  org_text     TEXT NOT NULL,
  stance       TEXT NOT NULL,
  event_id     TEXT,
  target_start INTEGER,
  target_end   INTEGER,
  target_text  TEXT,
  cue_start    INTEGER,
  cue_end      INTEGER,
  cue_text     TEXT,
  rule         TEXT NOT NULL,
  PRIMARY KEY (doc_id, id),
  FOREIGN KEY (doc_id, event_id) REFERENCES events (doc_id, id) ON DELETE CASCADE
);
CREATE INDEX reactions_org ON reactions (org_id, stance);

CREATE TABLE event_reactions (
  doc_id      TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  reaction_id TEXT NOT NULL,
  PRIMARY KEY (doc_id, event_id, reaction_id),
  FOREIGN KEY (doc_id, event_id) REFERENCES events (doc_id, id) ON DELETE CASCADE,
  FOREIGN KEY (doc_id, reaction_id) REFERENCES reactions (doc_id, id)
    ON DELETE CASCADE
);

CREATE TABLE reaction_quotes (
  doc_id      TEXT NOT NULL,
  reaction_id TEXT NOT NULL,
  quote_id    TEXT NOT NULL,
  PRIMARY KEY (doc_id, reaction_id, quote_id),
  FOREIGN KEY (doc_id, reaction_id) REFERENCES reactions (doc_id, id)
    ON DELETE CASCADE,
  FOREIGN KEY (doc_id, quote_id) REFERENCES quotes (doc_id, id) ON DELETE CASCADE
);

CREATE TABLE timexes (
  doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal    INTEGER NOT NULL,
  type       TEXT NOT NULL,
  value      TEXT NOT NULL,
  mod        TEXT,
  start_byte INTEGER NOT NULL,
  end_byte   INTEGER NOT NULL,
  text       TEXT NOT NULL,
  anchor     TEXT,
  rule       TEXT,
  PRIMARY KEY (doc_id, ordinal)
);
CREATE INDEX timexes_value ON timexes (value);

CREATE TABLE document_warnings (
  doc_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  message TEXT NOT NULL,
  PRIMARY KEY (doc_id, ordinal)
)
)sql";

// `newsevents incidents --db`: the incidents merged from the events, as of
// the last merge (each merge replaces these rows; incident_events keeps the
// ids of the merge before, so that an incident keeps its id). No foreign key
// to events: reloading an article leaves the merge as it was until the next.
const char kIncidents[] = R"sql(
CREATE TABLE incidents (
  id             TEXT PRIMARY KEY,
  type           TEXT NOT NULL,
  modality       TEXT NOT NULL,
  actor_key      TEXT NOT NULL,
  actor_name     TEXT NOT NULL,
  treaty_key     TEXT NOT NULL,
  treaty_name    TEXT NOT NULL,
  anchor         TEXT NOT NULL,
  date_value     TEXT,
  date_precision TEXT,
  first_report   TEXT,
  last_report    TEXT,
  articles       INTEGER NOT NULL,
  mentions       INTEGER NOT NULL,
  merged_at      TEXT NOT NULL
);
CREATE INDEX incidents_type ON incidents (type, actor_key, treaty_key);

CREATE TABLE incident_events (
  doc_id      TEXT NOT NULL,
  event_id    TEXT NOT NULL,
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  modality    TEXT NOT NULL,
  PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX incident_events_incident ON incident_events (incident_id);

CREATE TABLE incident_stages (
  incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  modality     TEXT NOT NULL,
  mentions     INTEGER NOT NULL,
  first_report TEXT,
  last_report  TEXT,
  PRIMARY KEY (incident_id, modality)
);

CREATE TABLE incident_officials (
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  PRIMARY KEY (incident_id, name)
);

CREATE TABLE incident_organisations (
  incident_id TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
  name        TEXT NOT NULL,
  stance      TEXT NOT NULL,
  PRIMARY KEY (incident_id, name, stance)
)
)sql";

}  // namespace

const std::vector<Migration>& Migrations() {
  static const std::vector<Migration> migrations = {
      {1, "documents, events, quotes, reactions, timexes, entities, treaties",
       kInitialSchema},
      {2, "incidents merged across articles", kIncidents},
  };
  return migrations;
}

}  // namespace newsevents
