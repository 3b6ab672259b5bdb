"""Personal data in the forms people write it (issue 18): ID numbers in groups or full-width digits,
mobiles with separators, brackets or +86, a full-width ＠, and home addresses in free text — each a
finding at the line and column where it is written; venues, document numbers, codes, amounts, dates
and the organization's own phone are not."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.broken_cases import ACTIVITY, ORG, Case, edit
from tests.conftest import validate

ID = "330106198503124010"  # valid check digit
FULL_WIDTH_ID = "".join(chr(ord(c) + 0xFEE0) for c in ID)

# (name, file, old, new, code, the fragment where the finding must point)
FORMS = [
    (
        "ID in groups of digits",
        ORG,
        "每周三，",
        "每周三，身份证 330106 19850312 4010，",
        "personal-id",
    ),
    ("ID with hyphens", ORG, "陪伴服务。", "陪伴服务。330106-19850312-4010", "personal-id"),
    ("ID with dots", ACTIVITY, "量血压。", "量血压。证号330106.19850312.4010", "personal-id"),
    (
        "ID in full-width digits",
        ACTIVITY,
        "    alt: 医生为老人测量血压",
        f"    alt: 医生为老人测量血压\n    caption: 号码{FULL_WIDTH_ID}",
        "personal-id",
    ),
    (
        "mobile in full-width digits",
        ORG,
        "陪伴服务。",
        "陪伴服务，电话１３９１２３４５６７８。",
        "personal-phone",
    ),
    ("mobile with dots", ORG, "每周三，", "每周三，联系 139.1234.5678，", "personal-phone"),
    ("mobile in brackets", ACTIVITY, "量血压。", "量血压。报名（139）12345678", "personal-phone"),
    ("mobile with +86", ORG, "有我在，您放心", "有我在 +86 139 1234 5678", "personal-phone"),
    (
        "mobile alone in a caption",
        ACTIVITY,
        "    alt: 医生为老人测量血压",
        "    alt: 医生为老人测量血压\n    caption: 139 1234 5678",
        "personal-phone",
    ),
    (
        "e-mail with a full-width at",
        ORG,
        "有我在，您放心",
        "找我 wang.xy＠qq.com",
        "personal-email",
    ),
    (
        "home address in the story",
        ORG,
        "每周三，",
        "每周三，王阿姨住湖滨路12号3幢2单元501室，",
        "personal-address",
    ),
    (
        "home address in alt text",
        ACTIVITY,
        "医生为老人测量血压",
        "志愿者来到柳岸村5组23号老人家中",
        "personal-address",
    ),
    (
        "home address in Chinese numerals",
        ACTIVITY,
        "量血压。",
        "量血压。地址：湖滨路十二号三幢二单元五〇一室",
        "personal-address",
    ),
]
FRAGMENTS = {
    "ID in groups of digits": "330106 19850312 4010",
    "ID with hyphens": "330106-19850312-4010",
    "ID with dots": "330106.19850312.4010",
    "ID in full-width digits": FULL_WIDTH_ID,
    "mobile in full-width digits": "１３９１２３４５６７８",
    "mobile with dots": "139.1234.5678",
    "mobile in brackets": "（139）12345678",
    "mobile with +86": "+86 139 1234 5678",
    "mobile alone in a caption": "139 1234 5678",
    "e-mail with a full-width at": "wang.xy＠qq.com",
    "home address in the story": "滨路12号3幢2单元501室",
    "home address in alt text": "岸村5组23号",
    "home address in Chinese numerals": "滨路十二号三幢二单元五〇一室",
}


@pytest.mark.parametrize("form", FORMS, ids=lambda form: form[0])
def test_everyday_form_is_found_where_written(site_copy: Path, form: tuple) -> None:
    name, file, old, new, code = form
    edited = edit(site_copy, Case(name, file, old, new, code, ""))
    fragment = FRAGMENTS[name]
    index = edited.index(fragment)
    line = edited.count("\n", 0, index) + 1
    column = index - (edited.rfind("\n", 0, index) + 1) + 1
    report = validate(site_copy)
    assert [(f.code, f.path, f.line, f.column) for f in report.findings] == [
        (code, file, line, column)
    ]
    assert report.findings[0].message_zh and report.findings[0].hint_en


NOT_PERSONAL = [
    (
        "venue address",
        ORG,
        "contact:\n",
        "venue:\n  name: 柳岸社区党群服务中心\n  address: 湖滨路88号2幢101室\ncontact:\n",
    ),
    (
        "activity place with a room",
        ACTIVITY,
        "place: 柳岸社区党群服务中心",
        "place: 湖滨路88号3幢2单元101室",
    ),
    (
        "venue named in the description",
        ACTIVITY,
        "量血压。",
        "量血压。地点：湖滨路88号柳岸社区党群服务中心二楼",
    ),
    ("floor of a building", ORG, "每周三，", "每周三，在湖滨路12号3楼活动室，"),
    (
        "policy document number",
        ORG,
        "陪伴服务。",
        "陪伴服务。依据民发〔2017〕191号和青民发〔2023〕5号文件第3条。",
    ),
    ("USCC in text", ORG, "每周三，", "每周三，（统一社会信用代码 52330102MJ1234567J）"),
    ("amounts of money", ORG, "每周三，", "每周三，资助 13,912,345.00 元，经费 1391234 元，"),
    ("dates", ACTIVITY, "量血压。", "量血压。时间 2024-05-12、2024.05.12、2024年5月12日"),
    ("office phone in contact", ORG, "phone: 0599-8612 3456", "phone: （0599）8612-3456"),
    ("hotline in contact", ORG, "phone: 0599-8612 3456", "phone: 400-139-1234"),
]


@pytest.mark.parametrize("case", NOT_PERSONAL, ids=lambda case: case[0])
def test_not_personal_data(site_copy: Path, case: tuple) -> None:
    name, file, old, new = case
    edit(site_copy, Case(name, file, old, new, "", ""))
    report = validate(site_copy)
    assert [(f.code, f.line) for f in report.findings] == []


def test_contact_mobile_with_plus86_is_the_milder_warning(site_copy: Path) -> None:
    edit(site_copy, Case("", ORG, "phone: 0599-8612 3456", "phone: +86 139-1234-5678", "", ""))
    report = validate(site_copy)
    assert [(f.code, f.severity, f.line) for f in report.findings] == [
        ("contact-mobile", "warning", 17)
    ]
