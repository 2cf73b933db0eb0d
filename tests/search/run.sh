#!/usr/bin/env bash
# Search client tests: builds the example site into a temporary folder and runs the site's own
# search.js under Node against the index it wrote (tests/search/client.test.mjs), and checks the
# benchmark's query set against the same build (tests/search/benchmark.test.mjs), and that
# search.js normalises text as the generator does (tests/search/normalise.test.mjs, the table
# tests/search/normalise.json that tests/unit/search_normalise_test.cpp also reads).
# Run from anywhere: bash tests/search/run.sh  (scripts/test.sh runs it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
source tests/search/need-node.sh
need_node

# The generator, if scripts/test.sh has not just built it.
[[ -x build/prongsai ]] || bash scripts/setup.sh

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
./build/prongsai build --out "$tmp/site" --quiet
PRONGSAI_SITE_DIR=$tmp/site node --test tests/search/client.test.mjs tests/search/filters.test.mjs \
  tests/search/benchmark.test.mjs \
  tests/search/normalise.test.mjs
