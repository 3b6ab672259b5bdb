"""Tables of the bureau's own results: evaluation grades, inspection conclusions, commendations
and the abnormal list — of the organizations in scope; empty lists give no table. They read the
bureau's registers (generator.model.registers), where the annual files' old lists are merged.
"""

from __future__ import annotations

from collections import Counter

from generator.input.records import LABELS
from generator.model import registers
from generator.model.site import Site, today
from generator.stats.figures import change, year_end
from generator.stats.tables import Column, Comparison, Table, draw_chart

GRADES = ("5A", "4A", "3A", "2A", "1A")


def grades(years: Comparison) -> Table:
    """Organizations by the grade still valid on 31 December."""
    now = Counter(entry.grade for entry in years.now.grades.values())
    before = (
        Counter(entry.grade for entry in years.before.grades.values()) if years.before else None
    )
    rows = [
        {
            "grade": grade,
            "orgs": now[grade],
            "change": change(now[grade], before[grade]) if before is not None else None,
        }
        for grade in GRADES
    ]
    table = Table(
        id="grades",
        title="社会组织等级评估",
        columns=years.compared(
            [
                Column("grade", "评估等级"),
                Column("orgs", "组织数", "count"),
                Column("change", "较上年", "change"),
            ]
        ),
        rows=rows,
        totals=[
            {
                "grade": "合计",
                "orgs": sum(now.values()),
                "change": change(sum(now.values()), sum(before.values()))
                if before is not None
                else None,
            }
        ],
        note="当年 12 月 31 日仍在有效期内的评估等级（一般有效期五年）。",
    )
    draw_chart(table, label_key="grade", series=[("orgs", "组织数")], unit="个")
    return table


def _org_name(site: Site, org_id: str) -> tuple[str, str, str | None]:
    """An organization's name, code (USCC, filing number or 培育中) and page; its id, no code
    and no page when it has no valid record."""
    folder = site.orgs.get(org_id)
    if folder and folder.org:
        return folder.org.name, folder.org.public_code, f"orgs/{org_id}/"
    return org_id, "", None


CODE_COLUMN = Column("org_code", "统一社会信用代码或备案编号", "code")


def _in_scope(years: Comparison, org_id: str) -> bool:
    """Whether an organization belongs to the scope (always, on the city page)."""
    if not years.now.district:
        return True
    folder = years.site.orgs.get(org_id)
    return bool(folder and folder.org and folder.org.area.district == years.now.district)


def inspections(years: Comparison) -> Table | None:
    """Organizations by inspection conclusion; None when the bureau published none in scope."""
    results = registers.inspections_in(years.site.registers, years.now.year)
    counts = Counter(
        item.conclusion for org_id, item in results.items() if _in_scope(years, org_id)
    )
    if not counts:
        return None
    rows = [
        {"conclusion": label, "orgs": counts[code]} for code, label in LABELS["inspection"].items()
    ]
    table = Table(
        id="inspections",
        title="年检（年度报告）结论",
        columns=[Column("conclusion", "结论"), Column("orgs", "组织数", "count")],
        rows=rows,
        totals=[{"conclusion": "合计", "orgs": sum(counts.values())}],
    )
    draw_chart(table, label_key="conclusion", series=[("orgs", "组织数")], unit="个")
    return table


def commendations(years: Comparison) -> Table | None:
    """Each commended organization in scope; None when there is none."""
    rows = []
    for item in registers.commendations_in(years.site.registers, years.now.year):
        for org_id in item.orgs:
            if not _in_scope(years, org_id):
                continue
            name, code, url = _org_name(years.site, org_id)
            rows.append(
                {
                    "title": item.title,
                    "org_id": org_id,
                    "org_code": code,
                    "org_name": name,
                    "org_url": url,
                    "awarded_on": item.on,
                }
            )
    if not rows:
        return None
    return Table(
        id="commendations",
        title="受到表彰的组织",
        columns=[
            Column("title", "表彰名称", "note"),
            Column("org_name", "组织", "org"),
            Column("org_id", "组织编号"),
            CODE_COLUMN,
            Column("awarded_on", "表彰日期", "date"),
        ],
        rows=rows,
    )


def abnormal(years: Comparison) -> Table | None:
    """Each organization in scope on the abnormal list on the day the year's results were
    published (the bureau's registers); None when there is none."""
    # the list as the year's results published it; without them, at the year's end (or today)
    bureau = years.now.bureau
    day = bureau.published_on if bureau else min(year_end(years.now.year), today(years.site))
    rows = []
    for item in registers.listed_on(years.site.registers, day, "abnormal"):
        if not _in_scope(years, item.org):
            continue
        name, code, url = _org_name(years.site, item.org)
        rows.append(
            {
                "org_name": name,
                "org_id": item.org,
                "org_code": code,
                "org_url": url,
                "listed_on": item.listed_on,
                "reason": item.reason,
            }
        )
    if not rows:
        return None
    return Table(
        id="abnormal-list",
        title="列入活动异常名录的组织",
        columns=[
            Column("org_name", "组织", "org"),
            Column("org_id", "组织编号"),
            CODE_COLUMN,
            Column("listed_on", "列入日期", "date"),
            Column("reason", "列入原因", "note"),
        ],
        rows=rows,
    )
