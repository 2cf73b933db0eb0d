#!/usr/bin/env bash
# Benchmark: builds a large corpus made from the seed plans' structure and prints pages per
# second and peak memory. Not a test: figures depend on the machine.
#   bash scripts/bench.sh [ORGANISATIONS] [RUNS]     (defaults: 200 organisations, 5 runs)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
orgs=${1:-200}
runs=${2:-5}
[[ -x build/prongsai ]] || bash scripts/setup.sh
command -v /usr/bin/time >/dev/null || { echo "needs GNU time: apt-get install time" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -r site-config themes "$work/"
mkdir -p "$work/content"
# Each generated organisation is a copy of one seed organisation under a new slug and name,
# so the corpus has the seeds' real shape: trees, budgets, Markdown bodies, documents.
seeds=(content/*/)
for ((i = 0; i < orgs; i++)); do
  src=${seeds[i % ${#seeds[@]}]}
  dst="$work/content/org-$i"
  cp -r "$src" "$dst"
  sed -i "s/^name = \"\(.*\)\"/name = \"\1 (สำเนา $i)\"/" "$dst/organisation.toml"
done

echo "corpus: $orgs organisations from ${#seeds[@]} seed organisations; machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(lscpu | sed -n 's/^Model name: *//p')"
times=()
for ((r = 1; r <= runs; r++)); do
  /usr/bin/time -f "%e %M" -o "$work/time.txt" build/prongsai build --quiet --site "$work" 2> "$work/out.txt"
  read -r seconds kib < "$work/time.txt"
  pages=$(sed -n 's/^built: \([0-9]*\) pages.*/\1/p' "$work/out.txt")
  printf 'run %d: %s pages in %ss, peak RSS %s MiB\n' "$r" "$pages" "$seconds" "$((kib / 1024))"
  times+=("$seconds $kib $pages")
done
printf '%s\n' "${times[@]}" | sort -n | awk -v n="$runs" '
  { t[NR] = $1; m[NR] = $2; p = $3 }
  END { med = t[int((n + 1) / 2)]; printf "median: %.2f s for %d pages = %.0f pages/s; peak RSS (max of runs) %d MiB\n", med, p, p / med, 0 + max(m, n) / 1024 }
  function max(a, k,   i, best) { best = a[1]; for (i = 2; i <= k; i++) if (a[i] > best) best = a[i]; return best }'
