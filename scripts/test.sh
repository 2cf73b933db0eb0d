#!/usr/bin/env bash
# Sets up a fresh machine if needed, builds prongsai and its tests, and runs every test; then
# makes the Debian package and installs it on a fresh Debian (scripts/package-test.sh), where
# this machine lets a root user mount inside a folder (debootstrap and chroot need it).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
bash scripts/setup.sh
ctest --test-dir build --output-on-failure -j"$(nproc)"
bash tests/search/run.sh
bash tests/browser/run.sh

probe=$(mktemp -d)
if [[ $(id -u) -eq 0 ]] && mount -t proc proc "$probe" 2>/dev/null; then
  umount "$probe"
  rmdir "$probe"
  bash scripts/package-test.sh
else
  rmdir "$probe"
  echo "package test NOT RUN: it needs root and mount (debootstrap, chroot);" \
    "run sudo bash scripts/package-test.sh on a machine that allows them" >&2
fi
