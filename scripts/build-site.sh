#!/usr/bin/env bash
# Sets up a fresh machine if needed, builds prongsai, and generates the example site into public/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
./build/prongsai build "$@"
