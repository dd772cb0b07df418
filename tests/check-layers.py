#!/usr/bin/env python3
"""Fails when a lower layer of src/ reaches up (src/DESIGN.md, "Layers").

Usage: check-layers.py core FILE… -- render FILE… -- app FILE…
Each FILE is a .c of that layer; its .h beside it (when there is one) belongs to the same layer,
as does any header named with --header=LAYER:NAME. The core and the renderer may not include a
GTK, GDK or libadwaita header, use GSettings or read a setting; no file may include a header of a
layer above its own. Prints every breach and exits 1 when there is one.
"""
import os
import re
import sys

RANK = {'core': 0, 'render': 1, 'app': 2}
FORBIDDEN_BELOW_APP = [
    (re.compile(r'#\s*include\s*<(gtk|gdk|gsk|adwaita)[/.]'), 'includes a GTK/libadwaita header'),
    (re.compile(r'#\s*include\s*<gio/gsettings'), 'includes the GSettings header'),
    (re.compile(r'\bGSettings\b|\bg_settings_\w+'), 'uses GSettings'),
    (re.compile(r'\bGtk[A-Z]\w*|\bgtk_\w+|\bAdw[A-Z]\w*|\badw_\w+'), 'uses GTK or libadwaita'),
]
INCLUDE = re.compile(r'#\s*include\s*"(lg-[a-z0-9-]+\.h)"')


def strip_comments(text):
    return re.sub(r'/\*.*?\*/|//[^\n]*', '', text, flags=re.S)


def main(argv):
    layer_of = {}
    files = []
    layer = None
    for arg in argv:
        if arg == '--':
            layer = None
        elif arg.startswith('--header='):
            lay, name = arg[len('--header='):].split(':', 1)
            layer_of[os.path.basename(name)] = lay
            files.append((lay, name))
        elif layer is None:
            layer = arg
        else:
            header = arg[:-2] + '.h'
            layer_of[os.path.basename(header)] = layer
            files.append((layer, arg))
            if os.path.exists(header):
                files.append((layer, header))

    breaches = []
    for layer, path in files:
        with open(path, encoding='utf-8') as f:
            code = strip_comments(f.read())
        name = os.path.basename(path)
        if layer != 'app':
            for pattern, what in FORBIDDEN_BELOW_APP:
                m = pattern.search(code)
                if m:
                    breaches.append(f'{name} ({layer}) {what}: {m.group(0)}')
        for included in INCLUDE.findall(code):
            other = layer_of.get(included)
            if other is None:
                breaches.append(f'{name} ({layer}) includes {included}, which is in no layer')
            elif RANK[other] > RANK[layer]:
                breaches.append(f'{name} ({layer}) includes {included} from the {other} layer above it')
    for b in breaches:
        print(b)
    print(f'{len(files)} files checked, {len(breaches)} breaches')
    return 1 if breaches else 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
