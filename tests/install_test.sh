#!/usr/bin/env bash
# `cmake --install` into a temporary prefix gives a newsevents that finds its
# lexicons and extracts the seed article from another folder.
# Usage: install_test.sh BUILD_DIR SOURCE_DIR
set -euo pipefail
build=$1 source=$2
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
cmake --install "$build" --prefix "$prefix" >/dev/null
cp "$source/corpora/seed/lithuania-ccm.txt" "$prefix/article.txt"
cd "$prefix"
out=$(env -u NEWSEVENTS_LEXICONS bin/newsevents extract --dct 2025-03-07 article.txt 2>/dev/null)
grep -q '"type":"withdraw"' <<<"$out" || { echo "installed binary found no withdrawal: $out"; exit 1; }
# Only the public headers are installed.
headers=$(cd include && find . -name '*.h' | sort | tr '\n' ' ')
[ "$headers" = "./newsevents/extractor.h ./newsevents/record.h ./newsevents/status.h " ] ||
  { echo "installed headers: $headers"; exit 1; }
# A missing lexicon folder is named, with the way out.
if NEWSEVENTS_LEXICONS=$prefix/none bin/newsevents extract article.txt 2>err.txt; then
  echo "ran without lexicons"; exit 1
fi
grep -q "none: error: no lexicon folder here; give --lexicons DIR or set NEWSEVENTS_LEXICONS" err.txt ||
  { cat err.txt; exit 1; }
echo "installed binary ok"
