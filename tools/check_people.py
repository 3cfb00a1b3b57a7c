#!/usr/bin/python3
"""Validates the people gazetteer and prints counts by organ.

Usage: tools/check_people.py [--tsv PATH] [--states PATH] [--orgs PATH]
                             [--words PATH] [--warnings]

Checks lexicons/en/people.tsv (format: its own comment header):
  * 6, 7 or 8 tab-separated columns: name, aliases, code, organ, from, to,
    org, case; no leading or trailing spaces, no empty `|` values;
  * a row has a state `code` (present in lexicons/en/states.tsv) or an `org`
    (a `name` in lexicons/en/organisations.tsv), not both, not neither;
  * `organ` is president, head_of_government, ministry or official;
  * `from` is 4 digits, `to` is empty or 4 digits, from <= to, and both lie
    in 1900..2026;
  * `case` is empty or `exact`;
  * no alias starts with a title ("Mr.", "President" ...): the engine strips
    titles itself;
  * a one-word name or alias that is a lower-case English word in the system
    word list (/usr/share/dict/words, Debian's wamerican; the check is
    skipped when the file is absent) is allowed only in a `case`=`exact`
    row, and is written capitalised;
  * two rows of one person (same name) in the same office do not overlap by
    more than the hand-over year;
  * an alias shared by different people whose years overlap by more than a
    hand-over year and who act for different states or organisations is an
    error: the article date cannot tell them apart. With --warnings, shared
    aliases that the date does tell apart are listed too.
Errors are printed as `file:line:col: error: message`; the exit status is 1
when there is any error.
"""

import argparse
import collections
import os
import re
import sys
from lexicon_text import Reporter, fold, read_common_words

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LEX = os.path.join(REPO, "lexicons", "en")
DEFAULT_WORDS = "/usr/share/dict/words"

COLUMNS = ("name", "aliases", "code", "organ", "from", "to", "org", "case")
ORGANS = ("president", "head_of_government", "ministry", "official")
YEAR_RE = re.compile(r"^[0-9]{4}$")
TITLE_RE = re.compile(
    r"^(mr|mrs|ms|dr|president|prime minister|premier|chancellor|minister|"
    r"secretary|foreign minister|ambassador|general|gen|sir|dame)\b\.?\s",
    re.IGNORECASE)
FIRST_YEAR, LAST_YEAR = 1900, 2026


def normalise(text):
  """Folds text the way the matcher compares names."""
  return fold(text, strip_the=False)



def read_column(path, column):
  """Returns the values of one column of a gazetteer, comments skipped."""
  values = set()
  with open(path, encoding="utf-8") as f:
    for line in f:
      if line.startswith("#") or not line.strip():
        continue
      fields = line.rstrip("\n").split("\t")
      if len(fields) > column:
        values.add(fields[column])
  return values


def overlap(a, b):
  """Number of calendar years two rows share (open `to` = LAST_YEAR)."""
  start = max(a["from_y"], b["from_y"])
  end = min(a["to_y"], b["to_y"])
  return max(0, end - start + 1)


class Checker(Reporter):
  def __init__(self, tsv, states, orgs, common_words):
    super().__init__(tsv)
    self.states = states
    self.orgs = orgs
    self.common_words = common_words
    self.rows = []

  def check(self):
    for number, raw in self.lines():
      if not raw.strip() or raw.startswith("#"):
        continue
      fields = raw.split("\t")
      if len(fields) not in (6, 7, 8):
        self.error(number, 1, "expected 6, 7 or 8 tab-separated columns, "
                   f"found {len(fields)}")
        continue
      col, at = {}, 1
      for name, value in zip(COLUMNS, fields):
        col[name] = at
        at += len(value) + 1
      for name in COLUMNS:
        col.setdefault(name, at)
      row = dict(zip(COLUMNS, fields))
      for name in COLUMNS:
        row.setdefault(name, "")
      row["line"] = number
      row["col"] = col
      if self.check_row(row):
        self.rows.append(row)
    self.check_terms()
    return self.errors == 0

  def values(self, row):
    aliases = row["aliases"].split("|") if row["aliases"] else []
    return [("name", row["name"])] + [("aliases", a) for a in aliases]

  def check_row(self, row):
    line, col = row["line"], row["col"]
    for name in COLUMNS:
      if row[name] != row[name].strip():
        self.error(line, col[name], f"{name}: leading or trailing space")
    if not row["name"]:
      self.error(line, col["name"], "empty name")
    seen = set()
    exact = row["case"] == "exact"
    for which, value in self.values(row):
      if not value.strip():
        self.error(line, col[which], "empty value in a '|' list")
        continue
      key = normalise(value)
      if key in seen:
        self.error(line, col[which], f"'{value}' repeats a name or alias of "
                   "the row after case and diacritic folding")
      seen.add(key)
      if TITLE_RE.match(value):
        self.error(line, col[which], f"'{value}' starts with a title")
      self.check_common_word(line, col[which], value, exact)
    if row["code"] and row["org"]:
      self.error(line, col["org"], "a row has a state code or an org, "
                 "not both")
    elif not row["code"] and not row["org"]:
      self.error(line, col["code"], "a row needs a state code or an org")
    if row["code"] and row["code"] not in self.states:
      self.error(line, col["code"], f"code '{row['code']}' is not in "
                 "states.tsv")
    if row["org"] and row["org"] not in self.orgs:
      self.error(line, col["org"], f"org '{row['org']}' is not a name in "
                 "organisations.tsv")
    if row["organ"] not in ORGANS:
      self.error(line, col["organ"], f"organ '{row['organ']}' is not one of "
                 f"{', '.join(ORGANS)}")
    if row["case"] not in ("", "exact"):
      self.error(line, col["case"], f"case must be empty or 'exact', not "
                 f"'{row['case']}'")
    if exact and not any(" " not in v and v[:1].isupper()
                         for _, v in self.values(row)):
      self.error(line, col["case"], "case=exact but no one-word "
                 "capitalised alias to protect")
    ok = True
    if not YEAR_RE.match(row["from"]):
      self.error(line, col["from"], f"from '{row['from']}' is not 4 digits")
      ok = False
    if row["to"] and not YEAR_RE.match(row["to"]):
      self.error(line, col["to"], f"to '{row['to']}' is not 4 digits")
      ok = False
    if not ok:
      return False
    row["from_y"] = int(row["from"])
    row["to_y"] = int(row["to"]) if row["to"] else LAST_YEAR
    for name in ("from", "to"):
      if row[name] and not FIRST_YEAR <= int(row[name]) <= LAST_YEAR:
        self.error(line, col[name], f"{name} '{row[name]}' outside "
                   f"{FIRST_YEAR}..{LAST_YEAR}")
    if row["from_y"] > row["to_y"]:
      self.error(line, col["to"], f"from {row['from']} is after to "
                 f"{row['to']}")
    return True

  def check_common_word(self, line, col, value, exact):
    if self.common_words is None or " " in value:
      return
    if value.casefold() not in self.common_words:
      return
    if not exact or not value[:1].isupper():
      self.error(line, col, f"one-word alias '{value}' is an English word: "
                 "drop it, or write it capitalised and mark the row "
                 "case=exact")

  def check_terms(self):
    """Same person, same office: terms may touch but not overlap."""
    by_office = collections.defaultdict(list)
    for row in self.rows:
      by_office[(row["name"], row["organ"], row["code"], row["org"])].append(
          row)
    for rows in by_office.values():
      rows.sort(key=lambda r: r["from_y"])
      for a, b in zip(rows, rows[1:]):
        if overlap(a, b) > 1:
          self.error(b["line"], b["col"]["from"], f"term overlaps the "
                     f"row on line {a['line']} for the same office")

  def shared_aliases(self):
    """(key, rows) for aliases borne by more than one person."""
    by_key = collections.defaultdict(list)
    for row in self.rows:
      for _, value in self.values(row):
        by_key[normalise(value)].append(row)
    for key, rows in sorted(by_key.items()):
      if len({r["name"] for r in rows}) > 1:
        yield key, rows

  def check_ambiguities(self, warnings):
    for key, rows in self.shared_aliases():
      clash = False
      for i, a in enumerate(rows):
        for b in rows[i + 1:]:
          if a["name"] == b["name"]:
            continue
          if (a["code"], a["org"]) == (b["code"], b["org"]):
            continue
          if overlap(a, b) > 1:
            clash = True
            self.error(b["line"], b["col"]["aliases"], f"'{key}' names "
                       f"{a['name']} (line {a['line']}) and {b['name']} in "
                       "overlapping years for different actors")
      if warnings and not clash:
        names = sorted({r["name"] for r in rows})
        print(f"warning: '{key}' is shared by {', '.join(names)} "
              "(told apart by date or harmless)")


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--tsv", default=os.path.join(LEX, "people.tsv"))
  parser.add_argument("--states", default=os.path.join(LEX, "states.tsv"))
  parser.add_argument("--orgs", default=os.path.join(LEX,
                                                     "organisations.tsv"))
  parser.add_argument("--words", default=DEFAULT_WORDS,
                      help="system word list used to spot risky aliases")
  parser.add_argument("--warnings", action="store_true",
                      help="list aliases shared by several people")
  args = parser.parse_args()

  common = read_common_words(args.words)
  checker = Checker(args.tsv, read_column(args.states, 0),
                    read_column(args.orgs, 1), common)
  checker.check()
  checker.check_ambiguities(args.warnings)
  if common is None:
    print(f"note: {args.words} not found; English-word alias check skipped "
          "(apt-get install wamerican)")

  rows = checker.rows
  print(f"{'organ':<22}{'state':>7}{'org':>7}{'total':>7}")
  for organ in ORGANS:
    state = sum(r["organ"] == organ and bool(r["code"]) for r in rows)
    org = sum(r["organ"] == organ and bool(r["org"]) for r in rows)
    print(f"{organ:<22}{state:>7}{org:>7}{state + org:>7}")
  print(f"{'total':<22}{sum(bool(r['code']) for r in rows):>7}"
        f"{sum(bool(r['org']) for r in rows):>7}{len(rows):>7}")
  people = len({r["name"] for r in rows})
  aliases = sum(len(r["aliases"].split("|")) for r in rows if r["aliases"])
  print(f"people: {people}; states: {len({r['code'] for r in rows} - {''})}; "
        f"organisations: {len({r['org'] for r in rows} - {''})}; "
        f"aliases: {aliases}; case=exact rows: "
        f"{sum(r['case'] == 'exact' for r in rows)}; in office (no `to`): "
        f"{sum(not r['to'] for r in rows)}")
  if checker.errors:
    print(f"{checker.errors} error(s)")
  return 0 if checker.errors == 0 else 1


if __name__ == "__main__":
  sys.exit(main())
