# Sourced by tests/search/run.sh and scripts/search-quality.sh: makes sure Node.js (and npm,
# when asked) is on PATH, installing Debian's packages when run as root on a fresh machine.
# Usage: need_node [npm]
need_node() {
  local packages=()
  command -v node >/dev/null || packages+=(nodejs)
  if [[ ${1:-} == npm ]] && ! command -v npm >/dev/null; then packages+=(npm); fi
  ((${#packages[@]})) || return 0
  if [[ $(id -u) -eq 0 ]]; then
    echo "Installing: ${packages[*]}"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${packages[@]}" >/dev/null
  else
    echo "Node.js is missing. Run this, then try again:" >&2
    echo "  sudo apt-get install -y ${packages[*]}" >&2
    return 1
  fi
}
