"""Checks of an organization's folder: its profile, projects, activities and annual reports, each
against the others, the site and the calendar."""

from __future__ import annotations

import difflib
from datetime import date
from decimal import Decimal
from functools import partial

from generator.findings import Report, did_you_mean
from generator.input.codes import contrast_with_white, darker_passing
from generator.input.records import (
    STATUS_REQUIRES,
    Activity,
    AnnualReport,
    Organization,
    Project,
)
from generator.model.checks_fields import (
    check_area,
    check_file,
    check_in_order,
    check_not_future,
    check_org_known,
)
from generator.model.checks_uscc import check_registration, check_uscc
from generator.model.privacy import check_privacy, is_mobile
from generator.model.site import Entry, OrgFolder, Site, list_folder


def check_org(site: Site, org: OrgFolder, limit: date, report: Report) -> None:
    """Privacy of every record of the folder, then each record's facts (those that read at all)."""
    entry = org.profile
    for sub in (entry, *org.projects.values(), *org.activities.values(), *org.reports.values()):
        if sub and sub.document:
            document = sub.document
            privacy = site.records.derived(document, "privacy", partial(check_privacy, document))
            for finding in privacy:
                report.add_finding(finding)
    if entry and entry.partial and entry.document:
        _check_profile(site, org, entry, limit, report)
    for project in org.projects.values():
        if project.partial and project.document:
            _check_project(site, org, project, limit, report)
    for activity in org.activities.values():
        if activity.partial and activity.document:
            _check_activity(site, org, activity, limit, report)
    for year, annual in org.reports.items():
        if annual.partial and annual.document:
            _check_report(year, annual, limit, report)


def _check_profile(
    site: Site, org: OrgFolder, entry: Entry[Organization], limit: date, report: Report
) -> None:
    record, document = entry.partial, entry.document
    assert record and document
    missing = [
        name
        for name in STATUS_REQUIRES.get(record.status, ())
        if getattr(record, name) in (None, "")
        and not (isinstance(document.data, dict) and document.data.get(name) not in (None, ""))
    ]
    if missing:
        line, column = document.at(("status",), value=True)
        report.add(
            "missing-field",
            entry.rel,
            line,
            column,
            fields="、".join(missing),
            where_zh=f"状态为 {record.status} 时，文件中",
            where_en=f"for status {record.status}",
        )
    if record.uscc:
        check_uscc(site, entry, report)
    if record.registration:
        check_registration(entry, report)
    for name in ("registered_on", "filed_on"):
        check_not_future(getattr(record, name), name, (name,), entry, limit, report)
    founded = record.founded
    if founded and founded[:4].isdigit() and int(founded[:4]) > limit.year:
        line, column = document.at(("founded",), value=True)
        report.add("date-future", entry.rel, line, column, field="founded", value=founded)
    if record.verified:  # the bureau's verifications register is the only source now
        line, column = document.at(("verified",))
        report.add("verified-deprecated", entry.rel, line, column)
    for index, honor in enumerate(record.honors):
        if honor.year > limit.year:
            line, column = document.at(("honors", index, "year"), value=True)
            report.add(
                "date-future",
                entry.rel,
                line,
                column,
                field=f"honors[{index}].year",
                value=str(honor.year),
            )
    # member_of, parent, members, incubated_by, incubated, joined: generator.model.links
    check_area(site, record.area, document, ("area",), report)
    brand = record.brand
    if brand:
        if brand.color:
            ratio = contrast_with_white(brand.color)
            if ratio < 4.5:
                line, column = document.at(("brand", "color"), value=True)
                report.add(
                    "low-contrast",
                    entry.rel,
                    line,
                    column,
                    value=brand.color,
                    ratio=f"{ratio:.1f}",
                    suggestion=darker_passing(brand.color),
                )
        for key, kind in (("logo", "logo"), ("cover", "photo")):
            name = getattr(brand, key)
            if name:
                check_file(
                    org.path,
                    org.rel,
                    name,
                    document,
                    ("brand", key),
                    report,
                    image=kind,
                    inspected=site.inspected,
                )
    phone = record.contact.phone if record.contact else None
    if phone and is_mobile(phone):
        line, column = document.at(("contact", "phone"), value=True)
        report.add("contact-mobile", entry.rel, line, column)


def _check_project(
    site: Site, org: OrgFolder, entry: Entry[Project], limit: date, report: Report
) -> None:
    record, document = entry.partial, entry.document
    assert record and document
    if record.period:
        check_in_order(
            record.period.start,
            record.period.end,
            ("period.start", "period.end"),
            ("period", "end"),
            entry,
            report,
        )
    for index, funding in enumerate(record.funding):
        check_not_future(
            funding.awarded_on,
            f"funding[{index}].awarded_on",
            ("funding", index, "awarded_on"),
            entry,
            limit,
            report,
        )
    if record.area:
        check_area(site, record.area, document, ("area",), report)
    folder = org.path / "projects" / entry.id
    for index, item in enumerate(record.documents):
        check_file(
            folder,
            f"{org.rel}/projects/{entry.id}",
            item.file,
            document,
            ("documents", index, "file"),
            report,
            missing="document-missing",
        )


def _check_activity(
    site: Site, org: OrgFolder, entry: Entry[Activity], limit: date, report: Report
) -> None:
    record, document = entry.partial, entry.document
    assert record and document
    stem_date = entry.id[:10]
    if record.date and record.date.isoformat() != stem_date:
        line, column = document.at(("date",), value=True)
        report.add(
            "filename-date-mismatch",
            entry.rel,
            line,
            column,
            value=record.date.isoformat(),
            name=stem_date,
        )
    check_not_future(record.date, "date", ("date",), entry, limit, report)
    check_in_order(record.date, record.end_date, ("date", "end_date"), ("end_date",), entry, report)
    if record.project and record.project not in org.projects:
        match = difflib.get_close_matches(record.project, list(org.projects), n=1, cutoff=0.6)
        line, column = document.at(("project",), value=True)
        report.add(
            "unknown-project",
            entry.rel,
            line,
            column,
            value=record.project,
            **did_you_mean(match),
        )
    for index, other in enumerate(record.co_organizers):
        if other == org.id:
            line, column = document.at(("co_organizers", index), value=True)
            report.add("self-reference", entry.rel, line, column, field=f"co_organizers[{index}]")
        else:
            check_org_known(site, other, entry, ("co_organizers", index), report)
    for other in record.co_organizer_roles:
        if other not in record.co_organizers:
            line, column = document.at(("co_organizer_roles", other))
            report.add("role-not-co-organizer", entry.rel, line, column, value=other)
    folder_rel = f"{org.rel}/activities/{entry.id}"
    listed = _check_photos(site, org, entry, report) if record.photos else set()
    if record.cover and record.cover not in {photo.file for photo in record.photos}:
        line, column = document.at(("cover",), value=True)
        report.add("cover-not-photo", entry.rel, line, column, value=record.cover)
    if org.activity_folders is None:
        has_folder = (org.path / "activities" / entry.id).is_dir()
    else:
        has_folder = entry.id in org.activity_folders
    if has_folder:
        for item in list_folder(org.path / "activities" / entry.id):
            if (
                item.is_file()
                and not item.is_symlink()
                and item.name not in listed
                and item.name not in {".gitkeep", "Thumbs.db", ".DS_Store"}
            ):
                report.add("unused-photo", f"{folder_rel}/{item.name}", name=item.name)


def _check_photos(site: Site, org: OrgFolder, entry: Entry[Activity], report: Report) -> set[str]:
    """An activity's photos: each named once, present, readable, with consent; their names."""
    record, document = entry.partial, entry.document
    assert record and document
    folder = org.path / "activities" / entry.id
    folder_rel = f"{org.rel}/activities/{entry.id}"
    listed: set[str] = set()
    for index, photo in enumerate(record.photos):
        if photo.file in {earlier.file for earlier in record.photos[:index]}:
            line, column = document.at(("photos", index, "file"), value=True)
            report.add(
                "duplicate-id", entry.rel, line, column, value=photo.file, other=f"photos[{index}]"
            )
        check_file(
            folder,
            folder_rel,
            photo.file,
            document,
            ("photos", index, "file"),
            report,
            image="photo",
            inspected=site.inspected,
        )
        listed.add(photo.file)
        if photo.contains_minors and not photo.consent:
            raw = document.data.get("photos") if isinstance(document.data, dict) else None
            item = raw[index] if isinstance(raw, list) and index < len(raw) else None
            if isinstance(item, dict) and item.get("consent") is not None:
                # consent: false written out — withdrawn: the photo leaves the site on this
                # build, which must not be refused (the published site would keep it)
                line, column = document.at(("photos", index, "consent"))
                report.add("photo-consent-withdrawn", entry.rel, line, column, file=photo.file)
            else:
                line, column = document.at(("photos", index, "contains_minors"))
                report.add("minor-consent", entry.rel, line, column)
    return listed


def _check_report(year: int, entry: Entry[AnnualReport], limit: date, report: Report) -> None:
    record, document = entry.partial, entry.document
    assert record and document
    if record.year is not None and record.year != year:
        line, column = document.at(("year",), value=True)
        report.add("year-mismatch", entry.rel, line, column, value=record.year, name=f"{year}.yml")
    for name, part in (("income", record.income), ("expenditure", record.expenditure)):
        if part is None:
            continue
        values = part.model_dump(exclude={"total"})
        parts_sum = sum((value for value in values.values() if value is not None), Decimal(0))
        if any(value is not None for value in values.values()) and parts_sum != part.total:
            line, column = document.at((name, "total"), value=True)
            report.add(
                "sum-mismatch",
                entry.rel,
                line,
                column,
                field=name,
                parts=_plain(parts_sum),
                total=_plain(part.total),
            )
    if record.trained_person_times is not None:
        _deprecated_training(entry, report)
    for index, correction in enumerate(record.corrections):
        check_not_future(
            correction.on,
            f"corrections[{index}].on",
            ("corrections", index, "on"),
            entry,
            limit,
            report,
        )


def _deprecated_training(entry: Entry[AnnualReport], report: Report) -> None:
    """The old training figure still counts (as delivered) until the report says `training:`."""
    record, document = entry.partial, entry.document
    assert record and document
    line, column = document.at(("trained_person_times",))
    if record.training is None:
        counted_zh = "目前按“本机构举办的培训人次”（training.delivered）计入全市培训总数"
        counted_en = "it is counted for now as delivered (training.delivered) in the city's total"
    else:
        counted_zh = "本文件已有 training，此项不再计入任何统计"
        counted_en = "this file has training: already, so it is no longer counted anywhere"
    report.add(
        "trained-person-times-deprecated",
        entry.rel,
        line,
        column,
        counted_zh=counted_zh,
        counted_en=counted_en,
    )


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text
