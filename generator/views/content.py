"""A hand-written page of content/ as the engine rendered it: what search and open data need."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class ContentPage:
    src_uri: str  # e.g. policies/xiaoqu.md
    url: str  # e.g. policies/xiaoqu/
    dest_uri: str  # the written file, relative to the site folder
    title: str | None  # None when the engine made no page of the file
    summary: Any = None  # the front matter's summary or description, if any
