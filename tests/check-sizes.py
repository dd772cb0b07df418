#!/usr/bin/env python3
"""Fails when a file in src/ is longer than MAX_FILE lines or a function longer than MAX_FUNCTION.

A function is what GNOME's C style writes: its body opens with "{" in the first column and closes
with "}" in the first column. The limits are the architecture's (src/DESIGN.md): a newcomer reads a
file in one sitting and a function on one screen.
"""
import pathlib
import sys

MAX_FILE = 600
MAX_FUNCTION = 80


def functions(lines):
    start = None
    for number, line in enumerate(lines, 1):
        if line.startswith("{"):
            start = number
        elif line.startswith("}") and start is not None:
            # the name is on the last line before the body that starts with an identifier and "("
            name = "?"
            for back in range(start - 2, max(start - 12, -1), -1):
                text = lines[back]
                if text[:1].isalpha() and "(" in text:
                    name = text.split("(")[0].split()[-1].lstrip("*")
                    break
            yield name, start, number
            start = None


def main(folder):
    problems = []
    for path in sorted(pathlib.Path(folder).glob("*.c")):
        lines = path.read_text(encoding="utf-8").splitlines()
        if len(lines) > MAX_FILE:
            problems.append(f"{path.name}: {len(lines)} lines (at most {MAX_FILE})")
        for name, start, end in functions(lines):
            body = end - start - 1
            if body > MAX_FUNCTION:
                problems.append(f"{path.name}:{start}: {name}() is {body} lines (at most {MAX_FUNCTION})")
    for problem in problems:
        print(problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "src"))
