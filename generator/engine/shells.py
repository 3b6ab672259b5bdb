"""The record pages' chrome kept between processes, as data.

A record page is its body joined into Material's chrome, cut into fixed parts at placeholders
(generator.engine.frame). Making that chrome compiles and renders the theme's main template once
per kind of folder: about a quarter of a second of a new `gongshi build` of the example, even
when only one organization's pages are rendered again. The parts are plain text, so they are
kept in the pages' cache folder (`shells.json`) under the same key the process keeps them by:
the frame's fingerprint (gongshi's code and templates, the theme's versions and overrides, the
settings, the navigation, the values every template reads) and the pages the chrome links. A
build whose key differs makes them afresh and writes them for the next one.

The file is data (JSON), never code, and checked on reading: anything not of the shape written
here and the whole file is ignored (the chrome is then made as without it).
"""

from __future__ import annotations

import contextlib
from collections.abc import Collection
from pathlib import Path
from typing import Any

from generator.fingerprint import read_json, write_json

FORMAT = 1
NAME = "shells.json"

Shell = tuple[str | None, ...]  # the chrome's fixed text, and None at each placeholder's place
# a kind of folder (depth and the prefix shared with each linked page) → the chrome and the
# names of its placeholders in order, or None when a theme override hides one (rendered whole)
Shells = dict[tuple, "tuple[Shell, tuple[str, ...]] | None"]


def load_shells(path: Path | None, key: str, slots: Collection[str]) -> Shells:
    """The chrome kept at path under key; empty when there is none, or anything is amiss."""
    stored = read_json(path) if path is not None else None
    if not (
        isinstance(stored, dict)
        and stored.get("format") == FORMAT
        and stored.get("key") == key
        and isinstance(stored.get("shells"), list)
    ):
        return {}
    shells: Shells = {}
    for item in stored["shells"]:
        found = _shell(item, slots)
        if found is None:
            return {}
        shells[found[0]] = found[1]
    return shells


def _shell(item: Any, slots: Collection[str]) -> tuple[tuple, Any] | None:
    """(its key, the chrome or None) of one stored item; None when it is not of that shape."""
    if not (isinstance(item, list) and len(item) == 2 and isinstance(item[0], list)):
        return None
    folder, value = item
    if not folder or not all(type(number) is int for number in folder):
        return None
    if value is None:
        return tuple(folder), None
    if not (isinstance(value, list) and len(value) == 2):
        return None
    parts, names = value
    if not (
        isinstance(parts, list)
        and isinstance(names, list)
        and all(part is None or isinstance(part, str) for part in parts)
        and all(isinstance(name, str) and name in slots for name in names)
        and sum(part is None for part in parts) == len(names)
    ):
        return None
    return tuple(folder), (tuple(parts), tuple(names))


def save_shells(path: Path | None, key: str, shells: Shells) -> None:
    """Keep the chrome at path under key (a cache: a write that fails is left alone)."""
    if path is None:
        return
    items = [
        [list(folder), None if value is None else [list(value[0]), list(value[1])]]
        for folder, value in shells.items()
    ]
    with contextlib.suppress(OSError):
        write_json(path, {"format": FORMAT, "key": key, "shells": items})
