// Gold annotations (shared spec gold.md): a folder of NAME.txt articles with
// NAME.gold.json beside each, read into plain structs for the scorer.
//
// Three kinds of gold file are recognised by their keys, and a category is
// scored in a document only when its gold file carries the key:
//   treaty gold  (events, optional_events, quotes, optional_quotes, reactions),
//   timex gold   (timexes: text, type, value, and optionally start/end),
//   attribution gold (PolNeAR "attributions": content/source/cue byte spans).
#ifndef NEWSEVENTS_EVAL_GOLD_H_
#define NEWSEVENTS_EVAL_GOLD_H_

#include <string>
#include <vector>

#include "newsevents/record.h"
#include "newsevents/status.h"

namespace newsevents {

// A name with the other spellings that also count as a match.
struct GoldName {
  std::string name;
  std::string code;                 // ISO alpha-3 for states; may be empty
  std::vector<std::string> accept;  // aliases
};

struct GoldReaction {
  GoldName org;
  std::string stance;
};

struct GoldEvent {
  std::string type, modality;
  GoldName actor;
  std::string organ;
  GoldName treaty;
  std::string date;  // TIMEX3 value, empty when none
  std::vector<std::string> officials;
  std::vector<GoldReaction> reactions;
};

struct GoldQuote {
  std::string kind;  // direct, partial, indirect
  GoldName speaker;  // name = speaker, accept = accept_speaker
  std::string text;
};

struct GoldTimex {
  std::string text, type, value;
  Mention
      span;  // from the gold file, or located in the text; empty if not found
};

struct GoldAttribution {
  Mention content, source, cue;
  std::string source_text;
};

struct GoldDoc {
  std::string id;
  std::string dct;   // empty when null
  std::string text;  // the article, NAME.txt
  bool has_events = false, has_quotes = false, has_reactions = false,
       has_timexes = false, has_attributions = false;
  std::vector<GoldEvent> events, optional_events;
  std::vector<GoldQuote> quotes, optional_quotes;
  std::vector<GoldReaction> reactions;
  std::vector<GoldTimex> timexes;
  std::vector<GoldAttribution> attributions;
};

struct GoldCorpus {
  std::vector<GoldDoc> docs;  // sorted by id
};

// Reads every NAME.gold.json in `dir` with its NAME.txt into `corpus`
// (appending). Fails with code io_error or bad_gold, naming the file.
Status LoadGoldDir(const std::string& dir, GoldCorpus* corpus);

// Parses one gold file's JSON text (`where` names it in messages) with its
// article `text`, and appends the document to `corpus`. Gold timexes without
// start/end are located in `text`: the k-th gold timex with a given text maps
// to the k-th occurrence of that text (whole words first), searching forward.
Status ParseGoldDoc(const std::string& json_text, const std::string& text,
                    const std::string& where, GoldCorpus* corpus);

}  // namespace newsevents

#endif  // NEWSEVENTS_EVAL_GOLD_H_
