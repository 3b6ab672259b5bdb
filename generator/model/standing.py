"""An organization's standing on a date, from its records and the bureau's registers alone:
whether its annual report is overdue (年报逾期), and its disclosure level (公示等级).

Overdue: after the settings' deadline (`reporting`, e.g. 5 月 31 日) for the previous year, a
registered or filed organization founded before that year began, without that year's report, is
overdue — unless the bureau's register of extensions (content/registers/extensions.yml) gives it
until a later day. Pending groups and organizations founded during the year never are.

Levels: the settings' table (`disclosure.levels`), lowest first, each asking more of the records;
an organization holds the highest level whose requirements, and all below, its records meet on the
day. A report older than `lapse_months` after its year's end no longer counts, so the levels that
ask for it lapse on a day the records fix.

Every status carries the day it took effect, computed from the records (a deadline, the end of an
extension, a lapse, the start of a project, the day of a judgement), never the build's date: a
page that shows it changes only when the status does.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

from generator.input.records import Extension, Organization
from generator.input.standing_settings import Disclosure, DisclosureLevel, Reporting
from generator.model import registers
from generator.model.site import OrgFolder, Site

FILING_STATUSES = ("registered", "filed")


@dataclass(frozen=True)
class Overdue:
    """年报逾期: the report of `year` was due by `deadline` (or the extension's end)."""

    year: int
    deadline: date
    since: date  # the first day it is overdue
    extension: Extension | None = None  # an extension that has run out


@dataclass(frozen=True)
class ReportDue:
    """An organization's annual report on a day: overdue, extended, or neither."""

    year: int
    overdue: Overdue | None = None
    extension: Extension | None = None  # in force: not overdue until its `until`


@dataclass
class LevelStanding:
    """The disclosure level an organization holds on a day, and what the next one asks."""

    level: DisclosureLevel | None  # None: not even the first level
    rank: int  # 1 for the lowest level, 0 for none
    since: date | None  # the day it took effect
    next: DisclosureLevel | None  # the next level up, if any
    missing: list[str] = field(default_factory=list)  # requirement codes the next one lacks
    lapsed: DisclosureLevel | None = None  # the level the report's age took away
    lapsed_on: date | None = None
    report_year: int | None = None  # the latest report with finances


def first_day(partial: str) -> date:
    """The first day a partial date (2019, 2019-03, 2019-03-05) can mean."""
    parts = [int(part) for part in partial.split("-")]
    return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)


def due_year(reporting: Reporting, day: date) -> int:
    """The latest year whose report is due on the day: last year's once its deadline passed."""
    return day.year - 1 if day > reporting.deadline(day.year - 1) else day.year - 2


def report_due(site: Site, org_id: str, record: Organization, day: date) -> ReportDue | None:
    """Whether the organization's report of the due year is overdue on the day (None when no
    report is asked of it: pending, founded during or after that year, deregistered)."""
    reporting = site.config.settings.reporting
    year = due_year(reporting, day)
    if record.status not in FILING_STATUSES or first_day(record.founded).year >= year:
        return None
    if registers.status_on(site.registers, org_id, day) is not None:
        return None
    folder = site.orgs[org_id]
    entry = folder.reports.get(year)
    if entry is not None and (entry.record or entry.partial):
        return None
    deadline = reporting.deadline(year)
    extension = registers.extension_of(site.registers, org_id, year)
    if extension is not None and day <= extension.until:
        return ReportDue(year, extension=extension)
    last = max(deadline, extension.until) if extension else deadline
    return ReportDue(year, Overdue(year, deadline, last + timedelta(days=1), extension))


# -- disclosure levels --------------------------------------------------------------------------


def add_months(day: date, months: int) -> date:
    """The same day `months` later (the month's last day when it has fewer days)."""
    month = day.month - 1 + months
    year, month = day.year + month // 12, month % 12 + 1
    for last in (31, 30, 29, 28):
        try:
            return date(year, month, min(day.day, last))
        except ValueError:
            continue
    raise ValueError(day)  # unreachable: every month has a 28th


def report_lapses(disclosure: Disclosure, year: int) -> date:
    """The first day a report of `year` no longer counts for a level."""
    return add_months(date(year, 12, 31), disclosure.lapse_months) + timedelta(days=1)


def _judgement_days(site: Site, org_id: str, folder: OrgFolder, day: date) -> Iterable[date]:
    for entries in (folder.projects, folder.activities):
        for entry in entries.values():
            if entry.record:
                yield from (j.on for j in entry.record.judged if j.on <= day)
    yield from (
        item.record.on for item in site.registers.of(org_id).evaluations if item.record.on <= day
    )


def _requirements(
    site: Site, org_id: str, record: Organization, day: date
) -> tuple[dict[str, date | None], int | None, date | None]:
    """Each requirement's day of being met (None: not met), the latest report's year with
    finances, and the day that report stopped counting (None: it counts, or there is none)."""
    folder = site.orgs[org_id]
    founded = first_day(record.founded)
    contact, leader, venue, brand = record.contact, record.leader, record.venue, record.brand
    projects = [
        entry.record
        for entry in folder.projects.values()
        if entry.record and entry.record.period.start <= day
    ]
    met: dict[str, date | None] = {
        "contact": founded if contact and (contact.phone or contact.email) else None,
        "leader": founded if leader and (leader.role or leader.name) else None,
        "venue": founded if venue and (venue.address or venue.name) else None,
        "brand": founded if brand and (brand.logo or brand.slogan or brand.story) else None,
        "project": min((p.period.start for p in projects), default=None),
        "outcomes": min((p.period.start for p in projects if p.outcomes), default=None),
        "judged": min(_judgement_days(site, org_id, folder, day), default=None),
    }
    years = [
        year
        for year, entry in folder.reports.items()
        if entry.record
        and entry.record.income
        and entry.record.expenditure
        and date(year + 1, 1, 1) <= day
    ]
    latest = max(years, default=None)
    met["report"], lapsed_on = None, None
    if latest is not None:
        lapses = report_lapses(site.config.settings.disclosure, latest)
        if day < lapses:
            met["report"] = date(latest + 1, 1, 1)
        else:
            lapsed_on = lapses
    return met, latest, lapsed_on


def level_on(site: Site, org_id: str, record: Organization, day: date) -> LevelStanding:
    """The disclosure level the organization holds on the day (see the module's docstring)."""
    levels = site.config.settings.disclosure.levels
    met, report_year, lapsed_on = _requirements(site, org_id, record, day)
    standing = LevelStanding(None, 0, None, levels[0] if levels else None)
    standing.report_year = report_year
    since: date | None = None
    for rank, level in enumerate(levels, start=1):
        missing = [code for code in level.requires if met.get(code) is None]
        if missing:
            standing.next, standing.missing = level, missing
            if lapsed_on is not None and missing == ["report"] and "report" in level.requires:
                standing.lapsed, standing.lapsed_on = level, lapsed_on
            break
        days = [met[code] for code in level.requires]
        since = max([d for d in days if d is not None] + ([since] if since else []))
        standing.level, standing.rank, standing.next = level, rank, None
    if standing.level is not None and since is not None:
        standing.since = min(max(since, standing.lapsed_on or since), day)
    return standing
