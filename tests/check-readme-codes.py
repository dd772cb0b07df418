#!/usr/bin/env python3
# check-readme-codes.py — the code table in README.md ("Linking from a health record") is the
# codes the topics list in data/content/*.json: same topics, systems, codes and names, in the
# content's order, so the table an integrator reads cannot drift from what --resolve answers.
#
#   check-readme-codes.py README.md CONTENT_DIR
#
# With --print, prints the table the README should hold.
# SPDX-License-Identifier: GPL-3.0-or-later
import glob
import json
import os
import sys

LABELS = {"icd10cm": "ICD-10-CM", "snomedct": "SNOMED CT", "cpt": "CPT"}
BEGIN = "<!-- codes: begin (tests/check-readme-codes.py) -->"
END = "<!-- codes: end -->"


def table(content_dir):
    topics = []
    for path in glob.glob(os.path.join(content_dir, "*.json")):
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        if "codes" in data:
            topics.append((data.get("order", 0), data["id"], data["codes"]))
    lines = ["| topic | system | code | the code system's name for it |", "| --- | --- | --- | --- |"]
    for _, topic, codes in sorted(topics):
        for c in codes:
            lines.append(f"| `{topic}` | {LABELS[c['system']]} | {c['code']} | {c['display']} |")
    return "\n".join(lines)


def main(argv):
    if argv[1] == "--print":
        print(table(argv[2]))
        return 0
    readme, content_dir = argv[1:3]
    with open(readme, encoding="utf-8") as f:
        text = f.read()
    if BEGIN not in text or END not in text:
        print(f"{readme}: no code table between {BEGIN} and {END}")
        return 1
    written = text.split(BEGIN, 1)[1].split(END, 1)[0].strip()
    wanted = table(content_dir)
    if written != wanted:
        print(f"{readme}: the code table differs from the content's codes; it should read:\n{wanted}")
        return 1
    print(f"{readme}: the code table is the content's {len(wanted.splitlines()) - 2} codes")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print("usage: check-readme-codes.py README.md CONTENT_DIR | --print CONTENT_DIR", file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv))
