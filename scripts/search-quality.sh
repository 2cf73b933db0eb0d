#!/usr/bin/env bash
# Search quality benchmark (not a test): builds the example site, indexes the same pages with
# Pagefind (pinned in tests/search/package-lock.json) and prints side by side for Prongsai's
# index and Pagefind's: recall in the top 5, bytes a visitor downloads for one query, query time
# and index size (on disk and gzipped), for four query sets:
#   - the project's 44 queries (tests/search/queries.json, which the tests also use);
#   - the benchmark's 185 (tests/search/benchmark.json, issue 14: written before any tuning and
#     kept apart from the tests), per category, for its tuning half, its held-out half and both,
#     and its no-answer queries scored by how many results each engine returns;
#   - a fresh 98 (tests/search/benchmark-fresh.json), the same categories, written on 2026-12-02
#     without running either engine, after the benchmark's held-out half had been seen once: all
#     held out, never to be tuned against;
#   - another 98 (tests/search/heldout-2026-12-03.json), written the same way on 2026-12-03.
# Pagefind is given the pages Prongsai indexes and their text only: tests/search/pagefind-input.mjs
# copies them with data-pagefind-body on the main element and the breadcrumbs.
# Exits 1 if Prongsai's recall (over the queries with an answer) is lower on any set.
# Usage: bash scripts/search-quality.sh [--set=project|benchmark|fresh|heldout] [--half=tuning|held-out]
#                                       [--category=NAME] [--verbose]
#   --set: run one set only (default: all four); --half, --category: only those benchmark queries
#   (tune on --half=tuning; report both halves); --verbose: every query's result and what each missed
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source tests/search/need-node.sh
need_node npm
bash scripts/setup.sh

if [[ ! -f tests/search/node_modules/.package-lock.json ||
      tests/search/package-lock.json -nt tests/search/node_modules/.package-lock.json ]]; then
  (cd tests/search && npm ci --no-audit --no-fund --loglevel=error)
fi

sets=(project benchmark fresh heldout)
args=()
for a in "$@"; do
  case $a in
    --set=*) sets=("${a#--set=}") ;;
    *) args+=("$a") ;;
  esac
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./build/prongsai build --out "$tmp/site" --quiet
pages=$(node tests/search/pagefind-input.mjs "$tmp/site" "$tmp/pagefind-input")
echo "Pagefind indexes the $pages pages Prongsai indexes (main element and breadcrumbs)."
tests/search/node_modules/.bin/pagefind --site "$tmp/pagefind-input" --output-path "$tmp/pagefind" >/dev/null

status=0
for set in "${sets[@]}"; do
  echo
  node tests/search/quality.mjs "$tmp/site" "$tmp/pagefind" "--set=$set" ${args[@]+"${args[@]}"} || status=1
done
exit $status
