"""The registers assembled: content/registers/<name>.yml, then the annual files' old lists.

Each register file holds one list, named as the file is (grades.yml holds `grades:`); another
key is an error that says which file it belongs in. The lists an annual file used to carry
(grades, inspections, abnormal_list, commendations) are still read, as dated entries of the
registers — each list a deprecation warning saying where to move it — and an entry the register
already has (or an earlier annual file repeated) is taken once.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from generator.findings import Report
from generator.input.records import (
    REGISTER_FILES,
    BureauYear,
    CommendationEntry,
    GradeAward,
    InspectionResult,
    Listing,
    Registers,
)
from generator.model.registers import RegisterBook, Written
from generator.model.site import Entry

# the annual file's list → the register it belongs in
LEGACY_LISTS = {
    "grades": "grades",
    "inspections": "inspections",
    "abnormal_list": "listings",
    "commendations": "commendations",
}


def assemble(
    files: dict[str, Entry[Registers]], years: dict[int, Entry[BureauYear]], report: Report
) -> RegisterBook:
    """The register files' entries, then the annual files' lists merged in as dated entries."""
    book = RegisterBook()
    for name in REGISTER_FILES:
        entry = files.get(name)
        if entry is None:
            continue
        data = entry.document.data if entry.document else None
        for key in data if isinstance(data, dict) else ():
            if key != name and key in REGISTER_FILES and entry.document:
                line, column = entry.document.at((key,))
                report.add("register-wrong-key", entry.rel, line, column, key=key, name=name)
        record = entry.record or entry.partial
        if record is None:
            continue
        items = getattr(book, name)
        for index, item in enumerate(getattr(record, name)):
            items.append(Written(item, entry.rel, entry.document, (name, index)))
    seen = {
        name: {_identity(item.record) for item in getattr(book, name)}
        for name in LEGACY_LISTS.values()
    }
    for year in sorted(years):
        _merge_year(book, year, years[year], report, seen)
    return book


def _merge_year(
    book: RegisterBook,
    year: int,
    entry: Entry[BureauYear],
    report: Report,
    seen: dict[str, set[tuple[Any, ...]]],
) -> None:
    record, document = entry.record, entry.document
    if record is None:
        return
    for key, register in LEGACY_LISTS.items():
        if getattr(record, key):
            line, column = document.at((key,)) if document else (1, 1)
            report.add(
                "annual-list-deprecated", entry.rel, line, column, key=key, register=register
            )

    def add(register: str, item: Any, location: tuple[Any, ...]) -> None:
        identity = _identity(item)
        if identity in seen[register]:
            return
        seen[register].add(identity)
        getattr(book, register).append(Written(item, entry.rel, document, location, legacy=True))

    authority = record.publisher
    for org_id, grade in record.grades.items():
        award = GradeAward.model_construct(
            org=org_id,
            grade=grade.grade,
            awarded_on=grade.awarded_on or date(year, 1, 1),
            valid_until=grade.valid_until,
            authority=authority,
            ended_on=None,
            end_reason=None,
        )
        add("grades", award, ("grades", org_id))
    for org_id, inspection in record.inspections.items():
        result = InspectionResult.model_construct(
            org=org_id,
            year=year,
            conclusion=inspection.conclusion,
            decided_on=None,
            authority=authority,
            note=inspection.note,
        )
        add("inspections", result, ("inspections", org_id))
    for index, abnormal in enumerate(record.abnormal_list):
        listing = Listing.model_construct(
            org=abnormal.org,
            list="abnormal",
            listed_on=abnormal.listed_on,
            reason=abnormal.reason,
            authority=authority,
            ground=None,
            removed_on=None,
            removal_reason=None,
        )
        add("listings", listing, ("abnormal_list", index))
    for index, commendation in enumerate(record.commendations):
        commended = CommendationEntry.model_construct(
            title=commendation.title,
            awarded_by=authority,
            on=commendation.awarded_on or date(year, 12, 31),
            orgs=list(commendation.orgs),
        )
        add("commendations", commended, ("commendations", index))


def _identity(item: Any) -> tuple[Any, ...]:
    """What makes two entries the same one, whichever file wrote them."""
    if isinstance(item, GradeAward):
        return (item.org, item.grade, item.valid_until)
    if isinstance(item, InspectionResult):
        return (item.org, item.year)
    if isinstance(item, Listing):
        return (item.org, item.list, item.listed_on)
    if isinstance(item, CommendationEntry):
        return (item.title, item.on.year, tuple(item.orgs))
    return (id(item),)
