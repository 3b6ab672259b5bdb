"""Site → the list of generated pages: views of organizations, projects and activities, and indexes.

Views hold what templates show, already resolved: labels, URLs (relative to the site root,
without a leading slash), images. Templates only lay them out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from generator.input.codes import contrast_with_white
from generator.input.records import (
    LABELS,
    Activity,
    AnnualReport,
    GradeEntry,
    Inspection,
    Organization,
    Project,
)
from generator.media.images import ImageEntry
from generator.model.site import Site, today, young_collections_only
from generator.render.filters import plain
from generator.views import edit_links

PAGE_SIZE = 60
LATEST = 12


class PageLinks(Sequence):
    """(number, url) of every page of a paginated index, made on demand: a list of them in each
    of P pages cost O(P²) — 600,000 pairs for the activity index of a city."""

    def __init__(self, base: str, total: int) -> None:
        self.base, self.total = base, total

    def __len__(self) -> int:
        return self.total

    def __getitem__(self, index: Any) -> Any:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(self.total))]
        if index < 0:
            index += self.total
        if not 0 <= index < self.total:
            raise IndexError(index)
        return (index + 1, self.base if index == 0 else f"{self.base}page/{index + 1}/")

    def __eq__(self, other: object) -> bool:
        return list(self) == other if isinstance(other, list) else NotImplemented

    def __repr__(self) -> str:
        return repr(list(self))


@dataclass
class Link:
    title: str
    url: str
    count: int = 0
    note: str = ""


@dataclass
class PhotoView:
    file: str
    alt: str
    caption: str | None
    credit: str | None
    image: ImageEntry | None


@dataclass
class OrgRef:
    """What other pages need to show an organization in a card or a link."""

    id: str
    url: str
    name: str
    short_name: str
    color: str | None
    logo: ImageEntry | None
    slogan: str
    category: Link
    area: list[Link]
    status_label: str
    founded: str
    fields: list[Link]
    targets: list[Link]
    summary: str
    activity_count: int = 0
    latest_activity: date | None = None


@dataclass
class ActivityView:
    id: str
    url: str
    rel: str
    org: OrgRef
    record: Activity
    photos: list[PhotoView]
    cover: PhotoView | None
    project: Link | None
    co_organizers: list[OrgRef]
    type_label: str
    theme_label: str
    withheld_photos: int = 0


@dataclass
class ProjectView:
    id: str
    url: str
    rel: str
    org: OrgRef
    record: Project
    plan_label: str
    status_label: str
    fields: list[Link]
    targets: list[Link]
    funding: list[dict[str, Any]]
    funding_total: Any
    activities: list[ActivityView] = field(default_factory=list)


@dataclass
class BureauFacts:
    grade: GradeEntry | None = None
    grade_year: int | None = None
    grade_expired: bool = False
    inspection: Inspection | None = None
    inspection_year: int | None = None
    inspection_label: str = ""
    abnormal: Any = None
    commendations: list[tuple[int, Any]] = field(default_factory=list)


@dataclass
class OrgView:
    ref: OrgRef
    rel: str
    record: Organization
    cover: ImageEntry | None
    projects: list[ProjectView]
    activities: list[ActivityView]
    reports: list[tuple[int, AnnualReport]]
    bureau: BureauFacts
    parent: OrgRef | None
    members: list[OrgRef]
    status_label: str
    report_edit_urls: dict[int, str] = field(default_factory=dict)  # year → web editor of its file


@dataclass
class PageSpec:
    url: str
    template: str
    title: str
    description: str
    kind: str
    context: dict[str, Any] = field(default_factory=dict)
    source: str | None = None
    image: ImageEntry | None = None
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: dict[str, str] = field(default_factory=dict)
    date: date | None = None


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


class _Builder:
    def __init__(self, site: Site, images: dict[str, ImageEntry]) -> None:
        self.site = site
        self.images = images
        self.config = site.config
        self.today = today(site)
        self.area_ids: dict[tuple[str, ...], str] = {}
        self.area_kinds: dict[tuple[str, str, str], str] = {}
        areas = site.areas.areas
        if areas:
            for district in areas.districts:
                self.area_ids[(district.name,)] = district.id
                for street in district.streets:
                    self.area_ids[(district.name, street.name)] = street.id
                    for community in street.communities:
                        self.area_ids[(district.name, street.name, community.name)] = community.id
                        self.area_kinds[(district.name, street.name, community.name)] = (
                            community.type
                        )
        # The bureau's lists by organization, so that each organization's facts are lookups, not
        # a scan of every list (commended and abnormal organizations grow with the city).
        self.commended: list[tuple[int, Any, dict[str, list[Any]]]] = []
        for year in sorted(site.bureau_years):
            results = site.bureau_years[year].record
            if results is None:
                continue
            by_org: dict[str, list[Any]] = defaultdict(list)
            for commendation in results.commendations:
                for org_id in dict.fromkeys(commendation.orgs):
                    by_org[org_id].append(commendation)
            self.commended.append((year, results, by_org))
        self.abnormal: dict[str, Any] = {}
        latest = site.bureau_years[max(site.bureau_years)].record if site.bureau_years else None
        for item in latest.abnormal_list if latest else []:
            self.abnormal.setdefault(item.org, item)

    # -- links -------------------------------------------------------------------------------

    def choice_link(self, list_name: str, item_id: str) -> Link:
        prefix = {"categories": "categories", "fields": "fields", "service_targets": "targets"}.get(
            list_name
        )
        return Link(self.config.label(list_name, item_id), f"{prefix}/{item_id}/" if prefix else "")

    def area_links(self, district: str, street: str, community: str) -> list[Link]:
        names = (district, street, community)
        links = []
        path = "areas"
        for depth in range(1, 4):
            key = names[:depth]
            area_id = self.area_ids.get(key)
            if area_id is None:
                break
            path += f"/{area_id}"
            links.append(Link(names[depth - 1], path + "/"))
        return links

    def image(self, rel: str | None) -> ImageEntry | None:
        return self.images.get(rel) if rel else None

    # -- records -----------------------------------------------------------------------------

    def org_ref(self, org_id: str, record: Organization) -> OrgRef:
        brand = record.brand
        color = (
            brand.color
            if brand and brand.color and contrast_with_white(brand.color) >= 4.5
            else None
        )
        logo_rel = f"orgs/{org_id}/{brand.logo}" if brand and brand.logo else None
        return OrgRef(
            id=org_id,
            url=f"orgs/{org_id}/",
            name=record.name,
            short_name=record.short_name or record.name,
            color=color,
            logo=self.image(logo_rel),
            slogan=(brand.slogan if brand else None) or "",
            category=self.choice_link("categories", record.category),
            area=self.area_links(record.area.district, record.area.street, record.area.community),
            status_label=LABELS["status"][record.status],
            founded=record.founded,
            fields=[self.choice_link("fields", f) for f in record.fields],
            targets=[self.choice_link("service_targets", t) for t in record.service_targets],
            summary=plain(record.purpose, 80),
        )

    def activity_view(
        self, org: OrgRef, stem: str, rel: str, record: Activity, refs: dict[str, OrgRef]
    ) -> ActivityView:
        folder = f"orgs/{org.id}/activities/{stem}"
        photos, withheld = [], 0
        for photo in record.photos:
            if photo.contains_minors and not photo.consent:
                withheld += 1  # never published, whatever the validation said
                continue
            photos.append(
                PhotoView(
                    photo.file,
                    photo.alt,
                    photo.caption,
                    photo.credit,
                    self.image(f"{folder}/{photo.file}"),
                )
            )
        cover = next((p for p in photos if p.file == record.cover), photos[0] if photos else None)
        project = None
        if record.project:
            project = Link(record.project, f"orgs/{org.id}/projects/{record.project}/")
        return ActivityView(
            id=stem,
            url=f"orgs/{org.id}/activities/{stem}/",
            rel=rel,
            org=org,
            record=record,
            photos=photos,
            cover=cover,
            project=project,
            co_organizers=[refs[o] for o in record.co_organizers if o in refs],
            type_label=self.config.label("activity_types", record.type) if record.type else "",
            theme_label=self.config.label("themes", record.theme) if record.theme else "",
            withheld_photos=withheld,
        )

    def project_view(self, org: OrgRef, pid: str, rel: str, record: Project) -> ProjectView:
        funding = [
            {
                "type": LABELS["funding_type"][item.type],
                "type_id": item.type,
                "funder": item.funder or "",
                "amount": item.amount_cny,
                "awarded_on": item.awarded_on,
                "reference": item.reference or "",
            }
            for item in record.funding
        ]
        total = sum((item.amount_cny for item in record.funding if item.amount_cny is not None), 0)
        return ProjectView(
            id=pid,
            url=f"orgs/{org.id}/projects/{pid}/",
            rel=rel,
            org=org,
            record=record,
            plan_label=LABELS["plan"][record.plan],
            status_label=LABELS["project_status"][record.status],
            fields=[self.choice_link("fields", f) for f in record.fields],
            targets=[self.choice_link("service_targets", t) for t in record.service_targets],
            funding=funding,
            funding_total=total,
        )

    def bureau_facts(self, org_id: str) -> BureauFacts:
        facts = BureauFacts()
        for year, results, commended in self.commended:
            if org_id in results.grades:
                facts.grade, facts.grade_year = results.grades[org_id], year
            if org_id in results.inspections:
                facts.inspection, facts.inspection_year = results.inspections[org_id], year
                facts.inspection_label = LABELS["inspection"][
                    results.inspections[org_id].conclusion
                ]
            facts.commendations += [(year, c) for c in commended.get(org_id, ())]
        if facts.grade:
            facts.grade_expired = facts.grade.valid_until < self.today
        facts.abnormal = self.abnormal.get(org_id)
        return facts

    # -- the catalog -------------------------------------------------------------------------

    def build(self) -> Catalog:
        site = self.site
        refs = {org_id: self.org_ref(org_id, record) for org_id, record in site.organizations()}
        projects_by_org: dict[str, list[ProjectView]] = defaultdict(list)
        activities_by_org: dict[str, list[ActivityView]] = defaultdict(list)
        all_projects: list[ProjectView] = []
        all_activities: list[ActivityView] = []
        for org_id, ref in refs.items():
            folder = site.orgs[org_id]
            for pid, entry in sorted(folder.projects.items()):
                if entry.record:
                    view = self.project_view(ref, pid, entry.rel, entry.record)
                    projects_by_org[org_id].append(view)
                    all_projects.append(view)
            for stem, entry in sorted(folder.activities.items()):
                if entry.record:
                    view = self.activity_view(ref, stem, entry.rel, entry.record, refs)
                    activities_by_org[org_id].append(view)
                    all_activities.append(view)
                    for other in view.co_organizers:
                        activities_by_org[other.id].append(view)
        all_activities.sort(key=lambda a: (a.record.date, a.org.id, a.id), reverse=True)
        project_index = {(p.org.id, p.id): p for p in all_projects}
        for activity in all_activities:
            if activity.project:
                project = project_index.get((activity.org.id, activity.project.title))
                if project:
                    activity.project.title = project.record.title
                    project.activities.append(activity)
        for org_id, items in activities_by_org.items():
            items.sort(key=lambda a: (a.record.date, a.id), reverse=True)
            refs[org_id].activity_count = len(items)
            refs[org_id].latest_activity = items[0].record.date if items else None

        members: dict[str, list[OrgRef]] = defaultdict(list)
        for org_id, record in site.organizations():
            if record.parent and record.parent in refs:
                members[record.parent].append(refs[org_id])
        orgs: dict[str, OrgView] = {}
        for org_id, record in site.organizations():
            folder = site.orgs[org_id]
            cover_rel = (
                f"orgs/{org_id}/{record.brand.cover}"
                if record.brand and record.brand.cover
                else None
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
                cover=self.image(cover_rel),
                projects=projects_by_org[org_id],
                activities=activities_by_org[org_id],
                reports=reports,
                bureau=self.bureau_facts(org_id),
                parent=refs.get(record.parent) if record.parent else None,
                members=members[org_id],
                status_label=LABELS["status"][record.status],
                report_edit_urls={
                    year: url
                    for year, entry in folder.reports.items()
                    if (url := edit_links.edit_url(self.config, entry.rel))
                },
            )
        catalog = Catalog(
            orgs=orgs,
            projects=all_projects,
            activities=all_activities,
            pages=[],
            by_district=defaultdict(list),
            facets={},
            totals={},
        )
        self.add_pages(catalog, refs)
        return catalog

    def add_pages(self, catalog: Catalog, refs: dict[str, OrgRef]) -> None:
        pages = catalog.pages
        site_name = self.config.site_name
        for org in catalog.orgs.values():
            ref = org.ref
            filters = self.org_filters(org)
            pages.append(
                PageSpec(
                    url=ref.url,
                    template="gongshi/org.html",
                    title=ref.name,
                    description=(ref.slogan + "。" if ref.slogan else "")
                    + plain(org.record.purpose, 100),
                    kind="organization",
                    context={"org": org, "jsonld": self.org_jsonld(org)},
                    source=org.rel,
                    image=org.cover
                    or (
                        org.activities[0].cover.image
                        if org.activities and org.activities[0].cover
                        else None
                    )
                    or ref.logo,
                    filters=filters,
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
        for project in catalog.projects:
            org = catalog.orgs[project.org.id]
            pages.append(
                PageSpec(
                    url=project.url,
                    template="gongshi/project.html",
                    title=project.record.title,
                    description=project.record.summary,
                    kind="project",
                    context={
                        "project": project,
                        "org": org,
                        "jsonld": self.project_jsonld(project, org),
                    },
                    source=project.rel,
                    image=(
                        project.activities[0].cover.image
                        if project.activities and project.activities[0].cover
                        else None
                    )
                    or org.ref.logo,
                    filters={
                        **self.org_filters(org),
                        "kind": ["项目"],
                        "status": [project.status_label],
                    },
                    sort={
                        "date": project.record.period.start.isoformat(),
                        "name": project.record.title,
                    },
                    date=project.record.period.start,
                )
            )
        for activity in catalog.activities:
            org = catalog.orgs[activity.org.id]
            pages.append(
                PageSpec(
                    url=activity.url,
                    template="gongshi/activity.html",
                    title=activity.record.title,
                    description=plain(activity.record.description, 120) or activity.record.title,
                    kind="activity",
                    context={"activity": activity, "org": org},
                    source=activity.rel,
                    image=activity.cover.image if activity.cover else org.ref.logo,
                    filters={
                        **self.org_filters(org),
                        "kind": ["活动"],
                        "year": [str(activity.record.date.year)],
                        **({"type": [activity.type_label]} if activity.type_label else {}),
                    },
                    sort={"date": activity.record.date.isoformat(), "name": activity.record.title},
                    date=activity.record.date,
                )
            )
        self.add_directories(catalog, refs, site_name)

    # -- structured data ---------------------------------------------------------------------

    def absolute(self, path: str) -> str:
        base = self.config.site_url.rstrip("/") + "/" if self.config.site_url else "/"
        return base + path

    def org_jsonld(self, org: OrgView) -> dict[str, Any]:
        record, ref = org.record, org.ref
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "NGO",
            "name": record.name,
            "url": self.absolute(ref.url),
            "description": record.purpose,
            "foundingDate": record.founded,
            "areaServed": {
                "@type": "AdministrativeArea",
                "name": f"{record.area.district}{record.area.street}{record.area.community}",
            },
        }
        if record.short_name:
            data["alternateName"] = record.short_name
        if record.uscc:
            data["identifier"] = {
                "@type": "PropertyValue",
                "propertyID": "统一社会信用代码",
                "value": record.uscc,
            }
        elif record.filing_no:
            data["identifier"] = {
                "@type": "PropertyValue",
                "propertyID": "备案编号",
                "value": record.filing_no,
            }
        if ref.logo:
            data["logo"] = self.absolute(ref.logo.path(ref.logo.largest().jpeg))
        if ref.slogan:
            data["slogan"] = ref.slogan
        if record.venue and record.venue.address:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": record.venue.address,
                "addressCountry": "CN",
            }
        if record.contact and record.contact.phone:
            data["telephone"] = record.contact.phone
        if record.contact and record.contact.email:
            data["email"] = record.contact.email
        if org.parent:
            data["parentOrganization"] = {
                "@type": "NGO",
                "name": org.parent.name,
                "url": self.absolute(org.parent.url),
            }
        events = [
            {
                "@type": "Event",
                "name": activity.record.title,
                "startDate": activity.record.date.isoformat(),
                "url": self.absolute(activity.url),
                "location": {"@type": "Place", "name": activity.record.place},
                "organizer": {
                    "@type": "NGO",
                    "name": activity.org.name,
                    "url": self.absolute(activity.org.url),
                },
                "eventStatus": "https://schema.org/EventScheduled",
            }
            for activity in org.activities[:5]
        ]
        if events:
            data["event"] = events
        return data

    def project_jsonld(self, project: ProjectView, org: OrgView) -> dict[str, Any]:
        data: dict[str, Any] = {
            "@context": "https://schema.org",
            "@type": "Project",
            "name": project.record.title,
            "description": project.record.summary,
            "url": self.absolute(project.url),
            "parentOrganization": {
                "@type": "NGO",
                "name": org.record.name,
                "url": self.absolute(org.ref.url),
            },
            "knowsAbout": [link.title for link in project.fields],
        }
        funders = sorted({item["funder"] for item in project.funding if item["funder"]})
        if funders:
            data["funder"] = [{"@type": "Organization", "name": name} for name in funders]
        return data

    def org_filters(self, org: OrgView) -> dict[str, list[str]]:
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

    def add_directories(self, catalog: Catalog, refs: dict[str, OrgRef], site_name: str) -> None:
        pages = catalog.pages
        all_refs = sorted(refs.values(), key=lambda r: r.id)
        self.paginate(pages, "orgs/", "机构名录", "全部社区社会组织", all_refs, "orgs")

        # by category, field and service target
        for list_name, prefix, title in (
            ("categories", "categories", "按类别"),
            ("fields", "fields", "按服务领域"),
            ("service_targets", "targets", "按服务对象"),
        ):
            links = []
            for item in getattr(self.config.settings, list_name):
                members = [
                    r
                    for r in all_refs
                    if (list_name == "categories" and r.category.title == item.name)
                    or (list_name == "fields" and item.name in [f.title for f in r.fields])
                    or (
                        list_name == "service_targets" and item.name in [t.title for t in r.targets]
                    )
                ]
                links.append(Link(item.name, f"{prefix}/{item.id}/", len(members)))
                self.paginate(
                    pages,
                    f"{prefix}/{item.id}/",
                    item.name,
                    f"{title}：{item.name}",
                    members,
                    prefix,
                )
            catalog.facets[prefix] = links
            pages.append(
                PageSpec(
                    url=f"{prefix}/",
                    template="gongshi/facets.html",
                    title=title,
                    description=f"{site_name}：{title}浏览社区社会组织",
                    kind="index",
                    context={"links": links, "heading": title},
                )
            )

        # district → street → community
        tree = []
        areas = self.site.areas.areas
        by_area: dict[tuple[str, ...], list[OrgRef]] = defaultdict(list)
        for org in catalog.orgs.values():
            area = org.record.area
            for depth in range(1, 4):
                by_area[(area.district, area.street, area.community)[:depth]].append(org.ref)
        for district in areas.districts if areas else []:
            d_key = (district.name,)
            d_url = f"areas/{district.id}/"
            streets = []
            for street in district.streets:
                s_key = (district.name, street.name)
                s_url = f"{d_url}{street.id}/"
                communities = []
                for community in street.communities:
                    c_key = (*s_key, community.name)
                    c_url = f"{s_url}{community.id}/"
                    members = sorted(by_area[c_key], key=lambda r: r.id)
                    communities.append(
                        {"link": Link(community.name, c_url, len(members)), "type": community.type}
                    )
                    self.paginate(
                        pages,
                        c_url,
                        community.name,
                        f"{district.name} {street.name} {community.name}的社区社会组织",
                        members,
                        "area",
                        crumbs=[Link(district.name, d_url), Link(street.name, s_url)],
                        community_type=LABELS["community_type"][community.type],
                    )
                members = sorted(by_area[s_key], key=lambda r: r.id)
                streets.append(
                    {
                        "link": Link(street.name, s_url, len(members)),
                        "communities": communities,
                        "kind": street.kind,
                    }
                )
                self.paginate(
                    pages,
                    s_url,
                    street.name,
                    f"{district.name}{street.name}的社区社会组织",
                    members,
                    "area",
                    crumbs=[Link(district.name, d_url)],
                    children=communities,
                )
            members = sorted(by_area[d_key], key=lambda r: r.id)
            entry = {"link": Link(district.name, d_url, len(members)), "streets": streets}
            tree.append(entry)
            catalog.by_district[district.name] = members
            self.paginate(
                pages,
                d_url,
                district.name,
                f"{district.name}的社区社会组织",
                members,
                "area",
                children=[s for s in streets],
            )
        pages.append(
            PageSpec(
                url="areas/",
                template="gongshi/areas.html",
                title="按区域",
                description=f"{site_name}：按区、街道（乡镇）和社区（村）浏览社区社会组织",
                kind="index",
                context={"tree": tree},
            )
        )
        catalog.facets["areas"] = [entry["link"] for entry in tree]

        # activities and projects, newest first, in pages of PAGE_SIZE
        self.list_pages(
            pages, "activities/", "活动", f"{site_name}：社区社会组织的最新活动",
            "gongshi/activities.html", "activities", catalog.activities,
        )  # fmt: skip
        projects = sorted(
            catalog.projects, key=lambda p: (p.record.period.start, p.url), reverse=True
        )
        self.list_pages(
            pages, "projects/", "项目", f"{site_name}：社区社会组织的服务项目",
            "gongshi/projects.html", "projects", projects,
        )  # fmt: skip
        pages.append(
            PageSpec(
                url="search/",
                template="gongshi/search.html",
                title="搜索",
                description=f"{site_name}：按关键词、区域、服务领域和服务对象搜索社区社会组织、项目和活动",
                kind="index",
            )
        )
        pages.append(
            PageSpec(
                url="submit/",
                template="gongshi/submit.html",
                title="在线填报",
                description=f"{site_name}：不用安装软件，在网页上填写机构、项目、活动和年度报告，提交修改",
                kind="index",
                context={"submit": edit_links.form_data(self.config)},
            )
        )
        catalog.totals = {
            "orgs": len(catalog.orgs),
            "projects": len(catalog.projects),
            "activities": len(catalog.activities),
            "volunteer_hours": sum((a.record.volunteer_hours or 0) for a in catalog.activities),
            "participants": sum((a.record.participants or 0) for a in catalog.activities),
            "communities": sum(1 for key in self.area_kinds if by_area.get(key)),
        }

    def list_pages(
        self,
        pages: list[PageSpec],
        base: str,
        title: str,
        description: str,
        template: str,
        name: str,
        items: list[Any],
    ) -> None:
        """Index pages listing items (activities, projects) PAGE_SIZE at a time."""
        chunks = [items[i : i + PAGE_SIZE] for i in range(0, len(items), PAGE_SIZE)] or [[]]
        for index, chunk in enumerate(chunks):
            pages.append(
                PageSpec(
                    url=base if index == 0 else f"{base}page/{index + 1}/",
                    template=template,
                    title=title if index == 0 else f"{title}（第 {index + 1} 页）",
                    description=description,
                    kind="index",
                    context={name: chunk, "pager": self.pager(base, index, len(chunks))},
                )
            )

    def pager(self, base: str, index: int, total: int) -> dict[str, Any]:
        def url(i: int) -> str:
            return base if i == 0 else f"{base}page/{i + 1}/"

        return {
            "index": index + 1,
            "total": total,
            "previous": url(index - 1) if index > 0 else None,
            "next": url(index + 1) if index + 1 < total else None,
            "pages": PageLinks(base, total),
        }

    def paginate(
        self,
        pages: list[PageSpec],
        base: str,
        title: str,
        description: str,
        refs: list[OrgRef],
        kind: str,
        **extra: Any,
    ) -> None:
        chunks = [refs[i : i + PAGE_SIZE] for i in range(0, len(refs), PAGE_SIZE)] or [[]]
        for index, chunk in enumerate(chunks):
            pages.append(
                PageSpec(
                    url=base if index == 0 else f"{base}page/{index + 1}/",
                    template="gongshi/directory.html",
                    title=title if index == 0 else f"{title}（第 {index + 1} 页）",
                    description=description,
                    kind="index",
                    context={
                        "orgs": chunk,
                        "total": len(refs),
                        "heading": title,
                        "lead": description,
                        "directory_kind": kind,
                        "pager": self.pager(base, index, len(chunks)),
                        **extra,
                    },
                )
            )


def build_catalog(site: Site, images: dict[str, ImageEntry]) -> Catalog:
    """Every generated page of the site, with the views the templates need."""
    with young_collections_only():
        return _Builder(site, images).build()
