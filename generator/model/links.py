"""Links between organizations resolved once per site: who declared what, who confirmed it.

Membership: the member writes `member_of: [hub]` (the deprecated `parent: hub` reads the same),
the hub confirms with `members: [member]`. Incubation: the organization writes
`incubated_by: [{platform}]`, the platform's own folder confirms with `incubated: [org]` (or the
folder of the organization that runs it), else the bureau's register of support platforms.
Co-organizing: the lead's activity names `co_organizers: [x]`, x confirms with
`joined: ["<lead>/<activity>"]`. The bureau confirms any link in content/registers/links.yml.

A folder can only declare from its own side: what it says about another organization stays on
its own pages, marked unconfirmed, until the other side (or the bureau) confirms.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, field

from generator.findings import Report, did_you_mean
from generator.input.records import Organization
from generator.input.records.registers import LinkConfirmation, Platform
from generator.input.yamlio import YamlDocument
from generator.model import registers
from generator.model.linkset import Confirmation, LinkKind, Links, OrgLink
from generator.model.site import Entry, Site


@dataclass
class LinkRegisters:
    """The bureau's entries links depend on, with the document their findings point into."""

    links: list[LinkConfirmation] = field(default_factory=list)
    platforms: list[Platform] = field(default_factory=list)
    documents: dict[str, YamlDocument] = field(default_factory=dict)  # "links" → its document


def link_registers(site: Site) -> LinkRegisters:
    """The bureau's link confirmations and support platforms, from the site's registers."""
    found = LinkRegisters(
        links=registers.links(site.registers),
        platforms=list(registers.platforms(site.registers).values()),
    )
    written = [item for item in site.registers.links if not item.legacy]
    if written and written[0].document is not None and len(written) == len(found.links):
        found.documents["links"] = written[0].document
    return found


def resolve_links(site: Site, report: Report) -> Links:
    """Every declared link of the site, each confirmed or not; findings for what cannot hold."""
    return _Resolver(site, report, link_registers(site)).resolve()


class _Resolver:
    def __init__(self, site: Site, report: Report, registers: LinkRegisters) -> None:
        self.site, self.report, self.registers = site, report, registers
        self.records = dict(site.organizations())  # only these have pages
        self.platforms = {platform.id: platform for platform in registers.platforms}
        self.links = Links(platform_names={p.id: p.name for p in registers.platforms})
        self.bureau: set[tuple[str, str, str, str]] = {
            (entry.kind, entry.org, entry.other, entry.activity or "") for entry in registers.links
        }

    def resolve(self) -> Links:
        for org_id, folder in sorted(self.site.orgs.items()):
            entry = folder.profile
            record = entry.partial if entry else None
            if entry is None or record is None or entry.document is None:
                continue
            self._membership(org_id, entry, record)
            self._incubation(org_id, entry, record)
            self._co_organizing(org_id)
            self._confirmations(org_id, entry, record)
        self._bureau_entries()
        return self.links

    # -- the declaring side -------------------------------------------------------------------

    def _membership(self, org_id: str, entry: Entry[Organization], record: Organization) -> None:
        hubs = [(hub, ("member_of", index)) for index, hub in enumerate(record.member_of)]
        if record.parent:
            line, column = entry.document.at(("parent",)) if entry.document else (1, 1)
            self.report.add("deprecated-parent", entry.rel, line, column, value=record.parent)
            if record.parent not in record.member_of:
                hubs.append((record.parent, ("parent",)))
        for hub, location in hubs:
            if self._known_other(org_id, hub, entry, location):
                hub_record = self.records.get(hub)
                confirmed = hub_record is not None and org_id in hub_record.members
                self._add("member_of", org_id, hub, confirmed=confirmed)

    def _incubation(self, org_id: str, entry: Entry[Organization], record: Organization) -> None:
        for index, incubation in enumerate(record.incubated_by):
            platform = incubation.platform
            location = ("incubated_by", index, "platform")
            if platform == org_id:
                self._self_reference(entry, location, f"incubated_by[{index}].platform")
                continue
            if platform not in self.records and platform not in self.platforms:
                if platform in self.site.orgs:
                    continue  # a folder whose org.yml does not validate: reported there
                line, column = self._at(entry, location)
                known = [*self.site.orgs, *self.platforms]
                match = difflib.get_close_matches(platform, known, n=1, cutoff=0.6)
                self.report.add(
                    "unknown-platform", entry.rel, line, column, value=platform,
                    **did_you_mean(match),
                )  # fmt: skip
                continue
            self._add(
                "incubated_by", org_id, platform, how=self._incubation_confirmed(org_id, platform)
            )

    def _incubation_confirmed(self, org_id: str, platform: str) -> Confirmation:
        own = self.records.get(platform)
        if own is not None and org_id in own.incubated:
            return "other"
        registered = self.platforms.get(platform)
        if registered is not None:
            for runner in (registered.operator_org, registered.run_by):
                operator = self.records.get(runner or "")
                if operator is not None and org_id in operator.incubated:
                    return "other"
            if any(item.org == org_id for item in registered.incubated):
                return "platforms"
        return ""

    def _co_organizing(self, lead: str) -> None:
        for stem, activity in sorted(self.site.orgs[lead].activities.items()):
            record = activity.record
            if record is None or lead not in self.records:
                continue
            for other in dict.fromkeys(record.co_organizers):
                other_record = self.records.get(other)
                if other == lead or other_record is None:
                    continue  # checks_org reports both
                confirmed = f"{lead}/{stem}" in other_record.joined
                self._add("co_organizer", lead, other, stem, confirmed=confirmed)

    # -- the confirming side ------------------------------------------------------------------

    def _confirmations(self, org_id: str, entry: Entry[Organization], record: Organization) -> None:
        """members, incubated and joined: each must answer a declaration of the other side."""
        for index, member in enumerate(record.members):
            location = ("members", index)
            if self._known_other(org_id, member, entry, location):
                declared = self.records.get(member)
                hubs = [*declared.member_of, declared.parent] if declared else []
                if org_id not in hubs and ("member_of", member, org_id, "") not in self.bureau:
                    self._not_declared(entry, location, member, f"member_of: [{org_id}]")
        operated = [
            org_id,
            *(p.id for p in self.platforms.values() if org_id in (p.operator_org, p.run_by)),
        ]
        for index, incubated in enumerate(record.incubated):
            location = ("incubated", index)
            if self._known_other(org_id, incubated, entry, location):
                declared = self.records.get(incubated)
                named = {i.platform for i in declared.incubated_by} if declared else set()
                if not named & set(operated):
                    self._not_declared(
                        entry, location, incubated, f"incubated_by: [{{platform: {org_id}}}]"
                    )
        for index, ref in enumerate(record.joined):
            self._check_joined(org_id, ref, entry, ("joined", index))

    def _check_joined(self, org_id: str, ref: str, entry: Entry, location: tuple) -> None:
        lead, _, stem = ref.partition("/")
        if not self._known_other(org_id, lead, entry, location):
            return
        activity = self.site.orgs[lead].activities.get(stem)
        if activity is None:
            match = difflib.get_close_matches(
                stem, list(self.site.orgs[lead].activities), n=1, cutoff=0.6
            )
            line, column = self._at(entry, location)
            self.report.add(
                "unknown-activity", entry.rel, line, column, value=ref,
                **did_you_mean([f"{lead}/{m}" for m in match]),
            )  # fmt: skip
            return
        record = activity.record or activity.partial
        if record is not None and org_id not in record.co_organizers:
            self._not_declared(entry, location, lead, f"co_organizers: [{org_id}]")

    # -- the bureau ---------------------------------------------------------------------------

    def _bureau_entries(self) -> None:
        """The bureau's confirmations stand on their own: a link it records shows on both sides."""
        document = self.registers.documents.get("links")
        for index, item in enumerate(self.registers.links):
            if item.org == item.other or not self._bureau_sides_known(item, index, document):
                continue
            activity = item.activity or ""
            if item.kind == "co_organizer" and activity not in self.site.orgs[item.org].activities:
                if document is not None:
                    line, column = document.at(("links", index, "activity"), value=True)
                    self.report.add(
                        "unknown-activity", document.path, line, column,
                        value=f"{item.org}/{activity}",
                    )  # fmt: skip
                continue
            if item.kind != "co_organizer":
                activity = ""
            self._add(item.kind, item.org, item.other, activity, how="bureau")
        for platform in self.registers.platforms:
            for item in platform.incubated:
                if item.org in self.records:
                    self._add("incubated_by", item.org, platform.id, how="platforms")

    def _bureau_sides_known(
        self, item: LinkConfirmation, index: int, document: YamlDocument | None
    ) -> bool:
        known = True
        for key, value in (("org", item.org), ("other", item.other)):
            is_platform = key == "other" and item.kind == "incubated_by"
            if value in self.records or (is_platform and value in self.platforms):
                continue
            known = False  # an unknown id is the registers' finding (checks_registers)
        return known

    # -- helpers ------------------------------------------------------------------------------

    def _add(
        self,
        kind: LinkKind,
        org: str,
        other: str,
        activity: str = "",
        *,
        confirmed: bool = False,
        how: Confirmation = "",
    ) -> None:
        if not how and confirmed:
            how = "other"
        if not how and (kind, org, other, activity) in self.bureau:
            how = "bureau"
        # a later, confirmed sighting of the same link replaces an unconfirmed one
        for old in self.links.declared(kind, org):
            if (old.other, old.activity) == (other, activity):
                if old.confirmed or not how:
                    return
                self._replace(old, OrgLink(kind, org, other, activity, how))
                return
        self.links.add(OrgLink(kind, org, other, activity, how))

    def _replace(self, old: OrgLink, new: OrgLink) -> None:
        rebuilt = Links(platform_names=self.links.platform_names)
        for link in self.links.links:
            rebuilt.add(new if link is old else link)
        self.links = rebuilt

    def _known_other(self, org_id: str, other: str, entry: Entry, location: tuple) -> bool:
        """An id naming another organization's folder (findings for itself or an unknown id)."""
        if other == org_id:
            self._self_reference(entry, location, str(location[0]))
            return False
        if other not in self.site.orgs:
            line, column = self._at(entry, location)
            match = difflib.get_close_matches(other, list(self.site.orgs), n=1, cutoff=0.6)
            self.report.add(
                "unknown-org", entry.rel, line, column, value=other, **did_you_mean(match)
            )
            return False
        return other in self.records

    def _self_reference(self, entry: Entry, location: tuple, name: str) -> None:
        line, column = self._at(entry, location)
        self.report.add("self-reference", entry.rel, line, column, field=name)

    def _not_declared(self, entry: Entry, location: tuple, other: str, expected: str) -> None:
        line, column = self._at(entry, location)
        self.report.add(
            "link-not-declared", entry.rel, line, column, other=other, expected=expected
        )

    @staticmethod
    def _at(entry: Entry, location: Sequence[object]) -> tuple[int, int]:
        return entry.document.at(tuple(location), value=True) if entry.document else (1, 1)
