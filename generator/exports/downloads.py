"""The annual results' downloads: every table of every year, of the city and of each district, as
CSV (Chinese headers, for Excel) and as a self-describing JSON document, under data/annual/.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.exports.formats import csv_bytes, json_bytes
from generator.model.site import Site
from generator.stats.figures import annual_years
from generator.stats.tables import Table
from generator.views.annual import AnnualView, annual_view, district_pages
from generator.views.pages import PageSpec


def table_json(view: AnnualView, table: Table) -> dict[str, Any]:
    """A table as a self-describing JSON document."""
    return {
        "year": view.year,
        "scope": view.scope,
        "table": table.id,
        "title": table.title,
        "publisher": view.publisher or None,
        "published_on": view.published_on,
        "note": table.note or None,
        "columns": [{"key": c.key, "label": c.label} for c in table.columns],
        "rows": [{c.key: row.get(c.key) for c in table.columns} for row in table.rows],
        "totals": [{c.key: row.get(c.key) for c in table.columns} for row in table.totals],
    }


def table_csv_rows(table: Table) -> list[dict[str, Any]]:
    """A table's rows (then totals) keyed by the Chinese column labels, for a CSV file."""
    return [{c.label: record[c.key] for c in table.columns} for record in table.records()]


def downloads(
    site: Site, pages: list[PageSpec] | None = None
) -> dict[str, tuple[AnnualView, Table]]:
    """Every downloadable table of every year: path below the site root (without suffix) →
    (view, table). The district views already made for `pages` are reused."""
    views = [annual_view(site, year) for year in annual_years(site)]
    if pages is None:
        pages = district_pages(site)
    views += [spec.context["annual"] for spec in pages if spec.kind == "annual"]
    found: dict[str, tuple[AnnualView, Table]] = {}
    for view in views:
        for table in view.tables if view else []:
            found[f"{view.data_url}{table.id}"] = (view, table)
    return found


def write_downloads(site: Site, site_dir: Path, pages: list[PageSpec] | None = None) -> int:
    """Write each table as CSV (UTF-8 with BOM, CRLF) and JSON; the number of tables written."""
    written = 0
    for path, (view, table) in sorted(downloads(site, pages).items()):
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.with_name(target.name + ".csv").write_bytes(csv_bytes(table_csv_rows(table)))
        target.with_name(target.name + ".json").write_bytes(json_bytes(table_json(view, table)))
        written += 1
    return written
