#!/usr/bin/env bash
# Builds the libFuzzer harnesses in tests/fuzz/ with Debian's clang (ASan + UBSan) into
# build-fuzz/ and runs them for FUZZ_RUNS executions in all (default 10 million), split across
# the targets, each on FUZZ_WORKERS processes (default: every core). Prints the executions per
# target and the total; exits 1 when any target crashed, with the input in
# build-fuzz/artifacts/<target>/ — fix the parser and keep the input in
# tests/fuzz/regressions/<target>/ (the unit tests replay it).
# Usage: bash scripts/fuzz.sh [TARGET...]     (default: every target)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

# Configuring needs every library CMakeLists.txt looks for, even though only the parsers are built.
packages=(clang-14 libfuzzer-14-dev libclang-rt-14-dev cmake pkg-config libcmark-gfm-dev
          libcmark-gfm-extensions-dev libkainjow-mustache-dev libtomlplusplus-dev libicu-dev
          fonts-thai-tlwg-web woff2 woff-tools libcpp-httplib-dev zlib1g-dev
          libxlsxwriter-dev libzip-dev libpugixml-dev libpoppler-cpp-dev libsqlite3-dev libcairo2-dev libxxhash-dev libcli11-dev gettext)
source scripts/lib/need-packages.sh
need_packages "${packages[@]}"

total_runs=${FUZZ_RUNS:-10000000}
workers=${FUZZ_WORKERS:-$(nproc)}
# Share of the runs per target, in percent. The scalar parsers run at 40-60k inputs a second per
# core, front matter + TOML at ~20k, the loaders (a file write, toml++ and a loader per input)
# at ~1k: the shares keep every target's time within a few minutes.
declare -A share=([money]=30 [date]=20 [month_range]=25 [front_matter]=20 [content_loaders]=5)
declare -A max_len=([money]=64 [date]=64 [month_range]=128 [front_matter]=4096
                    [content_loaders]=4096)
targets=("$@")
((${#targets[@]})) || targets=(money date month_range front_matter content_loaders)

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-fuzz -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 \
      -DPRONGSAI_FUZZ=ON -DPRONGSAI_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build build-fuzz -j"$(nproc)" --target "${targets[@]/#/fuzz_}"

failed=0
sum=0
report=()
for t in "${targets[@]}"; do
  runs=$((total_runs * ${share[$t]} / 100))
  # With several workers each job runs its own -runs: split the target's share between them.
  per_job=$(((runs + workers - 1) / workers))
  work=build-fuzz/corpus/$t            # what the fuzzer finds; tests/fuzz/ keeps only seeds
  artifacts=build-fuzz/artifacts/$t
  logs=build-fuzz/logs/$t
  rm -rf "$logs" "$artifacts"  # a crash kept from an earlier run is not this run's
  mkdir -p "$work" "$artifacts" "$logs"
  dirs=("$work")
  for d in tests/fuzz/corpus/$t tests/fuzz/regressions/$t; do [[ -d $d ]] && dirs+=("$d"); done
  dict=()
  [[ -f tests/fuzz/$t.dict ]] && dict=(-dict="$root/tests/fuzz/$t.dict")
  echo "fuzz_$t: $runs executions on $workers workers"
  status=0
  # -jobs writes one fuzz-<job>.log per job into the current folder: run from the log folder.
  (cd "$logs" && ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1 \
     "$root/build-fuzz/fuzz_$t" -jobs="$workers" -workers="$workers" -runs="$per_job" \
     -max_len="${max_len[$t]}" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
     -artifact_prefix="$root/$artifacts/" "${dict[@]}" "${dirs[@]/#/$root/}" \
     >/dev/null 2>&1) || status=$?
  executed=$(cat "$logs"/fuzz-*.log 2>/dev/null |
             awk '/stat::number_of_executed_units:/ {n += $2} END {print n + 0}')
  crashes=$(find "$artifacts" -type f | wc -l)
  if ((status != 0 || crashes > 0)); then
    failed=1
    echo "fuzz_$t FAILED (exit $status): $crashes input(s) in $artifacts/, logs in $logs/" >&2
    grep -h -m3 -E "ERROR|runtime error|Violation|terminate" "$logs"/fuzz-*.log >&2 || true
  fi
  sum=$((sum + executed))
  report+=("$(printf '%-16s %12d executions' "$t" "$executed")")
done

echo
printf '%s\n' "${report[@]}"
printf '%-16s %12d executions\n' total "$sum"
if ((failed)); then
  echo "fuzzing found crashes (see above)" >&2
  exit 1
fi
