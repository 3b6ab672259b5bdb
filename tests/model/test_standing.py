"""An organization's standing on a date (generator.model.standing): 年报逾期 after the settings'
deadline, the bureau's extensions, and the disclosure levels with their lapse — on the minimal
site (yangguang: registered, founded 2019, a 2023 report with finances; shiqiao-huzhu: filed,
founded 2021-10, a 2023 report)."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.model.site import Site
from generator.model.standing import due_year, level_on, report_due, report_lapses
from tests.conftest import SITES


def _site(tmp_path: Path, **files: str) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SITES / "minimal", root)
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _load(root: Path) -> tuple[Site, Report]:
    report = Report()
    return load_site(root, report), report


def _due(site: Site, org_id: str, day: date):
    return report_due(site, org_id, site.orgs[org_id].org, day)


def test_overdue_after_the_deadline_never_before(tmp_path: Path) -> None:
    site, report = _load(_site(tmp_path))
    assert not report.errors
    reporting = site.config.settings.reporting
    assert due_year(reporting, date(2025, 5, 31)) == 2023  # the 2024 report is not late yet
    assert due_year(reporting, date(2025, 6, 1)) == 2024
    assert _due(site, "yangguang", date(2025, 5, 31)) is None  # 2023's exists
    due = _due(site, "yangguang", date(2025, 6, 1))
    assert due is not None and due.overdue is not None
    assert (due.year, due.overdue.deadline, due.overdue.since) == (
        2024,
        date(2025, 5, 31),
        date(2025, 6, 1),
    )
    # what a page shows took effect on the day after the deadline, whatever the build's date
    later = _due(site, "yangguang", date(2026, 3, 1))
    assert later is not None and later.overdue is not None
    assert later.overdue.since == date(2025, 6, 1)


def test_pending_and_founded_during_the_year_are_never_overdue(tmp_path: Path) -> None:
    profile = (SITES / "minimal/orgs/shiqiao-huzhu/org.yml").read_text(encoding="utf-8")
    root = _site(tmp_path)
    (root / "orgs/shiqiao-huzhu/org.yml").write_text(
        profile.replace("founded: 2021年10月", "founded: 2024-03"), encoding="utf-8"
    )
    site, _ = _load(root)
    assert _due(site, "shiqiao-huzhu", date(2025, 7, 1)) is None  # founded during 2024
    pending = (
        profile.replace("status: filed", "status: pending")
        .replace("filing_no: SQ-2022-003\n", "")
        .replace("filing_authority: 石桥镇人民政府\n", "")
        .replace("filed_on: 2022-04-01\n", "")
    )
    (root / "orgs/shiqiao-huzhu/org.yml").write_text(pending, encoding="utf-8")
    site, report = _load(root)
    assert not report.errors, [f.as_text() for f in report.findings]
    assert _due(site, "shiqiao-huzhu", date(2025, 7, 1)) is None


def test_the_deadline_comes_from_the_settings(tmp_path: Path) -> None:
    root = _site(tmp_path)
    config = root / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "      today:", "      reporting: {deadline_month: 6, deadline_day: 30}\n      today:"
        ),
        encoding="utf-8",
    )
    site, report = _load(root)
    assert not report.errors
    assert _due(site, "yangguang", date(2025, 6, 30)) is None
    due = _due(site, "yangguang", date(2025, 7, 1))
    assert due is not None and due.overdue is not None and due.overdue.since == date(2025, 7, 1)


def test_a_day_that_is_not_every_years_is_a_finding(tmp_path: Path) -> None:
    root = _site(tmp_path)
    config = root / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "      today:", "      reporting: {deadline_month: 2, deadline_day: 30}\n      today:"
        ),
        encoding="utf-8",
    )
    _, report = _load(root)
    assert [f.path for f in report.errors] == ["site_config.yml"]
    assert "2 月 30 日" in report.errors[0].as_text()


EXTENSIONS = """extensions:
  - org: yangguang
    year: 2024
    until: 2025-08-31
    authority: 测试市民政局
    reason: 财务审计延后
"""


def test_an_extension_holds_until_its_day_then_overdue_from_the_next(tmp_path: Path) -> None:
    site, report = _load(_site(tmp_path, **{"content/registers/extensions.yml": EXTENSIONS}))
    assert not report.errors, [f.as_text() for f in report.findings]
    during = _due(site, "yangguang", date(2025, 8, 31))
    assert during is not None and during.overdue is None
    assert during.extension is not None and during.extension.reason == "财务审计延后"
    after = _due(site, "yangguang", date(2025, 9, 1))
    assert after is not None and after.overdue is not None
    assert after.overdue.since == date(2025, 9, 1) and after.overdue.extension is not None
    # the other organization's report is overdue since the deadline, untouched by it
    other = _due(site, "shiqiao-huzhu", date(2025, 8, 1))
    assert other is not None and other.overdue is not None


def test_an_extension_naming_an_unknown_organization_is_a_finding(tmp_path: Path) -> None:
    text = EXTENSIONS.replace("org: yangguang", "org: yangguagn")
    _, report = _load(_site(tmp_path, **{"content/registers/extensions.yml": text}))
    found = [f for f in report.findings if f.path == "content/registers/extensions.yml"]
    assert found and found[0].line == 2, [f.as_text() for f in report.findings]


VENUE = """venue:
  name: 柳岸社区党群服务中心
  address: 柳岸路 8 号
"""


def test_levels_climb_with_the_records_and_say_since_when(tmp_path: Path) -> None:
    root = _site(tmp_path)
    site, _ = _load(root)
    org = site.orgs["yangguang"].org
    standing = level_on(site, "yangguang", org, date(2024, 12, 31))
    assert standing.level is None and standing.missing == ["venue"]  # contact, leader: yes
    profile = root / "orgs/yangguang/org.yml"
    profile.write_text(profile.read_text(encoding="utf-8") + VENUE, encoding="utf-8")
    site, _ = _load(root)
    org = site.orgs["yangguang"].org
    standing = level_on(site, "yangguang", org, date(2024, 12, 31))
    # basic facts, a project (2023-01-01) and brand, the 2023 report with finances
    assert standing.level is not None and standing.level.id == "finances"
    assert standing.since == date(2024, 1, 1)  # the earliest a 2023 report can exist
    assert standing.next is not None and standing.missing == ["outcomes", "judged"]
    # on the last day of 2023 no 2023 report counts yet: the level is the one below
    assert level_on(site, "yangguang", org, date(2023, 12, 31)).level.id == "projects"


def test_a_level_lapses_when_the_latest_report_is_too_old(tmp_path: Path) -> None:
    root = _site(tmp_path)
    profile = root / "orgs/yangguang/org.yml"
    profile.write_text(profile.read_text(encoding="utf-8") + VENUE, encoding="utf-8")
    site, _ = _load(root)
    org = site.orgs["yangguang"].org
    lapses = report_lapses(site.config.settings.disclosure, 2023)
    assert lapses == date(2025, 7, 1)  # 18 months after 2023 ended
    held = level_on(site, "yangguang", org, date(2025, 6, 30))
    assert held.level.id == "finances" and held.lapsed is None
    lapsed = level_on(site, "yangguang", org, date(2025, 7, 1))
    assert lapsed.level.id == "projects"
    assert lapsed.lapsed is not None and lapsed.lapsed.id == "finances"
    assert lapsed.lapsed_on == date(2025, 7, 1) and lapsed.since == date(2025, 7, 1)
    assert lapsed.report_year == 2023 and lapsed.missing == ["report"]


def test_the_levels_table_comes_from_the_settings(tmp_path: Path) -> None:
    root = _site(tmp_path)
    config = root / "site_config.yml"
    levels = (
        "      disclosure:\n        lapse_months: 6\n        levels:\n"
        "          - {id: open, name: 公开, requires: [contact]}\n"
        "          - {id: full, name: 全面公开, requires: [report]}\n"
    )
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      today:", levels + "      today:"), encoding="utf-8")
    site, report = _load(root)
    assert not report.errors, [f.as_text() for f in report.findings]
    org = site.orgs["yangguang"].org
    assert level_on(site, "yangguang", org, date(2024, 6, 30)).level.id == "full"
    assert level_on(site, "yangguang", org, date(2024, 7, 1)).level.id == "open"
    # a level named twice, or an unknown requirement, is a finding in site_config.yml
    config.write_text(
        text.replace("      today:", levels.replace("全面公开", "公开") + "      today:"),
        encoding="utf-8",
    )
    _, report = _load(root)
    assert [f.path for f in report.errors] == ["site_config.yml"]
    config.write_text(
        text.replace("      today:", levels.replace("[report]", "[photos]") + "      today:"),
        encoding="utf-8",
    )
    _, report = _load(root)
    assert [f.path for f in report.errors] == ["site_config.yml"]
