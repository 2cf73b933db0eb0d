#!/usr/bin/env bash
# Accuracy of `prongsai import report` on seeds 003 and 004 and their variants (issue 12, Must 5
# for reports): imports each text into a copy of the example site without that organisation and
# compares the result, field by field, with the hand-made content (scripts/import_accuracy_reports.py).
# Usage: scripts/import-accuracy-reports.sh [build/prongsai] [--diffs]
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
prongsai="${1:-$root/build/prongsai}"
diffs="${2:-}"
seeds="${SEEDS:-$root/../shared/seeds}"
[ -d "$seeds" ] || seeds=/work/shared/seeds
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
py="$root/scripts/import_accuracy_reports.py"

run() {  # run NAME FILE ORG PLAN REPORT DIGITS
  local name=$1 file=$2 org=$3 plan=$4 report=$5 digits=$6
  local site="$work/site-$name"
  mkdir -p "$site"
  cp -r "$root/site-config" "$root/themes" "$root/content" "$site/"
  rm -rf "$site/content/$org"
  if ! "$prongsai" import report "$file" --plan "$org/$plan" --site "$site" > "$work/$name.log" 2>&1; then
    echo "$name: import failed"; tail -5 "$work/$name.log"; return
  fi
  local check="passed"
  "$prongsai" check --site "$site" > "$work/$name.check" 2>&1 || check="FAILED"
  echo "$name (check $check):"
  python3 "$py" compare "$root" "$site" "$org" "$plan" "$report" $digits $diffs
}

for seed in 003:khok-phutsa:plan-2566-2570:2566-12 004:bang-kao:plan-2566:2566-02; do
  IFS=: read -r n org plan report <<< "$seed"
  file="$(ls "$seeds"/${n}_*.txt)"
  python3 "$py" variants "$file" "$work/variants"
  run "$n" "$file" "$org" "$plan" "$report" ""
  for v in digits spacing pages columns crlf mixed wrap; do
    d=""; case $v in digits|mixed) d="--digits";; esac
    label="$n.$v"; case $v in mixed|wrap) label="$n.$v (held out)";; esac
    run "$n.$v" "$work/variants/$(basename "$file" .txt).$v.txt" "$org" "$plan" "$report" "$d" | sed "1s/^$n.$v/$label/"
  done
done
