"""Support platforms (孵化基地、社区社会组织服务中心) of the bureau's register: their pages
(/platforms/<id>/ and the list /platforms/), the organizations each incubated (with when), who
runs and operates each one, and the platforms an organization runs or works for.

Incubation follows the consent rule of generator.model.links: only confirmed incubations reach a
platform's page or an organization that runs it. Who runs and operates a platform is the bureau's
own register, so it shows on both sides.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from generator.input.records import Platform
from generator.model import registers
from generator.model.site import Site
from generator.views.pages import PageSpec
from generator.views.record_views import IncubatedOrg, Link, OrgRef, OrgView


@dataclass
class PartnerView:
    """An organization working for a platform, with its role (举办、运营机构、专业支持 …)."""

    name: str
    url: str  # empty when it has no page here
    role: str


@dataclass
class PlatformView:
    id: str
    url: str
    record: Platform
    run_by: PartnerView | None
    partners: list[PartnerView]  # the operator first
    incubated: list[IncubatedOrg] = field(default_factory=list)

    @property
    def hatched(self) -> int:
        """How many of its incubated organizations have left the incubator (出壳)."""
        return sum(1 for item in self.incubated if item.until)


def incubation_dates(site: Site, org_id: str, platform_id: str) -> tuple[str, str]:
    """(since, until) of an incubation as the organization wrote it, else as the bureau did."""
    folder = site.orgs.get(org_id)
    record = folder.org if folder else None
    for item in record.incubated_by if record else ():
        if item.platform == platform_id and (item.since or item.until):
            return item.since or "", item.until or ""
    platform = registers.platforms(site.registers).get(platform_id)
    for entry in platform.incubated if platform else ():
        if entry.org == org_id:
            since = entry.since.isoformat() if entry.since else ""
            return since, entry.until.isoformat() if entry.until else ""
    return "", ""


def incubated_orgs(site: Site, platform_id: str, refs: Mapping[str, OrgRef]) -> list[IncubatedOrg]:
    """The organizations a platform (a register entry or an organization) incubated, confirmed
    and shown, the latest first."""
    found = []
    for org_id in site.links.incubated(platform_id):
        if org_id in refs:
            since, until = incubation_dates(site, org_id, platform_id)
            found.append(IncubatedOrg(refs[org_id], since, until))
    found.sort(key=lambda item: (item.since, item.org.name), reverse=True)
    return found


def _partner(
    org_id: str | None, name: str | None, role: str, refs: Mapping[str, OrgRef]
) -> PartnerView:
    ref = refs.get(org_id or "")
    if ref is not None:
        return PartnerView(ref.name, ref.url, role)
    return PartnerView(name or org_id or "", "", role)


def make_platform_views(site: Site, *, refs: Mapping[str, OrgRef]) -> dict[str, PlatformView]:
    """Every platform of the register, by id, in id order."""
    views = {}
    for platform_id, record in sorted(registers.platforms(site.registers).items()):
        partners = []
        if record.operator or record.operator_org:
            partners.append(
                _partner(record.operator_org, record.operator, record.operator_role, refs)
            )
        partners += [_partner(p.org, p.name, p.role, refs) for p in record.partners]
        run_by = _partner(record.run_by, None, "举办", refs) if record.run_by else None
        views[platform_id] = PlatformView(
            id=platform_id,
            url=f"platforms/{platform_id}/",
            record=record,
            run_by=run_by,
            partners=partners,
            incubated=incubated_orgs(site, platform_id, refs),
        )
    return views


def attach_platforms(
    site: Site,
    orgs: Mapping[str, OrgView],
    platforms: Mapping[str, PlatformView],
    refs: Mapping[str, OrgRef],
) -> None:
    """Each organization's page: the organizations it incubated itself, and the platforms it
    runs or works for (with its role)."""
    for org_id, org in orgs.items():
        org.incubated = incubated_orgs(site, org_id, refs)
    for platform in platforms.values():
        record = platform.record
        roles = [(record.run_by, "举办")]
        roles += [(record.operator_org, record.operator_role)]
        roles += [(partner.org, partner.role) for partner in record.partners]
        for org_id, role in roles:
            if org_id and org_id in orgs:
                orgs[org_id].platforms.append(Link(record.name, platform.url, note=role))


def platform_pages(platforms: Mapping[str, PlatformView], *, site_name: str) -> list[PageSpec]:
    """/platforms/<id>/ for each platform and /platforms/ listing them."""
    if not platforms:
        return []
    pages = [
        PageSpec(
            url="platforms/",
            template="gongshi/platforms.html",
            title="支持平台和孵化基地",
            description=f"{site_name}：社区社会组织支持平台和孵化基地，它们的举办和运营机构，"
            "以及孵化的社区社会组织",
            kind="index",
            context={"platforms": list(platforms.values())},
        )
    ]
    for platform in platforms.values():
        record = platform.record
        pages.append(
            PageSpec(
                url=platform.url,
                template="gongshi/platform.html",
                title=record.name,
                description=f"{record.name}：孵化的社区社会组织 {len(platform.incubated)} 家"
                + (f"，地址：{record.address}" if record.address else ""),
                kind="platform",
                context={"platform": platform},
            )
        )
    return pages
