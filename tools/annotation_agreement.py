#!/usr/bin/python3
"""Agreement between two blind annotation passes of the same articles.

    tools/annotation_agreement.py PASS_A_DIR PASS_B_DIR [--list]

Matches events as spec/gold.md matches a prediction to gold (type,
modality, actor and treaty; names compared after case folding, diacritics
and a leading "the" removed; a name matches another's name, code or accept
alias, in either direction), reactions on organisation and stance, quotes on
speaker and word overlap (Jaccard >= 0.5). Prints the agreement F1 of each
(one pass taken as gold for the other) and, with --list, every event that
only one pass has, article by article: the disagreements to settle.
"""
import argparse
import json
import os
import re
import sys
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


def same_event(a, b):
    return (a["type"] == b["type"] and a["modality"] == b["modality"]
            and names(a["actor"]) & names(b["actor"])
            and names(a["treaty"]) & names(b["treaty"]))


def words(text):
    return set(re.findall(r"\w+", (text or "").lower()))


def same_quote(a, b):
    if not names({"name": a.get("speaker"), "accept": a.get("accept_speaker", [])}) & \
            names({"name": b.get("speaker"), "accept": b.get("accept_speaker", [])}):
        return False
    wa, wb = words(a.get("text")), words(b.get("text"))
    return bool(wa | wb) and len(wa & wb) / len(wa | wb) >= 0.5


def same_reaction(a, b):
    return a["stance"] == b["stance"] and names({"name": a["org"], "accept": a.get("accept", [])}) & \
        names({"name": b["org"], "accept": b.get("accept", [])})


def matched(items_a, items_b, same):
    """Greedy one-to-one matching; returns the indices of a and b matched."""
    used_b, hit_a = set(), set()
    for i, a in enumerate(items_a):
        for j, b in enumerate(items_b):
            if j not in used_b and same(a, b):
                used_b.add(j)
                hit_a.add(i)
                break
    return hit_a, used_b


def load(folder):
    docs = {}
    for name in sorted(os.listdir(folder)):
        if name.endswith(".gold.json"):
            with open(os.path.join(folder, name), encoding="utf-8") as f:
                docs[name[:-len(".gold.json")]] = json.load(f)
    return docs


def describe(e):
    return "%s/%s %s -> %s%s" % (e["type"], e["modality"], e["actor"].get("name"),
                                 e["treaty"].get("name"), " @" + e["date"] if e.get("date") else "")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a")
    parser.add_argument("b")
    parser.add_argument("--list", action="store_true", help="print every event only one pass has")
    args = parser.parse_args()
    a_docs, b_docs = load(args.a), load(args.b)
    if set(a_docs) != set(b_docs):
        sys.exit("the passes cover different articles: %s" % sorted(set(a_docs) ^ set(b_docs)))
    totals = {k: [0, 0, 0] for k in ("events", "quotes", "reactions")}  # both, a only, b only
    same = {"events": same_event, "quotes": same_quote, "reactions": same_reaction}
    for doc in sorted(a_docs):
        for kind in totals:
            xa, xb = a_docs[doc].get(kind, []), b_docs[doc].get(kind, [])
            hit_a, hit_b = matched(xa, xb, same[kind])
            totals[kind][0] += len(hit_a)
            totals[kind][1] += len(xa) - len(hit_a)
            totals[kind][2] += len(xb) - len(hit_b)
            if args.list and kind == "events" and (len(hit_a) < len(xa) or len(hit_b) < len(xb)):
                print(doc)
                for i, e in enumerate(xa):
                    if i not in hit_a:
                        print("  A only:", describe(e))
                for j, e in enumerate(xb):
                    if j not in hit_b:
                        print("  B only:", describe(e))
    for kind, (both, a_only, b_only) in totals.items():
        f1 = 2 * both / (2 * both + a_only + b_only) if both + a_only + b_only else 1.0
        print("%-9s agreement F1 %.3f (both %d, A only %d, B only %d)" % (kind, f1, both, a_only, b_only))


if __name__ == "__main__":
    main()
