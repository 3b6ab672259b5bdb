"""Open data tables beyond the three record tables: annual reports (training delivered and attended
among them), their corrections, memberships of hubs, incubations, the bureau's grades with the
organizations' names, and the support platforms — each row only for an organization whose page is
shown, each link only once both sides (or the bureau) confirmed it.
"""

from __future__ import annotations

from typing import Any

from generator.model import registers
from generator.model.site import Site
from generator.stats.figures import training_attended, training_delivered
from generator.views.catalog import Catalog
from generator.views.platforms import incubation_dates


def report_rows(catalog: Catalog, base: str) -> list[dict[str, Any]]:
    """Each shown organization's annual reports, as it wrote them (a published year's results
    are the bureau's snapshot: annual/<year>/ and its downloads)."""
    rows = []
    for org_id, org in sorted(catalog.orgs.items()):
        for year, report in sorted(org.reports):
            rows.append(
                {
                    "org_id": org_id,
                    "org_name": org.ref.name,
                    "year": year,
                    "activities_count": report.activities_count,
                    "beneficiaries": report.beneficiaries,
                    "volunteer_hours": report.volunteer_hours,
                    "training_delivered": training_delivered(report),
                    "training_attended": training_attended(report),
                    "income_total": report.income.total if report.income else None,
                    "expenditure_total": report.expenditure.total if report.expenditure else None,
                    "corrections": len(report.corrections),
                    "url": f"{base}{org.ref.url}#reports",
                }
            )
    return rows


def correction_rows(catalog: Catalog) -> list[dict[str, Any]]:
    """Every correction an organization noted in its annual reports."""
    return [
        {"org_id": org_id, "org_name": org.ref.name, "year": year, "on": item.on, "note": item.note}
        for org_id, org in sorted(catalog.orgs.items())
        for year, report in sorted(org.reports)
        for item in report.corrections
    ]


def membership_rows(site: Site, catalog: Catalog) -> list[dict[str, Any]]:
    """Confirmed memberships of hubs: one row a member and hub."""
    return [
        {
            "org_id": org_id,
            "org_name": catalog.orgs[org_id].ref.name,
            "hub_id": link.other,
            "hub_name": catalog.orgs[link.other].ref.name,
            "confirmed_by": link.confirmed_by,
        }
        for org_id in sorted(catalog.orgs)
        for link in site.links.hubs(org_id)
        if link.confirmed and link.other in catalog.orgs
    ]


def incubation_rows(site: Site, catalog: Catalog) -> list[dict[str, Any]]:
    """Confirmed incubations: the organization, its platform (an organization or a platform of
    the bureau's register), since and until when."""
    rows = []
    for org_id in sorted(catalog.orgs):
        for link in site.links.incubators(org_id):
            if not link.confirmed:
                continue
            other = catalog.orgs.get(link.other)
            name = other.ref.name if other else site.links.platform_names.get(link.other)
            if name is None:
                continue
            since, until = incubation_dates(site, org_id, link.other)
            rows.append(
                {
                    "org_id": org_id,
                    "org_name": catalog.orgs[org_id].ref.name,
                    "platform_id": link.other,
                    "platform_name": name,
                    "since": since or None,
                    "until": until or None,
                    "confirmed_by": link.confirmed_by,
                }
            )
    return rows


def grade_rows(site: Site, catalog: Catalog) -> list[dict[str, Any]]:
    """Every grade of the bureau's register for a shown organization, with its name."""
    day = site.as_of
    rows = []
    for item in sorted(site.registers.grades, key=lambda i: (i.record.org, i.record.awarded_on)):
        award = item.record
        if award.org not in catalog.orgs:
            continue
        rows.append(
            {
                "org_id": award.org,
                "org_name": catalog.orgs[award.org].ref.name,
                "grade": award.grade,
                "awarded_on": award.awarded_on,
                "valid_until": award.valid_until,
                "ended_on": award.ended_on,
                "grade_authority": award.authority,
                "in_force": award.awarded_on <= day <= registers.grade_ends(award),
            }
        )
    return rows


def platform_rows(site: Site, catalog: Catalog) -> list[dict[str, Any]]:
    """The support platforms of the bureau's register."""
    rows = []
    for platform_id, record in sorted(registers.platforms(site.registers).items()):
        rows.append(
            {
                "id": platform_id,
                "name": record.name,
                "kind": record.kind,
                "run_by": record.run_by,
                "operator": record.operator,
                "operator_org": record.operator_org,
                "operator_role": record.operator_role,
                "partners": [f"{p.org or p.name}（{p.role}）" for p in record.partners],
                "address": record.address,
                "incubated": sorted(
                    o for o in site.links.incubated(platform_id) if o in catalog.orgs
                ),
            }
        )
    return rows


def link_tables(site: Site, catalog: Catalog, base: str) -> dict[str, list[dict[str, Any]]]:
    """The tables of this module by name (data/<name>.json and .csv)."""
    return {
        "reports": report_rows(catalog, base),
        "corrections": correction_rows(catalog),
        "memberships": membership_rows(site, catalog),
        "incubations": incubation_rows(site, catalog),
        "grades": grade_rows(site, catalog),
        "platforms": platform_rows(site, catalog),
    }
