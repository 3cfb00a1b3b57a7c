// Inflect and the stance word files: the forms generated from lemmas,
// table-driven, and what a stance file loads.
#include "reactions/inflect.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "reactions/stance_words.h"

namespace newsevents {
namespace {

using Forms = std::vector<std::string>;

bool Has(const Forms& f, const std::string& w) {
  return std::find(f.begin(), f.end(), w) != f.end();
}

TEST_CASE("verb forms by the regular rules") {
  IrregularVerbs irr{{"come", {"came", "come"}}};
  struct Case {
    const char* lemma;
    Forms want;      // each must be generated
    Forms not_want;  // none may be
  };
  const Case cases[] = {
      {"condemn", {"condemn", "condemns", "condemned", "condemning"}, {}},
      // Silent e drops before -ing; -d after it.
      {"welcome", {"welcomes", "welcomed", "welcoming"}, {"welcomeing"}},
      {"sue", {"sues", "sued", "suing"}, {"sueed"}},
      {"agree", {"agreed", "agreeing"}, {"agreing"}},
      // -y after a consonant.
      {"worry", {"worries", "worried", "worrying"}, {"worryed"}},
      {"decry", {"decries", "decried"}, {}},
      // -y after a vowel stays.
      {"dismay", {"dismays", "dismayed", "dismaying"}, {"dismaied"}},
      // Sibilants take -es.
      {"press", {"presses", "pressed", "pressing"}, {"presss"}},
      // One stressed syllable doubles its consonant; two give both forms.
      {"slam", {"slams", "slammed", "slamming"}, {"slamed"}},
      {"regret", {"regretted", "regretting"}, {}},
      {"cancel", {"cancelled", "canceled", "cancelling", "canceling"}, {}},
      {"hail", {"hailed", "hailing"}, {"hailled"}},
      {"blast", {"blasted"}, {"blastted"}},
      // The first word of a phrasal verb inflects.
      {"call on", {"calls on", "called on", "calling on"}, {"call ons"}},
      {"object to", {"objects to", "objected to"}, {}},
      // Irregular pasts come from the data.
      {"come out against",
       {"comes out against", "came out against", "coming out against"},
       {"comed out against"}},
  };
  for (const Case& c : cases) {
    Forms f = VerbForms(c.lemma, irr);
    for (const std::string& w : c.want)
      CHECK_MESSAGE(Has(f, w), c.lemma << ": missing " << w);
    for (const std::string& w : c.not_want)
      CHECK_MESSAGE(!Has(f, w), c.lemma << ": unwanted " << w);
  }
}

TEST_CASE("British and US spellings") {
  CHECK(SpellingVariants("criticise") == Forms{"criticise", "criticize"});
  CHECK(SpellingVariants("criticize") == Forms{"criticize", "criticise"});
  CHECK(SpellingVariants("come out in favour of") ==
        Forms{"come out in favour of", "come out in favor of"});
  CHECK(SpellingVariants("organisation") ==
        Forms{"organisation", "organization"});
  // Too short to be -ise verbs or -our nouns.
  CHECK(SpellingVariants("rise") == Forms{"rise"});
  CHECK(SpellingVariants("four") == Forms{"four"});
  CHECK(SpellingVariants("praise") == Forms{"praise", "praize"});
}

TEST_CASE("noun and adjective forms") {
  auto prep = [](std::string_view w) { return w == "to" || w == "in"; };
  CHECK(NounForms("criticism", prep) == Forms{"criticism", "criticisms"});
  CHECK(NounForms("abuse", prep) == Forms{"abuse", "abuses"});
  CHECK(NounForms("anxiety", prep) == Forms{"anxiety", "anxieties"});
  // The head is before the preposition, else last.
  CHECK(NounForms("threat to", prep) == Forms{"threat to", "threats to"});
  CHECK(NounForms("positive step", prep) ==
        Forms{"positive step", "positive steps"});
  CHECK(AdjectiveForms("unfair") == Forms{"unfair", "unfairly"});
  CHECK(AdjectiveForms("deplorable") == Forms{"deplorable", "deplorably"});
  CHECK(AdjectiveForms("catastrophic") ==
        Forms{"catastrophic", "catastrophically"});
  CHECK(AdjectiveForms("happy") == Forms{"happy", "happily"});
  CHECK(AdjectiveForms("short-sighted") == Forms{"short-sighted"});
}

TEST_CASE("the stance files load as lemmas and generate their forms") {
  IrregularVerbs irr;
  REQUIRE(LoadIrregularVerbs("lexicons/en/stance/irregular_verbs.txt", &irr)
              .ok());
  WordList preps;
  REQUIRE(preps.Load("lexicons/en/words/object_prepositions.txt").ok());
  struct Case {
    const char* file;
    Forms want, not_want;
  };
  const Case cases[] = {
      {"oppose.txt",
       {"criticized", "criticising", "condemnation", "denounces",
        "came out against", "spoke out against", "threats to", "unfairly",
        "objected to"},
       // "bomb blasts", "oil price shocks" name things.
       {"blasts", "shocks"}},
      {"support.txt",
       {"backed", "backing", "welcoming", "hailed", "endorsement",
        "came out in favor of", "came out in favour of"},
       // "back in 1990", "thanks to", "please".
       {"back", "thanks", "please", "historically"}},
      {"concern.txt", {"worried", "fears", "cautioned", "warnings"},
       // "concerning" is a preposition, "troubles" a noun of things.
       {"concerning", "troubles"}},
      {"urge.txt", {"urged", "calls on", "called for", "asks", "pleaded"},
       // "asked whether" is a question, "the farm lobby" a group.
       {"asked", "pressing", "lobby"}},
  };
  for (const Case& c : cases) {
    WordList list;
    Forms forms;
    Status s = LoadStanceWords(std::string("lexicons/en/stance/") + c.file,
                               irr, preps, &list, &forms);
    REQUIRE_MESSAGE(s.ok(), s.ToString());
    for (const std::string& w : c.want)
      CHECK_MESSAGE(Has(forms, w), c.file << ": missing " << w);
    for (const std::string& w : c.not_want)
      CHECK_MESSAGE(!Has(forms, w), c.file << ": unwanted " << w);
  }
}

TEST_CASE("a bad stance line names its file, line and column") {
  const std::string path = "inflect_test_bad.txt";
  {
    FILE* f = fopen(path.c_str(), "w");
    REQUIRE(f);
    fputs("# comment\nverb condemn\n  adverb badly\n", f);
    fclose(f);
  }
  WordList list, preps;
  Status s = LoadStanceWords(path, {}, preps, &list);
  CHECK(!s.ok());
  CHECK(s.where() == path + ":3:3");
  CHECK(s.message().find("unknown part of speech 'adverb'") != std::string::npos);
  remove(path.c_str());
}

}  // namespace
}  // namespace newsevents
