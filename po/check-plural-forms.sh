#!/bin/sh
# check-plural-forms.sh SRCROOT
# Each translation declares the plural rule of its language.
set -eu
[ $# -eq 1 ] || { echo "usage: $0 SRCROOT" >&2; exit 2; }
cd "$1/po"
status=0
for lang in $(sed -e 's/#.*//' LINGUAS); do
  case $lang in
    zh_CN|zh_TW|ja|ko) want='nplurals=1; plural=0;' ;;
    fr|pt_BR) want='nplurals=2; plural=(n > 1);' ;;
    de|es|en_GB|it|nl|pt|sv) want='nplurals=2; plural=(n != 1);' ;;
    *) echo "$lang: no known plural rule; add it to po/check-plural-forms.sh"; status=1; continue ;;
  esac
  got=$(sed -n 's/^"Plural-Forms: \(.*\)\\n"$/\1/p' "$lang.po")
  if [ "$got" != "$want" ]; then
    echo "$lang: Plural-Forms is '$got', expected '$want'"
    status=1
  else
    echo "$lang: $got"
  fi
done
exit $status
