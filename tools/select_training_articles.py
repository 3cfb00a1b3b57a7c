#!/usr/bin/python3
"""Choose the articles of the training corpus by keyword search.

Reads the news corpora of ../shared/eval/news, leaves out every article of
the dev corpus, and picks articles per topic group (commodity pacts, GATT,
OPEC, tax and trade treaties, NATO, the Paris agreement, ...) plus hard
negatives: articles that use agreement words for contracts, mergers or party
conventions. The choice is deterministic (seeded), and each article is given
its split (train or test, about a third test, stratified by group).

    tools/select_training_articles.py [--shared ../shared] > corpora/articles.tsv
    # a further round in the same proportions, without the articles chosen before:
    tools/select_training_articles.py --seed 11 --scale 0.25 --exclude corpora/articles.tsv >> corpora/articles.tsv

Prints `id<TAB>group<TAB>split` lines. The texts are never written here;
tools/rebuild_corpus_texts.py fetches them by id.
"""
import argparse
import hashlib
import json
import os
import random
import re
import sys

# group -> (source prefix, regex that must match, how many to take)
GROUPS = [
    ("commodity", "reut-", r"\b(coffee|cocoa|sugar|tin|rubber|wheat|grains?|olive oil|jute)\b[^.]{0,80}\b(pact|agreement|accord)\b", 24),
    ("gatt", "reut-", r"\bGATT\b|General Agreement on Tariffs", 14),
    ("opec", "reut-", r"\bOPEC\b[^.]{0,120}\b(accord|pact|agreement)\b", 14),
    ("tax-trade", "reut-", r"\b(tax|trade|textile|semiconductor|fisher(y|ies)|aviation|air|shipping)\s+(treaty|agreement|accord|pact)\b", 24),
    ("debt", "reut-", r"\bParis Club\b|\brescheduling (agreement|accord)\b", 8),
    ("arms-alliance", "reut-", r"\b(arms|missile|nuclear|INF|SALT|NATO|treaty)\b[^.]{0,60}\b(sign|ratif|withdr|join|accord|treaty)", 12),
    ("trade-pacts", "pn-", r"\b(TPP|Trans-Pacific Partnership|NAFTA|North American Free Trade)\b", 12),
    ("climate", "pn-", r"\b(Paris (climate )?(agreement|accord|deal|pact)|climate (agreement|accord|deal|pact))\b", 8),
    ("iran", "pn-", r"\b(Iran nuclear deal|nuclear deal with Iran|Iran deal|Joint Comprehensive Plan)\b", 8),
    ("europe-nato", "pn-", r"\b(Brexit|Article 50|NATO|leave the European Union)\b", 8),
    # any other agreement acted on (added for the ninth round, when the groups above ran dry)
    ("treaty-acts", "reut-", r"\b(treaty|convention|protocol|accord|pact)\b[^.]{0,80}\b(sign|ratif|withdr|join|acced|violat|breach|extend|renew|negotiat)|\b(sign|ratif|withdr|join|acced|violat|breach|extend|renew|negotiat)\w*[^.]{0,60}\b(treaty|convention|protocol|accord|pact)\b", 28),
    # hard negatives: agreement words that are not international agreements
    ("negative", "reut-", r"\b(merger|acquisition|purchase|loan|supply|licensing|definitive) agreement\b|\bagreed to (acquire|buy|sell)\b", 26),
    ("negative", "pn-", r"\b(party|Republican|Democratic) convention\b|\bnondisclosure agreement\b|\bplea (deal|agreement)\b", 8),
]
# Chosen only when asked (--only): the tenth round looked for the reactions the
# other groups rarely hold, an organisation's stance verb after its name in an
# article that names an agreement.
NGO = (r"(Greenpeace|Sierra Club|Amnesty International|Human Rights Watch|Friends of the Earth|WWF|"
       r"World Wildlife Fund|Oxfam|Public Citizen|AFL-CIO|Chamber of Commerce|Teamsters|"
       r"Natural Resources Defense Council|Heritage Foundation|Business Roundtable|Farm Bureau|"
       r"[A-Z]\w+ (Association|Federation|Union|Council|Institute|League|Coalition|Society|"
       r"Foundation|Campaign|Confederation|Alliance))")
STANCE = (r"(said|says|welcomed|criticized|criticised|condemned|urged|praised|opposed|supported|"
          r"warned|called|applauded|protested|rejected|backed|endorsed)")
AGREEMENT = (r"\b(TPP|Trans-Pacific Partnership|NAFTA|Paris (climate )?(agreement|accord|deal)|"
             r"climate (agreement|accord|deal|pact)|Iran (nuclear )?deal|treaty|GATT|OPEC|pact|"
             r"trade (deal|agreement)|(international|bilateral|trade|commodity|coffee|cocoa|sugar|"
             r"tin|rubber) (agreement|accord))\b")
ON_REQUEST = [
    ("ngo-reactions", "", rf"(?s)\b{NGO}\b[^.]{{0,150}}\b{STANCE}\b.*?{AGREEMENT}|{AGREEMENT}.*?\b{NGO}\b[^.]{{0,150}}\b{STANCE}\b", 20),
]
POLNEAR_MAX_BYTES = 8000  # long opinion pieces cost the annotators most


def dev_ids(shared):
    folder = os.path.join(shared, "corpora", "dev")
    return {name[:-len(".txt")] for name in os.listdir(folder) if name.endswith(".txt")}


def read_news(shared):
    for name in ("reuters21578.jsonl", "polnear.jsonl"):
        with open(os.path.join(shared, "eval", "news", name), encoding="utf-8") as f:
            for line in f:
                yield json.loads(line)


def split_of(doc_id):
    """About a third test, fixed by the id so that a rerun keeps the split."""
    return "test" if int(hashlib.sha1(doc_id.encode()).hexdigest(), 16) % 3 == 0 else "train"


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(os.path.dirname(__file__), "..", "..", "shared"))
    parser.add_argument("--seed", type=int, default=10)
    parser.add_argument("--scale", type=float, default=1.0, help="times each group's count")
    parser.add_argument("--only", metavar="GROUP", help="take only this group (ngo-reactions is taken only so)")
    parser.add_argument("--exclude", metavar="TSV", help="leave out the ids this articles.tsv lists")
    args = parser.parse_args()
    if not os.path.isdir(os.path.join(args.shared, "eval", "news")):
        sys.exit(f"{args.shared}/eval/news: not found (give --shared)")
    excluded = dev_ids(args.shared)
    if args.exclude:
        with open(args.exclude, encoding="utf-8") as f:
            excluded |= {line.split("\t")[0] for line in f if line.strip()}
    docs = [d for d in read_news(args.shared) if d["id"] not in excluded]
    rng = random.Random(args.seed)
    taken = set()
    groups = [g for g in GROUPS + ON_REQUEST if g[0] == args.only] if args.only else GROUPS
    if not groups:
        sys.exit(f"--only {args.only}: no such group")
    for group, prefix, pattern, count in groups:
        regex = re.compile(pattern)
        pool = [d for d in docs if d["id"].startswith(prefix) and d["id"] not in taken
                and (d["id"].startswith("reut-") or len(d["text"].encode()) <= POLNEAR_MAX_BYTES)
                and regex.search(d["text"])]
        if group == "negative":  # no word that suggests a state's agreement
            pool = [d for d in pool if not re.search(r"\b(treaty|GATT|OPEC|NATO|government|ministers?)\b", d["text"])]
        for d in rng.sample(pool, min(max(1, round(count * args.scale)), len(pool))):
            taken.add(d["id"])
            print(f"{d['id']}\t{group}\t{split_of(d['id'])}")


if __name__ == "__main__":
    main()
