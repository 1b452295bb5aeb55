#!/usr/bin/env python3
"""check-flatpak.py MANIFEST.json METAINFO DESKTOP-FILE

The Flatpak manifest parses, names the same application id as the metainfo
and the desktop file, builds the app with meson from this tree, and asks for
no more than the minimal sandbox holes (files come through the portal).
"""
import json
import os
import sys
import xml.etree.ElementTree as ET

ALLOWED_FINISH_ARGS = {"--share=ipc", "--socket=wayland", "--socket=fallback-x11", "--device=dri"}


def main():
    manifest_path, metainfo, desktop = sys.argv[1:4]
    errors = []
    with open(manifest_path, encoding="utf-8") as f:
        manifest = json.load(f)

    app_id = manifest.get("id") or manifest.get("app-id")
    metainfo_id = ET.parse(metainfo).getroot().findtext("id")
    desktop_id = os.path.basename(desktop)
    if desktop_id.endswith(".desktop"):
        desktop_id = desktop_id[: -len(".desktop")]
    if app_id != metainfo_id:
        errors.append("manifest id %r differs from the metainfo <id> %r" % (app_id, metainfo_id))
    if app_id != desktop_id:
        errors.append("manifest id %r differs from the desktop file name %r" % (app_id, desktop_id))

    if manifest.get("runtime") != "org.gnome.Platform":
        errors.append("runtime is %r, not org.gnome.Platform" % manifest.get("runtime"))
    if manifest.get("sdk") != "org.gnome.Sdk":
        errors.append("sdk is %r, not org.gnome.Sdk" % manifest.get("sdk"))
    if not str(manifest.get("runtime-version", "")).isdigit():
        errors.append("runtime-version %r is not a stable GNOME release" % manifest.get("runtime-version"))
    if manifest.get("command") != "gloss":
        errors.append("command is %r, not gloss" % manifest.get("command"))

    finish_args = manifest.get("finish-args", [])
    extra = [a for a in finish_args if a not in ALLOWED_FINISH_ARGS]
    if extra:
        errors.append("finish-args beyond the minimum: %s" % " ".join(extra))
    missing = ALLOWED_FINISH_ARGS - set(finish_args)
    if missing:
        errors.append("finish-args lack %s" % " ".join(sorted(missing)))

    modules = manifest.get("modules", [])
    app = [m for m in modules if isinstance(m, dict) and m.get("name") == "gloss"]
    if not app:
        errors.append("no module named gloss")
    else:
        app = app[-1]
        if modules[-1] is not app:
            errors.append("the gloss module must be built last")
        if app.get("buildsystem") != "meson":
            errors.append("gloss is built with %r, not meson" % app.get("buildsystem"))
        sources = app.get("sources", [])
        if not any(s.get("type") == "dir" and s.get("path") == ".." for s in sources):
            errors.append("gloss is not built from this tree (a 'dir' source with path '..')")
        if "-Dfuzzing=false" not in app.get("config-opts", []):
            errors.append("config-opts lack -Dfuzzing=false")

    for e in errors:
        print("error:", e)
    if not errors:
        print("%s: %s//%s, finish-args %s" % (app_id, manifest["runtime"],
                                              manifest["runtime-version"], " ".join(finish_args)))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
