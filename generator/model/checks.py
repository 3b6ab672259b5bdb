"""Checks beyond types: facts, references, privacy and files — each a finding with a stable code.

check_site runs them all once the records are read; an organization's folder is checked in
checks_org, single fields (dates, areas, references, files) in checks_fields, free text in privacy.
"""

from __future__ import annotations

import difflib
from datetime import date, timedelta

from generator.findings import Report, did_you_mean
from generator.input.records import Areas, BureauYear
from generator.input.yamlio import YamlDocument
from generator.model.checks_board import check_board
from generator.model.checks_fields import check_not_future, check_org_known, check_source_link
from generator.model.checks_judgement import check_judgements
from generator.model.checks_names import check_codes, check_names
from generator.model.checks_org import check_org
from generator.model.checks_registers import check_registers
from generator.model.plausibility import check_plausibility
from generator.model.published import check_published_reports
from generator.model.site import Entry, Site, latest_possible


def check_areas(areas: Areas, document: YamlDocument, report: Report) -> None:
    """No community named twice in a street, no district/street/community ids used twice."""
    seen_ids: dict[str, str] = {}
    for d_index, district in enumerate(areas.districts):
        for s_index, street in enumerate(district.streets):
            names: set[str] = set()
            for c_index, community in enumerate(street.communities):
                location = ("districts", d_index, "streets", s_index, "communities", c_index)
                key = f"{district.id}/{street.id}/{community.id}"
                if community.name in names or key in seen_ids:
                    line, column = document.at((*location, "name"), value=True)
                    report.add(
                        "duplicate-id",
                        document.path,
                        line,
                        column,
                        value=community.name,
                        other=street.name,
                    )
                names.add(community.name)
                seen_ids[key] = community.name


def check_site(site: Site, report: Report) -> None:
    """Every check beyond types, once the records are read; findings go to the report."""
    limit = latest_possible(site) + timedelta(days=site.config.settings.future_days)
    for org in site.orgs.values():
        check_org(site, org, limit, report)
    check_codes(site, report)
    check_names(site, report)
    check_published_reports(site, report)
    check_plausibility(site, report)
    for year, entry in site.bureau_years.items():
        _check_bureau_year(site, year, entry, limit, report)
    check_registers(site, report)
    check_judgements(site, report, limit)
    check_board(site, report, limit)
    for page in site.policies.values():
        entry = page.entry
        if entry.record and entry.document:
            check_not_future(
                entry.record.issued_on, "issued_on", ("issued_on",), entry, limit, report
            )
            check_source_link(entry, report)


def _check_bureau_year(
    site: Site, year: int, entry: Entry[BureauYear], limit: date, report: Report
) -> None:
    record, document = entry.partial, entry.document
    assert record and document
    if record.year != year:
        line, column = document.at(("year",), value=True)
        report.add("year-mismatch", entry.rel, line, column, value=record.year, name=f"{year}.yml")
    check_not_future(record.published_on, "published_on", ("published_on",), entry, limit, report)
    for key in ("grades", "inspections"):
        for org_id in getattr(record, key):
            check_org_known(site, org_id, entry, (key, org_id), report)
    for index, item in enumerate(record.abnormal_list):
        check_org_known(site, item.org, entry, ("abnormal_list", index, "org"), report)
    for index, item in enumerate(record.commendations):
        for position, org_id in enumerate(item.orgs):
            check_org_known(site, org_id, entry, ("commendations", index, "orgs", position), report)
    districts = site.areas.tree
    for name in record.training:
        if districts and name not in districts:
            line, column = document.at(("training", name))
            match = difflib.get_close_matches(name, list(districts), n=1, cutoff=0.4)
            report.add(
                "unknown-area",
                entry.rel,
                line,
                column,
                level_zh="区",
                level_en="district",
                value=name,
                **did_you_mean(match),
            )
