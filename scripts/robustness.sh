#!/usr/bin/env bash
# Long runs of the two robustness tests that the suite runs small (both in tests/e2e/):
#   bash scripts/robustness.sh [STEPS] [COPIES] [KILLS]     (defaults: 500, 200, 20)
# - differential_test: STEPS random edits of content, site.toml, oit.toml, templates and static
#   files, each followed by an incremental and a clean build that must be byte-identical. The
#   seed is random and printed; rerun a failure with PRONGSAI_DIFFERENTIAL_SEED=<seed>.
# - interrupt_test: a rebuild of the example site plus COPIES copied organisations, SIGKILLed at
#   KILLS points spread over the build; each time the output must be the old or the new site.
# Exits 1 if either fails.
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
steps=${1:-500}
copies=${2:-200}
kills=${3:-20}
[[ -x build/e2e_tests ]] || bash scripts/setup.sh
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0

seed=${PRONGSAI_DIFFERENTIAL_SEED:-$RANDOM$RANDOM}
echo "differential: $steps edits, seed $seed"
PRONGSAI_DIFFERENTIAL_STEPS=$steps PRONGSAI_DIFFERENTIAL_SEED=$seed \
  build/e2e_tests -tc='after every edit*' > "$log" 2>&1 || status=1
grep -E 'MESSAGE|ERROR|values:|edit :=|step :=|test cases' "$log" | head -60

echo "interruption: $copies copied organisations, $kills kills"
PRONGSAI_INTERRUPT_COPIES=$copies PRONGSAI_INTERRUPT_KILLS=$kills \
  build/e2e_tests -tc='a rebuild killed*' > "$log" 2>&1 || status=1
grep -E 'MESSAGE|ERROR|values:|mix :=|test cases' "$log" | head -40
exit $status
