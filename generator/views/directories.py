"""Directories of organizations: all of them, by category, field and service target, and by area
(district → street → community), PAGE_SIZE cards a page, with the facet lists that link them."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from generator.input.config import SiteConfig
from generator.input.records import LABELS
from generator.model.registers import LIST_LABELS
from generator.model.site import Site
from generator.stats.tables_bureau import GRADES
from generator.views import pinyin
from generator.views.organizations import org_filters
from generator.views.pages import PageSpec, make_pager, page_title, page_url, split_pages
from generator.views.record_views import Link, OrgRef, OrgView

# (controlled list, folder of its pages, title of its facet page)
CHOICE_DIRECTORIES = (
    ("categories", "categories", "按类别"),
    ("fields", "fields", "按服务领域"),
    ("service_targets", "targets", "按服务对象"),
)


@dataclass
class Directories:
    pages: list[PageSpec]
    facets: dict[str, list[Link]]  # folder → a link to each of its directories, with its count
    by_district: dict[str, list[OrgRef]]
    communities: int  # communities with at least one organization


def name_order(ref: OrgRef) -> tuple[str, str]:
    """Directories list organizations by name in pinyin order (安平 before 青山)."""
    return ref.pinyin, ref.id


def directory_pages(
    base: str, *, title: str, description: str, refs: list[OrgRef], kind: str, **extra: Any
) -> list[PageSpec]:
    """A directory of organization cards at base, PAGE_SIZE a page; extra goes to the context."""
    chunks = split_pages(refs)
    return [
        PageSpec(
            url=page_url(base, index),
            template="gongshi/directory.html",
            title=page_title(title, index),
            description=description,
            kind="index",
            context={
                "orgs": chunk,
                "total": len(refs),
                "heading": title,
                "lead": description,
                "directory_kind": kind,
                "pager": make_pager(base, index=index, total=len(chunks)),
                **extra,
            },
        )
        for index, chunk in enumerate(chunks)
    ]


def has_choice(ref: OrgRef, list_name: str, name: str) -> bool:
    """Whether an organization chose the item named name of a controlled list."""
    if list_name == "categories":
        return ref.category.title == name
    if list_name == "fields":
        return name in [f.title for f in ref.fields]
    return list_name == "service_targets" and name in [t.title for t in ref.targets]


def add_choice_directories(
    directories: Directories, all_refs: list[OrgRef], *, config: SiteConfig
) -> None:
    """A directory per category, field and service target, and a facet page listing each list's."""
    site_name = config.site_name
    for list_name, prefix, title in CHOICE_DIRECTORIES:
        links = []
        for item in getattr(config.settings, list_name):
            members = [r for r in all_refs if has_choice(r, list_name, item.name)]
            links.append(Link(item.name, f"{prefix}/{item.id}/", len(members)))
            directories.pages += directory_pages(
                f"{prefix}/{item.id}/",
                title=item.name,
                description=f"{title}：{item.name}",
                refs=members,
                kind=prefix,
            )
        directories.facets[prefix] = links
        directories.pages.append(
            PageSpec(
                url=f"{prefix}/",
                template="gongshi/facets.html",
                title=title,
                description=f"{site_name}：{title}浏览社区社会组织",
                kind="index",
                context={"links": links, "heading": title},
            )
        )


def group_by_area(orgs: Mapping[str, OrgView]) -> dict[tuple[str, ...], list[OrgRef]]:
    """Organizations by (district), (district, street) and (district, street, community)."""
    by_area: dict[tuple[str, ...], list[OrgRef]] = defaultdict(list)
    for org in orgs.values():
        if org.ref.status_change:  # deregistered or revoked: its page stays, off the lists
            continue
        area = org.record.area
        for depth in range(1, 4):
            by_area[(area.district, area.street, area.community)[:depth]].append(org.ref)
    return by_area


def add_area_directories(
    directories: Directories,
    by_area: dict[tuple[str, ...], list[OrgRef]],
    *,
    site: Site,
) -> None:
    """A directory per district, street and community, and areas/ with the tree of all three."""
    pages = directories.pages
    tree = []
    populated: set[tuple[str, ...]] = set()  # communities with at least one organization
    areas = site.areas.areas
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
                members = sorted(by_area[c_key], key=name_order)
                if members:
                    populated.add(c_key)
                communities.append(
                    {"link": Link(community.name, c_url, len(members)), "type": community.type}
                )
                pages += directory_pages(
                    c_url,
                    title=community.name,
                    description=f"{district.name} {street.name} {community.name}的社区社会组织",
                    refs=members,
                    kind="area",
                    crumbs=[Link(district.name, d_url), Link(street.name, s_url)],
                    community_type=LABELS["community_type"][community.type],
                )
            members = sorted(by_area[s_key], key=name_order)
            streets.append(
                {
                    "link": Link(street.name, s_url, len(members)),
                    "communities": communities,
                    "kind": street.kind,
                }
            )
            pages += directory_pages(
                s_url,
                title=street.name,
                description=f"{district.name}{street.name}的社区社会组织",
                refs=members,
                kind="area",
                crumbs=[Link(district.name, d_url)],
                children=communities,
            )
        members = sorted(by_area[d_key], key=name_order)
        entry = {"link": Link(district.name, d_url, len(members)), "streets": streets}
        tree.append(entry)
        directories.by_district[district.name] = members
        pages += directory_pages(
            d_url,
            title=district.name,
            description=f"{district.name}的社区社会组织",
            refs=members,
            kind="area",
            crumbs=[],  # 按区域 alone, as its streets and communities begin theirs
            children=list(streets),
        )
    pages.append(
        PageSpec(
            url="areas/",
            template="gongshi/areas.html",
            title="按区域",
            description=f"{site.config.site_name}：按区、街道（乡镇）和社区（村）浏览社区社会组织",
            kind="index",
            context={"tree": tree},
        )
    )
    directories.facets["areas"] = [entry["link"] for entry in tree]
    directories.communities = len(populated)


# The directory's filters: search filter keys of the organization pages (views.organizations
# org_filters), the label of each, and whether a choice of the one before narrows it (a street
# belongs to its district).
DIRECTORY_FILTERS = (
    ("district", "区（县）"),
    ("street", "街道（乡镇）"),
    ("category", "类别"),
    ("field", "服务领域"),
    ("status", "登记状态"),
    ("grade", "评估等级"),
    ("list", "名录"),
)


@dataclass
class FilterOption:
    value: str
    count: int
    parent: str = ""  # the district of a street


@dataclass
class DirectoryFilter:
    key: str
    label: str
    options: list[FilterOption]


def directory_filters(orgs: list[OrgView], *, site: Site) -> list[DirectoryFilter]:
    """The directory's filters, each value as the organization pages' search filters give it
    (so that the script's choices match the index), in the order residents expect: areas as in
    areas.yml, lists as in the settings, grades from 5A down; with the count of each."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    parents: dict[str, str] = {}
    for org in orgs:
        filters = org_filters(org)
        for key, _ in DIRECTORY_FILTERS:
            counts[key].update(filters.get(key, []))
        parents[org.record.area.street] = org.record.area.district
    areas = site.areas.areas
    settings = site.config.settings
    preferred = {
        "district": [d.name for d in areas.districts] if areas else [],
        "street": [s.name for d in areas.districts for s in d.streets] if areas else [],
        "category": [item.name for item in settings.categories],
        "field": [item.name for item in settings.fields],
        "status": list(LABELS["status"].values()),
        "grade": list(GRADES),
        "list": list(LIST_LABELS.values()),
    }
    result = []
    for key, label in DIRECTORY_FILTERS:
        known = preferred[key]
        values = sorted(
            counts[key],
            key=lambda v: (known.index(v) if v in known else len(known), pinyin.sort_key(v)),
        )
        options = [
            FilterOption(v, counts[key][v], parents.get(v, "") if key == "street" else "")
            for v in values
        ]
        if options:
            result.append(DirectoryFilter(key, label, options))
    return result


def make_directories(
    orgs: Mapping[str, OrgView], *, refs: Mapping[str, OrgRef], site: Site
) -> Directories:
    """orgs/, the directories by controlled list and by area, and the facets that link them."""
    directories = Directories(pages=[], facets={}, by_district=defaultdict(list), communities=0)
    # active organizations only: a deregistered or revoked one keeps its page, off the lists
    all_refs = sorted((r for r in refs.values() if not r.status_change), key=name_order)
    active = [orgs[r.id] for r in all_refs if r.id in orgs]
    directories.pages += directory_pages(
        "orgs/",
        title="机构名录",
        description="全部社区社会组织",
        refs=all_refs,
        kind="orgs",
        filters=directory_filters(active, site=site),
    )
    add_choice_directories(directories, all_refs, config=site.config)
    add_area_directories(directories, group_by_area(orgs), site=site)
    return directories
