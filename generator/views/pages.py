"""A generated page's spec, and index pages split PAGE_SIZE entries at a time with their pager.

Every view module describes its pages as PageSpecs; the catalog collects them in order.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from generator.media.images import ImageEntry

PAGE_SIZE = 60


@dataclass
class PageSpec:
    fingerprint_inline: ClassVar[bool] = True  # each page's own (generator.fingerprint)
    url: str
    template: str
    title: str
    description: str
    kind: str
    context: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    image: ImageEntry | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: dict[str, str] = field(default_factory=dict)
    date: date | None = None
    notice: str = ""  # the bureau's mark on the organization (a list it is on), shown in search
    meta: dict[str, str] = field(default_factory=dict)  # more of the page, for a search result


class PageLinks(Sequence):
    """(number, url) of every page of a paginated index, made on demand: a list of them in each
    of P pages cost O(P²) — 600,000 pairs for the activity index of a city."""

    def __init__(self, base: str, total: int) -> None:
        self.base, self.total = base, total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.total))]
        if index < 0:
            index += self.total
        if not 0 <= index < self.total:
            raise IndexError(index)
        return (index + 1, self.base if index == 0 else f"{self.base}page/{index + 1}/")

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list) else NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))


def page_url(base: str, index: int) -> str:
    """The URL of page index (from 0) of an index at base."""
    return base if index == 0 else f"{base}page/{index + 1}/"


def page_title(title: str, index: int) -> str:
    """The title of page index (from 0): the index's own title, then numbered."""
    return title if index == 0 else f"{title}（第 {index + 1} 页）"


def split_pages(items: list[Any]) -> list[list[Any]]:
    """Items PAGE_SIZE at a time; one empty page for no items."""
    return [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]


def make_pager(base: str, *, index: int, total: int) -> dict[str, Any]:
    """What a page's pager shows: its number, the total, the previous, next and every page."""
    return {
        "index": index + 1,
        "total": total,
        "previous": page_url(base, index - 1) if index > 0 else None,
        "next": page_url(base, index + 1) if index + 1 < total else None,
        "pages": PageLinks(base, total),
    }


def list_pages(
    base: str,
    *,
    title: str,
    description: str,
    template: str,
    name: str,
    items: list[Any],
) -> list[PageSpec]:
    """Index pages listing items (activities, projects) PAGE_SIZE at a time, as context[name]."""
    chunks = split_pages(items)
    return [
        PageSpec(
            url=page_url(base, index),
            template=template,
            title=page_title(title, index),
            description=description,
            kind="index",
            context={name: chunk, "pager": make_pager(base, index=index, total=len(chunks))},
        )
        for index, chunk in enumerate(chunks)
    ]
