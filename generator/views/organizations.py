"""Organizations: their cards (OrgRef), their pages' views with the bureau's facts, and their pages."""

from __future__ import annotations

from collections.abc import Mapping

from generator.formatting import plain
from generator.input.codes import contrast_with_white
from generator.input.config import SiteConfig
from generator.input.records import LABELS, Organization
from generator.model.linkset import Links, OrgLink
from generator.model.registers import LIST_LABELS
from generator.model.site import Site
from generator.views import edit_links, pinyin
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
from generator.views.standing import standing_filters


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
        code=record.public_code,
        pinyin=pinyin.sort_key(record.name),
    )


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
            name = links.platform_names[link.other]
            named.append(LinkedOrg(name, f"platforms/{link.other}/", link.confirmed))
    return named


def make_org_views(
    site: Site,
    *,
    refs: dict[str, OrgRef],
    projects_by_org: Mapping[str, list[ProjectView]],
    activities_by_org: Mapping[str, list[ActivityView]],
    facts: Mapping[str, BureauFacts],
    lookups: Lookups,
) -> dict[str, OrgView]:
    """Every shown organization's page view, with its hubs, members and platforms (as both
    sides confirm them), its annual reports and the bureau's facts."""
    shown = [(org_id, folder.org) for org_id in refs if (folder := site.orgs[org_id]).org]
    orgs: dict[str, OrgView] = {}
    for org_id, record in shown:
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
            bureau=facts[org_id],
            hubs=linked_orgs(site.links.hubs(org_id), refs=refs, links=site.links),
            members=[refs[m] for m in site.links.members(org_id) if m in refs],
            incubators=linked_orgs(site.links.incubators(org_id), refs=refs, links=site.links),
            status_label=refs[org_id].status_label,
            report_edit_urls={
                year: url
                for year, entry in folder.reports.items()
                if (url := edit_links.shown_edit_url(lookups.config, entry.rel))
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
    if org.bureau.listings:
        filters["list"] = sorted({LIST_LABELS[x.list] for x in org.bureau.listings})
    return filters


NEVER = "0000-00-00"  # the latest activity of an organization without any: after all others


def card_meta(ref: OrgRef) -> dict[str, str]:
    """What the directory's script needs to draw an organization's card from its search result
    (the rest comes from the result's filters: area, category, status, grade, list)."""
    meta = {"slogan": ref.slogan, "code": ref.code, "monogram": ref.short_name[:2]}
    if ref.logo:
        meta["logo"] = ref.logo.path(ref.logo.closest(112).webp)
    if ref.color:
        meta["color"] = ref.color
    return meta


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
                context={
                    "org": org,
                    "jsonld": org_jsonld(org, config=config),
                    "listing_labels": LIST_LABELS,
                },
                source=org.rel,
                image=org.cover
                or (
                    org.activities[0].cover.image
                    if org.activities and org.activities[0].cover
                    else None
                )
                or ref.logo,
                filters=org_filters(org) | standing_filters(ref),
                sort={
                    "name": ref.name,
                    "founded": ref.founded,
                    # the directory's two orders: by name in pinyin, by latest activity
                    "pinyin": ref.pinyin,
                    "latest": ref.latest_activity.isoformat() if ref.latest_activity else NEVER,
                },
                meta=card_meta(ref),
                notice="；".join(ref.notices),
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
