"""The search cache's bundles (`.cache/search/<key>/`): which pictures each one's results show,
and removing those a build no longer uses or that show a picture no longer published."""

from __future__ import annotations

import contextlib
import shutil
import time
from pathlib import Path

IMAGES = "images"  # in a cached bundle: the pictures its results show (never published)
UNKNOWN = "?"  # the pictures of a cached bundle that has no IMAGES


def prune(cache_dir: Path, used: set[str], shown: set[str], keep_seconds: float = 3600) -> None:
    """Drop cached bundles this build did not use and nobody used within the hour (another
    build of a different version of the site may be using them right now) — at once when they
    show a picture this build does not publish (taken down: it must leave the caches CI keeps)."""
    now = time.time()
    for entry in cache_dir.iterdir():
        if entry.name in used:
            continue
        with contextlib.suppress(OSError):
            old = now - entry.stat().st_mtime > keep_seconds
            # a scratch folder (".<key>-…") is another build's bundle being made: only its age
            if old or (not is_scratch(entry) and not images_of(entry) <= shown):
                shutil.rmtree(entry, ignore_errors=True)


def is_scratch(entry: Path) -> bool:
    return entry.name.startswith(".")


def images_of(entry: Path) -> set[str]:
    """The pictures a cached bundle shows in its results; unknown (an older entry, a broken
    one) counts as a picture nobody publishes."""
    try:
        return set(filter(None, (entry / IMAGES).read_text(encoding="utf-8").split("\n")))
    except (OSError, UnicodeDecodeError):
        return {UNKNOWN}


def forget_images(cache_dir: Path, keys: set[str]) -> None:
    """Remove at once the cached bundles that show any of these pictures (their cache keys),
    whether this build uses the search cache or not."""
    if not keys or not cache_dir.is_dir():
        return
    for entry in cache_dir.iterdir():
        if is_scratch(entry):
            continue  # another build's bundle being made; it is published with its pictures
        images = images_of(entry) if entry.is_dir() else set()
        if UNKNOWN in images or any(key in image for image in images for key in keys):
            shutil.rmtree(entry, ignore_errors=True)
