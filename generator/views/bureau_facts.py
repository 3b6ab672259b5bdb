"""What the bureau's registers say of each organization on the build's date, as views: its grade
and until when, inspections by year, the lists it is on (and was on), commendations, the latest
verification, a deregistration; honors it reports, marked 自报 or 已核实 when a government body
awarded them; and the notices its cards carry wherever it appears.

Everything is judged on site.as_of and pages say when a status took effect (自 … 列入, 有效期至 …),
never the build's date, so a page changes only when a status does.
"""

from __future__ import annotations

from generator.formatting import zh_date
from generator.input.config import Settings
from generator.input.records import LABELS, Listing, Organization, StatusChange
from generator.model import registers
from generator.model.registers import LIST_LABELS, STATUS_LABELS
from generator.model.site import Site, today
from generator.views.record_views import BureauFacts, HonorView, OrgRef


def visible_organizations(site: Site) -> list[tuple[str, Organization]]:
    """Valid organizations whose page is not withdrawn on the build's date, in id order."""
    withdraw_all = site.config.settings.withdraw_deregistered
    day = today(site)
    return [
        (org_id, record)
        for org_id, record in site.organizations()
        if not registers.is_withdrawn(site.registers, org_id, day, withdraw_all=withdraw_all)
    ]


def withdrawn_organizations(site: Site) -> list[tuple[str, StatusChange]]:
    """Organizations whose page is withdrawn, with the status change that withdrew it."""
    shown = {org_id for org_id, _ in visible_organizations(site)}
    found = []
    for org_id, _ in site.organizations():
        change = registers.status_on(site.registers, org_id, today(site))
        if org_id not in shown and change is not None:
            found.append((org_id, change))
    return found


def is_government(awarded_by: str | None, settings: Settings) -> bool:
    """Whether an awarding body is a government body: the bureau, or a name ending in one of
    the settings' government_suffixes (人民政府, 民政局, 街道办事处, 委员会 …)."""
    if not awarded_by:
        return False
    name = awarded_by.strip()
    return settings.bureau in name or any(name.endswith(s) for s in settings.government_suffixes)


def names_government(title: str, awarded_by: str | None, settings: Settings) -> bool:
    """An honor without an awarding body whose title names a government body (“云溪市民政局
    授予…”): as much a claim about the bureau as one that names it as the awarding body."""
    if awarded_by:
        return False
    words = [settings.bureau, *(s for s in settings.government_suffixes if len(s) >= 3)]
    return any(word in title for word in words)


def listing_notice(listing: Listing) -> str:
    """已列入活动异常名录（云溪市民政局，自 2024年3月1日 起）"""
    label = LIST_LABELS.get(listing.list, listing.list)
    return f"已列入{label}（{listing.authority}，自 {zh_date(listing.listed_on)} 起）"


def status_notice(change: StatusChange) -> str:
    """已注销（云溪市民政局，自 2024年3月1日 起）"""
    return f"{STATUS_LABELS[change.status]}（{change.authority}，自 {zh_date(change.on)} 起）"


def collect_bureau_facts(site: Site, org_id: str, record: Organization) -> BureauFacts:
    """The registers' facts of one organization on the build's date, and its honors checked."""
    book, day = site.registers, today(site)
    facts = BureauFacts()
    facts.grade = registers.latest_grade(book, org_id, day)
    facts.grade_expired = facts.grade is not None and (
        registers.grade_on(book, org_id, day) is not facts.grade
    )
    facts.inspections = [
        (result, LABELS["inspection"][result.conclusion])
        for result in registers.inspections_of(book, org_id)
        if result.decided_on is None or result.decided_on <= day
    ]
    if facts.inspections:
        facts.inspection, facts.inspection_label = facts.inspections[0]
        facts.inspection_year = facts.inspection.year
    facts.listings, facts.ended_listings = registers.listings_on(book, org_id, day)
    facts.abnormal = next((x for x in facts.listings if x.list == "abnormal"), None)
    facts.verification = registers.latest_verification(book, org_id, day)
    facts.status = registers.status_on(book, org_id, day)
    if facts.status:
        facts.status_label = STATUS_LABELS[facts.status.status]
    commended = registers.commendations_of(book, org_id, day)
    confirmed: set[int] = set()
    for honor in sorted(record.honors, key=lambda h: h.year, reverse=True):
        view = HonorView(year=honor.year, title=honor.title, awarded_by=honor.awarded_by)
        if is_government(honor.awarded_by, site.config.settings) or names_government(
            honor.title, honor.awarded_by, site.config.settings
        ):
            match = next(
                (
                    index
                    for index, c in enumerate(commended)
                    if c.title.strip() == honor.title.strip() and c.on.year == honor.year
                ),
                None,
            )
            view.check = "self_reported" if match is None else "confirmed"
            if match is not None:
                confirmed.add(match)
        facts.honors.append(view)
    facts.commendations = [c for index, c in enumerate(commended) if index not in confirmed]
    registered = [
        HonorView(year=c.on.year, title=c.title, awarded_by=c.awarded_by, check="confirmed")
        for c in facts.commendations
    ]
    facts.honor_list = sorted(registered + facts.honors, key=lambda h: h.year, reverse=True)
    return facts


def mark_ref(ref: OrgRef, facts: BureauFacts) -> None:
    """The bureau's marks on the organization's card: its lists, its deregistration."""
    ref.notices = [listing_notice(listing) for listing in facts.listings]
    ref.listed = bool(facts.listings)
    ref.grade = facts.grade.grade if facts.grade and not facts.grade_expired else ""
    if facts.status:
        ref.status_change = facts.status.status
        ref.status_label = facts.status_label
        ref.notices.insert(0, status_notice(facts.status))


def facts_for_refs(site: Site, refs: dict[str, OrgRef]) -> dict[str, BureauFacts]:
    """Every shown organization's facts, its card marked with them."""
    facts = {}
    for org_id, ref in refs.items():
        folder = site.orgs[org_id]
        if folder.org is None:
            continue
        facts[org_id] = collect_bureau_facts(site, org_id, folder.org)
        mark_ref(ref, facts[org_id])
    return facts
