"""A published year: the snapshot `gongshi publish-year` writes (every page of the year's results
— the city's and each district's — with its key figures and tables, and what each file
contributed to them), and the bureau's warning when the records now give other figures than the
published ones, naming the files that moved them.
"""

from __future__ import annotations

from typing import Any

from generator.findings import Report
from generator.model.published import CITY, Published, plain, report_figures
from generator.model.site import Site
from generator.stats.figures import counted_in, year_figures
from generator.stats.published import Moved, compare, scope_snapshot, shown
from generator.views.annual import AnnualView, annual_view

MOVED_LISTED = 25  # findings per year; the rest are counted in the last one
SOURCES_NAMED = 2


def live_views(site: Site, year: int) -> dict[str, AnnualView]:
    """The year's results pages as the records give them now, by scope (city, district ids)."""
    views: dict[str, AnnualView] = {}
    city = annual_view(site, year, frozen=False)
    if city is not None:
        views[CITY] = city
    areas = site.areas.areas
    for district in areas.districts if areas else []:
        view = annual_view(site, year, district.id, frozen=False)
        if view is not None:
            views[district.id] = view
    return views


def contributions(site: Site, year: int) -> dict[str, Any]:
    """What each file gives the year's figures (and the year before's, which the changes are
    measured against), by repository path: a report's numbers, what an organization counts
    under, a project's status, plan and funding, the bureau's file of the year."""
    found: dict[str, Any] = {}
    for counted_year in (year - 1, year):
        figures = year_figures(site, counted_year)
        for org_id, _, record in figures.reports:
            entry = site.orgs[org_id].reports[counted_year]
            found[entry.rel] = {
                "org": org_id,
                "year": counted_year,
                "figures": report_figures(record),
            }
        for org_id, project_id, project in figures.projects:
            entry = site.orgs[org_id].projects[project_id]
            found[entry.rel] = {
                "org": org_id,
                **plain(project.model_dump(include={"status", "plan", "period", "funding"})),
            }
        bureau = site.bureau_years.get(counted_year)
        if bureau and bureau.record:
            found[bureau.rel] = plain(bureau.record.model_dump(exclude={"highlights"}))
    for org_id, org in site.organizations():
        profile = site.orgs[org_id].profile
        if profile is None or not counted_in(org, year):
            continue
        found[profile.rel] = {
            "org": org_id,
            "status": org.status,
            "category": org.category,
            "fields": list(org.fields),
            **plain(org.area.model_dump()),
            "founded": plain(org.founded),
        }
    return found


def take_snapshot(site: Site, year: int) -> dict[str, Any]:
    """The snapshot of a year as the records give it now (corrections to be added by the caller)."""
    bureau = site.bureau_years[year].record
    assert bureau is not None
    return {
        "year": year,
        "published_on": bureau.published_on.isoformat(),
        "taken_on": site.as_of.isoformat(),
        "scopes": {
            scope_id: scope_snapshot(view.scope, view.figures, view.tables)
            for scope_id, view in live_views(site, year).items()
        },
        "contributions": contributions(site, year),
        "corrections": [],
    }


def moved_figures(site: Site, published: Published) -> list[tuple[str, str, Moved]]:
    """Every published figure the records now give otherwise: (scope id, scope name, figure)."""
    moved: list[tuple[str, str, Moved]] = []
    views = live_views(site, published.year)
    for scope_id in [*published.scopes, *(s for s in views if s not in published.scopes)]:
        stored = published.scopes.get(scope_id) or {}
        view = views.get(scope_id)
        now = scope_snapshot(view.scope, view.figures, view.tables) if view else {}
        name = str(stored.get("name") or (view.scope if view else scope_id))
        moved += [(scope_id, name, item) for item in compare(stored, now)]
    return moved


def changed_sources(site: Site, published: Published) -> list[str]:
    """The files whose contribution changed since publication (removed ones marked so)."""
    now = contributions(site, published.year)
    then = published.contributions
    changed = []
    for rel in sorted({*now, *then}):
        if now.get(rel) == then.get(rel):
            continue
        if rel not in now:
            changed.append(f"{rel}（已删除或不再计入）")
        elif rel not in then:
            changed.append(f"{rel}（公示后新增）")
        else:
            changed.append(f"{rel}:{_line_of(site, rel, now[rel], then[rel])}")
    return changed


def _line_of(site: Site, rel: str, now: Any, then: Any) -> int:
    """The line of the first changed figure of a report (1 for other files)."""
    parts = rel.split("/")
    if len(parts) != 4 or parts[2] != "reports" or not isinstance(now, dict):
        return 1
    folder = site.orgs.get(parts[1])
    entry = folder.reports.get(now.get("year", 0)) if folder else None
    old = then.get("figures", {}) if isinstance(then, dict) else {}
    new = now.get("figures", {})
    keys = sorted(key for key in {*old, *new} if old.get(key) != new.get(key))
    if not entry or not entry.document or not keys:
        return 1
    return entry.document.at(tuple(keys[0].split(".")))[0]


def check_published(site: Site, report: Report) -> None:
    """The bureau's warnings: each published figure the records now give otherwise, with the
    files that moved it; the page keeps the published figure until `publish-year --correct`."""
    for year, published in sorted(site.published.items()):
        if year not in site.bureau_years:
            continue
        moved = moved_figures(site, published)
        if not moved:
            continue
        sources = changed_sources(site, published)
        for source in sources:
            rel, _, line = source.partition(":")
            if line.isdigit() and "/reports/" not in rel:  # a report's finding is its org's
                report.add("published-source-changed", rel, int(line), year=year)
        named = "，".join(sources[:SOURCES_NAMED]) or "（未知：可能是登记簿等其他记录）"
        if len(sources) > SOURCES_NAMED:
            named += f" 等 {len(sources)} 个文件"
        for number, (_, scope, item) in enumerate(moved[:MOVED_LISTED], start=1):
            more = len(moved) - MOVED_LISTED if number == MOVED_LISTED else 0
            report.add(
                "published-figures-moved",
                published.rel,
                year=year,
                figure=f"{scope} · {item.table} · {item.row} · {item.column}".replace(
                    " ·  · ", " · "
                ),
                old=shown(item.old),
                new=shown(item.new),
                more=f"（另有 {more} 项）" if more > 0 else "",
                sources=named,
            )
