#!/bin/sh
# make-pot.sh SRCROOT OUTPUT.pot
# Writes the translation template from po/POTFILES.in without a build tree,
# with the xgettext arguments of meson's 'glib' preset plus those that
# po/meson.build adds, so the checks see exactly what `ninja gloss-pot` sees.
set -eu
[ $# -eq 2 ] || { echo "usage: $0 SRCROOT OUTPUT.pot" >&2; exit 2; }
srcroot=$1
out=$2

# POTFILES.in paths are relative to the source root; a missing one makes
# xgettext fail, which is what we want.
cd "$srcroot"
exec xgettext --package-name=gloss -f po/POTFILES.in -D "$srcroot" -k_ -o "$out" \
  --from-code=UTF-8 \
  --add-comments \
  --keyword=_ \
  --keyword=N_ \
  --keyword=C_:1c,2 \
  --keyword=NC_:1c,2 \
  --keyword=g_dcgettext:2 \
  --keyword=g_dngettext:2,3 \
  --keyword=g_dpgettext2:2c,3 \
  --flag=N_:1:pass-c-format \
  --flag=C_:2:pass-c-format \
  --flag=NC_:2:pass-c-format \
  --flag=g_dngettext:2:pass-c-format \
  --flag=g_strdup_printf:1:c-format \
  --flag=g_string_printf:2:c-format \
  --flag=g_string_append_printf:2:c-format \
  --flag=g_error_new:3:c-format \
  --flag=g_set_error:4:c-format \
  --flag=g_markup_printf_escaped:1:c-format \
  --flag=g_log:3:c-format \
  --flag=g_print:1:c-format \
  --flag=g_printerr:1:c-format \
  --flag=g_printf:1:c-format \
  --flag=g_fprintf:2:c-format \
  --flag=g_sprintf:2:c-format \
  --flag=g_snprintf:3:c-format \
  --msgid-bugs-address=https://github.com/glossapp/gloss/issues \
  --copyright-holder="The Gloss developers"
