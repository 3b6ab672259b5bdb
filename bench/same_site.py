"""Compare two built sites file by file: the restructure and other refactors must give
byte-identical output.  python bench/same_site.py BEFORE AFTER  (exit 1 and a list when they differ)."""

from __future__ import annotations

import hashlib
import sys
from pathlib import Path


def digests(root: Path) -> dict[str, str]:
    """Relative path → SHA-256 of every file below root."""
    return {
        path.relative_to(root).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__)
        return 2
    before, after = (digests(Path(arg)) for arg in argv)
    missing = sorted(before.keys() - after.keys())
    added = sorted(after.keys() - before.keys())
    changed = sorted(k for k in before.keys() & after.keys() if before[k] != after[k])
    for label, names in (("only before", missing), ("only after", added), ("changed", changed)):
        for name in names[:50]:
            print(f"{label}: {name}")
    print(
        f"{len(before)} files before, {len(after)} after: "
        f"{len(missing)} only before, {len(added)} only after, {len(changed)} changed"
    )
    return 1 if missing or added or changed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
