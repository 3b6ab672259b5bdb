"""Training counted from its evidence (issue 21, item 2): training activities carry participants and
person-times; the report's delivered figure stays the source of the bureau's total and is compared
with them — a warning when they disagree widely, or when activities exist and the figure is missing."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.model.training import training_evidence
from tests.conftest import REPO, validate

REPORT = "orgs/yangguang/reports/2023.yml"
TRAINING = """title: 助老志愿者培训
date: 2023-{month}-10
place: 柳岸社区党群服务中心
type: 培训
participants: {participants}
{extra}"""


def _training(site: Path, month: str, participants: int, extra: str = "") -> None:
    path = site / f"orgs/yangguang/activities/2023-{month}-10-peixun{month}.yml"
    path.write_text(
        TRAINING.format(month=month, participants=participants, extra=extra), encoding="utf-8"
    )


def _set_training(site: Path, block: str) -> None:
    path = site / REPORT
    lines = [
        line
        for line in path.read_text(encoding="utf-8").splitlines()
        if not line.startswith(("training", "  delivered", "  attended", "trained_person_times"))
    ]
    path.write_text("\n".join(lines) + "\n" + block, encoding="utf-8")


def _codes(site: Path) -> list[tuple[str, str]]:
    return [(f.code, f.path) for f in validate(site).findings]


def test_evidence_counts_person_times_else_participants(site_copy: Path) -> None:
    _training(site_copy, "03", 20, "person_times: 80\n")
    _training(site_copy, "04", 15)
    site = load_site(site_copy, Report())
    evidence = training_evidence(site.orgs["yangguang"], 2023)
    assert (evidence.activities, evidence.person_times) == (2, 95)


def test_activities_without_a_report_figure_are_a_warning(site_copy: Path) -> None:
    _training(site_copy, "03", 20)
    _set_training(site_copy, "")
    assert ("training-missing", REPORT) in _codes(site_copy)


def test_a_figure_far_from_its_activities_is_a_warning_and_a_close_one_is_not(
    site_copy: Path,
) -> None:
    _training(site_copy, "03", 20, "person_times: 80\n")
    _set_training(site_copy, "training:\n  delivered: 100\n")
    assert not [c for c, _ in _codes(site_copy) if c.startswith("training-")]
    _set_training(site_copy, "training:\n  delivered: 900\n")
    found = validate(site_copy).findings
    (finding,) = [f for f in found if f.code == "training-disagrees"]
    assert finding.path == REPORT and finding.severity == "warning"
    assert "900" in finding.as_text() and "80 人次" in finding.as_text()
    _set_training(site_copy, "training:\n  delivered: 10\n")
    assert ("training-disagrees", REPORT) in _codes(site_copy)


def test_an_explanation_answers_the_warning(site_copy: Path) -> None:
    _training(site_copy, "03", 20)
    _set_training(
        site_copy,
        "training:\n  delivered: 900\nexplanations:\n"
        "- {field: training.delivered, note: 每月一期，只公开了一期}\n",
    )
    assert not [c for c, _ in _codes(site_copy) if c.startswith("training-")]


def test_the_example_series_matches_its_activities() -> None:
    site = load_site(REPO, Report())
    evidence = training_evidence(site.orgs["qingshan-lianhehui"], 2023)
    report = site.orgs["qingshan-lianhehui"].reports[2023].record
    assert evidence.person_times == report.training.delivered == 1260
