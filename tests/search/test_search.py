"""Chinese search through Pagefind's own JavaScript in headless Chromium, on the example city.

Each query expects a page in the top 3; recall on two-character words is measured against the
indexed text of the pages themselves (pages that contain the word and are found / that contain it).
"""

from __future__ import annotations

import json
import shutil
import time
from dataclasses import replace
from pathlib import Path

import pytest

from generator.search.index import SearchRecord, copy_tree, index_records, plan_shards
from generator.search.text import indexed_text
from generator.search.tokens import tokens
from tests.conftest import REPO, SITES, build, serve

pytestmark = pytest.mark.browser

# (query, a URL prefix expected among the first three results): the hand-written pages, whose
# titles do not change with the example city's organizations (those are tested against the
# records themselves, in tests/search/test_ranking.py)
QUERIES = [
    ("购买服务实施办法", "/policies/local-government-purchase/"),
    (
        "政府购买服务",
        ("/orgs/", "/policies/"),
    ),  # the policies on purchasing services, or who is paid
    ("专项行动", "/policies/2021-cultivation-action-plan/"),
    ("大力培育发展", "/policies/2017-guideline/"),
    ("养老", "/orgs/"),
    ("文体", "/orgs/"),
]
TWO_CHARACTER_WORDS = [
    "养老",
    "助残",
    "重阳",
    "社区",
    "志愿",
    "儿童",
    "老人",
    "培训",
    "调解",
    "环保",
    "垃圾",
    "分类",
    "巡逻",
    "课堂",
    "越剧",
    "书法",
    "舞蹈",
    "合唱",
    "骑手",
    "驿站",
    "邻里",
    "互助",
    "健康",
    "义诊",
    "篮球",
    "读书",
    "党建",
    "村民",
    "留守",
    "应急",
    "救援",
    "安全",
    "消防",
    "文艺",
    "演出",
    "公益",
    "创投",
    "孵化",
    "项目",
    "活动",
]
SEARCH = """async (q) => {
  const search = await window.gongshiSearch.search(q);
  const data = await Promise.all(search.results.map((r) => r.data()));
  return data.map((d) => d.url);
}"""


@pytest.fixture(scope="module", params=["one-bundle", "in-parts"])
def search_page(request: pytest.FixtureRequest, browser: object, example_site: Path) -> object:
    """The example city's home page, its index in one bundle, then split into parts."""
    site = (
        example_site
        if request.param == "one-bundle"
        else request.getfixturevalue("sharded_example_site")
    )
    server, url = serve(site)
    page = browser.new_page()
    page.goto(url, wait_until="load")
    yield page
    page.close()
    server.shutdown()


@pytest.mark.parametrize(("query", "expected"), QUERIES, ids=[q for q, _ in QUERIES])
def test_query_finds_its_page(search_page: object, query: str, expected: str) -> None:
    urls = search_page.evaluate(SEARCH, query)
    assert any(url.startswith(expected) for url in urls[:3]), (
        query,
        urls[:5],
    )  # str.startswith takes tuples


def test_two_character_recall(search_page: object, example_site: Path) -> None:
    texts = {}
    for path in example_site.rglob("index.html"):
        if "pagefind" in path.parts:
            continue
        # the page's text as Pagefind would index it (inside data-pagefind-body, not ignored)
        text = indexed_text(path.read_text(encoding="utf-8"))
        if text:
            texts["/" + path.parent.relative_to(example_site).as_posix().strip(".") + "/"] = text

    texts = {url.replace("//", "/"): text for url, text in texts.items()}
    containing = found = 0
    misses = {}
    for word in TWO_CHARACTER_WORDS:
        have = {url for url, text in texts.items() if word in text}
        hits = have & set(search_page.evaluate(SEARCH, word))
        containing += len(have)
        found += len(hits)
        if len(hits) < len(have):
            misses[word] = f"{len(hits)}/{len(have)}"
    assert containing > 1000
    assert found / containing >= 0.98, misses


def test_header_search_and_search_page(browser: object, example_url: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(example_url, wait_until="load")
    box = page.locator("#gs-search-input")
    box.fill("越剧")
    page.wait_for_selector("#gs-search-results a.gs-result")
    assert "越剧" in page.locator("#gs-search-results").inner_text()
    box.press("ArrowDown")
    assert page.locator("#gs-search-results a[aria-selected=true]").count() == 1
    box.press("Escape")
    assert page.locator("#gs-search-results").is_hidden()
    box.fill("养老")
    box.press("Enter")
    page.wait_for_url("**/search/?q=*")
    page.wait_for_selector("ol.gs-results li")
    total = page.locator("[data-gs-status]").inner_text()
    assert "找到" in total
    page.locator("[data-gs-filter-toggle]").click()
    page.locator("fieldset.gs-facet input[name=district][value='明溪区']").check()
    page.wait_for_function("location.search.includes('district=')")
    page.wait_for_function(
        "(before) => document.querySelector('[data-gs-status]').innerText !== before", arg=total
    )

    assert "district=%E6%98%8E%E6%BA%AA%E5%8C%BA" in page.url
    shared = page.url
    page.close()
    # the view can be shared: the same URL restores the query and the facet
    other = browser.new_page(viewport={"width": 360, "height": 740})
    other.goto(shared, wait_until="load")
    other.wait_for_selector("ol.gs-results li")
    assert other.locator("#gs-search-page-input").input_value() == "养老"
    assert other.locator("fieldset.gs-facet input[value='明溪区']").is_checked()
    assert other.evaluate("document.documentElement.scrollWidth") <= 360
    other.close()


def _pages(folder: Path) -> int:
    entry = json.loads((folder / "pagefind-entry.json").read_text())
    return entry["languages"]["zh"]["page_count"]


def test_parts_layout(sharded_example_site: Path, example_site: Path) -> None:
    """A big site's index: organizations and hand-written pages in the primary bundle, projects
    and activities in parts listed by parts.json, which bring no second pagefind.js or WebAssembly."""
    manifest = json.loads((sharded_example_site / "pagefind" / "parts.json").read_text())
    assert manifest["parts"] and manifest["first"] == 0
    primary = _pages(sharded_example_site / "pagefind")
    orgs = sum(1 for _ in (sharded_example_site / "orgs").glob("*/index.html"))
    assert orgs <= primary == manifest["pages"] < orgs + 40  # and a few hand-written pages
    for part in manifest["parts"]:
        folder = sharded_example_site / part
        assert not (folder / "pagefind.js").exists()
        assert not list(folder.glob("wasm.*"))
    total = primary + sum(_pages(sharded_example_site / part) for part in manifest["parts"])
    assert total == _pages(example_site / "pagefind")
    assert json.loads((example_site / "pagefind" / "parts.json").read_text())["parts"] == []


SORTED = """async (options) => {
  const search = await window.gongshiSearch.search("", options);
  const data = [];
  for (const r of search.results.slice(0, 60)) data.push(await r.data());
  return [search.results.length, data.map((d) => [d.url, d.meta["sort-date"] || ""])];
}"""


@pytest.mark.parametrize("direction", ["desc", "asc"])
def test_sorted_view_across_parts(
    browser: object, example_site: Path, sharded_example_site: Path, direction: str
) -> None:
    """Sorting by date gives the same order whether the index is one bundle or in parts
    (Pagefind itself would merge the parts' lists by relevance)."""
    options = {"filters": {"kind": {"any": ["活动"]}}, "sort": {"date": direction}}
    seen = []
    for site in (example_site, sharded_example_site):
        server, url = serve(site)
        page = browser.new_page()
        page.goto(url, wait_until="load")
        seen.append(page.evaluate(SORTED, options))
        page.close()
        server.shutdown()
    (count, one), (count_parts, parts) = seen
    assert count == count_parts > 60
    dates = [date for _, date in parts]
    assert dates == sorted(dates, reverse=direction == "desc") and all(dates)
    assert dates == [date for _, date in one]  # same dates in the same order (ties may swap)


def test_bundles_are_copies_with_their_part_and_the_records_are_left_alone() -> None:
    records = _city(60, 4, policies=2)
    records[5].filters = {"district": ["青山区"]}
    before = [replace(record, filters=dict(record.filters)) for record in records]
    shards = plan_shards(records, 100)
    assert len(shards) > 2 and records == before  # nothing of the caller's changed
    by_url = {record.url: record for record in before}
    for name, shard in shards:
        for copied in shard:
            original = by_url.pop(copied.url)
            part = {"part": [name or "0"]}
            assert copied == replace(original, filters={**original.filters, **part})
    assert not by_url  # every record in one bundle


def _city(
    orgs: int, activities: int, *, policies: int = 0, changed: str = ""
) -> list[SearchRecord]:
    """Synthetic search records: hand-written pages, then organizations with their activities
    (`changed` is appended to the text of organization 7's second activity)."""
    records = [
        SearchRecord(
            url=f"policies/p{n}/", title=f"政策{n}", kind="政策", text="培育发展社区社会组织"
        )
        for n in range(policies)
    ]
    for number in range(orgs):
        org = f"org-{number:03d}"
        records.append(
            SearchRecord(
                url=f"orgs/{org}/",
                title=f"第{number}号志愿服务队",
                kind="机构",
                text="社区养老服务",
            )
        )
        for index in range(1, activities + 1):
            records.append(
                SearchRecord(
                    url=f"orgs/{org}/activities/a{index}/",
                    title=f"{org} 活动 a{index}",
                    kind="活动",
                    text="养老义诊活动" + (changed if (number, index) == (7, 2) else ""),
                    sort={"date": f"2024-01-{number % 28 + 1:02d}"},
                )
            )
    return records


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_index_parts_are_cached(tmp_path: Path) -> None:
    """Bundles whose documents did not change come from the cache, byte for byte what indexing
    them again writes; a changed activity re-indexes only its own part."""
    cache = tmp_path / "cache"
    first = index_records(_city(60, 4), tmp_path / "a", cache_dir=cache, shard_pages=100)
    assert first.bundles == 4 and first.reused == 0 and first.pages == 300  # 60 + 3 parts of 240
    again = index_records(_city(60, 4), tmp_path / "b", cache_dir=cache, shard_pages=100)
    assert again.reused == 4
    fresh = index_records(_city(60, 4), tmp_path / "c", shard_pages=100)  # no cache at all
    assert _tree(tmp_path / "a") == _tree(tmp_path / "b") == _tree(tmp_path / "c")
    changed = index_records(
        _city(60, 4, changed="，新增测量血压"), tmp_path / "d", cache_dir=cache, shard_pages=100
    )
    assert changed.reused == 3 and changed.pages == fresh.pages
    differing = {
        name.split("/")[1] if name.startswith("pagefind-parts/") else "primary"
        for name in set(_tree(tmp_path / "d")) ^ set(_tree(tmp_path / "c"))
    }
    assert len(differing) == 1 and "primary" not in differing


@pytest.mark.parametrize(
    ("markup", "expected"),
    [
        (
            "<main data-pagefind-body><h1>敬老<b>助餐</b></h1><p>每周&amp;三</p></main><p>页脚</p>",
            "敬老 助餐 每周&三",
        ),
        ('<div data-pagefind-body>甲<script>var a = "<p>乙</p>";</script>丙</div>', "甲 丙"),
        ('<div data-pagefind-body>甲<svg><rect width="1"/><text>图</text></svg>乙</div>', "甲 乙"),
        (
            '<div data-pagefind-body>甲<div data-pagefind-ignore="all">乙<p>丙</p></div>丁</div>',
            "甲 丁",
        ),
        (
            '<div data-pagefind-body><img alt="data-pagefind-ignore">甲<span title="a>b">乙</span></div>',
            "甲 乙",
        ),
        (
            "<div data-pagefind-body>甲<!-- <p>注释</p> -->乙<STYLE>p{}</STYLE><br>丙</div>",
            "甲 乙 丙",
        ),
        ('<p title="data-pagefind-body">不收</p>', ""),
        (  # ignored inside ignored; a void element; the attribute's name as text, not markup
            "<section data-pagefind-body>甲<div data-pagefind-ignore>乙<p data-pagefind-ignore>丙"
            '</p>丁</div><img data-pagefind-ignore alt="图">戊 data-pagefind-ignore 己</section>',
            "甲 戊 data-pagefind-ignore 己",
        ),
        ("<div data-pagefind-body>甲</div><p>乙</p><div data-pagefind-body>丙</div>", "甲 丙"),
    ],
)
def test_indexed_text(markup: str, expected: str) -> None:
    """What Pagefind would index of a page: inside data-pagefind-body, outside ignored parts,
    scripts, styles and SVG; attribute values never count as attributes."""
    assert indexed_text(markup) == expected


# the first and last character of each range of Chinese that search.py and search.js tokenize,
# beside their neighbours outside it, Latin letters and digits
BOUNDARIES = (
    "Ab3 㐀㐁 䶾䶿 一丁 鿾鿿 豈更 﫾﫿 㿿䀀 社区服务 \u33ff\u3400x \u9fff\ua000 \uf8ff\uf900"
)


def _reference_tokens(text: str) -> list[str]:
    """tokens() as first written: a character's code computed one at a time."""
    import re

    def code(char: str) -> str:
        number, letters = ord(char), ""
        for _ in range(4):
            number, digit = divmod(number, 26)
            letters = "abcdefghijklmnopqrstuvwxyz"[digit] + letters
        return letters

    out = []
    for run in re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+", text):
        if run[0] < "\u3400":
            out.append(run.lower())
            continue
        codes = [code(char) for char in run]
        out += ["y" + codes[0]] if len(codes) == 1 else []
        out += ["y" + codes[i] + codes[i + 1] for i in range(len(codes) - 1)]
    return out


def test_tokens_agree_with_the_reference_and_search_js(browser: object, example_url: str) -> None:
    """The indexer's tokens (a translation table) are the reference's, and search.js makes the
    same of a query (lone characters aside: search.js moves them last, as prefixes)."""
    assert tokens(BOUNDARIES) == _reference_tokens(BOUNDARIES)
    assert tokens("中") == _reference_tokens("中") and len(tokens("中")[0]) == 5
    page = browser.new_page()
    page.goto(example_url, wait_until="load")
    made = page.evaluate("(text) => window.gongshiSearch.tokens(text)", BOUNDARIES)
    page.close()
    assert sorted(made.split(" ")) == sorted(tokens(BOUNDARIES))


def test_more_button_only_when_there_is_more(browser: object, example_url: str) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(example_url + "search/?q=越剧", wait_until="load")
    page.wait_for_selector("ol.gs-results li")
    assert page.locator("ol.gs-results li").count() < 20
    assert page.locator("[data-gs-more]").is_hidden()
    page.goto(example_url + "search/?q=社区", wait_until="load")
    page.wait_for_selector("ol.gs-results li")
    page.wait_for_function("document.querySelectorAll('ol.gs-results li').length === 20")
    assert page.locator("[data-gs-more]").is_visible()
    page.locator("[data-gs-more]").click()
    page.wait_for_function("document.querySelectorAll('ol.gs-results li').length > 20")
    page.close()


def test_a_site_with_nothing_to_search_says_so(browser: object, tmp_path: Path) -> None:
    """A new city (no organizations, no explainers yet): Pagefind would wait forever over an
    empty index, so the search code answers "nothing found" without asking it."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    for folder in ("orgs", "content/policies", "content/annual", "content/registers"):
        shutil.rmtree(repo / folder)
    (repo / "orgs").mkdir()
    result = build(repo, tmp_path / "site")
    assert result.built, [f.as_text() for f in result.report.findings]
    assert json.loads((tmp_path / "site" / "pagefind" / "parts.json").read_text()) == {
        "pages": 0,
        "first": 0,
        "parts": [],
    }
    server, url = serve(tmp_path / "site")
    page = browser.new_page()
    page.goto(url, wait_until="load")
    page.locator("#gs-search-input").fill("养老")
    page.wait_for_selector("#gs-search-results .gs-search__none")
    page.goto(url + "search/?q=养老", wait_until="load")
    page.wait_for_function(
        "document.querySelector('[data-gs-status]').innerText.includes('没有找到')"
    )
    page.close()
    server.shutdown()


def test_a_citys_organizations_get_parts_of_their_own(tmp_path: Path, browser: object) -> None:
    """Beyond twice a part's size, organizations go to parts of their own ("o…"), searched with the
    primary bundle before the first results; projects and activities come after."""
    site = tmp_path / "site"
    result = index_records(_city(250, 2, policies=5), site, shard_pages=100)  # a city in miniature
    manifest = json.loads((site / "pagefind" / "parts.json").read_text())
    first = manifest["parts"][: manifest["first"]]
    assert manifest["pages"] == 5 == _pages(site / "pagefind")  # the hand-written pages
    assert len(first) == 3 and all(part.startswith("pagefind-parts/o") for part in first)
    assert sum(_pages(site / part) for part in first) == 250
    assert result.pages == 5 + 250 + 500
    (site / "search.js").write_bytes(
        (REPO / "generator/templates/assets/gongshi/search.js").read_bytes()
    )
    (site / "index.html").write_text(
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"></head><body>'
        '<script id="__config" type="application/json">{"base": "."}</script>'
        '<script src="search.js"></script></body></html>',
        encoding="utf-8",
    )
    server, url = serve(site)
    page = browser.new_page()
    page.goto(url, wait_until="load")
    early, every = page.evaluate(
        """async () => {
          let early = null;
          const all = await window.gongshiSearch.search("养老", {}, (first) => { early = first.results.length; });
          return [early, all.results.length];
        }"""
    )
    page.close()
    server.shutdown()
    assert (early, every) == (250, 750)  # organizations first, then everything


def test_bundles_indexed_while_rendering_equal_a_serial_build(tmp_path: Path) -> None:
    """With workers, pages render bundle by bundle and each bundle is indexed while the next
    renders (media and open data written meanwhile): the site is byte-identical to one built
    by a single process, which renders everything first."""
    from generator.workflow.demo import write_demo

    repo = tmp_path / "repo"
    write_demo(repo, orgs=40, seed=5)
    config = repo / "site_config.yml"
    marker = "  - gongshi:\n"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace(marker, marker + "      search_shard_pages: 100\n"), "utf-8")
    serial = build(repo, tmp_path / "serial", use_cache=False, workers=1)
    forked = build(repo, tmp_path / "forked", use_cache=False, workers=2)
    assert serial.built and forked.built
    assert forked.stats["pages"] >= 200  # enough pages for the forked path
    assert forked.stats["search_bundles"] >= 3 and forked.stats["search_pages"] > 200
    assert _tree(tmp_path / "serial") == _tree(tmp_path / "forked")


def test_a_failure_beside_the_rendering_fails_the_build_and_keeps_the_site(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Open data is written in a thread while the workers render and Pagefind indexes: an error
    there still ends the build (after the workers and the indexing threads have stopped), and
    the published site stays as it was."""
    from generator.exports import opendata
    from generator.workflow.demo import write_demo

    repo = tmp_path / "repo"
    write_demo(repo, orgs=40, seed=5)
    site = tmp_path / "site"
    assert build(repo, site, workers=2).built
    before = _tree(site)

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(opendata, "write_all", full)
    with pytest.raises(OSError, match="No space left"):
        build(repo, site, workers=2)
    assert _tree(site) == before
    # no staging left: a staging made from a spare is a whole site, deleted in the background
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".site.building-")]
    deadline = time.monotonic() + 60
    while [p for p in tmp_path.iterdir() if p.name.startswith(".site")]:
        assert time.monotonic() < deadline, "the failed build's staging stayed"
        time.sleep(0.1)


def test_tokens_agree_when_threads_make_the_table_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """The indexer's threads may be the first to tokenize in a process (index_records, a
    content page of the primary bundle): the character table is made once, and no thread ever
    reads it half-made (it then left characters untranslated, and the same bundle got another
    cache key and other words)."""
    import threading

    from generator.search import tokens as search_tokens

    text = "龘阳光助老服务队 每周三 敬老助餐" + "".join(chr(c) for c in range(0x9F00, 0x9FFF))
    expected = tokens(text)
    for _ in range(5):
        monkeypatch.setattr(search_tokens, "_CODES", {})
        start = threading.Barrier(8)
        results: list[list[str]] = []

        def tokenize(start: threading.Barrier, results: list[list[str]]) -> None:
            start.wait()
            results.append(tokens(text))

        threads = [threading.Thread(target=tokenize, args=(start, results)) for _ in range(8)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert results == [expected] * 8


def test_a_cached_bundle_is_linked_into_the_site_whole(tmp_path: Path) -> None:
    """Every file of every folder, hard-linked (the same file, not a copy), empty folders too;
    a link to a folder is left out, and a file already linked stays the same."""
    source = tmp_path / "entry"
    (source / "fragment").mkdir(parents=True)
    (source / "index" / "deep").mkdir(parents=True)
    (source / "empty").mkdir()
    files = {"pagefind-entry.json": "{}", "fragment/a.pf_fragment": "碎片", "index/deep/x": "x"}
    for rel, text in files.items():
        (source / rel).write_text(text, encoding="utf-8")
    (source / "elsewhere").symlink_to(tmp_path, target_is_directory=True)
    target = tmp_path / "site" / "pagefind-parts" / "1"
    copy_tree(source, target)
    for rel, text in files.items():
        assert (target / rel).read_text(encoding="utf-8") == text
        assert (target / rel).stat().st_ino == (source / rel).stat().st_ino
    assert (target / "empty").is_dir() and not (target / "elsewhere").exists()
    assert sorted(p.relative_to(target).as_posix() for p in target.rglob("*")) == sorted(
        ["empty", "fragment", "index", "index/deep", *files]
    )
