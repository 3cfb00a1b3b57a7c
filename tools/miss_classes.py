#!/usr/bin/python3
"""Why each gold event was missed, counted by class.

    tools/miss_classes.py GOLD_DIR PREDICTIONS.jsonl [--list]

For every gold event that no predicted event matches (the matching of
spec/gold.md: type, modality, actor, treaty), the first class that applies:

  agreement not recognised   no treaty the extractor found in the article
                             (events or entities) has the gold treaty's name
  no event                   the agreement was found, but no event names it
  wrong type                 an event of this actor and agreement, another type
  wrong modality             same actor, agreement and type, another modality
  actor missed               events name the agreement, none with this actor

Prints the counts; --list adds each miss with its class.
"""
import argparse
import collections
import json
import os
import re
import unicodedata


def norm(name):
    s = unicodedata.normalize("NFKD", (name or "").casefold())
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = re.sub(r"\s+", " ", s).strip()
    return s[4:] if s.startswith("the ") else s


def names(entity):
    out = {norm(entity.get("name")), norm(entity.get("code"))}
    out.update(norm(a) for a in entity.get("accept", []))
    out.discard("")
    return out


def matches(pred_entity, gold_entity):
    return bool({norm(pred_entity.get("name")), norm(pred_entity.get("code"))} & names(gold_entity))


def classify(gold, preds, treaty_names):
    if not any(norm(n) in names(gold["treaty"]) for n in treaty_names):
        return "agreement not recognised"
    same_treaty = [p for p in preds if matches(p["treaty"], gold["treaty"])]
    if not same_treaty:
        return "no event"
    same_actor = [p for p in same_treaty if matches(p["actor"], gold["actor"])]
    if same_actor and not any(p["type"] == gold["type"] for p in same_actor):
        return "wrong type"
    if any(p["type"] == gold["type"] for p in same_actor):
        return "wrong modality"
    return "actor missed"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("gold")
    parser.add_argument("predictions")
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    records = {}
    with open(args.predictions, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            records[r.get("doc", {}).get("id")] = r
    counts = collections.Counter()
    total = 0
    for name in sorted(os.listdir(args.gold)):
        if not name.endswith(".gold.json"):
            continue
        with open(os.path.join(args.gold, name), encoding="utf-8") as f:
            gold = json.load(f)
        rec = records.get(gold["doc"], {})
        preds = rec.get("events", [])
        treaty_names = [p["treaty"]["name"] for p in preds]
        treaty_names += [e["name"] for e in rec.get("entities", []) if e.get("kind") == "treaty"]
        used = set()
        for g in gold["events"]:
            total += 1
            hit = next((i for i, p in enumerate(preds) if i not in used and p["type"] == g["type"]
                        and p["modality"] == g["modality"] and matches(p["actor"], g["actor"])
                        and matches(p["treaty"], g["treaty"])), None)
            if hit is not None:
                used.add(hit)
                continue
            cls = classify(g, preds, treaty_names)
            counts[cls] += 1
            if args.list:
                print("%s: %s  %s/%s %s -> %s" % (gold["doc"], cls, g["type"], g["modality"],
                                                  g["actor"].get("name"), g["treaty"].get("name")))
    missed = sum(counts.values())
    print("gold events %d, missed %d" % (total, missed))
    for cls in ("agreement not recognised", "no event", "actor missed", "wrong type", "wrong modality"):
        print("  %-26s %d" % (cls, counts[cls]))


if __name__ == "__main__":
    main()
