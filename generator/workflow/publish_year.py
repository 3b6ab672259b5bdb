"""`gongshi publish-year YEAR [--correct --note …]`: the bureau freezes a published year.

The first run writes content/annual/<YEAR>.published.json — every figure of the year's results
pages (the city's and each district's key figures and tables) and what each file contributed to
them — for review like any change; from then on the year's pages and downloads show those
figures. Only a year whose content/annual/<YEAR>.yml has `published_on` can be frozen, and an
existing snapshot is never overwritten except by `--correct`, which accepts the figures the
records give now: each changed figure is recorded (table, row, column, old, new, the build's
date, the note) in the snapshot's corrections, listed on the pages as 发布后更正.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from generator.findings import Report
from generator.model.load import load_site
from generator.model.published import CITY, snapshot_rel
from generator.stats.published import compare
from generator.views.published import take_snapshot

# findings about a published year's changes do not stop the bureau from accepting them
ACCEPTED_CODES = frozenset({"published-report-changed"})


class PublishError(Exception):
    """The year cannot be frozen or corrected as asked (a usage error, exit 2)."""


@dataclass
class Outcome:
    path: Path
    written: bool
    corrections: list[dict[str, Any]]


def publish_year(
    root: Path,
    year: int,
    *,
    correct: bool = False,
    note: str = "",
    as_of: date | None = None,
    source_date_epoch: str | None = None,
    report: Report,
) -> Outcome:
    """Write or correct the year's snapshot; findings of the records go to report."""
    root = root.resolve()
    site = load_site(root, report, as_of=as_of, source_date_epoch=source_date_epoch)
    blocking = [f for f in report.errors if f.code not in ACCEPTED_CODES]
    if blocking:
        raise PublishError(
            f"记录有 {len(blocking)} 个错误，改正后才能生成公示快照 "
            f"(the records have {len(blocking)} errors; fix them first)"
        )
    entry = site.bureau_years.get(year)
    if entry is None or entry.record is None:
        raise PublishError(
            f"没有 content/annual/{year}.yml，或它有错误；先写好年度公示文件并填写 published_on "
            f"(content/annual/{year}.yml is missing or invalid)"
        )
    if entry.record.published_on > site.as_of:
        raise PublishError(
            f"{year} 年度的 published_on（{entry.record.published_on}）晚于今天（{site.as_of}），"
            f"还没有公示 (not published yet as of {site.as_of})"
        )
    path = root / snapshot_rel(year)
    published = site.published.get(year)
    if correct and (published is None or not path.exists()):
        raise PublishError(
            f"{year} 年度还没有公示快照，先运行 gongshi publish-year {year} "
            f"(no snapshot of {year} yet: run gongshi publish-year {year} first)"
        )
    if not correct and path.exists():
        raise PublishError(
            f'{snapshot_rel(year)} 已存在；公示后的改动请用 --correct --note "说明" 记录为更正 '
            f"(the snapshot exists; use --correct --note to record a correction)"
        )
    if correct and not note.strip():
        raise PublishError('--correct 需要 --note "更正说明" (--correct needs --note)')
    snapshot = take_snapshot(site, year)
    corrections: list[dict[str, Any]] = []
    if correct and published is not None:
        corrections = _corrections(published.scopes, snapshot["scopes"], site.as_of, note.strip())
        if not corrections and snapshot["contributions"] == published.contributions:
            return Outcome(path, False, [])
        snapshot["published_on"] = published.data.get("published_on", snapshot["published_on"])
        snapshot["taken_on"] = published.data.get("taken_on", snapshot["taken_on"])
        snapshot["corrections"] = [*published.corrections, *corrections]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(snapshot_text(snapshot), encoding="utf-8")
    return Outcome(path, True, corrections)


def _corrections(
    old: dict[str, Any], new: dict[str, Any], on: date, note: str
) -> list[dict[str, Any]]:
    """Each figure that changed, page by page (the city's first), as a correction entry."""
    found = []
    order = [CITY, *sorted(s for s in {*old, *new} if s != CITY)]
    for scope_id in order:
        if scope_id not in old and scope_id not in new:
            continue
        before, after = old.get(scope_id) or {}, new.get(scope_id) or {}
        name = str(after.get("name") or before.get("name") or scope_id)
        for moved in compare(before, after):
            found.append(
                {
                    "scope": scope_id,
                    "scope_name": name,
                    "table": moved.table_id,
                    "table_title": moved.table,
                    "row": moved.row,
                    "column": moved.column_key,
                    "column_label": moved.column,
                    "old": moved.old,
                    "new": moved.new,
                    "on": on.isoformat(),
                    "note": note,
                }
            )
    return found


def snapshot_text(snapshot: dict[str, Any]) -> str:
    """Sorted keys, indented, one value a line: a change reads as a short diff."""
    return json.dumps(snapshot, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
