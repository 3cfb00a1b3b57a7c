#!/usr/bin/python3
"""Write the texts of the training corpus from ../shared, by article id.

corpora/articles.tsv lists `id<TAB>group<TAB>split`; the gold files are
committed in corpora/train, corpora/test and corpora/holdout, the texts never are (they come
from public corpora under research licences). This script fetches each text
from ../shared/eval/news and writes it beside its gold file as ID.txt.

    tools/rebuild_corpus_texts.py                    # corpora/{train,test,holdout}/ID.txt
    tools/rebuild_corpus_texts.py --flat DIR         # every text into DIR

Exits 0 without writing anything, with a note, when ../shared is absent, so
that tools and CI can call it unconditionally.
"""
import argparse
import json
import os
import sys

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--shared", default=os.path.join(ROOT, "..", "shared"))
    parser.add_argument("--articles", default=os.path.join(ROOT, "corpora", "articles.tsv"))
    parser.add_argument("--flat", metavar="DIR", help="write every text into DIR instead of by split")
    args = parser.parse_args()
    news = os.path.join(args.shared, "eval", "news")
    if not os.path.isdir(news):
        print(f"{news}: not found; no texts rebuilt", file=sys.stderr)
        return 0
    wanted = {}
    with open(args.articles, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            fields = line.rstrip("\n").split("\t")
            if len(fields) != 3 or fields[2] not in ("train", "test", "holdout"):
                sys.exit(f"{args.articles}:{number}:1: error: expected id<TAB>group<TAB>train|test|holdout")
            wanted[fields[0]] = fields[2]
    written = 0
    for name in ("reuters21578.jsonl", "polnear.jsonl"):
        with open(os.path.join(news, name), encoding="utf-8") as f:
            for line in f:
                doc = json.loads(line)
                split = wanted.pop(doc["id"], None)
                if split is None:
                    continue
                folder = args.flat or os.path.join(ROOT, "corpora", split)
                os.makedirs(folder, exist_ok=True)
                with open(os.path.join(folder, doc["id"] + ".txt"), "w", encoding="utf-8") as out:
                    out.write(doc["text"])
                written += 1
    if wanted:
        sys.exit(f"not found in {news}: {', '.join(sorted(wanted))}")
    print(f"{written} texts written", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
