"""The pictures of a site published: every derivative a build uses hard-linked (or copied) from
the image cache (generator.media.cache) into site/media/<first two>/<key>/."""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import tempfile
from pathlib import Path

from generator.media.cache import ImageCache, cache_key, remove_entry, render_into
from generator.media.images import ImageEntry, derivative_widths, render_entry


def publish(entries: dict[str, ImageEntry], cache: ImageCache, site_dir: Path) -> int:
    """Hard-link (or copy) every used derivative into site/media; returns bytes.

    A picture's folder may be there already, from the spare the build started from (generator.
    render.spare keeps the pictures the build publishes): a file in it that is already the cache's
    file stays, any other is replaced, and anything else in the folder is removed. A cache entry
    removed meanwhile by a concurrent build's prune is rendered again."""
    total = 0
    done: set[str] = set()
    media = os.path.join(site_dir, "media")
    for entry in entries.values():
        if entry.key in done:
            continue
        done.add(entry.key)
        names = entry.files()
        folder = cache.folder(entry.key)
        target_text = os.path.join(media, entry.key[:2], entry.key)
        kept = _kept(str(folder), target_text, names)
        if kept is not None:  # the spare's folder, already the cache's files
            total += kept
            continue
        target = Path(target_text)
        try:
            target.mkdir(parents=True)
            there = False
        except FileExistsError:
            there = True
        if not _link_all(folder, target, names):
            _repair(entry.key, cache, folder, target, names)
        if there:
            _only(target, names)
        total += sum((target / name).stat().st_size for name in names)
    if not cache.enabled:
        cache.discard_scratch()
    return total


def _kept(folder: str, target: str, names: list[str]) -> int | None:
    """The bytes of a picture's folder in the output when it holds the cache's very files (hard
    links to them, none empty) and nothing else, as the spare a build starts from holds them;
    None for anything else (missing, other files, copies): then it is published file by file.
    One listing of the folder and one `stat` a file, instead of four calls a file."""
    try:
        with os.scandir(target) as found:
            there = {item.name: item.inode() for item in found}
        if len(there) != len(names):
            return None
        device = os.stat(target).st_dev
        size = 0
        for name in names:
            info = os.stat(os.path.join(folder, name))
            if info.st_size == 0 or info.st_dev != device or there.get(name) != info.st_ino:
                return None
            size += info.st_size
        return size
    except OSError:
        return None


def _only(target: Path, names: list[str]) -> None:
    """Remove from a picture's folder whatever is not one of its files."""
    wanted = set(names)
    with os.scandir(target) as found:
        extra = [entry for entry in found if entry.name not in wanted]
    for entry in extra:
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.unlink(entry.path)


def _repair(key: str, cache: ImageCache, folder: Path, target: Path, names: list[str]) -> None:
    """A cache entry lost files after this build looked it up (a concurrent build's prune, a
    power cut): render it again, into the cache when the source still has the same content."""
    source, kind = cache.sources[key]
    data = Path(source).read_bytes()
    if cache_key(hashlib.sha256(data).hexdigest(), kind) == key:
        remove_entry(folder)
        render_into(folder, Path(source), key, kind, data)
        if _link_all(folder, target, names):
            return
    with tempfile.TemporaryDirectory(prefix="gongshi-images-") as again:
        render_entry(Path(source), key, Path(again), derivative_widths(kind), data=data)
        if not _link_all(Path(again), target, names):
            raise OSError(f"cannot publish the images of {source}")


def _link_all(folder: Path, target: Path, names: list[str]) -> bool:
    for name in names:
        source, destination = folder / name, target / name
        try:
            info = source.stat()
            if info.st_size == 0:
                return False
            with contextlib.suppress(FileNotFoundError):
                if os.path.samestat(info, os.lstat(destination)):
                    continue  # the spare's link to this very file
            if destination.is_dir() and not destination.is_symlink():
                shutil.rmtree(destination)  # not what the output's spare ever holds
            destination.unlink(missing_ok=True)
            try:
                os.link(source, destination)
            except OSError:
                shutil.copyfile(source, destination)
        except FileNotFoundError:
            return False
    return True
