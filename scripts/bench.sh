#!/usr/bin/env bash
# Benchmark: prints figures, asserts nothing (figures depend on the machine and its disk).
#   bash scripts/bench.sh [ORGANISATIONS] [RUNS]     (defaults: 200 organisations, 5 runs)
#   PRONGSAI=/path/to/prongsai bash scripts/bench.sh …  measures another build of prongsai
# For the example site and for a large corpus made from the seed organisations it reports the
# median of RUNS for: a full build, a rebuild with nothing changed, a rebuild after editing one
# project, a rebuild after adding one report; pages per second and peak memory of the full
# build; and requests per second of `prongsai serve` under a bounded wrk load on loopback.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
orgs=${1:-200}
runs=${2:-5}
[[ -x build/prongsai ]] || bash scripts/setup.sh
for tool in /usr/bin/time wrk; do
  command -v "$tool" >/dev/null || { echo "needs $tool: apt-get install time wrk" >&2; exit 1; }
done
prongsai=${PRONGSAI:-$PWD/build/prongsai}  # PRONGSAI=path measures another build of it
work=$(mktemp -d)
server=
trap '[[ -n $server ]] && kill $server 2>/dev/null; rm -rf "$work"' EXIT

echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(lscpu | sed -n 's/^Model name: *//p')"

median() { sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }

# time_build SITE -> "seconds peak_kib pages rendered written"
time_build() {
  /usr/bin/time -f "%e %M" -o "$work/time.txt" "$prongsai" build --quiet --site "$1" 2> "$work/out.txt"
  read -r seconds kib < "$work/time.txt"
  sed -n 's/^built: \([0-9]*\) pages (\([0-9]*\) rendered), \([0-9]*\) files written.*/\1 \2 \3/p' "$work/out.txt" |
    { read -r pages rendered written; echo "$seconds $kib $pages $rendered $written"; }
}

measure() {  # measure NAME SITE ORG: edits a project of ORG's plan-2566-2570, adds a report to it
  local name=$1 site=$2 org=$3 plan=plan-2566-2570 full=() noop=() edit=() report=() kib=0 pages=0 line
  local project=$site/content/$org/$plan/projects/1-04.md
  for ((r = 1; r <= runs; r++)); do
    rm -rf "$site/public" "$site/.public.prongsai"
    line=$(time_build "$site"); full+=("${line%% *}"); read -r _ k pages _ _ <<< "$line"; ((k > kib)) && kib=$k
    line=$(time_build "$site"); noop+=("${line%% *}")
    echo "<!-- bench edit $r -->" >> "$project"
    line=$(time_build "$site"); edit+=("${line%% *}"); read -r _ _ _ edit_rendered edit_written <<< "$line"
    "$prongsai" new report --plan "$org/$plan" --year 2567 --round 6 --site "$site" > /dev/null
    line=$(time_build "$site"); report+=("${line%% *}"); read -r _ _ _ report_rendered report_written <<< "$line"
    rm -f "$site/content/$org/reports/2567-6.toml"
  done
  local f n e p
  f=$(printf '%s\n' "${full[@]}" | median); n=$(printf '%s\n' "${noop[@]}" | median)
  e=$(printf '%s\n' "${edit[@]}" | median); p=$(printf '%s\n' "${report[@]}" | median)
  printf '%s: %d pages\n' "$name" "$pages"
  printf '  full build          %6.2f s  (%.0f pages/s, peak RSS %d MiB)\n' "$f" "$(awk -v p="$pages" -v s="$f" 'BEGIN { print p / s }')" $((kib / 1024))
  printf '  rebuild, no change  %6.2f s\n' "$n"
  printf '  rebuild, 1 project  %6.2f s  (%s pages rendered, %s files written)\n' "$e" "$edit_rendered" "$edit_written"
  printf '  rebuild, +1 report  %6.2f s  (%s pages rendered, %s files written)\n' "$p" "$report_rendered" "$report_written"
}

example="$work/example"
mkdir -p "$example" && cp -r site-config themes content "$example/"
measure "example site" "$example" khek-noi

corpus="$work/corpus"
mkdir -p "$corpus/content" && cp -r site-config themes "$corpus/"
rm -f "$corpus/site-config/oit.toml"  # it names the seed organisations, which the corpus renames
seeds=(content/*/)
for ((i = 0; i < orgs; i++)); do
  src=${seeds[i % ${#seeds[@]}]}
  cp -r "$src" "$corpus/content/org-$i"
  sed -i "s/^name = \"\(.*\)\"/name = \"\1 (สำเนา $i)\"/" "$corpus/content/org-$i/organisation.toml"
done
measure "corpus of $orgs organisations (copies of the ${#seeds[@]} seed organisations)" "$corpus" org-1

# serve under load: bounded (5 s, 16 connections), loopback only.
port=$(shuf -i 20000-40000 -n 1)
"$prongsai" serve --quiet --site "$example" --port "$port" 2> "$work/serve.log" &
server=$!
for _ in $(seq 50); do curl -sf -o /dev/null "http://127.0.0.1:$port/" 2>/dev/null && break; sleep 0.1; done
for path in / /khek-noi/plan-2566-2570/table/; do
  rps=$(wrk -t2 -c16 -d5s "http://127.0.0.1:$port$path" | sed -n 's/^Requests\/sec: *//p')
  printf 'serve %-34s %8.0f requests/s (wrk -t2 -c16 -d5s)\n' "$path" "$rps"
done
