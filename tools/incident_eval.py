#!/usr/bin/python3
"""Pairwise precision and recall of `newsevents incidents` on a hand-made
list of which gold events report the same real-world incident.

    tools/incident_eval.py [--newsevents build/newsevents] [--set FILE]
                           [--min 0.9] [--window DAYS] [--details]

The set (corpora/incidents/same_incident.tsv) names, per line, an incident
label and one gold event: doc, type, modality, actor (code or name) and
treaty (the gold name), as the article's NAME.gold.json gives them. Every
gold event of every article listed is in the set, so that events wrongly
merged count against precision.

Two runs are scored:
  (a) gold: the gold events of the listed articles written as extract
      records (treaty ids looked up in lexicons/en/treaties.tsv by the gold
      name and its accepted aliases), merged by `newsevents incidents`;
  (b) extractor: the articles' texts through `newsevents extract`, then
      `incidents`; each predicted event is matched to a gold event of its
      article (spec/gold.md: type, modality, actor and treaty names), and
      only matched events are scored (the others are extraction errors,
      which `score` measures).
A pair is two event mentions of different articles or the same article;
precision = pairs put in one incident that the set puts in one incident,
over pairs put in one incident; recall the other way round. Prints one line
per run; --details lists the wrong and the missed pairs. With --min, exits 1
when a figure of (a) is below it. Exits 77 (skipped) when ../shared, which
holds the dev corpus and the texts, is missing.
"""
import argparse
import collections
import glob
import itertools
import json
import os
import subprocess
import sys
import tempfile

from lexicon_text import fold

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(os.path.dirname(ROOT), "shared")
CORPORA = [os.path.join(ROOT, "corpora", d) for d in ("seed", "train", "test")] + [
    os.path.join(SHARED, "corpora", "dev")]


def norm(name):
    return fold(name or "")


def gold_names(entity):
    out = {norm(entity.get("name")), norm(entity.get("code"))}
    out.update(norm(a) for a in entity.get("accept", []))
    out.discard("")
    return out


def event_key(doc, e):
    actor = e["actor"].get("code") or e["actor"]["name"]
    return (doc, e["type"], e["modality"], actor, e["treaty"]["name"])


def read_set(path):
    labels = {}
    for number, line in enumerate(open(path, encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 6:
            sys.exit(f"{path}:{number}: error: expected 6 tab-separated fields, found {len(fields)}")
        key = tuple(fields[1:])
        if key in labels:
            sys.exit(f"{path}:{number}: error: event listed twice")
        labels[key] = fields[0]
    return labels


def find_gold(doc):
    for folder in CORPORA:
        path = os.path.join(folder, doc + ".gold.json")
        if os.path.exists(path):
            return path
    sys.exit(f"error: no gold file for '{doc}' in {', '.join(CORPORA)}")


def lexicon_rows(lexicon):
    """The fields of each row of a lexicon TSV file (comments and header out)."""
    for line in open(lexicon, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        fields = line.rstrip("\n").split("\t")
        if fields[0] != "id" and len(fields) >= 2:
            yield fields


def aliases(fields, column):
    return [fields[1]] + (fields[column].split("|") if len(fields) > column and fields[column] else [])


def treaty_ids(lexicon):
    ids = {}
    for fields in lexicon_rows(lexicon):
        for alias in aliases(fields, 2):
            ids.setdefault(norm(alias), fields[0])
    return ids


def organisation_names(lexicon):
    """Folded alias -> canonical name, as the extractor names organisations."""
    names = {}
    for fields in lexicon_rows(lexicon):
        for alias in aliases(fields, 3):
            names.setdefault(norm(alias), fields[1])
    return names


def state_codes(lexicon):
    return {line.split("\t")[0] for line in open(lexicon, encoding="utf-8")
            if not line.startswith("#") and "\t" in line}


def gold_actor(actor, organisations, states):
    """A gold actor as the extractor names it: a state by its code, an
    organisation by the canonical name of its lexicon entry."""
    code = actor.get("code", "")
    if code in states:
        return {"name": actor["name"], "code": code}
    for name in (actor["name"], code):
        if norm(name) in organisations:
            return {"name": organisations[norm(name)], "code": ""}
    return {"name": actor["name"], "code": code}


def gold_records(golds, ids, organisations, states):
    """The gold events as extract records, event ids g1, g2, ..., with the
    treaty ids and organisation names the extractor would give them."""
    lines = []
    for doc, gold in sorted(golds.items()):
        events = []
        for n, e in enumerate(gold.get("events", []), 1):
            treaty = e["treaty"]
            tid = ""
            for name in [treaty["name"]] + treaty.get("accept", []):
                if norm(name) in ids:
                    tid = ids[norm(name)]
                    break
            event = {"id": f"g{n}", "type": e["type"], "modality": e["modality"],
                     "actor": gold_actor(e["actor"], organisations, states),
                     "treaty": {"name": treaty["name"], "id": tid},
                     "officials": e.get("officials", []), "reactions": []}
            if e.get("date"):
                event["date"] = {"value": e["date"]}
            events.append(event)
        lines.append(json.dumps({"schema": "newsevents/1", "status": "ok",
                                 "doc": {"id": doc, "dct": gold["dct"]}, "events": events}))
    return "\n".join(lines) + "\n"


def run_incidents(args, records_path):
    options = ["--window", str(args.window)] if args.window is not None else []
    out = subprocess.run([args.newsevents, "incidents", "-q", records_path] + options,
                         check=True, capture_output=True, text=True).stdout
    placed = {}
    for line in out.splitlines():
        incident = json.loads(line)
        for m in incident["mentions"]:
            placed[(m["doc"], m["event"])] = incident["id"]
    return placed


def pairs(assignment):
    groups = collections.defaultdict(list)
    for item, label in assignment.items():
        groups[label].append(item)
    return {tuple(sorted(p)) for g in groups.values() for p in itertools.combinations(sorted(g), 2)}


def score(name, truth, predicted, details):
    """truth, predicted: item -> label over the same items."""
    t, p = pairs(truth), pairs(predicted)
    both = t & p
    precision = len(both) / len(p) if p else 1.0
    recall = len(both) / len(t) if t else 1.0
    print(f"{name}: mentions {len(truth)} incidents gold {len(set(truth.values()))} "
          f"merged {len(set(predicted.values()))} pairs gold {len(t)} merged {len(p)} "
          f"P {precision:.3f} R {recall:.3f}")
    if details:
        for a, b in sorted(p - t):
            print(f"  wrong pair: {a} + {b}")
        for a, b in sorted(t - p):
            print(f"  missed pair: {a} + {b}")
    return precision, recall


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--newsevents", default=os.path.join(ROOT, "build", "newsevents"))
    parser.add_argument("--set", default=os.path.join(ROOT, "corpora", "incidents", "same_incident.tsv"))
    parser.add_argument("--lexicons", default=os.path.join(ROOT, "lexicons", "en"))
    parser.add_argument("--min", type=float, default=None)
    parser.add_argument("--window", type=int, default=None,
                        help="incidents --window (default: its own)")
    parser.add_argument("--details", action="store_true")
    parser.add_argument("--gold-only", action="store_true", help="score (a) only")
    args = parser.parse_args()
    if not os.path.isdir(SHARED):
        print(f"skipped: {SHARED} is missing")
        return 77
    labels = read_set(args.set)
    docs = sorted({k[0] for k in labels})
    golds = {d: json.load(open(find_gold(d), encoding="utf-8")) for d in docs}
    # Every gold event of a listed article is in the set, and only those.
    gold_items = {}
    for doc, gold in golds.items():
        for n, e in enumerate(gold.get("events", []), 1):
            key = event_key(doc, e)
            if key not in labels:
                sys.exit(f"error: gold event {key} is not in {args.set}")
            gold_items[(doc, f"g{n}")] = key
    missing = set(labels) - set(gold_items.values())
    if missing:
        sys.exit(f"error: {args.set} lists events no gold file has: {sorted(missing)[:3]}")
    ids = treaty_ids(os.path.join(args.lexicons, "treaties.tsv"))
    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "gold.jsonl")
        organisations = organisation_names(os.path.join(args.lexicons, "organisations.tsv"))
        states = state_codes(os.path.join(args.lexicons, "states.tsv"))
        open(records, "w", encoding="utf-8").write(gold_records(golds, ids, organisations, states))
        placed = run_incidents(args, records)
        truth = {item: labels[key] for item, key in gold_items.items()}
        predicted = {item: placed[item] for item in gold_items}
        p, r = score("(a) gold events", truth, predicted, args.details)
        if not args.gold_only:
            score_extractor(args, golds, labels, tmp)
    if args.min is not None and (p < args.min or r < args.min):
        print(f"below --min {args.min}")
        return 1
    return 0


def score_extractor(args, golds, labels, tmp):
    texts = []
    for doc in golds:
        text = find_gold(doc)[: -len(".gold.json")] + ".txt"
        if not os.path.exists(text):
            print(f"(b) skipped: {text} is missing (tools/rebuild_corpus_texts.py)")
            return
        texts.append(text)
    events = os.path.join(tmp, "events.jsonl")
    subprocess.run([args.newsevents, "extract", "-q", "-j", "1", "-o", events] + texts, check=True)
    placed = run_incidents(args, events)
    truth, predicted, found, predicted_events = {}, {}, set(), 0
    for line in open(events, encoding="utf-8"):
        record = json.loads(line)
        doc = record["doc"]["id"]
        gold_events = golds.get(doc, {}).get("events", [])
        used = set()
        for e in record.get("events", []):
            predicted_events += 1
            for n, g in enumerate(gold_events):
                if n in used or g["type"] != e["type"] or g["modality"] != e["modality"]:
                    continue
                if not ({norm(e["actor"].get("name")), norm(e["actor"].get("code"))} & gold_names(g["actor"])):
                    continue
                if norm(e["treaty"].get("name")) not in gold_names(g["treaty"]):
                    continue
                used.add(n)
                item = (doc, e["id"])
                truth[item] = labels[event_key(doc, g)]
                predicted[item] = placed[item]
                found.add((doc, n))
                break
    print(f"(b) extractor: {predicted_events} events predicted, {len(truth)} of "
          f"{sum(len(g.get('events', [])) for g in golds.values())} gold events found and scored")
    score("(b) extractor events", truth, predicted, args.details)


if __name__ == "__main__":
    sys.exit(main())
