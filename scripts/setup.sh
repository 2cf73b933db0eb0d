#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks, then configures and builds prongsai in build/.
# Sourced by build-site.sh and test.sh; safe to run again (it skips what is already there).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

packages=(g++ cmake pkg-config libcmark-gfm-dev libcmark-gfm-extensions-dev
          libkainjow-mustache-dev libtomlplusplus-dev libicu-dev doctest-dev fonts-thai-tlwg-web
          libcpp-httplib-dev zlib1g-dev nlohmann-json3-dev libxml2-dev)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing: ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  else
    echo "Missing packages. Run this, then try again:" >&2
    echo "  sudo apt-get install -y ${missing[*]}" >&2
    exit 1
  fi
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)"
