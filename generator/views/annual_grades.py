"""The organizations behind the annual grade table: for each grade, the organizations whose grade
was still valid on 31 December of the year (the bureau's register, dated, so a past year's list
stays as it was). Shown beside the table, never part of the published snapshot's cells."""

from __future__ import annotations

from dataclasses import dataclass

from generator.model.site import Site
from generator.stats.figures import YearFigures
from generator.stats.tables_bureau import GRADES


@dataclass
class GradedOrg:
    name: str
    url: str | None
    valid_until: object


def graded_orgs(site: Site, figures: YearFigures) -> list[tuple[str, list[GradedOrg]]]:
    """(grade, its organizations by name) for each grade that has any, in the table's order."""
    by_grade: dict[str, list[GradedOrg]] = {grade: [] for grade in GRADES}
    for org_id, award in figures.grades.items():
        folder = site.orgs.get(org_id)
        record = folder.org if folder else None
        name, url = (record.name, f"orgs/{org_id}/") if record else (org_id, None)
        by_grade.setdefault(award.grade, []).append(GradedOrg(name, url, award.valid_until))
    return [(grade, sorted(orgs, key=lambda o: o.name)) for grade, orgs in by_grade.items() if orgs]
