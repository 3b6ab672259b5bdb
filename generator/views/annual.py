"""The annual results pages: the city's page of a year (its narrative, content/annual/<year>.md,
with the tables under it) and one page per district and year — plain data for the templates,
built from the figures and tables of generator.stats; no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path

from generator.input.records import TitleValue
from generator.model.published import CITY, Published, report_figures, training_figure
from generator.model.site import Site
from generator.stats import (
    tables_bureau,
    tables_density,
    tables_orgs,
    tables_people,
    tables_projects,
    tables_standing,
)
from generator.stats.figures import (
    annual_years,
    has_narrative,
    organizations_in,
    year_figures,
    years_with_data,
)
from generator.stats.published import Moved, as_published, compare, scope_snapshot
from generator.stats.tables import Comparison, KeyFigure, Table, draw_charts, key_figures
from generator.views.annual_grades import GradedOrg, graded_orgs
from generator.views.pages import PageSpec


@dataclass
class Place:
    """A district or a year, linked to the page of its results."""

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
    index_no: str | None = None  # 索引号 of the bureau's publication
    publicity_until: date | None = None  # the 公示期 runs from published_on to this day
    frozen: bool = False  # shown from the bureau's snapshot of the published year
    moved: list[Moved] = field(default_factory=list)  # figures the records now give otherwise
    corrections: list[dict] = field(default_factory=list)  # accepted after publication
    leaders: list[Leader] = field(default_factory=list)  # when a target is far exceeded
    graded: list[tuple[str, list[GradedOrg]]] = field(default_factory=list)  # beside the grades


@dataclass
class Leader:
    """An organization among those that contributed most to a figure far beyond its target."""

    name: str
    url: str | None
    value: object


LEADERS_SHOWN = 5
LEADERS_WHEN = 3  # a target exceeded more than threefold


def city_tables(years: Comparison) -> list[Table]:
    """The tables of the city's page, in the order shown."""
    candidates = [
        tables_orgs.orgs_by_area(years, level="district"),
        tables_density.density(years, level="district"),
        tables_orgs.orgs_by_status(years),
        tables_orgs.orgs_by_category(years),
        tables_orgs.orgs_by_field(years),
        tables_orgs.orgs_by_area(years, level="street"),
        tables_projects.projects_by_plan(years),
        tables_projects.funding(years),
        tables_people.service(years),
        tables_people.training(years),
        *_bureau_tables(years),
        *_standing_tables(years, level="district"),
    ]
    return [table for table in candidates if table is not None]


def district_tables(years: Comparison) -> list[Table]:
    """The tables of a district's page, in the order shown."""
    candidates = [
        tables_orgs.orgs_by_area(years, level="street"),
        tables_density.density(years, level="street"),
        tables_density.communities(years),
        tables_orgs.orgs_by_category(years),
        tables_orgs.orgs_by_field(years),
        tables_projects.projects_by_plan(years),
        tables_projects.funding(years),
        tables_people.service(years),
        tables_people.training(years),
        *_bureau_tables(years),
        *_standing_tables(years, level="street"),
    ]
    return [table for table in candidates if table is not None]


def _standing_tables(years: Comparison, *, level: str) -> list[Table | None]:
    return [
        tables_standing.levels_by_area(years, level=level),
        tables_standing.levels_by_category(years),
        tables_standing.judgements(years),
    ]


def _bureau_tables(years: Comparison) -> list[Table | None]:
    return [
        tables_bureau.grades(years),
        tables_bureau.inspections(years),
        tables_bureau.commendations(years),
        tables_bureau.abnormal(years),
    ]


def annual_view(
    site: Site,
    year: int,
    district_id: str | None = None,
    *,
    data_years: list[int] | None = None,
    frozen: bool = True,
) -> AnnualView | None:
    """The annual results of the city, or of one district (by its id), for a year; compared with
    the year before when that year has data (`data_years`: years_with_data(site), if known).
    A published year shows its figures as the snapshot holds them (`frozen=False`: as the
    records give them now, their charts not drawn: only compared). Made once per site: the
    checks, the pages and the downloads ask for the same views (made again when the year's
    snapshot is another, as publish-year makes it)."""
    published = site.published.get(year)
    key = ("annual_view", year, district_id, frozen)
    known = site.derived.get(key)
    if known is not None and known[0] is published:
        return known[1]
    view = _annual_view(site, year, district_id, data_years=data_years, frozen=frozen)
    if frozen and view is not None:  # the view pages show (the records' own is only compared)
        draw_charts(view.tables)
    site.derived[key] = (published, view)
    return view


def _annual_view(
    site: Site, year: int, district_id: str | None, *, data_years: list[int] | None, frozen: bool
) -> AnnualView | None:
    published = site.published.get(year) if frozen else None
    if published is not None:  # the records' view, with the snapshot's figures in place
        live = annual_view(site, year, district_id, data_years=data_years, frozen=False)
        return _as_published(site, live, published) if live is not None else None
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
    years = Comparison(site, now, before)
    tables = district_tables(years) if district else city_tables(years)
    if year in site.published:  # a table added after the year was published is not shown
        stored_scope = site.published[year].scopes.get(district.id if district else CITY)
        tables = tables_standing.published_only(tables, stored_scope or {})
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
        index_no=bureau.index_no if bureau else None,
        publicity_until=bureau.publicity_until if bureau else None,
        figures=key_figures({t.id: t for t in tables}, now, before),
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
        frozen=False,
        leaders=leaders(site, year, tables),
        graded=graded_orgs(site, now),
    )


def _as_published(site: Site, live: AnnualView, published: Published) -> AnnualView:
    """A published year's page: the snapshot's figures and tables, what the records now give
    otherwise (`moved`), the corrections accepted since, the leaders the snapshot names."""
    scope_id = live.district.id if live.district else CITY
    stored = published.scopes.get(scope_id) or {}
    moved = compare(stored, scope_snapshot(live.scope, live.figures, live.tables))
    figures, tables = as_published(stored, live.tables, org_codes(site))
    return replace(
        live,
        figures=figures,
        tables=tables,
        frozen=True,
        moved=moved,
        corrections=[c for c in published.corrections if c.get("scope") == scope_id],
        leaders=leaders(site, live.year, tables, published.contributions),
    )


def org_codes(site: Site) -> dict[str, str]:
    """Every organization's code (USCC, filing number or 培育中), by its id."""
    return {org_id: folder.org.public_code for org_id, folder in site.orgs.items() if folder.org}


def leaders(
    site: Site, year: int, tables: list[Table], contributions: dict | None = None
) -> list[Leader]:
    """The organizations that reported the most training when the total is more than threefold
    its target (from the snapshot's contributions when the year is published)."""
    training = next((t for t in tables if t.id == "training"), None)
    total = training.totals[0] if training and training.totals else {}
    target = total.get("target")
    if not target or (total.get("total") or 0) <= LEADERS_WHEN * target:
        return []
    if contributions is None:
        reported = [
            (org_id, report_figures(entry.record))
            for org_id, folder in site.orgs.items()
            if (entry := folder.reports.get(year)) and entry.record
        ]
    else:
        reported = [
            (str(item.get("org")), item.get("figures") or {})
            for item in contributions.values()
            if isinstance(item, dict) and item.get("year") == year and "figures" in item
        ]
    values = [(org_id, training_figure(figures)) for org_id, figures in reported]
    ranked = sorted(
        ((org_id, value) for org_id, value in values if value), key=lambda p: (-p[1], p[0])
    )
    found = []
    for org_id, value in ranked[:LEADERS_SHOWN]:
        folder = site.orgs.get(org_id)
        org = folder.org if folder else None
        found.append(Leader(org.name if org else org_id, f"orgs/{org_id}/" if org else None, value))
    return found


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
