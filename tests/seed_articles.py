#!/usr/bin/python3
"""seed_articles.py SOURCE_DIR N: N JSONL records (ids a0, a1, ...) made from
the committed seed article, its paragraphs rotated, so that a test needs no
corpus texts rebuilt from ../shared."""
import json
import pathlib
import sys

paras = pathlib.Path(sys.argv[1], "corpora", "seed", "lithuania-ccm.txt").read_text().split("\n\n")
for k in range(int(sys.argv[2])):
    r = k % len(paras)
    print(json.dumps({"id": f"a{k}", "text": "\n\n".join(paras[r:] + paras[:r])}))
