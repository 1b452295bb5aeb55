#!/bin/sh
# build-locale.sh MSGFMT INPUT.po OUTPUT.mo STAMP
# Compiles one catalogue into the build tree's locale directory
# (a meson custom_target cannot write into subdirectories itself).
set -eu
mkdir -p "$(dirname "$3")"
"$1" --check -o "$3" "$2"
touch "$4"
