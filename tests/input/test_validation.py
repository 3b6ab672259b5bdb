"""Validation: record fields that break the models, each finding with its exact code, file and line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.broken_cases import (
    ACTIVITY,
    CONFIG,
    ORG,
    POLICY,
    PROJECT,
    REPORT,
    Case,
    assert_finds,
    edit,
)
from tests.conftest import validate

CASES = [
    # -- fields ------------------------------------------------------------------------------------
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
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_broken_input(site_copy: Path, case: Case) -> None:
    assert_finds(site_copy, case)


def test_typo_is_one_finding_not_two(site_copy: Path) -> None:
    edit(site_copy, CASES[0])
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
