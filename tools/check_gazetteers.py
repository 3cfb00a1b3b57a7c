#!/usr/bin/python3
"""Check the entity gazetteers in lexicons/en.

Checks states.tsv, sources/states_extra.tsv, organs.tsv and
organisations.tsv: column counts, codes and ids, closed vocabularies, the
`case` column, names shared between two entries, coverage of UN member
states, and that states.tsv is what tools/import_iso_codes.py generates.
Prints `file:line:col: error: ...` for each problem and counts at the end;
exits 1 if there was an error.

Usage: tools/check_gazetteers.py [--lexicons DIR]
"""

import argparse
import collections
import os
import re
import subprocess
import sys
from lexicon_text import all_caps, fold, read_common_words

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

ORGANS = {'parliament', 'government', 'ministry', 'president',
          'head_of_government', 'military', 'official'}
KINDS = {'igo', 'ngo', 'organisation'}
TOPICS = {'arms', 'rights', 'environment', 'climate', 'humanitarian', 'trade',
          'labour', 'finance', 'development', 'energy', 'commodities',
          'health', 'justice', 'media', 'migration', 'security', 'politics',
          'agriculture', 'research'}

# The 193 UN member states and the two observer states (VAT, PSE).
UN_MEMBERS = set('''
AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN
BTN BOL BIH BWA BRA BRN BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM
COG COD CRI CIV HRV CUB CYP CZE PRK DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST
SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN
ISL IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR KWT KGZ LAO LVA LBN
LSO LBR LBY LIE LTU LUX MDG MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MCO MNG
MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN PAK PLW PAN PNG
PRY PER PHL POL PRT QAT KOR MDA ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN
SRB SYC SLE SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK THA
TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR TZA USA URY UZB VUT VEN VNM
YEM ZMB ZWE
'''.split())
OBSERVERS = {'VAT', 'PSE'}
# Members whose only adjective is shared with a bigger neighbour and given to
# it (states_extra.tsv header): Congolese -> COD, Dominican -> DOM.
NO_ADJECTIVE_OK = {'COG', 'DMA'}
# Names deliberately held by two entries: (folded name) -> reason.
SHARED_OK = {}
# Lower-case words that an all-capitals alias can spell, beyond those in
# /usr/share/dict/words (which CI may not have): an alias spelling one of
# them needs case `exact`.
WORDLIKE = {
    'aid', 'alba', 'au', 'ban', 'basic', 'can', 'car', 'care', 'cis', 'copa',
    'copal', 'eco', 'foe', 'fry', 'hi', 'ican', 'mag', 'pan', 'png', 'psi',
    'ran', 'rand', 'un', 'us', 'who',
}
DICTIONARY = '/usr/share/dict/words'


def lower_words():
  """WORDLIKE plus the lower-case entries of the system word list."""
  return set(WORDLIKE) | (read_common_words(DICTIONARY) or set())




class Checker:
  """Collects errors and the names each entry claims."""

  def __init__(self):
    self.errors = 0
    self.claims = collections.defaultdict(list)  # key -> [(where, owner)]
    self.words = lower_words()

  def error(self, where, message):
    self.errors += 1
    print(f'{where}: error: {message}')

  def rows(self, path, min_cols, max_cols):
    """(where, cells) for each data line, with column checks done."""
    rel = os.path.relpath(path, ROOT)
    try:
      with open(path, encoding='utf-8') as f:
        lines = f.read().split('\n')
    except (OSError, UnicodeDecodeError) as e:
      self.error(rel, f'cannot read: {e}')
      return
    for lineno, line in enumerate(lines, 1):
      if not line.strip() or line.startswith('#'):
        continue
      where = f'{rel}:{lineno}'
      cells = line.split('\t')
      if not min_cols <= len(cells) <= max_cols:
        want = (str(min_cols) if min_cols == max_cols
                else f'{min_cols} to {max_cols}')
        self.error(f'{where}:1',
                   f'expected {want} tab-separated columns, found '
                   f'{len(cells)}')
        continue
      bad = False
      col = 1
      for cell in cells:
        if cell != cell.strip():
          self.error(f'{where}:{col}', f'white space around {cell!r}')
          bad = True
        if cell and '|' in cell and any(not v.strip()
                                        for v in cell.split('|')):
          self.error(f'{where}:{col}', f'empty value in {cell!r}')
          bad = True
        col += len(cell) + 1
      if not bad:
        yield where, cells + [''] * (max_cols - len(cells))

  def claim(self, where, owner, values):
    """Record names; report a repeat inside one entry."""
    seen = set()
    for v in values:
      k = fold(v)
      if k in seen:
        self.error(where, f'{v!r} given twice in one entry')
        continue
      seen.add(k)
      self.claims[k].append((where, owner, v))

  def check_case(self, where, values, case):
    if case not in ('', 'exact'):
      self.error(where, f'case must be empty or "exact", not {case!r}')
    wordlike = [v for v in values if all_caps(v) and
                re.sub(r'[^a-z]', '', v.lower()) in self.words and
                re.fullmatch(r'[A-Z.]+', v)]
    if wordlike and case != 'exact':
      self.error(where, f'{wordlike} spell lower-case words; the row needs '
                 'case "exact"')
    if case == 'exact' and not any(all_caps(v) for v in values):
      self.error(where, 'case "exact" but no all-capitals alias')

  def check_states(self, path, generated):
    codes = {}
    for where, c in self.rows(path, 5, 7):
      code, name, aliases, adjectives, capitals, case, withdrawn = c
      if withdrawn and not re.fullmatch(r'[0-9]{4}', withdrawn):
        self.error(where, f'withdrawn {withdrawn!r} is not a year')
      if not re.fullmatch(r'[A-Z]{3}', code):
        self.error(where, f'code {code!r} is not three upper-case letters')
      if code in codes:
        self.error(where, f'code {code} also on {codes[code]["where"]}')
      split = lambda s: s.split('|') if s else []
      entry = {'where': where, 'name': name, 'aliases': split(aliases),
               'adjectives': split(adjectives), 'capitals': split(capitals)}
      codes[code] = entry
      if not generated:
        continue
      if not name:
        self.error(where, f'{code} has no name')
      self.check_case(where, entry['aliases'] + entry['capitals'], case)
      # A former state shares its capital with its successor (Moscow): the
      # article's year tells them apart, so only current states claim theirs.
      self.claim(where, 'state ' + code,
                 [name] + entry['aliases'] + entry['adjectives'] +
                 ([] if withdrawn else entry['capitals']))
    return codes

  def check_organs(self, path, state_codes):
    count = collections.Counter()
    phrases = {}
    for where, (phrase, organ, code) in self.rows(path, 3, 3):
      if not phrase:
        self.error(where, 'empty phrase')
      if organ not in ORGANS:
        self.error(where, f'organ {organ!r} not one of {sorted(ORGANS)}')
      if code and code not in state_codes:
        self.error(where, f'code {code!r} is not in states.tsv')
      k = fold(phrase)
      if k in phrases:
        self.error(where, f'{phrase!r} also on {phrases[k]}')
      phrases[k] = where
      count['named' if code else 'generic'] += 1
      if code:
        # Named organs must not be taken for a state or an organisation.
        self.claim(where, 'organ ' + phrase, [phrase])
    return count

  def check_organisations(self, path):
    count = collections.Counter()
    ids = {}
    for where, c in self.rows(path, 5, 8):
      oid, name, kind, aliases, topics, case, charter, agreements = c
      if (charter or agreements) and kind != 'igo':
        self.error(where, f'{oid}: only an igo has a charter or agreements')
      if not re.fullmatch(r'[a-z0-9_]+', oid):
        self.error(where, f'id {oid!r} is not [a-z0-9_]+')
      if oid in ids:
        self.error(where, f'id {oid} also on {ids[oid]}')
      ids[oid] = where
      if not name:
        self.error(where, f'{oid} has no name')
      if kind not in KINDS:
        self.error(where, f'kind {kind!r} is not igo, ngo or organisation')
      for t in topics.split('|') if topics else []:
        if t not in TOPICS:
          self.error(where, f'topic {t!r} not in {sorted(TOPICS)}')
      if not topics:
        self.error(where, f'{oid} has no topic')
      alias_list = aliases.split('|') if aliases else []
      self.check_case(where, alias_list, case)
      self.claim(where, 'organisation ' + oid, [name] + alias_list)
      count[kind] += 1
    return count

  def check_shared(self):
    for key, owners in sorted(self.claims.items()):
      distinct = {o for _, o, _ in owners}
      if len(distinct) > 1 and key not in SHARED_OK:
        where = owners[-1][0]
        listing = '; '.join(f'{o} ({w})' for w, o, _ in owners)
        self.error(where, f'{owners[-1][2]!r} is claimed by {listing}')

  def note_treaties(self, path):
    """Names shared with treaties.tsv (GATT is a body and an agreement).

    Only noted, not errors: the engine tells the two apart by role.
    """
    if not os.path.exists(path):
      return
    for where, c in self.rows(path, 2, 8):
      names = [c[1]] + (c[2].split('|') if c[2] else [])
      for v in names:
        for w, owner, _ in self.claims.get(fold(v), []):
          print(f'{where}: note: treaty {c[0]} shares {v!r} with {owner} '
                f'({w})')

  def check_coverage(self, states, extra):
    for code in sorted(UN_MEMBERS | OBSERVERS):
      if code not in states:
        self.error('lexicons/en/states.tsv', f'UN member/observer {code} '
                   'missing')
        continue
      if code not in extra:
        self.error('lexicons/en/sources/states_extra.tsv',
                   f'no row for UN member/observer {code}')
      if code in UN_MEMBERS and not states[code]['adjectives'] and \
          code not in NO_ADJECTIVE_OK:
        self.error(states[code]['where'], f'{code} has no adjective')


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument('--lexicons', default=os.path.join(ROOT, 'lexicons'))
  args = parser.parse_args()
  en = os.path.join(args.lexicons, 'en')

  ch = Checker()
  states = ch.check_states(os.path.join(en, 'states.tsv'), generated=True)
  extra = ch.check_states(os.path.join(en, 'sources', 'states_extra.tsv'),
                          generated=False)
  organs = ch.check_organs(os.path.join(en, 'organs.tsv'), set(states))
  orgs = ch.check_organisations(os.path.join(en, 'organisations.tsv'))
  ch.check_shared()
  ch.check_coverage(states, extra)
  ch.note_treaties(os.path.join(en, 'treaties.tsv'))

  gen = os.path.join(ROOT, 'tools', 'import_iso_codes.py')
  if os.path.isdir('/usr/share/iso-codes/json'):
    rc = subprocess.run([sys.executable, gen, '--check'],
                        stdout=subprocess.DEVNULL).returncode
    if rc != 0:
      ch.error('lexicons/en/states.tsv', 'out of date with '
               'sources/states_extra.tsv; run tools/import_iso_codes.py')

  un = sum(1 for c in UN_MEMBERS if c in states)
  print(f'states: {len(states)} ({un} of {len(UN_MEMBERS)} UN members); '
        f'organs: {sum(organs.values())} ({organs["named"]} named, '
        f'{organs["generic"]} generic); IGOs: {orgs["igo"]}; '
        f'NGOs: {orgs["ngo"]}; errors: {ch.errors}')
  return 1 if ch.errors else 0


if __name__ == '__main__':
  sys.exit(main())
