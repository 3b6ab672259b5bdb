"""Plausible figures: a report's numbers against the organization's size and history and its
published activities; warnings past the usual range, errors past the settings' limits unless
explained, and every explanation shown to the bureau's reviewers by check-changes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.model.published import report_figures
from generator.views.annual import annual_view
from generator.workflow.changes import Change
from generator.workflow.explained import review_notes
from tests.conftest import SITES

REPORT = "orgs/a-registered/reports/2023.yml"


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(SITES / "annual", root)
    return root


def write_report(root: Path, body: str, rel: str = REPORT) -> None:
    (root / rel).write_text("year: 2023\n" + body, encoding="utf-8")


def found(root: Path) -> list[tuple[str, int, str]]:
    report = Report()
    load_site(root, report)
    return [(f.code, f.line, f.severity) for f in report.findings if f.path == REPORT]


def test_the_fixture_is_plausible(repo: Path) -> None:
    """Plausible but for the trainings its organizations report delivering without publishing
    a 培训 activity (the counted-once tests keep its one activity, the market); its annual
    files keep the bureau's lists in the old shape on purpose (the registers' tests)."""
    report = Report()
    load_site(repo, report)
    assert report.errors == []
    assert {f.path for f in report.findings if f.code == "annual-list-deprecated"} == {
        "content/annual/2022.yml",
        "content/annual/2023.yml",
    }
    assert [
        (f.path, f.line, f.code, f.severity)
        for f in report.findings
        if f.code != "annual-list-deprecated"
    ] == [
        ("orgs/a-registered/reports/2022.yml", 6, "training-without-activity", "warning"),
        (REPORT, 6, "training-without-activity", "warning"),
        ("orgs/c-pending/reports/2023.yml", 3, "training-without-activity", "warning"),
    ]


def test_person_times_per_member_and_volunteer(repo: Path) -> None:
    write_report(repo, "members: 5\nvolunteers: 5\nbeneficiaries: 3000\n")
    assert found(repo) == [("implausible-per-person", 4, "warning")]  # 300 each
    write_report(repo, "members: 5\nvolunteers: 5\nbeneficiaries: 30000\n")
    assert found(repo) == [("implausible-limit", 4, "error")]  # 3,000 each
    write_report(
        repo,
        "members: 5\nvolunteers: 5\nbeneficiaries: 30000\n"
        "explanations:\n  - {field: beneficiaries, note: 承接全区疫苗接种引导}\n",
    )
    assert found(repo) == []


def test_a_tenfold_jump_from_the_year_before(repo: Path) -> None:
    write_report(repo, "beneficiaries: 12000\n")  # 1,000 in 2022
    assert found(repo) == [("implausible-jump", 2, "warning")]
    write_report(repo, "beneficiaries: 120000\n")
    assert found(repo) == [("implausible-limit", 2, "error")]


def test_small_figures_may_jump(repo: Path) -> None:
    write_report(repo, "activities_count: 99\n")  # 10 in 2022, but under the floor
    assert found(repo) == []


def test_expenditure_far_beyond_income(repo: Path) -> None:
    money = "income: {{self_raised: {i}, total: {i}}}\nexpenditure: {{program: {e}, total: {e}}}\n"
    write_report(repo, money.format(i=1000, e=3000))
    assert found(repo) == [("implausible-expenditure", 3, "warning")]
    write_report(repo, money.format(i=1000, e=30000))
    assert found(repo) == [("implausible-limit", 3, "error")]


def test_training_delivered_without_a_training_activity(repo: Path) -> None:
    write_report(repo, "training: {delivered: 40}\n")
    assert found(repo) == [("training-without-activity", 2, "warning")]
    activity = repo / "orgs/a-registered/activities/2023-05-06-peixun.yml"
    activity.parent.mkdir(exist_ok=True)
    activity.write_text(
        "title: 志愿者培训\ndate: 2023-05-06\ntype: 培训\nplace: 社区活动室\n",
        encoding="utf-8",
    )
    report = Report()
    load_site(repo, report)
    assert not [f for f in report.findings if f.path == REPORT], report.findings


def test_the_limits_come_from_the_settings(repo: Path) -> None:
    config = repo / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            '      today: "2024-12-31"\n',
            '      today: "2024-12-31"\n      plausibility: {max_person_times: 1000}\n',
        ),
        encoding="utf-8",
    )
    write_report(repo, "beneficiaries: 1200\n")
    assert found(repo) == [("implausible-limit", 2, "error")]


@pytest.mark.parametrize(
    ("figure", "field", "deprecated"),
    [
        ("training: {delivered: 99999999}", "training.delivered", []),
        (
            "trained_person_times: 99999999",
            "trained_person_times",
            [("trained-person-times-deprecated", 2, "warning")],
        ),
    ],
)
def test_an_explanation_is_shown_to_the_reviewers(
    repo: Path, figure: str, field: str, deprecated: list
) -> None:
    """The issue's case, explained: validate passes it, check-changes lists it."""
    write_report(
        repo,
        f"{figure}\nexplanations:\n  - {{field: {field}, note: 全市线上培训}}\n",
    )
    assert found(repo) == deprecated  # only the old shape's own warning, if old
    report = Report()
    review_notes(repo, [Change("M", REPORT)], report)
    assert [(f.code, f.path, f.line, f.severity) for f in report.findings] == [
        ("explanation-to-review", REPORT, 4, "warning")
    ]
    assert "全市线上培训" in report.findings[0].message_zh
    assert "超出上限" in report.findings[0].message_zh


def test_the_organizations_that_contributed_most_when_a_target_is_far_exceeded(
    repo: Path,
) -> None:
    bureau = repo / "content/annual/2023.yml"
    text = bureau.read_text(encoding="utf-8")
    bureau.write_text(
        text.replace("targets:\n", "targets:\n  trained_person_times: 30\n"), encoding="utf-8"
    )
    site = load_site(repo, Report())
    view = annual_view(site, 2023)
    assert view is not None
    assert [(leader.name, leader.value) for leader in view.leaders] == [
        (site.orgs["a-registered"].org.name, 30),  # type: ignore[union-attr]
        (site.orgs["c-pending"].org.name, 15),  # type: ignore[union-attr]
    ]
    bureau.write_text(
        text.replace("targets:\n", "targets:\n  trained_person_times: 100\n"), encoding="utf-8"
    )
    view = annual_view(load_site(repo, Report()), 2023)
    assert view is not None and view.leaders == []  # 120 of 100: not threefold


def test_a_reports_figures_are_worked_out_once_and_each_caller_gets_its_own(repo: Path) -> None:
    """The figures of a report are kept while the record lives (records cannot change); a caller
    that changes what it got changes nothing another caller gets."""
    site = load_site(repo, Report())
    record = site.orgs["a-registered"].reports[2023].record
    assert record is not None
    first = report_figures(record)
    assert first and "year" not in first
    first["beneficiaries"] = -1
    first["made.up"] = 1
    again = report_figures(record)
    assert again != first and "made.up" not in again
    assert again == report_figures(record.model_copy())  # the same figures, another record
    write_report(repo, "beneficiaries: 7\n")
    changed = load_site(repo, Report()).orgs["a-registered"].reports[2023].record
    assert changed is not None and report_figures(changed)["beneficiaries"] == 7
