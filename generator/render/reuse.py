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

A build that starts from a spare (generator.render.spare: the record pages of the output, kept
by an earlier build) leaves in place each page of the spare whose fingerprint is unchanged and
whose file is still the one the spare's manifest describes; every other page of the spare is
removed before its new file is written (never written into: it may be the live output's file).
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from generator.fingerprint import (
    Unknown,
    Walker,
    digest,
    manifest_path,
    read_manifest,
    still_written,
    write_manifest,
)
from generator.render.spare import PAGES_FORMAT, RETIRED, Spare, entry_ok
from generator.views.pages import PageSpec

FORMAT = PAGES_FORMAT
# url → the page's manifest entry: fingerprint, inode, size, time, search words, content hash
Made = dict[str, list]


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
    in_place: bool = False  # the previous pages are the staging folder's own (a spare)
    previous: Path | None = None  # where the previous pages are

    @classmethod
    def open(cls, cache_dir: Path, output: Path, frame: str, spare: Spare | None = None) -> Reuse:
        manifest = manifest_path(cache_dir, output)
        reuse = cls(output=output, manifest=manifest, frame=frame, previous=output)
        if spare is not None:
            reuse.old, reuse.in_place, reuse.previous = spare.pages, True, spare.staging
            return reuse
        reuse.old = read_manifest(manifest, output, FORMAT, "pages") or {}
        return reuse

    def fingerprint(self, spec: PageSpec) -> str | None:
        """The page's fingerprint; None when its data cannot be read as data (rendered always)."""
        try:
            return digest(self.frame, self.walker.digest(spec))
        except (Unknown, RecursionError):
            return None

    def take(
        self, url: str, fingerprint: str | None, target: Path, folders: set[Path]
    ) -> list | None:
        """Link the previous page into target (or, from a spare, leave it there) when it is
        still what would be rendered; its manifest entry, or None (and no file left at target).
        `folders`: those made already by this process."""
        entry = self.old.get(url)
        if fingerprint is None or not entry_ok(entry) or entry[0] != fingerprint:
            self.release(target)
            return None
        if self.in_place:
            return self._in_place(target, entry)
        previous = os.path.join(self.output, url, "index.html")
        info = still_written(previous, entry, entry[5])
        if info is None:
            return None  # changed, or another file with other content
        try:
            if target.parent not in folders:
                target.parent.mkdir(parents=True, exist_ok=True)
                folders.add(target.parent)
            os.link(previous, target)
        except OSError:
            return None
        self.reused += 1
        return [fingerprint, info.st_ino, info.st_size, info.st_mtime_ns, entry[4], entry[5]]

    def _in_place(self, target: Path, entry: list) -> list | None:
        """The spare's page left where it is when it is the file its manifest describes, or a
        file with the content it records (a cache restored in CI: new files); else removed."""
        info = still_written(target, entry, entry[5])
        if info is None:
            self.release(target)
            return None
        self.reused += 1
        return [entry[0], info.st_ino, info.st_size, info.st_mtime_ns, entry[4], entry[5]]

    def release(self, target: Path) -> None:
        """Remove the spare's file where a page is to be written (a new file, not written into
        this one, which may be the live output's too)."""
        if self.in_place:
            with contextlib.suppress(FileNotFoundError):
                os.unlink(target)

    def save(self, retired: Path | None = None) -> None:
        """The manifest of the output now in place, with the pages of this build; the previous
        one (of the output just retired) moved into `retired`, a spare's folder."""
        if retired is not None:
            with contextlib.suppress(OSError):
                os.replace(self.manifest, retired / RETIRED)
        with contextlib.suppress(OSError):
            write_manifest(self.manifest, self.output, FORMAT, "pages", self.made)
