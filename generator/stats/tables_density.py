"""Tables of the density of organizations: per community against the bureau's targets, urban
and rural apart, by district or by street; and each community of a district on its own.
"""

from __future__ import annotations

from collections import Counter
from decimal import Decimal
from typing import Any

from generator.input.records import LABELS
from generator.stats.figures import YearFigures, change, ratio
from generator.stats.tables import Column, Comparison, Table, draw_chart


def _targets(now: YearFigures) -> dict[str, Decimal | None]:
    """Organizations per community the bureau aims at, urban and rural (None: no target)."""
    targets = now.bureau.targets if now.bureau else None
    return {
        "urban": targets.orgs_per_urban_community if targets else None,
        "rural": targets.orgs_per_rural_community if targets else None,
    }


def _density_row(
    years: Comparison,
    place: dict[str, Any],
    kind: str,
    communities: int,
    orgs: int,
    before: int | None,
) -> dict[str, Any]:
    """One row of the density table: a place's communities of one kind, its organizations."""
    target = _targets(years.now)[kind]
    average = ratio(orgs, communities)
    previous = ratio(before, communities) if before is not None else None
    return {
        **place,
        "type": LABELS["community_type"][kind],
        "communities": communities,
        "orgs": orgs,
        "average": average,
        "change": change(average, previous) if years.before else None,
        "target": target,
        "met": None if target is None or average is None else average >= target,
    }


def density(years: Comparison, *, level: str) -> Table:
    """Organizations per community against the targets, urban and rural apart, by district
    (city page) or by street (district page), with the whole scope as totals."""
    by_street = level == "street"

    def group(area: tuple[str, str, str]) -> tuple[str, ...]:
        return area[:2] if by_street else area[:1]

    communities: Counter = Counter()
    for area, kind in years.now.communities.items():
        communities[(*group(area), kind)] += 1
    counts: Counter = Counter()
    previous: Counter = Counter()
    for figures, counter in ((years.now, counts), (years.before, previous)):
        for _, org in figures.orgs if figures else []:
            area = figures.area_of(org)
            kind = years.now.communities.get(area)
            if kind:
                counter[(*group(area), kind)] += 1
    places = {place: i for i, place in enumerate(dict.fromkeys(k[:-1] for k in communities))}
    order = sorted(communities, key=lambda k: (places[k[:-1]], k[-1] != "urban"))  # areas.yml order
    rows = []
    for key in order:
        *place, kind = key
        names = {"district": place[0]}
        if by_street:
            names["street"] = place[1]
        rows.append(
            _density_row(
                years,
                names,
                kind,
                communities[key],
                counts[key],
                previous[key] if years.before else None,
            )
        )
    totals = []
    for kind in ("urban", "rural"):
        number_of = sum(v for k, v in communities.items() if k[-1] == kind)
        if not number_of:
            continue
        orgs = sum(v for k, v in counts.items() if k[-1] == kind)
        before = sum(v for k, v in previous.items() if k[-1] == kind)
        place = {"district": years.scope if not by_street else "合计"}
        if by_street:
            place["street"] = years.scope
        totals.append(
            _density_row(years, place, kind, number_of, orgs, before if years.before else None)
        )
    columns = [Column("district", "区（县）")]
    if by_street:
        columns = [Column("street", "街道（乡镇）")]
    columns += [
        Column("type", "社区类型"),
        Column("communities", "社区（村）数", "count"),
        Column("orgs", "组织数", "count"),
        Column("average", "平均每个社区（村）", "ratio"),
        Column("change", "较上年", "change"),
        Column("target", "目标", "ratio"),
        Column("met", "达到目标", "bool"),
    ]
    if by_street:
        for row in (*rows, *totals):
            row.pop("district", None)
    table = Table(
        id="density",
        title="社区社会组织密度与目标",
        columns=years.compared(columns),
        rows=rows,
        totals=totals,
        note="平均数 = 组织数 ÷ 社区（村）数，城市社区和农村社区分别计算；"
        "目标来自民政局年度目标（未设目标时为空）。",
    )
    draw_chart(
        table,
        label_key=("street" if by_street else "district", "type"),
        series=[("average", "平均每个社区（村）的组织数")],
        rows=[*rows, *totals],
        target_key="target",
        unit="个",
    )
    return table


def communities(years: Comparison) -> Table:
    """Each community of a district: its organizations against its target."""
    counts: Counter = Counter(years.now.area_of(org) for _, org in years.now.orgs)
    targets = _targets(years.now)
    rows = []
    for area, kind in years.now.communities.items():
        target = targets[kind]
        rows.append(
            {
                "street": area[1],
                "community": area[2],
                "type": LABELS["community_type"][kind],
                "orgs": counts[area],
                "target": target,
                "met": None if target is None else counts[area] >= target,
            }
        )
    table = Table(
        id="communities",
        title="各社区（村）的社区社会组织",
        columns=[
            Column("street", "街道（乡镇）"),
            Column("community", "社区（村）"),
            Column("type", "类型"),
            Column("orgs", "组织数", "count"),
            Column("target", "目标", "ratio"),
            Column("met", "达到目标", "bool"),
        ],
        rows=rows,
    )
    draw_chart(
        table,
        label_key="community",
        series=[("orgs", "组织数")],
        target_key="target",
        unit="个",
    )
    return table
