"""Federation: two district sites built from their own repositories, and a portal that searches
both (Pagefind's multisite search) and links their open data, in headless Chromium.

The two members are served on ports of their own with CORS headers (as GitHub Pages sends), so
the portal really reads them cross-origin; one member's index comes in parts, as a big city's does.
"""

from __future__ import annotations

import functools
import http.server
import json
import shutil
import socket
import threading
import urllib.request
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from generator import pipeline
from generator.engine import theme
from generator.findings import Report
from generator.model.load import load_site
from generator.search import index as search
from generator.views import federation
from tests.conftest import SITES, _Quiet, build, serious_accessibility_problems, serve, validate

FIXTURES = SITES / "federation"
QINGSHAN_ORG = "柳岸社区古琴雅集社"
XIKOU_ORG = "石桥村竹编手艺传习队"
XIKOU_PROJECT = "竹编手艺进校园"
PORTAL_ORG = "测试市社区社会组织孵化中心"


class _Cors(_Quiet):
    def end_headers(self) -> None:
        self.send_header("Access-Control-Allow-Origin", "*")
        super().end_headers()


def _serve_cors(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Cors, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def _build(source: Path, work: Path) -> Path:
    repo = work / "repo"
    shutil.copytree(source, repo)
    result = build(repo, work / "site")
    assert result.built, [f.as_text() for f in result.report.findings]
    return work / "site"


@pytest.fixture(scope="module")
def members(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """青山区 and 溪口县, each built from its own repository and served on its own port with CORS;
    溪口县's index is split into parts (its projects in a bundle of their own)."""
    qingshan = _build(FIXTURES / "qingshan", tmp_path_factory.mktemp("qingshan"))

    class Small(search.Indexer):  # parts of one page (the setting's floor is 100)
        def __init__(self, records: list, site_dir: Path, **options: object) -> None:
            super().__init__(records, site_dir, **{**options, "shard_pages": 1})

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "Indexer", Small)  # the pipeline's indexer of the record pages
        xikou = _build(FIXTURES / "xikou", tmp_path_factory.mktemp("xikou"))
    assert json.loads((xikou / "pagefind" / "parts.json").read_text())["parts"]
    servers = {name: _serve_cors(site) for name, site in (("青山区", qingshan), ("溪口县", xikou))}
    yield {name: url for name, (_, url) in servers.items()}
    for server, _ in servers.values():
        server.shutdown()
        server.server_close()


@pytest.fixture
def portal(tmp_path: Path) -> Iterator[Callable[..., str]]:
    """Build and serve the portal (with or without organizations of its own) listing members."""
    servers = []

    def make(urls: dict[str, str], *, own_orgs: bool = True) -> str:
        repo = tmp_path / "portal"
        shutil.copytree(FIXTURES / "portal", repo)
        if not own_orgs:
            shutil.rmtree(repo / "orgs")
            (repo / "orgs").mkdir()  # a portal with no organizations of its own
        config = repo / "site_config.yml"
        text = config.read_text(encoding="utf-8")
        for name, url in urls.items():
            text = text.replace(
                f"https://{'qingshan' if name == '青山区' else 'xikou'}.example.org/", url
            )
        config.write_text(text, encoding="utf-8")
        result = build(repo, tmp_path / "site")
        assert result.built, [f.as_text() for f in result.report.findings]
        server, url = serve(tmp_path / "site")
        servers.append(server)
        return url + "portal/"

    yield make
    for server in servers:
        server.shutdown()


SETTLED = """() => {
  const status = document.querySelector('[data-gs-status]').innerText;
  if (/正在/.test(status)) return false;
  const count = status.match(/找到 (\\d+) 条/);
  return document.querySelectorAll('ol.gs-results li').length === (count ? Math.min(+count[1], 20) : 0);
}"""


def _shown(page: object) -> list[dict[str, str]]:
    """The results on the page once a search has settled: link, title, kind line, thumbnail."""
    page.wait_for_function(SETTLED)
    return page.evaluate(
        """() => Array.from(document.querySelectorAll('ol.gs-results a.gs-result')).map((a) => ({
          href: a.href,
          title: a.querySelector('.gs-result__title').innerText,
          kind: a.querySelector('.gs-result__kind').innerText,
          image: (a.querySelector('img') || {}).src || ''
        }))"""
    )


def _results(page: object, query: str) -> list[dict[str, str]]:
    """Search on the portal page (the form sets the status to 正在搜索… as it submits)."""
    page.fill("#gs-search-page-input", query)
    page.locator(".gs-search-page__form button[type=submit]").click()
    return _shown(page)


def _open_portal(browser: object, url: str) -> object:
    page = browser.new_context().new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(url, wait_until="load")
    page.wait_for_function(SETTLED)
    page.errors = errors
    return page


@pytest.mark.browser
def test_portal_finds_a_record_of_each_district(
    browser: object, members: dict[str, str], portal: Callable[..., str]
) -> None:
    url = portal(members)
    page = _open_portal(browser, url)
    qingshan, xikou = members["青山区"], members["溪口县"]

    found = _results(page, "古琴雅集")
    hit = next(r for r in found if r["title"] == QINGSHAN_ORG)
    assert hit["href"] == qingshan + "orgs/liuan-guqin/"
    assert hit["kind"].startswith("青山区")
    assert hit["image"].startswith(qingshan)  # the member's own thumbnail, from its host
    assert urllib.request.urlopen(hit["image"]).status == 200

    found = _results(page, "竹编")
    by_title = {r["title"]: r for r in found}
    assert by_title[XIKOU_ORG]["href"] == xikou + "orgs/shiqiao-zhubian/"
    assert by_title[XIKOU_ORG]["kind"].startswith("溪口县")
    # from 溪口县's second bundle (its parts are merged too)
    assert by_title[XIKOU_PROJECT]["href"] == xikou + "orgs/shiqiao-zhubian/projects/jin-xiaoyuan/"

    found = _results(page, "孵化中心")  # the portal's own index is searched as well
    own = next(r for r in found if r["title"] == PORTAL_ORG)
    assert own["href"] == url.replace("portal/", "orgs/shi-fuhua/")
    assert own["kind"].startswith("测试市")

    # one search over every site: the site facet counts each, and a sort merges them
    found = _results(page, "全体居民")  # a service target of all three organizations
    assert {r["title"] for r in found} >= {QINGSHAN_ORG, XIKOU_ORG, PORTAL_ORG}
    sites = page.eval_on_selector_all(
        "fieldset.gs-facet input[name=site]", "boxes => boxes.map((b) => b.value)"
    )
    assert set(sites) == {"青山区", "溪口县", "测试市"}
    page.select_option("#gs-search-sort", "name:asc")
    names = [r["title"] for r in _shown(page)]
    assert names == sorted(names) and {QINGSHAN_ORG, XIKOU_ORG, PORTAL_ORG} <= set(names)
    page.locator("[data-gs-filter-toggle]").click()  # the filters open from 筛选
    page.locator("fieldset.gs-facet input[name=site][value='溪口县']").check()
    found = _shown(page)
    assert found and all(r["kind"].startswith("溪口县") for r in found)

    # the open data of every site, linked absolutely to the member that publishes it
    links = page.eval_on_selector_all(
        ".gs-portal__sites table a", "links => links.map((a) => a.href)"
    )
    for base in (qingshan, xikou):
        for name in ("organizations", "projects", "activities"):
            for format in ("csv", "json"):
                assert f"{base}data/{name}.{format}" in links
    assert urllib.request.urlopen(f"{xikou}data/organizations.csv").status == 200
    assert page.locator("[data-gs-federation-notice]").is_hidden()
    assert not page.errors
    assert not serious_accessibility_problems(page)
    page.context.close()


@pytest.mark.browser
def test_a_member_down_leaves_the_others_working(
    browser: object, members: dict[str, str], portal: Callable[..., str]
) -> None:
    with socket.socket() as spare:  # a port nobody listens on: 青山区 is down
        spare.bind(("127.0.0.1", 0))
        down = f"http://127.0.0.1:{spare.getsockname()[1]}/"
    url = portal({"青山区": down, "溪口县": members["溪口县"]}, own_orgs=False)
    page = _open_portal(browser, url)

    found = _results(page, "竹编")
    assert any(r["href"].startswith(members["溪口县"]) for r in found)
    assert not _results(page, "古琴雅集")
    notice = page.locator("[data-gs-federation-notice]")
    assert notice.is_visible() and "青山区" in notice.inner_text()
    assert "暂时无法访问" in page.locator(f"tr[data-gs-site='{down}']").inner_text()
    page.context.close()


def _with_federation(tmp_path: Path, lines: str) -> tuple[Path, int]:
    """The portal fixture with these federation lines; the line they start on."""
    repo = tmp_path / "portal"
    shutil.copytree(FIXTURES / "portal", repo)
    config = repo / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    head = text[: text.index("      federation:")]
    config.write_text(head + lines, encoding="utf-8")
    return repo, head.count("\n") + 1


@pytest.mark.parametrize(
    ("lines", "code", "hint"),
    [
        (
            '      federation: [{name: 青山区, url: "https://qingshan.example.org"}]\n',
            "invalid-format",
            "写成 https://qingshan.example.org/",
        ),
        ('      federation: [{name: 青山区, url: "ftp://qingshan.example.org/"}]\n', "bad-url", ""),
        (
            '      federation: [{name: 青山区, url: "https://a.example.org/?x=1"}]\n',
            "invalid-format",
            "去掉 ? 和 #",
        ),
        ('      federation: [{name: "", url: "https://a.example.org/"}]\n', "too-short", ""),
        ("      federation: [{name: 青山区}]\n", "missing-field", "url（网站网址）"),
        ("      federation: 青山区\n", "wrong-type", ""),
        (
            "      federation:\n"
            '        - {name: 青山区, url: "https://a.example.org/"}\n'
            '        - {name: 青山区, url: "https://b.example.org/"}\n',
            "invalid-format",
            "不能重复",
        ),
        (
            '      federation: [{name: 测试市, url: "https://a.example.org/"}]\n',
            "invalid-format",
            "城市名称（city）",
        ),
    ],
)
def test_bad_federation_settings_are_findings(
    tmp_path: Path, lines: str, code: str, hint: str
) -> None:
    repo, line = _with_federation(tmp_path, lines)
    report = validate(repo)
    assert [f.code for f in report.findings] == [code]
    finding = report.findings[0]
    assert finding.path == "site_config.yml" and line <= finding.line <= line + 1
    assert "federation" in finding.message_zh + finding.hint_zh or code == "bad-url"
    assert hint in finding.hint_zh + finding.message_zh


def test_portal_page_only_with_members(tmp_path: Path) -> None:
    report = Report()
    plain = load_site(SITES / "minimal", report)
    assert federation.pages(plain, 2) == [] and not report.errors
    site = load_site(FIXTURES / "portal", report)
    (page,) = federation.pages(site, 1)
    assert page.url == "portal/" and "青山区、溪口县" in page.description
    assert [s["name"] for s in page.context["federation"]["sites"]] == [
        "测试市",
        "青山区",
        "溪口县",
    ]
    docs = FIXTURES / "portal" / "content"
    assert {"联合搜索": "portal/index.md"} in theme.default_nav(docs, federated=True)
    assert {"联合搜索": "portal/index.md"} not in theme.default_nav(docs)
