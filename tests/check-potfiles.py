#!/usr/bin/env python3
"""Fails when a C file in src/ or a Blueprint file in ui/ marks strings for translation but po/POTFILES.in does not list it
(its strings would silently drop out of the template), or when POTFILES.in lists a missing file."""
import pathlib
import re
import sys

root = pathlib.Path(sys.argv[1])
listed = {line.strip() for line in (root / "po" / "POTFILES.in").read_text().splitlines()
          if line.strip() and not line.startswith("#")}
marked = {str(path.relative_to(root)) for path in sorted((root / "src").glob("*.c"))
          if re.search(r"\b(_|N_|C_|ngettext)\s*\(", path.read_text(encoding="utf-8"))}
marked |= {str(path.relative_to(root)) for path in sorted((root / "ui").glob("*.blp"))
           if re.search(r"\b(_|C_)\s*\(\s*\"", path.read_text(encoding="utf-8"))}
problems = [f"{name}: marks strings for translation but po/POTFILES.in does not list it"
            for name in sorted(marked - listed)]
problems += [f"po/POTFILES.in lists {name}, which does not exist"
             for name in sorted(listed) if not (root / name).exists()]
print("\n".join(problems))
sys.exit(1 if problems else 0)
