#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks, then configures and builds prongsai in build/.
# Run by build-site.sh and test.sh; safe to run again (it skips what is already there).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(g++ cmake pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
          libkainjow-mustache-dev libtomlplusplus-dev libicu-dev doctest-dev fonts-thai-tlwg-web woff2 woff-tools
          libcpp-httplib-dev zlib1g-dev nlohmann-json3-dev libxml2-dev
          libxlsxwriter-dev libzip-dev libpugixml-dev
          libpoppler-cpp-dev libsqlite3-dev libcairo2-dev fonts-thai-tlwg
          libjemalloc-dev libxxhash-dev libcli11-dev
          gettext  # msgfmt: po/th.po -> the Thai catalogue; xgettext: its completeness test
          dpkg-dev)  # dpkg-shlibdeps: the Debian package's Depends (cmake/package.cmake)
source scripts/lib/need-packages.sh
need_packages "${packages[@]}"

launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)  # if installed
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo "${launcher[@]}" >/dev/null
cmake --build build -j"$(nproc)"
