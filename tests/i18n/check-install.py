#!/usr/bin/env python3
"""check-install.py BUILDDIR PREFIX BINDIR DATADIR LOCALEDIR UI LANG...

Runs `meson install --destdir` into a temporary directory and checks that the
tree holds everything a desktop needs: the programs, the desktop file, the
metainfo, the schema, the icons, the MIME type, the sample and a compiled
catalogue for each language. It only reads the build tree.
"""
import gettext
import os
import shutil
import subprocess
import sys
import tempfile

APP_ID = "io.github.glossapp.Gloss"


def main():
    builddir, prefix, bindir, datadir, localedir, ui = sys.argv[1:7]
    langs = sys.argv[7:]
    ui = ui == "true"
    srcroot = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    meson = shutil.which("meson") or "meson"

    tmp = tempfile.mkdtemp(prefix="gloss-install-")
    try:
        proc = subprocess.run([meson, "install", "-C", builddir, "--destdir", tmp,
                               "--no-rebuild", "--quiet"],
                              capture_output=True, text=True, timeout=600)
        if proc.returncode != 0:
            print(proc.stdout, proc.stderr)
            print("error: meson install failed with status %d" % proc.returncode)
            return 1

        def root(d):
            return tmp + os.path.join(prefix, d)

        bin_dir, data_dir, locale_dir = root(bindir), root(datadir), root(localedir)
        expect = [os.path.join(bin_dir, "gloss-cli")]
        if ui:
            expect += [
                os.path.join(bin_dir, "gloss"),
                os.path.join(data_dir, "applications", APP_ID + ".desktop"),
                os.path.join(data_dir, "metainfo", APP_ID + ".metainfo.xml"),
                os.path.join(data_dir, "glib-2.0", "schemas", APP_ID + ".gschema.xml"),
                os.path.join(data_dir, "icons", "hicolor", "scalable", "apps", APP_ID + ".svg"),
                os.path.join(data_dir, "icons", "hicolor", "symbolic", "apps", APP_ID + "-symbolic.svg"),
                os.path.join(data_dir, "mime", "packages", APP_ID + ".xml"),
            ]
            if os.path.exists(os.path.join(srcroot, "data", "sample-briefing.txt")):
                expect.append(os.path.join(data_dir, "gloss", "sample-briefing.txt"))
        mos = [os.path.join(locale_dir, lang, "LC_MESSAGES", "gloss.mo") for lang in langs]
        expect += mos

        errors = []
        for path in expect:
            if not os.path.isfile(path):
                errors.append("not installed: " + os.path.relpath(path, tmp))
            elif path.startswith(bin_dir) and not os.access(path, os.X_OK):
                errors.append("not executable: " + os.path.relpath(path, tmp))
        for lang, mo in zip(langs, mos):
            if os.path.isfile(mo):
                with open(mo, "rb") as f:
                    n = len(gettext.GNUTranslations(f)._catalog)
                if n < 2:
                    errors.append("%s holds no translation" % os.path.relpath(mo, tmp))
        if ui:
            desktop = os.path.join(data_dir, "applications", APP_ID + ".desktop")
            if os.path.isfile(desktop):
                text = open(desktop, encoding="utf-8").read()
                for lang in langs:
                    if "Comment[%s]=" % lang not in text:
                        errors.append("the installed desktop file has no Comment[%s]" % lang)

        for e in errors:
            print("error:", e)
        if not errors:
            print("installed %d files as expected under %s" % (len(expect), prefix))
        return 1 if errors else 0
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
