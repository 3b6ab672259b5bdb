"""The header box's bundle: what a resident's first results need, and nothing more.

The header box shows the first six results of a query a moment after it is typed. On a big site
(one with parts) it searches a bundle of its own, pagefind-parts/header/, made of the same pages
as the primary bundle (and a city's organization parts) with the same words — so the same
scores and order — but without filters, sort keys or the fields of the full result card:
Pagefind downloads a bundle's sort orders with its page list (5,000 organizations: 49 of the
primary's 84 KB), so the facets and orders of the search page and the directory, and any that
later issues add, cost the header box nothing. The projects and activities parts are merged into
it after the first results are shown, as before (search.js `headerFind`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from generator.search.index import SearchRecord

HEADER = "header"  # its folder in pagefind-parts/, and its key in parts.json
CARD = ("when", "where")  # what a compact result card shows under its title


def wanted(names: list[str]) -> set[int]:
    """The shards (by number) the header bundle is made of: the primary bundle and a city's
    organization parts, when the site has parts at all (a site of one bundle searches it)."""
    if len(names) < 2:
        return set()
    return {number for number, name in enumerate(names) if not name or name.startswith("o")}


def header_record(record: SearchRecord) -> SearchRecord:
    """The record as the header box needs it: title, kind, picture, notice and card line."""
    return replace(
        record,
        summary="",
        filters={},
        sort={},
        meta={name: value for name, value in record.meta.items() if name in CARD},
    )
