#!/usr/bin/env bash
# Makes the Debian package from a Release build (build-release/) and proves it on a fresh
# Debian bookworm (debootstrap --variant=minbase, in a chroot): apt-get install ./prongsai_*.deb
# pulls in what it declares, then, as an ordinary user, `prongsai new site x && cd x &&
# prongsai build` makes x/public/index.html with the example organisation's Thai name; the man
# page, --help and the bash completion work; apt-get remove leaves no file of the package.
# Each step is timed. Exits non-zero on any failure. Needs root (debootstrap, chroot, mount).
#
# The minbase root is made once and kept as a tarball, with the .debs apt downloads, under
# build-release/package-test/ (delete that folder to start cold); each run unpacks a new root
# from it, so every run installs on a machine that never saw prongsai.
#   bash scripts/package-test.sh            JOBS=1 bash scripts/package-test.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
source scripts/lib/need-packages.sh

if [[ $(id -u) -ne 0 ]]; then
  echo "package-test.sh needs root (debootstrap, chroot and mount): sudo bash $0" >&2
  exit 1
fi
need_packages debootstrap dpkg-dev

build="build-release"
work=$build/package-test
cache=$work/bookworm-minbase.tar
archives=$work/apt-archives  # the .debs the chroot downloads, kept between runs
root=$work/root
mirror=${MIRROR:-http://deb.debian.org/debian}
jobs=${JOBS:-2}
user=tester

started=$SECONDS
step_started=$SECONDS
step() {  # step NAME: ends the step before, starts this one
  local now=$SECONDS
  [[ -n ${step_name:-} ]] && printf '  %-52s %4d s\n' "$step_name" $((now - step_started))
  step_name=$1
  step_started=$now
}
fail() {
  echo "package-test: FAILED: $*" >&2
  exit 1
}

# Unmounts what this script mounted in the root, whatever way it ends.
mounted=()
cleanup() {
  local i
  for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
    umount "${mounted[i]}" 2>/dev/null || umount -l "${mounted[i]}" 2>/dev/null || true
  done
  mounted=()
}
trap cleanup EXIT
mount_in_root() {  # mount_in_root TARGET MOUNT-ARGS...
  local target=$1
  shift
  mkdir -p "$target"
  mount "$@" "$target"
  mounted+=("$target")
}
# Removes the previous run's root, never through a mount point left behind (--one-file-system).
remove_root() {
  [[ -d $root ]] || return 0
  if grep -q " $(realpath "$root")[/ ]" /proc/self/mountinfo; then
    fail "$root has something mounted in it: unmount it first"
  fi
  rm -rf --one-file-system "$root"
}
in_root() { chroot "$root" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin LANG=C.UTF-8 \
  DEBIAN_FRONTEND=noninteractive HOME=/root "$@"; }
as_user() { chroot --userspec=$user:$user "$root" /usr/bin/env -i PATH=/usr/bin:/bin \
  LANG=C.UTF-8 HOME=/home/$user bash -c "cd /home/$user && $1"; }

echo "package-test: the package, then a fresh Debian bookworm to install it on"

step "build the Release package ($build, -j$jobs)"
mkdir -p $work $archives
cmake -S . -B $build -DCMAKE_BUILD_TYPE=Release -DPRONGSAI_TESTS=OFF >/dev/null
cmake --build $build -j"$jobs" --target package >$work.log 2>&1 || {
  tail -30 $work.log >&2
  fail "cmake --build $build --target package (log: $work.log)"
}
debs=("$build"/prongsai_*_amd64.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || fail "expected one $build/prongsai_*_amd64.deb, got: ${debs[*]}"
deb=${debs[0]}

step "check the package (dpkg-deb)"
dpkg-deb -I "$deb" >$work/control.txt
depends=$(dpkg-deb -f "$deb" Depends)
[[ -n $depends ]] || fail "the package declares no Depends"
unpacked=$work/unpacked
rm -rf $unpacked
dpkg-deb -x "$deb" $unpacked
# Under pipefail a reader that stops early (grep -q, head, awk's exit) fails the pipeline with
# SIGPIPE (141) once the writer has more than a pipe's buffer to say, so outputs are kept first.
out=$(file $unpacked/usr/bin/prongsai)
[[ $out == *', stripped'* ]] || fail "usr/bin/prongsai is not stripped: $out"
for f in usr/share/prongsai/themes/default/templates/layout.mustache \
  usr/share/prongsai/themes/default/static/fonts/Laksaman.woff2 \
  usr/share/prongsai/themes/default/static/fonts/Laksaman-Bold.woff2 \
  usr/share/man/man1/prongsai.1.gz usr/share/bash-completion/completions/prongsai; do
  [[ -s $unpacked/$f ]] || fail "the package lacks /$f"
done
# Every library the binary names (NEEDED) must be in a package Depends names.
depends_names=$(awk '{print $1}' <<<"${depends//[,|]/$'\n'}")
libraries=$(ldconfig -p)
for lib in $(readelf -d $unpacked/usr/bin/prongsai | sed -n 's/.*(NEEDED).*\[\(.*\)\]/\1/p'); do
  path=$(awk -v l="$lib" '$1 == l && /x86-64/ {print $NF; exit}' <<<"$libraries")
  [[ -n $path ]] || fail "$lib: not found by ldconfig"
  owners=$(dpkg -S "$(realpath "$path")" 2>/dev/null) || owners=$(dpkg -S "$path") ||
    fail "$lib: no package owns $path"
  pkg=${owners%%$'\n'*}
  pkg=${pkg%%:*}
  [[ -n $pkg ]] || fail "$lib: no package owns $path"
  grep -Fxq "$pkg" <<<"$depends_names" || fail "$lib ($pkg) is not in Depends: $depends"
done
echo "    $(basename "$deb"): $(stat -c %s "$deb") bytes; /usr/bin/prongsai $(stat -c %s $unpacked/usr/bin/prongsai) bytes, stripped"
echo "    Depends: $depends"

if [[ ! -s $cache ]]; then
  step "debootstrap --variant=minbase bookworm (cold)"
  remove_root
  debootstrap --variant=minbase --include=man-db bookworm $root "$mirror" \
    >$work/debootstrap.log 2>&1 || {
    tail -20 $work/debootstrap.log >&2
    fail "debootstrap (log: $work/debootstrap.log)"
  }
  # The suites a fresh Debian installation lists (the same mirror as debootstrap's).
  cat >$root/etc/apt/sources.list <<EOF
deb $mirror bookworm main
deb $mirror bookworm-updates main
deb ${mirror%/debian}/debian-security bookworm-security main
EOF
  in_root apt-get clean
  tar -C $root -cf $cache.part . && mv $cache.part $cache
  remove_root
fi

step "unpack a fresh root from $(basename $cache)"
remove_root
mkdir -p $root
tar -C $root -xf $cache
mount_in_root $root/proc -t proc proc
mount_in_root $root/var/cache/apt/archives --bind "$(realpath $archives)"
rm -f $root/etc/resolv.conf  # never through a symbolic link out of the root
cp /etc/resolv.conf $root/etc/resolv.conf
in_root useradd --create-home --shell /bin/bash $user
[[ ! -e $root/usr/bin/prongsai ]] || fail "the fresh root already has /usr/bin/prongsai"

step "apt-get update (in the root)"
in_root apt-get update -qq >$work/apt.log 2>&1 || {
  cat $work/apt.log >&2
  fail "apt-get update"
}

step "apt-get install ./$(basename "$deb")"
cp "$deb" $root/tmp/
in_root apt-get install -y --no-install-recommends "/tmp/$(basename "$deb")" >>$work/apt.log 2>&1 || {
  tail -30 $work/apt.log >&2
  fail "apt-get install ./$(basename "$deb") (log: $work/apt.log)"
}
installed=$(grep -c '^Setting up ' $work/apt.log || true)
echo "    $installed packages set up (the package and what it depends on, no recommends)"

step "prongsai new site x && cd x && prongsai build"
as_user 'prongsai new site x && cd x && prongsai build' >$work/site.log 2>&1 || {
  cat $work/site.log >&2
  fail "prongsai new site x && cd x && prongsai build"
}
tail -1 $work/site.log | sed 's/^/    /'
index=$root/home/$user/x/public/index.html
[[ -s $index ]] || fail "x/public/index.html was not written"
grep -q 'องค์การบริหารส่วนตำบลตัวอย่าง' "$index" ||
  fail "x/public/index.html lacks the example organisation's name (องค์การบริหารส่วนตำบลตัวอย่าง)"
[[ -s $root/home/$user/x/public/fonts/Laksaman.woff2 ]] || fail "the built site has no font"
# (by number: the host may name that uid otherwise)
[[ $(stat -c %u $root/home/$user/x/themes/default/templates/layout.mustache) == \
  "$(in_root id -u $user)" ]] ||
  fail "the copied theme does not belong to the user who made the site"

step "prongsai --help, man, bash completion"
# Each output is kept before it is searched: grep -q stopping early must not fail the writer.
# Thai by default (LANG=C.UTF-8 names no language), from the catalogue the package installs;
# English with --lang en.
[[ -s $root/usr/share/locale/th/LC_MESSAGES/prongsai.mo ]] ||
  fail "the Thai messages are not installed as /usr/share/locale/th/LC_MESSAGES/prongsai.mo"
out=$(as_user 'prongsai --help') && grep -q '^วิธีใช้:' <<<"$out" || fail "prongsai --help (Thai)"
out=$(as_user 'prongsai --lang en --help') && grep -q '^Usage:' <<<"$out" ||
  fail "prongsai --lang en --help"
out=$(as_user 'prongsai --version') && grep -q '^prongsai ' <<<"$out" || fail "prongsai --version"
echo "    $out"
man_path=$(as_user 'man -w prongsai') || fail "man -w prongsai"
[[ $man_path == /usr/share/man/man1/prongsai.1.gz ]] || fail "man -w prongsai gave $man_path"
out=$(as_user 'MANWIDTH=80 MANPAGER=cat man prongsai 2>/dev/null') &&
  grep -q '^EXIT STATUS' <<<"$out" || fail "man prongsai does not render"
out=$(as_user 'source /usr/share/bash-completion/completions/prongsai && complete -p prongsai') &&
  grep -q _prongsai <<<"$out" || fail "the bash completion does not load"
not_found=$(in_root ldd /usr/bin/prongsai | grep 'not found' || true)
[[ -z $not_found ]] || fail "libraries not found on the fresh root: $not_found"

step "apt-get remove prongsai: none of its files left"
in_root apt-get remove -y prongsai >>$work/apt.log 2>&1 || fail "apt-get remove prongsai"
left=()
while read -r path; do
  path=${path#.}
  [[ -z $path || -d $root$path && $path != /usr/share/prongsai* ]] && continue
  [[ -e $root$path || -L $root$path ]] && left+=("$path")
done < <(dpkg-deb --fsys-tarfile "$deb" | tar -t)
[[ ! -e $root/usr/share/prongsai ]] || left+=(/usr/share/prongsai)
((${#left[@]} == 0)) || fail "apt-get remove left: ${left[*]}"
[[ -s $index ]] || fail "apt-get remove took the user's site with it"

step ""
cleanup
remove_root
echo "package-test: OK in $((SECONDS - started)) s"
