"""The annual results' downloads: every table of every year, of the city and of each district, as
CSV (Chinese headers, for Excel) and as a self-describing JSON document, under data/annual/; a
published year's tables hold the published figures, and its corrections after publication are a
file of their own (corrections.csv and .json beside the tables).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator.exports.formats import csv_bytes, json_bytes
from generator.exports.kept import KeptExports, key_of, place
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


CORRECTION_COLUMNS = (
    ("on", "更正日期"),
    ("scope_name", "范围"),
    ("table_title", "表格"),
    ("row", "行"),
    ("column_label", "列"),
    ("old", "公示的数字"),
    ("new", "更正后的数字"),
    ("note", "更正说明"),
)


def _views(site: Site, pages: list[PageSpec] | None) -> list[AnnualView | None]:
    views = [annual_view(site, year) for year in annual_years(site)]
    if pages is None:
        pages = district_pages(site)
    return views + [spec.context["annual"] for spec in pages if spec.kind == "annual"]


def corrections_json(view: AnnualView) -> dict[str, Any]:
    """The corrections accepted after a year was published, as a self-describing document."""
    return {
        "year": view.year,
        "scope": view.scope,
        "publisher": view.publisher or None,
        "published_on": view.published_on,
        "columns": [{"key": key, "label": label} for key, label in CORRECTION_COLUMNS],
        "corrections": [
            {key: item.get(key) for key, _ in CORRECTION_COLUMNS} for item in view.corrections
        ],
    }


def corrections_csv_rows(view: AnnualView) -> list[dict[str, Any]]:
    return [
        {label: item.get(key) for key, label in CORRECTION_COLUMNS} for item in view.corrections
    ]


def downloads(
    site: Site, pages: list[PageSpec] | None = None
) -> dict[str, tuple[AnnualView, Table]]:
    """Every downloadable table of every year: path below the site root (without suffix) →
    (view, table). The district views already made for `pages` are reused."""
    return _tables_of(_views(site, pages))


def _tables_of(views: list[AnnualView | None]) -> dict[str, tuple[AnnualView, Table]]:
    found: dict[str, tuple[AnnualView, Table]] = {}
    for view in views:
        for table in view.tables if view else []:
            found[f"{view.data_url}{table.id}"] = (view, table)
    return found


def write_downloads(
    site: Site, site_dir: Path, pages: list[PageSpec] | None = None, cache: Path | None = None
) -> int:
    """Write each table as CSV (UTF-8 with BOM, CRLF) and JSON; the number of tables written.
    With `cache`, a table whose data did not change is linked from there (generator.exports.
    kept): the example's hundred tables are two hundred files, written again on every build."""
    written = 0
    views = _views(site, pages)
    kept = KeptExports(cache)
    for path, (view, table) in sorted(_tables_of(views).items()):
        data, rows = table_json(view, table), table_csv_rows(table)
        csv_path, json_path = f"{path}.csv", f"{path}.json"
        files = kept.files(
            f"table {path}",
            key_of(data, rows),
            (csv_path, json_path),
            lambda data=data, rows=rows, csv_path=csv_path, json_path=json_path: {
                csv_path: csv_bytes(rows),
                json_path: json_bytes(data),
            },
        )
        kept.place(site_dir, files)
        written += 1
    for view in views:
        if view is None or not view.corrections:
            continue
        place(
            site_dir,
            {
                f"{view.data_url}corrections.csv": csv_bytes(corrections_csv_rows(view)),
                f"{view.data_url}corrections.json": json_bytes(corrections_json(view)),
            },
        )
    kept.save()
    return written
