"""Organizations: their cards (OrgRef), their pages' views with the bureau's facts, and their pages."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from generator.formatting import plain
from generator.input.codes import contrast_with_white
from generator.input.config import SiteConfig
from generator.input.records import LABELS, Organization
from generator.model.linkset import Links, OrgLink
from generator.model.site import Site, today
from generator.views import edit_links
from generator.views.jsonld import org_jsonld
from generator.views.links import Lookups
from generator.views.pages import PageSpec
from generator.views.record_views import (
    ActivityView,
    BureauFacts,
    LinkedOrg,
    OrgRef,
    OrgView,
    ProjectView,
)


def make_org_ref(org_id: str, record: Organization, *, lookups: Lookups) -> OrgRef:
    """An organization's card; its brand color only if white text stays readable on it."""
    brand = record.brand
    color = (
        brand.color if brand and brand.color and contrast_with_white(brand.color) >= 4.5 else None
    )
    logo_rel = f"orgs/{org_id}/{brand.logo}" if brand and brand.logo else None
    return OrgRef(
        id=org_id,
        url=f"orgs/{org_id}/",
        name=record.name,
        short_name=record.short_name or record.name,
        color=color,
        logo=lookups.image(logo_rel),
        slogan=(brand.slogan if brand else None) or "",
        category=lookups.choice_link("categories", record.category),
        area=lookups.area_links(record.area.district, record.area.street, record.area.community),
        status_label=LABELS["status"][record.status],
        founded=record.founded,
        fields=[lookups.choice_link("fields", f) for f in record.fields],
        targets=[lookups.choice_link("service_targets", t) for t in record.service_targets],
        summary=plain(record.purpose, 80),
    )


@dataclass(frozen=True)
class BureauIndex:
    """The bureau's lists by organization, so that each organization's facts are lookups, not
    a scan of every list (commended and abnormal organizations grow with the city)."""

    today: date
    commended: list[tuple[int, Any, dict[str, list[Any]]]]  # (year, results, commendations by org)
    abnormal: dict[str, Any]  # org → its entry in the latest year's abnormal list


def index_bureau(site: Site) -> BureauIndex:
    """The bureau's yearly results, indexed by organization."""
    commended: list[tuple[int, Any, dict[str, list[Any]]]] = []
    for year in sorted(site.bureau_years):
        results = site.bureau_years[year].record
        if results is None:
            continue
        by_org: dict[str, list[Any]] = defaultdict(list)
        for commendation in results.commendations:
            for org_id in dict.fromkeys(commendation.orgs):
                by_org[org_id].append(commendation)
        commended.append((year, results, by_org))
    abnormal: dict[str, Any] = {}
    latest = site.bureau_years[max(site.bureau_years)].record if site.bureau_years else None
    for item in latest.abnormal_list if latest else []:
        abnormal.setdefault(item.org, item)
    return BureauIndex(today=today(site), commended=commended, abnormal=abnormal)


def collect_bureau_facts(org_id: str, *, bureau: BureauIndex) -> BureauFacts:
    """An organization's latest grade and inspection, its commendations, its abnormal entry."""
    facts = BureauFacts()
    for year, results, commended in bureau.commended:
        if org_id in results.grades:
            facts.grade, facts.grade_year = results.grades[org_id], year
        if org_id in results.inspections:
            facts.inspection, facts.inspection_year = results.inspections[org_id], year
            facts.inspection_label = LABELS["inspection"][results.inspections[org_id].conclusion]
        facts.commendations += [(year, c) for c in commended.get(org_id, ())]
    if facts.grade:
        facts.grade_expired = facts.grade.valid_until < bureau.today
    facts.abnormal = bureau.abnormal.get(org_id)
    return facts


def linked_orgs(
    declared: list[OrgLink], *, refs: Mapping[str, OrgRef], links: Links
) -> list[LinkedOrg]:
    """The other sides of an organization's own links, named and marked confirmed or not."""
    named = []
    for link in declared:
        ref = refs.get(link.other)
        if ref is not None:
            named.append(LinkedOrg(ref.name, ref.url, link.confirmed))
        elif link.other in links.platform_names:
            named.append(LinkedOrg(links.platform_names[link.other], "", link.confirmed))
    return named


def make_org_views(
    site: Site,
    *,
    refs: dict[str, OrgRef],
    projects_by_org: Mapping[str, list[ProjectView]],
    activities_by_org: Mapping[str, list[ActivityView]],
    lookups: Lookups,
) -> dict[str, OrgView]:
    """Every organization's page view, with its member organizations and its annual reports."""
    bureau = index_bureau(site)
    orgs: dict[str, OrgView] = {}
    for org_id, record in site.organizations():
        folder = site.orgs[org_id]
        cover_rel = (
            f"orgs/{org_id}/{record.brand.cover}" if record.brand and record.brand.cover else None
        )
        reports = sorted(
            ((year, entry.record) for year, entry in folder.reports.items() if entry.record),
            key=lambda item: item[0],
            reverse=True,
        )
        orgs[org_id] = OrgView(
            ref=refs[org_id],
            rel=folder.profile.rel if folder.profile else f"orgs/{org_id}/org.yml",
            record=record,
            cover=lookups.image(cover_rel),
            projects=projects_by_org[org_id],
            activities=activities_by_org[org_id],
            reports=reports,
            bureau=collect_bureau_facts(org_id, bureau=bureau),
            hubs=linked_orgs(site.links.hubs(org_id), refs=refs, links=site.links),
            members=[refs[m] for m in site.links.members(org_id) if m in refs],
            incubators=linked_orgs(site.links.incubators(org_id), refs=refs, links=site.links),
            status_label=LABELS["status"][record.status],
            report_edit_urls={
                year: url
                for year, entry in folder.reports.items()
                if (url := edit_links.edit_url(lookups.config, entry.rel))
            },
        )
    return orgs


def org_filters(org: OrgView) -> dict[str, list[str]]:
    """The search filters of an organization's pages (and of its projects' and activities')."""
    ref = org.ref
    filters = {
        "kind": ["机构"],
        "district": [org.record.area.district],
        "street": [org.record.area.street],
        "community": [org.record.area.community],
        "category": [ref.category.title],
        "field": [link.title for link in ref.fields],
        "target": [link.title for link in ref.targets],
        "status": [ref.status_label],
    }
    if org.bureau.grade and not org.bureau.grade_expired:
        filters["grade"] = [org.bureau.grade.grade]
    return filters


def org_pages(orgs: Mapping[str, OrgView], *, config: SiteConfig) -> list[PageSpec]:
    """Each organization's page and its poster."""
    pages = []
    for org in orgs.values():
        ref = org.ref
        pages.append(
            PageSpec(
                url=ref.url,
                template="gongshi/org.html",
                title=ref.name,
                description=(ref.slogan + "。" if ref.slogan else "")
                + plain(org.record.purpose, 100),
                kind="organization",
                context={"org": org, "jsonld": org_jsonld(org, config=config)},
                source=org.rel,
                image=org.cover
                or (
                    org.activities[0].cover.image
                    if org.activities and org.activities[0].cover
                    else None
                )
                or ref.logo,
                filters=org_filters(org),
                sort={"name": ref.name, "founded": ref.founded},
            )
        )
        pages.append(
            PageSpec(
                url=f"{ref.url}poster/",
                template="gongshi/poster.html",
                title=f"{ref.name} · 海报",
                description=ref.slogan,
                kind="poster",
                context={"org": org},
                source=org.rel,
                image=ref.logo,
            )
        )
    return pages
