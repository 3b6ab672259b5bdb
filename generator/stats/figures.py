"""The figures of the bureau's annual results, numbers only: which organizations count in a year,
the projects running and the funding awarded in it, the annual reports, the bureau's own results
and the grades still valid at its end — for the whole city or one district; and the small
arithmetic the tables share (ratio, percent, change), which never divides by zero.

Pure functions over the Site model. Bad data never raises: a year without reports, a district
without communities or a missing target gives empty values, not errors.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from generator.input.records import (
    LABELS,
    Activity,
    AnnualReport,
    BureauYear,
    GradeAward,
    Organization,
    Project,
)
from generator.model import registers
from generator.model.site import Site

ANNUAL_DIR = ("content", "annual")
TENTH = Decimal("0.1")

# -- the figures of one year -------------------------------------------------------------------


@dataclass
class Funding:
    projects: set[str] = field(default_factory=set)
    amount: Decimal = Decimal(0)


@dataclass
class YearFigures:
    """Counts and sums for one year, for the whole city or one district."""

    year: int
    district: str | None
    orgs: list[tuple[str, Organization]]
    communities: dict[tuple[str, str, str], str]  # (district, street, community) → urban | rural
    projects: list[tuple[str, str, Project]]  # (org id, project id, project) running in the year
    funding: dict[str, Funding]
    reports: list[tuple[str, Organization, AnnualReport]]
    bureau: BureauYear | None
    grades: dict[str, GradeAward]
    # activities that started in the year, each under its lead organization only (the folder
    # it is in): a co-organized activity is one activity
    activities: list[tuple[str, Organization, Activity]] = field(default_factory=list)

    def area_of(self, org: Organization) -> tuple[str, str, str]:
        return (org.area.district, org.area.street, org.area.community)


def year_end(year: int) -> date:
    return date(year, 12, 31)


def founded_year(founded: str | None) -> int | None:
    """The year of a partial date (2019, 2019-03, 2019-03-05); None when unreadable."""
    if not founded:
        return None
    head = str(founded)[:4]
    return int(head) if head.isdigit() else None


def counted_in(org: Organization, year: int) -> bool:
    """An organization counts in a year once founded, and (registered or filed ones) once
    registered or filed by the end of that year."""
    founded = founded_year(org.founded)
    if founded is None or founded > year:
        return False
    since = org.registered_on if org.status == "registered" else None
    if org.status == "filed":
        since = org.filed_on
    return since is None or since <= year_end(year)


def years_with_data(site: Site) -> list[int]:
    """Years the bureau published results for, or organizations reported on."""
    years = {year for year, entry in site.bureau_years.items() if entry.record}
    for folder in site.orgs.values():
        if folder.org:
            years |= {year for year, entry in folder.reports.items() if entry.record}
    return sorted(years)


def annual_years(site: Site) -> list[int]:
    """Years with an annual results page: the bureau's results file or its narrative exists."""
    years = {year for year, entry in site.bureau_years.items() if entry.record}
    folder = site.root.joinpath(*ANNUAL_DIR)
    if folder.is_dir():
        years |= {int(p.stem) for p in folder.glob("*.md") if p.stem.isdigit() and len(p.stem) == 4}
    return sorted(years)


def has_narrative(site: Site, year: int) -> bool:
    return site.root.joinpath(*ANNUAL_DIR, f"{year}.md").is_file()


def grades_at(site: Site, year: int) -> dict[str, GradeAward]:
    """Each organization's grade in force on 31 December of the year (the bureau's registers,
    with the annual files' old lists merged in)."""
    return registers.grades_in_force(site.registers, year_end(year))


def _communities(site: Site, district: str | None) -> dict[tuple[str, str, str], str]:
    found: dict[tuple[str, str, str], str] = {}
    for district_name, streets in site.areas.tree.items():
        if district and district_name != district:
            continue
        for street_name, communities in streets.items():
            for community_name, kind in communities.items():
                found[(district_name, street_name, community_name)] = kind
    return found


def _overlaps(period: Any, year: int) -> bool:
    start, end = period.start, period.end
    return start <= year_end(year) and (end is None or end >= date(year, 1, 1))


def organizations_in(site: Site, district: str | None) -> dict[str, Organization]:
    """Valid organizations of the city, or of one district (by its name), in id order."""
    return {
        org_id: org
        for org_id, org in site.organizations()
        if district is None or org.area.district == district
    }


def year_figures(
    site: Site,
    year: int,
    *,
    district: str | None = None,
    in_scope: dict[str, Organization] | None = None,
) -> YearFigures:
    """Every count and sum of the year, for the city or for one district (by its name);
    `in_scope` is organizations_in(site, district) when the caller has it already."""
    if in_scope is None:
        in_scope = organizations_in(site, district)
    orgs = [
        (org_id, org)
        for org_id, org in in_scope.items()
        if counted_in(org, year)  # and not deregistered or revoked by the year's end
        and registers.status_on(site.registers, org_id, year_end(year)) is None
    ]
    projects: list[tuple[str, str, Project]] = []
    funding: dict[str, Funding] = {code: Funding() for code in LABELS["funding_type"]}
    reports: list[tuple[str, Organization, AnnualReport]] = []
    activities: list[tuple[str, Organization, Activity]] = []
    for org_id, org in in_scope.items():
        folder = site.orgs[org_id]
        activities += [
            (org_id, org, entry.record)
            for _, entry in sorted(folder.activities.items())
            if entry.record and entry.record.date.year == year
        ]
        for project_id, entry in sorted(folder.projects.items()):
            project = entry.record
            if project is None:
                continue
            if project.status != "planned" and _overlaps(project.period, year):
                projects.append((org_id, project_id, project))
            for item in project.funding:
                awarded = item.awarded_on or project.period.start
                if awarded.year != year:
                    continue
                bucket = funding.setdefault(item.type, Funding())
                bucket.projects.add(f"{org_id}/{project_id}")
                bucket.amount += item.amount_cny or Decimal(0)
        report_entry = folder.reports.get(year)
        if report_entry and report_entry.record:
            reports.append((org_id, org, report_entry.record))
    bureau_entry = site.bureau_years.get(year)
    grades = {
        org_id: grade for org_id, grade in grades_at(site, year).items() if org_id in in_scope
    }
    return YearFigures(
        year=year,
        district=district,
        orgs=orgs,
        communities=_communities(site, district),
        projects=projects,
        funding=funding,
        reports=reports,
        bureau=bureau_entry.record if bureau_entry else None,
        grades=grades,
        activities=activities,
    )


# -- small helpers -----------------------------------------------------------------------------


def ratio(part: Decimal | int, whole: Decimal | int) -> Decimal | None:
    """part / whole to one decimal; None when there is nothing to divide by."""
    if not whole:
        return None
    return (Decimal(part) / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


def percent(part: Decimal | int, whole: Decimal | int | None) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(TENTH, rounding=ROUND_HALF_UP)


def change(now: Any, before: Any) -> Any:
    if now is None or before is None:
        return None
    return now - before


def add_up(values: Iterable[Any]) -> Any:
    """The sum of the values given, skipping None (0 when there are none)."""
    total: Any = 0
    for value in values:
        if value is not None:
            total += value
    return total


def training_delivered(report: AnnualReport) -> int | None:
    """Person-times of the trainings the organization ran: `training.delivered`. A report of
    the old shape (no `training:`) counts its deprecated `trained_person_times` as delivered —
    it mixed delivered and attended, but counting it so keeps the figures published before the
    split; once a report has `training:`, the old field is not read at all."""
    if report.training is not None:
        return report.training.delivered
    return report.trained_person_times


def training_attended(report: AnnualReport) -> int | None:
    """Person-times its members attended trainings run by others: shown, never added."""
    return report.training.attended if report.training else None


def trained_person_times(figures: YearFigures) -> int:
    """The year's training total: person-times delivered by the organizations that reported,
    plus the bureau's own trainings in scope; attendance is never added."""
    reported = add_up(training_delivered(report) for _, _, report in figures.reports)
    bureau = figures.bureau.training if figures.bureau else {}
    if figures.district:
        return reported + bureau.get(figures.district, 0)
    return reported + sum(bureau.values())
