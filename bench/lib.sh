# Shared by scripts/bench.sh and scripts/bench-national.sh (sourced, from the repository root).
# Benchmarks print figures and assert nothing: figures depend on the machine, its disk and
# whatever else runs on it, so each one is a median of alternating runs.

export LANGUAGE=en  # the summary lines read below are the English ones ("built: …", "rebuilt: …")
prongsai=${PRONGSAI:-$PWD/build/prongsai}  # PRONGSAI=path measures another build of prongsai
[[ -n ${PRONGSAI:-} || -x build/prongsai ]] || bash scripts/setup.sh
[[ -x $prongsai ]] || { echo "bench: no prongsai at $prongsai" >&2; exit 1; }
prongsai=$(realpath "$prongsai")

# need COMMAND PACKAGE: installs a missing Debian package when root, else says which.
need() {
  command -v "$1" > /dev/null && return
  if [[ $(id -u) == 0 ]]; then
    apt-get install -y "$2" > /dev/null 2>&1 || { apt-get update > /dev/null && apt-get install -y "$2" > /dev/null; }
  fi
  command -v "$1" > /dev/null || { echo "bench: needs $1: apt-get install -y $2" >&2; exit 1; }
}
need /usr/bin/time time
need python3 python3
need curl curl

# BENCH_DIR=folder keeps the corpora and outputs there (default: a new folder in /tmp).
if [[ -n ${BENCH_DIR:-} ]]; then
  mkdir -p "$BENCH_DIR" && work=$(mktemp -d "$BENCH_DIR/bench.XXXXXX")
else
  work=$(mktemp -d /tmp/prongsai-bench.XXXXXX)
fi
cleanup_pids=()
cleanup() {
  local p
  for p in "${cleanup_pids[@]}"; do kill "$p" 2> /dev/null || true; done
  rm -rf "$work"
}
trap cleanup EXIT

machine() {
  echo "machine: $(nproc) cores, $(awk '/MemTotal/{printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM," \
    "$(lscpu | sed -n 's/^Model name: *//p'); load average $(cut -d' ' -f1-3 /proc/loadavg) at start"
  echo "prongsai: $prongsai ($("$prongsai" --version 2>&1 | head -1)), scripts at $(git rev-parse --short HEAD 2> /dev/null || echo '?')"
  echo "date: $(date -u '+%Y-%m-%d %H:%M UTC')"
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "nan" }'; }
# ratio A B -> A/B with two decimals
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "nan" }'; }

# timed OUTFILE COMMAND… : runs it, appends "wall user sys peak_kib" to OUTFILE; stderr to $work/err.
timed() {
  local out=$1
  shift
  if ! /usr/bin/time -f "%e %U %S %M" -o "$work/time.txt" "$@" > "$work/stdout.txt" 2> "$work/err.txt"; then
    echo "bench: failed: $*" >&2
    tail -20 "$work/err.txt" >&2
    exit 1
  fi
  tail -1 "$work/time.txt" >> "$out"
}

# prongsai_build SITE LABEL: one timed build; records "wall user sys kib" in $work/LABEL and
# the build's own summary line ("built: N pages (M rendered), F files written, …") in $work/LABEL.line
prongsai_build() {
  timed "$work/$2" "$prongsai" build --quiet --site "$1"
  grep '^built:' "$work/err.txt" | tail -1 > "$work/$2.line" || true
}

clean_output() { rm -rf "$1/public" "$1/.public.prongsai"; }

# field FILE N: median of column N (1 wall, 2 user, 3 sys, 4 peak KiB; 5 user+sys)
field() {
  if [[ $2 == 5 ]]; then awk '{ print $2 + $3 }' "$1" | median; else awk -v n="$2" '{ print $n }' "$1" | median; fi
}

# from_line LABEL WHAT: a figure from the build's summary line: pages, rendered, written
from_line() {
  local line
  line=$(cat "$work/$1.line" 2> /dev/null)
  case $2 in
    pages) sed -n 's/^built: \([0-9]*\) pages.*/\1/p' <<< "$line" ;;
    rendered) sed -n 's/^built: [0-9]* pages (\([0-9]*\) rendered).*/\1/p' <<< "$line" ;;
    written) sed -n 's/.* \([0-9]*\) files written.*/\1/p' <<< "$line" ;;
  esac
}

# count_output DIR -> "files bytes" (regular files; bytes = the sum of their sizes)
count_output() { find "$1" -type f -printf '%s\n' | awk '{ n++; b += $1 } END { printf "%d %d\n", n, b }'; }
mib() { awk -v b="$1" 'BEGIN { printf "%.0f", b / 1048576 }'; }
