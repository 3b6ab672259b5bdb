"""The home page's view: brand organizations, the latest activities with photos, facets, and the
headline figures — each with the period it covers and its source. A figure the annual results
also show (volunteer hours) is taken from the annual page's own key figures, so it is the same
number on both pages and in the annual downloads.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.model.site import Site
from generator.stats.figures import annual_years, year_figures
from generator.stats.tables import KeyFigure
from generator.views.annual import annual_view
from generator.views.catalog import Catalog
from generator.views.record_views import ActivityView, OrgRef

HOURS = "志愿服务时长（小时）"  # the annual page's key figure the home page repeats


@dataclass
class Headline:
    """A figure of the home page: what it counts, over which period, from which records."""

    label: str
    value: Any
    period: str
    source: str
    url: str = ""


@dataclass
class HomeView:
    brands: list[OrgRef]
    latest: list[ActivityView]
    totals: dict[str, Any]
    facets: dict[str, Any]
    policies: list[Any] = field(default_factory=list)
    headlines: list[Headline] = field(default_factory=list)
    open_needs: int = 0  # the board's open needs and calls on the build's date
    open_calls: int = 0
    more: list[tuple[str, str]] = field(default_factory=list)  # (title, url) of other lists


def activity_years(catalog: Catalog) -> str:
    """The years the published activities span: "2021—2024年", "2024年", or ""."""
    years = sorted({a.record.date.year for a in catalog.activities})
    if not years:
        return ""
    return f"{years[0]}年" if years[0] == years[-1] else f"{years[0]}—{years[-1]}年"


def latest_reported_hours(site: Site) -> tuple[int, KeyFigure] | None:
    """The volunteer hours of the latest annual results whose year has annual reports, exactly
    as that year's page shows them (None when no year has reports)."""
    for year in reversed(annual_years(site)):
        if not year_figures(site, year).reports:
            continue
        view = annual_view(site, year)
        figure = next((f for f in view.figures if f.label == HOURS), None) if view else None
        if figure is not None:
            return year, figure
    return None


def headlines(catalog: Catalog, site: Site) -> list[Headline]:
    """Organizations, projects and activities published on the site, and the volunteer hours of
    the latest year's annual reports (or, when no year has reports, the hours the published
    activities record, labelled as such)."""
    span = activity_years(catalog)
    figures = [
        Headline("社区社会组织", len(catalog.orgs), "现收录", "本网站的组织名录", "orgs/"),
        Headline("服务项目", len(catalog.projects), "现收录", "各组织公开的服务项目", "projects/"),
        Headline(
            "公开的活动",
            len(catalog.activities),
            span,
            "各组织公开的活动，联合主办的只计一次",
            "activities/",
        ),
    ]
    reported = latest_reported_hours(site)
    if reported:
        year, figure = reported
        figures.append(
            Headline("志愿服务小时", figure.value, figure.period, figure.source, f"annual/{year}/")
        )
    else:
        figures.append(
            Headline(
                "志愿服务小时",
                catalog.totals["volunteer_hours"],
                span,
                "各次公开活动登记的时长之和（不是年度报告的统计）",
                "activities/",
            )
        )
    return figures


def home_view(catalog: Catalog, site: Site) -> HomeView:
    """Eight organizations (those with a brand project first, the most active first), the
    eight latest activities with a cover photo, and the headline figures."""
    brand_ids = [
        org.ref
        for org in catalog.orgs.values()
        if any(p.record.brand_project for p in org.projects)
    ]
    others = [org.ref for org in catalog.orgs.values() if org.ref not in brand_ids]
    brands = sorted(brand_ids, key=lambda r: (-(r.activity_count), r.id))[:8]
    if len(brands) < 8:
        brands += sorted(others, key=lambda r: (-(r.activity_count), r.id))[: 8 - len(brands)]
    latest = [a for a in catalog.activities if a.cover][:8]
    return HomeView(
        brands=brands,
        latest=latest,
        totals=catalog.totals,
        facets=catalog.facets,
        headlines=headlines(catalog, site),
        open_needs=len(catalog.board.open_needs),
        open_calls=sum(1 for call in catalog.board.calls if call.open),
        more=more_links(catalog),
    )


MORE_LINKS = (
    ("themes/", "主题活动"),
    ("platforms/", "支持平台"),
    ("levels/", "公示等级"),
    ("data/", "开放数据"),
)


def more_links(catalog: Catalog) -> list[tuple[str, str]]:
    """The lists beyond the directories that this site has, for the home page's last line."""
    urls = {spec.url for spec in catalog.pages}
    return [(title, url) for url, title in MORE_LINKS if url in urls]
