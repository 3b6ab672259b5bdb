"""The spare: a copy of the record pages of the output in place, where the next build starts.

On this kind of disk making a folder costs 10–20 times what a hard link does (measured: 130–210
µs against 12–40 µs), and a city's site is one folder a page (22,516 folders at 2,000
organizations). So a build does not start from an empty staging folder: after a swap the retired
output is kept, in the cache folder `.cache/spare` (or beside the output when the cache is on
another disk), as a spare, and brought up to the output just swapped in by a process of its own: every file that
is not a record page is removed (content pages, assets, open data, search bundles, media, feeds…
are written anew by every build), every record page that the new output changed is replaced by
a hard link to the new one, every page the new output no longer has is removed, and the spare's
own manifest (what reuse.py keeps for an output: each page's fingerprint, the identity of its
file, its words) is written last, as the sign that the spare is ready. After a first build there
is no retired output: the spare is made of hard links to the new output alone.

The next build renames a ready spare into its staging folder and leaves in place every page
whose fingerprint and file are still those of the manifest; any other file it would write is
removed first and written as a new file, never into the old one (a spare's file may be the same
file as the live output's, through a hard link). A failed build's staging is deleted, never kept
as a spare; a spare whose making was stopped (no manifest, no sign of life) is deleted by the
next build. The live output is never touched before the swap.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from generator.fingerprint import (
    digest,
    read_manifest,
    stamped,
    still_written,
    write_manifest,
)

FORMAT = 1
PAGES_FORMAT = 2  # of an output's manifest (generator.render.reuse)
MANIFEST = "manifest.json"  # written last: the spare is ready
MEDIA = "media"  # the pictures, kept in a spare made of the retired output (a picture a folder)
KEPT = ".spare"  # the spare's pages inside a staging folder, until the content pages are written
RETIRED = "retired.json"  # the manifest of the retired output, for the process making the spare
ALIVE = "making"  # touched every half second by the process making the spare
WAIT = 120.0  # the longest a build waits for a spare still being made
STALE = 5.0  # a spare whose maker gave no sign of life for this long is abandoned


@dataclass
class Spare:
    """A ready spare taken by a build: its pages in a hidden folder of the staging folder while
    the engine writes the content pages (MkDocs empties the folder it builds into, hidden
    entries aside), then moved into place (merge)."""

    staging: Path
    pages: dict[str, list]

    @property
    def kept(self) -> Path:
        return self.staging / KEPT

    def prune(self, urls: set[str], pictures: Iterable[str] = ()) -> None:
        """Remove the pages this build does not make (and their folders, once empty), and from
        media/ every picture but those of `pictures` (cache keys) this build publishes: one
        deleted, replaced or withdrawn since the spare's build is gone before anything else."""
        _only_pictures(self.kept / MEDIA, set(pictures))
        for url in [url for url in self.pages if url not in urls]:
            del self.pages[url]
            page = os.path.join(self.kept, url, "index.html")
            with contextlib.suppress(FileNotFoundError):
                os.unlink(page)
            folder = os.path.dirname(page)
            while os.path.normpath(folder) != os.path.normpath(self.kept):
                try:
                    os.rmdir(folder)
                except OSError:
                    break  # not empty: other pages are in it
                folder = os.path.dirname(folder)

    def merge(self) -> None:
        """The spare's pages moved into the staging folder beside what was written there: the
        few files of a folder both have move into the spare's, which then takes its place (a
        record page wins over a content page of the same address, as in a clean build)."""
        with os.scandir(self.kept) as entries:
            names = [entry.name for entry in entries]
        for name in names:
            spare, written = os.path.join(self.kept, name), os.path.join(self.staging, name)
            if os.path.isdir(written) and not os.path.islink(written):
                if os.path.isdir(spare) and not os.path.islink(spare):
                    _absorb(spare, written)
                    os.rmdir(written)
                else:
                    shutil.rmtree(written)
            elif os.path.lexists(written):
                os.unlink(written)
            os.rename(spare, written)
        os.rmdir(self.kept)


def _only_pictures(media: Path, keys: set[str]) -> None:
    """Keep in a spare's media/ only the folders media/<first two>/<key> of these keys."""
    if not os.path.lexists(media):
        return
    if not media.is_dir() or media.is_symlink():
        os.unlink(media)
        return
    with os.scandir(media) as prefixes:
        found = list(prefixes)
    for prefix in found:
        if not prefix.is_dir(follow_symlinks=False):
            os.unlink(prefix.path)
            continue
        with os.scandir(prefix.path) as entries:
            inside = list(entries)
        kept = {
            entry.name
            for entry in inside
            if entry.name in keys
            and entry.name[:2] == prefix.name
            and entry.is_dir(follow_symlinks=False)
        }
        if not kept:
            shutil.rmtree(prefix.path)
            continue
        for entry in inside:
            if entry.name in kept:
                continue
            if entry.is_dir(follow_symlinks=False):
                shutil.rmtree(entry.path)
            else:
                os.unlink(entry.path)


def _absorb(spare: str, written: str) -> None:
    """Move the written folder's entries into the spare's folder (the spare's page wins)."""
    with os.scandir(written) as entries:
        found = [(entry.path, entry.name, entry.is_dir(follow_symlinks=False)) for entry in entries]
    for path, name, is_dir in found:
        there = os.path.join(spare, name)
        if not os.path.lexists(there):
            os.rename(path, there)
        elif is_dir and os.path.isdir(there) and not os.path.islink(there):
            _absorb(there, path)
            os.rmdir(path)
        elif is_dir:
            shutil.rmtree(path)
        else:
            os.unlink(path)


def home(output: Path, cache: Path) -> tuple[Path, str]:
    """Where the spares of output are kept, and the start of their names: in the cache folder
    when it is on the output's disk (a rename cannot cross disks), else beside the output."""
    prefix = f".{output.name}.{digest(str(output))[:8]}.spare-"
    with contextlib.suppress(OSError):
        cache.mkdir(parents=True, exist_ok=True)
        if os.stat(cache).st_dev == os.stat(output.parent).st_dev:
            return cache, prefix
    return output.parent, prefix


def claim(output: Path, cache: Path, *, wait: float = WAIT) -> Spare | None:
    """A ready spare of output renamed into a new staging folder beside it; None when there is
    none (one still being made is waited for, up to `wait` seconds)."""
    folder, prefix = home(output, cache)
    for spare in sorted(folder.glob(f"{prefix}*"), key=_age):
        if not _ready(spare, wait):
            discard(spare)  # its making stopped
            continue
        pages = read_manifest(spare / MANIFEST, output, FORMAT, "pages")
        if pages is None:
            discard(spare)
            continue
        staging = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.building-"))
        try:
            os.rename(spare / "site", staging / KEPT)  # another build may have taken it first
        except OSError:
            os.rmdir(staging)
            continue
        discard(spare)
        return Spare(staging, pages)
    return None


def _age(folder: Path) -> float:
    with contextlib.suppress(OSError):
        return -folder.stat().st_mtime
    return 0.0


def _ready(spare: Path, wait: float) -> bool:
    """Whether the spare is ready, waiting while the process making it is alive."""
    deadline = time.monotonic() + wait
    while not (spare / MANIFEST).exists():
        try:
            alive = time.time() - (spare / ALIVE).stat().st_mtime < STALE
        except OSError:
            alive = False
        if not alive or time.monotonic() > deadline:
            return (spare / MANIFEST).exists()
        time.sleep(0.05)
    return True


def start(output: Path, cache: Path) -> Path:
    """A new spare's folder, marked as being made (the retired output is renamed into it)."""
    folder, prefix = home(output, cache)
    spare = Path(tempfile.mkdtemp(dir=folder, prefix=prefix))
    (spare / ALIVE).touch()
    return spare


def others(output: Path, cache: Path, keep: Path) -> list[Path]:
    """The spares of output but keep (one build at a time keeps one spare)."""
    folder, prefix = home(output, cache)
    return [spare for spare in folder.glob(f"{prefix}*") if spare != keep]


def discard(folder: Path) -> None:
    """Delete a folder in a process of its own (removing a tree is slow on this disk)."""
    retired = folder.with_name(
        folder.name.replace(".spare-", ".old-").replace(".building-", ".old-")
    )
    with contextlib.suppress(OSError):
        os.rename(folder, retired)  # no build takes it any more
        folder = retired
    remove_later(folder)


def remove_all(cache: Path, *, wait: float = WAIT) -> None:
    """Delete the spares kept in the cache folder now (a photo taken down: they hold earlier
    outputs' pages). A spare still being made is waited for first: its maker would otherwise
    make its folders and link the old pages again after they were deleted."""
    with contextlib.suppress(OSError), os.scandir(cache) as found:
        for entry in list(found):
            if entry.is_dir(follow_symlinks=False) and ".spare-" in entry.name:
                _ready(Path(entry.path), wait)
    shutil.rmtree(cache, ignore_errors=True)


def remove_later(folder: Path) -> None:
    """Delete a folder in a process of its own, so nobody waits for it: on a disk mounted with
    `discard` removing files is slow (measured here: 2 minutes for the 140,000 files and folders
    of a 5,000-organization site)."""
    _spawn(["import shutil, sys; shutil.rmtree(sys.argv[1], True)", str(folder)])


def make_later(spare: Path, output: Path, manifest: Path) -> None:
    """Bring the spare up to the output in a process of its own (see make)."""
    code = (
        "import sys; sys.path.insert(0, sys.argv[1]); "
        "from generator.render.spare import main; main(sys.argv[2:])"
    )
    _spawn([code, str(Path(__file__).resolve().parents[2]), str(spare), str(output), str(manifest)])


def _spawn(arguments: list[str]) -> None:
    try:
        subprocess.Popen(
            [sys.executable, "-c", *arguments],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # survives the end of `gongshi build`
        )
    except OSError:
        shutil.rmtree(arguments[-1], ignore_errors=True)


def main(arguments: list[str]) -> None:
    spare, output, manifest = (Path(argument) for argument in arguments)
    beat = threading.Event()

    def heartbeat() -> None:
        while not beat.wait(0.5):
            with contextlib.suppress(OSError):
                os.utime(spare / ALIVE)

    threading.Thread(target=heartbeat, daemon=True).start()
    try:
        make(spare, output, manifest)
    except BaseException:
        discard(spare)
        raise
    finally:
        beat.set()


def make(spare: Path, output: Path, manifest: Path) -> None:
    """Make spare/site the record pages of output: the retired output's pages kept where the
    output has the same page, the others linked from the output; everything else removed; then
    the manifest, and the removed folders deleted."""
    current = _pages(manifest, output)
    retired = _pages(spare / RETIRED, output)
    site = spare / "site"
    trash = spare / "trash"
    kept: dict[str, list] = {}
    if site.is_dir():
        for url, entry in current.items():
            old = retired.get(url)
            if old is not None and old[0] == entry[0] and _same(site / url / "index.html", old):
                kept[url] = old
        _strip(site, set(kept), trash, keep=MEDIA)
    else:
        site.mkdir()
    made: set[str] = set()
    for url, entry in current.items():
        if url in kept:
            continue
        target = os.path.join(site, url, "index.html")
        folder = os.path.dirname(target)
        if folder not in made:
            os.makedirs(folder, exist_ok=True)
            made.add(folder)
        try:
            os.link(os.path.join(output, url, "index.html"), target)
        except OSError:
            continue
        if _same(Path(target), entry):  # the file the manifest describes, not a newer one
            kept[url] = entry
        else:
            os.unlink(target)
    write_manifest(spare / MANIFEST, output, FORMAT, "pages", kept)
    (spare / RETIRED).unlink(missing_ok=True)
    shutil.rmtree(trash, ignore_errors=True)  # ready already: a build may take it meanwhile
    (spare / ALIVE).unlink(missing_ok=True)  # the last sign of work going on


def _pages(manifest: Path, output: Path) -> dict[str, list]:
    """The pages of an output's manifest (generator.render.reuse) whose address and entry are
    sound."""
    stored = read_manifest(manifest, output, PAGES_FORMAT, "pages") or {}
    return {
        url: entry
        for url, entry in stored.items()
        if isinstance(url, str) and _safe(url) and entry_ok(entry)
    }


def _safe(url: str) -> bool:
    parts = url.strip("/").split("/")
    return not url.startswith("/") and "\\" not in url and ".." not in parts and "." not in parts


def _same(path: Path, entry: list) -> bool:
    return still_written(path, entry) is not None


def _strip(site: Path, urls: Iterable[str], trash: Path, keep: str = "") -> None:
    """Remove from site every file but the pages of urls, and every folder none of them is in
    (moved into trash: one rename, deleted later), but the top folder `keep`."""
    pages = {url.strip("/") for url in urls}
    needed = {""}
    for url in pages:
        parts = url.split("/") if url else []
        needed.update("/".join(parts[:i]) for i in range(1, len(parts) + 1))
    trash.mkdir(exist_ok=True)
    moved = 0
    stack = [""]
    while stack:
        rel = stack.pop()
        with os.scandir(os.path.join(site, rel)) as entries:
            found = list(entries)
        for entry in found:
            child = f"{rel}/{entry.name}" if rel else entry.name
            if entry.is_dir(follow_symlinks=False):
                if child == keep:
                    continue  # left whole (Spare.prune keeps what the next build publishes)
                if child in needed:
                    stack.append(child)
                else:
                    moved += 1
                    os.rename(entry.path, trash / str(moved))
            elif not (entry.name == "index.html" and rel in pages):
                os.unlink(entry.path)


def entry_ok(entry: object) -> bool:
    """A manifest entry: fingerprint, inode, size, time, words (or None), content hash."""
    return (
        stamped(entry, 6)
        and (entry[4] is None or isinstance(entry[4], str))
        and isinstance(entry[5], str)
    )
