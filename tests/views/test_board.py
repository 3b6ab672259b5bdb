"""The matchmaking board, residents' judgements, disclosure levels and overdue reports as the
pages, feeds and open data show them — the minimal site with needs, calls (the bureau's and a
street's folder), judgements, an evaluation, an extension and two organizations without their
2023 report added, built once on its settings' date (2024-12-31)."""

from __future__ import annotations

import json
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.views.catalog import build_catalog
from generator.workflow.owners import codeowners
from tests.conftest import SITES, build

CONFIG_EXTRA = """      call_folders:
        - {id: hubin, street: 湖滨街道, maintainers: [hubin-jiedao]}
"""
CALL = """title: 2025年测试市公益创投大赛
kind: venture
issuer: 测试市民政局
summary: 资助为老、助残和儿童关爱的社区项目。
opens_on: 2024-11-01
deadline: 2025-01-15
budget_cny: 500000
max_per_project_cny: 50000
fields: [养老服务]
"""
STREET_CALL = """title: 湖滨街道微项目征集
kind: government_purchase
issuer: 湖滨街道办事处
summary: 街道购买邻里互助服务。
opens_on: 2024-09-01
deadline: 2024-10-31
budget_cny: 80000
"""
SEEKING = """seeking:
  - kind: volunteers
    summary: 招募送餐志愿者
    count: 6
    skills: [会骑电动车]
    when: 每周一至周五中午
    posted_on: 2024-11-20
    until: 2025-01-31
  - kind: funding
    summary: 冬季助餐补贴缺口
    amount_cny: 12000
    funder: foundation
    posted_on: 2024-10-01
    until: 2024-12-31
  - kind: venue
    summary: 需要一间备餐室
    posted_on: 2024-06-01
    until: 2024-09-30
    met_on: 2024-08-15
  - kind: partner
    summary: 寻找医疗机构合作义诊
    posted_on: 2024-03-01
    until: 2024-06-30
answers: [2025-chuangtou, hubin/2024-weixin]
outcomes:
  - {title: 送餐, value: 5200 份}
judged:
  - {method: survey, on: 2023-12-20, answered: 60, satisfied_share: 95, note: 希望增加周末送餐}
"""
ACTIVITY_JUDGED = """judged:
  - {method: meeting, on: 2024-05-20, answered: 30, satisfied_share: 90}
"""
EVALUATIONS = """evaluations:
  - {org: yangguang, project: zhucan, by: street, evaluator: 湖滨街道办事处, method: hotline, on: 2023-12-28, answered: 40, satisfied_share: 87.5}
"""
EXTENSIONS = """extensions:
  - {org: yanqi-dui, year: 2023, until: 2025-01-31, authority: 测试市民政局, reason: 负责人更换}
"""
VENUE = "venue: {name: 柳岸社区党群服务中心, address: 柳岸路 8 号}\n"


def _copy_without_report(root: Path, org_id: str, name: str, filing_no: str) -> None:
    folder = root / "orgs" / org_id
    shutil.copytree(root / "orgs/shiqiao-huzhu", folder)
    shutil.rmtree(folder / "reports")
    profile = folder / "org.yml"
    text = profile.read_text(encoding="utf-8").replace("石桥村互助养老队", name)
    profile.write_text(text.replace("SQ-2022-003", filing_no), encoding="utf-8")


def make_site(root: Path) -> Path:
    shutil.copytree(SITES / "minimal", root)
    config = root / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      today:", CONFIG_EXTRA + "      today:"), encoding="utf-8")
    (root / "content/calls/hubin").mkdir(parents=True)
    (root / "content/calls/2025-chuangtou.yml").write_text(CALL, encoding="utf-8")
    (root / "content/calls/hubin/2024-weixin.yml").write_text(STREET_CALL, encoding="utf-8")
    project = root / "orgs/yangguang/projects/zhucan.yml"
    project.write_text(project.read_text(encoding="utf-8") + SEEKING, encoding="utf-8")
    activity = root / "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
    activity.write_text(activity.read_text(encoding="utf-8") + ACTIVITY_JUDGED, encoding="utf-8")
    profile = root / "orgs/yangguang/org.yml"
    profile.write_text(profile.read_text(encoding="utf-8") + VENUE, encoding="utf-8")
    (root / "content/registers/evaluations.yml").write_text(EVALUATIONS, encoding="utf-8")
    (root / "content/registers/extensions.yml").write_text(EXTENSIONS, encoding="utf-8")
    _copy_without_report(root, "wubao-dui", "石桥村无报服务队", "SQ-2022-011")
    _copy_without_report(root, "yanqi-dui", "石桥村延期服务队", "SQ-2022-012")
    return root


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    root = make_site(tmp_path_factory.mktemp("board") / "site")
    out = root.parent / "out"
    result = build(root, out, use_cache=False)
    assert result.built, [f.as_text() for f in result.report.findings]
    assert not result.report.warnings, [f.as_text() for f in result.report.findings]
    return root, out


def _page(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


def test_the_board_lists_open_needs_and_closes_the_others(built: tuple[Path, Path]) -> None:
    _, out = built
    html = _page(out, "board")
    open_part = html[html.index('id="needs"') : html.index('id="calls"')]
    assert "招募送餐志愿者" in open_part and "冬季助餐补贴缺口" in open_part  # until is inclusive
    assert "需要一间备餐室" not in open_part and "寻找医疗机构合作义诊" not in open_part
    closed = html[html.index('id="closed"') :]
    assert "已于 2024年8月15日 满足" in closed  # the day it was met, not the build's
    assert "已于 2024年6月30日 截止，未满足" in closed
    for key in ("district", "field", "target", "kind"):
        assert f'<select name="{key}">' in html
    assert 'data-kind="志愿者"' in html and 'data-district="青山区"' in html


def test_calls_with_their_answers_and_the_street_folder(built: tuple[Path, Path]) -> None:
    _, out = built
    html = _page(out, "board")
    calls = html[html.index('id="calls"') :]
    assert "2025年测试市公益创投大赛" in calls and "申报截止 2025年1月15日" in calls
    assert "湖滨街道微项目征集" in calls and "已于 2024年10月31日 截止" in calls
    assert calls.count("银龄午餐助餐服务") >= 2  # the project answers both
    project = _page(out, "orgs/yangguang/projects/zhucan")
    assert "响应的征集" in project and "board/#call-hubin-2024-weixin" in project
    assert "已于 2024年8月15日 满足" in project


def test_the_feed_is_atom_of_the_open_needs(built: tuple[Path, Path]) -> None:
    _, out = built
    tree = ET.parse(out / "board/feed.xml")
    atom = "{http://www.w3.org/2005/Atom}"
    entries = tree.getroot().findall(f"{atom}entry")
    titles = [entry.findtext(f"{atom}title") for entry in entries]
    assert titles == ["志愿者：招募送餐志愿者", "资金：冬季助餐补贴缺口"]
    assert tree.getroot().findtext(f"{atom}updated") == "2024-11-20T00:00:00Z"


def test_needs_and_calls_in_the_open_data_with_schemas(built: tuple[Path, Path]) -> None:
    _, out = built
    needs = json.loads((out / "data/needs.json").read_text(encoding="utf-8"))
    assert [(n["kind"], n["status"], n["status_on"]) for n in needs] == [
        ("volunteers", "open", "2024-11-20"),
        ("funding", "open", "2024-10-01"),
        ("venue", "met", "2024-08-15"),
        ("partner", "expired", "2024-07-01"),
    ]
    calls = json.loads((out / "data/calls.json").read_text(encoding="utf-8"))
    assert {c["id"]: c["answers"] for c in calls} == {
        "2025-chuangtou": ["yangguang/zhucan"],
        "hubin/2024-weixin": ["yangguang/zhucan"],
    }
    assert (out / "data/needs.csv").read_bytes().startswith(b"\xef\xbb\xbf")
    for name in ("needs", "calls"):
        schema = json.loads((out / f"schema/data-{name}.schema.json").read_text(encoding="utf-8"))
        assert schema["items"]["properties"]["url"]["description"]
    assert (out / "schema/call.schema.json").is_file()
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "/board/</loc>" in sitemap and "/levels/</loc>" in sitemap


def test_judgements_shown_self_reported_and_independent_apart(built: tuple[Path, Path]) -> None:
    _, out = built
    project = _page(out, "orgs/yangguang/projects/zhucan")
    section = project[project.index('id="judged"') :]
    assert "87.5%" in section and "街道评价：湖滨街道办事处" in section
    assert "95%" in section and "机构自评：柳岸社区阳光助老服务中心（自报）" in section
    assert section.index("87.5%") < section.index("95%")  # newest first
    org = _page(out, "orgs/yangguang")
    summary = org[org.index('id="org-judged"') :]
    assert "87.5%" in summary and "共 2 轮" in summary  # the latest round, with the project
    activity = _page(out, "orgs/yangguang/activities/2024-05-12-yiyuan")
    assert "居民议事会 · 30 人参与评价" in activity


def test_levels_on_the_page_and_in_the_filters(built: tuple[Path, Path]) -> None:
    _, out = built
    html = _page(out, "orgs/yangguang")
    level = html[html.index('id="level"') :]
    assert "成效公示" in level and "第 4 级，共 4 级" in level and "已达到最高公示等级" in level
    assert "自 2024年1月1日 起" in level  # the latest day a requirement was met by the records
    assert "与民政局的社会组织评估等级（5A–1A）无关" in level
    other = _page(out, "orgs/shiqiao-huzhu")
    assert "未达公示等级" in other and "机构联系方式" in other  # what the first level asks
    levels = _page(out, "levels")
    assert "第 3 级 · 财务公示" in levels and "18 个月" in levels and "5 月 31 日" in levels


def test_overdue_marked_on_page_card_and_open_data_not_the_extended(
    built: tuple[Path, Path],
) -> None:
    _, out = built
    notice = "年报逾期：未报送 2023 年度报告（截止 2024年5月31日，自 2024年6月1日 起）"
    page = _page(out, "orgs/wubao-dui")
    assert "2023 年度报告应在 2024年5月31日 前报送，自 2024年6月1日 起逾期未报送" in page
    assert notice in _page(out, "orgs")  # the directory's card
    extended = _page(out, "orgs/yanqi-dui")
    assert "年报逾期" not in extended and "延期至 2025年1月31日" in extended
    rows = {
        row["id"]: row
        for row in json.loads((out / "data/organizations.json").read_text(encoding="utf-8"))
    }
    assert rows["wubao-dui"]["report_overdue"] is True
    assert rows["wubao-dui"]["report_overdue_since"] == "2024-06-01"
    assert rows["yanqi-dui"]["report_overdue"] is False
    assert rows["yanqi-dui"]["report_extended_until"] == "2025-01-31"
    assert rows["yangguang"]["disclosure_level"] == "results"


def test_careless_board_and_judgement_records_are_findings(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    project = root / "orgs/yangguang/projects/zhucan.yml"
    text = project.read_text(encoding="utf-8")
    text = text.replace("answers: [2025-chuangtou,", "answers: [2025-chuangtuo,")
    text = text.replace("answered: 60, satisfied_share: 95", "satisfied_share: 95")
    project.write_text(text, encoding="utf-8")
    activity = root / "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
    text = activity.read_text(encoding="utf-8").replace("answered: 30", "answered: 300")
    activity.write_text(text, encoding="utf-8")
    (root / "content/calls/shiqiao").mkdir()
    (root / "content/calls/shiqiao/x.yml").write_text(STREET_CALL, encoding="utf-8")
    report = Report()
    load_site(root, report)
    found = {(f.code, f.path) for f in report.findings}
    assert ("unknown-call", "orgs/yangguang/projects/zhucan.yml") in found
    assert ("judged-share-without-answered", "orgs/yangguang/projects/zhucan.yml") in found
    assert (
        "judged-answered-implausible",
        "orgs/yangguang/activities/2024-05-12-yiyuan.yml",
    ) in found
    assert ("calls-folder-unknown", "content/calls/shiqiao") in found
    unknown = next(f for f in report.findings if f.code == "unknown-call")
    assert "2025-chuangtou" in unknown.as_text()  # did you mean


def test_codeowners_give_the_street_its_folder(tmp_path: Path) -> None:
    root = make_site(tmp_path / "site")
    text = codeowners(load_site(root, Report()))
    assert "/content/calls/hubin/ @hubin-jiedao @bureau-admin" in text
    assert text.index("/content/ ") < text.index("/content/calls/hubin/")  # later rules win


def test_level_and_overdue_are_search_filters_of_organization_pages(tmp_path: Path) -> None:
    site = load_site(make_site(tmp_path / "site"), Report())
    catalog = build_catalog(site, {})
    filters = {spec.url: spec.filters for spec in catalog.pages if spec.kind == "organization"}
    assert filters["orgs/yangguang/"]["level"] == ["成效公示"]
    assert "overdue" not in filters["orgs/yangguang/"]
    assert filters["orgs/wubao-dui/"]["overdue"] == ["年报逾期"]
    assert filters["orgs/wubao-dui/"]["level"] == ["未达公示等级"]
    project = next(spec for spec in catalog.pages if spec.url == "orgs/yangguang/projects/zhucan/")
    assert "level" not in project.filters  # the organization's pages only
