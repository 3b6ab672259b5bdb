"""A published year, frozen: the bureau's snapshot content/annual/<YEAR>.published.json, written by
`gongshi publish-year` and reviewed like any change, holding every figure of the year's results as
published, each file's contribution to them, and the corrections the bureau accepted since.

Here: reading the snapshots into the Site, the figures a report contributes (the numbers of an
annual report, flattened to `training.delivered`-style keys, decimals as exact text), and the
finding an organization gets when it edits a report of a published year. Comparing the tables
with the published ones needs the tables, and lives with them (generator.stats.published,
generator.views.published).
"""

from __future__ import annotations

import json
import weakref
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.findings import Report
from generator.input.records import AnnualReport
from generator.model.site import Site

SUFFIX = ".published.json"
ANNUAL_FOLDER = ("content", "annual")
CITY = "city"  # the scope key of the city's own page; districts are keyed by their ids
SNAPSHOT_MAX_BYTES = 32 * 1024 * 1024


@dataclass
class Published:
    """One year's snapshot as read: the JSON document, and where it came from."""

    year: int
    rel: str
    data: dict[str, Any]
    scopes: dict[str, Any] = field(default_factory=dict)
    contributions: dict[str, Any] = field(default_factory=dict)
    corrections: list[dict[str, Any]] = field(default_factory=list)

    @property
    def published_on(self) -> str:
        return str(self.data.get("published_on") or "")

    @property
    def settled_on(self) -> str:
        """The latest date the bureau settled the figures: publication or its last correction."""
        dates = [self.published_on, *(str(c.get("on") or "") for c in self.corrections)]
        return max(dates)


def snapshot_rel(year: int) -> str:
    return "/".join((*ANNUAL_FOLDER, f"{year}{SUFFIX}"))


def is_snapshot_name(name: str) -> bool:
    stem = name[: -len(SUFFIX)] if name.endswith(SUFFIX) else ""
    return len(stem) == 4 and stem.isdigit()


def plain(value: Any) -> Any:
    """A value as the snapshot stores it: decimals as exact text (12.5 → "12.5"), dates as ISO
    text, lists and mappings element by element; so equal figures compare equal as JSON."""
    if isinstance(value, bool) or value is None or isinstance(value, (int, str)):
        return value
    if isinstance(value, Decimal):
        text = f"{value.normalize():f}"
        return int(text) if text.lstrip("-").isdigit() else text
    if isinstance(value, float):
        return plain(Decimal(str(value)))
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple, set)):
        items = [plain(v) for v in value]
        return sorted(items, key=str) if isinstance(value, set) else items
    return str(value)


def _numbers(model: BaseModel, prefix: str = "") -> dict[str, Any]:
    found: dict[str, Any] = {}
    for name in type(model).model_fields:
        value = getattr(model, name)
        key = f"{prefix}{name}"
        if isinstance(value, BaseModel):
            found.update(_numbers(value, f"{key}."))
        elif isinstance(value, (int, Decimal)) and not isinstance(value, bool):
            found[key] = plain(value)
    return found


# report → its figures, while the report lives: the checks, the annual views and the snapshot
# each ask for them, and in `gongshi serve` an unchanged report is the same record next build
_FIGURES: dict[int, tuple[weakref.ref, dict[str, Any]]] = {}


def report_figures(record: AnnualReport) -> dict[str, Any]:
    """Every number of an annual report (`beneficiaries`, `training.delivered`, `income.total`…),
    as the snapshot stores them; the year itself is not a figure. (A record cannot be changed
    once made, so its figures are worked out once; each caller gets its own dict.)"""
    key = id(record)
    known = _FIGURES.get(key)
    if known is not None and known[0]() is record:
        return dict(known[1])
    figures = _numbers(record)
    figures.pop("year", None)
    _FIGURES[key] = (weakref.ref(record, lambda _, key=key: _FIGURES.pop(key, None)), figures)
    return dict(figures)


def training_figure(figures: dict[str, Any]) -> Any:
    """The person-times a report says it trained: `training.delivered`, else the deprecated
    `trained_person_times`."""
    delivered = figures.get("training.delivered")
    return delivered if delivered is not None else figures.get("trained_person_times")


def load_published(site: Site, report: Report) -> dict[int, Published]:
    """Every snapshot under content/annual/; one that cannot be read is an error, never a crash."""
    folder = site.root.joinpath(*ANNUAL_FOLDER)
    found: dict[int, Published] = {}
    if not folder.is_dir():
        return found
    for path in sorted(folder.glob(f"*{SUFFIX}")):
        rel = "/".join((*ANNUAL_FOLDER, path.name))
        if not is_snapshot_name(path.name):
            report.add("published-snapshot-invalid", rel, detail="文件名应为“年份.published.json”")
            continue
        published = read_snapshot(path, rel, report)
        if published is not None:
            found[published.year] = published
    return found


def read_snapshot(path: Path, rel: str, report: Report) -> Published | None:
    """A snapshot file read and its shape checked; None (and a finding) when it cannot be used."""
    try:
        if path.is_symlink() or path.stat().st_size > SNAPSHOT_MAX_BYTES:
            raise ValueError("不是普通文件或文件过大 (not a regular file, or too large)")
        data = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        report.add("published-snapshot-invalid", rel, error.lineno, error.colno, detail=error.msg)
        return None
    except (OSError, UnicodeDecodeError, ValueError) as error:
        report.add("published-snapshot-invalid", rel, detail=str(error))
        return None
    year = int(path.name[:4])
    shape_ok = (
        isinstance(data, dict)
        and data.get("year") == year
        and isinstance(data.get("scopes"), dict)
        and isinstance(data.get("contributions", {}), dict)
        and isinstance(data.get("corrections", []), list)
    )
    if not shape_ok:
        report.add(
            "published-snapshot-invalid",
            rel,
            detail=f"需要 year: {year}、scopes、contributions 和 corrections",
        )
        return None
    return Published(
        year=year,
        rel=rel,
        data=data,
        scopes=data["scopes"],
        contributions=data.get("contributions", {}),
        corrections=[c for c in data.get("corrections", []) if isinstance(c, dict)],
    )


def check_published_reports(site: Site, report: Report) -> None:
    """An organization's report of a published year whose numbers differ from the published ones
    needs a `corrections` entry dated after the bureau last settled the figures (an error
    without it, a warning with it: the results keep the published figure until the bureau
    accepts the change); a report that came after publication is a warning."""
    for year, published in sorted(site.published.items()):
        for _, folder in sorted(site.orgs.items()):
            entry = folder.reports.get(year)
            if entry is None or entry.record is None or entry.document is None:
                continue
            before = published.contributions.get(entry.rel)
            if before is None:
                report.add("published-report-late", entry.rel, year=year, on=published.published_on)
                continue
            now = report_figures(entry.record)
            old = before.get("figures", {}) if isinstance(before, dict) else {}
            changed = sorted(key for key in {*now, *old} if now.get(key) != old.get(key))
            if not changed:
                continue
            fields = "、".join(
                f"{key} {_shown(old.get(key))} → {_shown(now.get(key))}" for key in changed
            )
            corrected = [
                index
                for index, item in enumerate(entry.record.corrections)
                if item.on.isoformat() >= published.settled_on  # the same day counts
            ]
            first = next((key for key in changed if key in now), changed[0])
            where = ("corrections", corrected[-1]) if corrected else (*first.split("."),)
            line, column = entry.document.at(where)
            report.add(
                "published-report-corrected" if corrected else "published-report-changed",
                entry.rel,
                line,
                column,
                year=year,
                on=published.settled_on,
                fields=fields,
            )


def _shown(value: Any) -> str:
    return "（无）" if value is None else str(value)
