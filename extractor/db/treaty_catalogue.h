// The treaty catalogue: each treaty of the lexicon (treaties.tsv) with its
// canonical name, subject area (the file's `# area: NAME` sections) and year,
// for the database's `treaties` table. Entities of kind treaty carry the
// lexicon id as their code, so `entities.code = treaties.code` tells which
// area a treaty an article names belongs to ("arms-control treaties").
#ifndef NEWSEVENTS_DB_TREATY_CATALOGUE_H_
#define NEWSEVENTS_DB_TREATY_CATALOGUE_H_

#include <string>
#include <vector>

#include "db/rows.h"
#include "newsevents/status.h"

namespace newsevents {

// Reads `lexicon_dir`/treaties.tsv into TreatyLayout() rows (code, name,
// area, year; year NULL when empty), one per id, in file order. Fails with
// io_error when the file cannot be read.
Status ReadTreatyCatalogue(const std::string& lexicon_dir,
                           std::vector<Row>* rows);

}  // namespace newsevents

#endif  // NEWSEVENTS_DB_TREATY_CATALOGUE_H_
