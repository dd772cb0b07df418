#!/usr/bin/env python3
# check-installed-tree.py — install the build into a temporary DESTDIR, as a distribution package
# would, and check that every file is where the freedesktop specifications put it and that the
# tree validates.
#
#   check-installed-tree.py MESON BUILD_DIR APP_ID PREFIX BINDIR DATADIR LOCALEDIR LINGUAS
#
# BINDIR, DATADIR and LOCALEDIR are absolute (prefix included); LINGUAS is po/LINGUAS.
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import shutil
import subprocess
import sys
import tempfile
import configparser
import xml.etree.ElementTree as ET

# Where an installed file may live, relative to DATADIR (and BINDIR for programs).
ALLOWED_IN_DATADIR = (
    "applications/",          # Desktop Entry Specification
    "metainfo/",              # AppStream
    "icons/hicolor/",         # Icon Theme Specification
    "glib-2.0/schemas/",      # GSettings
    "locale/",                # gettext catalogues
    "man/",                   # manual pages
    "liver-guide/",           # the app's own data
    "gnome-shell/search-providers/",  # GNOME Shell's search providers
    "dbus-1/services/",       # D-Bus session services (activation)
)


def check_search_provider(ini, service, app_id, bindir):
    """The Shell finds the provider at the name and path the app exports it, and D-Bus starts the
    app when the Shell (or a DBusActivatable desktop file) calls that name."""
    faults = []
    provider = configparser.ConfigParser(interpolation=None)
    provider.optionxform = str
    provider.read(ini, encoding="utf-8")
    wanted = {
        "DesktopId": f"{app_id}.desktop",
        "BusName": app_id,
        "ObjectPath": "/" + app_id.replace(".", "/") + "/SearchProvider",
        "Version": "2",
    }
    section = provider["Shell Search Provider"] if provider.has_section("Shell Search Provider") else {}
    for key, value in wanted.items():
        if section.get(key) != value:
            faults.append(f"{ini}: [Shell Search Provider] {key} is {section.get(key)!r}, not {value!r}")
    bus = configparser.ConfigParser(interpolation=None)
    bus.optionxform = str
    bus.read(service, encoding="utf-8")
    section = bus["D-BUS Service"] if bus.has_section("D-BUS Service") else {}
    for key, value in {"Name": app_id, "Exec": f"{bindir}/liver-guide --gapplication-service"}.items():
        if section.get(key) != value:
            faults.append(f"{service}: [D-BUS Service] {key} is {section.get(key)!r}, not {value!r}")
    return faults


def run(argv):
    result = subprocess.run(argv, capture_output=True, text=True)
    return result.returncode, (result.stdout + result.stderr).strip()


def main(argv):
    meson, build_dir, app_id, prefix, bindir, datadir, localedir, linguas = argv[1:9]
    faults = []

    with open(linguas, encoding="utf-8") as f:
        languages = [word for line in f for word in line.split("#", 1)[0].split()]

    with tempfile.TemporaryDirectory(prefix="liver-guide-destdir-") as destdir:
        status, output = run([meson, "install", "-C", build_dir, "--destdir", destdir, "--no-rebuild", "--quiet"])
        if status != 0:
            print(f"meson install failed:\n{output}")
            return 1

        def installed(path):
            return os.path.join(destdir, path.lstrip("/"))

        files = sorted(os.path.relpath(os.path.join(d, f), destdir)
                       for d, _, names in os.walk(destdir) for f in names)
        print("# installed:")
        for f in files:
            print(f"#   /{f}")

        expected = {
            f"{bindir}/liver-guide": "the program",
            f"{datadir}/applications/{app_id}.desktop": "the desktop file",
            f"{datadir}/metainfo/{app_id}.metainfo.xml": "the metainfo",
            f"{datadir}/icons/hicolor/scalable/apps/{app_id}.svg": "the app icon",
            f"{datadir}/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg": "the symbolic icon",
            f"{datadir}/glib-2.0/schemas/{app_id}.gschema.xml": "the settings schema",
            f"{datadir}/gnome-shell/search-providers/{app_id}.search-provider.ini": "the search provider",
            f"{datadir}/dbus-1/services/{app_id}.service": "the D-Bus service",
        }
        for lang in languages:
            expected[f"{localedir}/{lang}/LC_MESSAGES/liver-guide.mo"] = f"the {lang} translation"
        for path, what in expected.items():
            if not os.path.isfile(installed(path)):
                faults.append(f"{what} is not installed as {path}")
        if not os.access(installed(f"{bindir}/liver-guide"), os.X_OK):
            faults.append(f"{bindir}/liver-guide is not executable")

        for f in files:
            path = "/" + f
            if path.startswith(bindir + "/"):
                continue
            rel = os.path.relpath(path, datadir)
            if rel.startswith("..") or not rel.startswith(ALLOWED_IN_DATADIR):
                faults.append(f"{path} is installed outside the places the freedesktop specifications name")
            elif rel.startswith("locale/") and not (len(rel.split("/")) == 4 and rel.split("/")[2] == "LC_MESSAGES"):
                faults.append(f"{path} is not a catalogue in locale/LANG/LC_MESSAGES/")

        for icon in (f"{datadir}/icons/hicolor/scalable/apps/{app_id}.svg",
                     f"{datadir}/icons/hicolor/symbolic/apps/{app_id}-symbolic.svg"):
            if os.path.isfile(installed(icon)):
                try:
                    if not ET.parse(installed(icon)).getroot().tag.endswith("svg"):
                        faults.append(f"{icon} is not an SVG image")
                except ET.ParseError as e:
                    faults.append(f"{icon}: {e}")

        ini = installed(f"{datadir}/gnome-shell/search-providers/{app_id}.search-provider.ini")
        service = installed(f"{datadir}/dbus-1/services/{app_id}.service")
        if os.path.isfile(ini) and os.path.isfile(service):
            faults += check_search_provider(ini, service, app_id, bindir)

        desktop = installed(f"{datadir}/applications/{app_id}.desktop")
        if os.path.isfile(desktop):
            status, output = run(["desktop-file-validate", desktop])
            print(f"# desktop-file-validate: exit {status}")
            for line in output.splitlines():
                print(f"#   {line}")
            # Hints too: "more than one main category" puts the app twice in a menu.
            if status != 0 or output:
                faults.append(f"desktop-file-validate finds fault with the installed desktop file:\n{output}")

        # validate-tree takes the prefix: it reads share/metainfo and share/applications under it.
        status, output = run(["appstreamcli", "validate-tree", "--no-net", "--explain", installed(prefix)])
        print(f"# appstreamcli validate-tree: exit {status}")
        for line in output.splitlines():
            print(f"#   {line}")
        if status != 0:
            faults.append(f"appstreamcli validate-tree rejects the installed tree:\n{output}")
        elif f"{app_id}.metainfo.xml" not in output or "dir-no-metadata-found" in output:
            faults.append("appstreamcli validate-tree did not find the installed metainfo")

        schemas = installed(f"{datadir}/glib-2.0/schemas")
        if os.path.isdir(schemas):
            status, output = run(["glib-compile-schemas", "--strict", "--dry-run", schemas])
            if status != 0:
                faults.append(f"glib-compile-schemas rejects the installed schema:\n{output}")

    for fault in faults:
        print(fault)
    print(f"installed tree: {len(faults)} faults" if faults else f"installed tree: {len(files)} files, all in place")
    return 1 if faults else 0


if __name__ == "__main__":
    if not all(shutil.which(tool) for tool in ("desktop-file-validate", "appstreamcli", "glib-compile-schemas")):
        print("desktop-file-validate, appstreamcli or glib-compile-schemas is missing (build-aux/dev installs them)")
        sys.exit(77)
    sys.exit(main(sys.argv))
