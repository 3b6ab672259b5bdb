"""The bureau's registers as the site holds them: every dated entry, and what it says on a date.

content/registers/<name>.yml hold the entries (generator/input/records/registers.py); the lists
of the annual files of older repositories (grades, inspections, abnormal_list, commendations) are
merged in as dated entries of the same shapes, marked `legacy`. An entry lasts until an entry of
its own ends it (removed_on, ended_on, valid_until): a later file that omits it clears nothing.

Pages and statistics ask through the functions below, always with a date (the build's, site.as_of,
or a year's end), so that a listing can start or end on any day and a page says when it did.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Generic, TypeVar

from generator.input.records import (
    CommendationEntry,
    Evaluation,
    Extension,
    GradeAward,
    InspectionResult,
    LinkConfirmation,
    Listing,
    Platform,
    StatusChange,
    Verification,
)
from generator.input.yamlio import YamlDocument

RecordT = TypeVar("RecordT")

LIST_LABELS = {"abnormal": "活动异常名录", "serious_violation": "严重违法失信名单"}
STATUS_LABELS = {"deregistered": "已注销", "revoked": "已撤销登记"}


@dataclass(frozen=True)
class Written(Generic[RecordT]):
    """One entry of a register and where it was written (for findings): its file, its document
    and its path inside it. legacy: read from an annual file's list (a deprecated shape)."""

    record: RecordT
    rel: str
    document: YamlDocument | None
    location: tuple[Any, ...]
    legacy: bool = False

    def at(self, *keys: Any, value: bool = True) -> tuple[int, int]:
        """Line and column of a key of the entry (or of the entry itself)."""
        if self.document is None:
            return (1, 1)
        return self.document.at((*self.location, *keys), value=value)


@dataclass
class OrgEntries:
    """One organization's entries of every register, in the order they were written."""

    grades: list[Written[GradeAward]] = field(default_factory=list)
    inspections: list[Written[InspectionResult]] = field(default_factory=list)
    listings: list[Written[Listing]] = field(default_factory=list)
    commendations: list[Written[CommendationEntry]] = field(default_factory=list)
    verifications: list[Written[Verification]] = field(default_factory=list)
    status: list[Written[StatusChange]] = field(default_factory=list)
    extensions: list[Written[Extension]] = field(default_factory=list)
    evaluations: list[Written[Evaluation]] = field(default_factory=list)


@dataclass
class RegisterBook:
    """Every register's entries (register files first, then the annual files' lists)."""

    grades: list[Written[GradeAward]] = field(default_factory=list)
    inspections: list[Written[InspectionResult]] = field(default_factory=list)
    listings: list[Written[Listing]] = field(default_factory=list)
    commendations: list[Written[CommendationEntry]] = field(default_factory=list)
    verifications: list[Written[Verification]] = field(default_factory=list)
    platforms: list[Written[Platform]] = field(default_factory=list)
    status: list[Written[StatusChange]] = field(default_factory=list)
    links: list[Written[LinkConfirmation]] = field(default_factory=list)
    extensions: list[Written[Extension]] = field(default_factory=list)
    evaluations: list[Written[Evaluation]] = field(default_factory=list)
    _by_org: dict[str, OrgEntries] | None = field(default=None, repr=False, compare=False)

    def of(self, org_id: str) -> OrgEntries:
        """An organization's entries (an empty set for one the registers never name)."""
        if self._by_org is None:
            self._by_org = _index(self)
        return self._by_org.get(org_id) or OrgEntries()


def _index(book: RegisterBook) -> dict[str, OrgEntries]:
    by_org: dict[str, OrgEntries] = defaultdict(OrgEntries)
    for name in (
        "grades",
        "inspections",
        "listings",
        "verifications",
        "status",
        "extensions",
        "evaluations",
    ):
        for item in getattr(book, name):
            getattr(by_org[item.record.org], name).append(item)
    for item in book.commendations:
        for org_id in dict.fromkeys(item.record.orgs):
            by_org[org_id].commendations.append(item)
    return dict(by_org)


# -- one organization on a date ----------------------------------------------------------------


def grade_ends(award: GradeAward) -> date:
    """The first day a grade no longer holds: the day after valid_until, or ended_on."""
    last = date.fromordinal(award.valid_until.toordinal() + 1)
    return min(last, award.ended_on) if award.ended_on else last


def grade_on(book: RegisterBook, org_id: str, day: date) -> GradeAward | None:
    """The grade in force on a day (the latest awarded, when two overlap); None when none is."""
    held = [
        item.record
        for item in book.of(org_id).grades
        if item.record.awarded_on <= day < grade_ends(item.record)
    ]
    return max(held, key=lambda award: award.awarded_on) if held else None


def latest_grade(book: RegisterBook, org_id: str, day: date) -> GradeAward | None:
    """The grade awarded last on or before a day, whether still in force or not."""
    awarded = [item.record for item in book.of(org_id).grades if item.record.awarded_on <= day]
    return max(awarded, key=lambda award: award.awarded_on) if awarded else None


def inspections_of(book: RegisterBook, org_id: str) -> list[InspectionResult]:
    """The conclusion of each year inspected (the one written last for a year), newest first."""
    by_year = {item.record.year: item.record for item in book.of(org_id).inspections}
    return [by_year[year] for year in sorted(by_year, reverse=True)]


def is_active(listing: Listing, day: date) -> bool:
    """listed_on ≤ day < removed_on."""
    return listing.listed_on <= day and (listing.removed_on is None or day < listing.removed_on)


def listings_on(book: RegisterBook, org_id: str, day: date) -> tuple[list[Listing], list[Listing]]:
    """(listings in force on the day, listings removed by then), newest first."""
    active, ended = [], []
    for item in book.of(org_id).listings:
        listing = item.record
        if is_active(listing, day):
            active.append(listing)
        elif listing.removed_on is not None and listing.removed_on <= day:
            ended.append(listing)
    active.sort(key=lambda x: x.listed_on, reverse=True)
    ended.sort(key=lambda x: (x.removed_on, x.listed_on), reverse=True)
    return active, ended


def commendations_of(book: RegisterBook, org_id: str, day: date) -> list[CommendationEntry]:
    """The organization's commendations dated on or before the day, newest first."""
    found = [item.record for item in book.of(org_id).commendations if item.record.on <= day]
    return sorted(found, key=lambda c: c.on, reverse=True)


def latest_verification(book: RegisterBook, org_id: str, day: date) -> Verification | None:
    """The bureau's latest verification of the organization's records, on or before the day."""
    done = [item.record for item in book.of(org_id).verifications if item.record.on <= day]
    return max(done, key=lambda v: v.on) if done else None


def status_on(book: RegisterBook, org_id: str, day: date) -> StatusChange | None:
    """The deregistration or revocation in effect on the day, if any (the latest)."""
    changes = [item.record for item in book.of(org_id).status if item.record.on <= day]
    return max(changes, key=lambda s: s.on) if changes else None


def is_withdrawn(book: RegisterBook, org_id: str, day: date, *, withdraw_all: bool) -> bool:
    """Whether the organization's page is withdrawn on the day: deregistered or revoked, with
    withdraw_page set (or the settings withdraw every such page)."""
    change = status_on(book, org_id, day)
    return change is not None and (change.withdraw_page or withdraw_all)


def extension_of(book: RegisterBook, org_id: str, year: int) -> Extension | None:
    """The bureau's extension of a year's report (the latest `until`, when several)."""
    found = [item.record for item in book.of(org_id).extensions if item.record.year == year]
    return max(found, key=lambda e: e.until) if found else None


def platforms(book: RegisterBook) -> dict[str, Platform]:
    """The support platforms by id (the last written of an id)."""
    return {item.record.id: item.record for item in book.platforms}


def links(book: RegisterBook) -> list[LinkConfirmation]:
    """The links between organizations the bureau confirms, in the order written."""
    return [item.record for item in book.links]


# -- the whole city, for the annual results ----------------------------------------------------


def grades_in_force(book: RegisterBook, day: date) -> dict[str, GradeAward]:
    """Each organization's grade in force on the day."""
    orgs = dict.fromkeys(item.record.org for item in book.grades)
    return {org_id: grade for org_id in orgs if (grade := grade_on(book, org_id, day))}


def inspections_in(book: RegisterBook, year: int) -> dict[str, InspectionResult]:
    """Each organization's inspection conclusion for a year's work."""
    return {item.record.org: item.record for item in book.inspections if item.record.year == year}


def listed_on(book: RegisterBook, day: date, kind: str = "abnormal") -> list[Listing]:
    """Listings of a list in force on the day, in the order written."""
    return [
        item.record
        for item in book.listings
        if item.record.list == kind and is_active(item.record, day)
    ]


def commendations_in(book: RegisterBook, year: int) -> list[CommendationEntry]:
    """Commendations dated in a year, in the order written."""
    return [item.record for item in book.commendations if item.record.on.year == year]
