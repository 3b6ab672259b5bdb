"""Controlled lists as staff meet them: the targets rural work names (留守儿童, 留守老人), a
did-you-mean that never steers a specific value to a general one, allowed values in the
scaffold comments and in CONTRIBUTING's generated tables."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.input.config import ChoiceItem, Settings
from generator.workflow import guide
from tests.broken_cases import ORG
from tests.conftest import REPO, validate

TARGETS = "service_targets: [老年人, 全体居民]"


def _targets(site: Path, value: str) -> list:
    path = site / ORG
    path.write_text(
        path.read_text(encoding="utf-8").replace(TARGETS, f"service_targets: [{value}]"),
        encoding="utf-8",
    )
    return validate(site).findings


@pytest.mark.parametrize(
    "value", ["留守儿童", "留守老人", "社区社会组织及骨干", "left-behind-children"]
)
def test_targets_of_rural_work_and_of_hubs_are_allowed(site_copy: Path, value: str) -> None:
    assert _targets(site_copy, value) == []


@pytest.mark.parametrize(
    ("value", "never"),
    [
        ("留守妇女", "妇女"),
        ("农村留守儿童", "儿童"),
        ("社区老年人", "老年人"),
        ("残疾儿童", "儿童"),
    ],
)
def test_did_you_mean_never_steers_specific_to_general(
    site_copy: Path, value: str, never: str
) -> None:
    (finding,) = _targets(site_copy, value)
    assert finding.code == "invalid-value"
    assert f"是否应为“{never}”" not in finding.as_text()
    assert "留守儿童" in finding.as_text()  # the allowed values are all listed


def test_a_typo_still_gets_its_suggestion(site_copy: Path) -> None:
    (finding,) = _targets(site_copy, "留守儿重")
    assert "是否应为“留守儿童”" in finding.as_text()


def test_scaffold_comments_list_the_sites_allowed_values(site_copy: Path) -> None:
    config = site_copy / "site_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "  - gongshi:\n",
            "  - gongshi:\n      themes:\n        - {id: river-day, name: 护河日}\n",
        ),
        encoding="utf-8",
    )
    assert main(["-C", str(site_copy), "new", "activity", "yangguang", "2024-06-01", "huhe"]) == 0
    text = (site_copy / "orgs/yangguang/activities/2024-06-01-huhe.yml").read_text(encoding="utf-8")
    lines = text.splitlines()
    theme = next(i for i, line in enumerate(lines) if line.startswith("# theme:"))
    assert lines[theme - 1] == "#   可以填写：护河日"
    assert "应急演练、会议" in text and "培训" in text
    assert main(["-C", str(site_copy), "new", "org", "huhe-dui"]) == 0
    org = (site_copy / "orgs/huhe-dui/org.yml").read_text(encoding="utf-8")
    assert "留守儿童、留守老人" in org


def test_contributing_lists_every_allowed_value() -> None:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    table = text[text.index(guide.CHOICES_START) : text.index(guide.CHOICES_END)]
    for list_name in ("categories", "fields", "service_targets", "activity_types", "themes"):
        for item in getattr(Settings(), list_name):
            assert f"| {item.name} | `{item.id}` |" in table
    assert "| `lottery_fund` | 彩票公益金 |" in table


def test_a_citys_own_list_is_what_the_table_shows() -> None:
    table = guide.choices_table(Settings(themes=[ChoiceItem(id="river-day", name="护河日")]))
    assert "| 护河日 | `river-day` |" in table and "重阳敬老" not in table
