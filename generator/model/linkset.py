"""Links between organizations, as resolved once per site (generator.model.links): membership of a
hub, incubation by a support platform, co-organizing an activity — each with whether it is
confirmed (by the other side in its own folder, or by the bureau).

The rule every page, feed, export and figure follows: a link shows on the side that declared it,
marked unconfirmed until it is confirmed; it reaches the other side only once confirmed.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Literal

LinkKind = Literal["member_of", "incubated_by", "co_organizer"]
# how a link was confirmed: "" not yet; "other" by the other side's folder (a hub's members, a
# platform's incubated, a co-organizer's joined); "bureau" by content/registers/links.yml;
# "platforms" by the bureau's register of support platforms
Confirmation = Literal["", "other", "bureau", "platforms"]


@dataclass(frozen=True)
class OrgLink:
    """One link: `org` declares it (the member, the incubated organization, the lead organizer),
    `other` is the hub, the platform or the co-organizer; `activity` the lead's activity stem."""

    kind: LinkKind
    org: str
    other: str
    activity: str = ""
    confirmed_by: Confirmation = ""

    @property
    def confirmed(self) -> bool:
        return bool(self.confirmed_by)


@dataclass
class Links:
    """Every link of a site, indexed by the side that declared it, the other side and activity."""

    links: list[OrgLink] = field(default_factory=list)
    platform_names: dict[str, str] = field(default_factory=dict)  # register platforms: id → name
    _declared: dict[tuple[str, str], list[OrgLink]] = field(
        default_factory=lambda: defaultdict(list), repr=False
    )
    _received: dict[tuple[str, str], list[OrgLink]] = field(
        default_factory=lambda: defaultdict(list), repr=False
    )
    _by_activity: dict[tuple[str, str], list[OrgLink]] = field(
        default_factory=lambda: defaultdict(list), repr=False
    )

    def add(self, link: OrgLink) -> None:
        """Record a link (the first of equal links wins)."""
        key = (link.kind, link.org, link.other, link.activity)
        if any(
            (old.kind, old.org, old.other, old.activity) == key
            for old in self.declared(link.kind, link.org)
        ):
            return
        self.links.append(link)
        self._declared[(link.kind, link.org)].append(link)
        self._received[(link.kind, link.other)].append(link)
        if link.kind == "co_organizer":
            self._by_activity[(link.org, link.activity)].append(link)

    def declared(self, kind: LinkKind, org: str) -> list[OrgLink]:
        """The links of a kind an organization declared, confirmed or not, in its own order."""
        return list(self._declared.get((kind, org), ()))

    def confirmed_for(self, kind: LinkKind, other: str) -> list[OrgLink]:
        """The confirmed links of a kind that name `other` (a hub's members, a platform's
        incubated organizations, the activities an organization co-organized)."""
        return [link for link in self._received.get((kind, other), ()) if link.confirmed]

    def hubs(self, org: str) -> list[OrgLink]:
        """The hubs an organization declared it belongs to (confirmed or not)."""
        return self.declared("member_of", org)

    def members(self, hub: str) -> list[str]:
        """A hub's confirmed members, in id order."""
        return sorted(link.org for link in self.confirmed_for("member_of", hub))

    def incubators(self, org: str) -> list[OrgLink]:
        """The platforms an organization names as its incubators (confirmed or not)."""
        return self.declared("incubated_by", org)

    def incubated(self, platform: str) -> list[str]:
        """The organizations a platform incubated, confirmed, in id order."""
        return sorted(link.org for link in self.confirmed_for("incubated_by", platform))

    def co_organizers(self, lead: str, activity: str) -> list[OrgLink]:
        """An activity's co-organizers as its lead named them (confirmed or not)."""
        return list(self._by_activity.get((lead, activity), ()))

    def confirmed_co_organizers(self, lead: str, activity: str) -> list[str]:
        """The co-organizers of an activity that confirmed it."""
        return [link.other for link in self.co_organizers(lead, activity) if link.confirmed]

    def joined(self, org: str) -> list[tuple[str, str]]:
        """(lead, activity stem) of the activities an organization co-organized, confirmed."""
        return [(link.org, link.activity) for link in self.confirmed_for("co_organizer", org)]
