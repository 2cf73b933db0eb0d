#!/usr/bin/env bash
# Search quality benchmark (not a test): builds the example site, indexes the same output with
# Pagefind (pinned in tests/search/package-lock.json), and prints side by side for Prongsai's
# index and Pagefind's: recall in the top 5 over the real queries in tests/search/queries.json,
# bytes a visitor downloads for one query, and query time. Exits 1 if Prongsai's recall is lower.
# Usage: bash scripts/search-quality.sh [--verbose]   (--verbose: every query's result)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source tests/search/need-node.sh
need_node npm
bash scripts/setup.sh

if [[ ! -f tests/search/node_modules/.package-lock.json ||
      tests/search/package-lock.json -nt tests/search/node_modules/.package-lock.json ]]; then
  (cd tests/search && npm ci --no-audit --no-fund --loglevel=error)
fi

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./build/prongsai build --out "$tmp/site" --quiet
tests/search/node_modules/.bin/pagefind --site "$tmp/site" --output-path "$tmp/pagefind" >/dev/null
node tests/search/quality.mjs "$tmp/site" "$tmp/pagefind" "$@"
