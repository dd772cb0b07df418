#!/usr/bin/env python3
"""bench-reference-page.py CONTENT_DIR ILLUSTRATIONS_DIR OUT — what Liver Guide's first frame shows,
as plain lines for tests/bench-reference.c's minimal window (LG_BENCH_REFERENCE_MINIMAL): the
sidebar's group headings, topic titles and views in the app's order, then the first topic's first screen
(title, subtitle, In short, its Sources button, the picture, the Draw button, caption and legend).
Each line is KIND<TAB>TEXT; the reference builds one plain GTK widget per line.
SPDX-License-Identifier: GPL-3.0-or-later"""
import glob
import json
import os
import re
import sys

content, illustrations, out = sys.argv[1:4]
labels = json.load(open(os.path.join(content, "labels.json"), encoding="utf-8"))["labels"]
glossary = json.load(open(os.path.join(content, "glossary.json"), encoding="utf-8"))
terms = {t["id"]: t["term"] for t in glossary["terms"]}
topics = []
for path in glob.glob(os.path.join(content, "*.json")):
    data = json.load(open(path, encoding="utf-8"))
    if "sections" in data:
        topics.append(data)
groups = ["understanding", "surgery", "therapies", "next-steps"]
topics.sort(key=lambda t: (groups.index(t["group"]), t["order"]))


def marks(text):
    """[[id]] and [[id|words]] as the links the app shows (Pango markup)."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return re.sub(r"\[\[([^]|]+)(?:\|([^]]+))?\]\]",
                  lambda m: f'<a href="term:{m[1]}">{m[2] or terms[m[1]]}</a>', text)


lines = []
for group in groups:
    lines.append(("group", labels["group-" + group]))
    lines += [("row", t["title"]) for t in topics if t["group"] == group]
# The views' rows close "Next steps" (lg-window-sidebar.c).
lines += [("row", labels[key]) for key in ("view-questions", "view-compare", "view-glossary")]
first = topics[0]
lines += [("title", first["title"]), ("subtitle", first["subtitle"]),
          ("heading", labels["in-short"]), ("text", marks(first["in_short"])),
          ("button", labels["sources"])]
picture = first.get("illustration")
if picture:
    lines += [("picture", os.path.abspath(os.path.join(illustrations, picture["file"]))),
              ("button", "Draw"), ("caption", picture["caption"])]
    lines += [("legend", f"{i}. {text}") for i, text in enumerate(picture["legend"], 1)]
with open(out, "w", encoding="utf-8") as f:
    f.writelines(f"{kind}\t{text}\n" for kind, text in lines)
