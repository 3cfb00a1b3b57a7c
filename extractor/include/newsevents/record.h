// The output record, mirroring ../shared/spec/output.md (schema newsevents/1).
// Plain data: no behaviour, no JSON types. output/record_json.cc writes it.
#ifndef NEWSEVENTS_RECORD_H_
#define NEWSEVENTS_RECORD_H_

#include <optional>
#include <string>
#include <vector>

namespace newsevents {

// A byte range [start, end) of the document text as it was read.
struct Mention {
  int start = 0;
  int end = 0;
  bool empty() const { return end <= start; }
};

inline bool Overlaps(const Mention& a, const Mention& b) {
  return !a.empty() && !b.empty() && a.start < b.end && b.start < a.end;
}

struct Timex {
  std::string type;    // DATE, TIME, DURATION, SET
  std::string value;   // TIMEX3 value: 2025-03-06, 2024-07, P6M, PRESENT_REF
  std::string mod;     // TIMEX3 mod (APPROX, START, ...), empty when none
  Mention mention;
  std::string anchor;  // "dct", "text" or "" (absolute)
  std::string rule;    // id of the rule that found it
};

struct EntityRef {
  std::string name;
  std::string kind;   // state, igo, ngo, organisation, person
  std::string code;   // ISO 3166-1 alpha-3 for states
  std::string organ;  // parliament, government, ministry, president, ...
  Mention mention;
};

struct TreatyRef {
  std::string name;  // canonical name, or the words of the text when unknown
  std::string id;    // lexicon id; empty when not in the lexicon
  Mention mention;
};

struct EventMention {
  Mention sentence;
  Mention trigger;
  std::string rule;
};

struct Event {
  std::string id;        // e1, e2, ...
  std::string type;      // sign, ratify, join, withdraw, ...
  std::string modality;  // asserted, negated, planned, ...
  EntityRef actor;
  TreatyRef treaty;
  std::optional<Timex> date;
  Mention trigger;
  std::vector<std::string> officials;
  std::vector<std::string> reactions;  // REACTION ids
  std::vector<EventMention> mentions;
  std::string rule;
  double confidence = 0;
};

struct Speaker {
  std::string name, title, affiliation, kind;
  Mention mention;
};

struct Quote {
  std::string id;
  std::string kind;  // direct, partial, indirect
  Mention mention;   // span of the quoted words, without quote marks
  Speaker speaker;
  Mention cue;
  std::string rule;
};

struct Reaction {
  std::string id;
  EntityRef org;
  std::string stance;  // oppose, support, concern, urge, neutral
  std::string event;   // "" = null
  Mention target;
  std::vector<std::string> quotes;
  Mention cue;
  std::string rule;
};

struct Entity {
  std::string id;
  std::string kind;  // state, igo, ngo, organisation, person, treaty
  std::string name;
  std::string code;
  std::vector<Mention> mentions;
};

// Everything extracted from one document.
struct Record {
  std::string doc_id, dct, source;
  int bytes = 0, sentences = 0, tokens = 0;
  std::vector<Event> events;
  std::vector<Quote> quotes;
  std::vector<Reaction> reactions;
  std::vector<Timex> timexes;
  std::vector<Entity> entities;
  std::vector<std::string> warnings;
};

}  // namespace newsevents

#endif  // NEWSEVENTS_RECORD_H_
