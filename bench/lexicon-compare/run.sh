#!/usr/bin/env bash
# Issue 14's segmenter comparison (docs/search.md, "The lexicon"): the names the line breaker
# keeps whole (the <span class="nw"> of a build), each in the text around it, cut by ICU (as the
# browser's Intl.Segmenter), by LibThai with its own dictionary, and by LibThai with the names
# added to its dictionary; prints how many occurrences each keeps whole. A benchmark, not a test.
# Needs libthai-dev and libdatrie1-bin (trietool): apt-get install -y libthai-dev libdatrie1-bin
# Usage: bash bench/lexicon-compare/run.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./build/prongsai build --out "$tmp/site" --quiet
gcc -O2 -o "$tmp/thbrk" bench/lexicon-compare/thbrk.c $(pkg-config --cflags --libs libthai)
node bench/lexicon-compare/compare.mjs "$tmp/site" "" "$tmp/names.txt" "$tmp/thbrk" >/dev/null
cp /usr/share/libthai/thbrk.tri "$tmp/"
(cd "$tmp" && trietool thbrk list | cut -f1 > words.txt &&
 printf '[0x002d,0x002e]\n[0x0e01,0x0e5b]\n' > site.abm &&
 sort -u words.txt names.txt > all.txt && trietool site add-list -e utf-8 all.txt 2>/dev/null || true)
node bench/lexicon-compare/compare.mjs "$tmp/site" "$tmp/site.tri" "" "$tmp/thbrk"
