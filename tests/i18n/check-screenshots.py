#!/usr/bin/env python3
"""check-screenshots.py METAINFO SCREENSHOT-DIR

Every screenshot the metainfo names is a PNG in data/screenshots/ whose size
matches the width and height the metainfo gives, and is small enough to ship.
"""
import os
import struct
import sys
import xml.etree.ElementTree as ET

PREFIX = "https://raw.githubusercontent.com/glossapp/gloss/main/data/screenshots/"
MAX_BYTES = 400 * 1024


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def main():
    metainfo, shots_dir = sys.argv[1], sys.argv[2]
    root = ET.parse(metainfo).getroot()
    images = root.findall("./screenshots/screenshot/image")
    errors = []
    if not images:
        errors.append("the metainfo names no screenshot")
    defaults = root.findall("./screenshots/screenshot[@type='default']")
    if len(defaults) != 1:
        errors.append("expected exactly one default screenshot, found %d" % len(defaults))
    for image in images:
        url = (image.text or "").strip()
        if not url.startswith(PREFIX):
            errors.append("%s is not under %s" % (url, PREFIX))
            continue
        name = url[len(PREFIX):]
        path = os.path.join(shots_dir, name)
        if not os.path.isfile(path):
            errors.append("%s: no such file %s" % (url, path))
            continue
        size = png_size(path)
        if size is None:
            errors.append("%s is not a PNG" % path)
            continue
        want = (int(image.get("width", "0")), int(image.get("height", "0")))
        if size != want:
            errors.append("%s is %dx%d, the metainfo says %dx%d" % ((path,) + size + want))
        nbytes = os.path.getsize(path)
        if nbytes > MAX_BYTES:
            errors.append("%s is %d KiB, more than %d KiB" % (path, nbytes // 1024, MAX_BYTES // 1024))
        if not errors:
            print("%s: %dx%d, %d KiB" % (name, size[0], size[1], nbytes // 1024))
    for e in errors:
        print("error:", e)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
