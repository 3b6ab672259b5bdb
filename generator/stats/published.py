"""The tables of a published year as the bureau published them: a table's cells written into the
snapshot and read back, two versions of a year's figures compared cell by cell, and the tables a
page shows rebuilt from the snapshot — whatever tables and cells the results have (the snapshot
knows no table by name), so a change in how a figure is counted changes only the numbers.

A row is known by its descriptive cells (text, organization, note, date columns: "青山区",
"青山区 · 湖滨街道", "合计"); a figure by its table, row and column.
"""

from __future__ import annotations

import contextlib
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from generator.model.published import plain
from generator.stats.tables import CODE_COLUMNS, Column, KeyFigure, Table, draw_chart

NUMERIC_KINDS = frozenset({"count", "money", "ratio", "percent", "change"})
LABEL_KINDS = frozenset({"text", "org", "note", "date"})
IDENTITY_KINDS = frozenset({"code"})  # looked up from the records: neither label nor figure
FIGURES_ID, FIGURES_TITLE = "figures", "关键数字"
FIGURE_COLUMNS = (("value", "数值"), ("change", "较上年"), ("target", "目标"))
ROW_EXTRAS = ("org_url",)  # kept with a row (a link), not compared


@dataclass(frozen=True)
class Moved:
    """One published figure the records now give differently (None: absent on that side)."""

    table_id: str
    table: str
    row: str
    column_key: str
    column: str
    old: Any
    new: Any

    def describe(self) -> str:
        where = " · ".join(part for part in (self.table, self.row, self.column) if part)
        return f"{where}：{shown(self.old)} → {shown(self.new)}"


def shown(value: Any) -> str:
    return "（无）" if value is None or value == "" else str(value)


# -- writing ------------------------------------------------------------------------------------


def table_snapshot(table: Table) -> dict[str, Any]:
    """A table's cells, titles and kinds, as JSON values."""
    keys = [column.key for column in table.columns]

    def row_of(row: dict[str, Any]) -> dict[str, Any]:
        cells = {key: plain(row.get(key)) for key in keys}
        cells.update({key: row[key] for key in ROW_EXTRAS if row.get(key)})
        return cells

    return {
        "id": table.id,
        "title": table.title,
        "note": table.note,
        "columns": [{"key": c.key, "label": c.label, "kind": c.kind} for c in table.columns],
        "rows": [row_of(row) for row in table.rows],
        "totals": [row_of(row) for row in table.totals],
    }


def figure_snapshot(figure: KeyFigure) -> dict[str, Any]:
    return {
        "label": figure.label,
        "kind": figure.kind,
        "value": plain(figure.value),
        "change": plain(figure.change),
        "target": plain(figure.target),
        "met": figure.met,
        "period": figure.period,  # what it counts, as published (shown, never compared)
        "source": figure.source,
    }


def scope_snapshot(name: str, figures: list[KeyFigure], tables: list[Table]) -> dict[str, Any]:
    """Everything one results page shows as figures: its key figures and its tables."""
    return {
        "name": name,
        "figures": [figure_snapshot(f) for f in figures],
        "tables": [table_snapshot(t) for t in tables],
    }


# -- comparing ----------------------------------------------------------------------------------


def _labelled(columns: list[dict[str, Any]], rows: list[dict[str, Any]]) -> dict[str, dict]:
    """Rows by their label (the descriptive cells joined); a repeated label gets #2, #3…"""
    keys = [c["key"] for c in columns if c.get("kind", "text") in LABEL_KINDS]
    found: dict[str, dict] = {}
    for row in rows:
        label = " · ".join(str(row[k]) for k in keys if row.get(k) not in (None, "")) or "—"
        unique, number = label, 1
        while unique in found:
            number += 1
            unique = f"{label} #{number}"
        found[unique] = row
    return found


def _as_table(snapshot: dict[str, Any]) -> tuple[list[dict], dict[str, dict]]:
    columns = list(snapshot.get("columns") or [])
    return columns, _labelled(columns, [*snapshot.get("rows", []), *snapshot.get("totals", [])])


def _figures_as_table(figures: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "id": FIGURES_ID,
        "title": FIGURES_TITLE,
        "columns": [{"key": "label", "label": "项目", "kind": "text"}]
        + [{"key": key, "label": label, "kind": "count"} for key, label in FIGURE_COLUMNS],
        "rows": figures,
    }


def compare(published: dict[str, Any], now: dict[str, Any]) -> list[Moved]:
    """Every figure of a page that differs between the published snapshot and now."""
    moved: list[Moved] = []
    old_tables = {t["id"]: t for t in published.get("tables", []) if isinstance(t, dict)}
    new_tables = {t["id"]: t for t in now.get("tables", [])}
    old_tables[FIGURES_ID] = _figures_as_table(published.get("figures", []))
    new_tables[FIGURES_ID] = _figures_as_table(now.get("figures", []))
    for table_id in [*old_tables, *(t for t in new_tables if t not in old_tables)]:
        old, new = old_tables.get(table_id), new_tables.get(table_id)
        title = str((old or new or {}).get("title", table_id))
        if old is None or new is None:
            moved.append(
                Moved(
                    table_id,
                    title,
                    "",
                    "",
                    "",
                    "（整张表）" if old else None,
                    None if old else "（整张表）",
                )
            )
            continue
        moved += _compare_rows(table_id, title, old, new)
    return moved


def _compare_rows(table_id: str, title: str, old: dict, new: dict) -> list[Moved]:
    moved: list[Moved] = []
    old_columns, old_rows = _as_table(old)
    new_columns, new_rows = _as_table(new)
    labels = {c["key"]: c["label"] for c in [*new_columns, *old_columns]}
    identity = {c["key"] for c in [*old_columns, *new_columns] if c.get("kind") in IDENTITY_KINDS}
    keys = [
        key
        for key in dict.fromkeys(c["key"] for c in [*old_columns, *new_columns])
        if key not in identity
    ]
    for label in [*old_rows, *(r for r in new_rows if r not in old_rows)]:
        before, after = old_rows.get(label), new_rows.get(label)
        if before is None or after is None:
            moved.append(
                Moved(
                    table_id,
                    title,
                    label,
                    "",
                    "",
                    "（该行）" if before else None,
                    None if before else "（该行）",
                )
            )
            continue
        for key in keys:
            if before.get(key) != after.get(key):
                moved.append(
                    Moved(table_id, title, label, key, labels[key], before.get(key), after.get(key))
                )
    return moved


# -- reading back -------------------------------------------------------------------------------


def typed(value: Any, kind: str) -> Any:
    """A stored cell as the tables hold it: exact decimals, dates."""
    if isinstance(value, str) and kind in NUMERIC_KINDS:
        with contextlib.suppress(InvalidOperation):
            return Decimal(value)
    if isinstance(value, str) and kind == "date":
        with contextlib.suppress(ValueError):
            return date.fromisoformat(value)
    return value


def _with_codes(columns: list[Column], live: Table | None) -> list[Column]:
    """The snapshot's columns, with the live table's code columns it lacks (a year published
    before they existed) put after the id column they are looked up by."""
    if live is None:
        return columns
    keys = {column.key for column in columns}
    for column in live.columns:
        by = CODE_COLUMNS.get(column.key)
        if column.kind in IDENTITY_KINDS and column.key not in keys and by in keys:
            at = next(i for i, c in enumerate(columns) if c.key == by) + 1
            columns = [*columns[:at], column, *columns[at:]]
    return columns


def _table_from(
    snapshot: dict[str, Any], live: Table | None, codes: Mapping[str, str] | None = None
) -> Table:
    stored_columns = [
        Column(str(c.get("key")), str(c.get("label", "")), str(c.get("kind", "text")))
        for c in snapshot.get("columns", [])
    ]
    columns = _with_codes(stored_columns, live)
    added = {c.key: CODE_COLUMNS[c.key] for c in columns if c not in stored_columns}
    kinds = {c.key: c.kind for c in columns}

    def row_of(stored: dict[str, Any]) -> dict[str, Any]:
        row = {key: typed(value, kinds.get(key, "text")) for key, value in stored.items()}
        for key, by in added.items():
            row[key] = (codes or {}).get(str(stored.get(by)), "") if stored.get(by) else None
        return row

    table = Table(
        id=str(snapshot.get("id")),
        title=str(snapshot.get("title", "")),
        columns=columns,
        rows=[row_of(row) for row in snapshot.get("rows", [])],
        totals=[row_of(row) for row in snapshot.get("totals", [])],
        note=str(snapshot.get("note") or ""),
    )
    args = dict(live.chart_args) if live is not None else {}
    if args:
        with_totals = args.pop("with_totals")
        draw_chart(table, rows=[*table.rows, *table.totals] if with_totals else None, **args)
    return table


def as_published(
    published: dict[str, Any], tables: list[Table], codes: Mapping[str, str] | None = None
) -> tuple[list[KeyFigure], list[Table]]:
    """The key figures and tables of a page as the snapshot holds them (charts drawn again
    from the published cells); tables that did not exist then are not shown. Code columns
    the snapshot lacks are filled from `codes` (organization id → its code)."""
    live = {table.id: table for table in tables}
    figures = [
        KeyFigure(
            label=str(f.get("label", "")),
            value=typed(f.get("value"), "count"),
            kind=str(f.get("kind", "count")),
            change=typed(f.get("change"), "count"),
            target=typed(f.get("target"), "count"),
            met=f.get("met"),
            period=str(f.get("period") or ""),
            source=str(f.get("source") or ""),
        )
        for f in published.get("figures", [])
        if isinstance(f, dict)
    ]
    rebuilt = [
        _table_from(t, live.get(str(t.get("id"))), codes)
        for t in published.get("tables", [])
        if isinstance(t, dict)
    ]
    return figures, rebuilt
