"""The nightly report: what needs someone's attention, as Markdown — a reminder that never blocks.

- external links (an organization's links[].url and contact.website, a policy's source_url) that no
  longer answer, checked by links with a timeout and a bounded count, only when asked to;
- organizations with no activity for 12 months;
- annual reports still missing after 30 June of the following year;
- evaluation grades past their valid_until;
- reports overdue (年报逾期) by the settings' deadline, and the bureau's extensions in force.

    python -m generator.workflow.nightly [-C DIR] [--check-links] [--max-links N] [--timeout S] [-o FILE]

The report goes to stdout (or FILE) and is appended to $GITHUB_STEP_SUMMARY when that is set. The exit
code is 0 whatever the report says: a broken link on a partner's website is nobody's failed build.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

from generator.findings import Report
from generator.input.fieldtypes import parse_date
from generator.input.records import Organization
from generator.model import registers
from generator.model.load import load_site
from generator.model.site import Site
from generator.model.standing import report_due
from generator.workflow.links import (
    DEFAULT_MAX_LINKS,
    DEFAULT_TIMEOUT,
    LinkResult,
    check_links,
    link_targets,
)

log = logging.getLogger(__name__)

INACTIVE_AFTER = timedelta(days=365)
REPORT_DUE = (6, 30)  # an annual report is due by 30 June of the following year


@dataclass
class Nightly:
    """Everything the report lists, computed from the site."""

    today: date
    links: list[LinkResult] | None = None  # None: links were not checked
    links_total: int = 0
    links_skipped: int = 0
    inactive: list[tuple[str, str, date | None]] = field(default_factory=list)
    due_year: int = 0
    missing_reports: list[tuple[str, str]] = field(default_factory=list)
    expired_grades: list[tuple[str, str, str, date]] = field(default_factory=list)
    # (org id, name, year, overdue since or extended until, extended?) by the settings' deadline
    overdue: list[tuple[str, str, int, date, bool]] = field(default_factory=list)


# -- what the records say ------------------------------------------------------------------------


def _names(site: Site) -> dict[str, str]:
    return {oid: org.name for oid, org in site.organizations()}


def _active(site: Site, today: date) -> list[tuple[str, Organization]]:
    """Organizations not deregistered or revoked by the day (the bureau's status register)."""
    return [
        (org_id, org)
        for org_id, org in site.organizations()
        if registers.status_on(site.registers, org_id, today) is None
    ]


def last_activity(site: Site) -> dict[str, date]:
    """The date of each organization's latest activity, its own or one it confirmed co-organizing
    (a lead naming another organization does not make it look active)."""
    latest: dict[str, date] = {}
    for org_id, folder in site.orgs.items():
        for stem, entry in folder.activities.items():
            activity = entry.record
            if activity is None:
                continue
            when = max(activity.date, activity.end_date or activity.date)
            for who in (org_id, *site.links.confirmed_co_organizers(org_id, stem)):
                if who not in latest or latest[who] < when:
                    latest[who] = when
    return latest


def _founded_by(founded: str) -> date:
    """The last day a partial date (2019, 2019-03, 2019-03-05) can mean."""
    parts = [int(part) for part in founded.split("-")]
    if len(parts) == 3:
        return date(*parts)
    if len(parts) == 2:
        year, month = parts
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    return date(parts[0], 12, 31)


def inactive_orgs(site: Site, today: date) -> list[tuple[str, str, date | None]]:
    """Organizations whose latest activity is older than 12 months (or that have none at all)."""
    latest = last_activity(site)
    cutoff = today - INACTIVE_AFTER
    found = []
    for org_id, org in _active(site, today):
        last = latest.get(org_id)
        if last is not None and last < cutoff:
            found.append((org_id, org.name, last))
        elif last is None and _founded_by(org.founded) < cutoff:
            found.append((org_id, org.name, None))
    return found


def due_year(today: date) -> int:
    """The latest year whose annual report is due: last year's after 30 June, else the one before."""
    return today.year - 1 if (today.month, today.day) > REPORT_DUE else today.year - 2


def missing_reports(site: Site, today: date) -> tuple[int, list[tuple[str, str]]]:
    """(the due year, organizations founded by then that have no annual report for it)."""
    year = due_year(today)
    missing = [
        (org_id, org.name)
        for org_id, org in _active(site, today)
        if int(org.founded[:4]) <= year and year not in site.orgs[org_id].reports
    ]
    return year, missing


def expired_grades(site: Site, today: date) -> list[tuple[str, str, str, date]]:
    """Organizations whose latest evaluation grade (the bureau's registers) is no longer in force:
    past its valid_until, or ended."""
    names = _names(site)
    found = []
    for org_id in sorted({item.record.org for item in site.registers.grades}):
        latest = registers.latest_grade(site.registers, org_id, today)
        if latest and registers.grade_on(site.registers, org_id, today) is None:
            found.append((org_id, names.get(org_id, org_id), latest.grade, latest.valid_until))
    return found


def overdue_reports(site: Site, today: date) -> list[tuple[str, str, int, date, bool]]:
    """Organizations whose report is overdue on the day (year, since), then those the bureau's
    extension still covers (year, until) — generator.model.standing decides both."""
    overdue, extended = [], []
    for org_id, org in _active(site, today):
        due = report_due(site, org_id, org, today)
        if due is not None and due.overdue is not None:
            overdue.append((org_id, org.name, due.year, due.overdue.since, False))
        elif due is not None and due.extension is not None:
            extended.append((org_id, org.name, due.year, due.extension.until, True))
    return overdue + extended


# -- the report ----------------------------------------------------------------------------------


def collect(
    site: Site,
    *,
    today: date,
    check: bool = False,
    limit: int = DEFAULT_MAX_LINKS,
    timeout: float = DEFAULT_TIMEOUT,
) -> Nightly:
    """What the nightly report lists; links only when check is true."""
    nightly = Nightly(today=today)
    if check:
        targets = link_targets(site)
        nightly.links_total = len(targets)
        nightly.links, nightly.links_skipped = check_links(targets, limit=limit, timeout=timeout)
    nightly.inactive = inactive_orgs(site, today)
    nightly.due_year, nightly.missing_reports = missing_reports(site, today)
    nightly.expired_grades = expired_grades(site, today)
    nightly.overdue = overdue_reports(site, today)
    return nightly


def render(nightly: Nightly) -> str:
    """The report as Markdown (for the step summary and the artifact)."""
    broken = [link for link in nightly.links or [] if not link.ok]
    year = nightly.due_year
    out = [
        f"## 夜间检查报告 (nightly report) {nightly.today.isoformat()}",
        "",
        "这份报告只是提醒，不会阻止任何提交。(A reminder only: it never blocks anyone.)",
        "",
        "| 检查 (check) | 数量 (count) |",
        "|---|---|",
        f"| 打不开的外部链接 (broken external links) | {_count_links(nightly, broken)} |",
        f"| 12 个月没有活动的机构 (no activity for 12 months) | {len(nightly.inactive)} |",
        f"| 缺少 {year} 年度报告的机构 (annual report {year} missing) | "
        f"{len(nightly.missing_reports)} |",
        f"| 评估等级已过有效期 (grades past valid_until) | {len(nightly.expired_grades)} |",
        f"| 年报逾期 (annual report overdue) | {sum(not x[4] for x in nightly.overdue)} |",
    ]
    out += ["", "### 打不开的外部链接 (broken external links)", ""]
    if nightly.links is None:
        out.append("本次没有检查外部链接 (links were not checked this time).")
    elif broken:
        out += ["| 链接 (link) | 结果 (result) | 出现在 (found in) |", "|---|---|---|"]
        out += [
            f"| {_cell(link.url)} | {_cell(link.status)} | "
            + ", ".join(f"`{source}`" for source in link.sources)
            + " |"
            for link in broken
        ]
    else:
        out.append("全部能打开 (all answered).")
    if nightly.links_skipped:
        out += [
            "",
            f"另有 {nightly.links_skipped} 个链接超出本次上限，未检查 "
            f"({nightly.links_skipped} more were over this run's limit).",
        ]
    out += ["", "### 12 个月没有活动的机构 (no activity for 12 months)", ""]
    out += _table(
        ["机构 (organization)", "最近一次活动 (latest activity)"],
        [
            [_org(oid, name), last.isoformat() if last else "没有活动记录 (none)"]
            for oid, name, last in nightly.inactive
        ],
    )
    out += [
        "",
        f"### 缺少 {year} 年度报告的机构 (annual report {year} missing)",
        "",
        f"年度报告应在 {year + 1} 年 6 月 30 日前提交，文件为 `orgs/<机构编号>/reports/{year}.yml` "
        f"(due by 30 June {year + 1}).",
        "",
    ]
    out += _table(
        ["机构 (organization)"], [[_org(oid, name)] for oid, name in nightly.missing_reports]
    )
    out += ["", "### 评估等级已过有效期 (grades past valid_until)", ""]
    out += _table(
        ["机构 (organization)", "等级 (grade)", "有效期至 (valid until)"],
        [
            [_org(oid, name), grade, until.isoformat()]
            for oid, name, grade, until in nightly.expired_grades
        ],
    )
    out += ["", "### 年报逾期 (annual report overdue)", ""]
    out += _table(
        ["机构 (organization)", "年度 (year)", "状态 (status)"],
        [
            [
                _org(oid, name),
                str(year),
                f"延期至 (extended until) {day.isoformat()}"
                if extended
                else f"自 (since) {day.isoformat()} 逾期",
            ]
            for oid, name, year, day, extended in nightly.overdue
        ],
    )
    return "\n".join(out) + "\n"


def _count_links(nightly: Nightly, broken: list[LinkResult]) -> str:
    if nightly.links is None:
        return "未检查 (not checked)"
    return f"{len(broken)} / {len(nightly.links)}"


def _table(headers: Sequence[str], rows: list[list[str]]) -> list[str]:
    if not rows:
        return ["没有 (none)."]
    lines = ["| " + " | ".join(headers) + " |", "|" + "---|" * len(headers)]
    return lines + ["| " + " | ".join(row) + " |" for row in rows]


def _org(org_id: str, name: str) -> str:
    return f"{_cell(name)} (`{org_id}`)"


def _cell(text: str) -> str:
    return (
        text.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("|", "\\|")
        .replace("\n", " ")
    )


# -- command line --------------------------------------------------------------------------------


def nightly_report(
    root: Path,
    *,
    today: date | None = None,
    check: bool = False,
    limit: int = DEFAULT_MAX_LINKS,
    timeout: float = DEFAULT_TIMEOUT,
) -> str:
    """Load the site at root and render its nightly report."""
    site = load_site(
        root, Report(), as_of=today, source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH")
    )
    return render(collect(site, today=site.as_of, check=check, limit=limit, timeout=timeout))


def _date_argument(text: str) -> date:
    try:
        return parse_date(text)
    except Exception:
        raise argparse.ArgumentTypeError(f"日期无效 (invalid date): {text}") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m generator.workflow.nightly", description="夜间检查报告 (nightly report)"
    )
    parser.add_argument("-C", dest="root", default=".", help="站点仓库目录（默认当前目录）")
    parser.add_argument("--check-links", action="store_true", help="检查外部链接（需要联网）")
    parser.add_argument("--max-links", type=int, default=DEFAULT_MAX_LINKS, help="最多检查几个链接")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT, help="每个链接的超时秒数")
    parser.add_argument("--today", type=_date_argument, help="按这一天计算（默认今天）")
    parser.add_argument("-o", "--output", help="写入 Markdown 文件（默认打印）")
    args = parser.parse_args(argv)
    try:
        text = nightly_report(
            Path(args.root),
            today=args.today,
            check=args.check_links,
            limit=args.max_links,
            timeout=args.timeout,
        )
    except Exception as error:  # a reminder must never fail a run: say what went wrong instead
        log.debug("nightly report failed", exc_info=True)
        text = (
            "## 夜间检查报告 (nightly report)\n\n"
            f"检查没有完成 (the check did not finish): {type(error).__name__}: {error}\n"
        )
    if args.output:
        Path(args.output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    summary = os.environ.get("GITHUB_STEP_SUMMARY")
    if summary:
        with open(summary, "a", encoding="utf-8") as handle:
            handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
