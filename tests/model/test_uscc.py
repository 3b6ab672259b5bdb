"""Credit codes as staff copy them: spaces, lowercase and full-width forms give one finding that says
how the code was read; the region code inside it is checked against the registering authority's
district (or the city's) from content/areas.yml."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.input.codes import uscc_reading, uscc_region, uscc_with_check
from tests.broken_cases import ORG
from tests.conftest import validate

CODE = "52330102MJ1234567J"


def _with(site: Path, old: str, new: str, rel: str = ORG) -> None:
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _codes(site: Path) -> list[tuple[str, str, int]]:
    return [(f.code, f.severity, f.line) for f in validate(site).findings]


def _with_codes(site: Path, city: str = "330100", qingshan: str = "330102") -> None:
    _with(site, "city: 测试市\n", f'city: 测试市\ncode: "{city}"\n', "content/areas.yml")
    _with(
        site,
        "    id: qingshan\n",
        f'    id: qingshan\n    code: "{qingshan}"\n',
        "content/areas.yml",
    )


def test_reading_removes_spaces_and_capitalises() -> None:
    assert uscc_reading(" 5233 0102 mj12 3456 7j ") == CODE
    assert uscc_reading("５２３３０１０２ＭＪ１２３４５６７Ｊ") == CODE
    assert uscc_region(CODE) == "330102"


@pytest.mark.parametrize(
    "written",
    [
        "52330102 MJ1234567J",
        "52330102mj1234567j",
        "5233 0102 MJ12 3456 7J",
        "５２３３０１０２ＭＪ１２３４５６７Ｊ",
    ],
)
def test_a_code_copied_in_another_form_is_one_clear_finding(site_copy: Path, written: str) -> None:
    _with(site_copy, f"uscc: {CODE}", f'uscc: "{written}"')
    report = validate(site_copy)
    assert [(f.code, f.line) for f in report.findings] == [("uscc-form", 4)]
    text = report.findings[0].as_text()
    assert f"读作“{CODE}”" in text and f"写成 {CODE}" in text


def test_nineteen_characters_is_the_credit_code_message_not_a_missing_field(
    site_copy: Path,
) -> None:
    _with(site_copy, f"uscc: {CODE}", f"uscc: {CODE}1")
    report = validate(site_copy)
    assert [f.code for f in report.findings] == ["uscc-invalid"]
    assert "应为 18 位，现在是 19 位" in report.findings[0].as_text()


def test_a_wrong_code_with_spaces_says_how_it_was_read(site_copy: Path) -> None:
    _with(site_copy, f"uscc: {CODE}", 'uscc: "52330102 MJ1234567K"')
    report = validate(site_copy)
    assert [f.code for f in report.findings] == ["uscc-invalid"]
    assert "读作“52330102MJ1234567K”" in report.findings[0].as_text()


def test_region_codes_are_not_checked_until_areas_give_them(site_copy: Path) -> None:
    other = uscc_with_check("52990103MJ1234567")
    _with(site_copy, f"uscc: {CODE}", f"uscc: {other}")
    assert _codes(site_copy) == []


def test_another_districts_region_code_is_a_warning(site_copy: Path) -> None:
    _with_codes(site_copy)
    assert _codes(site_copy) == []
    other = uscc_with_check("52330103MJ1234567")
    _with(site_copy, f"uscc: {CODE}", f"uscc: {other}")
    report = validate(site_copy)
    assert [(f.code, f.severity, f.line) for f in report.findings] == [
        ("uscc-region", "warning", 4)
    ]
    text = report.findings[0].as_text()
    assert "330103" in text and "330102（青山区）" in text


def test_a_city_bureau_registration_carries_the_citys_code(site_copy: Path) -> None:
    _with_codes(site_copy)
    city_code = uscc_with_check("52330100MJ1234567")
    _with(site_copy, f"uscc: {CODE}", f"uscc: {city_code}")
    _with(
        site_copy,
        "registration_authority: 测试市青山区民政局",
        "registration_authority: 测试市民政局",
    )
    assert _codes(site_copy) == []
    # the district's own code under a city-level authority is the warning
    _with(site_copy, f"uscc: {city_code}", f"uscc: {CODE}")
    assert [code for code, _, _ in _codes(site_copy)] == ["uscc-region"]


def test_the_example_citys_codes_match_their_districts() -> None:
    root = Path(__file__).resolve().parents[2]
    report = validate(root)
    assert not [f for f in report.findings if f.code.startswith("uscc")]
