#!/usr/bin/env bash
# Issue 12, Must 5: imports each seed plan text into a temporary site and compares the result
# field by field with the example content (checked by hand against the documents).
# Usage: scripts/import-accuracy.sh [SEEDS_DIR] [PRONGSAI]   (defaults: ../shared/seeds, build/prongsai)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seeds=${1:-../shared/seeds}
bin=${2:-build/prongsai}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/content"
# seed → the example content it was transcribed into
declare -A reference=([000]=khlong-mueang/plan-2561-2564 [001]=khek-noi/plan-2566-2570
                      [002]=thung-thong/plan-2562-2564)
for seed in 000 001 002; do
  file=$(ls "$seeds"/${seed}_*.txt)
  "$bin" import plan "$file" --org "seed$seed" --site "$tmp" > "$tmp/$seed.log" 2>&1 || {
    echo "== seed $seed: import failed"; cat "$tmp/$seed.log"; continue; }
  plan=$(basename "${reference[$seed]}")
  imported="$tmp/content/seed$seed/$plan"
  [ -d "$imported" ] || imported=$(ls -d "$tmp/content/seed$seed"/plan-*)
  python3 scripts/import_accuracy.py "$imported" "content/${reference[$seed]}" --label "seed $seed"
  notes=$(grep -c '^| หน้า\|^| บรรทัด' "$imported/import-report.md" || true)
  echo "  import report rows (uncertain + unplaced + corrected): $notes"
done

# Held-out variants (scripts/import_variants.py), compared with the same example content.
python3 scripts/import_variants.py "$seeds" "$tmp/variants"
declare -A of=([001-arabic-pages]=001 [001-pdf-spelling]=001 [000-dashes]=000)
for v in 001-arabic-pages 001-pdf-spelling 000-dashes; do
  org="v-${v,,}"
  "$bin" import plan "$tmp/variants/$v.txt" --org "$org" --site "$tmp" > "$tmp/$v.log" 2>&1 || {
    echo "== variant $v: import failed"; cat "$tmp/$v.log"; continue; }
  ref=${reference[${of[$v]}]}
  python3 scripts/import_accuracy.py "$(ls -d "$tmp/content/$org"/plan-*)" "content/$ref" \
    --label "held-out variant $v"
done
