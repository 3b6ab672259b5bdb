"""Site → the list of generated pages: views of organizations, projects and activities, and indexes.

Views hold what templates show, already resolved: labels, URLs (relative to the site root,
without a leading slash), images. Templates only lay them out. Each kind of page has its module
(organizations, projects, activities, directories, submit); this one resolves the records into
views, links them to each other, and collects every kind's pages in order.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from generator.input.records import StatusChange
from generator.media.images import ImageEntry
from generator.model.site import Site
from generator.runtime import young_collections_only
from generator.views.activities import activity_index_pages, activity_pages, make_activity_view
from generator.views.bureau_facts import (
    facts_for_refs,
    visible_organizations,
    withdrawn_organizations,
)
from generator.views.directories import make_directories
from generator.views.feeds import subscribe_pages
from generator.views.links import Lookups, make_lookups
from generator.views.organizations import make_org_ref, make_org_views, org_pages
from generator.views.pages import PageLinks, PageSpec
from generator.views.projects import make_project_view, project_index_pages, project_pages
from generator.views.record_views import (
    ActivityView,
    BureauFacts,
    Link,
    OrgRef,
    OrgView,
    ProjectView,
)
from generator.views.submit import submit_page


@dataclass
class Catalog:
    """Everything the pages are made of, resolved once."""

    orgs: dict[str, OrgView]
    projects: list[ProjectView]
    activities: list[ActivityView]
    pages: list[PageSpec]
    by_district: dict[str, list[OrgRef]]
    facets: dict[str, list[Link]]
    totals: dict[str, Any]
    withdrawn: list[tuple[str, StatusChange]] = field(default_factory=list)  # pages withdrawn


@dataclass
class RecordViews:
    """The views of every record, linked: projects and activities also by organization."""

    refs: dict[str, OrgRef]
    projects: list[ProjectView]
    activities: list[ActivityView]  # newest first
    projects_by_org: dict[str, list[ProjectView]]
    activities_by_org: dict[str, list[ActivityView]]  # organized, or co-organized and confirmed
    facts: dict[str, BureauFacts]  # what the bureau's registers say of each, on the build's date


def make_record_views(site: Site, *, lookups: Lookups) -> RecordViews:
    """Every organization's card, project and activity, in the order of their folders."""
    refs = {
        org_id: make_org_ref(org_id, record, lookups=lookups)
        for org_id, record in visible_organizations(site)
    }
    facts = facts_for_refs(site, refs)  # marks the cards: listed, deregistered
    views = RecordViews(refs, [], [], defaultdict(list), defaultdict(list), facts)
    for org_id, ref in refs.items():
        folder = site.orgs[org_id]
        for project_id, entry in sorted(folder.projects.items()):
            if entry.record:
                project = make_project_view(
                    ref, project_id, entry.rel, entry.record, lookups=lookups
                )
                views.projects_by_org[org_id].append(project)
                views.projects.append(project)
        for stem, entry in sorted(folder.activities.items()):
            if entry.record:
                activity = make_activity_view(
                    ref, stem, entry.rel, entry.record, refs=refs, links=site.links, lookups=lookups
                )
                views.activities_by_org[org_id].append(activity)
                views.activities.append(activity)
                for other in activity.co_organizers:  # confirmed: none added by the lead alone
                    views.activities_by_org[other.id].append(activity)
    views.activities.sort(key=lambda a: (a.record.date, a.org.id, a.id), reverse=True)
    return views


def link_records(views: RecordViews) -> None:
    """Activities to their projects (titled by them), and each organization's activity count."""
    project_index = {(p.org.id, p.id): p for p in views.projects}
    for activity in views.activities:
        if activity.project:
            project = project_index.get((activity.org.id, activity.project.title))
            if project:
                activity.project.title = project.record.title
                project.activities.append(activity)
    for org_id, items in views.activities_by_org.items():
        items.sort(key=lambda a: (a.record.date, a.id), reverse=True)
        views.refs[org_id].activity_count = len(items)
        views.refs[org_id].latest_activity = items[0].record.date if items else None


def search_page(site_name: str) -> PageSpec:
    """search/: the page of the site's search."""
    return PageSpec(
        url="search/",
        template="gongshi/search.html",
        title="搜索",
        description=f"{site_name}：按关键词、区域、服务领域和服务对象搜索社区社会组织、项目和活动",
        kind="index",
    )


def count_totals(catalog: Catalog, *, communities: int) -> dict[str, Any]:
    """Counts of what the site publishes, all years (templates read them as gongshi.totals):
    activities once each, under their lead organization; `volunteer_hours` and `participants`
    are summed from the published activities, not from the annual reports — a page that shows
    them says so (the home page's headline figures are views.home.headlines)."""
    return {
        "orgs": len(catalog.orgs),
        "projects": len(catalog.projects),
        "activities": len(catalog.activities),
        "volunteer_hours": sum((a.record.volunteer_hours or 0) for a in catalog.activities),
        "participants": sum((a.record.participants or 0) for a in catalog.activities),
        "communities": communities,
    }


def collect_catalog(site: Site, *, images: dict[str, ImageEntry]) -> Catalog:
    """The views of every record, then every page: records' pages first, then the indexes."""
    config = site.config
    lookups = make_lookups(site, images)
    views = make_record_views(site, lookups=lookups)
    link_records(views)
    orgs = make_org_views(
        site,
        refs=views.refs,
        projects_by_org=views.projects_by_org,
        activities_by_org=views.activities_by_org,
        facts=views.facts,
        lookups=lookups,
    )
    directories = make_directories(orgs, refs=views.refs, site=site)
    pages = [
        *org_pages(orgs, config=config),
        *project_pages(views.projects, orgs=orgs, config=config),
        *activity_pages(views.activities, orgs=orgs),
        *directories.pages,
        *activity_index_pages(views.activities, site_name=config.site_name),
        *project_index_pages(views.projects, site_name=config.site_name),
        search_page(config.site_name),
        submit_page(config),
        *subscribe_pages(orgs, views.activities, site_name=config.site_name),
    ]
    catalog = Catalog(
        orgs=orgs,
        projects=views.projects,
        activities=views.activities,
        pages=pages,
        by_district=directories.by_district,
        facets=directories.facets,
        totals={},
        withdrawn=withdrawn_organizations(site),
    )
    catalog.totals = count_totals(catalog, communities=directories.communities)
    return catalog


def build_catalog(site: Site, images: dict[str, ImageEntry]) -> Catalog:
    """Every generated page of the site, with the views the templates need."""
    with young_collections_only():
        return collect_catalog(site, images=images)


__all__ = ["Catalog", "PageLinks", "PageSpec", "build_catalog"]
