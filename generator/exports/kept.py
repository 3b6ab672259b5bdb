"""Open data made again only when what it is made from changed.

A one-organization edit changes one row of one table, or none (an organization's `purpose` is on
its page, in no table), yet serializing the tables as CSV and JSON, and the Atom feed of every
organization, is most of what the exports cost: about 2 CPU-seconds at 2,000 organizations,
every build, on the path of the pages stage. The rows themselves are cheap to make. So each group
of files (a table's CSV and JSON, an organization's feed, the record schemas) is keyed by a digest
of the data it is made from — the rows by value and type (key_of), so two values that print
alike (a date and its text) never share a key — and kept in the cache folder
with that key; the next build with the same key takes the files' bytes from there instead of
making them.

The cache is data (the files' bytes, named by their content's hash, and an index as JSON),
checked on reading: an entry whose key differs, whose file is missing or whose content no longer
has its hash is made afresh. The cache's file, kept or just made, is hard-linked into the site
rather than written there again (two thousand feeds cost a second of file creation on a busy
disk); it is trusted without reading while it is still the file the index describes (inode,
size and time: generator.fingerprint.still_written, as the pages' manifests are), and by its
hash otherwise (a cache restored in CI: the same files, new). Files that no group of the last
build refers to are deleted when it ends, so nothing an organization removed from its records
stays in the cache. Without the cache (`--no-cache`) every file is made and written.
"""

from __future__ import annotations

import contextlib
import functools
import os
import stat
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from generator.fingerprint import (
    code_digest,
    content_hash,
    digest,
    identity,
    pickled_digest,
    read_json,
    stamped,
    still_written,
    write_atomic,
    write_json,
)

FORMAT = 1
INDEX = "index.json"
Files = dict[str, "bytes | Path"]  # a group's files: path in the site → bytes, or a kept file


def key_of(*parts: Any) -> str:
    """The digest of the data (rows, lists, text) by value and type: a date and the same text,
    a Decimal and an int, True and 1 differ.

    The data are written by the C pickler, only to be hashed here: the bytes are never stored
    nor read back, so no pickle is ever loaded. It is 2 times quicker than JSON with a Python
    call for each date (the tables' keys took 2 of the 6 s of the open data of a rebuild at
    10,000 organizations). Pickling gives back equal values of the same types, so two data that
    differ never write the same bytes; without its memo (`fast`), the bytes depend on the values
    alone, not on which of them happen to be one object (an organization's name in each of its
    activities' rows)."""
    return pickled_digest(parts, 20).hex()


class KeptExports:
    """The exports of the last build into this cache folder, by group (None: nothing kept)."""

    def __init__(self, folder: Path | None) -> None:
        self.folder = folder
        self.salt = digest(str(FORMAT), code_digest())
        self.old: dict[str, list] = {}
        self.new: dict[str, list] = {}
        self.made = 0
        self.kept = 0
        self._folders: set[Path] = set()
        self._makers: dict[str, Callable[[], dict[str, bytes]]] = {}  # site path → its group's
        # content hash → [inode, size, time in ns] of its file in the cache, when last checked
        self.stamps: dict[str, list] = {}
        self.checked: dict[str, list] = {}
        if folder is None:
            return
        stored = read_json(folder / INDEX)
        if isinstance(stored, dict) and stored.get("salt") == self.salt:
            groups = stored.get("groups")
            if isinstance(groups, dict):
                self.old = groups
            stamps = stored.get("stamps")
            if isinstance(stamps, dict):
                self.stamps = stamps

    def files(
        self, group: str, key: str, paths: Iterable[str], make: Callable[[], dict[str, bytes]]
    ) -> Files:
        """The group's files (`paths`, what make() writes): those kept under this key when they
        are still whole, else made. Only these paths are ever taken from the cache, whatever
        its index says."""
        if self.folder is None:
            self.made += 1
            return dict(make())
        found = self._kept(group, key, frozenset(paths))
        for path in paths:
            self._makers[path] = make  # should another build remove the file before it is placed
        if found is not None:
            self.kept += 1
            self.new[group] = self.old[group]
            return found
        made: Files = {}
        hashes = {}
        for path, data in make().items():
            hashes[path] = content = content_hash(data)
            made[path] = self._store(content, data) or data  # the bytes if it could not be kept
        self.made += 1
        self.new[group] = [key, hashes]
        return made

    def _kept(self, group: str, key: str, paths: frozenset[str]) -> Files | None:
        entry = self.old.get(group)
        if not (
            isinstance(entry, list)
            and len(entry) == 2
            and entry[0] == key
            and isinstance(entry[1], dict)
            and set(entry[1]) == paths
        ):
            return None
        files: Files = {}
        for path, content in entry[1].items():
            if not isinstance(path, str) or not _iscontent_hash(content):
                return None
            source = self.folder / content[:2] / content
            if not self._whole(source, content):  # damaged or changed in the cache: made again
                with contextlib.suppress(OSError):
                    os.unlink(source)
                return None
            files[path] = source
        return files

    def _whole(self, source: Path, content: str) -> bool:
        """Whether the cache's file still has the content its name says: the file checked last
        time (same inode, size and time), or one of that size whose bytes have that hash."""
        stamp = self.checked.get(content) or self.stamps.get(content)
        entry = [content, *stamp] if isinstance(stamp, list) else []
        info = still_written(source, entry, content) if stamped(entry, 4) else None
        if info is None:
            return False
        self.checked[content] = identity(info)
        return True

    def _store(self, content: str, data: bytes) -> Path | None:
        """Keep data under its hash: a new file, never written into one that may be linked into
        a site; the file, or None when it could not be kept."""
        folder = self.folder / content[:2]
        target = folder / content
        try:
            if folder not in self._folders:
                folder.mkdir(parents=True, exist_ok=True)
                self._folders.add(folder)
            if self._whole(target, content):
                return target
            if _holds(target, data):  # another build's, just stored: the same bytes
                self.checked[content] = identity(os.stat(target))
            else:  # missing or damaged: replaced whole, never absent for a moment (a build at
                # the same time may be linking it into its own site)
                self.checked[content] = identity(write_atomic(target, data))
        except OSError:
            return None
        return target

    def place(self, site_dir: Path, files: Files) -> None:
        """place() files from files(); a kept file that a build of another version of the site,
        at the same time, removed from the cache as it ended (its clean-up) is made again."""
        try:
            place(site_dir, files)
        except FileNotFoundError:
            again = {
                path: (self._makers[path]()[path] if path in self._makers else data)
                for path, data in files.items()
            }
            place(site_dir, again)

    def save(self) -> None:
        """The index of this build's groups; content no group refers to any more, deleted."""
        if self.folder is None:
            return
        wanted = {content for _, hashes in self.new.values() for content in hashes.values()}
        stamps = {content: self.checked[content] for content in wanted if content in self.checked}
        if self.new == self.old and not self.made and stamps == self.stamps:
            return
        with contextlib.suppress(OSError):
            write_json(
                self.folder / INDEX, {"salt": self.salt, "groups": self.new, "stamps": stamps}
            )
            for prefix in os.scandir(self.folder):
                if not prefix.is_dir(follow_symlinks=False):
                    continue
                for stored in os.scandir(prefix.path):
                    if stored.name not in wanted:
                        os.unlink(stored.path)


def place(site_dir: Path, files: Files) -> None:
    """Write a group's files into the site: made ones written, kept ones hard-linked from the
    cache (copied where the cache is on another disk). A file already there is replaced, never
    written into (in a build's staging folder it may be the live output's file too). One call
    a file when its folder is there and the file is not, as in a spare (two thousand feeds and
    their codes a build, at 2,000 organizations)."""
    root = os.fspath(site_dir)
    for path, data in files.items():
        target = os.path.join(root, path)
        if isinstance(data, bytes):
            _new_file(target, functools.partial(_write_new, target, data))
            continue
        try:
            _new_file(target, functools.partial(os.link, data, target))
        except OSError:
            # replaced whole as it was linked (a build at the same time stored it again: the
            # name is there again at once), or another disk, a file system without hard links
            try:
                _new_file(target, functools.partial(os.link, data, target))
            except OSError:
                _new_file(target, functools.partial(_write_new, target, data.read_bytes()))


def _new_file(target: str, make: Callable[[], object]) -> None:
    """make() the file at target as a new file: its folder made when missing, a file there
    removed first."""
    try:
        make()
    except FileExistsError:
        os.unlink(target)
        make()
    except FileNotFoundError:  # no folder yet (or, for a link, no source: raised again)
        os.makedirs(os.path.dirname(target), exist_ok=True)
        make()


def _write_new(target: str, data: bytes) -> None:
    """Write data into a file that must not exist yet."""
    with open(target, "xb") as stream:
        stream.write(data)


def _holds(path: Path, data: bytes) -> bool:
    """Whether the file at path is a regular file holding exactly these bytes."""
    try:
        info = os.stat(path, follow_symlinks=False)
        if not stat.S_ISREG(info.st_mode) or info.st_size != len(data):
            return False
        with open(path, "rb") as stream:
            return stream.read() == data
    except OSError:
        return False


def _iscontent_hash(value: Any) -> bool:
    return (
        isinstance(value, str) and len(value) == 32 and all(c in "0123456789abcdef" for c in value)
    )
