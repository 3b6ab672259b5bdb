"""Tables of the people reached: service (activities, person-times, volunteer hours) from the
annual reports, and trainings (delivered by the organizations plus the bureau's own) against the
city's target, with the members' attendance shown beside it and never added; rows by district on
the city page, by street on a district page.
"""

from __future__ import annotations

from generator.input.records import Organization
from generator.stats.figures import (
    YearFigures,
    add_up,
    percent,
    training_attended,
    training_delivered,
)
from generator.stats.tables import Column, Comparison, Table, draw_chart


def _row_key(now: YearFigures) -> tuple[str, str]:
    """Rows by district on the city page, by street on a district page."""
    return ("street", "街道（乡镇）") if now.district else ("district", "区（县）")


def _place_of(now: YearFigures, org: Organization) -> str:
    """The row an organization counts in: its street on a district page, else its district."""
    return org.area.street if now.district else org.area.district


def _places(years: Comparison) -> list[str]:
    """The streets of the district, or the districts of the city, in areas.yml order."""
    if years.now.district:
        return list(years.site.areas.tree.get(years.now.district, {}))
    return list(years.site.areas.tree)


def service(years: Comparison) -> Table:
    """Annual reports, activities, person-times served and volunteer hours, by place."""
    key, label = _row_key(years.now)
    measures = ("reports", "activities", "beneficiaries", "hours", "published")
    sums = {place: {key: place, **dict.fromkeys(measures, 0)} for place in _places(years)}
    for _, org, report in years.now.reports:
        place = _place_of(years.now, org)
        row = sums.setdefault(place, {key: place, **dict.fromkeys(measures, 0)})
        row["reports"] += 1
        row["activities"] += report.activities_count or 0
        row["beneficiaries"] += report.beneficiaries or 0
        row["hours"] += report.volunteer_hours or 0
    for _, org, _ in years.now.activities:  # each under its lead organization only
        place = _place_of(years.now, org)
        sums.setdefault(place, {key: place, **dict.fromkeys(measures, 0)})["published"] += 1
    rows = list(sums.values())
    table = Table(
        id="service",
        title="服务人次与志愿服务时长",
        columns=[
            Column(key, label),
            Column("reports", "报送年度报告的组织", "count"),
            Column("activities", "开展活动（次）", "count"),
            Column("beneficiaries", "服务人次", "count"),
            Column("hours", "志愿服务时长（小时）", "count"),
            Column("published", "在本网站公开的活动（次，联合主办的计一次）", "count"),
        ],
        rows=rows,
        totals=[{key: "合计", **{m: add_up(row[m] for row in rows) for m in measures}}],
        note=(
            "前四栏来自各组织报送的本年度报告，未报送年度报告的组织不计入；几个组织联合开展的"
            "活动，可能被每个组织各报一次。最后一栏数的是本年在本网站公开的活动，每次活动只计入"
            "主办组织，联合主办的组织不重复计算。"
        ),
    )
    draw_chart(table, label_key=key, series=[("beneficiaries", "服务人次")], unit="人次")
    return table


def training(years: Comparison) -> Table:
    """Person-times trained: delivered by the organizations (their reports' training.delivered)
    plus the bureau's own trainings (by district), against the city's target. The person-times
    members attended elsewhere (training.attended) are a column of their own, never added: the
    same people were counted by whoever ran the training."""
    key, label = _row_key(years.now)
    district = years.now.district
    bureau = dict(years.now.bureau.training) if years.now.bureau else {}

    def blank(place: str) -> dict:
        return {key: place, "reported": 0, "bureau": None, "attended": 0}

    rows = {place: blank(place) for place in _places(years)}
    for _, org, report in years.now.reports:
        row = rows.setdefault(_place_of(years.now, org), blank(_place_of(years.now, org)))
        row["reported"] += training_delivered(report) or 0
        row["attended"] += training_attended(report) or 0
    if district and bureau.get(district) is not None:
        name = "民政局组织的培训"
        rows[name] = {key: name, "reported": None, "bureau": bureau[district], "attended": None}
    elif not district:
        for name, count in bureau.items():
            rows.setdefault(name, {**blank(name), "attended": None})["bureau"] = count
    body = list(rows.values())
    for row in body:
        row["total"] = (row.get("reported") or 0) + (row.get("bureau") or 0)
    targets = years.now.bureau.targets if years.now.bureau else None
    target = targets.trained_person_times if targets and not district else None
    total = add_up(row["total"] for row in body)
    totals = {
        key: "合计",
        "reported": add_up(row.get("reported") for row in body),
        "bureau": add_up(row.get("bureau") for row in body),
        "total": total,
        "target": target,
        "progress": percent(total, target),
        "attended": add_up(row.get("attended") for row in body),
    }
    columns = [
        Column(key, label),
        Column("reported", "组织举办的培训人次（年度报告）", "count"),
        Column("bureau", "民政局组织的培训人次", "count"),
        Column("total", "合计", "count"),
    ]
    if not district:
        columns += [
            Column("target", "目标", "count"),
            Column("progress", "完成（%）", "percent"),
        ]
    columns.append(Column("attended", "成员参加培训人次（只展示，不计入合计）", "count"))
    table = Table(
        id="training",
        title="培训人次与目标" if not district else "培训人次",
        columns=columns,
        rows=body,
        totals=[totals],
        note=(
            "合计 = 各组织年度报告中本组织举办的培训人次（training.delivered）+ 民政局组织的培训"
            "人次（按区（县）统计）。成员参加其他单位培训的人次（training.attended）另列一栏，"
            "不计入合计，因为举办培训的单位已经计过这些人次。仍使用已停用的 trained_person_times "
            "的年度报告，按举办的培训人次计入。"
        ),
    )
    draw_chart(
        table,
        label_key=key,
        series=[("reported", "组织举办"), ("bureau", "民政局组织")],
        rows=[*body, totals] if target is not None else body,
        target_key="target" if target is not None else None,
        unit="人次",
    )
    return table
