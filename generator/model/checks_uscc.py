"""A registered organization's own facts: its unified social credit code (its form, its check
character and the region code inside it, characters 3-8, GB/T 2260, against the area of the
authority that registered it) and its registration certificate (`registration`)."""

from __future__ import annotations

from generator.findings import Report
from generator.input.codes import uscc_problem, uscc_reading, uscc_region
from generator.input.records import Organization
from generator.model.checks_fields import check_in_order
from generator.model.site import Entry, Site


def check_registration(entry: Entry[Organization], report: Report) -> None:
    """The certificate's facts (`registration`) belong to a registered organization, its validity
    runs forward."""
    record, document = entry.partial, entry.document
    assert record and document and record.registration
    if record.status != "registered":
        line, column = document.at(("registration",))
        report.add("registration-not-registered", entry.rel, line, column, status=record.status)
    registration = record.registration
    check_in_order(
        registration.certificate_valid_from,
        registration.certificate_valid_until,
        ("certificate_valid_from", "certificate_valid_until"),
        ("registration", "certificate_valid_until"),
        entry,
        report,
    )


def check_uscc(site: Site, entry: Entry[Organization], report: Report) -> None:
    """One finding for a code that is wrong or written in another form, a warning for a region
    code that is not the registering authority's."""
    record, document = entry.partial, entry.document
    assert record and document and record.uscc
    written = record.uscc
    reading = uscc_reading(written)
    problem = uscc_problem(reading)
    expected = {} if problem else expected_regions(site, record)
    if not problem and reading == written and (not expected or uscc_region(reading) in expected):
        return  # nothing to say: the record's positions are not looked up (a YAML composing)
    line, column = document.at(("uscc",), value=True)
    if problem:
        changed = reading != written
        report.add(
            "uscc-invalid",
            entry.rel,
            line,
            column,
            value=written,
            reason_zh=problem[0] + (f"（去掉空格、改成大写后读作“{reading}”）" if changed else ""),
            reason_en=problem[1]
            + (f' (read as "{reading}" without spaces, in capitals)' if changed else ""),
        )
        return
    if reading != written:
        report.add("uscc-form", entry.rel, line, column, value=written, reading=reading)
    if expected and uscc_region(reading) not in expected:
        report.add(
            "uscc-region",
            entry.rel,
            line,
            column,
            value=reading,
            region=uscc_region(reading),
            expected="、".join(f"{code}（{name}）" for code, name in expected.items()),
        )


def expected_regions(site: Site, record: Organization) -> dict[str, str]:
    """Region code → place name that the registering authority may carry: the district the
    authority names (else the organization's own district), or the city when a city-level
    bureau registered it. Empty when content/areas.yml gives no codes."""
    areas = site.areas.areas
    if areas is None:
        return {}
    authority = record.registration_authority or ""
    districts = {d.name: d.code for d in areas.districts if d.code}
    named = [name for name in districts if name in authority]
    if named:
        return {districts[name]: name for name in named}
    options: dict[str, str] = {}
    if areas.code and (areas.city in authority or authority == site.config.settings.bureau):
        return {areas.code: areas.city}
    district = record.area.district if record.area else None  # a partial record may lack it
    if district in districts:
        options[districts[district]] = district
    if areas.code:
        options[areas.code] = areas.city
    return options
