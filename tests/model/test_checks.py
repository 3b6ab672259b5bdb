"""Broken inputs, one or more per check: each asserts the exact code, file and line.

Every case edits one file of the minimal fixture site (which validates clean) and expects a finding
whose line is the line of the edited text that holds `marker`.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import validate

ORG = "orgs/yangguang/org.yml"
HUB_CHILD = "orgs/shiqiao-huzhu/org.yml"
ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
PROJECT = "orgs/yangguang/projects/zhucan.yml"
REPORT = "orgs/yangguang/reports/2023.yml"
BUREAU = "content/annual/2023.yml"
POLICY = "content/policies/guideline.md"
AREAS = "content/areas.yml"
CONFIG = "site_config.yml"
VALID_ID_CARD = "11010519491231002X"  # the standard's published example, valid check digit


@dataclass
class Case:
    name: str
    file: str
    old: str
    new: str
    code: str
    marker: str  # the expected line is the first line of the edited file containing this
    path: str | None = None  # the finding's file when it is not `file`

    def __str__(self) -> str:
        return self.name


CASES = [
    # -- fields --------------------------------------------------------------------------------
    Case(
        "unknown field, did you mean",
        ORG,
        "founded: 2019-03",
        "found_date: 2019-03",
        "unknown-field",
        "found_date",
    ),
    Case(
        "unknown Chinese key", ORG, "purpose:", "宗旨和业务范围:", "unknown-field", "宗旨和业务范围"
    ),
    Case(
        "status in Chinese", ORG, "status: registered", "status: 登记", "invalid-value", "status:"
    ),
    Case(
        "category not in list",
        ORG,
        "category: 生活服务类",
        "category: 生活服务",
        "invalid-value",
        "category:",
    ),
    Case(
        "fields as a string",
        ORG,
        "fields: [养老服务, 邻里互助]",
        "fields: 养老服务、邻里互助",
        "wrong-type",
        "fields:",
    ),
    Case(
        "story as a mapping",
        ORG,
        "  slogan: 有我在，您放心",
        "  slogan:\n    text: 有我在",
        "wrong-type",
        "slogan:",
    ),
    Case(
        "purpose too long",
        ORG,
        "purpose: 为社区",
        "purpose: " + "很" * 301 + "为社区",
        "too-long",
        "purpose:",
    ),
    Case(
        "slogan too long",
        ORG,
        "slogan: 有我在，您放心",
        "slogan: " + "好" * 31,
        "too-long",
        "slogan:",
    ),
    Case(
        "invalid date",
        ORG,
        "registered_on: 2020-06-18",
        "registered_on: 2020-02-30",
        "invalid-date",
        "registered_on",
    ),
    Case(
        "not a date",
        ORG,
        "registered_on: 2020-06-18",
        "registered_on: 去年六月",
        "invalid-date",
        "registered_on",
    ),
    Case(
        "future date",
        ORG,
        "registered_on: 2020-06-18",
        "registered_on: 2031-01-01",
        "date-future",
        "registered_on",
    ),
    Case(
        "bureau-owned grade",
        ORG,
        "maintainers:",
        "grade: 5A\nmaintainers:",
        "bureau-owned-field",
        "grade:",
    ),
    Case(
        "login with spaces",
        ORG,
        "maintainers: [yangguang-team]",
        "maintainers: [王 五]",
        "invalid-format",
        "maintainers",
    ),
    Case(
        "bad url scheme",
        ORG,
        "https://liuan.example.org/",
        "javascript:alert(1)",
        "bad-url",
        "url:",
    ),
    Case("bad colour", ORG, 'color: "#1B5E20"', "color: green", "bad-color", "color:"),
    Case(
        "low contrast colour", ORG, 'color: "#1B5E20"', 'color: "#FFEB3B"', "low-contrast", "color:"
    ),
    Case(
        "negative count",
        ACTIVITY,
        "participants: 80",
        "participants: -5",
        "negative-number",
        "participants",
    ),
    Case(
        "count in words",
        ACTIVITY,
        "participants: 80",
        "participants: 八十人",
        "invalid-number",
        "participants",
    ),
    Case(
        "decimal count",
        ACTIVITY,
        "participants: 80",
        "participants: 80.5",
        "invalid-number",
        "participants",
    ),
    Case(
        "negative money", REPORT, "donation: 5000", "donation: -5000", "negative-number", "donation"
    ),
    Case("plan in Chinese", PROJECT, "plan: role", "plan: 能力提升", "invalid-value", "plan:"),
    Case(
        "funding type unknown",
        PROJECT,
        "type: government_purchase",
        "type: grant",
        "invalid-value",
        "type:",
    ),
    Case("boolean as words", ACTIVITY, "consent: true", "consent: maybe", "wrong-type", "consent:"),
    Case(
        "missing alt text",
        ACTIVITY,
        "    alt: 医生为老人测量血压\n",
        "",
        "missing-field",
        "- file: 001.jpg",
    ),
    Case(
        "settings unknown key",
        CONFIG,
        "      today:",
        "      cty: 测试市\n      today:",
        "unknown-field",
        "cty:",
    ),
    Case("policy missing issuer", POLICY, "issuer: 民政部\n", "", "missing-field", "title:"),
    Case("policy without front matter", POLICY, "---\ntitle", "title", "missing-field", "title"),
    # -- status-dependent requirements ---------------------------------------------------------
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
    # -- ids and references --------------------------------------------------------------------
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
        "parent: yangguang",
        "parent: yangguan",
        "unknown-org",
        "parent:",
    ),
    Case(
        "hub is itself",
        ORG,
        "maintainers:",
        "parent: yangguang\nmaintainers:",
        "self-reference",
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
        BUREAU,
        "  yangguang: {grade: 4A",
        "  yanguang: {grade: 4A",
        "unknown-org",
        "yanguang",
    ),
    Case("grade out of range", BUREAU, "grade: 4A", "grade: 6A", "invalid-value", "grade: 6A"),
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
        BUREAU,
        "{org: shiqiao-huzhu",
        "{org: shiqiao",
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
    # -- facts ---------------------------------------------------------------------------------
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
    # -- privacy -------------------------------------------------------------------------------
    Case(
        "mobile in purpose",
        ORG,
        "陪伴服务。",
        "陪伴服务，电话 138-1234-5678。",
        "personal-phone",
        "purpose:",
    ),
    Case(
        "ID number in story", ORG, "每周三，", f"每周三，{VALID_ID_CARD}，", "personal-id", "story:"
    ),
    Case(
        "e-mail in slogan",
        ORG,
        "slogan: 有我在，您放心",
        "slogan: 找我 a.b@qq.com",
        "personal-email",
        "slogan:",
    ),
    Case(
        "mobile in photo caption",
        ACTIVITY,
        "    alt: 医生为老人测量血压",
        "    alt: 医生为老人测量血压\n    caption: 联系 13912345678",
        "personal-phone",
        "caption",
    ),
    Case(
        "minor without consent",
        ACTIVITY,
        "consent: true",
        "consent: false",
        "minor-consent",
        "contains_minors",
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
        "Windows photo path",
        ACTIVITY,
        "- file: 001.jpg",
        "- file: 'C:\\照片\\001.jpg'",
        "path-outside",
        "C:",
    ),
    # -- photos --------------------------------------------------------------------------------
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
    # -- YAML ----------------------------------------------------------------------------------
    Case(
        "tab indentation", ORG, "  district: 青山区", "\tdistrict: 青山区", "yaml-tab", "district"
    ),
    Case(
        "duplicate key",
        ORG,
        "short_name: 阳光助老",
        "short_name: 阳光助老\nshort_name: 阳光",
        "yaml-duplicate-key",
        "short_name: 阳光\n",
    ),
    Case(
        "anchor and alias",
        ORG,
        "fields: [养老服务, 邻里互助]",
        "fields: &f [养老服务]\nservice_targets_copy: *f",
        "yaml-alias",
        "&f",
    ),
    Case("unclosed quote", ORG, 'color: "#1B5E20"', 'color: "#1B5E20', "yaml-syntax", None),
    Case("full-width colon", ORG, "purpose: 为社区", "purpose：为社区", "yaml-syntax", "purpose："),
    Case(
        "no space after colon",
        ORG,
        "purpose: 为社区",
        "purpose:为社区",
        "yaml-syntax",
        "purpose:为社区",
    ),
    Case("bad indentation", ORG, "  street: 湖滨街道", "   street: 湖滨街道", "yaml-syntax", None),
    Case(
        "colon inside text",
        PROJECT,
        "summary: 每周一至周五",
        "summary: 时间: 每周一至周五",
        "yaml-syntax",
        "summary:",
    ),
    Case(
        "list at top level",
        PROJECT,
        "title: 银龄午餐助餐服务\n",
        "- 银龄午餐助餐服务\n",
        "yaml-syntax",
        None,
    ),
]


def _edit(root: Path, case: Case) -> str:
    path = root / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, f"fixture text changed: {case.old!r} not in {case.file}"
    edited = text.replace(case.old, case.new, 1)
    path.write_text(edited, encoding="utf-8")
    return edited


def _line_of(text: str, marker: str) -> int:
    index = text.index(marker)
    return text.count("\n", 0, index) + 1


def test_fixture_is_clean(site_copy: Path) -> None:
    report = validate(site_copy)
    assert report.findings == []
    assert report.files_checked == 10


@pytest.mark.parametrize("case", CASES, ids=str)
def test_broken_input(site_copy: Path, case: Case) -> None:
    edited = _edit(site_copy, case)
    report = validate(site_copy)
    expected_path = case.path or case.file
    matching = [f for f in report.findings if f.code == case.code and f.path == expected_path]
    assert matching, (
        f"no {case.code} in {expected_path}; got {[(f.path, f.line, f.code) for f in report.findings]}"
    )
    if case.marker is not None:
        line = _line_of(edited, case.marker)
        if case.file == POLICY:
            line = line  # front matter lines are counted from the top of the .md file
        assert line in [f.line for f in matching], [f.as_text() for f in matching]
    for finding in report.findings:
        assert finding.line >= 1 and finding.column >= 1
        assert finding.message_zh and finding.message_en and finding.hint_zh


def test_typo_is_one_finding_not_two(site_copy: Path) -> None:
    _edit(site_copy, CASES[0])
    report = validate(site_copy)
    assert [f.code for f in report.findings] == ["unknown-field"]
    assert "founded" in report.findings[0].message_zh


def test_missing_fields_are_grouped(site_copy: Path) -> None:
    path = site_copy / ORG
    text = path.read_text(encoding="utf-8")
    text = text.replace("name: 柳岸社区阳光助老服务中心\n", "").replace(
        "purpose: 为社区独居和高龄老人提供探访、助餐和陪伴服务。\n", ""
    )
    path.write_text(text, encoding="utf-8")
    report = validate(site_copy)
    missing = [f for f in report.findings if f.code == "missing-field"]
    assert len(missing) == 1
    assert "name" in missing[0].message_zh and "purpose" in missing[0].message_zh
    assert (missing[0].line, missing[0].column) == (1, 1)


def test_one_broken_field_does_not_hide_others(site_copy: Path) -> None:
    path = site_copy / ORG
    text = path.read_text(encoding="utf-8")
    text = text.replace("fields: [养老服务, 邻里互助]", "fields: 养老").replace(
        '"#1B5E20"', '"#FFFF00"'
    )
    path.write_text(text, encoding="utf-8")
    codes = {f.code for f in validate(site_copy).findings}
    assert {"wrong-type", "low-contrast"} <= codes


def test_contact_mobile_is_a_warning_not_a_privacy_error(site_copy: Path) -> None:
    _edit(site_copy, Case("", ORG, "phone: 0599-8612 3456", "phone: 13812345678", "", ""))
    report = validate(site_copy)
    assert [(f.code, f.severity, f.line) for f in report.findings] == [
        ("contact-mobile", "warning", 17)
    ]


def test_accepted_date_forms(site_copy: Path) -> None:
    path = site_copy / ORG
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("registered_on: 2020-06-18", "registered_on: 2020年6月18日"), encoding="utf-8"
    )
    activity = site_copy / ACTIVITY
    text = activity.read_text(encoding="utf-8").replace(
        "date: 2024-05-12", "date: ２０２４/５/１２"
    )
    activity.write_text(text, encoding="utf-8")
    assert validate(site_copy).findings == []


def test_yaml_11_traps_stay_text(site_copy: Path) -> None:
    from generator.findings import Report
    from generator.model.load import load_site

    path = site_copy / HUB_CHILD
    text = path.read_text(encoding="utf-8")
    text = text.replace("filing_no: SQ-2022-003", "filing_no: 010").replace(
        "name: 石桥村互助养老队", "name: 'no'\nshort_name: on"
    )
    path.write_text(text, encoding="utf-8")
    report = Report()
    site = load_site(site_copy, report)
    org = site.orgs["shiqiao-huzhu"].org
    assert report.findings == []
    assert (org.filing_no, org.name, org.short_name) == ("010", "no", "on")


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


def test_top_level_must_be_a_mapping(site_copy: Path) -> None:
    (site_copy / REPORT).write_text("- 2023\n- 活动 24 次\n", encoding="utf-8")
    found = [(f.code, f.line) for f in validate(site_copy).findings]
    assert found == [("yaml-not-mapping", 1)]


def test_full_width_colon_is_one_finding(site_copy: Path) -> None:
    (site_copy / REPORT).write_text("year：2023\n", encoding="utf-8")
    findings = validate(site_copy).findings
    assert [(f.code, f.line) for f in findings] == [("yaml-syntax", 1)]
    assert "中文冒号" in findings[0].message_zh


def test_full_width_colon_in_unknown_key_still_explained(site_copy: Path) -> None:
    (site_copy / REPORT).write_text("年份：2023\n", encoding="utf-8")
    findings = validate(site_copy).findings
    assert [(f.code, f.line) for f in findings] == [("yaml-not-mapping", 1)]
    assert "中文冒号" in findings[0].hint_zh
