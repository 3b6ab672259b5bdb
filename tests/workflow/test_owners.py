"""Who owns what: the CODEOWNERS file made from the maintainers, and `gongshi owners`."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.cli import main
from generator.workflow.owners import codeowners_of
from tests.conftest import REPO, SITES
from tests.workflow.test_changes import PROFILE, edit


def test_codeowners_of_the_minimal_site() -> None:
    text = codeowners_of(SITES / "minimal")
    rules = [line for line in text.splitlines() if line and not line.startswith("#")]
    assert rules == [
        "* @bureau-admin",
        "/content/ @bureau-admin",
        "/theme/ @bureau-admin",
        "/generator/ @bureau-admin",
        "/.github/ @bureau-admin",
        "/site_config.yml @bureau-admin",
        "/orgs/shiqiao-huzhu/ @shiqiao-team @bureau-admin",
        "/orgs/yangguang/ @yangguang-team @bureau-admin",
    ]


def test_codeowners_order_is_deterministic(site_copy: Path) -> None:
    edit(
        site_copy,
        PROFILE,
        "maintainers: [yangguang-team]",
        "maintainers: [Zhang-San, li-si, bureau-admin, LI-SI]",
    )
    line = next(x for x in codeowners_of(site_copy).splitlines() if x.startswith("/orgs/yangg"))
    assert line == "/orgs/yangguang/ @bureau-admin @li-si @Zhang-San"


def test_example_codeowners_is_up_to_date() -> None:
    committed = (REPO / ".github/CODEOWNERS").read_text(encoding="utf-8")
    assert committed == codeowners_of(REPO), "运行 gongshi owners -o .github/CODEOWNERS"


def test_owners_command_prints_writes_and_checks(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(site_copy), "owners"]) == 0
    printed = capsys.readouterr().out
    assert "/orgs/yangguang/ @yangguang-team @bureau-admin" in printed
    target = ["-C", str(site_copy), "owners", "-o", ".github/CODEOWNERS"]
    assert main([*target, "--check"]) == 1
    assert main(target) == 0
    assert (site_copy / ".github/CODEOWNERS").read_text(encoding="utf-8") == printed
    assert main([*target, "--check"]) == 0
    edit(site_copy, PROFILE, "[yangguang-team]", "[yangguang-team, li-lei]")
    assert main([*target, "--check"]) == 1
    assert main(["-C", str(site_copy), "owners", "--check"]) == 2
