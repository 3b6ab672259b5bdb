"""What every table of the annual results is made of: its columns, rows and totals, the chart
drawn from it, the key figures above the tables, and the two years each table is built from.

The tables themselves are built, group by group, in tables_orgs (organizations by area, status,
category and field), tables_density (organizations per community against the targets),
tables_projects (projects and funding), tables_people (service and training) and tables_bureau
(grades, inspections, commendations, the abnormal list).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from markupsafe import Markup

from generator.formatting import number
from generator.model.site import Site
from generator.stats.charts import Series, bar_chart
from generator.stats.figures import YearFigures, add_up, change, trained_person_times

CHART_DESCRIBED = 12  # label-value pairs read out in a chart's description; "等" after that


@dataclass(frozen=True)
class Column:
    """A column of a table: `kind` tells the template how to show it (count, money, ratio,
    percent, change, bool, date, org, text, note — free text that may wrap — and code: the
    number residents know an organization by, looked up, never a published figure)."""

    key: str
    label: str
    kind: str = "text"


# The organization's folder id: the key that joins a table's downloads to the open data, kept in
# the downloads and the published snapshots but not shown on the page (residents know the name
# and the code beside it, not a folder).
KEY_COLUMNS = frozenset({"org_id"})
# A code column and the id column it is looked up by (stats.published fills it in the tables
# of a year published before it existed).
CODE_COLUMNS = {"org_code": "org_id"}


@dataclass
class Table:
    """One table of the results: shown on the page, drawn as a chart, downloaded as CSV and JSON."""

    id: str
    title: str
    columns: list[Column]
    rows: list[dict[str, Any]]
    totals: list[dict[str, Any]] = field(default_factory=list)
    note: str = ""
    chart: Markup | None = None
    chart_rows: list[dict[str, Any]] = field(default_factory=list)  # the rows the chart draws
    chart_series: list[str] = field(default_factory=list)  # the columns it draws, stacked
    chart_args: dict[str, Any] = field(default_factory=dict)  # how it was drawn, to draw again

    def shown_columns(self) -> list[Column]:
        """The columns the page shows: all but the joining keys."""
        return [column for column in self.columns if column.key not in KEY_COLUMNS]

    def records(self) -> list[dict[str, Any]]:
        """Rows then totals, each with exactly the table's columns (what the downloads hold)."""
        keys = [column.key for column in self.columns]
        return [{key: row.get(key) for key in keys} for row in (*self.rows, *self.totals)]


@dataclass
class KeyFigure:
    """A headline figure, with the period it covers and where it comes from (shown beside it)."""

    label: str
    value: Any
    kind: str = "count"  # count | money | ratio
    change: Any = None
    target: Any = None
    met: bool | None = None
    period: str = ""
    source: str = ""


@dataclass(frozen=True)
class Comparison:
    """What the tables of one view are built from: this year's figures and the year before's
    (None when the year before has no data to compare with)."""

    site: Site
    now: YearFigures
    before: YearFigures | None

    @property
    def scope(self) -> str:
        """The district's name, or the city's."""
        return self.now.district or self.site.config.settings.city

    def compared(self, columns: list[Column]) -> list[Column]:
        """The columns, without the change columns when there is no year before."""
        return columns if self.before else [c for c in columns if c.kind != "change"]


def describe_chart(title: str, labels: list[str], values: list[Any], unit: str) -> str:
    """The text a screen reader reads for a chart: its first label-value pairs."""
    if not labels:
        return f"{title}：没有数据。"
    pairs = [f"{label} {value}{unit}" for label, value in zip(labels, values, strict=True)]
    more = "等" if len(pairs) > CHART_DESCRIBED else ""
    pairs = pairs[:CHART_DESCRIBED]
    return f"{title}：" + "，".join(pairs) + f"{more}。具体数字见图下的表格。"


def draw_chart(
    table: Table,
    *,
    label_key: str | tuple[str, ...],
    series: list[tuple[str, str]],
    rows: list[dict[str, Any]] | None = None,
    target_key: str | None = None,
    unit: str = "",
) -> None:
    """How the table's rows (or `rows`) are drawn as a bar chart of the `series` columns,
    stacked; drawn by `draw_charts` once a page is to show the table (a table that is only
    compared, as the records' figures of a published year are, is never drawn)."""
    chart_rows = table.rows if rows is None else rows
    table.chart_args = {
        "label_key": label_key,
        "series": series,
        "target_key": target_key,
        "unit": unit,
        "with_totals": any(row is total for row in chart_rows for total in table.totals),
    }
    table.chart_rows = chart_rows
    table.chart_series = [key for key, _ in series]
    table.chart = None


def draw_charts(tables: list[Table]) -> None:
    """Draw the chart of each table that has one and is not drawn yet."""
    for table in tables:
        if table.chart_args and table.chart is None:
            table.chart = _chart(table, **table.chart_args)


def _chart(
    table: Table,
    *,
    label_key: str | tuple[str, ...],
    series: list[tuple[str, str]],
    target_key: str | None,
    unit: str,
    with_totals: bool,  # how chart_rows were chosen (stats.published draws a snapshot so)
) -> Markup:
    chart_rows = table.chart_rows
    keys = (label_key,) if isinstance(label_key, str) else label_key
    labels = [" · ".join(str(row.get(k) or "") for k in keys if row.get(k)) for row in chart_rows]
    data = [Series(label, [row.get(key) for row in chart_rows]) for key, label in series]
    targets = [row.get(target_key) for row in chart_rows] if target_key else None
    totals = [add_up(row.get(key) for key, _ in series) for row in chart_rows]
    return bar_chart(
        chart_id=f"gs-chart-{table.id}",
        title=table.title,
        description=describe_chart(table.title, labels, [number(t) for t in totals], unit),
        labels=labels,
        series=data,
        targets=targets,
        unit=unit,
    )


def key_figures(
    tables: dict[str, Table], now: YearFigures, before: YearFigures | None
) -> list[KeyFigure]:
    """The figures shown above the tables, read from the tables by id, with their change, the
    period each covers and its source."""
    year_end = f"{now.year}年末"
    in_year = f"{now.year}年度"
    reports = f"各组织的{now.year}年度报告（{len(now.reports)} 份）"
    figures = [
        KeyFigure(
            "社区社会组织",
            len(now.orgs),
            change=change(len(now.orgs), len(before.orgs)) if before else None,
            period=year_end,
            source="各组织的登记（备案）信息",
        )
    ]
    density = tables.get("density")
    for row in density.totals if density else []:
        figures.append(
            KeyFigure(
                f"{row['type']}平均组织数",
                row["average"],
                kind="ratio",
                change=row.get("change"),
                target=row["target"],
                met=row["met"],
                period=year_end,
                source="组织的登记（备案）信息与区划",
            )
        )
    funding = tables["funding"].totals[0]
    figures.append(
        KeyFigure(
            "实施的服务项目",
            len(now.projects),
            change=change(len(now.projects), len(before.projects)) if before else None,
            period=in_year,
            source="各组织公开的服务项目",
        )
    )
    figures.append(
        KeyFigure(
            "项目资金",
            funding["amount"],
            kind="money",
            change=funding["change"],
            period=in_year,
            source="服务项目的资金记录",
        )
    )
    service = tables["service"].totals[0]
    before_reports = before.reports if before else []
    has_before_reports = bool(before_reports)
    figures.append(
        KeyFigure(
            "服务人次",
            service["beneficiaries"],
            change=change(
                service["beneficiaries"], add_up(r.beneficiaries for _, _, r in before_reports)
            )
            if has_before_reports
            else None,
            period=in_year,
            source=reports,
        )
    )
    figures.append(
        KeyFigure(
            "志愿服务时长（小时）",
            service["hours"],
            change=change(service["hours"], add_up(r.volunteer_hours for _, _, r in before_reports))
            if has_before_reports
            else None,
            period=in_year,
            source=reports,
        )
    )
    training = tables["training"].totals[0]
    figures.append(
        KeyFigure(
            "培训人次",
            training["total"],
            change=change(training["total"], trained_person_times(before)) if before else None,
            target=training.get("target"),
            met=None if training.get("target") is None else training["total"] >= training["target"],
            period=in_year,
            source="各组织年度报告中举办的培训，加民政局组织的培训（成员参加的培训不计入）",
        )
    )
    return figures
