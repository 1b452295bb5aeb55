#!/bin/sh
# check-potfiles.sh SRCROOT
# Fails when a file under src/, ui/ or data/ marks a string for translation
# but po/POTFILES.in does not list it, or when POTFILES.in names a file that
# does not exist.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 SRCROOT" >&2; exit 2; }
cd "$1"

listed=$(sed -e 's/#.*//' -e 's/[[:space:]]*$//' -e '/^$/d' po/POTFILES.in)
status=0

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in names $f, which does not exist"
    status=1
  fi
done

# _ ("…"), N_, C_, NC_, g_dngettext, ngettext (with or without a space before
# the parenthesis, GNU style), and translatable="yes" in GtkBuilder files.
pattern='(^|[^A-Za-z0-9_])(_|N_|C_|NC_|Q_|g_dngettext|g_dpgettext2|ngettext)[[:space:]]*\(|translatable="yes"'
dirs=""
for d in src ui data; do
  [ -d "$d" ] && dirs="$dirs $d"
done
marked=$(grep -rlE --include='*.c' --include='*.h' --include='*.ui' \
           --include='*.in' --include='*.xml' "$pattern" $dirs | sort || true)

for f in $marked; do
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "$f marks strings for translation but is missing from po/POTFILES.in"
    status=1
  fi
done

if [ $status -eq 0 ]; then
  echo "po/POTFILES.in lists all $(printf '%s\n' "$marked" | grep -c .) files with marked strings"
fi
exit $status
