"""Images inspected before, known by the identity of their file: an unchanged photo is not read
again by the next `validate` or build.

Validation reads every photo whole (generator.media.images.inspect: header, format, size and a
whole-file check). A city keeps tens of thousands of photos of a few megabytes each, so reading
them all again at every build would cost more than everything else a one-record change needs.
Here a photo that passed is remembered by the identity of its file (device and inode), its size
and its modification time, never by its name: while all are the same it is not read. A file
rewritten in place changes its time, a file put there by a checkout (a pull request's) is another
file: either is read again. Only photos that passed are remembered (a refused one is read, and
reported, every time). Nothing here names a photo or holds its content, so a photo taken down
(consent withdrawn) leaves no trace in it. The file is data (JSON, never a pickle), checked on
reading, and made by this code only (its digest is in the file).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from generator.fingerprint import code_digest, read_json, write_json
from generator.media.images import inspect

FORMAT = 1
Entry = list[int]  # size, modification time (ns), width, height


@dataclass
class Inspected:
    """The images of one repository inspected before (file None: nothing remembered)."""

    file: Path | None
    old: dict[str, Entry] = field(default_factory=dict)
    seen: dict[str, Entry] = field(default_factory=dict)
    read: int = 0  # images read by this process

    @classmethod
    def open(cls, file: Path | None) -> Inspected:
        inspected = cls(file)
        stored = read_json(file) if file else None
        if (
            isinstance(stored, dict)
            and stored.get("format") == FORMAT
            and stored.get("code") == code_digest()
            and isinstance(stored.get("images"), dict)
        ):
            inspected.old = {
                key: entry for key, entry in stored["images"].items() if _entry_ok(entry)
            }
        return inspected

    def inspect(self, path: Path, *, kind: str) -> tuple[int, int]:
        """The image's displayed size, as generator.media.images.inspect gives it (and raises
        its ImageProblem), without reading a file seen unchanged before."""
        try:
            info = os.stat(path)
        except OSError:
            info = None
        if info is not None:
            key = f"{kind}:{info.st_dev}:{info.st_ino}"
            identity = [info.st_size, info.st_mtime_ns]
            entry = self.old.get(key)
            if entry is not None and entry[:2] == identity:
                self.seen[key] = entry
                return entry[2], entry[3]
        self.read += 1
        width, height = inspect(path, kind=kind)
        if info is not None:
            self.seen[key] = [*identity, width, height]
        return width, height

    def save(self) -> None:
        """Remember the images that passed in this reading (others are forgotten)."""
        if self.file is None or self.seen == self.old:
            return
        with contextlib.suppress(OSError):
            write_json(self.file, {"format": FORMAT, "code": code_digest(), "images": self.seen})


def _entry_ok(entry: object) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 4
        and all(type(number) is int and number >= 0 for number in entry)
    )
