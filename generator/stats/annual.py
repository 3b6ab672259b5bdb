"""The bureau's annual results, computed from the records: organizations by area, category, field
and status; density per community against the targets (urban and rural apart); projects and
funding; service and volunteer hours; trainings against the target; evaluation grades — each as a
table with a chart and downloads, with the change from the year before.

Pure functions over the Site model; no MkDocs. Bad data never raises: a year without reports, a
district without communities or a missing target gives empty cells, not errors.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from markupsafe import Markup

from generator.exports.formats import csv_bytes, json_bytes
from generator.input.records import (
    LABELS,
    AnnualReport,
    BureauYear,
    GradeEntry,
    Organization,
    Project,
    TitleValue,
)
from generator.model.site import Site
from generator.render.charts import Series, bar_chart
from generator.render.filters import number
from generator.views.catalog import PageSpec

ANNUAL_DIR = ("content", "annual")
GRADES = ("5A", "4A", "3A", "2A", "1A")
TENTH = Decimal("0.1")

# -- tables ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Column:
    """A column of a table: `kind` tells the template how to show it (count, money, ratio,
    percent, change, bool, date, org, text, note — free text that may wrap)."""

    key: str
    label: str
    kind: str = "text"


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

    def records(self) -> list[dict[str, Any]]:
        """Rows then totals, each with exactly the table's columns (what the downloads hold)."""
        keys = [column.key for column in self.columns]
        return [{key: row.get(key) for key in keys} for row in (*self.rows, *self.totals)]


@dataclass
class KeyFigure:
    label: str
    value: Any
    kind: str = "count"  # count | money | ratio
    change: Any = None
    target: Any = None
    met: bool | None = None


@dataclass
class Place:
    id: str
    name: str
    url: str = ""


@dataclass
class AnnualView:
    """What the annual results page (of the city or of one district) shows."""

    year: int
    scope: str
    title: str
    publisher: str
    published_on: date | None
    figures: list[KeyFigure]
    tables: list[Table]
    highlights: list[TitleValue] = field(default_factory=list)
    district: Place | None = None
    districts: list[Place] = field(default_factory=list)
    years: list[Place] = field(default_factory=list)
    compared_with: int | None = None
    year_url: str | None = None  # the city page of the year, when its narrative exists
    data_url: str = ""


# -- the figures of one year -------------------------------------------------------------------


@dataclass
class Funding:
    projects: set[str] = field(default_factory=set)
    amount: Decimal = Decimal(0)


@dataclass
class YearFigures:
    """Counts and sums for one year, for the whole city or one district."""

    year: int
    district: str | None
    orgs: list[tuple[str, Organization]]
    communities: dict[tuple[str, str, str], str]  # (district, street, community) → urban | rural
    projects: list[tuple[str, str, Project]]  # (org id, project id, project) running in the year
    funding: dict[str, Funding]
    reports: list[tuple[str, Organization, AnnualReport]]
    bureau: BureauYear | None
    grades: dict[str, GradeEntry]

    def area_of(self, org: Organization) -> tuple[str, str, str]:
        return (org.area.district, org.area.street, org.area.community)


def year_end(year: int) -> date:
    return date(year, 12, 31)


def founded_year(founded: str | None) -> int | None:
    """The year of a partial date (2019, 2019-03, 2019-03-05); None when unreadable."""
    if not founded:
        return None
    head = str(founded)[:4]
    return int(head) if head.isdigit() else None


def counted_in(org: Organization, year: int) -> bool:
    """An organization counts in a year once founded, and (registered or filed ones) once
    registered or filed by the end of that year."""
    founded = founded_year(org.founded)
    if founded is None or founded > year:
        return False
    since = org.registered_on if org.status == "registered" else None
    if org.status == "filed":
        since = org.filed_on
    return since is None or since <= year_end(year)


def years_with_data(site: Site) -> list[int]:
    """Years the bureau published results for, or organizations reported on."""
    years = {year for year, entry in site.bureau_years.items() if entry.record}
    for folder in site.orgs.values():
        if folder.org:
            years |= {year for year, entry in folder.reports.items() if entry.record}
    return sorted(years)


def annual_years(site: Site) -> list[int]:
    """Years with an annual results page: the bureau's results file or its narrative exists."""
    years = {year for year, entry in site.bureau_years.items() if entry.record}
    folder = site.root.joinpath(*ANNUAL_DIR)
    if folder.is_dir():
        years |= {int(p.stem) for p in folder.glob("*.md") if p.stem.isdigit() and len(p.stem) == 4}
    return sorted(years)


def has_narrative(site: Site, year: int) -> bool:
    return site.root.joinpath(*ANNUAL_DIR, f"{year}.md").is_file()


def grades_at(site: Site, year: int) -> dict[str, GradeEntry]:
    """Each organization's latest grade published up to the year, if still valid on 31 December."""
    latest: dict[str, GradeEntry] = {}
    for published in sorted(site.bureau_years):
        record = site.bureau_years[published].record
        if published > year or record is None:
            continue
        latest.update(record.grades)
    end = year_end(year)
    return {
        org_id: entry
        for org_id, entry in latest.items()
        if entry.valid_until >= end and (entry.awarded_on is None or entry.awarded_on <= end)
    }


def _communities(site: Site, district: str | None) -> dict[tuple[str, str, str], str]:
    found: dict[tuple[str, str, str], str] = {}
    for district_name, streets in site.areas.tree.items():
        if district and district_name != district:
            continue
        for street_name, communities in streets.items():
            for community_name, kind in communities.items():
                found[(district_name, street_name, community_name)] = kind
    return found


def _overlaps(period: Any, year: int) -> bool:
    start, end = period.start, period.end
    return start <= year_end(year) and (end is None or end >= date(year, 1, 1))


def organizations_in(site: Site, district: str | None) -> dict[str, Organization]:
    """Valid organizations of the city, or of one district (by its name), in id order."""
    return {
        org_id: org
        for org_id, org in site.organizations()
        if district is None or org.area.district == district
    }


def year_figures(
    site: Site,
    year: int,
    *,
    district: str | None = None,
    in_scope: dict[str, Organization] | None = None,
) -> YearFigures:
    """Every count and sum of the year, for the city or for one district (by its name);
    `in_scope` is organizations_in(site, district) when the caller has it already."""
    if in_scope is None:
        in_scope = organizations_in(site, district)
    orgs = [(org_id, org) for org_id, org in in_scope.items() if counted_in(org, year)]
    projects: list[tuple[str, str, Project]] = []
    funding: dict[str, Funding] = {code: Funding() for code in LABELS["funding_type"]}
    reports: list[tuple[str, Organization, AnnualReport]] = []
    for org_id, org in in_scope.items():
        folder = site.orgs[org_id]
        for project_id, entry in sorted(folder.projects.items()):
            project = entry.record
            if project is None:
                continue
            if project.status != "planned" and _overlaps(project.period, year):
                projects.append((org_id, project_id, project))
            for item in project.funding:
                awarded = item.awarded_on or project.period.start
                if awarded.year != year:
                    continue
                bucket = funding.setdefault(item.type, Funding())
                bucket.projects.add(f"{org_id}/{project_id}")
                bucket.amount += item.amount_cny or Decimal(0)
        report_entry = folder.reports.get(year)
        if report_entry and report_entry.record:
            reports.append((org_id, org, report_entry.record))
    bureau_entry = site.bureau_years.get(year)
    grades = {
        org_id: grade for org_id, grade in grades_at(site, year).items() if org_id in in_scope
    }
    return YearFigures(
        year=year,
        district=district,
        orgs=orgs,
        communities=_communities(site, district),
        projects=projects,
        funding=funding,
        reports=reports,
        bureau=bureau_entry.record if bureau_entry else None,
        grades=grades,
    )


# -- small helpers -----------------------------------------------------------------------------


def ratio(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part / whole to one decimal; None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


def percent(part: Decimal | int, whole: Decimal | int | None) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


def change(now: Any, before: Any) -> Any:
    if now is None or before is None:
        return None
    return now - before


def _sum(values: Iterable[Any]) -> Any:
    total: Any = 0
    for value in values:
        if value is not None:
            total += value
    return total


def trained_person_times(figures: YearFigures) -> int:
    """Reported by the organizations, plus the bureau's own trainings in scope."""
    reported = sum(report.trained_person_times or 0 for _, _, report in figures.reports)
    bureau = figures.bureau.training if figures.bureau else {}
    if figures.district:
        return reported + bureau.get(figures.district, 0)
    return reported + sum(bureau.values())


# -- the tables --------------------------------------------------------------------------------


class _Tables:
    """Builds the tables of one view from this year's figures and the year before's."""

    def __init__(self, site: Site, now: YearFigures, before: YearFigures | None) -> None:
        self.site = site
        self.now = now
        self.before = before  # None when the year before has no data to compare with
        self.scope = now.district or site.config.settings.city

    def _changes(self, columns: list[Column]) -> list[Column]:
        return columns if self.before else [c for c in columns if c.kind != "change"]

    def _chart_id(self, table_id: str) -> str:
        return f"gs-chart-{table_id}"

    def _describe(self, title: str, labels: list[str], values: list[Any], unit: str) -> str:
        if not labels:
            return f"{title}：没有数据。"
        pairs = [f"{label} {value}{unit}" for label, value in zip(labels, values, strict=True)]
        more = "等" if len(pairs) > 12 else ""
        pairs = pairs[:12]
        return f"{title}：" + "，".join(pairs) + f"{more}。具体数字见图下的表格。"

    def _chart(
        self,
        table: Table,
        *,
        label_key: str | tuple[str, ...],
        series: list[tuple[str, str]],
        rows: list[dict[str, Any]] | None = None,
        target_key: str | None = None,
        unit: str = "",
    ) -> None:
        chart_rows = table.rows if rows is None else rows
        keys = (label_key,) if isinstance(label_key, str) else label_key
        labels = [
            " · ".join(str(row.get(k) or "") for k in keys if row.get(k)) for row in chart_rows
        ]
        data = [Series(label, [row.get(key) for row in chart_rows]) for key, label in series]
        targets = [row.get(target_key) for row in chart_rows] if target_key else None
        totals = [_sum(row.get(key) for key, _ in series) for row in chart_rows]
        table.chart_rows = chart_rows
        table.chart_series = [key for key, _ in series]
        table.chart = bar_chart(
            chart_id=self._chart_id(table.id),
            title=table.title,
            description=self._describe(table.title, labels, [number(t) for t in totals], unit),
            labels=labels,
            series=data,
            targets=targets,
            unit=unit,
        )

    # organizations ------------------------------------------------------------------------

    def _org_counts(self, figures: YearFigures | None, key: Any) -> Counter:
        counts: Counter = Counter()
        for _, org in figures.orgs if figures else []:
            for value in key(org):
                counts[value] += 1
        return counts

    def orgs_by_area(self, level: str) -> Table:
        """Organizations by district or by street, split by registration status."""
        by_street = level == "street"
        one_district = self.now.district is not None
        statuses = list(LABELS["status"])

        def place_of(org: Organization) -> tuple[str, ...]:
            area = org.area
            return (area.district, area.street) if by_street else (area.district,)

        now = Counter((*place_of(org), org.status) for _, org in self.now.orgs)
        before = Counter(place_of(org) for _, org in self.before.orgs) if self.before else None
        places: list[tuple[str, ...]] = []
        for district_name, streets in self.site.areas.tree.items():
            if one_district and district_name != self.now.district:
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
        totals["total"] = len(self.now.orgs)
        totals["change"] = (
            change(len(self.now.orgs), len(self.before.orgs)) if self.before else None
        )
        columns = [] if by_street and one_district else [Column("district", "区（县）")]
        if by_street:
            columns.append(Column("street", "街道（乡镇）"))
        columns += [Column(status, LABELS["status"][status], "count") for status in statuses]
        columns += [Column("total", "合计", "count"), Column("change", "较上年", "change")]
        name = "各街道（乡镇）" if by_street else "各区（县）"
        table = Table(
            id="orgs-by-street" if by_street else "orgs-by-district",
            title=f"{name}社区社会组织数量",
            columns=self._changes(columns),
            rows=rows,
            totals=[totals],
            note="登记：在民政部门登记；备案：在街道（乡镇）备案；培育中：尚未登记或备案。",
        )
        label_key: tuple[str, ...] = ("district",)
        if by_street:
            label_key = ("street",) if one_district else ("district", "street")
        self._chart(
            table,
            label_key=label_key,
            series=[(status, LABELS["status"][status]) for status in statuses],
            unit="个",
        )
        return table

    def _shares(
        self,
        table_id: str,
        label: str,
        items: list[tuple[str, str]],
        key: Any,
        *,
        with_total: bool = True,
        note: str = "",
    ) -> Table:
        """Organizations per item of a list (code, name), with their share of all."""
        now, before = self._org_counts(self.now, key), self._org_counts(self.before, key)
        total = len(self.now.orgs)
        known = {code for code, _ in items}
        items = items + [(code, code) for code in sorted(set(now) - known)]  # dropped from list
        rows = [
            {
                "name": name,
                "count": now[code],
                "share": percent(now[code], total),
                "change": change(now[code], before[code]) if self.before else None,
            }
            for code, name in items
        ]
        totals = {
            "name": "合计",
            "count": total,
            "share": percent(total, total),
            "change": change(total, len(self.before.orgs)) if self.before else None,
        }
        table = Table(
            id=table_id,
            title=f"按{label}分的社区社会组织",
            columns=self._changes(
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
        self._chart(table, label_key="name", series=[("count", "组织数")], unit="个")
        return table

    def orgs_by_status(self) -> Table:
        items = list(LABELS["status"].items())
        return self._shares("orgs-by-status", "登记状态", items, lambda org: [org.status])

    def orgs_by_category(self) -> Table:
        items = [(item.id, item.name) for item in self.site.config.settings.categories]
        return self._shares("orgs-by-category", "类别", items, lambda org: [org.category])

    def orgs_by_field(self) -> Table:
        items = [(item.id, item.name) for item in self.site.config.settings.fields]
        return self._shares(
            "orgs-by-field",
            "服务领域",
            items,
            lambda org: list(dict.fromkeys(org.fields)),
            with_total=False,
            note="一个组织可以有多个服务领域，各领域之和大于组织总数。",
        )

    # density ------------------------------------------------------------------------------

    def _targets(self) -> dict[str, Decimal | None]:
        targets = self.now.bureau.targets if self.now.bureau else None
        return {
            "urban": targets.orgs_per_urban_community if targets else None,
            "rural": targets.orgs_per_rural_community if targets else None,
        }

    def _density_row(
        self, place: dict[str, Any], kind: str, communities: int, orgs: int, before: int | None
    ) -> dict[str, Any]:
        target = self._targets()[kind]
        average = ratio(orgs, communities)
        previous = ratio(before, communities) if before is not None else None
        return {
            **place,
            "type": LABELS["community_type"][kind],
            "communities": communities,
            "orgs": orgs,
            "average": average,
            "change": change(average, previous) if self.before else None,
            "target": target,
            "met": None if target is None or average is None else average >= target,
        }

    def density(self, level: str) -> Table:
        """Organizations per community against the targets, urban and rural apart, by district
        (city page) or by street (district page), with the whole scope as totals."""
        by_street = level == "street"

        def group(area: tuple[str, str, str]) -> tuple[str, ...]:
            return area[:2] if by_street else area[:1]

        communities: Counter = Counter()
        for area, kind in self.now.communities.items():
            communities[(*group(area), kind)] += 1
        counts: Counter = Counter()
        previous: Counter = Counter()
        for figures, counter in ((self.now, counts), (self.before, previous)):
            for _, org in figures.orgs if figures else []:
                area = figures.area_of(org)
                kind = self.now.communities.get(area)
                if kind:
                    counter[(*group(area), kind)] += 1
        places = {place: i for i, place in enumerate(dict.fromkeys(k[:-1] for k in communities))}
        order = sorted(
            communities, key=lambda k: (places[k[:-1]], k[-1] != "urban")
        )  # areas.yml order
        rows = []
        for key in order:
            *place, kind = key
            names = {"district": place[0]}
            if by_street:
                names["street"] = place[1]
            rows.append(
                self._density_row(
                    names,
                    kind,
                    communities[key],
                    counts[key],
                    previous[key] if self.before else None,
                )
            )
        totals = []
        for kind in ("urban", "rural"):
            number_of = sum(v for k, v in communities.items() if k[-1] == kind)
            if not number_of:
                continue
            orgs = sum(v for k, v in counts.items() if k[-1] == kind)
            before = sum(v for k, v in previous.items() if k[-1] == kind)
            place = {"district": self.scope if not by_street else "合计"}
            if by_street:
                place["street"] = self.scope
            totals.append(
                self._density_row(place, kind, number_of, orgs, before if self.before else None)
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
            columns=self._changes(columns),
            rows=rows,
            totals=totals,
            note="平均数 = 组织数 ÷ 社区（村）数，城市社区和农村社区分别计算；"
            "目标来自民政局年度目标（未设目标时为空）。",
        )
        self._chart(
            table,
            label_key=("street" if by_street else "district", "type"),
            series=[("average", "平均每个社区（村）的组织数")],
            rows=[*rows, *totals],
            target_key="target",
            unit="个",
        )
        return table

    def communities(self) -> Table:
        """Each community of a district: its organizations against its target."""
        counts: Counter = Counter(self.now.area_of(org) for _, org in self.now.orgs)
        targets = self._targets()
        rows = []
        for area, kind in self.now.communities.items():
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
        self._chart(
            table,
            label_key="community",
            series=[("orgs", "组织数")],
            target_key="target",
            unit="个",
        )
        return table

    # projects and funding -----------------------------------------------------------------

    def funding(self) -> Table:
        rows = []
        for code, label in LABELS["funding_type"].items():
            now = self.now.funding.get(code) or Funding()
            before = (self.before.funding.get(code) or Funding()) if self.before else None
            rows.append(
                {
                    "type": label,
                    "projects": len(now.projects),
                    "amount": now.amount,
                    "change": change(now.amount, before.amount) if before else None,
                }
            )
        funded = set().union(*(f.projects for f in self.now.funding.values()))
        amount = _sum(f.amount for f in self.now.funding.values())
        before_amount = (
            _sum(f.amount for f in self.before.funding.values()) if self.before else None
        )
        table = Table(
            id="funding",
            title="项目资金（按资金类型）",
            columns=self._changes(
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
        self._chart(table, label_key="type", series=[("amount", "金额")], unit="元")
        return table

    def projects_by_plan(self) -> Table:
        counts = Counter(project.plan for _, _, project in self.now.projects)
        before = (
            Counter(project.plan for _, _, project in self.before.projects) if self.before else None
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
            columns=self._changes(
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
                    "projects": len(self.now.projects),
                    "change": change(len(self.now.projects), len(self.before.projects))
                    if self.before
                    else None,
                }
            ],
            note="当年处于实施期内的项目（不含筹备中的项目）。",
        )
        self._chart(table, label_key="plan", series=[("projects", "项目数")], unit="个")
        return table

    # service and training -----------------------------------------------------------------

    def _row_key(self) -> tuple[str, str]:
        """Rows by district on the city page, by street on a district page."""
        return ("street", "街道（乡镇）") if self.now.district else ("district", "区（县）")

    def _place_of(self, org: Organization) -> str:
        return org.area.street if self.now.district else org.area.district

    def _places(self) -> list[str]:
        if self.now.district:
            return list(self.site.areas.tree.get(self.now.district, {}))
        return list(self.site.areas.tree)

    def service(self) -> Table:
        key, label = self._row_key()
        measures = ("reports", "activities", "beneficiaries", "hours")
        sums = {place: {key: place, **dict.fromkeys(measures, 0)} for place in self._places()}
        for _, org, report in self.now.reports:
            place = self._place_of(org)
            row = sums.setdefault(place, {key: place, **dict.fromkeys(measures, 0)})
            row["reports"] += 1
            row["activities"] += report.activities_count or 0
            row["beneficiaries"] += report.beneficiaries or 0
            row["hours"] += report.volunteer_hours or 0
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
            ],
            rows=rows,
            totals=[{key: "合计", **{m: _sum(row[m] for row in rows) for m in measures}}],
            note="来自各组织报送的本年度报告；未报送年度报告的组织不计入。",
        )
        self._chart(table, label_key=key, series=[("beneficiaries", "服务人次")], unit="人次")
        return table

    def training(self) -> Table:
        """Person-times trained: reported by the organizations, plus the bureau's own trainings
        (by district), against the city's target."""
        key, label = self._row_key()
        district = self.now.district
        bureau = dict(self.now.bureau.training) if self.now.bureau else {}
        rows = {place: {key: place, "reported": 0, "bureau": None} for place in self._places()}
        for _, org, report in self.now.reports:
            row = rows.setdefault(self._place_of(org), {key: self._place_of(org), "reported": 0})
            row["reported"] += report.trained_person_times or 0
        if district and bureau.get(district) is not None:
            name = "民政局组织的培训"
            rows[name] = {key: name, "reported": None, "bureau": bureau[district]}
        elif not district:
            for name, count in bureau.items():
                rows.setdefault(name, {key: name, "reported": 0})["bureau"] = count
        body = list(rows.values())
        for row in body:
            row["total"] = (row.get("reported") or 0) + (row.get("bureau") or 0)
        targets = self.now.bureau.targets if self.now.bureau else None
        target = targets.trained_person_times if targets and not district else None
        total = _sum(row["total"] for row in body)
        totals = {
            key: "合计",
            "reported": _sum(row.get("reported") for row in body),
            "bureau": _sum(row.get("bureau") for row in body),
            "total": total,
            "target": target,
            "progress": percent(total, target),
        }
        columns = [
            Column(key, label),
            Column("reported", "组织报告的培训人次", "count"),
            Column("bureau", "民政局组织的培训人次", "count"),
            Column("total", "合计", "count"),
        ]
        if not district:
            columns += [
                Column("target", "目标", "count"),
                Column("progress", "完成（%）", "percent"),
            ]
        table = Table(
            id="training",
            title="培训人次与目标" if not district else "培训人次",
            columns=columns,
            rows=body,
            totals=[totals],
            note="组织报告的培训人次来自各组织的年度报告；民政局组织的培训人次按区（县）统计。",
        )
        self._chart(
            table,
            label_key=key,
            series=[("reported", "组织报告"), ("bureau", "民政局组织")],
            rows=[*body, totals] if target is not None else body,
            target_key="target" if target is not None else None,
            unit="人次",
        )
        return table

    # the bureau's own results -------------------------------------------------------------

    def grades(self) -> Table:
        now = Counter(entry.grade for entry in self.now.grades.values())
        before = (
            Counter(entry.grade for entry in self.before.grades.values()) if self.before else None
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
            columns=self._changes(
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
        self._chart(table, label_key="grade", series=[("orgs", "组织数")], unit="个")
        return table

    def _org_name(self, org_id: str) -> tuple[str, str | None]:
        folder = self.site.orgs.get(org_id)
        if folder and folder.org:
            return folder.org.name, f"orgs/{org_id}/"
        return org_id, None

    def _in_scope(self, org_id: str) -> bool:
        if not self.now.district:
            return True
        folder = self.site.orgs.get(org_id)
        return bool(folder and folder.org and folder.org.area.district == self.now.district)

    def inspections(self) -> Table | None:
        bureau = self.now.bureau
        if not bureau:
            return None
        counts = Counter(
            item.conclusion for org_id, item in bureau.inspections.items() if self._in_scope(org_id)
        )
        if not counts:
            return None
        rows = [
            {"conclusion": label, "orgs": counts[code]}
            for code, label in LABELS["inspection"].items()
        ]
        table = Table(
            id="inspections",
            title="年检（年度报告）结论",
            columns=[Column("conclusion", "结论"), Column("orgs", "组织数", "count")],
            rows=rows,
            totals=[{"conclusion": "合计", "orgs": sum(counts.values())}],
        )
        self._chart(table, label_key="conclusion", series=[("orgs", "组织数")], unit="个")
        return table

    def commendations(self) -> Table | None:
        bureau = self.now.bureau
        rows = []
        for item in bureau.commendations if bureau else []:
            for org_id in item.orgs:
                if not self._in_scope(org_id):
                    continue
                name, url = self._org_name(org_id)
                rows.append(
                    {
                        "title": item.title,
                        "org_id": org_id,
                        "org_name": name,
                        "org_url": url,
                        "awarded_on": item.awarded_on,
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
                Column("awarded_on", "表彰日期", "date"),
            ],
            rows=rows,
        )

    def abnormal(self) -> Table | None:
        bureau = self.now.bureau
        rows = []
        for item in bureau.abnormal_list if bureau else []:
            if not self._in_scope(item.org):
                continue
            name, url = self._org_name(item.org)
            rows.append(
                {
                    "org_name": name,
                    "org_id": item.org,
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
                Column("listed_on", "列入日期", "date"),
                Column("reason", "列入原因", "note"),
            ],
            rows=rows,
        )


# -- views -------------------------------------------------------------------------------------


def _key_figures(
    tables: dict[str, Table], now: YearFigures, before: YearFigures | None
) -> list[KeyFigure]:
    figures = [
        KeyFigure(
            "社区社会组织",
            len(now.orgs),
            change=change(len(now.orgs), len(before.orgs)) if before else None,
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
            )
        )
    funding = tables["funding"].totals[0]
    figures.append(
        KeyFigure(
            "实施的服务项目",
            len(now.projects),
            change=change(len(now.projects), len(before.projects)) if before else None,
        )
    )
    figures.append(KeyFigure("项目资金", funding["amount"], kind="money", change=funding["change"]))
    service = tables["service"].totals[0]
    before_reports = before.reports if before else []
    has_before_reports = bool(before_reports)
    figures.append(
        KeyFigure(
            "服务人次",
            service["beneficiaries"],
            change=change(
                service["beneficiaries"], _sum(r.beneficiaries for _, _, r in before_reports)
            )
            if has_before_reports
            else None,
        )
    )
    figures.append(
        KeyFigure(
            "志愿服务时长（小时）",
            service["hours"],
            change=change(service["hours"], _sum(r.volunteer_hours for _, _, r in before_reports))
            if has_before_reports
            else None,
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
        )
    )
    return figures


def annual_view(
    site: Site, year: int, district_id: str | None = None, *, data_years: list[int] | None = None
) -> AnnualView | None:
    """The annual results of the city, or of one district (by its id), for a year; compared with
    the year before when that year has data (`data_years`: years_with_data(site), if known)."""
    areas = site.areas.areas
    district = None
    if district_id:
        match = next((d for d in (areas.districts if areas else []) if d.id == district_id), None)
        if match is None:
            return None
        district = Place(match.id, match.name, f"annual/{year}/{match.id}/")
    name = district.name if district else None
    in_scope = organizations_in(site, name)
    now = year_figures(site, year, district=name, in_scope=in_scope)
    if data_years is None:
        data_years = years_with_data(site)
    before = None
    if year - 1 in data_years:
        before = year_figures(site, year - 1, district=name, in_scope=in_scope)
    builder = _Tables(site, now, before)
    if district:
        candidates = [
            builder.orgs_by_area("street"),
            builder.density("street"),
            builder.communities(),
            builder.orgs_by_category(),
            builder.orgs_by_field(),
            builder.projects_by_plan(),
            builder.funding(),
            builder.service(),
            builder.training(),
            builder.grades(),
            builder.inspections(),
            builder.commendations(),
            builder.abnormal(),
        ]
    else:
        candidates = [
            builder.orgs_by_area("district"),
            builder.density("district"),
            builder.orgs_by_status(),
            builder.orgs_by_category(),
            builder.orgs_by_field(),
            builder.orgs_by_area("street"),
            builder.projects_by_plan(),
            builder.funding(),
            builder.service(),
            builder.training(),
            builder.grades(),
            builder.inspections(),
            builder.commendations(),
            builder.abnormal(),
        ]
    tables = [table for table in candidates if table is not None]
    bureau = now.bureau
    city = site.config.settings.city
    scope = name or city
    narrative = has_narrative(site, year)
    return AnnualView(
        year=year,
        scope=scope,
        title=f"{scope}{year}年度社区社会组织培育发展情况",
        publisher=bureau.publisher if bureau else "",
        published_on=bureau.published_on if bureau else None,
        figures=_key_figures({t.id: t for t in tables}, now, before),
        tables=tables,
        highlights=list(bureau.highlights) if bureau and not district else [],
        district=district,
        districts=[
            Place(d.id, d.name, f"annual/{year}/{d.id}/")
            for d in (areas.districts if areas else [])
        ],
        years=[
            Place(str(y), f"{y}年度", f"annual/{y}/{district.id}/" if district else f"annual/{y}/")
            for y in reversed(annual_years(site))
            if district or has_narrative(site, y)
        ],
        compared_with=year - 1 if before else None,
        year_url=f"annual/{year}/" if narrative else None,
        data_url=f"data/annual/{year}/{district.id}/" if district else f"data/annual/{year}/",
    )


def page_view(site: Site, src_uri: str) -> AnnualView | None:
    """The view of a narrative page `annual/<year>.md`; None for any other page under annual/."""
    stem = Path(src_uri).stem
    if not (src_uri.startswith("annual/") and stem.isdigit() and len(stem) == 4):
        return None
    return annual_view(site, int(stem))


def district_pages(site: Site) -> list[PageSpec]:
    """The results page of each district, for every year with results."""
    pages = []
    areas = site.areas.areas
    data_years = years_with_data(site)
    for year in annual_years(site):
        for district in areas.districts if areas else []:
            view = annual_view(site, year, district.id, data_years=data_years)
            if view is None:
                continue
            pages.append(
                PageSpec(
                    url=f"annual/{year}/{district.id}/",
                    template="gongshi/annual-district.html",
                    title=view.title,
                    description=f"{view.title}：组织数量与密度、服务项目与资金、服务人次、"
                    "培训和等级评估，附数据下载。",
                    kind="annual",
                    context={"annual": view},
                    source=f"content/annual/{year}.yml" if year in site.bureau_years else None,
                    filters={
                        "kind": ["年度公示"],
                        "year": [str(year)],
                        "district": [district.name],
                    },
                    sort={"date": f"{year}-12-31", "name": view.title},
                    date=view.published_on,
                )
            )
    return pages


# -- downloads ---------------------------------------------------------------------------------


def table_json(view: AnnualView, table: Table) -> dict[str, Any]:
    """A table as a self-describing JSON document."""
    return {
        "year": view.year,
        "scope": view.scope,
        "table": table.id,
        "title": table.title,
        "publisher": view.publisher or None,
        "published_on": view.published_on,
        "note": table.note or None,
        "columns": [{"key": c.key, "label": c.label} for c in table.columns],
        "rows": [{c.key: row.get(c.key) for c in table.columns} for row in table.rows],
        "totals": [{c.key: row.get(c.key) for c in table.columns} for row in table.totals],
    }


def table_csv_rows(table: Table) -> list[dict[str, Any]]:
    """A table's rows (then totals) keyed by the Chinese column labels, for a CSV file."""
    return [{c.label: record[c.key] for c in table.columns} for record in table.records()]


def downloads(
    site: Site, pages: list[PageSpec] | None = None
) -> dict[str, tuple[AnnualView, Table]]:
    """Every downloadable table of every year: path below the site root (without suffix) →
    (view, table). The district views already made for `pages` are reused."""
    views = [annual_view(site, year) for year in annual_years(site)]
    if pages is None:
        pages = district_pages(site)
    views += [spec.context["annual"] for spec in pages if spec.kind == "annual"]
    found: dict[str, tuple[AnnualView, Table]] = {}
    for view in views:
        for table in view.tables if view else []:
            found[f"{view.data_url}{table.id}"] = (view, table)
    return found


def write_downloads(site: Site, site_dir: Path, pages: list[PageSpec] | None = None) -> int:
    """Write each table as CSV (UTF-8 with BOM, CRLF) and JSON; the number of tables written."""
    written = 0
    for path, (view, table) in sorted(downloads(site, pages).items()):
        target = site_dir / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.with_name(target.name + ".csv").write_bytes(csv_bytes(table_csv_rows(table)))
        target.with_name(target.name + ".json").write_bytes(json_bytes(table_json(view, table)))
        written += 1
    return written


__all__ = [
    "AnnualView",
    "Column",
    "KeyFigure",
    "Table",
    "YearFigures",
    "annual_view",
    "annual_years",
    "counted_in",
    "district_pages",
    "downloads",
    "grades_at",
    "page_view",
    "write_downloads",
    "year_figures",
    "years_with_data",
]
