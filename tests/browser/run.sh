#!/usr/bin/env bash
# Browser tests: builds the example site into a temporary folder, serves it on 127.0.0.1 and
# checks every page type in Debian's headless Chromium (layout at phone, desktop and print,
# axe-core, keyboard, the plan table printed to PDF) and every page with html-validate.
# Screenshots, PDFs and their PNG pages go to build/browser-test-output/.
# Run from anywhere: bash tests/browser/run.sh  (scripts/test.sh runs it last).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."

# Debian packages: the browser, and poppler-utils for pdfinfo, pdftotext and pdftoppm.
source scripts/lib/need-packages.sh
need_packages chromium poppler-utils

# Node.js 20 or later with npm (the machine's own; Debian 12's nodejs is 18, too old).
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "The browser tests need Node.js >= 20 and npm on PATH." >&2
  exit 1
fi
if (( $(node -p 'process.versions.node.split(".")[0]') < 20 )); then
  echo "The browser tests need Node.js >= 20; this is $(node --version)." >&2
  exit 1
fi

# npm packages, exactly as pinned in package-lock.json (no browser download: Debian's is used).
export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
if [[ ! -f node_modules/.package-lock.json || package-lock.json -nt node_modules/.package-lock.json ]]; then
  npm ci --no-audit --no-fund --loglevel=error
fi

# The generator, if scripts/test.sh has not just built it (PRONGSAI=path overrides it).
prongsai=${PRONGSAI:-./build/prongsai}
[[ -x $prongsai ]] || bash scripts/setup.sh

tmp=$(mktemp -d)
server=
cleanup() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
  rm -rf "$tmp"
}
trap cleanup EXIT

"$prongsai" build --out "$tmp/site" --quiet

out=build/browser-test-output
rm -rf "$out"
mkdir -p "$out"

node tests/browser/serve.mjs "$tmp/site" "$tmp/port" >"$tmp/server.log" 2>&1 &
server=$!
for _ in $(seq 100); do
  [[ -s $tmp/port ]] && break
  kill -0 "$server" 2>/dev/null || { cat "$tmp/server.log" >&2; echo "the test server did not start" >&2; exit 1; }
  sleep 0.1
done
[[ -s $tmp/port ]] || { echo "the test server did not report its port" >&2; exit 1; }

export PRONGSAI_SITE_DIR=$tmp/site
export PRONGSAI_BASE_URL=http://127.0.0.1:$(cat "$tmp/port")/
export PRONGSAI_TEST_OUT=$PWD/$out
echo "Browser tests against $PRONGSAI_BASE_URL (output in $out/)"
node --test --test-reporter=spec tests/browser/browser.test.mjs tests/browser/tables.test.mjs tests/browser/search.test.mjs tests/browser/filters.test.mjs tests/browser/validate.test.mjs tests/browser/identity.test.mjs
