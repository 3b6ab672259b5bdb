"""Tables of the projects running in a year (by plan) and of the funding awarded in it (by type)."""

from __future__ import annotations

from collections import Counter

from generator.input.records import LABELS
from generator.stats.figures import Funding, add_up, change
from generator.stats.tables import Column, Comparison, Table, draw_chart


def funding(years: Comparison) -> Table:
    """Projects funded and amounts awarded in the year, by type of funding."""
    rows = []
    for code, label in LABELS["funding_type"].items():
        now = years.now.funding.get(code) or Funding()
        before = (years.before.funding.get(code) or Funding()) if years.before else None
        rows.append(
            {
                "type": label,
                "projects": len(now.projects),
                "amount": now.amount,
                "change": change(now.amount, before.amount) if before else None,
            }
        )
    funded = set().union(*(f.projects for f in years.now.funding.values()))
    amount = add_up(f.amount for f in years.now.funding.values())
    before_amount = (
        add_up(f.amount for f in years.before.funding.values()) if years.before else None
    )
    table = Table(
        id="funding",
        title="项目资金（按资金类型）",
        columns=years.compared(
            [
                Column("type", "资金类型"),
                Column("projects", "获得资金的项目", "count"),
                Column("amount", "金额（元）", "money"),
                Column("change", "较上年（元）", "change"),
            ]
        ),
        rows=rows,
        totals=[
            {
                "type": "合计",
                "projects": len(funded),
                "amount": amount,
                "change": change(amount, before_amount),
            }
        ],
        note="按立项日期（未填写时按项目开始日期）计入年度；一个项目可有多种资金来源，"
        "合计中的项目数不重复计算。",
    )
    draw_chart(table, label_key="type", series=[("amount", "金额")], unit="元")
    return table


def projects_by_plan(years: Comparison) -> Table:
    """Projects running in the year, by the plan they belong to."""
    counts = Counter(project.plan for _, _, project in years.now.projects)
    before = (
        Counter(project.plan for _, _, project in years.before.projects) if years.before else None
    )
    rows = [
        {
            "plan": label,
            "projects": counts[code],
            "change": change(counts[code], before[code]) if before is not None else None,
        }
        for code, label in LABELS["plan"].items()
    ]
    table = Table(
        id="projects-by-plan",
        title="实施的服务项目（按四项计划）",
        columns=years.compared(
            [
                Column("plan", "所属计划"),
                Column("projects", "项目数", "count"),
                Column("change", "较上年", "change"),
            ]
        ),
        rows=rows,
        totals=[
            {
                "plan": "合计",
                "projects": len(years.now.projects),
                "change": change(len(years.now.projects), len(years.before.projects))
                if years.before
                else None,
            }
        ],
        note="当年处于实施期内的项目（不含筹备中的项目）。",
    )
    draw_chart(table, label_key="plan", series=[("projects", "项目数")], unit="个")
    return table
