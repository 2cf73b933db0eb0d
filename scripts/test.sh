#!/usr/bin/env bash
# Sets up a fresh machine if needed, builds prongsai and its tests, and runs every test.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
bash tests/search/run.sh
bash tests/browser/run.sh
