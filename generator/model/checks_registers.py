"""Checks of the bureau's registers: ids that name organizations, dates in order, grades that
overlap, and listings whose stated reason the records contradict — each at its register line.

Entries read from an annual file's old lists are checked there already (unknown ids) and carry
the deprecation warning; the checks here are of the register files' own entries.
"""

from __future__ import annotations

import itertools
import re
from collections import defaultdict
from typing import Any

from generator.findings import Report
from generator.input.records import GradeAward, Listing
from generator.model.checks_fields import check_in_order, check_org_known
from generator.model.registers import LIST_LABELS, Written, grade_ends
from generator.model.site import Entry, Site

# an old free-text reason that names the year not reported: 未按规定报送2023年度工作报告
REPORT_MISSING = re.compile(r"未(?:按规定|按时|依法)?报送\s*(\d{4})\s*年度")


def check_registers(site: Site, report: Report) -> None:
    """Every register entry's references and dates, then the facts across entries."""
    book = site.registers
    known = (
        ("grades", "org"),
        ("inspections", "org"),
        ("listings", "org"),
        ("verifications", "org"),
        ("status", "org"),
        ("links", "org"),
        ("extensions", "org"),
        ("evaluations", "org"),
    )
    for name, key in known:
        for item in getattr(book, name):
            if not item.legacy:
                _known(site, getattr(item.record, key), item, (key,), report)
    for item in book.commendations:
        for position, org_id in enumerate(item.record.orgs if not item.legacy else ()):
            _known(site, org_id, item, ("orgs", position), report)
    platform_ids = {item.record.id for item in book.platforms}
    for item in book.links:
        if item.record.other not in platform_ids:
            _known(site, item.record.other, item, ("other",), report)
    for item in book.platforms:
        for key in ("operator_org", "run_by"):
            if getattr(item.record, key):
                _known(site, getattr(item.record, key), item, (key,), report)
        for position, partner in enumerate(item.record.partners):
            if partner.org:
                _known(site, partner.org, item, ("partners", position, "org"), report)
            elif not partner.name:
                document = item.document
                where = (*item.location, "partners", position)
                line, column = document.at(where) if document else (1, 1)
                report.add(
                    "missing-field", _entry(item).rel, line, column, fields="org 或 name",
                    where_zh="支持平台的合作机构中", where_en="in the platform's partner",
                )  # fmt: skip
        for position, incubation in enumerate(item.record.incubated):
            _known(site, incubation.org, item, ("incubated", position, "org"), report)
            _in_order(
                item, incubation.since, incubation.until, ("since", "until"), report, position
            )
    for item in book.grades:
        if not item.legacy:
            award = item.record
            _in_order(
                item, award.awarded_on, award.valid_until, ("awarded_on", "valid_until"), report
            )
            _in_order(item, award.awarded_on, award.ended_on, ("awarded_on", "ended_on"), report)
    for item in book.listings:
        if not item.legacy:
            listing = item.record
            _in_order(
                item, listing.listed_on, listing.removed_on, ("listed_on", "removed_on"), report
            )
    _check_overlapping_grades(book.grades, report)
    for item in book.listings:
        _check_listing_against_records(site, item, report)


def _entry(item: Written[Any]) -> Entry[Any]:
    return Entry(id=item.rel, rel=item.rel, document=item.document, record=None)


def _known(site: Site, org_id: str, item: Written[Any], keys: tuple, report: Report) -> None:
    check_org_known(site, org_id, _entry(item), (*item.location, *keys), report)


def _in_order(
    item: Written[Any],
    earlier: Any,
    later: Any,
    names: tuple[str, str],
    report: Report,
    position: int | None = None,
) -> None:
    inner = ("incubated", position) if position is not None else ()
    location = (*item.location, *inner, names[1])
    check_in_order(earlier, later, names, location, _entry(item), report)


def _check_overlapping_grades(grades: list[Written[GradeAward]], report: Report) -> None:
    """Two grades of one organization in force on the same day: the earlier should end."""
    by_org: dict[str, list[Written[GradeAward]]] = defaultdict(list)
    for item in grades:
        if not item.legacy:
            by_org[item.record.org].append(item)
    for items in by_org.values():
        items.sort(key=lambda item: item.record.awarded_on)
        for earlier, later in itertools.pairwise(items):
            if later.record.awarded_on < grade_ends(earlier.record):
                line, column = later.at("awarded_on")
                report.add(
                    "grade-overlap",
                    later.rel,
                    line,
                    column,
                    org=later.record.org,
                    grade=later.record.grade,
                    awarded_on=later.record.awarded_on.isoformat(),
                    other_grade=earlier.record.grade,
                    until=earlier.record.valid_until.isoformat(),
                )


def missing_report_year(listing: Listing) -> int | None:
    """The year whose report a listing says was not filed: its ground, else its reason's words."""
    if listing.ground is not None:
        return listing.ground.year if listing.ground.kind == "report_missing" else None
    match = REPORT_MISSING.search(listing.reason)
    return int(match.group(1)) if match else None


def _check_listing_against_records(site: Site, item: Written[Listing], report: Report) -> None:
    """A listing still in force for not reporting a year whose report the organization has."""
    listing = item.record
    if listing.removed_on is not None and listing.removed_on <= site.as_of:
        return
    year = missing_report_year(listing)
    folder = site.orgs.get(listing.org)
    if year is None or folder is None or year not in folder.reports:
        return
    line, column = item.at("ground" if listing.ground is not None else "reason")
    report.add(
        "listing-contradicts-records",
        item.rel,
        line,
        column,
        org=listing.org,
        year=year,
        list_name=LIST_LABELS.get(listing.list, listing.list),
        report=folder.reports[year].rel,
    )
