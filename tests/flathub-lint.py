#!/usr/bin/env python3
# flathub-lint.py — the Flathub linter's rules that can be checked offline, for Liver Guide.
#
#   flathub-lint.py MANIFEST METAINFO DESKTOP SCREENSHOT_DIR
#       Checks the Flatpak manifest, the (merged) metainfo and desktop file, and the store
#       screenshots. Prints one line per fault, naming the file, and exits 1 if there is any.
#   flathub-lint.py --self-test MANIFEST METAINFO DESKTOP SCREENSHOT_DIR
#       Breaks the same files in memory, one rule at a time, and checks (TAP) that each break
#       is reported and that the real files pass.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import configparser
import copy
import json
import os
import struct
import sys
import xml.etree.ElementTree as ET

# What the app may do from inside its sandbox. Saving a PDF goes through the file chooser portal,
# printing through the print portal, keeping the screen awake through the inhibit portal: no
# network, no file system. A new permission is a decision: change it here and say why.
FINISH_ARGS = ["--share=ipc", "--socket=fallback-x11", "--socket=wayland", "--device=dri"]
SCREENSHOT_URL = "https://raw.githubusercontent.com/liverguide/liver-guide/main/data/screenshots/"
SCREENSHOT_MAX = (1000, 700)
SUMMARY_MAX = 35


class Package:
    """The files the rules read, parsed once, so the self-test can break them in memory."""

    def __init__(self, manifest, metainfo, desktop, screenshot_dir):
        self.manifest_path, self.metainfo_path, self.desktop_path = manifest, metainfo, desktop
        self.screenshot_dir = screenshot_dir
        with open(manifest, encoding="utf-8") as f:
            self.manifest = json.load(f)
        self.metainfo = ET.parse(metainfo).getroot()
        parser = configparser.ConfigParser(interpolation=None, strict=True)
        parser.optionxform = str  # desktop keys are case-sensitive
        parser.read(desktop, encoding="utf-8")
        self.desktop = dict(parser["Desktop Entry"])

    def app_id(self):
        return self.manifest.get("id") or self.manifest.get("app-id") or ""


XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def untranslated(root, path):
    """The element at @path that is not a translation (msgfmt adds those with xml:lang)."""
    return next((node for node in root.findall(path) if XML_LANG not in node.attrib), None)


def text(root, path):
    node = untranslated(root, path)
    return (node.text or "").strip() if node is not None else None


def png_size(path):
    with open(path, "rb") as f:
        head = f.read(24)
    if head[:8] != b"\x89PNG\r\n\x1a\n" or head[12:16] != b"IHDR":
        return None
    return struct.unpack(">II", head[16:24])


def check_ids(p):
    faults = []
    app_id = p.app_id()
    manifest_name = os.path.basename(p.manifest_path)
    desktop_name = os.path.basename(p.desktop_path)
    if not app_id:
        return [f"{manifest_name}: no id"]
    if os.path.splitext(manifest_name)[0] != app_id:
        faults.append(f"{manifest_name}: the file name does not match the id {app_id}")
    if text(p.metainfo, "id") != app_id:
        faults.append(f"{os.path.basename(p.metainfo_path)}: <id> is {text(p.metainfo, 'id')!r}, not {app_id}")
    if desktop_name != app_id + ".desktop":
        faults.append(f"{desktop_name}: the desktop file is not named {app_id}.desktop")
    launchable = p.metainfo.find("launchable[@type='desktop-id']")
    if launchable is None or (launchable.text or "").strip() != desktop_name:
        faults.append(f"{os.path.basename(p.metainfo_path)}: <launchable type=\"desktop-id\"> is not {desktop_name}")
    if p.desktop.get("Icon") != app_id:
        faults.append(f"{desktop_name}: Icon is {p.desktop.get('Icon')!r}, not {app_id}")
    return faults


def check_command(p):
    command = p.manifest.get("command")
    exec_line = p.desktop.get("Exec", "").split()
    binary = text(p.metainfo, "provides/binary")
    if not command:
        return [f"{os.path.basename(p.manifest_path)}: no command"]
    faults = []
    if not exec_line or exec_line[0] != command:
        faults.append(f"{os.path.basename(p.desktop_path)}: Exec does not run {command}")
    if binary != command:
        faults.append(f"{os.path.basename(p.metainfo_path)}: <provides><binary> is {binary!r}, not {command}")
    return faults


def check_runtime(p):
    name = os.path.basename(p.manifest_path)
    faults = []
    version = p.manifest.get("runtime-version")
    if not isinstance(version, str) or not version or version in ("master", "stable"):
        faults.append(f"{name}: runtime-version is not stated as a stable version")
    if p.manifest.get("runtime") != "org.gnome.Platform" or p.manifest.get("sdk") != "org.gnome.Sdk":
        faults.append(f"{name}: the runtime and sdk are not org.gnome.Platform and org.gnome.Sdk")
    if p.manifest.get("separate-locales") is not False:
        faults.append(f"{name}: separate-locales is not false, so content languages would not all ship")
    modules = p.manifest.get("modules") or []
    app = modules[-1] if modules and isinstance(modules[-1], dict) else {}
    if app.get("buildsystem") != "meson":
        faults.append(f"{name}: the app module does not build with meson")
    sources = [s for s in app.get("sources", []) if s.get("type") == "dir"]
    checkout = os.path.join(os.path.dirname(os.path.abspath(p.manifest_path)), sources[0].get("path", "")) if sources else None
    if checkout is None or not os.path.isfile(os.path.join(checkout, "meson.build")):
        faults.append(f"{name}: the app module's source is not a dir source pointing at the checkout")
    return faults


def check_finish_args(p):
    name = os.path.basename(p.manifest_path)
    args = p.manifest.get("finish-args")
    if not isinstance(args, list) or not args:
        return [f"{name}: no finish-args"]
    faults = []
    for needed in ("--socket=wayland", "--socket=fallback-x11", "--share=ipc"):
        if needed not in args:
            faults.append(f"{name}: finish-args lack {needed}")
    for arg in args:
        if arg == "--socket=x11":
            faults.append(f"{name}: finish-args have --socket=x11; with wayland use --socket=fallback-x11")
        elif arg == "--share=network":
            faults.append(f"{name}: finish-args have --share=network; the app works offline")
        elif arg.startswith("--filesystem="):
            place = arg.split("=", 1)[1].split(":", 1)[0]
            if place in ("home", "host", "host-os", "host-etc") or place.startswith("~"):
                faults.append(f"{name}: finish-args have {arg}; files go through the portals")
    if sorted(args) != sorted(FINISH_ARGS) and not faults:
        faults.append(f"{name}: finish-args are {args}, not the agreed {FINISH_ARGS}")
    return faults


def check_metainfo(p):
    name = os.path.basename(p.metainfo_path)
    m = p.metainfo
    faults = []
    summary = text(m, "summary") or ""
    if not summary or len(summary) > SUMMARY_MAX or summary.endswith("."):
        faults.append(f"{name}: <summary> {summary!r} is empty, longer than {SUMMARY_MAX} characters or ends in a full stop")
    if not text(m, "name"):
        faults.append(f"{name}: no <name>")
    if m.find("content_rating[@type='oars-1.1']") is None:
        faults.append(f"{name}: no OARS 1.1 <content_rating>")
    if not text(m, "developer/name") and not text(m, "developer_name"):
        faults.append(f"{name}: no developer name")
    for kind in ("homepage", "bugtracker", "vcs-browser"):
        if not text(m, f"url[@type='{kind}']"):
            faults.append(f"{name}: no <url type=\"{kind}\">")
    if m.find("translation[@type='gettext']") is None:
        faults.append(f"{name}: no <translation type=\"gettext\">")
    releases = m.findall("releases/release")
    if not releases or any(r.find("description") is None for r in releases):
        faults.append(f"{name}: no releases, or a release without notes")
    if len(m.findall("branding/color")) < 2:
        faults.append(f"{name}: fewer than two <branding> colours")
    return faults


def check_screenshots(p):
    name = os.path.basename(p.metainfo_path)
    shots = p.metainfo.findall("screenshots/screenshot")
    faults = []
    if not 3 <= len(shots) <= 5:
        faults.append(f"{name}: {len(shots)} screenshots; the store wants 3 to 5")
    for shot in shots:
        image = shot.find("image")
        url = (image.text or "").strip() if image is not None else ""
        if not text(shot, "caption"):
            faults.append(f"{name}: the screenshot {url or '(no image)'} has no caption")
        if not url.startswith(SCREENSHOT_URL):
            faults.append(f"{name}: the screenshot {url!r} is not under {SCREENSHOT_URL}")
            continue
        path = os.path.join(p.screenshot_dir, url[len(SCREENSHOT_URL):])
        size = png_size(path) if os.path.isfile(path) else None
        if size is None:
            faults.append(f"{name}: the screenshot {url} is not a PNG in data/screenshots/")
            continue
        if size[0] > SCREENSHOT_MAX[0] or size[1] > SCREENSHOT_MAX[1]:
            faults.append(f"{path}: {size[0]}×{size[1]} is larger than {SCREENSHOT_MAX[0]}×{SCREENSHOT_MAX[1]}")
        stated = (image.get("width"), image.get("height"))
        if stated != (None, None) and stated != (str(size[0]), str(size[1])):
            faults.append(f"{name}: the screenshot {url} says {stated[0]}×{stated[1]} but is {size[0]}×{size[1]}")
    return faults


RULES = [check_ids, check_command, check_runtime, check_finish_args, check_metainfo, check_screenshots]


def lint(p):
    return [fault for rule in RULES for fault in rule(p)]


def set_text(path, value):
    def mutate(p):
        untranslated(p.metainfo, path).text = value
    return mutate


def remove(path):
    def mutate(p):
        node = untranslated(p.metainfo, path)
        parent = p.metainfo.find(path.rsplit("/", 1)[0]) if "/" in path else p.metainfo
        parent.remove(node)
    return mutate


def manifest_set(key, value):
    def mutate(p):
        if value is None:
            del p.manifest[key]
        else:
            p.manifest[key] = value
    return mutate


def finish_args(change):
    def mutate(p):
        p.manifest["finish-args"] = change(list(p.manifest["finish-args"]))
    return mutate


def desktop_set(key, value):
    def mutate(p):
        p.desktop[key] = value
    return mutate


def self_test(p):
    breaks = [
        ("the manifest id differs from its file name", "file name does not match", manifest_set("id", "io.github.liverguide.Other")),
        ("the metainfo id differs", "<id> is", set_text("id", "io.github.liverguide.Other")),
        ("the launchable names another desktop file", "<launchable", set_text("launchable", "other.desktop")),
        ("the desktop Icon differs from the id", "Icon is", desktop_set("Icon", "liver-guide")),
        ("the desktop file has another name", "is not named", lambda p: setattr(p, "desktop_path", "/x/liver-guide.desktop")),
        ("the command differs from Exec", "Exec does not run", desktop_set("Exec", "liverguide")),
        ("no finish-args", "no finish-args", manifest_set("finish-args", None)),
        ("--share=network", "have --share=network", finish_args(lambda a: a + ["--share=network"])),
        ("--filesystem=home", "have --filesystem=home", finish_args(lambda a: a + ["--filesystem=home"])),
        ("--filesystem=host:ro", "have --filesystem=host:ro", finish_args(lambda a: a + ["--filesystem=host:ro"])),
        ("--filesystem=~/Documents", "have --filesystem=~/Documents", finish_args(lambda a: a + ["--filesystem=~/Documents"])),
        ("no wayland", "lack --socket=wayland", finish_args(lambda a: [x for x in a if x != "--socket=wayland"])),
        ("x11 instead of fallback-x11", "have --socket=x11", finish_args(lambda a: [x.replace("fallback-x11", "x11") for x in a])),
        ("no ipc", "lack --share=ipc", finish_args(lambda a: [x for x in a if x != "--share=ipc"])),
        ("a permission beyond the agreed ones", "not the agreed", finish_args(lambda a: a + ["--socket=pulseaudio"])),
        ("no runtime-version", "runtime-version", manifest_set("runtime-version", None)),
        ("runtime-version master", "runtime-version", manifest_set("runtime-version", "master")),
        ("separate-locales left at its default", "separate-locales", manifest_set("separate-locales", None)),
        ("a summary longer than 35 characters", "<summary>", set_text("summary", "Learn about liver metastases and how to treat them")),
        ("a summary ending in a full stop", "<summary>", set_text("summary", "Learn about liver metastases.")),
        ("no content rating", "<content_rating>", remove("content_rating")),
        ("no bugtracker URL", "bugtracker", remove("url[@type='bugtracker']")),
        ("no release notes", "without notes", remove("releases/release/description")),
        ("a screenshot without a caption", "no caption", remove("screenshots/screenshot/caption")),
        ("a screenshot that is not in data/screenshots", "not a PNG in data/screenshots", set_text("screenshots/screenshot/image", SCREENSHOT_URL + "missing.png")),
        ("a screenshot of another size than stated", "says 1200", lambda p: p.metainfo.find("screenshots/screenshot/image").set("width", "1200")),
        ("two screenshots", "2 screenshots", lambda p: [remove("screenshots/screenshot")(p) for _ in range(len(p.metainfo.findall("screenshots/screenshot")) - 2)]),
    ]
    print(f"1..{len(breaks) + 1}")
    failed = 0
    faults = lint(p)
    print(("ok" if not faults else "not ok") + " 1 - the real files pass")
    for fault in faults:
        print(f"# {fault}")
    failed += bool(faults)
    for n, (what, expected, mutate) in enumerate(breaks, start=2):
        broken = copy.deepcopy(p)
        mutate(broken)
        faults = lint(broken)
        reported = any(expected in fault for fault in faults)
        print(("ok" if reported else "not ok") + f" {n} - reported: {what}")
        for fault in faults:
            print(f"# {fault}")
        failed += not reported
    return 1 if failed else 0


def main(argv):
    if argv[1:2] == ["--self-test"]:
        return self_test(Package(*argv[2:6]))
    if len(argv) != 5:
        print("usage: flathub-lint.py [--self-test] MANIFEST METAINFO DESKTOP SCREENSHOT_DIR", file=sys.stderr)
        return 2
    faults = lint(Package(*argv[1:5]))
    for fault in faults:
        print(fault)
    print(f"flathub-lint: {len(faults)} faults" if faults else "flathub-lint: no faults")
    return 1 if faults else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
