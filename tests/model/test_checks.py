"""Checks beyond types: one or more broken inputs per check, each asserting the exact code, file and line."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.broken_cases import (
    ACTIVITY,
    AREAS,
    BUREAU,
    GRADES,
    HUB_CHILD,
    LISTINGS,
    ORG,
    PROJECT,
    REPORT,
    Case,
    assert_finds,
)
from tests.conftest import validate

CASES = [
    # -- status-dependent requirements -------------------------------------------------------------
    Case(
        "filed without number",
        HUB_CHILD,
        "filing_no: SQ-2022-003\n",
        "",
        "missing-field",
        "status:",
    ),
    Case(
        "registered without code", ORG, "uscc: 52330102MJ1234567J\n", "", "missing-field", "status:"
    ),
    # -- ids and references ------------------------------------------------------------------------
    Case(
        "unknown project",
        ACTIVITY,
        "project: zhucan",
        "project: zhucang",
        "unknown-project",
        "project:",
    ),
    Case(
        "unknown hub org",
        HUB_CHILD,
        "member_of: [yangguang]",
        "member_of: [yangguan]",
        "unknown-org",
        "member_of:",
    ),
    Case(
        "hub is itself",
        ORG,
        "maintainers:",
        "member_of: [yangguang]\nmaintainers:",
        "self-reference",
        "member_of:",
    ),
    Case(
        "parent is deprecated",
        HUB_CHILD,
        "member_of: [yangguang]",
        "parent: yangguang",
        "deprecated-parent",
        "parent:",
    ),
    Case(
        "deprecated parent still unknown",
        HUB_CHILD,
        "member_of: [yangguang]",
        "parent: yangguan",
        "unknown-org",
        "parent:",
    ),
    Case(
        "unknown co-organizer",
        ACTIVITY,
        "cover:",
        "co_organizers: [nobody]\ncover:",
        "unknown-org",
        "co_organizers",
    ),
    Case(
        "unknown community",
        ORG,
        "community: 柳岸社区",
        "community: 柳安社区",
        "unknown-area",
        "community:",
    ),
    Case("unknown street", HUB_CHILD, "street: 石桥镇", "street: 石桥乡", "unknown-area", "area:"),
    Case(
        "grade for unknown org",
        GRADES,
        "{org: yangguang, grade: 4A",
        "{org: yanguang, grade: 4A",
        "unknown-org",
        "yanguang",
    ),
    Case("grade out of range", GRADES, "grade: 4A", "grade: 6A", "invalid-value", "grade: 6A"),
    Case(
        "training district unknown",
        BUREAU,
        "  青山区: 300",
        "  青山: 300",
        "unknown-area",
        "青山: 300",
    ),
    Case(
        "abnormal list unknown org",
        LISTINGS,
        "org: shiqiao-huzhu",
        "org: shiqiao",
        "unknown-org",
        "org: shiqiao",
    ),
    Case(
        "duplicate community",
        AREAS,
        "{name: 荷塘社区, id: hetang",
        "{name: 柳岸社区, id: hetang",
        "duplicate-id",
        "id: hetang",
    ),
    Case("year does not match file", REPORT, "year: 2023", "year: 2022", "year-mismatch", "year:"),
    Case(
        "activity date vs file name",
        ACTIVITY,
        "date: 2024-05-12",
        "date: 2024-05-13",
        "filename-date-mismatch",
        "date:",
    ),
    Case("bureau year mismatch", BUREAU, "year: 2023", "year: 2024", "year-mismatch", "year:"),
    # -- facts -------------------------------------------------------------------------------------
    Case(
        "uscc check character",
        ORG,
        "uscc: 52330102MJ1234567J",
        "uscc: 52330102MJ1234567K",
        "uscc-invalid",
        "uscc:",
    ),
    Case(
        "uscc forbidden letter",
        ORG,
        "uscc: 52330102MJ1234567J",
        "uscc: 52330102MO1234567J",
        "uscc-invalid",
        "uscc:",
    ),
    Case(
        "uscc too short",
        ORG,
        "uscc: 52330102MJ1234567J",
        "uscc: 52330102MJ12345",
        "uscc-invalid",
        "uscc:",
    ),
    Case(
        "income parts",
        REPORT,
        "  total: 35000\nexpenditure",
        "  total: 36000\nexpenditure",
        "sum-mismatch",
        "total: 36000",
    ),
    Case(
        "expenditure parts",
        REPORT,
        "  admin: 4000",
        "  admin: 4500",
        "sum-mismatch",
        "  total: 35000\ncorrections",
    ),
    Case("end before start", PROJECT, "end: 2023-12-31", "end: 2022-12-31", "date-order", "end:"),
    Case(
        "end_date before date",
        ACTIVITY,
        "place:",
        "end_date: 2024-05-01\nplace:",
        "date-order",
        "end_date",
    ),
    Case(
        "activity in the future",
        ACTIVITY,
        "date: 2024-05-12",
        "date: 2025-05-12",
        "date-future",
        "date:",
    ),
    Case(
        "correction in the future",
        REPORT,
        "on: 2024-03-01",
        "on: 2026-03-01",
        "date-future",
        "  - on:",
    ),
    # -- consent and paths -------------------------------------------------------------------------
    Case(
        "minor without consent",
        ACTIVITY,
        "    consent: true\n",
        "",
        "minor-consent",
        "contains_minors",
    ),
    Case(  # a warning: the next build takes the photo down, and must not be refused
        "consent withdrawn",
        ACTIVITY,
        "consent: true",
        "consent: false",
        "photo-consent-withdrawn",
        "consent: false",
    ),
    Case(
        "photo path escapes",
        ACTIVITY,
        "- file: 001.jpg",
        "- file: ../../org.yml",
        "path-outside",
        "../../org.yml",
    ),
    Case(
        "absolute photo path",
        ACTIVITY,
        "- file: 001.jpg",
        "- file: /etc/passwd",
        "path-outside",
        "/etc/passwd",
    ),
    Case(
        "photo name with a NUL byte",
        ACTIVITY,
        "- file: 001.jpg",
        '- file: "a\\0.jpg"',
        "path-outside",
        '"a\\0.jpg"',
    ),
    Case(
        "Windows photo path",
        ACTIVITY,
        "- file: 001.jpg",
        "- file: 'C:\\照片\\001.jpg'",
        "path-outside",
        "C:",
    ),
    # -- photos ------------------------------------------------------------------------------------
    Case(
        "photo missing", ACTIVITY, "- file: 002.jpg", "- file: 003.jpg", "photo-missing", "003.jpg"
    ),
    Case(
        "cover not a photo",
        ACTIVITY,
        "cover: 001.jpg",
        "cover: 009.jpg",
        "cover-not-photo",
        "cover:",
    ),
    Case(
        "photo listed twice",
        ACTIVITY,
        "- file: 002.jpg",
        "- file: 001.jpg",
        "duplicate-id",
        "- file: 001.jpg\n    alt: 孩子",
    ),
]


def test_fixture_is_clean(site_copy: Path) -> None:
    report = validate(site_copy)
    assert report.findings == []
    assert report.files_checked == 13


@pytest.mark.parametrize("case", CASES, ids=str)
def test_broken_input(site_copy: Path, case: Case) -> None:
    assert_finds(site_copy, case)


def test_file_level_problems(site_copy: Path) -> None:
    org_dir = site_copy / "orgs"
    (org_dir / "Bad_Org").mkdir()
    (org_dir / "Bad_Org" / "org.yml").write_text(
        (site_copy / HUB_CHILD).read_text(encoding="utf-8"), encoding="utf-8"
    )
    (org_dir / "empty-org" / "projects").mkdir(parents=True)
    (org_dir / "yangguang" / "notes.txt").write_text("x", encoding="utf-8")
    (org_dir / "yangguang" / "projects" / "other.yaml").write_text("title: x", encoding="utf-8")
    (org_dir / "yangguang" / "activities" / "yiyuan.yml").write_text("title: x", encoding="utf-8")
    (org_dir / "yangguang" / "activities" / "2024-05-12-yiyuan" / "extra.jpg").write_bytes(b"x")
    (org_dir / "yangguang" / "reports" / "2023年.yml").write_text("year: 2023", encoding="utf-8")
    found = {(f.path, f.code) for f in validate(site_copy).findings}
    assert ("orgs/Bad_Org", "bad-id") in found
    assert ("orgs/empty-org", "missing-org-file") in found
    assert ("orgs/yangguang/notes.txt", "unexpected-file") in found
    assert ("orgs/yangguang/projects/other.yaml", "unexpected-file") in found
    assert ("orgs/yangguang/activities/yiyuan.yml", "bad-filename") in found
    assert ("orgs/yangguang/activities/2024-05-12-yiyuan/extra.jpg", "unused-photo") in found
    assert ("orgs/yangguang/reports/2023年.yml", "bad-filename") in found


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_symlinked_photo_leaving_the_folder(site_copy: Path) -> None:
    folder = site_copy / "orgs/yangguang/activities/2024-05-12-yiyuan"
    (folder / "002.jpg").unlink()
    (folder / "002.jpg").symlink_to("/etc/passwd")
    report = validate(site_copy)
    assert ("path-outside", ACTIVITY, 14) in {(f.code, f.path, f.line) for f in report.findings}


@pytest.mark.skipif(os.name == "nt", reason="symlinks")
def test_symlinked_record_is_not_read(site_copy: Path) -> None:
    target = site_copy / "orgs/yangguang/projects/zhucan.yml"
    target.unlink()
    target.symlink_to("/etc/passwd")
    found = {(f.path, f.code) for f in validate(site_copy).findings}
    assert ("orgs/yangguang/projects/zhucan.yml", "path-outside") in found


def test_duplicate_credit_code_across_orgs(site_copy: Path) -> None:
    path = site_copy / HUB_CHILD
    text = path.read_text(encoding="utf-8").replace(
        "status: filed",
        "status: registered\nuscc: 52330102MJ1234567J\nregistration_authority: 区民政局\nregistered_on: 2022-01-01",
    )
    path.write_text(text, encoding="utf-8")
    found = [(f.path, f.code, f.line) for f in validate(site_copy).findings]
    assert (ORG, "duplicate-id", 4) in found  # the later organization in id order
