"""Tables added by the standing of organizations (issue 22): disclosure levels by area and by
category on 31 December of the year, and residents' judgements of the year's projects by who
asked — the organization itself apart from streets, the bureau and independent evaluators.

A year published before these tables existed keeps its snapshot as it was: `published_only`
drops a table its snapshot does not hold, so its page, downloads and the comparison with the
records stay exactly as published ("figures that did not exist when it was published are not
added to it"); a year published later holds them like any other table.
"""

from __future__ import annotations

from collections import Counter
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from generator.input.records.judgement import JUDGED_BY_LABELS
from generator.model.standing import level_on
from generator.stats.figures import year_end
from generator.stats.tables import Column, Comparison, Table, draw_chart

NONE_KEY, NONE_LABEL = "none", "未达公示等级"
TABLE_IDS = frozenset({"levels_by_area", "levels_by_category", "judgements"})


def _level_columns(years: Comparison) -> list[tuple[str, str]]:
    levels = years.site.config.settings.disclosure.levels
    return [*((f"level_{level.id}", level.name) for level in levels), (NONE_KEY, NONE_LABEL)]


def _levels(years: Comparison) -> dict[str, str]:
    """Each organization of the year's figures → the column of the level it held on 31 December."""
    site, day = years.site, year_end(years.now.year)
    held = {}
    for org_id, org in years.now.orgs:
        standing = level_on(site, org_id, org, day)
        held[org_id] = f"level_{standing.level.id}" if standing.level else NONE_KEY
    return held


def _levels_table(years: Comparison, table_id: str, title: str, label: str, key_of: Any) -> Table:
    held = _levels(years)
    columns = _level_columns(years)
    counts: dict[str, Counter[str]] = {}
    for org_id, org in years.now.orgs:
        counts.setdefault(key_of(org), Counter())[held[org_id]] += 1
    rows = [
        {"name": name, **{key: counts[name][key] for key, _ in columns}} for name in sorted(counts)
    ]
    total = {"name": "合计", **{key: sum(c[key] for c in counts.values()) for key, _ in columns}}
    table = Table(
        id=table_id,
        title=title,
        columns=[Column("name", label), *(Column(key, name, "count") for key, name in columns)],
        rows=rows,
        totals=[total],
        note=f"{years.now.year} 年 12 月 31 日各机构按记录达到的公示等级（规则见“公示等级和年报逾期”页面）；"
        "公示等级不是民政局的社会组织评估等级（5A–1A）。",
    )
    draw_chart(table, label_key="name", series=columns, unit="个")
    return table


def levels_by_area(years: Comparison, *, level: str) -> Table | None:
    """Organizations by disclosure level, by district (the city) or street (a district)."""
    if not years.now.orgs:
        return None
    label = "区（县）" if level == "district" else "街道（乡镇）"
    return _levels_table(
        years,
        "levels_by_area",
        f"公示等级：按{label}",
        label,
        (lambda org: org.area.district) if level == "district" else (lambda org: org.area.street),
    )


def levels_by_category(years: Comparison) -> Table | None:
    if not years.now.orgs:
        return None
    return _levels_table(
        years, "levels_by_category", "公示等级：按类别", "类别", lambda org: org.category
    )


def judgements(years: Comparison) -> Table | None:
    """Rounds of residents' judgement of the year's projects, dated in the year, by who asked."""
    year = years.now.year
    running = {(org_id, project_id): project for org_id, project_id, project in years.now.projects}
    rounds: dict[str, list[tuple[str, Any]]] = {by: [] for by in JUDGED_BY_LABELS}
    for (org_id, project_id), project in running.items():
        for judgement in project.judged:
            if judgement.on.year == year:
                rounds["self"].append((f"{org_id}/{project_id}", judgement))
    for item in years.site.registers.evaluations:
        evaluation = item.record
        key = (evaluation.org, evaluation.project or "")
        if key in running and evaluation.on.year == year:
            rounds[evaluation.by].append(("/".join(key), evaluation))
    if not any(rounds.values()):
        return None
    rows = [_judgement_row(JUDGED_BY_LABELS[by], found) for by, found in rounds.items()]
    independent = [item for by, found in rounds.items() if by != "self" for item in found]
    table = Table(
        id="judgements",
        title="群众评价：按评价方",
        columns=[
            Column("by", "评价方"),
            Column("rounds", "评价轮次", "count"),
            Column("projects", "评价的项目数", "count"),
            Column("answered", "参与评价人次", "count"),
            Column("satisfied", "满意率（%）", "ratio"),
        ],
        rows=rows,
        totals=[_judgement_row("街道、民政局和第三方合计", independent)],
        note=f"{year} 年内对当年实施的项目所做的居民评价。机构自评为自报，与街道、民政局和第三方的评价"
        "分开统计、不相加；满意率按参与评价人数加权，只计写明人数和满意率的轮次。",
    )
    draw_chart(table, label_key="by", series=[("satisfied", "满意率（%）")], unit="%")
    return table


def _judgement_row(label: str, found: list[tuple[str, Any]]) -> dict[str, Any]:
    weighed = [j for _, j in found if j.answered and j.satisfied_share is not None]
    answered = sum(j.answered for j in weighed)
    satisfied = (
        (sum(j.answered * j.satisfied_share for j in weighed) / answered).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )
        if answered
        else None
    )
    return {
        "by": label,
        "rounds": len(found),
        "projects": len({key for key, _ in found}),
        "answered": sum(j.answered or 0 for _, j in found),
        "satisfied": satisfied,
    }


def published_only(tables: list[Table], snapshot: dict[str, Any] | None) -> list[Table]:
    """The tables, without this module's tables that a published year's snapshot lacks."""
    if snapshot is None:
        return tables
    held = {t.get("id") for t in snapshot.get("tables", []) if isinstance(t, dict)}
    return [t for t in tables if t.id not in TABLE_IDS or t.id in held]
