#!/usr/bin/env bash
# Held-out variants for `prongsai import report FILE.csv`: written before the importer was
# tuned and never used while writing it; run by hand, not by ctest. Prints one line per variant
# (PASS/FAIL and what was expected) and the share that passed.
#   tests/heldout/sheet_variants.sh [build/prongsai]
set -uo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
bin="${1:-$root/build/prongsai}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
pass=0
total=0

# variant NAME EXPECTED-TOML-LINE CSV-TEXT: imports the CSV into a fresh copy of the example
# site and checks that the report holds the line and that `prongsai check` passes.
variant() {
  local name="$1" want="$2" csv="$3"
  local site="$work/$name"
  mkdir -p "$site"
  cp -r "$root/site-config" "$root/content" "$root/themes" "$site/"
  printf '%b' "$csv" > "$site/round.csv"
  total=$((total + 1))
  local out
  out="$("$bin" import report "$site/round.csv" --plan khek-noi/plan-2566-2570 --site "$site" 2>&1)"
  local file
  file="$(ls "$site"/content/khek-noi/reports/*.toml 2>/dev/null | head -1)"
  if [[ -n "$file" ]] && grep -qF -- "$want" "$file" &&
     "$bin" check --site "$site" > /dev/null 2>&1; then
    pass=$((pass + 1))
    echo "PASS $name"
  else
    echo "FAIL $name: wanted [$want]"
    echo "$out" | sed 's/^/     /' | head -5
  fi
}

H='รหัส,สถานะ,เบิกจ่าย (บาท),ระยะเวลาที่ดำเนินการ'
variant thai-digits 'disbursed = "4,840.50"' \
  "ปีงบประมาณ,๒๕๖๗\nรอบ (เดือน),๖\n$H\n1-01,ดำเนินการแล้วเสร็จ,\"๔,๘๔๐.๕๐\",\n"
variant baht-suffix 'disbursed = "20,000"' \
  "ปีงบประมาณ,2567\nรอบ (เดือน),6\n$H\n1-01,ดำเนินการแล้วเสร็จ,\"20,000 บาท\",\n"
variant dot-dash-amount 'disbursed = "20,000"' \
  "ปีงบประมาณ,2567\nรอบ (เดือน),6\n$H\n1-01,ดำเนินการแล้วเสร็จ,\"20,000.-\",\n"
variant spaced-period 'period = "ต.ค. ๖๖ – มี.ค. ๖๗"' \
  "ปีงบประมาณ,2567\nรอบ (เดือน),6\n$H\n1-01,ดำเนินการแล้วเสร็จ,,ต.ค. ๖๖ – มี.ค. ๖๗\n"
variant four-digit-period 'period = "ต.ค.2566-มี.ค.2567"' \
  "ปีงบประมาณ,2567\nรอบ (เดือน),6\n$H\n1-01,ดำเนินการแล้วเสร็จ,,ต.ค.2566-มี.ค.2567\n"
variant status-nbsp 'status = "ดำเนินการแล้วเสร็จ"' \
  "ปีงบประมาณ,2567\nรอบ (เดือน),6\n$H\n1-01,ดำเนินการแล้วเสร็จ\xc2\xa0 ,,\n"
variant all-quoted 'status = "อยู่ระหว่างดำเนินการ"' \
  "\"ปีงบประมาณ\",\"2567\"\r\n\"รอบ (เดือน)\",\"6\"\r\n\"รหัส\",\"สถานะ\"\r\n\"1-01\",\"อยู่ระหว่างดำเนินการ\"\r\n"
variant thai-date-text 'as_of = "2567-03-31"' \
  "ปีงบประมาณ,2567\nรอบ (เดือน),6\nข้อมูล ณ วันที่,31 มีนาคม 2567\n$H\n1-01,,,\n"
variant moved-header 'project = "1-02"' \
  "ปีงบประมาณ,2567\nรอบ (เดือน),6\n,\n,\nลำดับ,ระยะเวลาที่ดำเนินการ,รหัส,สถานะ\n1,,1-02,ยังไม่ได้ดำเนินการ\n"
variant trailing-empties 'project = "1-01"' \
  "ปีงบประมาณ,2567,,,\nรอบ (เดือน),6,,,\n$H,,\n1-01,ดำเนินการแล้วเสร็จ,,,,\n,,,,,\n,,,,,\n"

echo "held-out: $pass of $total passed"
