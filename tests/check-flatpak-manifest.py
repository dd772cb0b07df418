#!/usr/bin/env python3
# check-flatpak-manifest.py — load the Flatpak manifest the way a build does
# (flatpak-builder --show-manifest) and fail on any warning, or if flatpak-builder did not
# understand a key (what it shows back differs from the file).
#
#   check-flatpak-manifest.py MANIFEST
#
# SPDX-License-Identifier: GPL-3.0-or-later
import json
import os
import shutil
import subprocess
import sys
import tempfile


def main(manifest):
    builder = shutil.which("flatpak-builder")
    if builder is None:
        print("flatpak-builder is not installed (build-aux/dev installs it)")
        return 77
    manifest = os.path.abspath(manifest)
    # flatpak-builder keeps a state directory in the current directory: give it a scratch one.
    with tempfile.TemporaryDirectory(prefix="liver-guide-flatpak-") as scratch:
        result = subprocess.run([builder, "--show-manifest", manifest], cwd=scratch,
                                capture_output=True, text=True)
    if result.returncode != 0 or result.stderr.strip():
        print(f"flatpak-builder --show-manifest {manifest}: exit {result.returncode}")
        print(result.stderr.strip())
        return 1
    with open(manifest, encoding="utf-8") as f:
        written = json.load(f)
    shown = json.loads(result.stdout)
    if shown != written:
        print(f"flatpak-builder read {manifest} differently from how it is written:")
        print(json.dumps(shown, indent=2, sort_keys=True))
        return 1
    print(f"flatpak-builder loads {os.path.basename(manifest)} with no warning: {shown['id']}, "
          f"{shown['runtime']}//{shown['runtime-version']}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print("usage: check-flatpak-manifest.py MANIFEST", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1]))
