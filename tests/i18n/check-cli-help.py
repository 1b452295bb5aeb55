#!/usr/bin/env python3
"""check-cli-help.py GLOSS-CLI LOCALEDIR [LANGUAGE]

`gloss-cli --help` (and each command's --help) is translated: every message
of the catalogue that the English help shows appears translated in the help
printed under LANGUAGE (zh_CN by default).
"""
import gettext
import os
import re
import subprocess
import sys

COMMANDS = [["--help"], ["import", "--help"], ["export", "--help"], ["stats", "--help"],
            ["validate", "--help"], ["fmt", "--help"]]


def run(cli, args, language, localedir):
    env = dict(os.environ)
    env["LC_ALL"] = "C.UTF-8"
    env["LANGUAGE"] = language
    env["GLOSS_LOCALEDIR"] = localedir
    proc = subprocess.run([cli] + args, env=env, capture_output=True, text=True, timeout=60)
    return proc.returncode, proc.stdout + proc.stderr


def main():
    cli, localedir = sys.argv[1], sys.argv[2]
    language = sys.argv[3] if len(sys.argv) > 3 else "zh_CN"
    mo = os.path.join(localedir, language, "LC_MESSAGES", "gloss.mo")
    with open(mo, "rb") as f:
        catalog = gettext.GNUTranslations(f)._catalog
    # plain messages whose text can appear verbatim in the output
    messages = {k: v for k, v in catalog.items()
                if isinstance(k, str) and k and "%" not in k and "\x04" not in k
                and len(k) >= 4 and v and v != k}

    errors = []
    checked = 0
    for args in COMMANDS:
        code_en, english = run(cli, args, "", localedir)
        code_tr, translated = run(cli, args, language, localedir)
        label = "gloss-cli " + " ".join(args)
        if code_en != 0 or code_tr != 0:
            if args == ["--help"]:
                errors.append("%s exited with %d/%d" % (label, code_en, code_tr))
            continue
        if english == translated:
            errors.append("%s prints the same text in %s as in English" % (label, language))
            continue
        # longest first, so a short message inside a longer one is not counted twice
        shown = []
        rest = english
        for msgid in sorted(messages, key=len, reverse=True):
            if re.search(r"(?<!\w)" + re.escape(msgid) + r"(?!\w)", rest):
                shown.append(msgid)
                rest = rest.replace(msgid, "")
        if not shown:
            errors.append("%s shows none of the catalogue's messages" % label)
        for msgid in shown:
            checked += 1
            if messages[msgid] not in translated:
                errors.append("%s: %r is not shown as %r" % (label, msgid, messages[msgid]))
        print("%s: %d messages translated" % (label, len(shown)))

    for e in errors:
        print("error:", e)
    if not errors:
        print("%d messages of the help checked in %s" % (checked, language))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
