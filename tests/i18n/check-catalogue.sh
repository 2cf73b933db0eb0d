#!/usr/bin/env bash
# The Thai catalogue is complete and safe (issue 15, Must 1): every message marked in
# generator/ (tr, trf, trn, trnf, N_) has a Thai translation in po/th.po that is not fuzzy, keeps
# the same {1}, {2} placeholders, and compiles with msgfmt --check. Run by ctest.
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
po=$root/po/th.po
failed=0

cd "$root"
find generator -name '*.cpp' -o -name '*.hpp' | LC_ALL=C sort >"$work/sources"
# With a header (no --omit-header): without one xgettext writes ASCII and drops every non-ASCII
# character from a msgid ("expected โครงการ, …" would be looked up as "expected , "), so a
# message with Thai words in its English could never be found translated.
xgettext --language=C++ --from-code=UTF-8 --keyword --keyword=tr --keyword=trf \
  --keyword=trn:1,2 --keyword=trnf:1,2 --keyword=N_ --no-location \
  --files-from="$work/sources" -o "$work/prongsai.pot" 2>"$work/xgettext.log" ||
  { cat "$work/xgettext.log"; exit 1; }  # its warnings about non-ASCII msgids are expected
[[ -s $work/prongsai.pot ]] || { echo "no message is marked in generator/"; exit 1; }
marked=$(($(grep -c '^msgid ' "$work/prongsai.pot") - 1)) # less the header

msgfmt --check -o /dev/null "$po" || failed=1

# Every marked message, with its Thai from po/th.po: one that is missing there or has an empty
# translation comes out untranslated, and a fuzzy one (a guess msgmerge made) stays fuzzy.
msgmerge --quiet --no-fuzzy-matching --no-wrap "$po" "$work/prongsai.pot" -o "$work/merged.po"
for kind in untranslated only-fuzzy; do
  msgattrib --$kind --no-obsolete --no-wrap "$work/merged.po" >"$work/$kind.po"
  n=$(grep -c '^msgid "[^"]' "$work/$kind.po" || true)
  if ((n > 0)); then
    echo "po/th.po: $n message(s) marked in generator/ are ${kind#only-} or missing; translate:"
    grep '^msgid "[^"]' "$work/$kind.po" | head -40
    failed=1
  fi
done

# The same placeholders on both sides: a translation that drops {2} would print a message
# without the file or the value it is about.
msgexec --input="$work/merged.po" sh -c '
  [ -z "$MSGEXEC_MSGID" ] && exit 0
  want=$(printf "%s" "$MSGEXEC_MSGID" | grep -o "{[0-9]*}" | sort -u | tr -d "\n")
  thai=$(cat)
  [ -z "$thai" ] && exit 0  # untranslated: reported above
  got=$(printf "%s" "$thai" | grep -o "{[0-9]*}" | sort -u | tr -d "\n")
  if [ "$want" != "$got" ]; then
    printf "placeholders differ (%s in the English, %s in the Thai): %s\n" \
      "$want" "$got" "$MSGEXEC_MSGID" >&2
    exit 1
  fi' 2>"$work/placeholders" || { cat "$work/placeholders"; failed=1; }

echo "$marked messages marked in generator/, checked against po/th.po"
((failed == 0)) || exit 1
