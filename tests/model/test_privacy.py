"""Privacy: ID-card numbers, personal mobiles and e-mail addresses in free text, each at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.broken_cases import (
    ACTIVITY,
    ORG,
    VALID_ID_CARD,
    Case,
    assert_finds,
    edit,
)
from tests.conftest import validate

CASES = [
    # -- privacy -----------------------------------------------------------------------------------
    Case(
        "mobile in purpose",
        ORG,
        "陪伴服务。",
        "陪伴服务，电话 138-1234-5678。",
        "personal-phone",
        "purpose:",
    ),
    Case(
        "ID number in story", ORG, "每周三，", f"每周三，{VALID_ID_CARD}，", "personal-id", "每周三"
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
]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_broken_input(site_copy: Path, case: Case) -> None:
    assert_finds(site_copy, case)


def test_contact_mobile_is_a_warning_not_a_privacy_error(site_copy: Path) -> None:
    edit(site_copy, Case("", ORG, "phone: 0599-8612 3456", "phone: 13812345678", "", ""))
    report = validate(site_copy)
    assert [(f.code, f.severity, f.line) for f in report.findings] == [
        ("contact-mobile", "warning", 17)
    ]
