#!/usr/bin/python3
"""Validates the treaty gazetteer and prints counts by subject area.

Usage: tools/check_treaties.py [--tsv PATH] [--heads PATH] [--words PATH]
                               [--warnings]

Checks lexicons/en/treaties.tsv (format: lexicons/README.md):
  * 6 tab-separated columns, 7 with `case` (`exact` or empty), 8 with `instance`;
  * `id` is lower-case snake_case and unique;
  * `name` and every alias are unique across all rows after the matcher's
    normalisation (case folding, diacritics removed, a leading "the" dropped,
    white space collapsed), except between rows of different years (the
    matcher takes the latest made by the article's year: "Paris accord" is
    the Louvre Accord in 1987 and the Paris Agreement from 2015), and no
    alias starts with "the";
  * `year` is empty or four digits;
  * `subjects` holds 1-4 lower-case phrases;
  * every `head` value is listed in lexicons/en/words/treaty_heads.txt;
  * every data row sits under a `# area: NAME` section comment;
  * a one-word alias that is an ordinary English word (per the system word
    list, when installed) is written in capitals in a `case`=`exact` row, and
    an `exact` row has at least one all-capitals token to protect.
With --warnings it also lists (subject, head) pairs shared by rows of different
families, which a descriptive mention ("the rubber pact") cannot tell apart.
Rows whose ids share a prefix (`icca`, `icca_1986`) are one family.

Errors are printed as `file:line:col: error: message`; the exit status is 1
when there is any error.
"""

import argparse
import collections
import os
import re
import sys
from lexicon_text import Reporter, all_caps, read_common_words
from lexicon_text import fold as normalise

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
DEFAULT_TSV = os.path.join(REPO, "lexicons", "en", "treaties.tsv")
DEFAULT_HEADS = os.path.join(REPO, "lexicons", "en", "words",
                             "treaty_heads.txt")
DEFAULT_WORDS = "/usr/share/dict/words"

COLUMNS = ("id", "name", "aliases", "year", "subjects", "head", "case", "instance")
AREA_RE = re.compile(r"^#\s*area:\s*([a-z][a-z0-9_]*)\b")
ID_RE = re.compile(r"^[a-z][a-z0-9_]*$")
YEAR_RE = re.compile(r"^[0-9]{4}$")




def read_list(path):
  """Returns the entries of a one-per-line word list."""
  entries = set()
  with open(path, encoding="utf-8") as f:
    for line in f:
      line = line.strip()
      if line and not line.startswith("#"):
        entries.add(line.casefold())
  return entries


class Checker(Reporter):
  def __init__(self, tsv, heads, common_words):
    super().__init__(tsv)
    self.heads = heads
    self.common_words = common_words
    self.rows = []

  def check(self):
    area = None
    ids = {}
    keys = {}  # normalised name/alias -> [(id, line, year)]
    for number, raw in self.lines():
      if not raw.strip():
        continue
      if raw.startswith("#"):
        match = AREA_RE.match(raw)
        if match:
          area = match.group(1)
        continue
      fields = raw.split("\t")
      if len(fields) not in (6, 7, 8):
        self.error(number, 1, f"expected 6 to 8 tab-separated columns, "
                   f"found {len(fields)}")
        continue
      col = self.columns_at(fields)
      row = dict(zip(COLUMNS, fields))
      row.setdefault("case", "")
      row.setdefault("instance", "")
      row["line"] = number
      row["area"] = area
      if area is None:
        self.error(number, 1, "row before any '# area: NAME' comment")
      for name, value in row.items():
        if isinstance(value, str) and value != value.strip():
          self.error(number, col[name], f"{name}: leading or trailing space")
      self.check_row(row, col, ids, keys)
      self.rows.append(row)
    return self.errors == 0

  @staticmethod
  def columns_at(fields):
    col, at = {}, 1
    for name, value in zip(COLUMNS, fields):
      col[name] = at
      at += len(value) + 1
    for name in COLUMNS:
      col.setdefault(name, at)
    return col

  def check_row(self, row, col, ids, keys):
    line = row["line"]
    rid = row["id"]
    if not ID_RE.match(rid):
      self.error(line, col["id"], f"id '{rid}' is not lower-case snake_case")
    if rid in ids:
      self.error(line, col["id"], f"id '{rid}' already used on line {ids[rid]}")
    ids[rid] = line
    if not row["name"]:
      self.error(line, col["name"], "empty name")
    exact = row["case"] == "exact"
    if row["case"] not in ("", "exact"):
      self.error(line, col["case"], f"case must be empty or 'exact', "
                 f"not '{row['case']}'")
    aliases = row["aliases"].split("|") if row["aliases"] else []
    for value in [row["name"]] + aliases:
      which = "name" if value is row["name"] else "aliases"
      if not value.strip():
        self.error(line, col[which], "empty value in a '|' list")
        continue
      if which == "aliases" and value.casefold().startswith("the "):
        self.error(line, col[which], f"alias '{value}' starts with 'the'")
      key = normalise(value)
      other = [(i, l, y) for i, l, y in keys.get(key, [])
               if not (y and row["year"] and y != row["year"])]
      if other:
        other_id, other_line, _ = other[0]
        self.error(line, col[which], f"'{value}' already names '{other_id}' "
                   f"(line {other_line})")
      keys.setdefault(key, []).append((rid, line, row["year"]))
      self.check_common_word(line, col[which], value, exact)
    if exact and not any(all_caps(v) for v in [row["name"]] + aliases):
      self.error(line, col["case"], "case=exact but no alias is written "
                 "all in capitals")
    if row["year"] and not YEAR_RE.match(row["year"]):
      self.error(line, col["year"], f"year '{row['year']}' is not 4 digits")
    subjects = row["subjects"].split("|") if row["subjects"] else []
    if not 1 <= len(subjects) <= 4:
      self.error(line, col["subjects"], f"{len(subjects)} subjects, "
                 "expected 1-4")
    for subject in subjects:
      if not subject or subject != subject.lower():
        self.error(line, col["subjects"], f"subject '{subject}' is not "
                   "a lower-case phrase")
    heads = row["head"].split("|") if row["head"] else []
    if not heads:
      self.error(line, col["head"], "empty head")
    for head in heads:
      if head.casefold() not in self.heads:
        self.error(line, col["head"], f"head '{head}' is not in "
                   "treaty_heads.txt")

  def check_common_word(self, line, col, value, exact):
    if self.common_words is None or " " in value:
      return
    if value.casefold() not in self.common_words:
      return
    if not (exact and all_caps(value)):
      self.error(line, col, f"one-word alias '{value}' is an English word: "
                 "write it in capitals and mark the row case=exact")

  def ambiguities(self):
    """(subject, head) pairs shared by rows of different families."""
    by_pair = collections.defaultdict(list)
    for row in self.rows:
      for subject in filter(None, row["subjects"].split("|")):
        for head in filter(None, row["head"].split("|")):
          by_pair[(subject, head)].append(row["id"])
    found = []
    for pair, rids in sorted(by_pair.items()):
      families = {min((r for r in rids
                       if rid == r or rid.startswith(r + "_")), key=len)
                  for rid in rids}
      if len(families) > 1:
        found.append((pair, rids))
    return found


def main():
  parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
  parser.add_argument("--tsv", default=DEFAULT_TSV)
  parser.add_argument("--heads", default=DEFAULT_HEADS)
  parser.add_argument("--words", default=DEFAULT_WORDS,
                      help="system word list used to spot risky aliases")
  parser.add_argument("--warnings", action="store_true",
                      help="list ambiguous (subject, head) pairs")
  args = parser.parse_args()

  common = read_common_words(args.words)
  checker = Checker(args.tsv, read_list(args.heads), common)
  ok = checker.check()
  if common is None:
    print(f"note: {args.words} not found; English-word alias check skipped")

  counts = collections.Counter(row["area"] for row in checker.rows)
  aliases = sum(len(r["aliases"].split("|")) for r in checker.rows
                if r["aliases"])
  print(f"{'area':<24}{'rows':>6}")
  for area, count in counts.items():
    print(f"{str(area):<24}{count:>6}")
  print(f"{'total':<24}{len(checker.rows):>6}")
  print(f"aliases: {aliases}; case=exact rows: "
        f"{sum(r['case'] == 'exact' for r in checker.rows)}; "
        f"rows without year: {sum(not r['year'] for r in checker.rows)}")
  if args.warnings:
    found = checker.ambiguities()
    for (subject, head), rids in found:
      print(f"warning: '{subject} {head}' fits {', '.join(rids)}")
    print(f"ambiguous (subject, head) pairs: {len(found)}")
  if not ok:
    print(f"{checker.errors} error(s)")
  return 0 if ok else 1


if __name__ == "__main__":
  sys.exit(main())
