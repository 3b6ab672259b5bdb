"""The site's own vocabulary, for a query that finds nothing: organization names and short
names, service fields and places, each with the page it leads to. Written at build time as one
small file (pagefind/vocabulary.json) that the search code reads only after a miss, to suggest
the nearest names (荷糖 → 荷塘…) and to offer browsing by field and by area."""

from __future__ import annotations

import json
from pathlib import Path

from generator.views.catalog import Catalog

FILE = "vocabulary.json"


def vocabulary(catalog: Catalog) -> dict[str, list[list[str]]]:
    """{"orgs": [[id, name, short name or ""]], "fields": [[name, url]], "places": [[name, url]]},
    organizations that are still active only (a deregistered one keeps its page, off the lists)."""
    orgs = []
    for org_id, org in sorted(catalog.orgs.items()):
        ref = org.ref
        if ref.status_change:
            continue
        short = ref.short_name if ref.short_name != ref.name else ""
        orgs.append([org_id, ref.name, short])
    fields = [[link.title, link.url] for link in catalog.facets.get("fields", [])]
    places = sorted(
        {
            (spec.title, spec.url)
            for spec in catalog.pages
            if spec.url.startswith("areas/") and spec.url != "areas/" and "/page/" not in spec.url
        },
        key=lambda place: (place[1].count("/"), place[1]),
    )
    return {"orgs": orgs, "fields": fields, "places": [list(place) for place in places]}


def write_vocabulary(catalog: Catalog, folder: Path) -> int:
    """Write folder/vocabulary.json; its size in bytes."""
    data = json.dumps(vocabulary(catalog), ensure_ascii=False, separators=(",", ":"))
    folder.mkdir(parents=True, exist_ok=True)
    (folder / FILE).write_text(data, encoding="utf-8")
    return len(data.encode("utf-8"))
