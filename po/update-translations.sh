#!/bin/sh
# update-translations.sh [--pot FILE] [LANG...]
# Regenerates the template from the sources listed in po/POTFILES.in, merges
# it into every translation (or only the LANGs given), and lists what is left
# to translate: the untranslated and fuzzy entries of each language.
# It needs no build tree. Translate those entries (a fuzzy entry shows its
# old msgid as "#| msgid"), remove their "#, fuzzy" lines and run it again
# until it reports every language complete; `meson test po-current` checks
# the same thing.
set -eu
podir=$(cd "$(dirname "$0")" && pwd)
srcroot=$(dirname "$podir")
pot=""
if [ "${1:-}" = "--pot" ]; then
  pot=$2
  shift 2
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM
[ -n "$pot" ] || pot="$tmp/gloss.pot"

"$podir/check-potfiles.sh" "$srcroot" || {
  echo "Fix po/POTFILES.in first." >&2
  exit 1
}
sh "$podir/make-pot.sh" "$srcroot" "$pot"
echo "template: $(msgattrib --no-obsolete "$pot" | grep -c '^msgid ') messages (the header included)"

langs="$*"
[ -n "$langs" ] || langs=$(sed -e 's/#.*//' "$podir/LINGUAS")
for lang in $langs; do
  po="$podir/$lang.po"
  if [ -f "$po" ]; then
    msgmerge --quiet --previous --backup=none --update "$po" "$pot"
  else
    msginit --no-translator --locale="$lang.UTF-8" --input="$pot" --output-file="$po"
  fi
  # drop the messages the sources no longer have
  msgattrib --no-obsolete -o "$po" "$po"
  printf '%s: ' "$lang"
  msgfmt --check --statistics -o /dev/null "$po"
done

echo
"$podir/check-po-current.sh" "$srcroot"
