#!/usr/bin/python3
"""Generate lexicons/en/states.tsv from Debian iso-codes and states_extra.tsv.

Reads ISO 3166-1 and ISO 3166-3 from the iso-codes JSON files and merges the
hand-kept lexicons/en/sources/states_extra.tsv (the merge rules are in that
file's header). Writes lexicons/en/states.tsv with the columns
code, name, aliases, adjectives, capitals, case and, for a former state, the
year ISO 3166-3 withdrew its code (a capital it shares with its successor,
Moscow, stands for it in articles dated before that year).

Usage:
  tools/import_iso_codes.py            # rewrite lexicons/en/states.tsv
  tools/import_iso_codes.py --check    # exit 1 if states.tsv is out of date
"""

import argparse
import json
import os
import re
import subprocess
import sys
from lexicon_text import fold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ISO_DIR = '/usr/share/iso-codes/json'
EXTRA = os.path.join(ROOT, 'lexicons', 'en', 'sources', 'states_extra.tsv')
OUTPUT = os.path.join(ROOT, 'lexicons', 'en', 'states.tsv')
COLUMNS = 6  # code, name, aliases, adjectives, capitals, case




def iso_version():
  """Version of the installed iso-codes package, or 'unknown'."""
  try:
    out = subprocess.run(['dpkg-query', '-W', '-f=${Version}', 'iso-codes'],
                         capture_output=True, text=True, check=True)
    if out.stdout.strip():
      return out.stdout.strip()
  except (OSError, subprocess.CalledProcessError):
    pass
  return 'unknown'


def strip_the(name):
  """'the State of Eritrea' -> 'State of Eritrea' (a leading lowercase the)."""
  return name[4:] if name.startswith('the ') else name


def split_parenthetical(name):
  """'Holy See (Vatican City State)' -> ['Holy See', 'Vatican City State'].

  The parenthesised part is kept as a name of its own only when every word
  in it is capitalised ('Malvinas', not 'French part').
  """
  m = re.fullmatch(r'(.*?)\s*\(([^)]*)\)\s*(.*)', name)
  if not m:
    return [name]
  head, inner, tail = m.groups()
  names = [' '.join((head + ' ' + tail).split())]
  if all(w[:1].isupper() for w in inner.split()):
    if tail:
      names.append(' '.join((head + ' ' + inner + ' ' + tail).split()))
    else:
      names.append(inner)
  return names


def uninvert(name):
  """Undo ISO 3166-1's inverted names.

  'Korea, Republic of' -> 'Republic of Korea';
  'Congo, The Democratic Republic of the' -> 'Democratic Republic of the Congo';
  'Virgin Islands, British' -> 'British Virgin Islands'.
  Lists such as 'Bonaire, Sint Eustatius and Saba' are left alone.
  """
  if ', ' not in name:
    return name
  head, tail = name.split(', ', 1)
  if re.search(r'\bof( the)?$', tail):
    tail = re.sub(r'^[Tt]he ', '', tail)
    return tail + ' ' + head
  if ' ' not in tail:
    return tail + ' ' + head
  return name


def iso1_names(entry):
  """Canonical name and alias candidates of one ISO 3166-1 entry."""
  raw = entry.get('common_name') or entry['name']
  base = uninvert(split_parenthetical(strip_the(raw))[0])
  names = []
  for raw in (entry.get('common_name'), entry['name'],
              entry.get('official_name')):
    if raw:
      for part in split_parenthetical(strip_the(raw)):
        names.append(uninvert(part))
  return base, names


def iso3_names(entry):
  """Alias candidates of one ISO 3166-3 entry.

  These names list alternatives separated by commas ('USSR, Union of Soviet
  Socialist Republics'); parts with parentheses or ending in 'of' are
  fragments of an inverted name and are skipped.
  """
  names = []
  for part in entry['name'].split(', '):
    if '(' in part or re.search(r'\bof( the)?$', part):
      continue
    names.append(part)
  return names


def split_values(cell):
  return [v.strip() for v in cell.split('|') if v.strip()] if cell else []


def read_extra(path):
  """Rows of states_extra.tsv as dicts, keyed by code, in file order."""
  rows = {}
  with open(path, encoding='utf-8') as f:
    for lineno, line in enumerate(f, 1):
      line = line.rstrip('\n')
      if not line.strip() or line.startswith('#'):
        continue
      cells = line.split('\t')
      if not 5 <= len(cells) <= COLUMNS:
        sys.exit(f'{path}:{lineno}:1: error: expected 5 or 6 tab-separated '
                 f'columns, found {len(cells)}')
      cells += [''] * (COLUMNS - len(cells))
      code = cells[0]
      if not re.fullmatch(r'[A-Z]{3}', code):
        sys.exit(f'{path}:{lineno}:1: error: code {code!r} is not three '
                 'upper-case letters')
      if code in rows:
        sys.exit(f'{path}:{lineno}:1: error: code {code} given twice')
      if cells[5] not in ('', 'exact'):
        sys.exit(f'{path}:{lineno}: error: case must be empty or "exact"')
      rows[code] = {
          'name': cells[1].strip(),
          'aliases': split_values(cells[2]),
          'adjectives': split_values(cells[3]),
          'capitals': split_values(cells[4]),
          'case': cells[5],
      }
  return rows


def unique(values, exclude=()):
  """Values in order without repeats (compared folded), minus `exclude`."""
  seen = {fold(v) for v in exclude}
  out = []
  for v in values:
    k = fold(v)
    if k and k not in seen:
      seen.add(k)
      out.append(v)
  return out


def build(iso1, iso3, extra):
  """Merged entries as dicts keyed by code."""
  entries = {}
  for e in iso1:
    base, names = iso1_names(e)
    entries[e['alpha_3']] = {'name': base, 'aliases': names,
                             'adjectives': [], 'capitals': [], 'case': ''}
  former = {e['alpha_3']: e for e in iso3}
  for code, row in extra.items():
    if code in entries:
      entry = entries[code]
    elif code in former:
      names = iso3_names(former[code])
      entry = {'name': names[0] if names else code, 'aliases': names,
               'adjectives': [], 'capitals': [], 'case': '',
               'withdrawn': former[code]['withdrawal_date'][:4]}
      entries[code] = entry
    else:
      if not row['name']:
        sys.exit(f'{EXTRA}: error: {code} is neither in ISO 3166-1 nor in '
                 'ISO 3166-3 and has no name')
      entry = {'name': row['name'], 'aliases': [], 'adjectives': [],
               'capitals': [], 'case': ''}
      entries[code] = entry
    if row['name'] == '-':
      del entries[code]
      continue
    if row['name']:
      entry['aliases'].insert(0, entry['name'])
      entry['name'] = row['name']
    removed = {fold(a[1:]) for a in row['aliases'] if a.startswith('-')}
    added = [a for a in row['aliases'] if not a.startswith('-')]
    entry['aliases'] = [a for a in entry['aliases'] + added
                        if fold(a) not in removed]
    entry['adjectives'] += row['adjectives']
    entry['capitals'] += row['capitals']
    entry['case'] = row['case']
  for entry in entries.values():
    entry['aliases'] = unique(entry['aliases'], exclude=[entry['name']])
    entry['adjectives'] = unique(entry['adjectives'])
    entry['capitals'] = unique(entry['capitals'])
  return entries


def render(entries, version):
  lines = [f'# generated by tools/import_iso_codes.py from iso-codes {version} '
           'and sources/states_extra.tsv; do not edit',
           '# code\tname\taliases\tadjectives\tcapitals\tcase\twithdrawn']
  for code in sorted(entries):
    e = entries[code]
    cells = [code, e['name'], '|'.join(e['aliases']),
             '|'.join(e['adjectives']), '|'.join(e['capitals'])]
    if e['case'] or e.get('withdrawn'):
      cells.append(e['case'])
    if e.get('withdrawn'):
      cells.append(e['withdrawn'])
    lines.append('\t'.join(cells))
  return '\n'.join(lines) + '\n'


def main():
  parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
  parser.add_argument('--check', action='store_true',
                      help='do not write; exit 1 if the output would change')
  parser.add_argument('--iso-dir', default=ISO_DIR)
  parser.add_argument('--output', default=OUTPUT)
  args = parser.parse_args()

  with open(os.path.join(args.iso_dir, 'iso_3166-1.json'),
            encoding='utf-8') as f:
    iso1 = json.load(f)['3166-1']
  with open(os.path.join(args.iso_dir, 'iso_3166-3.json'),
            encoding='utf-8') as f:
    iso3 = json.load(f)['3166-3']
  text = render(build(iso1, iso3, read_extra(EXTRA)), iso_version())

  if args.check:
    try:
      with open(args.output, encoding='utf-8') as f:
        current = f.read()
    except FileNotFoundError:
      current = ''
    # The first line names the iso-codes version, which may differ between
    # machines; only the data has to agree.
    if current.split('\n', 1)[-1] != text.split('\n', 1)[-1]:
      print(f'{args.output} is out of date; run tools/import_iso_codes.py',
            file=sys.stderr)
      return 1
    return 0
  with open(args.output, 'w', encoding='utf-8') as f:
    f.write(text)
  print(f'wrote {args.output}: {text.count(chr(10)) - 2} states',
        file=sys.stderr)
  return 0


if __name__ == '__main__':
  sys.exit(main())
