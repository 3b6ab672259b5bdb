"""Fingerprints: what an output or a cached result was made from, as one hash.

gongshi's own code counts as an input of everything it makes (the version string stays the same
between releases, the code does not), so every cache key starts from `code_digest()`: a hash of
every file of the package, templates included. Caches written by another gongshi are then simply
not found.

The bottom layer (beside runtime and options): nothing of gongshi is imported here.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

PACKAGE = Path(__file__).resolve().parent


@functools.cache
def code_digest() -> str:
    """sha256 of the name and bytes of every file of the gongshi package (compiled files aside)."""
    digest = hashlib.sha256()
    for path in sorted(PACKAGE.rglob("*")):
        if "__pycache__" in path.parts or not path.is_file():
            continue
        digest.update(path.relative_to(PACKAGE).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def digest(*parts: str | bytes) -> str:
    """sha256 of the parts, each framed by its length (no two lists of parts share a hash)."""
    hashed = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        hashed.update(len(data).to_bytes(8, "big"))
        hashed.update(data)
    return hashed.hexdigest()


def digest_of_data(value: Any) -> str:
    """sha256 of JSON-shaped data, keys sorted (dates and other values by their text)."""
    text = json.dumps(value, sort_keys=True, ensure_ascii=False, default=str)
    return digest(text)


def read_json(path: Path) -> Any:
    """A cache file's data, None when it is missing or unreadable (a cache entry is data only:
    JSON, never anything that could run code, and checked by its reader before use)."""
    try:
        with open(path, "rb") as stream:
            return json.loads(stream.read())
    except (OSError, ValueError, RecursionError):
        return None


def write_json(path: Path, value: Any) -> None:
    """Write a cache file atomically (a reader sees the old file or the new one, whole)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            json.dump(value, stream, ensure_ascii=False, separators=(",", ":"))
        os.chmod(scratch, 0o644)
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
