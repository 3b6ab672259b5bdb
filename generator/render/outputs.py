"""The output folder of a build: swapped in whole, and what a stopped build left beside it."""

from __future__ import annotations

import contextlib
import os
import shutil
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from generator.media.images import ImageEntry
from generator.render.spare import remove_later
from generator.render.spare import start as spare_start


def pictures_left(output: Path, images: dict[str, ImageEntry]) -> bool:
    """Whether the output in place has a picture this build does not publish (its folders in
    media/ are named by their cache keys); anything unexpected there counts as one."""
    published = {entry.key for entry in images.values()}
    try:
        with os.scandir(output / "media") as prefixes:
            return any(
                name not in published
                for prefix in prefixes
                for name in (os.listdir(prefix.path) if prefix.is_dir() else [prefix.name])
            )
    except OSError:
        return False  # no output yet, or no pictures in it


def swap(
    staging: Path, output: Path, *, cache: Path | None = None, carried: Iterable[str] = ()
) -> Path | None:
    """Replace output with staging: two renames, so readers see the old or the new site, whole.
    The retired output is deleted in the background, or, with `cache` (the spares' folder),
    renamed into a new spare's folder, returned. `carried`: folders of the output that the new
    one takes as they are (`gongshi serve`'s search, made after the swap: generator.search.
    later), moved between the two renames: a rename a folder, not a link a file."""
    os.chmod(staging, 0o755)
    if not output.exists():
        os.rename(staging, output)
        return None
    if cache is not None:
        retired = spare_start(output, cache)
    else:
        retired = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.old-"))
    rename(output, retired / "site")
    for name in carried:
        _carry(retired / "site" / name, staging / name)
    rename(staging, output)
    if cache is None:
        remove_later(retired)
        return None
    return retired


def _carry(folder: Path, into: Path) -> None:
    """A folder of the retired output moved into the new one; hard-linked file by file where it
    cannot be moved (a file of it open on Windows), and left out whole when that fails too (the
    preview's search, then, is missing until the new one is in place)."""
    if not folder.is_dir() or into.exists():
        return
    try:
        os.rename(folder, into)
    except OSError:
        try:
            shutil.copytree(folder, into, copy_function=os.link)
        except OSError:
            shutil.rmtree(into, ignore_errors=True)


IN_USE_TRIES = 40  # 50 ms apart: two seconds


def rename(source: Path, target: Path) -> None:
    """os.rename, tried again for a while when the system refuses it for a file in use: Windows
    renames no folder while a file in it is open (the preview's server sending a page)."""
    for attempt in range(IN_USE_TRIES):
        try:
            os.rename(source, target)
            return
        except PermissionError:
            if attempt == IN_USE_TRIES - 1:
                raise
            time.sleep(0.05)


def leftovers(output: Path, older_than: float = 600) -> None:
    """Retired outputs a stopped machine left behind (their deleting process was killed), and
    the staging and search folders of builds that were killed: removed once they are older
    than a build still writing into them would leave them."""
    now = time.time()
    for kind in ("old", "building", "search"):
        pattern = f".{output.name}.{kind}-*"
        for folder in output.parent.glob(pattern):
            with contextlib.suppress(OSError):
                if now - last_written(folder) > older_than:
                    remove_later(folder)


def last_written(folder: Path) -> float:
    """When the folder or one of its entries last changed (a build still running writes into
    its top folders, orgs/ or media/, until it ends)."""
    with os.scandir(folder) as entries:
        times = [entry.stat(follow_symlinks=False).st_mtime for entry in entries]
    return max([folder.stat().st_mtime, *times])
