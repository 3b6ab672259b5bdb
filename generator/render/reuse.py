"""Record pages rendered only when what they are rendered from changed.

A page's fingerprint is a hash of its spec — every value its template is given: the records,
the views made from them, its title, its URL … (generator.fingerprint.Walker, by their data) —
and of the frame it is rendered into (the engine's: gongshi's code and templates, the theme's
overrides, the settings, the navigation). No list of which page depends on which record is kept
by hand: a page added by anyone is covered as soon as it is a PageSpec. What a date changes
(a lapsed listing, an overdue report) is in the spec's data, so the build's date counts only
where a page shows something it changed.

After a build, a manifest in the cache folder records, for the output it was written to, each
page's fingerprint, the identity of its file (inode, size, time), its search words and a hash of
its content. The next build into the same output hard-links a page whose fingerprint is unchanged
from the previous output, when that file is still the one the manifest describes, instead of
rendering it. A file that is not (an output restored from a cache in CI is the same pages in new
files) is kept only when its content still has the hash the manifest records. The manifest is
data (JSON) and is checked on reading; anything unexpected and the page is rendered.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import stat
from dataclasses import dataclass, field
from pathlib import Path

from generator.fingerprint import Unknown, Walker, digest, read_json, write_json
from generator.views.pages import PageSpec

FORMAT = 2
Made = dict[str, tuple[str, "str | None", str]]  # url → (fingerprint, search words, content hash)


@dataclass
class Reuse:
    """The previous output's record pages, and how to tell whether one may be kept."""

    output: Path
    manifest: Path
    frame: str
    old: dict[str, list] = field(default_factory=dict)
    walker: Walker = field(default_factory=Walker)
    reused: int = 0  # pages linked by this process
    made: Made = field(default_factory=dict)  # every page of the build: its fingerprint, words
    fingerprints: dict[str, str] = field(default_factory=dict)  # of the pages left to render

    @classmethod
    def open(cls, cache_dir: Path, output: Path, frame: str) -> Reuse:
        manifest = cache_dir / f"{digest(str(output))[:32]}.json"
        reuse = cls(output=output, manifest=manifest, frame=frame)
        stored = read_json(manifest)
        if (
            isinstance(stored, dict)
            and stored.get("format") == FORMAT
            and stored.get("output") == str(output)
            and isinstance(stored.get("pages"), dict)
        ):
            reuse.old = stored["pages"]
        return reuse

    def fingerprint(self, spec: PageSpec) -> str | None:
        """The page's fingerprint; None when its data cannot be read as data (rendered always)."""
        try:
            return digest(self.frame, self.walker.digest(spec))
        except (Unknown, RecursionError):
            return None

    def take(
        self, url: str, fingerprint: str | None, target: Path, folders: set[Path]
    ) -> tuple[int, str | None, str] | None:
        """Link the previous page into target when it is still what would be rendered;
        (its size, its words, its content hash), or None. `folders`: those made already by this
        process."""
        if fingerprint is None:
            return None
        entry = self.old.get(url)
        if not _entry_ok(entry) or entry[0] != fingerprint:
            return None
        previous = self.output / url / "index.html"
        try:
            info = os.stat(previous, follow_symlinks=False)
            if [info.st_ino, info.st_size, info.st_mtime_ns] != entry[1:4] and (
                not stat.S_ISREG(info.st_mode)
                or info.st_size != entry[2]
                or content_hash(previous.read_bytes()) != entry[5]
            ):
                return None  # changed, or another file with other content
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            os.link(previous, target)
        except OSError:
            return None
        self.reused += 1
        return info.st_size, entry[4], entry[5]

    def save(self) -> None:
        """The manifest of the output now in place, with the pages of this build."""
        pages: dict[str, list] = {}
        for url, (fingerprint, words, content) in self.made.items():
            with contextlib.suppress(OSError):
                info = os.stat(self.output / url / "index.html", follow_symlinks=False)
                pages[url] = [
                    fingerprint,
                    info.st_ino,
                    info.st_size,
                    info.st_mtime_ns,
                    words,
                    content,
                ]
        with contextlib.suppress(OSError):
            write_json(
                self.manifest, {"format": FORMAT, "output": str(self.output), "pages": pages}
            )


def content_hash(data: bytes) -> str:
    """What a page's file holds, as one hash."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def _entry_ok(entry: object) -> bool:
    return (
        isinstance(entry, list)
        and len(entry) == 6
        and isinstance(entry[0], str)
        and all(type(number) is int for number in entry[1:4])
        and (entry[4] is None or isinstance(entry[4], str))
        and isinstance(entry[5], str)
    )
