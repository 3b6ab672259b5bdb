"""The annual results pages and policy glossary, built: pages and their parts, downloads that
parse back to the tables, glossary terms explained in Chinese text — and, in headless Chromium,
no horizontal scroll on a phone and no serious accessibility problem."""

from __future__ import annotations

import csv
import dataclasses
import functools
import http.server
import io
import json
import re
import shutil
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

import markdown
import pytest

from generator.engine import glossary
from generator.exports.downloads import downloads, write_downloads
from generator.findings import Report
from generator.model.load import load_site
from generator.model.site import Site
from generator.views.annual import annual_view, district_pages
from tests.conftest import REPO, SITES, build, serious_accessibility_problems


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Site, Path]:
    """tests/sites/annual built once: (its Site, the output folder)."""
    base = tmp_path_factory.mktemp("annual")
    repo = base / "repo"
    shutil.copytree(SITES / "annual", repo)
    result = build(repo, base / "out")
    assert result.built, [f.as_text() for f in result.report.findings]
    return load_site(repo, Report()), base / "out"


def _html(out: Path, path: str) -> str:
    return (out / path / "index.html").read_text(encoding="utf-8")


# -- pages ---------------------------------------------------------------------------------------


def test_annual_pages_exist_for_the_city_and_each_district(built: tuple[Site, Path]) -> None:
    _, out = built
    for path in ("annual/2023", "annual/2023/qingshan", "annual/2023/xikou", "annual/2022/xikou"):
        assert (out / path / "index.html").is_file(), path
    assert not (out / "annual/2022/index.html").exists()  # no narrative for 2022
    assert not (out / "annual/2023.yml").exists() and not (out / "glossary.yml").exists()
    sitemap = (out / "sitemap.xml").read_text(encoding="utf-8")
    assert "https://annual.example.org/annual/2023/qingshan/" in sitemap
    assert "https://annual.example.org/annual/2023/" in sitemap


def test_the_year_page_shows_metadata_figures_tables_and_charts(built: tuple[Site, Path]) -> None:
    site, out = built
    html = _html(out, "annual/2023")
    assert '<table class="gs-docmeta"' in html
    assert "<td>测试市民政局</td>" in html and "2024年3月15日" in html
    assert "本年度通过" in html  # the narrative
    assert 'class="gs-figures gs-figures--annual"' in html
    view = annual_view(site, 2023)
    assert view is not None
    for table in view.tables:
        assert f'id="{table.id}"' in html, table.id
        assert f'href="../../data/annual/2023/{table.id}.csv"' in html, table.id
        assert f'href="../../data/annual/2023/{table.id}.json"' in html, table.id
    charts = re.findall(r"<svg class=\"gs-chart\".*?</svg>", html, re.S)
    assert len(charts) == sum(1 for t in view.tables if t.chart)
    for chart in charts:
        root = ET.fromstring(chart)
        assert root.get("role") == "img" and root.get("aria-labelledby")
    assert '<a href="qingshan/">' in html  # the districts' pages
    assert '<a href="../../orgs/a-registered/">柳岸社区助老服务中心</a>' in html


def test_a_district_page_links_back_to_its_year(built: tuple[Site, Path]) -> None:
    _, out = built
    html = _html(out, "annual/2023/qingshan")
    assert "青山区2023年度社区社会组织培育发展情况" in html
    assert '<a href="../">2023年度公示</a>' in html
    assert 'href="../../../data/annual/2023/qingshan/communities.csv"' in html
    site, _ = built  # a search facet: the page's search record is filtered by its district
    spec = next(s for s in district_pages(site) if s.url == "annual/2023/qingshan/")
    assert spec.kind == "annual" and spec.filters["district"] == ["青山区"]
    earlier = _html(out, "annual/2022/qingshan")
    assert "2022年度公示 ›" in earlier and '<a href="../">' not in earlier  # no 2022 page


# -- downloads -----------------------------------------------------------------------------------


def _same(cell: Any, value: Any) -> bool:
    """A cell read back from CSV or JSON equals the table's value."""
    if value is None:
        return cell in ("", None)
    if isinstance(value, bool):
        return cell in ("是", "否", True, False) and cell in (
            ("是", True) if value else ("否", False)
        )
    if isinstance(value, date):
        return cell == value.isoformat()
    if isinstance(value, (int, Decimal)):
        return Decimal(str(cell)) == Decimal(value)
    return cell == value


def test_every_table_downloads_as_csv_and_json_that_parse_back(built: tuple[Site, Path]) -> None:
    site, out = built
    found = downloads(site)
    assert "data/annual/2023/orgs-by-district" in found
    assert "data/annual/2022/xikou/density" in found
    for path, (view, table) in found.items():
        raw = (out / f"{path}.csv").read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf"), path  # Excel reads UTF-8 only with a BOM
        text = raw.decode("utf-8-sig")
        assert "\r\n" in text and "\n" not in text.replace("\r\n", ""), path
        rows = list(csv.reader(io.StringIO(text)))
        assert rows[0] == [c.label for c in table.columns], path
        records = table.records()
        assert len(rows) - 1 == len(records), path
        for cells, record in zip(rows[1:], records, strict=True):
            assert all(_same(c, v) for c, v in zip(cells, record.values(), strict=True)), (
                path,
                cells,
                record,
            )
        data = json.loads((out / f"{path}.json").read_text(encoding="utf-8"))
        assert data["year"] == view.year and data["table"] == table.id
        assert [c["label"] for c in data["columns"]] == [c.label for c in table.columns]
        back = data["rows"] + data["totals"]
        assert len(back) == len(records), path
        for item, record in zip(back, records, strict=True):
            assert list(item) == list(record), path
            assert all(_same(item[k], v) for k, v in record.items()), (path, item, record)


def test_a_csv_cell_excel_would_run_is_quoted(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "annual", repo)
    bureau = repo / "content/annual/2023.yml"
    text = bureau.read_text(encoding="utf-8").replace(
        "reason: 未按时报送年度报告", "reason: '=HYPERLINK(\"http://x\")'"
    )
    bureau.write_text(text, encoding="utf-8")
    site = load_site(repo, Report())
    write_downloads(site, tmp_path / "out")
    raw = (tmp_path / "out/data/annual/2023/abnormal-list.csv").read_text(encoding="utf-8-sig")
    assert "'=HYPERLINK" in raw


# -- glossary --------------------------------------------------------------------------------------


def test_glossary_terms_are_explained_on_policy_and_annual_pages_only(
    built: tuple[Site, Path],
) -> None:
    _, out = built
    policy = _html(out, "policies/venture")
    assert policy.count('<abbr title="政府或基金会通过公开评审资助公益项目。">公益创投</abbr>') == 1
    assert '<abbr title="在城乡社区开展活动的社会组织。">社区社会组织</abbr>' in policy
    annual = _html(out, "annual/2023")
    assert "通过<abbr" in annual  # found inside a Chinese sentence
    assert '<abbr title="非政府组织。">NGO</abbr> 与 NGOs' in annual  # Latin terms keep boundaries
    assert re.search(r"<h2[^>]*>公益创投</h2>", annual)  # headings stay plain
    assert "<abbr" not in _html(out, "")  # the home page has no glossary


def test_glossary_marks_the_first_use_in_reading_order() -> None:
    engine = markdown.Markdown(extensions=["abbr", glossary.GlossaryExtension()])
    html = engine.convert(
        "## 公益创投\n\n[公益创投](https://x.org)，各街道通过**公益创投**和公益创投资助。\n\n"
        "- 再说公益创投\n\n`公益创投`\n\n*[公益创投]: 资助 <公益> 项目\n"
    )
    assert html.count("<abbr") == 1
    assert '<strong><abbr title="资助 &lt;公益&gt; 项目">公益创投</abbr></strong>' in html


def test_glossary_file(tmp_path: Path) -> None:
    assert glossary.load(tmp_path) == {}
    (tmp_path / "glossary.yml").write_text(
        "公益创投: 资助\n  公益项目。\n'[坏]': x\n空: ''\n列表: [a, b]\n", encoding="utf-8"
    )
    assert glossary.load(tmp_path) == {"公益创投": "资助 公益项目。"}
    (tmp_path / "glossary.yml").write_text("公益创投: [\n", encoding="utf-8")
    assert glossary.load(tmp_path) == {}  # broken YAML: logged, never raised
    terms = {"公益创投": "资助"}
    assert glossary.append_to("正文\n", "policies/a.md", terms) == "正文\n\n*[公益创投]: 资助\n"
    assert glossary.append_to("正文\n", "index.md", terms) == "正文\n"
    assert glossary.term_pattern(["NGO", "社区"]).findall("NGO、NGOs和社区里") == ["NGO", "社区"]


# -- in the browser ------------------------------------------------------------------------------

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


ANNUAL_PAGES = ["annual/2023/", "annual/2023/qingshan/", "annual/2022/xikou/"]


@pytest.fixture(scope="module")
def example_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """The example city built and served (image cache kept in .cache/ between runs)."""
    out = tmp_path_factory.mktemp("example-annual") / "site"
    result = build(REPO, out)
    assert result.built, [f.as_text() for f in result.report.findings]
    handler = functools.partial(_Quiet, directory=str(out))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="module")
def chromium(browser: Any) -> Any:
    """The session's Debian chromium (tests/conftest.py): one Playwright per session."""
    return browser


@pytest.mark.browser
@pytest.mark.parametrize("path", ANNUAL_PAGES)
@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_no_horizontal_scroll_on_a_phone(
    example_url: str, chromium: Any, path: str, scheme: str
) -> None:
    page = chromium.new_page(
        viewport={"width": 360, "height": 740},
        device_scale_factor=2,
        is_mobile=True,
        color_scheme=scheme,
    )
    page.goto(example_url + path, wait_until="load")
    width = page.evaluate("document.documentElement.scrollWidth")
    charts = page.evaluate(
        "[...document.querySelectorAll('svg.gs-chart')].map(s => s.getBoundingClientRect().right)"
    )
    page.close()
    assert width <= 360, (path, width)
    assert charts and max(charts) <= 360, (path, charts)


@pytest.mark.browser
@pytest.mark.parametrize(
    ("path", "scheme"),
    [
        *((path, scheme) for path in ANNUAL_PAGES[:2] for scheme in ("light", "dark")),
        ("policies/2021-cultivation-action-plan/", "light"),  # its glossary terms
    ],
)
def test_axe_finds_no_serious_problem(
    example_url: str, chromium: Any, path: str, scheme: str
) -> None:
    page = chromium.new_page(color_scheme=scheme)
    page.goto(example_url + path, wait_until="load")
    serious = serious_accessibility_problems(page)
    page.close()
    assert serious == [], (path, scheme, serious)


@pytest.mark.browser
def test_a_glossary_term_explains_itself_when_tapped(example_url: str, chromium: Any) -> None:
    context = chromium.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    page.goto(example_url + "policies/2021-cultivation-action-plan/", wait_until="load")
    term = page.locator(".md-content abbr[title]").first
    title = term.get_attribute("title")
    term.scroll_into_view_if_needed()
    term.tap()
    tooltip = page.locator(".md-tooltip2--active")
    tooltip.wait_for(state="visible", timeout=3000)
    assert title and title[:10] in tooltip.inner_text()
    context.close()


@pytest.mark.browser
def test_print_keeps_the_tables_and_drops_the_links(example_url: str, chromium: Any) -> None:
    page = chromium.new_page()
    page.emulate_media(media="print")
    page.goto(example_url + "annual/2023/", wait_until="load")
    hidden = page.evaluate(
        "['.gs-downloads', '.gs-annual__contents', '.md-header'].map("
        "s => getComputedStyle(document.querySelector(s)).display)"
    )
    assert hidden == ["none", "none", "none"]
    assert page.locator("table.gs-data").first.is_visible()
    assert page.pdf()[:4] == b"%PDF"
    page.close()


# -- names and codes residents know ------------------------------------------------------------


def test_lists_of_organizations_show_name_and_code_never_a_folder(
    built: tuple[Site, Path],
) -> None:
    """The 表彰 and 异常名录 tables show each organization's name and its USCC, filing number or
    培育中; the folder id stays in the downloads only, beside the code, as the joining key."""
    _, out = built
    html = _html(out, "annual/2023")
    for table_id, code in (("commendations", "52330102MJ1234567J"), ("abnormal-list", "培育中")):
        table = html[html.index(f'id="{table_id}-table"') :]
        table = re.sub(r"<[^>]+>", " ", table[: table.index("</table>")])  # the text shown
        assert code in table, table_id
        assert "组织编号" not in table and "a-registered" not in table and "c-pending" not in table
        assert "统一社会信用代码或备案编号" in table
        rows = list(csv.reader(io.StringIO(
            (out / f"data/annual/2023/{table_id}.csv").read_bytes().decode("utf-8-sig")
        )))  # fmt: skip
        header = rows[0]
        assert header.index("统一社会信用代码或备案编号") == header.index("组织编号") + 1
        assert code in rows[1]


def test_a_year_published_before_the_codes_shows_them_and_keeps_its_figures() -> None:
    """The example's published snapshots have no code column: the page adds it from the
    records, and no published figure is reported as changed."""
    report = Report()
    site = load_site(REPO, report)
    for year in (2022, 2023):
        view = annual_view(site, year)
        assert view.frozen and view.moved == [], [m.describe() for m in view.moved]
        table = next(t for t in view.tables if t.id == "commendations")
        keys = [c.key for c in table.columns]
        assert keys.index("org_code") == keys.index("org_id") + 1
        assert "org_id" not in [c.key for c in table.shown_columns()]
        for row in table.rows:
            org = site.orgs[row["org_id"]].org
            assert row["org_code"] == org.public_code and row["org_code"]


def test_a_years_view_is_made_once_per_site_and_again_for_another_snapshot() -> None:
    """The checks, the pages and the downloads share one view of a year; a published year's
    page is its live view with the snapshot's figures, and a new snapshot (publish-year) is
    never shown the figures of the old one."""
    site = load_site(REPO, Report())
    live = annual_view(site, 2023, frozen=False)
    shown = annual_view(site, 2023)
    assert annual_view(site, 2023) is shown and annual_view(site, 2023, frozen=False) is live
    assert shown.frozen and not live.frozen and shown.tables is not live.tables
    district = annual_view(site, 2023, "qingshan")
    assert annual_view(site, 2023, "qingshan") is district and district.frozen
    # another snapshot, whose count of organizations is one more than the records give
    published = site.published[2023]
    scopes = json.loads(json.dumps(published.scopes))
    figure = next(f for f in scopes["city"]["figures"] if f["value"])
    figure["value"] += 1
    site.published[2023] = dataclasses.replace(published, scopes=scopes)
    again = annual_view(site, 2023)
    assert again is not shown
    assert [m.describe() for m in again.moved], "the new snapshot's figure differs from the records"
    # the records' figures, made again (which tables show depends on the snapshot too)
    assert annual_view(site, 2023, frozen=False).figures == live.figures
