#!/usr/bin/env bash
# The national build, benchmarked: prints figures, asserts nothing.
#   bash scripts/bench-national.sh [ORGANISATIONS] [TIMEOUT_S]    defaults: 7850, 600
#   PRONGSAI=/path/to/prongsai    measures another build of prongsai
#   CORPUS=folder                 reuse a corpus made by bench/make-corpus.py (kept; its
#                                 public/ is cleared) instead of making one in a new folder
#   BENCH_DIR=folder (default /tmp), BENCH_SEED=n (default 1)
#   BENCH_RSS_LIMIT_MIB=n         stop the build when it holds more (default 10240): the machine
#                                 is shared, and a build that needs more has missed its target
# Makes the corpus (timed), then one clean build with a watchdog (timeout and memory limit):
# wall time, cpu, pages/s, peak RSS with its curve over time, files and bytes written (the
# output folder counted), search files; then one rebuild with nothing changed. Only processes
# this script started are stopped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
orgs=${1:-7850}
limit_s=${2:-600}
limit_mib=${BENCH_RSS_LIMIT_MIB:-10240}
source bench/lib.sh
need pgrep procps

machine
echo "limits: ${limit_s} s, ${limit_mib} MiB resident"
echo

if [[ -n ${CORPUS:-} ]]; then
  corpus=$(realpath "$CORPUS")
  [[ -f $corpus/corpus.json ]] || { echo "bench: $corpus has no corpus.json (make it with bench/make-corpus.py)" >&2; exit 1; }
  echo "corpus: $corpus ($(python3 -c 'import json,sys; c = json.load(open(sys.argv[1])); print(c["orgs"], "organisations, seed", c["seed"])' "$corpus/corpus.json"))"
else
  corpus=$work/national
  start=$(date +%s.%N)
  python3 bench/make-corpus.py "$corpus" --orgs "$orgs" --seed "${BENCH_SEED:-1}" 2>&1
  printf 'corpus made in %.1f s wall\n' "$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')"
fi
clean_output "$corpus"

# watched_build LABEL: one build of the corpus under the watchdog; sets w_status (ok, timeout,
# memory, failed), w_wall w_user w_sys w_kib, and prints the RSS curve.
watched_build() {
  local label=$1 tpid cpid=
  w_status=ok
  /usr/bin/time -f "%e %U %S %M" -o "$work/$label.time" "$prongsai" build --quiet --site "$corpus" 2> "$work/$label.err" &
  tpid=$!
  cleanup_pids+=("$tpid")
  local t0 now rss peak=0 curve="" next=10
  t0=$(date +%s)
  while kill -0 "$tpid" 2> /dev/null; do
    sleep 1
    if [[ -z $cpid ]]; then
      cpid=$(pgrep -P "$tpid" || true)
      [[ -n $cpid ]] && cleanup_pids+=("$cpid")
    fi
    [[ -n $cpid && -r /proc/$cpid/status ]] || continue
    rss=$(awk '/^VmRSS/ { print int($2 / 1024) }' "/proc/$cpid/status" 2> /dev/null || echo 0)
    ((rss > peak)) && peak=$rss
    now=$(($(date +%s) - t0))
    if ((now >= next)); then curve+=" ${now}s:${rss}"; next=$((next + 10)); fi
    if ((rss > limit_mib)); then w_status=memory; kill -TERM "$cpid" 2> /dev/null || true; break; fi
    if ((now >= limit_s)); then w_status=timeout; kill -TERM "$cpid" 2> /dev/null || true; break; fi
  done
  wait "$tpid" || { [[ $w_status == ok ]] && w_status=failed; }
  read -r w_wall w_user w_sys w_kib < <(tail -1 "$work/$label.time")
  grep '^built:' "$work/$label.err" | tail -1 > "$work/$label.line" || true
  echo "  resident MiB every 10 s:${curve:- (done in under 10 s)}; peak seen ${peak} MiB"
}

echo "national build, $orgs organisations, clean (public/ and .public.prongsai/ removed):"
watched_build national
case $w_status in
  ok)
    pages=$(from_line national pages)
    read -r files bytes <<< "$(count_output "$corpus/public")"
    read -r s_files s_bytes <<< "$(count_output "$corpus/public/search")"
    printf '  %.1f s wall, %.1f s cpu (%.1f user, %.1f sys), peak RSS %d MiB\n' "$w_wall" \
      "$(awk -v u="$w_user" -v s="$w_sys" 'BEGIN { print u + s }')" "$w_user" "$w_sys" $((w_kib / 1024))
    printf '  %s pages, %.0f pages/s; %d files, %s MiB written (search: %d files, %s MiB)\n' "$pages" \
      "$(awk -v p="$pages" -v s="$w_wall" 'BEGIN { print p / s }')" "$files" "$(mib "$bytes")" "$s_files" "$(mib "$s_bytes")"
    echo "  targets: < 60 s wall, < 2048 MiB peak RSS"
    db=$corpus/public/data/prongsai-open-data.sqlite
    if [[ -f $db ]]; then
      printf '  open-data database: %s MiB (%d bytes)\n' "$(mib "$(stat -c %s "$db")")" "$(stat -c %s "$db")"
      # The site-wide step alone, from the rows the build left (bench/database_scale.cpp).
      scale=$(dirname "$prongsai")/database_scale
      [[ -x $scale ]] || cmake --build "$(dirname "$prongsai")" --target database_scale > /dev/null 2>&1 || true
      if [[ -x $scale ]]; then "$scale" --runs 1 --merge "$corpus" | sed 's/^/  /'; fi
    fi
    echo "national build, rebuild with nothing changed:"
    watched_build national-noop
    printf '  %.1f s wall, peak RSS %d MiB (%s)\n' "$w_wall" $((w_kib / 1024)) "$(cat "$work/national-noop.line")"
    # The national portal (issue 16): its pages, the largest of each kind (a province page
    # should stay under 200 KB), and the site-wide pages made again alone (a theme file changed).
    portal=$corpus/public/portal
    if [[ -d $portal ]]; then
      largest() { find "$portal" -regextype posix-extended -regex "$1" -printf '%s %P\n' | sort -n | tail -1; }
      printf '  portal: %d pages; largest province page %s, district page %s, the country %s bytes\n' \
        "$(find "$portal" -name index.html | wc -l)" "$(largest ".*/portal/[0-9]+/index.html")" \
        "$(largest ".*/portal/[^/]+/d-[^/]+/index.html")" "$(stat -c %s "$portal/index.html")"
      archive=$corpus/public/data/prongsai-open-data.zip
      [[ -f $archive ]] && printf '  open-data archive: %s MiB\n' "$(mib "$(stat -c %s "$archive")")"
      css=$(find "$corpus/themes" -name site.css | head -1)
      if [[ -n $css ]]; then
        cp "$css" "$work/site.css.saved"
        echo "/* bench: the site-wide pages made again */" >> "$css"
        echo "national build, a theme file changed (only the site-wide pages, the portal's among them):"
        watched_build national-site
        printf '  %.1f s wall, peak RSS %d MiB (%s)\n' "$w_wall" $((w_kib / 1024)) "$(cat "$work/national-site.line")"
        cp "$work/site.css.saved" "$css"
      fi
    fi
    ;;
  *)
    read -r files bytes <<< "$(count_output "$corpus/.public.prongsai" 2> /dev/null || echo "0 0")"
    case $w_status in
      timeout) echo "  stopped after ${limit_s} s (the timeout)" ;;
      memory) echo "  stopped at ${limit_mib} MiB resident (the memory limit)" ;;
      failed) echo "  the build failed:"; tail -5 "$work/national.err" | sed 's/^/    /' ;;
    esac
    printf '  by then: %.1f s wall, %.1f s user, %.1f s sys, peak RSS %d MiB; %d files, %s MiB in .public.prongsai/\n' \
      "$w_wall" "$w_user" "$w_sys" $((w_kib / 1024)) "$files" "$(mib "$bytes")"
    ;;
esac
clean_output "$corpus"
