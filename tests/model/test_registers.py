"""The bureau's registers: read from content/registers/, merged with the annual files' old lists,
judged on a date, and checked (each finding at its register line)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model import registers
from generator.model.load import load_site
from generator.model.site import Site
from tests.conftest import SITES

LISTINGS = "content/registers/listings.yml"
GRADES = "content/registers/grades.yml"


def _load(root: Path, as_of: date | None = None) -> tuple[Site, Report]:
    report = Report()
    return load_site(root, report, as_of=as_of), report


def _write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def _codes(report: Report) -> list[tuple[str, int, str]]:
    return [(f.path, f.line, f.code) for f in report.findings]


@pytest.fixture
def annual_copy(tmp_path: Path) -> Path:
    """tests/sites/annual: its bureau facts still in the annual files (the old shape)."""
    target = tmp_path / "annual"
    shutil.copytree(SITES / "annual", target)
    return target


def test_register_files_are_read(site_copy: Path) -> None:
    site, report = _load(site_copy)
    assert report.findings == []
    book = site.registers
    assert registers.grade_on(book, "yangguang", date(2024, 1, 1)).grade == "4A"
    assert [x.reason for x in registers.listings_on(book, "shiqiao-huzhu", site.as_of)[0]] == [
        "未按时报送年度报告"
    ]
    assert [r.year for r in registers.inspections_of(book, "yangguang")] == [2023]


LISTING_WITH_END = """listings:
  - org: shiqiao-huzhu
    list: abnormal
    listed_on: 2025-03-01
    reason: 无法通过登记的住所或者经营场所联系
    authority: 测试市民政局
    ground: {kind: unreachable}
    removed_on: 2025-06-15
    removal_reason: 已恢复联系
"""


@pytest.mark.parametrize(
    ("day", "active", "ended"),
    [
        (date(2025, 2, 28), False, False),
        (date(2025, 3, 1), True, False),  # listed on any day, from that day
        (date(2025, 6, 14), True, False),
        (date(2025, 6, 15), False, True),  # removed on any day, from that day
    ],
)
def test_a_listing_starts_and_ends_on_its_days(
    site_copy: Path, day: date, active: bool, ended: bool
) -> None:
    _write(site_copy, LISTINGS, LISTING_WITH_END)
    site, report = _load(site_copy, as_of=day)
    assert not report.errors, _codes(report)
    now, removed = registers.listings_on(site.registers, "shiqiao-huzhu", site.as_of)
    assert bool(now) is active and bool(removed) is ended


def test_a_grade_holds_until_its_last_day_or_its_end(site_copy: Path) -> None:
    _write(
        site_copy,
        GRADES,
        "grades:\n"
        "  - {org: yangguang, grade: 3A, awarded_on: 2019-01-01, valid_until: 2023-12-31,"
        " authority: 测试市民政局, ended_on: 2023-06-01}\n"
        "  - {org: yangguang, grade: 4A, awarded_on: 2023-06-01, valid_until: 2028-05-31,"
        " authority: 测试市民政局}\n",
    )
    site, report = _load(site_copy)
    assert report.findings == []  # the earlier grade ends the day the later one starts
    book = site.registers
    assert registers.grade_on(book, "yangguang", date(2023, 5, 31)).grade == "3A"
    assert registers.grade_on(book, "yangguang", date(2023, 6, 1)).grade == "4A"
    assert registers.grade_on(book, "yangguang", date(2028, 5, 31)).grade == "4A"
    assert registers.grade_on(book, "yangguang", date(2028, 6, 1)) is None
    assert registers.latest_grade(book, "yangguang", date(2030, 1, 1)).grade == "4A"


def test_old_lists_in_the_annual_file_still_count_with_a_deprecation(annual_copy: Path) -> None:
    site, report = _load(annual_copy)
    deprecated = [f for f in report.findings if f.code == "annual-list-deprecated"]
    assert [(f.path, f.line) for f in deprecated] == [
        ("content/annual/2022.yml", 8),
        ("content/annual/2023.yml", 7),
        ("content/annual/2023.yml", 9),
        ("content/annual/2023.yml", 12),
        ("content/annual/2023.yml", 14),
    ]
    assert "content/registers/listings.yml" in next(
        f.message_zh for f in deprecated if "abnormal_list" in f.message_zh
    )
    assert all(f.severity == "warning" for f in report.findings)
    book = site.registers
    (listing,) = registers.listings_on(book, "c-pending", site.as_of)[0]
    assert (listing.listed_on, listing.authority) == (date(2023, 9, 1), "测试市民政局")
    assert registers.inspections_in(book, 2023)["e-filed"].conclusion == "basically_qualified"
    assert registers.grade_on(book, "e-filed", date(2023, 12, 31)).grade == "2A"
    (commendation,) = registers.commendations_of(book, "a-registered", site.as_of)
    assert commendation.on == date(2023, 12, 20)


def test_a_new_years_file_without_the_lists_never_clears_them(annual_copy: Path) -> None:
    _write(
        annual_copy,
        "content/annual/2024.yml",
        "year: 2024\npublisher: 测试市民政局\npublished_on: 2024-12-20\n",
    )
    site, report = _load(annual_copy)
    assert not report.errors
    book = site.registers
    assert [x.org for x in registers.listed_on(book, date(2024, 12, 31))] == ["c-pending"]
    assert registers.grade_on(book, "a-registered", date(2024, 12, 31)).grade == "4A"


def test_an_entry_repeated_in_a_later_file_or_the_register_counts_once(annual_copy: Path) -> None:
    text = (annual_copy / "content/annual/2023.yml").read_text(encoding="utf-8")
    _write(annual_copy, "content/annual/2023.yml", text)
    _write(
        annual_copy,
        LISTINGS,
        "listings:\n  - {org: c-pending, list: abnormal, listed_on: 2023-09-01,"
        " reason: 未按时报送年度报告, authority: 测试市民政局, removed_on: 2024-05-01}\n",
    )
    site, _ = _load(annual_copy)
    assert len(site.registers.of("c-pending").listings) == 1  # the register's entry wins
    assert registers.listings_on(site.registers, "c-pending", site.as_of)[0] == []


def test_register_findings_name_their_line(site_copy: Path) -> None:
    _write(
        site_copy,
        LISTINGS,
        "listings:\n"
        "  - org: shiqiao-huzhu\n"
        "    list: abnormal\n"
        "    listed_on: 2024-03-01\n"
        "    reason: 无法联系\n"
        "    authority: 测试市民政局\n"
        "    removed_on: 2024-02-01\n"  # line 7: removed before listed
        "  - {org: nobody, list: abnormal, listed_on: 2024-03-01, reason: x, authority: 局}\n",
    )
    _write(
        site_copy,
        GRADES,
        "grades:\n"
        "  - {org: yangguang, grade: 3A, awarded_on: 2020-01-01, valid_until: 2024-12-31,"
        " authority: 测试市民政局}\n"
        "  - {org: yangguang, grade: 4A, awarded_on: 2023-06-01, valid_until: 2028-05-31,"
        " authority: 测试市民政局}\n",
    )
    _write(site_copy, "content/registers/status.yml", "status: []\nlistings: []\n")
    _write(site_copy, "content/registers/lists.yml", "listings: []\n")
    _, report = _load(site_copy)
    found = _codes(report)
    assert (LISTINGS, 7, "date-order") in found
    assert (LISTINGS, 8, "unknown-org") in found
    assert (GRADES, 3, "grade-overlap") in found
    assert ("content/registers/status.yml", 2, "register-wrong-key") in found
    assert ("content/registers/lists.yml", 1, "bad-filename") in found


def test_a_listing_the_records_contradict_is_a_finding_for_the_bureau(site_copy: Path) -> None:
    _write(
        site_copy,
        LISTINGS,
        "listings:\n"
        "  - org: yangguang\n"
        "    list: abnormal\n"
        "    listed_on: 2024-07-01\n"
        "    reason: 未按规定报送2023年度工作报告\n"
        "    authority: 测试市民政局\n"
        "    ground: {kind: report_missing, year: 2023}\n"
        "  - {org: shiqiao-huzhu, list: abnormal, listed_on: 2024-07-01,"
        " reason: 未按规定报送2023年度工作报告, authority: 测试市民政局}\n"
        "  - {org: shiqiao-huzhu, list: abnormal, listed_on: 2024-07-01,"
        " reason: 未按规定报送2022年度工作报告, authority: 测试市民政局}\n",
    )
    _, report = _load(site_copy)
    contradictions = [f for f in report.findings if f.code == "listing-contradicts-records"]
    assert [(f.path, f.line) for f in contradictions] == [(LISTINGS, 7), (LISTINGS, 8)]
    assert "orgs/yangguang/reports/2023.yml" in contradictions[0].message_zh
    assert contradictions[0].message_zh.startswith("名录原因与记录不符")


def test_verified_in_org_yml_is_deprecated(site_copy: Path) -> None:
    org = site_copy / "orgs/yangguang/org.yml"
    org.write_text(
        org.read_text(encoding="utf-8") + "verified: {on: 2024-01-01, by: 测试市民政局}\n",
        encoding="utf-8",
    )
    _, report = _load(site_copy)
    assert [(f.path, f.code, f.severity) for f in report.findings] == [
        ("orgs/yangguang/org.yml", "verified-deprecated", "warning")
    ]
