#!/usr/bin/env bash
# Builds everything with ThreadSanitizer (g++, the compiler prongsai ships with, and
# -DPRONGSAI_SANITIZE=thread) into build-tsan/
# and runs the end-to-end tests and the unit tests under it. The e2e tests run the prongsai
# binary of the same build folder (PRONGSAI_BINARY), so the real program's threads — render
# pool, search segmenters, serve's listener, watcher and live-reload streams — are all checked.
# Every report, from the tests or from a prongsai they ran, is written to
# build-tsan/tsan-reports/; any report fails the run. tests/tsan.supp lists the verified
# third-party races that are suppressed, each with why.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
root=$PWD

packages=(g++ libtsan2 cmake pkg-config libcmark-gfm-dev
          libcmark-gfm-extensions-dev libkainjow-mustache-dev libtomlplusplus-dev libicu-dev
          doctest-dev fonts-thai-tlwg-web woff2 woff-tools libcpp-httplib-dev zlib1g-dev nlohmann-json3-dev
          libxml2-dev libxlsxwriter-dev libzip-dev libpugixml-dev libpoppler-cpp-dev libsqlite3-dev libcairo2-dev libxxhash-dev libcli11-dev gettext
          fonts-thai-tlwg)
source scripts/lib/need-packages.sh
need_packages "${packages[@]}"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
cmake -S . -B build-tsan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DPRONGSAI_SANITIZE=thread \
      "${launcher[@]}" >/dev/null
cmake --build build-tsan -j"$(nproc)" --target prongsai e2e_tests unit_tests

reports=$root/build-tsan/tsan-reports
rm -rf "$reports"
mkdir -p "$reports"
# log_path: every process (tests and the prongsai they start) writes its reports there.
export TSAN_OPTIONS="suppressions=$root/tests/tsan.supp log_path=$reports/report
                     second_deadlock_stack=1 history_size=4 ${TSAN_OPTIONS:-}"
# A TSan binary runs several times slower: tests that wait for serve to rebuild wait longer.
export PRONGSAI_TEST_TIME_SCALE=${PRONGSAI_TEST_TIME_SCALE:-10}
status=0
echo "e2e tests under ThreadSanitizer"
build-tsan/e2e_tests || status=1
echo "unit tests under ThreadSanitizer"
build-tsan/unit_tests || status=1

if compgen -G "$reports/report*" >/dev/null; then
  echo "ThreadSanitizer reported (build-tsan/tsan-reports/):" >&2
  cat "$reports"/report* >&2
  status=1
fi
if ((status)); then
  echo "tsan: FAILED" >&2
  exit 1
fi
echo "tsan: e2e and unit tests pass, no data race reported"
