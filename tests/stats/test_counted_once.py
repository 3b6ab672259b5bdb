"""Counted once (issue 17, item 6): a co-organized activity is one activity in the statistics, and
the training total adds what organizers delivered to the bureau's own trainings — never the
attendance — on a copy of tests/sites/annual.

The fixture's market: orgs/a-registered/activities/2023-06-10-jishi.yml (青山区), co-organized by
b-filed (青山区), c-pending and e-filed (溪口县); b-filed and e-filed confirm it (`joined:`).
Training in 2023: a-registered delivered 30 and its members attended 12 elsewhere; c-pending
delivered 15, attended 40; the bureau trained 青山区 50, 溪口县 25.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.model.site import Site
from generator.stats import figures
from generator.views.annual import annual_view
from tests.conftest import SITES

A_2023 = "orgs/a-registered/reports/2023.yml"


@pytest.fixture
def annual_copy(tmp_path: Path) -> Path:
    target = tmp_path / "site"
    shutil.copytree(SITES / "annual", target)
    return target


def _load(root: Path) -> tuple[Site, Report]:
    report = Report()
    site = load_site(root, report)
    assert not report.errors, [f.as_text() for f in report.errors]
    return site, report


def _training_totals(root: Path, year: int = 2023) -> dict:
    site, _ = _load(root)
    view = annual_view(site, year)
    assert view
    table = next(t for t in view.tables if t.id == "training")
    return table.totals[0]


# -- a co-organized activity is one activity ---------------------------------------------------


def test_the_market_counts_once_under_its_lead_organization(annual_copy: Path) -> None:
    site, _ = _load(annual_copy)
    city = figures.year_figures(site, 2023)
    assert [(org_id, a.title) for org_id, _, a in city.activities] == [
        ("a-registered", "邻里便民集市")
    ]
    # 溪口县's two co-organizers do not bring the market into their district's figures
    assert figures.year_figures(site, 2023, district="溪口县").activities == []
    assert figures.year_figures(site, 2022).activities == []


def test_a_co_organizer_naming_itself_everywhere_adds_no_activity(annual_copy: Path) -> None:
    """b-filed's maintainer cannot make the market count twice by confirming it twice."""
    org = annual_copy / "orgs/b-filed/org.yml"
    text = org.read_text(encoding="utf-8")
    org.write_text(
        text.replace(
            "joined: [a-registered/2023-06-10-jishi]",
            "joined: [a-registered/2023-06-10-jishi, a-registered/2023-06-10-jishi]",
        ),
        encoding="utf-8",
    )
    site, _ = _load(annual_copy)
    assert len(figures.year_figures(site, 2023).activities) == 1


# -- training: delivered plus the bureau's own, attendance shown and never added ---------------


def test_attendance_is_shown_but_never_added(annual_copy: Path) -> None:
    before = _training_totals(annual_copy)
    assert (before["reported"], before["bureau"], before["total"], before["attended"]) == (
        45,
        75,
        120,
        52,
    )
    report = annual_copy / "orgs/c-pending/reports/2023.yml"
    inflated = report.read_text(encoding="utf-8").replace("attended: 40", "attended: 99999999")
    report.write_text(inflated, encoding="utf-8")
    unexplained = Report()
    load_site(annual_copy, unexplained)
    assert [f.code for f in unexplained.errors] == ["implausible-limit"]
    report.write_text(
        inflated
        # explained, so plausibility lets it through to the reviewers: still never added
        + "explanations:\n  - {field: training.attended, note: 全市线上课程}\n",
        encoding="utf-8",
    )
    after = _training_totals(annual_copy)
    assert after["total"] == 120 and after["attended"] == 99999999 + 12


def test_the_deprecated_figure_counts_as_delivered_with_a_warning(annual_copy: Path) -> None:
    report = annual_copy / A_2023
    text = report.read_text(encoding="utf-8")
    old = text.replace("training:\n  delivered: 30\n  attended: 12\n", "trained_person_times: 30\n")
    assert old != text
    report.write_text(old, encoding="utf-8")
    assert _training_totals(annual_copy)["total"] == 120  # the old figures are kept
    _, findings = _load(annual_copy)
    [warning] = [f for f in findings.findings if f.code == "trained-person-times-deprecated"]
    line = old.splitlines().index("trained_person_times: 30") + 1
    assert (warning.path, warning.line, warning.column) == (A_2023, line, 1)
    assert warning.severity == "warning"
    assert "training.delivered" in warning.message_zh and "计入" in warning.message_zh
    assert "training 下的两项：delivered" in warning.hint_zh and "attended" in warning.hint_zh
    assert "gongshi migrate" in warning.hint_en


def test_the_deprecated_figure_is_not_read_beside_the_new_one(annual_copy: Path) -> None:
    """A report with both shapes counts `training` only: the old figure cannot inflate it."""
    report = annual_copy / A_2023
    report.write_text(
        report.read_text(encoding="utf-8")
        + "trained_person_times: 99999999\n"
        # explained, so plausibility lets it through to the reviewers: still never counted
        + "explanations:\n  - {field: trained_person_times, note: 全市线上课程}\n",
        encoding="utf-8",
    )
    assert _training_totals(annual_copy)["total"] == 120
    _, findings = _load(annual_copy)
    [warning] = [f for f in findings.findings if f.code == "trained-person-times-deprecated"]
    assert "不再计入" in warning.message_zh and "no longer counted" in warning.message_en


def test_the_key_figure_states_its_period_and_source(annual_copy: Path) -> None:
    site, _ = _load(annual_copy)
    view = annual_view(site, 2023)
    assert view
    by_label = {f.label: f for f in view.figures}
    training = by_label["培训人次"]
    assert training.value == 120 and training.period == "2023年度"
    assert "举办的培训" in training.source and "参加的培训不计入" in training.source
    hours = by_label["志愿服务时长（小时）"]
    assert hours.period == "2023年度" and "年度报告（3 份）" in hours.source
    assert all(f.period and f.source for f in view.figures)
