"""Checks beyond types: facts, references, privacy and files — each a finding with a stable code."""

from __future__ import annotations

import colorsys
import difflib
import re
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from generator.findings import Report, did_you_mean
from generator.input.records import (
    STATUS_REQUIRES,
    Activity,
    AnnualReport,
    Areas,
    BureauYear,
    Organization,
    Project,
)
from generator.input.yamlio import YamlDocument
from generator.media.formats import ImageProblem
from generator.media.images import inspect as inspect_image
from generator.model.site import Entry, OrgFolder, Site, list_folder

USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
ID_CARD_WEIGHTS = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
ID_CARD_CHECK = "10X98765432"

_ID_CARD = re.compile(
    r"(?<![0-9A-Za-z])([1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx])(?![0-9A-Za-z])"
)
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PURE_NUMBER = re.compile(r"^[\d.,，\s]+$")
_FOUR_DIGITS = re.compile(r"\d{4}")
# Keys whose values are codes, file names or contacts, not free text.
_NOT_FREE_TEXT = frozenset(
    {
        "uscc",
        "filing_no",
        "reference",
        "index_no",
        "doc_number",
        "contact",
        "maintainers",
        "file",
        "logo",
        "cover",
        "url",
        "website",
        "source_url",
        "color",
        "geo",
    }
)
_DOCUMENT_SUFFIXES = frozenset({".pdf", ".jpg", ".jpeg", ".png", ".webp"})


def today(site: Site) -> date:
    return site.config.settings.today or date.today()


# -- single values -----------------------------------------------------------------------------


def uscc_problem(code: str) -> tuple[str, str] | None:
    """Why a unified social credit code is wrong (GB 32100-2015), or None when it is valid."""
    text = code.strip().upper()
    if len(text) != 18:
        return f"应为 18 位，现在是 {len(text)} 位", f"must be 18 characters, has {len(text)}"
    for char in text:
        if char not in USCC_CHARSET:
            return (
                f"含有不允许的字符“{char}”",
                f'contains the character "{char}", which is never used',
            )
    if text[0] != "5":
        return (
            "第 1 位应为 5（民政部门登记的社会组织）",
            "the first character of a civil-affairs code is 5",
        )
    if text[1] not in "1239":
        return "第 2 位应为 1、2、3 或 9（机构类别）", "the second character must be 1, 2, 3 or 9"
    if not text[2:8].isdigit():
        return "第 3–8 位应为数字行政区划代码", "characters 3-8 are a numeric region code"
    total = sum(
        USCC_CHARSET.index(char) * weight
        for char, weight in zip(text[:17], USCC_WEIGHTS, strict=False)
    )
    expected = USCC_CHARSET[(31 - total % 31) % 31]
    if text[17] != expected:
        return (
            "最后一位校验码不对，可能抄错了某一位",
            "the check character does not match; a character was mistyped",
        )
    return None


def uscc_with_check(first17: str) -> str:
    """Complete 17 characters with their check character (used by scaffolds and the example city)."""
    total = sum(
        USCC_CHARSET.index(char) * weight
        for char, weight in zip(first17, USCC_WEIGHTS, strict=False)
    )
    return first17 + USCC_CHARSET[(31 - total % 31) % 31]


def is_id_card(text: str) -> bool:
    if len(text) != 18:
        return False
    total = sum(
        int(char) * weight for char, weight in zip(text[:17], ID_CARD_WEIGHTS, strict=False)
    )
    return ID_CARD_CHECK[total % 11] == text[17].upper()


def _luminance(hex_color: str) -> float:
    channels = [int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_with_white(hex_color: str) -> float:
    return 1.05 / (_luminance(hex_color) + 0.05)


def darker_passing(hex_color: str, ratio: float = 4.6) -> str:
    """The same hue made dark enough to reach the ratio against white."""
    red, green, blue = (int(hex_color[i : i + 2], 16) / 255 for i in (1, 3, 5))
    hue, lightness, saturation = colorsys.rgb_to_hls(red, green, blue)
    while lightness > 0:
        lightness = max(0.0, lightness - 0.01)
        rgb = colorsys.hls_to_rgb(hue, lightness, saturation)
        candidate = "#" + "".join(f"{round(c * 255):02X}" for c in rgb)
        if contrast_with_white(candidate) >= ratio:
            return candidate
    return "#000000"


# -- walking raw data for privacy --------------------------------------------------------------


def _strings(data: Any, path: tuple = ()) -> list[tuple[tuple, str]]:
    """(location, text) of every free-text string, depth first, in document order."""
    found: list[tuple[tuple, str]] = []
    _collect_strings(data, path, found)
    return found


def _collect_strings(data: Any, path: tuple, found: list[tuple[tuple, str]]) -> None:
    # Called for every record: strings are handled inline, a call is made only per dict or list.
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _NOT_FREE_TEXT:
                continue
            if isinstance(value, str):
                if not _PURE_NUMBER.match(value):
                    found.append(((*path, key), value))
            elif isinstance(value, (dict, list)):
                _collect_strings(value, (*path, key), found)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, str):
                if not _PURE_NUMBER.match(value):
                    found.append(((*path, index), value))
            elif isinstance(value, (dict, list)):
                _collect_strings(value, (*path, index), found)
    elif isinstance(data, str) and not _PURE_NUMBER.match(data):
        found.append((path, data))


def check_privacy(document: YamlDocument, report: Report) -> None:
    """No ID numbers, personal mobiles or e-mail addresses in free text."""
    from generator.input.validation import dotted

    for path, text in _strings(document.data):
        if "@" not in text and not _FOUR_DIGITS.search(text):
            continue  # an ID number or a mobile has four digits in a row, an e-mail address an @
        codes = []
        if any(is_id_card(match.group(1)) for match in _ID_CARD.finditer(text)):
            codes.append("personal-id")
        if _MOBILE.search(text):
            codes.append("personal-phone")
        if "@" in text and _EMAIL.search(text):
            codes.append("personal-email")
        if codes:  # the position and the field name only for the rare text that has a finding
            field = dotted(path)
            line, column = document.at(path, value=True)
            for code in codes:
                report.add(code, document.path, line, column, field=field)


# -- files inside a record's own folder --------------------------------------------------------


def safe_file(folder: Path, name: str) -> tuple[Path | None, str]:
    """(path, problem) of a file named by a record; problem is 'outside' or 'missing' or ''."""
    if not name or "\\" in name or name.startswith(("/", "~")) or ":" in name:
        return None, "outside"
    parts = Path(name).parts
    if any(part in ("..", ".") for part in parts):
        return None, "outside"
    candidate = folder / name
    try:
        resolved = candidate.resolve(strict=False)
        inside = resolved.is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        return None, "outside"
    if not inside or (
        candidate.is_symlink() and not candidate.resolve().is_relative_to(folder.resolve())
    ):
        return None, "outside"
    if not candidate.is_file():
        return None, "missing"
    return candidate, ""


def _check_file(
    folder: Path,
    folder_rel: str,
    name: str,
    document: YamlDocument,
    location: tuple,
    report: Report,
    *,
    image: str | None = None,
) -> Path | None:
    """A file named by a record: inside its folder, present, and (for images) a readable image."""
    path, problem = safe_file(folder, name)
    line, column = document.at(location, value=True)
    if problem:
        code = "path-outside" if problem == "outside" else "photo-missing"
        report.add(code, document.path, line, column, value=name, folder=folder_rel)
        return None
    if image and path:
        if path.suffix.lower() == ".svg":
            report.add("svg-refused", document.path, line, column)
            return None
        try:
            inspect_image(path, kind=image)
        except ImageProblem as trouble:
            report.add(
                trouble.code, document.path, line, column, **{"detail": name, **trouble.params}
            )
            return None
    return path


# -- dates -------------------------------------------------------------------------------------


def _not_future(
    value: date | None, field: str, location: tuple, entry: Entry, limit: date, report: Report
) -> None:
    if value and value > limit and entry.document:
        line, column = entry.document.at(location, value=True)
        report.add("date-future", entry.rel, line, column, field=field, value=value.isoformat())


def _in_order(
    earlier: date | None,
    later: date | None,
    names: tuple[str, str],
    location: tuple,
    entry: Entry,
    report: Report,
) -> None:
    if earlier and later and later < earlier and entry.document:
        line, column = entry.document.at(location, value=True)
        report.add(
            "date-order",
            entry.rel,
            line,
            column,
            field=names[1],
            value=later.isoformat(),
            other=names[0],
            other_value=earlier.isoformat(),
        )


# -- the site ----------------------------------------------------------------------------------


def check_areas(areas: Areas, document: YamlDocument, report: Report) -> None:
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
    limit = today(site) + timedelta(days=site.config.settings.future_days)
    for org in site.orgs.values():
        _check_org(site, org, limit, report)
    _check_unique_codes(site, report)
    for year, entry in site.bureau_years.items():
        _check_bureau_year(site, year, entry, limit, report)
    for page in site.policies.values():
        entry = page.entry
        if entry.record and entry.document:
            _not_future(entry.record.issued_on, "issued_on", ("issued_on",), entry, limit, report)


def _check_unique_codes(site: Site, report: Report) -> None:
    """Two organizations cannot hold the same credit code or filing number."""
    for key in ("uscc", "filing_no"):
        owners: dict[str, str] = {}
        for org_id, org in site.organizations():
            value = getattr(org, key)
            if not value:
                continue
            normalized = value.strip().upper()
            if normalized in owners:
                entry = site.orgs[org_id].profile
                assert entry and entry.document
                line, column = entry.document.at((key,), value=True)
                report.add(
                    "duplicate-id",
                    entry.rel,
                    line,
                    column,
                    value=value,
                    other=f"orgs/{owners[normalized]}",
                )
            else:
                owners[normalized] = org_id


def _check_area(
    site: Site, area: Any, document: YamlDocument, location: tuple, report: Report
) -> None:
    tree = site.areas.tree
    if area is None or not tree:
        return
    levels = [
        ("district", "区", "district", tree),
        ("street", "街道（乡镇）", "street", tree.get(area.district, {})),
        ("community", "社区（村）", "community", tree.get(area.district, {}).get(area.street, {})),
    ]
    for key, level_zh, level_en, options in levels:
        value = getattr(area, key)
        if value in options:
            continue
        match = difflib.get_close_matches(value, list(options), n=1, cutoff=0.4)
        line, column = document.at((*location, key), value=True)
        report.add(
            "unknown-area",
            document.path,
            line,
            column,
            level_zh=level_zh,
            level_en=level_en,
            value=value,
            **did_you_mean(match),
        )
        return


def _unknown_org(site: Site, value: str, entry: Entry, location: tuple, report: Report) -> None:
    if value in site.orgs or entry.document is None:
        return
    match = difflib.get_close_matches(value, list(site.orgs), n=1, cutoff=0.6)
    line, column = entry.document.at(location, value=True)
    report.add(
        "unknown-org",
        entry.rel,
        line,
        column,
        value=value,
        **did_you_mean(match),
    )


def _check_org(site: Site, org: OrgFolder, limit: date, report: Report) -> None:
    entry = org.profile
    for sub in (entry, *org.projects.values(), *org.activities.values(), *org.reports.values()):
        if sub and sub.document:
            check_privacy(sub.document, report)
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
    if record.uscc and (problem := uscc_problem(record.uscc)):
        line, column = document.at(("uscc",), value=True)
        report.add(
            "uscc-invalid",
            entry.rel,
            line,
            column,
            value=record.uscc,
            reason_zh=problem[0],
            reason_en=problem[1],
        )
    for name in ("registered_on", "filed_on"):
        _not_future(getattr(record, name), name, (name,), entry, limit, report)
    founded = record.founded
    if founded and founded[:4].isdigit() and int(founded[:4]) > limit.year:
        line, column = document.at(("founded",), value=True)
        report.add("date-future", entry.rel, line, column, field="founded", value=founded)
    if record.verified:
        _not_future(record.verified.on, "verified.on", ("verified", "on"), entry, limit, report)
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
    if record.parent:
        if record.parent == org.id:
            line, column = document.at(("parent",), value=True)
            report.add("self-reference", entry.rel, line, column, field="parent")
        else:
            _unknown_org(site, record.parent, entry, ("parent",), report)
    _check_area(site, record.area, document, ("area",), report)
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
                _check_file(org.path, org.rel, name, document, ("brand", key), report, image=kind)
    phone = record.contact.phone if record.contact else None
    if phone and _MOBILE.fullmatch(phone.strip()):
        line, column = document.at(("contact", "phone"), value=True)
        report.add("contact-mobile", entry.rel, line, column)


def _check_project(
    site: Site, org: OrgFolder, entry: Entry[Project], limit: date, report: Report
) -> None:
    record, document = entry.partial, entry.document
    assert record and document
    if record.period:
        _in_order(
            record.period.start,
            record.period.end,
            ("period.start", "period.end"),
            ("period", "end"),
            entry,
            report,
        )
    for index, funding in enumerate(record.funding):
        _not_future(
            funding.awarded_on,
            f"funding[{index}].awarded_on",
            ("funding", index, "awarded_on"),
            entry,
            limit,
            report,
        )
    if record.area:
        _check_area(site, record.area, document, ("area",), report)
    folder = org.path / "projects" / entry.id
    for index, item in enumerate(record.documents):
        _check_file(
            folder,
            f"{org.rel}/projects/{entry.id}",
            item.file,
            document,
            ("documents", index, "file"),
            report,
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
    _not_future(record.date, "date", ("date",), entry, limit, report)
    _in_order(record.date, record.end_date, ("date", "end_date"), ("end_date",), entry, report)
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
            _unknown_org(site, other, entry, ("co_organizers", index), report)
    folder = org.path / "activities" / entry.id
    folder_rel = f"{org.rel}/activities/{entry.id}"
    listed: set[str] = set()
    for index, photo in enumerate(record.photos):
        if photo.file in {earlier.file for earlier in record.photos[:index]}:
            line, column = document.at(("photos", index, "file"), value=True)
            report.add(
                "duplicate-id", entry.rel, line, column, value=photo.file, other=f"photos[{index}]"
            )
        _check_file(
            folder,
            folder_rel,
            photo.file,
            document,
            ("photos", index, "file"),
            report,
            image="photo",
        )
        listed.add(photo.file)
        if photo.contains_minors and not photo.consent:
            line, column = document.at(("photos", index, "contains_minors"))
            report.add("minor-consent", entry.rel, line, column)
    if record.cover and record.cover not in {photo.file for photo in record.photos}:
        line, column = document.at(("cover",), value=True)
        report.add("cover-not-photo", entry.rel, line, column, value=record.cover)
    if org.activity_folders is None:
        has_folder = folder.is_dir()
    else:
        has_folder = entry.id in org.activity_folders
    if has_folder:
        for item in list_folder(folder):
            if (
                item.is_file()
                and not item.is_symlink()
                and item.name not in listed
                and item.name not in {".gitkeep", "Thumbs.db", ".DS_Store"}
            ):
                report.add("unused-photo", f"{folder_rel}/{item.name}", name=item.name)


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
    for index, correction in enumerate(record.corrections):
        _not_future(
            correction.on,
            f"corrections[{index}].on",
            ("corrections", index, "on"),
            entry,
            limit,
            report,
        )


def _check_bureau_year(
    site: Site, year: int, entry: Entry[BureauYear], limit: date, report: Report
) -> None:
    record, document = entry.partial, entry.document
    assert record and document
    if record.year != year:
        line, column = document.at(("year",), value=True)
        report.add("year-mismatch", entry.rel, line, column, value=record.year, name=f"{year}.yml")
    _not_future(record.published_on, "published_on", ("published_on",), entry, limit, report)
    for key in ("grades", "inspections"):
        for org_id in getattr(record, key):
            _unknown_org(site, org_id, entry, (key, org_id), report)
    for index, item in enumerate(record.abnormal_list):
        _unknown_org(site, item.org, entry, ("abnormal_list", index, "org"), report)
    for index, item in enumerate(record.commendations):
        for position, org_id in enumerate(item.orgs):
            _unknown_org(site, org_id, entry, ("commendations", index, "orgs", position), report)
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


def _plain(value: Decimal) -> str:
    text = format(value.normalize(), "f")
    return text
