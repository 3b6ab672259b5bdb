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
import stat
import tempfile
from datetime import date, datetime
from datetime import time as time_
from decimal import Decimal
from enum import Enum
from importlib.metadata import PackageNotFoundError, version
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


@functools.cache
def installed(name: str) -> str | None:
    """The installed version of a package (None when it is not installed), part of the keys of
    what it makes; looked up once per process (what runs is the code that was loaded)."""
    try:
        return version(name)
    except PackageNotFoundError:
        return None


def tree_digest(folder: Path) -> str:
    """sha256 of the names and bytes of every file under folder."""
    hashed = hashlib.sha256()
    for path in sorted(folder.rglob("*")):
        if path.is_file():
            hashed.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
            hashed.update(hashlib.sha256(path.read_bytes()).digest())
    return hashed.hexdigest()


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
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))  # the C encoder
    write_atomic(path, text.encode("utf-8"))


def write_atomic(path: Path, data: bytes) -> os.stat_result:
    """Write a file of its folder in one step: written beside it, then renamed over it, so a
    reader (or a build linking it at the same time) finds the old file or the new one, whole,
    never none; the new file's stat."""
    handle, scratch = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}-")
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(scratch, 0o644)
        info = os.stat(scratch)
        os.replace(scratch, path)
    except BaseException:
        Path(scratch).unlink(missing_ok=True)
        raise
    return info


def identity(info: os.stat_result) -> list[int]:
    """A file's inode, size and time: while they stay the same, so does what it holds."""
    return [info.st_ino, info.st_size, info.st_mtime_ns]


def content_hash(data: bytes) -> str:
    """What a file holds, as one hash (manifests and caches of made files)."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


# -- manifests: what a build wrote into an output, for the next build into it ----------------


def manifest_path(cache_dir: Path, output: Path) -> Path:
    """Where the manifest of one output is kept in a cache folder."""
    return cache_dir / f"{digest(str(output))[:32]}.json"


def read_manifest(path: Path, output: Path, version: int, key: str) -> dict | None:
    """The entries (by `key`) of a manifest written for this output in this format; None when
    it is missing, unreadable, of another format or output, or not of that shape."""
    stored = read_json(path)
    if (
        isinstance(stored, dict)
        and stored.get("format") == version
        and stored.get("output") == str(output)
        and isinstance(stored.get(key), dict)
    ):
        return stored[key]
    return None


def write_manifest(path: Path, output: Path, version: int, key: str, entries: dict) -> None:
    write_json(path, {"format": version, "output": str(output), key: entries})


def stamped(entry: object, length: int) -> bool:
    """A manifest entry of `length` items that starts with a fingerprint and the identity of the
    file written (inode, size, time in ns); what follows is its reader's to check."""
    return (
        isinstance(entry, list)
        and len(entry) == length
        and isinstance(entry[0], str)
        and all(type(number) is int for number in entry[1:4])
    )


def still_written(
    path: Path | str, entry: list, content: str | None = None
) -> os.stat_result | None:
    """The file at path when it is still the one a manifest entry describes (a regular file with
    the inode, size and time of entry[1:4]) or, given `content`, a regular file of that size
    whose content has that hash (a cache restored in CI: the same pages in new files); else
    None."""
    try:
        info = os.stat(path, follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode) or info.st_size != entry[2]:
            return None
        if identity(info) == entry[1:4]:
            return info
        if content is None:
            return None
        with open(path, "rb") as stream:
            return info if content_hash(stream.read()) == content else None
    except OSError:
        return None


# -- what a page is rendered from, as one hash --------------------------------------------------


class Unknown(Exception):
    """A value whose data cannot be read as plain data (a function, a file handle): what
    is made from it is made afresh every time."""


_ATOMS = (str, int, float, complex, bool, type(None), bytes, date, datetime, time_, Decimal, Enum)
_NOWHERE = 1 << 62  # no reference back up the path
_INLINE = 16  # containers of up to this many items are written into their holder
# attributes that say how a value was made, not what it holds (a pydantic record's set of the
# fields its input named: the same record read from YAML and from the cache differs only there)
_NOT_DATA = frozenset({"__dict__", "__weakref__", "__pydantic_fields_set__"})

# Objects whose digest is known from where they came from (a record read from a file: the file's
# text, path, model and settings), held here so that their id() is never another object's.
_KNOWN: dict[int, tuple[object, bytes]] = {}


def known(obj: object, key: str) -> None:
    """obj is wholly determined by key (e.g. a record by its file's text and its model)."""
    _KNOWN[id(obj)] = (obj, hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest())


def forget_known() -> None:
    _KNOWN.clear()


class Walker:
    """Digests of values by their data, each shared object digested once (by identity, while
    this walker lives: it keeps every object it digested alive).

    Text, numbers, dates and enumerations by type and value; lists, tuples, dicts and sets by
    their items (dicts and sets in sorted order); any other object by its type and its attributes
    (`__dict__` or `__slots__`) — a pydantic record or a dataclass by its fields. Whatever has
    neither (a function, a generator) raises Unknown. A value met again inside itself (an
    organization's view listing its federation, whose view lists it) is written as how far back
    up the path it is; the values of such a cycle are never kept, but digested again wherever
    they are met, so that a page's digest never depends on which pages were digested before it
    (the workers take pages in no fixed order)."""

    def __init__(self) -> None:
        self.memo: dict[int, bytes] = {}
        self.kept: list[object] = []
        self.path: dict[int, int] = {}  # id → depth of the values being walked, outermost first
        self.low = _NOWHERE  # the outermost value of the path the walk referred back to

    def digest(self, value: object) -> str:
        hashed = hashlib.blake2b(digest_size=16)
        self.path.clear()
        self.low = _NOWHERE
        self._into(value, hashed)
        return hashed.hexdigest()

    def _into(self, value: Any, hashed: Any) -> None:
        if _plain(value, hashed.update):
            return
        kind = type(value)
        if (kind is list or kind is tuple or kind is dict) and len(value) <= _INLINE:
            # a small container is written into its holder rather than digested and kept on
            # its own (most are: a page's links, a card's facts), its items as anywhere else
            self._walk(value, hashed)
            return
        key = id(value)
        found = self.memo.get(key)
        if found is None:
            given = _KNOWN.get(key)
            if given is not None:
                found = given[1]
            else:
                depth = self.path.get(key)
                if depth is not None:  # a value that contains itself: how far back up the path
                    hashed.update(b"r%d:" % (len(self.path) - depth))
                    self.low = min(self.low, depth)
                    return
                found = self._walked(key, value)
        hashed.update(b"o")
        hashed.update(found)

    def _walked(self, key: int, value: object) -> bytes:
        """The digest of a value not digested yet; kept for its next use unless something
        inside it refers back to it or further up the path: then it is part of a cycle, and its
        digest depends on where the cycle was entered (kept, it would stand for another path)."""
        depth = len(self.path)
        self.path[key] = depth
        outer, self.low = self.low, _NOWHERE
        inner = hashlib.blake2b(digest_size=16)
        try:
            self._walk(value, inner)
        finally:
            del self.path[key]
        found = inner.digest()
        if self.low > depth:  # no reference back to it or above: the same wherever met
            self.memo[key] = found
            self.kept.append(value)
        self.low = min(outer, self.low)
        return found

    def _walk(self, value: Any, hashed: Any) -> None:
        kind = type(value)
        update, into = hashed.update, self._into
        update(_tag(kind))
        if kind is list or kind is tuple:
            update(b"%d" % len(value))
            for item in value:
                _plain(item, update) or into(item, hashed)
        elif kind is dict:
            update(b"%d" % len(value))
            for item_key, item in _sorted(value.items()):
                _plain(item_key, update) or into(item_key, hashed)
                _plain(item, update) or into(item, hashed)
        elif kind is set or kind is frozenset:
            hashed.update(b"%d" % len(value))
            for item in _sorted(value):
                self._into(item, hashed)
        elif callable(value) or not (hasattr(value, "__dict__") or hasattr(kind, "__slots__")):
            raise Unknown(kind.__qualname__)
        else:
            fields = vars(value) if hasattr(value, "__dict__") else {}
            slots = _slots(kind)
            if slots:
                fields = dict(fields)
                for name in slots:
                    if name not in fields and hasattr(value, name):
                        fields[name] = getattr(value, name)
            for name, item in sorted(fields.items()):
                update(_name(name))
                _plain(item, update) or into(item, hashed)


# each type met: b"" for a container or an object, else what its values are written after
_ATOM_TAGS: dict[type, bytes] = {}


def _plain(value: Any, update: Any) -> bool:
    """Write text or an atom (a number, a date…); whether it was one (most items of a page's
    data are: Walker._walk calls this first, one call instead of two)."""
    kind = type(value)
    if kind is str:
        data = value.encode("utf-8", "surrogatepass")
        update(b"s%d:" % len(data))
        update(data)
        return True
    atom = _ATOM_TAGS.get(kind)
    if atom is None:
        atom = _ATOM_TAGS[kind] = (_tag(kind) + b":") if issubclass(kind, _ATOMS) else b""
    if atom:
        data = atom + repr(value).encode("utf-8", "replace")
        update(b"a%d:" % len(data))
        update(data)
        return True
    return False


@functools.cache
def _name(name: str) -> bytes:
    return name.encode()


@functools.cache
def _tag(kind: type) -> bytes:
    """What a value's type is written as."""
    return f"{kind.__module__}.{kind.__qualname__}".encode()


@functools.cache
def _slots(kind: type) -> tuple[str, ...]:
    """The data attributes a type declares in `__slots__` (its bases' included)."""
    return tuple(
        name
        for cls in kind.__mro__
        for name in getattr(cls, "__slots__", ())
        if name not in _NOT_DATA
    )


def _sorted(items: Any) -> list:
    try:
        return sorted(items)
    except TypeError:  # mixed or unorderable keys: by their text
        return sorted(items, key=repr)
