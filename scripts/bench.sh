#!/usr/bin/env bash
# Benchmark: prints figures, asserts nothing (they depend on the machine, its disk and its load).
#   bash scripts/bench.sh [ORGANISATIONS] [RUNS]      defaults: 200 organisations, 3 runs
#   PRONGSAI=/path/to/prongsai bash scripts/bench.sh    measures another build of prongsai
#   BENCH_DIR=folder (default /tmp), BENCH_SEED=n (corpus seed, default 1)
# The national build (7,850 organisations, wall time, pages/s, peak RSS, files and bytes
# written) is scripts/bench-national.sh. How to read the output: bench/README.md.
#
# 1. A corpus of ORGANISATIONS local governments (bench/make-corpus.py). Clean builds, alternating
#    runs — Prongsai, Hugo (Debian's), Hugo + Pagefind — on the same Markdown files (Hugo gets
#    only the .md files, with a one-template layout), medians, printed as ratios.
# 2. Prongsai on that corpus: rebuild with nothing changed, one project edited, one report added.
# 3. The example site: clean build, the same rebuilds, an edit seen through `prongsai serve`
#    (write -> live-reload event, and -> new page served), and `serve` under a bounded wrk load.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
orgs=${1:-200}
runs=${2:-3}
source bench/lib.sh
need hugo hugo
need wrk wrk
source tests/search/need-node.sh
need_node npm
pagefind=$PWD/bench/node_modules/.bin/pagefind  # pinned in bench/package-lock.json
if [[ ! -x $pagefind || bench/package-lock.json -nt bench/node_modules/.package-lock.json ]]; then
  (cd bench && npm ci --no-audit --no-fund --loglevel=error > /dev/null)
fi

machine
echo "hugo: $(hugo version | cut -d' ' -f1-2), pagefind: $("$pagefind" --version 2>&1 | tail -1)"
echo "runs: $runs, medians; wall and cpu (user+sys) seconds"
echo

# --- 1. clean builds side by side --------------------------------------------------------------
corpus=$work/corpus
python3 bench/make-corpus.py "$corpus" --orgs "$orgs" --seed "${BENCH_SEED:-1}" 2>&1
hsite=$work/hugo-site
mkdir -p "$hsite/content" "$hsite/layouts/_default"
(cd "$corpus/content" && find . -name '*.md' -print0 | tar --null -cf - -T -) | tar -xf - -C "$hsite/content"
md_files=$(find "$hsite/content" -name '*.md' | wc -l)
cat > "$hsite/config.toml" << 'EOF'
baseURL = "https://bench.example/"
languageCode = "th"
title = "bench"
disableKinds = ["taxonomy", "term"]
EOF
# One template for single and list pages: title, content, links to the section's pages.
layout='<!doctype html><html lang="th"><head><meta charset="utf-8"><title>{{ .Title }}</title></head>
<body><h1>{{ .Title }}</h1><main>{{ .Content }}</main>{{ range .Pages }}<a href="{{ .RelPermalink }}">{{ .Title }}</a> {{ end }}</body></html>'
echo "$layout" > "$hsite/layouts/_default/single.html"
echo "$layout" > "$hsite/layouts/_default/list.html"
hugo_clean() { rm -rf "$hsite/public" "$hsite/resources" "$hsite/.hugo_build.lock"; }
export hsite pagefind
for ((r = 1; r <= runs; r++)); do
  clean_output "$corpus"
  prongsai_build "$corpus" clean
  hugo_clean
  timed "$work/hugo" hugo --quiet -s "$hsite"
  hugo_clean
  timed "$work/hugo-pagefind" bash -c 'hugo --quiet -s "$hsite" && "$pagefind" --site "$hsite/public" > /dev/null'
done
p_wall=$(field "$work/clean" 1) p_cpu=$(field "$work/clean" 5) p_kib=$(field "$work/clean" 4)
h_wall=$(field "$work/hugo" 1) h_cpu=$(field "$work/hugo" 5) h_kib=$(field "$work/hugo" 4)
f_wall=$(field "$work/hugo-pagefind" 1) f_cpu=$(field "$work/hugo-pagefind" 5) f_kib=$(field "$work/hugo-pagefind" 4)
pages=$(from_line clean pages)
read -r p_files p_bytes <<< "$(count_output "$corpus/public")"
read -r s_files s_bytes <<< "$(count_output "$corpus/public/search")"
read -r f_files f_bytes <<< "$(count_output "$hsite/public")"
read -r pf_files pf_bytes <<< "$(count_output "$hsite/public/pagefind")"
h_pages=$(find "$hsite/public" -name '*.html' -not -path '*/pagefind/*' | wc -l)

compare() {  # compare NAME OTHER_WALL OTHER_CPU TARGET
  local how
  if awk -v p="$p_wall" -v o="$2" 'BEGIN { exit !(p <= o) }'; then
    how="$(ratio "$2" "$p_wall")× faster"
  else
    how="$(ratio "$p_wall" "$2")× slower"
  fi
  local cpu
  if awk -v p="$p_cpu" -v o="$3" 'BEGIN { exit !(p <= o) }'; then
    cpu="$(ratio "$3" "$p_cpu")× less"
  else
    cpu="$(ratio "$p_cpu" "$3")× more"
  fi
  printf '  vs %-16s Prongsai %.2f s, %s %.2f s: %s (target: %s× faster); cpu %.2f s vs %.2f s: %s\n' \
    "$1:" "$p_wall" "$1" "$2" "$how" "$4" "$p_cpu" "$3" "$cpu"
}
echo "clean build, $orgs organisations ($md_files Markdown files; medians of $runs alternating runs):"
printf '  %-16s %6.2f s wall %6.2f s cpu  peak RSS %5d MiB  %6s pages (%s pages/s)  %6d files %5s MiB (search: %d files, %s MiB)\n' \
  Prongsai "$p_wall" "$p_cpu" $((p_kib / 1024)) "$pages" "$(awk -v p="$pages" -v s="$p_wall" 'BEGIN { printf "%.0f", p / s }')" \
  "$p_files" "$(mib "$p_bytes")" "$s_files" "$(mib "$s_bytes")"
printf '  %-16s %6.2f s wall %6.2f s cpu  peak RSS %5d MiB  %6s pages (.html)\n' Hugo "$h_wall" "$h_cpu" $((h_kib / 1024)) "$h_pages"
printf '  %-16s %6.2f s wall %6.2f s cpu  peak RSS %5d MiB  %6d files %5s MiB (pagefind: %d files, %s MiB)\n' \
  "Hugo + Pagefind" "$f_wall" "$f_cpu" $((f_kib / 1024)) "$f_files" "$(mib "$f_bytes")" "$pf_files" "$(mib "$pf_bytes")"
compare Hugo "$h_wall" "$h_cpu" 4
compare "Hugo + Pagefind" "$f_wall" "$f_cpu" 6
echo

# The open-data database (docs/open-data.md): its size, and what it costs apart from the rest
# of the build (bench/database_scale.cpp: the rows each organisation's build makes, and the
# site-wide step that makes the file from them).
database_report() {  # database_report SITE LABEL [--merge]
  local db=$1/public/data/prongsai-open-data.sqlite zip=$1/public/data/prongsai-open-data.zip
  local scale
  scale=$(dirname "$prongsai")/database_scale
  [[ -x $scale ]] || cmake --build "$(dirname "$prongsai")" --target database_scale > /dev/null 2>&1 || true
  [[ -f $db ]] || { echo "open-data database, $2: none written"; return; }
  printf 'open-data database, %s: %s MiB (%d bytes; the ZIP of JSON and CSV: %s MiB)\n' "$2" \
    "$(mib "$(stat -c %s "$db")")" "$(stat -c %s "$db")" "$(mib "$(stat -c %s "$zip")")"
  if [[ -x $scale ]]; then "$scale" --runs "$runs" "${@:3}" "$1" | sed 's/^/  /'; fi
}
database_report "$corpus" "$orgs organisations"
echo

# --- 2. and 3. rebuilds ------------------------------------------------------------------------
# rebuilds NAME SITE PROJECT_FILE PLAN YEAR ROUND: RUNS times no change, one project edited (a
# visible line appended), one report added (`prongsai new report`) and removed again.
rebuilds() {
  local name=$1 site=$2 project=$3 plan=$4 year=$5 round=$6 r report
  local org=${plan%%/*}
  report=$site/content/$org/reports/$(printf "%s-%02d" "$year" "$round").toml  # as report_id names it
  [[ -f $site/public/.prongsai ]] || { clean_output "$site"; prongsai_build "$site" warm; }
  cp "$project" "$work/project.orig"
  rm -f "$work/"{noop,edit,report,unreport}
  for ((r = 1; r <= runs; r++)); do
    prongsai_build "$site" noop
    printf '\n\nbench edit %s\n' "$r" >> "$project"
    prongsai_build "$site" edit
    "$prongsai" new report --plan "$plan" --year "$year" --round "$round" --site "$site" > /dev/null
    prongsai_build "$site" report
    rm -f "$report"
    prongsai_build "$site" unreport
  done
  cp "$work/project.orig" "$project"
  prongsai_build "$site" warm
  printf '%s, rebuilds (medians of %d):\n' "$name" "$runs"
  local what label target
  for what in noop edit report unreport; do
    case $what in
      noop) label="nothing changed" target="≤ 0.3 s" ;;
      edit) label="one project edited" target="≤ 0.3 s" ;;
      report) label="one report added" target="≤ 1 s" ;;
      unreport) label="that report removed" target="" ;;
    esac
    printf '  %-20s %6.2f s  (%s pages rendered, %s files written)%s\n' "$label" "$(field "$work/$what" 1)" \
      "$(from_line "$what" rendered)" "$(from_line "$what" written)" "${target:+  target $target}"
  done
}
bench_json() { python3 -c 'import json,sys; print(json.load(open(sys.argv[1]))["bench"][sys.argv[2]])' "$corpus/corpus.json" "$1"; }
rebuilds "$orgs organisations" "$corpus" "$corpus/$(bench_json project)" "$(bench_json plan)" "$(bench_json year)" "$(bench_json round)"
echo
clean_output "$corpus"
rm -rf "$hsite/public"

example=$work/example
mkdir -p "$example" && cp -r site-config themes content "$example/"
rm -f "$work/example-clean"
for ((r = 1; r <= runs + 2; r++)); do
  clean_output "$example"
  prongsai_build "$example" example-clean
done
printf 'example site: clean build %.3f s wall, %.3f s cpu (median of %d; %s pages; target < 0.2 s)\n' \
  "$(field "$work/example-clean" 1)" "$(field "$work/example-clean" 5)" $((runs + 2)) "$(from_line example-clean pages)"
rebuilds "example site" "$example" "$example/content/khek-noi/plan-2566-2570/projects/1-04.md" khek-noi/plan-2566-2570 2567 6
echo "example site, an edit seen through \`prongsai serve\` (target < 50 ms):"
python3 bench/serve-latency.py "$prongsai" "$example" "$example/content/khek-noi/plan-2566-2570/projects/1-04.md" \
  /khek-noi/plan-2566-2570/projects/1-04/ 5 || echo "  (a run timed out)"

# serve under load: bounded (5 s, 16 connections), loopback only.
port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$prongsai" serve --quiet --site "$example" --bind 127.0.0.1 --port "$port" 2> "$work/serve.log" &
cleanup_pids+=($!)
for _ in $(seq 100); do curl -sf -o /dev/null "http://127.0.0.1:$port/" 2> /dev/null && break; sleep 0.1; done
for path in / /khek-noi/plan-2566-2570/table/; do
  rps=$(wrk -t2 -c16 -d5s "http://127.0.0.1:$port$path" | sed -n 's/^Requests\/sec: *//p')
  printf 'serve %-34s %8.0f requests/s (wrk -t2 -c16 -d5s)\n' "$path" "$rps"
done
