"""An organization's standing as its pages show it: 年报逾期 (or an extension in force) and its
disclosure level (公示等级) with what the next level asks — on the build's date, each saying the
day it took effect (generator.model.standing), never the build's date.

The overdue mark joins the card's notices, so it shows wherever the organization appears (its
page, directory and area cards, search results), like the bureau's listings.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from generator.formatting import zh_date
from generator.input.standing_settings import REQUIREMENT_LABELS, DisclosureLevel
from generator.model.site import Site, today
from generator.model.standing import LevelStanding, ReportDue, level_on, report_due
from generator.views.pages import PageSpec
from generator.views.record_views import OrgRef

NO_LEVEL = "未达公示等级"
OVERDUE_LABEL = "年报逾期"


@dataclass
class Missing:
    code: str
    label: str
    how: str


@dataclass
class StandingView:
    """What the organization's page says of its standing."""

    due: ReportDue | None
    level: LevelStanding
    levels: list[DisclosureLevel]
    missing: list[Missing] = field(default_factory=list)  # for the next level

    @property
    def overdue(self) -> bool:
        return self.due is not None and self.due.overdue is not None

    @property
    def level_label(self) -> str:
        return self.level.level.name if self.level.level else NO_LEVEL


def overdue_notice(due: ReportDue) -> str:
    """年报逾期：未报送 2025 年度报告（截止 2026年5月31日，自 2026年6月1日 起）"""
    overdue = due.overdue
    assert overdue is not None
    extended = (
        f"，延期至 {zh_date(overdue.extension.until)}" if overdue.extension is not None else ""
    )
    return (
        f"{OVERDUE_LABEL}：未报送 {overdue.year} 年度报告（截止 {zh_date(overdue.deadline)}"
        f"{extended}，自 {zh_date(overdue.since)} 起）"
    )


def standing_of(site: Site, org_id: str, day: date) -> StandingView | None:
    folder = site.orgs[org_id]
    if folder.org is None:
        return None
    level = level_on(site, org_id, folder.org, day)
    view = StandingView(
        report_due(site, org_id, folder.org, day),
        level,
        list(site.config.settings.disclosure.levels),
    )
    view.missing = [Missing(code, *REQUIREMENT_LABELS[code]) for code in level.missing]
    return view


def mark_standing(site: Site, refs: dict[str, OrgRef]) -> None:
    """Every shown organization's standing on its card; overdue ones carry the notice."""
    day = today(site)
    for org_id, ref in refs.items():
        ref.standing = standing_of(site, org_id, day)
        if ref.standing and ref.standing.due and ref.standing.due.overdue:
            ref.notices.append(overdue_notice(ref.standing.due))


def standing_filters(ref: OrgRef) -> dict[str, list[str]]:
    """The search and directory filters of the standing: level (always), overdue (when so)."""
    standing = ref.standing
    if standing is None:
        return {}
    filters = {"level": [standing.level_label]}
    if standing.overdue:
        filters["overdue"] = [OVERDUE_LABEL]
    return filters


def standing_columns(ref: OrgRef) -> dict[str, object]:
    """The open data's standing columns of an organization (columns added by issue 22)."""
    standing = ref.standing
    due = standing.due if standing else None
    overdue = due.overdue if due else None
    level = standing.level if standing else None
    return {
        "report_overdue": overdue is not None,
        "report_overdue_year": overdue.year if overdue else None,
        "report_overdue_since": overdue.since if overdue else None,
        "report_extended_until": due.extension.until if due and due.extension else None,
        "disclosure_level": level.level.id if level and level.level else None,
        "disclosure_level_name": level.level.name if level and level.level else None,
        "disclosure_level_since": level.since if level else None,
    }


LEVELS_URL = "levels/"


def levels_page(site: Site, refs: dict[str, OrgRef]) -> PageSpec:
    """levels/: the rules of the disclosure levels and of overdue reports, in words, with how
    many organizations hold each level on the build's date."""
    settings = site.config.settings
    disclosure, reporting = settings.disclosure, settings.reporting
    counts = {level.id: 0 for level in disclosure.levels}
    none = overdue = 0
    for ref in refs.values():
        standing = ref.standing
        if standing is None:
            continue
        if standing.level.level is None:
            none += 1
        else:
            counts[standing.level.level.id] += 1
        overdue += standing.overdue
    rows = []
    for rank, level in enumerate(disclosure.levels, start=1):
        rows.append(
            {
                "rank": rank,
                "level": level,
                "requires": [Missing(code, *REQUIREMENT_LABELS[code]) for code in level.requires],
                "count": counts[level.id],
            }
        )
    return PageSpec(
        url=LEVELS_URL,
        template="gongshi/levels.html",
        title="公示等级和年报逾期",
        description=f"{settings.city}社区社会组织的公示等级怎样按公开的信息计算、何时失效，"
        "年度报告何时算逾期",
        kind="index",
        context={
            "levels": rows,
            "none": none,
            "overdue": overdue,
            "lapse_months": disclosure.lapse_months,
            "deadline_month": reporting.deadline_month,
            "deadline_day": reporting.deadline_day,
        },
    )
