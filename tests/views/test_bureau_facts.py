"""Where the bureau's registers show (generator.views.bureau_facts): the organization page's
公示信息, honors checked against the commendations register, a listed organization marked wherever
it appears, a deregistered one off the directories, a withdrawn one gone — from the minimal site
with registers added, built once."""

from __future__ import annotations

import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.search.records import search_records
from generator.stats import figures
from generator.views.catalog import build_catalog
from generator.views.images import image_jobs
from generator.workflow import nightly
from tests.conftest import SITES, build

REGISTERS = {
    "listings.yml": """listings:
  - org: shiqiao-huzhu
    list: abnormal
    listed_on: 2023-09-01
    reason: 未按时报送年度报告
    authority: 测试市民政局
  - org: shiqiao-huzhu
    list: abnormal
    listed_on: 2023-01-10
    reason: 无法通过住所联系
    authority: 石桥镇人民政府
    removed_on: 2023-05-01
    removal_reason: 已恢复联系
  - org: yangguang
    list: serious_violation
    listed_on: 2024-11-01
    reason: 弄虚作假骗取登记
    authority: 测试市民政局
""",
    "commendations.yml": """commendations:
  - {title: 2023年度优秀社区社会组织, awarded_by: 测试市民政局, on: 2023-12-20, orgs: [yangguang]}
  - {title: 敬老爱老先进集体, awarded_by: 测试市民政局, on: 2024-10-01, orgs: [yangguang]}
  - {title: 五星级志愿服务队, awarded_by: 测试市湖滨街道办事处, on: 2022-05-01, orgs: [shiqiao-huzhu]}
  - {title: 助老服务示范点, awarded_by: 测试市民政局, on: 2019-09-09, orgs: [yangguang]}
""",
    "verifications.yml": """verifications:
  - {org: yangguang, on: 2024-06-01, by: 湖滨街道办事处}
""",
    "status.yml": """status:
  - {org: tuichu-dui, status: deregistered, on: 2024-10-01, authority: 石桥镇人民政府, reason: 自行解散}
  - {org: chexiao-dui, status: revoked, on: 2024-11-15, authority: 测试市民政局, withdraw_page: true}
""",
}
HONORS = """honors:
  - {title: 2023年度优秀社区社会组织, awarded_by: 测试市民政局, year: 2023}
  - {title: 五星级志愿服务队, awarded_by: 测试市湖滨街道办事处, year: 2022}
  - {title: 公益之星, awarded_by: 某公益基金会, year: 2021}
  - {title: 测试市民政局授予5A级社会组织, year: 2020}
verified: {on: 2024-01-01, by: 测试市民政局（已评为5A级）}
"""


def _another(root: Path, org_id: str, name: str, filing_no: str) -> None:
    """A copy of shiqiao-huzhu under another id, name and filing number."""
    folder = root / "orgs" / org_id
    shutil.copytree(root / "orgs/shiqiao-huzhu", folder)
    profile = folder / "org.yml"
    text = profile.read_text(encoding="utf-8")
    text = text.replace("石桥村互助养老队", name).replace("SQ-2022-003", filing_no)
    profile.write_text(text, encoding="utf-8")


def make_site(root: Path) -> Path:
    shutil.copytree(SITES / "minimal", root)
    for name, text in REGISTERS.items():
        (root / "content/registers" / name).write_text(text, encoding="utf-8")
    profile = root / "orgs/yangguang/org.yml"
    profile.write_text(profile.read_text(encoding="utf-8") + HONORS, encoding="utf-8")
    _another(root, "tuichu-dui", "石桥村退休文艺队", "SQ-2022-004")
    _another(root, "chexiao-dui", "石桥村撤销服务队", "SQ-2022-005")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = make_site(tmp_path_factory.mktemp("registers") / "site")
    out = root.parent / "out"
    result = build(root, out, use_cache=False)
    assert result.built, [f.as_text() for f in result.report.findings]
    return root, out


def _page(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


def test_the_listing_and_its_history_on_the_organization_page(built: tuple[Path, Path]) -> None:
    _, out = built
    html = _page(out, "orgs/shiqiao-huzhu")
    assert "自 2023年9月1日 列入。原因：未按时报送年度报告。作出决定的机关：测试市民政局" in html
    assert "列入日期：2023年9月1日" in html
    history = html[html.index("gs-listing-history") :]
    assert "列入日期 2023年1月10日" in history and "移出日期 2023年5月1日" in history
    assert "已恢复联系" in history and "石桥镇人民政府" in history


def test_verification_and_commendations_come_from_the_registers(built: tuple[Path, Path]) -> None:
    _, out = built
    html = _page(out, "orgs/yangguang")
    assert "<dt data-pagefind-ignore>资料核实</dt><dd>2024年6月1日，湖滨街道办事处</dd>" in html
    assert "已评为5A级" not in html  # the organization's own `verified` is no longer shown
    assert "2023 年 · 2023年度优秀社区社会组织（测试市民政局，已核实）" in html
    assert html.count("2023年度优秀社区社会组织") == 1  # the confirmed honor shows once
    assert "2024 年 · 敬老爱老先进集体（测试市民政局，已核实）" in html
    # another organization's commendation of the same title confirms nothing here
    assert "五星级志愿服务队（测试市湖滨街道办事处，<span" in html and "自报</span>" in html
    assert "2021 年 · 公益之星（某公益基金会）</li>" in html  # not a government body
    assert "2020 年 · 测试市民政局授予5A级社会组织（<span" in html  # no awarding body, but named


def test_honors_and_commendations_are_listed_by_year(built: tuple[Path, Path]) -> None:
    """The register's commendations and the organization's own honors form one list, newest year
    first (a commendation of 2019 comes after the organization's honor of 2020)."""
    _, out = built
    html = _page(out, "orgs/yangguang")
    section = html[html.index('id="honors"') :]
    section = section[: section.index("</ul>")]
    years = [int(y) for y in re.findall(r"<li>(\d{4}) 年 · ", section)]
    assert years == [2024, 2023, 2022, 2021, 2020, 2019]
    assert "2019 年 · 助老服务示范点（测试市民政局，已核实）" in section


def test_a_listed_organization_is_marked_wherever_it_appears(built: tuple[Path, Path]) -> None:
    _, out = built
    notice = "已列入活动异常名录（测试市民政局，自 2023年9月1日 起）"
    assert notice in _page(out, "orgs")  # the directory's card
    areas = [p.read_text(encoding="utf-8") for p in (out / "areas").rglob("index.html")]
    assert any(notice in page for page in areas)  # its district, street and community pages
    assert notice in _page(out, "orgs/shiqiao-huzhu/poster")
    serious = "已列入严重违法失信名单（测试市民政局，自 2024年11月1日 起）"
    assert serious in _page(out, "orgs/yangguang/activities/2024-05-12-yiyuan")
    assert serious in _page(out, "orgs/yangguang/projects/zhucan")
    assert "列入日期：2024年11月1日" in _page(out, "orgs/yangguang")
    assert "2024年12月31日" not in _page(out, "orgs/yangguang")  # never the build's date


def test_a_deregistered_organization_keeps_its_page_off_the_lists(built: tuple[Path, Path]) -> None:
    _, out = built
    html = _page(out, "orgs/tuichu-dui")
    assert "自 2024年10月1日 起已注销。作出决定的机关：石桥镇人民政府。原因：自行解散" in html
    assert re.search(r'gs-badge--deregistered"[^>]*>已注销<', html)
    assert "tuichu-dui/" not in _page(out, "orgs")
    assert not any(
        "tuichu-dui/" in p.read_text(encoding="utf-8") for p in (out / "areas").rglob("*.html")
    )


def test_a_withdrawn_page_leaves_every_output(built: tuple[Path, Path]) -> None:
    _, out = built
    assert not (out / "orgs/chexiao-dui").exists()
    assert "chexiao-dui" not in (out / "sitemap.xml").read_text(encoding="utf-8")
    rows = json.loads((out / "data/organizations.json").read_text(encoding="utf-8"))
    rows = rows["organizations"] if isinstance(rows, dict) else rows
    (row,) = [r for r in rows if r["id"] == "chexiao-dui"]
    assert row["status"] == "revoked" and row["status_change_on"] == "2024-11-15"
    assert {key for key, value in row.items() if value not in (None, [], False)} == {
        "id",
        "status",
        "status_change",
        "status_change_on",
        "status_change_authority",
    }
    (listed,) = [r for r in rows if r["id"] == "shiqiao-huzhu"]
    assert listed["listed"] is True and listed["listed_since"] == "2023-09-01"
    assert listed["list_authority"] == "测试市民政局"


def test_search_records_carry_the_notice_and_skip_withdrawn_pages(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    report = Report()
    site = load_site(root, report)
    assert not report.errors
    records = search_records(build_catalog(site, {}), [], tmp_path)
    by_url = {record.url: record for record in records}
    assert "orgs/chexiao-dui/" not in by_url
    listed = by_url["orgs/shiqiao-huzhu/"]
    assert listed.notice.startswith("已列入活动异常名录（测试市民政局")
    assert listed.filters["list"] == ["活动异常名录"]
    assert by_url["orgs/yangguang/activities/2024-05-12-yiyuan/"].filters["list"] == [
        "严重违法失信名单"
    ]
    assert by_url["orgs/tuichu-dui/"].filters["status"] == ["已注销"]
    assert by_url["orgs/tuichu-dui/"].notice == "已注销（石桥镇人民政府，自 2024年10月1日 起）"


@pytest.mark.parametrize(("day", "listed"), [(date(2025, 2, 28), False), (date(2025, 3, 1), True)])
def test_a_card_is_marked_from_the_day_of_listing(tmp_path: Path, day: date, listed: bool) -> None:
    root = tmp_path / "site"
    shutil.copytree(SITES / "minimal", root)
    (root / "content/registers/listings.yml").write_text(
        "listings:\n  - {org: yangguang, list: abnormal, listed_on: 2025-03-01,"
        " reason: 无法联系, authority: 测试市民政局}\n",
        encoding="utf-8",
    )
    report = Report()
    site = load_site(root, report, as_of=day)
    catalog = build_catalog(site, {})
    assert bool(catalog.orgs["yangguang"].ref.notices) is listed


def test_settings_can_withdraw_every_deregistered_page(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    config = root / "site_config.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace(
            "      today:", "      withdraw_deregistered: true\n      today:"
        ),
        encoding="utf-8",
    )
    report = Report()
    site = load_site(root, report)
    assert not report.errors, [f.as_text() for f in report.errors]
    catalog = build_catalog(site, {})
    assert "tuichu-dui" not in catalog.orgs and "chexiao-dui" not in catalog.orgs
    assert [org_id for org_id, _ in catalog.withdrawn] == ["chexiao-dui", "tuichu-dui"]


def _revoked(tmp_path: Path, org_id: str, on: str, *, withdraw: bool) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SITES / "minimal", root)
    (root / "content/registers/status.yml").write_text(
        f"status:\n  - {{org: {org_id}, status: revoked, on: {on}, authority: 测试市民政局,"
        f" withdraw_page: {str(withdraw).lower()}}}\n",
        encoding="utf-8",
    )
    return root


def test_a_withdrawn_organizations_pictures_are_not_published(tmp_path: Path) -> None:
    report = Report()
    site = load_site(_revoked(tmp_path, "yangguang", "2024-06-01", withdraw=True), report)
    assert not report.errors
    assert [job.rel for job in image_jobs(site, report) if "yangguang" in job.rel] == []


def test_a_deregistered_organization_leaves_the_counts_and_the_nightly_lists(
    tmp_path: Path,
) -> None:
    report = Report()
    site = load_site(_revoked(tmp_path, "shiqiao-huzhu", "2023-12-01", withdraw=False), report)
    assert [org_id for org_id, _ in figures.year_figures(site, 2022).orgs] == [
        "shiqiao-huzhu",
        "yangguang",
    ]
    assert [org_id for org_id, _ in figures.year_figures(site, 2023).orgs] == ["yangguang"]
    assert "shiqiao-huzhu" not in [
        org_id for org_id, _ in nightly.missing_reports(site, date(2025, 7, 1))[1]
    ]
