"""The shapes of issue 17 in `gongshi demo`'s synthetic city: hubs whose members declare them
(`member_of`) and which confirm them (`members`), training delivered by organizers and attended
by members (`training: {delivered, attended}`), and the bureau's registers (content/registers/:
grades, inspections, listings, commendations, verifications) instead of lists in an annual file.

Everything here is drawn from a random generator of its own, so the rest of the demo (names,
activities, photos) stays what the seed always gave.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

BUREAU = "合成市民政局"
HUB_EVERY = 10  # one organization in ten is a hub; the next three declare themselves members
MEMBERS_PER_HUB = 3
REPORT_YEAR = 2023


def hub_of(index: int, orgs: int) -> int | None:
    """The index of the hub an organization declares (member_of), or None."""
    hub = index - index % HUB_EVERY
    if index == hub or index - hub > MEMBERS_PER_HUB or hub >= orgs:
        return None
    return hub


def org_id(index: int) -> str:
    return f"org-{index + 1:05d}"


def link_lines(index: int, orgs: int) -> list[str]:
    """org.yml lines: the hub a member declares, or the members a hub confirms."""
    hub = hub_of(index, orgs)
    if hub is not None:
        return [f"member_of: [{org_id(hub)}]"]
    members = [org_id(i) for i in range(index + 1, min(orgs, index + 1 + MEMBERS_PER_HUB))]
    if index % HUB_EVERY == 0 and members:
        return [f"members: [{', '.join(members)}]"]
    return []


@dataclass
class Held:
    """What an organization held: the participants of its training activities in the report year."""

    trained: int = 0
    trainings: int = 0


@dataclass
class Registry:
    """The facts the bureau records about the demo's organizations, drawn as they are written."""

    seed: int
    rng: random.Random = field(init=False)
    grades: list[str] = field(default_factory=list)
    inspections: list[str] = field(default_factory=list)
    listings: list[str] = field(default_factory=list)
    commended: list[str] = field(default_factory=list)
    verifications: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.rng = random.Random(self.seed * 7919 + 17)

    def training_line(self, index: int, orgs: int, held: Held) -> str:
        """The report's training: delivered only by organizations that ran trainings that year
        (the participants of those activities), attended by hubs' members."""
        parts = []
        if held.trainings:
            parts.append(f"delivered: {held.trained}")
        if hub_of(index, orgs) is not None:
            parts.append(f"attended: {self.rng.randint(2, 30)}")
        return f"training: {{{', '.join(parts)}}}\n" if parts else ""

    def note(self, index: int, status: str, street: str) -> None:
        """Register entries about one organization (registered ones get grades and inspections)."""
        rng, org = self.rng, org_id(index)
        if status == "registered":
            conclusion = rng.choices(["qualified", "basically_qualified"], [9, 1])[0]
            self.inspections.append(
                f"  - {{org: {org}, year: {REPORT_YEAR}, conclusion: {conclusion}, "
                f"decided_on: 2024-05-20, authority: {BUREAU}}}"
            )
            if rng.random() < 0.4:
                awarded = date(2021, 6, 1) + timedelta(days=rng.randint(0, 700))
                until = awarded.replace(year=awarded.year + 5) - timedelta(days=1)
                grade = rng.choice(["5A", "4A", "4A", "3A", "3A", "2A"])
                self.grades.append(
                    f"  - {{org: {org}, grade: {grade}, awarded_on: {awarded}, "
                    f"valid_until: {until}, authority: {BUREAU}}}"
                )
        if rng.random() < 0.03:
            listed = date(2024, 3, 1) + timedelta(days=rng.randint(0, 150))
            removed = (
                f", removed_on: {listed + timedelta(days=90)}, removal_reason: 已恢复联系"
                if rng.random() < 0.5
                else ""
            )
            self.listings.append(
                f"  - {{org: {org}, list: abnormal, listed_on: {listed}, "
                f"reason: 通过登记的住所或者经常居住地无法联系, ground: {{kind: unreachable}}, "
                f"authority: {BUREAU}{removed}}}"
            )
        if rng.random() < 0.08:
            self.commended.append(org)
        if rng.random() < 0.2:
            on = date(2024, 1, 1) + timedelta(days=rng.randint(0, 300))
            self.verifications.append(f"  - {{org: {org}, on: {on}, by: {street}办事处}}")

    def write(self, root: Path) -> None:
        folder = root / "content" / "registers"
        folder.mkdir(parents=True, exist_ok=True)
        commendations = []
        batch = 400  # a commendation lists at most 500 organizations; a big city names batches
        for start in range(0, len(self.commended), batch):
            suffix = f"（第{start // batch + 1}批）" if len(self.commended) > batch else ""
            commendations += [
                f"  - title: 优秀社区社会组织{suffix}",
                f"    awarded_by: {BUREAU}",
                "    on: 2024-03-15",
                f"    orgs: [{', '.join(self.commended[start : start + batch])}]",
            ]
        for name, lines in (
            ("grades", self.grades),
            ("inspections", self.inspections),
            ("listings", self.listings),
            ("commendations", commendations),
            ("verifications", self.verifications),
        ):
            body = "\n".join(lines) + "\n" if lines else ""
            (folder / f"{name}.yml").write_text(
                f"{name}:{'' if lines else ' []'}\n{body}", encoding="utf-8"
            )
