#!/bin/sh
# check-mime.sh MIME.xml DESKTOP-FILE
# The shared-mime-info package compiles cleanly, maps *.gloss (and a
# project file recognised by its content) to application/x-gloss-project,
# and the desktop file opens that type.
set -eu
mime_xml=$1
desktop=$2
type=application/x-gloss-project
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

mkdir -p "$tmp/mime/packages"
cp "$mime_xml" "$tmp/mime/packages/io.github.glossapp.Gloss.xml"
# update-mime-database reports a malformed package on stderr but still exits 0
XDG_DATA_DIRS="$tmp" update-mime-database "$tmp/mime" 2>"$tmp/errors"
if [ -s "$tmp/errors" ]; then
  echo "update-mime-database complained:"
  cat "$tmp/errors"
  exit 1
fi

grep -q "^[0-9]*:$type:\*\.gloss$" "$tmp/mime/globs2" || {
  echo "globs2 does not map *.gloss to $type:"
  cat "$tmp/mime/globs2"
  exit 1
}
grep -q "gloss-project" "$tmp/mime/magic" || {
  echo "no content match for $type in the magic file"
  exit 1
}
grep -q "^$type " "$tmp/mime/subclasses" || {
  echo "$type is not declared a subclass of application/json"
  exit 1
}
# a translated comment made it through i18n.merge_file
grep -q 'xml:lang=' "$mime_xml" || {
  echo "$mime_xml has no translated comment"
  exit 1
}

grep -q "^MimeType=.*$type;" "$desktop" || {
  echo "$desktop does not list $type in MimeType="
  exit 1
}
echo "*.gloss is $type, opened by $(basename "$desktop")"
