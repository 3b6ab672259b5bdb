"""Broken inputs for the tests of validation and checks: a Case edits one file of the minimal fixture
site (which validates clean) and expects a finding whose line is the line of the edited text that
holds `marker`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tests.conftest import validate

ORG = "orgs/yangguang/org.yml"
HUB_CHILD = "orgs/shiqiao-huzhu/org.yml"
ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
PROJECT = "orgs/yangguang/projects/zhucan.yml"
REPORT = "orgs/yangguang/reports/2023.yml"
BUREAU = "content/annual/2023.yml"
GRADES = "content/registers/grades.yml"
LISTINGS = "content/registers/listings.yml"
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


def edit(root: Path, case: Case) -> str:
    """Apply a case's edit to its file; the edited text."""
    path = root / case.file
    text = path.read_text(encoding="utf-8")
    assert case.old in text, f"fixture text changed: {case.old!r} not in {case.file}"
    edited = text.replace(case.old, case.new, 1)
    path.write_text(edited, encoding="utf-8")
    return edited


def _line_of(text: str, marker: str) -> int:
    index = text.index(marker)
    return text.count("\n", 0, index) + 1


def assert_finds(root: Path, case: Case) -> None:
    """The case's finding, with its code, file and line, and every finding fully explained."""
    edited = edit(root, case)
    report = validate(root)
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
