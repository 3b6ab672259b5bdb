"""What residents get from search on the example city, checked against the records themselves
(names, short names and fields read from the built site, never today's names): what identifies a
page ranks first, a sort keeps every result, the first result is on a phone's first screen, a
typo gets suggestions, and the 404 page searches too."""

from __future__ import annotations

import functools
import http.server
import json
import threading
from collections import Counter
from pathlib import Path

import pytest

from tests.conftest import serve

pytestmark = pytest.mark.browser

SEARCH = """async ([q, options]) => {
  const search = await window.gongshiSearch.search(q, options || {});
  const data = [];
  for (const r of search.results) data.push(await r.data());
  return data.map((d) => ({url: d.url, kind: d.meta.kind, title: d.meta.title,
                           fields: (d.filters || {}).field || [], date: d.meta["sort-date"] || "",
                           since: d.meta["sort-since"] || ""}));
}"""


@pytest.fixture(scope="module")
def vocabulary(example_site: Path) -> dict:
    return json.loads((example_site / "pagefind" / "vocabulary.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def home(browser: object, example_url: str) -> object:
    page = browser.new_page()
    page.goto(example_url, wait_until="load")
    yield page
    page.close()


def _find(page: object, query: str, options: dict | None = None) -> list[dict]:
    return page.evaluate(SEARCH, [query, options])


def test_every_full_name_first_and_short_name_in_the_top_3(home: object, vocabulary: dict) -> None:
    """An organization's full name finds it first (among organizations of the very same name,
    if any); its short name in the top 3 (counting namesakes of the short name)."""
    orgs = vocabulary["orgs"]
    assert len(orgs) > 50
    names = Counter(name for _, name, _ in orgs)
    shorts = Counter(short for _, _, short in orgs if short)
    misses = []
    for org_id, name, short in orgs:
        url = f"/orgs/{org_id}/"
        urls = [r["url"] for r in _find(home, name)]
        if url not in urls[: names[name]]:
            misses.append((name, urls[:3]))
        if short:
            urls = [r["url"] for r in _find(home, short)]
            if url not in urls[: 2 + shorts[short]]:
                misses.append((short, urls[:3]))
    assert not misses, misses


def test_organizations_of_a_field_rank_above_what_mentions_it(
    home: object, vocabulary: dict
) -> None:
    """For each service field's name (养老服务…) and its first two characters (养老…, unless a
    quarter of the organizations are named with them, like 社区): the organizations whose field
    or name it is come before every project, activity or other organization that only mentions
    it."""
    checked = 0
    for query in _field_queries(vocabulary):
        results = _find(home, query)
        identified = [
            i
            for i, r in enumerate(results)
            if r["kind"] == "机构" and (query in r["title"] or any(query in f for f in r["fields"]))
        ]
        if not identified:
            continue
        checked += 1
        others = [i for i in range(len(results)) if i not in identified]
        assert not others or max(identified) < min(others), (
            query,
            [(r["kind"], r["title"]) for r in results[: len(identified) + 3]],
        )
    assert checked >= 5


def _field_queries(vocabulary: dict) -> list[str]:
    """Each service field's name and its first two characters (unless a quarter of the
    organizations are named with them, like 社区: a word on nearly every organization's page
    weighs nothing in Pagefind's ranking)."""
    names = [name for _, name, _ in vocabulary["orgs"]]
    queries = []
    for field, _ in vocabulary["fields"]:
        common = sum(field[:2] in name for name in names) > len(names) / 4
        queries += [field] if common else [field, field[:2]]
    return queries


@pytest.fixture(scope="module")
def split(browser: object, sharded_example_site: Path) -> object:
    """The search engine of the example city split into parts (organizations in the primary
    bundle, projects and activities in parts merged into it)."""
    server, url = serve(sharded_example_site)
    page = browser.new_page()
    page.goto(url, wait_until="load")
    yield page
    page.close()
    server.shutdown()


def test_split_site_organizations_of_a_field_before_its_projects_and_activities(
    split: object, vocabulary: dict
) -> None:
    """On a site whose index is split into parts, each bundle weighs a word by its own pages,
    and the parts of projects and activities (where a field's words are rarer) are merged at a
    lower weight: for each field query the organizations whose field or name it is still come
    before every project and activity of the merged list."""
    checked = 0
    for query in _field_queries(vocabulary):
        results = _find(split, query)
        identified = [
            i
            for i, r in enumerate(results)
            if r["kind"] == "机构" and (query in r["title"] or any(query in f for f in r["fields"]))
        ]
        merged = [i for i, r in enumerate(results) if r["kind"] in ("项目", "活动")]
        if not identified or not merged:
            continue
        checked += 1
        assert max(identified) < min(merged), (
            query,
            [(r["kind"], r["title"]) for r in results[: len(identified) + 3]],
        )
    assert checked >= 5


def test_split_site_a_project_or_activity_title_finds_it(
    split: object, sharded_example_site: Path
) -> None:
    """The lower weight of the parts keeps a project's or an activity's own title finding it
    in the top 3 (counting pages of the very same title), behind at most the organization
    whose page lists it."""
    everything = split.evaluate(
        """async () => {
      const pf = await window.gongshiSearch.merged();
      const search = await pf.search(null, {filters: {kind: {any: ["项目", "活动"]}}});
      const data = await Promise.all(search.results.map((r) => r.data()));
      return data.map((d) => [d.url, d.meta.title]);
    }"""
    )
    assert len(everything) > 100
    titles = Counter(title for _, title in everything)
    misses = []
    for url, title in everything[::3]:
        urls = [r["url"] for r in _find(split, title)]
        if url not in urls[: 2 + titles[title]]:
            misses.append((title, url, urls[:3]))
    assert not misses, misses


def test_labels_and_counts_are_not_indexed(home: object, vocabulary: dict) -> None:
    """Every organization page shows 成员 … 人，志愿者 … 人 and section headings: the words of
    those labels find only the organizations whose own text uses them."""
    for query in ("志愿者", "联系方式", "公示信息", "宗旨和业务范围"):
        organizations = [r for r in _find(home, query) if r["kind"] == "机构"]
        assert len(organizations) < len(vocabulary["orgs"]) / 2, (query, len(organizations))


@pytest.mark.parametrize("query", ["养老", "志愿者", ""])
def test_a_sort_changes_order_never_membership(home: object, query: str) -> None:
    """Sorted by date (either way) or by name, the same results as by relevance; undated ones
    (organizations, policies) last both ways; dates in order."""
    kind = {"filters": {"kind": {"any": ["机构"]}}} if not query else {}
    relevant = _find(home, query or "社区", kind)
    assert relevant
    expected = sorted(r["url"] for r in relevant)
    for key, direction in (("date", "desc"), ("since", "asc"), ("name", "asc")):
        found = _find(home, query or "社区", {**kind, "sort": {key: direction}})
        assert sorted(r["url"] for r in found) == expected, (key, direction)
        if key == "name":
            continue
        dated = [r[key] for r in found if not r[key].startswith(("0000", "9999"))]
        assert dated == sorted(dated, reverse=direction == "desc")
        undated = [i for i, r in enumerate(found) if r[key].startswith(("0000", "9999"))]
        assert not undated or min(undated) == len(dated)  # undated last


def test_search_page_sorted_view_counts_and_cards(browser: object, example_url: str) -> None:
    """On the search page, 最新 keeps every result and the facet counts add up to the list;
    with 类型=机构 it still lists the organizations; cards show a date, period or area."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(example_url + "search/?q=养老", wait_until="load")
    page.wait_for_selector("ol.gs-results li")
    status = page.locator("[data-gs-status]")
    total = int("".join(c for c in status.inner_text() if c.isdigit()))
    page.goto(example_url + "search/?q=养老&sort=date:desc", wait_until="load")
    page.wait_for_selector("ol.gs-results li")
    assert int("".join(c for c in status.inner_text() if c.isdigit())) == total
    counts = page.evaluate(
        """() => [...document.querySelectorAll("fieldset.gs-facet input[name=kind]")].map(
             (b) => [b.value, +b.parentElement.querySelector('.gs-count').textContent])"""
    )
    assert sum(count for _, count in counts) == total
    lines = page.locator("ol.gs-results .gs-result__line").all_inner_texts()
    assert lines and all("年" in line for line in lines[:5])  # newest first: dated results
    for kind, count in counts:
        page.goto(example_url + f"search/?q=养老&sort=date:desc&kind={kind}", wait_until="load")
        page.wait_for_function(
            "!document.querySelector('[data-gs-status]').innerText.includes('正在')"
        )
        assert f"找到 {count} 条结果" in status.inner_text(), kind
    page.close()


def test_first_result_on_a_phones_first_screen(browser: object, example_url: str) -> None:
    """At 390 px the results come before the filters, which open from 筛选 and show the chosen
    ones as chips that remove them."""
    page = browser.new_page(viewport={"width": 390, "height": 740})
    page.goto(example_url + "search/?q=养老&district=明溪区", wait_until="load")
    page.wait_for_selector("ol.gs-results li")
    box = page.locator("ol.gs-results li").first.bounding_box()
    assert box["y"] + box["height"] <= 740
    assert page.locator("[data-gs-facets]").is_hidden()
    chip = page.locator("[data-gs-chip]")
    assert chip.count() == 1 and "明溪区" in chip.inner_text()
    toggle = page.locator("[data-gs-filter-toggle]")
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true"
    assert page.locator("[data-gs-facets]").is_visible()
    chip.click()
    page.wait_for_function("!location.search.includes('district=')")
    page.wait_for_function("document.querySelectorAll('[data-gs-chip]').length === 0")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


def _typo(text: str, at: int) -> str:
    return text[:at] + "龘" + text[at + 1 :]


def _offered(page: object, query: str) -> tuple[list[str], bool]:
    """The header box's options for a query (their paths) and whether they are suggestions
    (nothing found) rather than results."""
    page.locator("#gs-search-input").fill("")
    page.wait_for_selector("#gs-search-results", state="hidden")
    page.locator("#gs-search-input").fill(query)
    page.wait_for_selector(
        "#gs-search-results .gs-search__all, #gs-search-results .gs-search__browse"
    )
    paths = page.eval_on_selector_all(
        "#gs-search-options a.gs-result", "(links) => links.map((a) => new URL(a.href).pathname)"
    )
    return paths, page.locator("#gs-search-results .gs-search__browse").count() == 1


def test_a_typo_finds_the_organization_or_suggests_it(
    browser: object, example_url: str, vocabulary: dict
) -> None:
    """A short name with one character wrong lists its organization among the first three
    results (the other character pairs still match) or suggests it first; two characters of a
    place's name with one wrong (荷糖 for 荷塘) find nothing and suggest an organization named
    after it first, with links to browse by area and field; the suggestions are options reached
    with the arrow keys, and the search page says the same."""
    page = browser.new_page(viewport={"width": 390, "height": 740})
    page.goto(example_url, wait_until="load")
    shorts = Counter(short for _, _, short in vocabulary["orgs"] if short)
    unique = [(i, s) for i, _, s in vocabulary["orgs"] if s and shorts[s] == 1 and len(s) >= 3]
    assert len(unique) >= 5
    for org_id, short in unique[:8]:
        paths, suggested = _offered(page, _typo(short, len(short) // 2))
        url = f"/orgs/{org_id}/"
        assert (paths[:1] if suggested else paths[:3]).count(url) == 1, (short, paths)
    communities = {
        name[:2] for name, url in vocabulary["places"] if url.count("/") == 4
    }  # areas/<district>/<street>/<community>/
    stem = max(
        sorted(communities), key=lambda s: sum(s in name for _, name, _ in vocabulary["orgs"])
    )  # the community most organizations are named after
    paths, suggested = _offered(page, _typo(stem, 1))
    named = {f"/orgs/{i}/" for i, name, _ in vocabulary["orgs"] if stem in name}
    assert suggested and paths[0] in named, (stem, paths)
    page.locator("#gs-search-input").press("ArrowDown")
    assert page.locator("#gs-search-options a[aria-selected=true]").count() == 1
    assert page.locator("#gs-search-results a[href$='/areas/']").count() == 1
    page.goto(example_url + "search/?q=" + _typo(stem, 1), wait_until="load")
    page.wait_for_selector("[data-gs-suggest] a.gs-result")
    assert page.locator("[data-gs-suggest] a[href$='/fields/']").count() == 1
    page.close()


class _NotFound(http.server.SimpleHTTPRequestHandler):
    """A static host that answers a missing address with the site's 404.html, as GitHub Pages
    and nginx do."""

    def log_message(self, *args: object) -> None:
        pass

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        if code != 404:
            super().send_error(code, message, explain)
            return
        body = (Path(self.directory) / "404.html").read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def test_the_404_page_searches(browser: object, example_site: Path) -> None:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_NotFound, directory=str(example_site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    errors: list[str] = []
    page = browser.new_page()
    page.on("pageerror", lambda error: errors.append(str(error)))
    try:
        page.goto(
            f"http://127.0.0.1:{server.server_address[1]}/orgs/no-such/page/", wait_until="load"
        )
        assert "页面没有找到" in page.content()
        box = page.locator("#gs-search-input")
        box.fill("养老")
        page.wait_for_selector("#gs-search-results a.gs-result")
        assert page.locator("#gs-search-input").get_attribute("aria-expanded") == "true"
        href = page.locator("#gs-search-results a.gs-result").first.get_attribute("href")
        assert href.startswith("/orgs/") or href.startswith("http"), href
    finally:
        page.close()
        server.shutdown()
    assert not errors, errors


def test_header_box_is_an_aria_combobox(home: object) -> None:
    """ARIA 1.2: a text input with role combobox controlling a listbox (not type=search, where
    the role is not allowed); no aria-label on an element without a role."""
    box = home.locator("#gs-search-input")
    assert box.get_attribute("type") == "text" and box.get_attribute("role") == "combobox"
    controlled = box.get_attribute("aria-controls")
    assert home.locator(f"#{controlled}").get_attribute("role") == "listbox"
    labelled = home.evaluate(
        """() => [...document.querySelectorAll('[aria-label]')].filter((e) =>
             ['DIV', 'SPAN', 'PRE', 'P'].includes(e.tagName) && !e.getAttribute('role')).length"""
    )
    assert labelled == 0
