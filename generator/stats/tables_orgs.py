"""Tables of the organizations counted in a year: by district or street (split by registration
status), and their shares by status, category and service field, each with its chart.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

from generator.input.records import LABELS, Organization
from generator.stats.figures import YearFigures, change, percent
from generator.stats.tables import Column, Comparison, Table, draw_chart

OrgKey = Callable[[Organization], Iterable[str]]  # the codes an organization counts under


def _count_orgs(figures: YearFigures | None, key: OrgKey) -> Counter:
    """How many organizations of the year count under each code (none without figures)."""
    counts: Counter = Counter()
    for _, org in figures.orgs if figures else []:
        for value in key(org):
            counts[value] += 1
    return counts


def orgs_by_area(years: Comparison, *, level: str) -> Table:
    """Organizations by district or by street, split by registration status."""
    by_street = level == "street"
    one_district = years.now.district is not None
    statuses = list(LABELS["status"])

    def place_of(org: Organization) -> tuple[str, ...]:
        area = org.area
        return (area.district, area.street) if by_street else (area.district,)

    now = Counter((*place_of(org), org.status) for _, org in years.now.orgs)
    before = Counter(place_of(org) for _, org in years.before.orgs) if years.before else None
    places: list[tuple[str, ...]] = []
    for district_name, streets in years.site.areas.tree.items():
        if one_district and district_name != years.now.district:
            continue
        places += [(district_name, s) for s in streets] if by_street else [(district_name,)]
    places += sorted({key[:-1] for key in now} - set(places))  # not in areas.yml: still counted
    rows = []
    for place in places:
        row: dict[str, Any] = {"district": place[0], "street": place[-1] if by_street else ""}
        row.update({status: now[(*place, status)] for status in statuses})
        row["total"] = sum(row[status] for status in statuses)
        row["change"] = change(row["total"], before[place]) if before is not None else None
        rows.append(row)
    totals: dict[str, Any] = {"district": "合计", "street": "合计" if one_district else ""}
    totals.update({status: sum(row[status] for row in rows) for status in statuses})
    totals["total"] = len(years.now.orgs)
    totals["change"] = change(len(years.now.orgs), len(years.before.orgs)) if years.before else None
    columns = [] if by_street and one_district else [Column("district", "区（县）")]
    if by_street:
        columns.append(Column("street", "街道（乡镇）"))
    columns += [Column(status, LABELS["status"][status], "count") for status in statuses]
    columns += [Column("total", "合计", "count"), Column("change", "较上年", "change")]
    name = "各街道（乡镇）" if by_street else "各区（县）"
    table = Table(
        id="orgs-by-street" if by_street else "orgs-by-district",
        title=f"{name}社区社会组织数量",
        columns=years.compared(columns),
        rows=rows,
        totals=[totals],
        note="登记：在民政部门登记；备案：在街道（乡镇）备案；培育中：尚未登记或备案。",
    )
    label_key: tuple[str, ...] = ("district",)
    if by_street:
        label_key = ("street",) if one_district else ("district", "street")
    draw_chart(
        table,
        label_key=label_key,
        series=[(status, LABELS["status"][status]) for status in statuses],
        unit="个",
    )
    return table


def _shares(
    years: Comparison,
    table_id: str,
    label: str,
    items: list[tuple[str, str]],
    key: OrgKey,
    *,
    with_total: bool = True,
    note: str = "",
) -> Table:
    """Organizations per item of a list (code, name), with their share of all."""
    now, before = _count_orgs(years.now, key), _count_orgs(years.before, key)
    total = len(years.now.orgs)
    known = {code for code, _ in items}
    items = items + [(code, code) for code in sorted(set(now) - known)]  # dropped from list
    rows = [
        {
            "name": name,
            "count": now[code],
            "share": percent(now[code], total),
            "change": change(now[code], before[code]) if years.before else None,
        }
        for code, name in items
    ]
    totals = {
        "name": "合计",
        "count": total,
        "share": percent(total, total),
        "change": change(total, len(years.before.orgs)) if years.before else None,
    }
    table = Table(
        id=table_id,
        title=f"按{label}分的社区社会组织",
        columns=years.compared(
            [
                Column("name", label),
                Column("count", "组织数", "count"),
                Column("share", "占组织总数（%）", "percent"),
                Column("change", "较上年", "change"),
            ]
        ),
        rows=rows,
        totals=[totals] if with_total else [],
        note=note,
    )
    draw_chart(table, label_key="name", series=[("count", "组织数")], unit="个")
    return table


def orgs_by_status(years: Comparison) -> Table:
    """Organizations by registration status, with their share of all."""
    items = list(LABELS["status"].items())
    return _shares(years, "orgs-by-status", "登记状态", items, lambda org: [org.status])


def orgs_by_category(years: Comparison) -> Table:
    """Organizations by category (of the settings), with their share of all."""
    items = [(item.id, item.name) for item in years.site.config.settings.categories]
    return _shares(years, "orgs-by-category", "类别", items, lambda org: [org.category])


def orgs_by_field(years: Comparison) -> Table:
    """Organizations by service field; one organization may count in several."""
    items = [(item.id, item.name) for item in years.site.config.settings.fields]
    return _shares(
        years,
        "orgs-by-field",
        "服务领域",
        items,
        lambda org: list(dict.fromkeys(org.fields)),
        with_total=False,
        note="一个组织可以有多个服务领域，各领域之和大于组织总数。",
    )
