#!/bin/sh
# check-po-current.sh SRCROOT
# Regenerates the template from the sources (no network, no build tree),
# merges every po/LINGUAS translation against it in a temporary directory and
# fails if any message is untranslated or fuzzy, naming each one: a .po that
# has fallen behind the sources fails here.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 SRCROOT" >&2; exit 2; }
srcroot=$(cd "$1" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

sh "$srcroot/po/make-pot.sh" "$srcroot" "$tmp/gloss.pot"
total=$(msgattrib --no-obsolete "$tmp/gloss.pot" | grep -c '^msgid ' || true)
total=$((total - 1))

# prints the msgid of every entry of a .po, one a line, the header left out
list_msgids () {
  awk '
    function flush() { if (inid && id != "") print "    " id; inid = 0; id = "" }
    /^msgid "/ { flush(); inid = 1; s = $0; sub(/^msgid "/, "", s); sub(/"$/, "", s); id = s; next }
    /^"/ && inid { s = $0; sub(/^"/, "", s); sub(/"$/, "", s); id = id s; next }
    { flush() }
    END { flush() }'
}

status=0
for lang in $(sed -e 's/#.*//' "$srcroot/po/LINGUAS"); do
  po="$srcroot/po/$lang.po"
  if [ ! -f "$po" ]; then
    echo "$lang: po/LINGUAS names it but po/$lang.po does not exist"
    status=1
    continue
  fi
  merged="$tmp/$lang.po"
  msgmerge --quiet --no-wrap --no-location -o "$merged" "$po" "$tmp/gloss.pot"
  untranslated=$(msgattrib --untranslated --no-obsolete --no-wrap "$merged" | list_msgids)
  fuzzy=$(msgattrib --only-fuzzy --no-obsolete --no-wrap "$merged" | list_msgids)
  n_untranslated=$(printf '%s' "$untranslated" | grep -c . || true)
  n_fuzzy=$(printf '%s' "$fuzzy" | grep -c . || true)
  if [ "$n_untranslated" -gt 0 ] || [ "$n_fuzzy" -gt 0 ]; then
    status=1
    echo "$lang: $n_untranslated untranslated, $n_fuzzy fuzzy of $total messages"
    [ -n "$untranslated" ] && { echo "  untranslated:"; printf '%s\n' "$untranslated"; }
    [ -n "$fuzzy" ] && { echo "  fuzzy (changed in the sources):"; printf '%s\n' "$fuzzy"; }
  else
    echo "$lang: all $total messages translated"
  fi
done
[ $status -eq 0 ] || echo "Run po/update-translations.sh, translate the entries above and remove their fuzzy flags."
exit $status
