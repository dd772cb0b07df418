#!/usr/bin/env python3
# check-flatpak-manifest.py — load the Flatpak manifest the way a build does
# (flatpak-builder --show-manifest) and fail on any warning, or if flatpak-builder did not
# understand a key (what it shows back differs from the file).
#
#   check-flatpak-manifest.py MANIFEST [DATA_DIR]
#
# With DATA_DIR (data/): the files Flatpak exports from the app to the host are named as Flatpak
# exports them. Flatpak exports share/gnome-shell/search-providers/ and share/dbus-1/services/
# files whose names begin with the app id, and a sandboxed app already owns its own id on the
# session bus (the bus name the search provider and D-Bus activation use), so the manifest needs
# no --own-name for it.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import configparser
import glob
import json
import os
import shutil
import subprocess
import sys
import tempfile


def check_exports(shown, data_dir):
    app_id = shown["id"]
    faults = []
    for arg in shown.get("finish-args", []):
        if arg.startswith("--own-name="):
            faults.append(f"finish-args: {arg}: the app owns {app_id} without it; no other name is needed")
    inis = glob.glob(os.path.join(data_dir, "*.search-provider.ini"))
    services = glob.glob(os.path.join(data_dir, "*.service.in")) + glob.glob(os.path.join(data_dir, "*.service"))
    if not inis:
        faults.append(f"{data_dir}: no search provider file (*.search-provider.ini)")
    for path in inis + services:
        name = os.path.basename(path)
        if not name.startswith(app_id + "."):
            faults.append(f"{name}: Flatpak exports only files named {app_id}.*; this one stays in the sandbox")
    for path in inis:
        ini = configparser.ConfigParser(interpolation=None)
        ini.optionxform = str
        ini.read(path, encoding="utf-8")
        section = ini["Shell Search Provider"] if ini.has_section("Shell Search Provider") else {}
        for key, value in {"DesktopId": f"{app_id}.desktop", "BusName": app_id,
                           "ObjectPath": "/" + app_id.replace(".", "/") + "/SearchProvider"}.items():
            if section.get(key) != value:
                faults.append(f"{os.path.basename(path)}: {key} is {section.get(key)!r}; the app in the "
                              f"sandbox answers as {value!r}")
    for path in services:
        bus = configparser.ConfigParser(interpolation=None)
        bus.optionxform = str
        bus.read(path, encoding="utf-8")
        section = bus["D-BUS Service"] if bus.has_section("D-BUS Service") else {}
        if section.get("Name") != app_id:
            faults.append(f"{os.path.basename(path)}: Name is {section.get('Name')!r}, not {app_id!r}")
    return faults


def main(manifest, data_dir=None):
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
    faults = check_exports(shown, data_dir) if data_dir else []
    for fault in faults:
        print(fault)
    if faults:
        return 1
    print(f"flatpak-builder loads {os.path.basename(manifest)} with no warning: {shown['id']}, "
          f"{shown['runtime']}//{shown['runtime-version']}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        print("usage: check-flatpak-manifest.py MANIFEST [DATA_DIR]", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(*sys.argv[1:]))
