"""The home page's headline figures (generator.views.home): each with its period and source."""

from __future__ import annotations

import shutil
from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.views.catalog import build_catalog
from generator.views.home import home_view
from tests.conftest import SITES


def _home(root: Path):
    report = Report()
    site = load_site(root, report)
    assert not report.errors, [f.as_text() for f in report.errors]
    return home_view(build_catalog(site, {}), site)


def test_volunteer_hours_come_from_the_latest_years_reports() -> None:
    figures = {h.label: h for h in _home(SITES / "annual").headlines}
    hours = figures["志愿服务小时"]
    assert (str(hours.value), hours.period, hours.url) == ("1060.5", "2023年度", "annual/2023/")
    assert hours.source == "各组织的2023年度报告（3 份）"
    assert figures["公开的活动"].value == 1 and figures["公开的活动"].period == "2023年"


def test_without_reports_the_hours_say_they_are_summed_from_activities(tmp_path: Path) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITES / "annual", root)
    for reports in root.glob("orgs/*/reports"):
        shutil.rmtree(reports)
    hours = {h.label: h for h in _home(root).headlines}["志愿服务小时"]
    assert (hours.value, hours.period, hours.url) == (80, "2023年", "activities/")
    assert "公开活动" in hours.source and "不是年度报告" in hours.source
