# Sourced by tests/search/run.sh and scripts/search-quality.sh: makes sure Node.js (and npm,
# when asked) is on PATH, installing Debian's packages when run as root on a fresh machine.
# Usage: need_node [npm]
need_node() {
  local packages=()
  command -v node >/dev/null || packages+=(nodejs)
  if [[ ${1:-} == npm ]] && ! command -v npm >/dev/null; then packages+=(npm); fi
  ((${#packages[@]})) || return 0
  source "$(dirname "${BASH_SOURCE[0]}")/../../scripts/lib/need-packages.sh"
  need_packages "${packages[@]}"
}
