"""YAML written by hand: syntax errors, anchors, wrong colons and YAML 1.1 traps, each at its line."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.broken_cases import (
    HUB_CHILD,
    ORG,
    PROJECT,
    REPORT,
    Case,
    assert_finds,
)
from tests.conftest import validate

CASES = [
    # -- YAML --------------------------------------------------------------------------------------
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


@pytest.mark.parametrize("case", CASES, ids=str)
def test_broken_input(site_copy: Path, case: Case) -> None:
    assert_finds(site_copy, case)


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
