"""The nightly report: reminders from the records; links checked only against a local server."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.workflow import nightly
from tests.conftest import SITES
from tests.workflow.conftest import with_links

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"


def _site(root: Path = SITES / "minimal"):
    return load_site(root, Report())


def test_inactive_organizations() -> None:
    site = _site()
    assert nightly.inactive_orgs(site, date(2025, 5, 1)) == [
        ("shiqiao-huzhu", "石桥村互助养老队", None)  # founded 2021-10, no activity recorded
    ]
    assert nightly.inactive_orgs(site, date(2025, 5, 13))[1] == (
        "yangguang",
        "柳岸社区阳光助老服务中心",
        date(2024, 5, 12),
    )


def test_co_organized_activities_count_for_each_organizer_that_confirmed(
    site_copy: Path,
) -> None:
    path = site_copy / ACTIVITY
    path.write_text(
        path.read_text(encoding="utf-8") + "co_organizers: [shiqiao-huzhu]\n", encoding="utf-8"
    )
    # named by the lead alone, it does not make shiqiao-huzhu look active
    assert [org for org, _, _ in nightly.inactive_orgs(_site(site_copy), date(2025, 5, 1))] == [
        "shiqiao-huzhu"
    ]
    profile = site_copy / "orgs/shiqiao-huzhu/org.yml"
    profile.write_text(
        profile.read_text(encoding="utf-8") + "joined: [yangguang/2024-05-12-yiyuan]\n", "utf-8"
    )
    assert nightly.inactive_orgs(_site(site_copy), date(2025, 5, 1)) == []


def test_a_recently_founded_organization_is_not_inactive(site_copy: Path) -> None:
    path = site_copy / "orgs/shiqiao-huzhu/org.yml"
    text = path.read_text(encoding="utf-8").replace("founded: 2021年10月", "founded: 2024-06")
    path.write_text(text, encoding="utf-8")

    def inactive(today: date) -> list[str]:
        return [org_id for org_id, _, _ in nightly.inactive_orgs(_site(site_copy), today)]

    assert "shiqiao-huzhu" not in inactive(date(2025, 6, 30))
    assert "shiqiao-huzhu" in inactive(date(2025, 7, 1))


@pytest.mark.parametrize(
    ("today", "year", "missing"),
    [
        (date(2024, 6, 30), 2022, ["shiqiao-huzhu", "yangguang"]),  # 2023's not due yet
        (date(2024, 7, 1), 2023, []),  # both filed reports/2023.yml
        (date(2025, 7, 1), 2024, ["shiqiao-huzhu", "yangguang"]),
    ],
)
def test_annual_reports_missing_after_30_june(today: date, year: int, missing: list[str]) -> None:
    due, found = nightly.missing_reports(_site(), today)
    assert due == year and [org_id for org_id, _ in found] == missing


def test_grades_past_valid_until() -> None:
    site = _site()
    assert nightly.expired_grades(site, date(2028, 5, 31)) == []
    assert nightly.expired_grades(site, date(2028, 6, 1)) == [
        ("yangguang", "柳岸社区阳光助老服务中心", "4A", date(2028, 5, 31))
    ]


def test_report_without_link_checking(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    args = ["-C", str(SITES / "minimal"), "--today", "2028-06-01"]
    assert nightly.main(args) == 0
    text = capsys.readouterr().out
    assert text.startswith("## 夜间检查报告 (nightly report) 2028-06-01\n")
    assert "| 打不开的外部链接 (broken external links) | 未检查 (not checked) |" in text
    assert "| 柳岸社区阳光助老服务中心 (`yangguang`) | 4A | 2028-05-31 |" in text
    assert "| 缺少 2026 年度报告的机构 (annual report 2026 missing) | 2 |" in text
    assert summary.read_text(encoding="utf-8") == text


def test_never_blocks_even_when_it_cannot_finish(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(nightly, "collect", broken)
    out = tmp_path / "report.md"
    assert nightly.main(["-C", str(SITES / "minimal"), "-o", str(out)]) == 0
    assert "检查没有完成 (the check did not finish): RuntimeError: boom" in out.read_text("utf-8")


# -- links, against a server on 127.0.0.1 only (tests/workflow/conftest.py) -------------------


def test_link_check_against_a_local_server(site_copy: Path, server: str, tmp_path: Path) -> None:
    with_links(site_copy, server)
    out = tmp_path / "report.md"
    args = ["-C", str(site_copy), "--check-links", "--timeout", "5", "-o", str(out)]
    assert nightly.main([*args, "--today", "2024-12-31"]) == 0
    text = out.read_text(encoding="utf-8")
    assert "| 打不开的外部链接 (broken external links) | 1 / 4 |" in text
    assert (
        f"| {server}/gone | HTTP 404 | `orgs/yangguang/org.yml`, `content/policies/guideline.md` |"
        in text
    )
    assert f"{server}/ok |" not in text and f"{server}/no-head |" not in text


def test_link_check_is_bounded(site_copy: Path, server: str) -> None:
    with_links(site_copy, server)
    report = nightly.collect(_site(site_copy), today=date(2024, 12, 31), check=True, limit=1)
    assert [link.url for link in report.links or []] == [f"{server}/gone"]
    assert report.links_skipped == 3
    assert "另有 3 个链接超出本次上限，未检查" in nightly.render(report)
