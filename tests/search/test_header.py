"""The header box's own bundle on a big site (generator/search/header.py): the primary bundle's
pages with the same words, without filters or sort keys; its first results come from it alone,
and its final list is the whole index's, in the same order as the search page's."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.search.ranking import REPEATS, sections
from tests.conftest import serve

pytestmark = pytest.mark.browser


def _entry(folder: Path) -> dict:
    return json.loads((folder / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]


def test_header_bundle_layout(sharded_example_site: Path, example_site: Path) -> None:
    """Listed in parts.json apart from the parts (the portal and the search page never merge
    it); the primary bundle's pages; the WebAssembly but no script, no filters, no sort keys."""
    manifest = json.loads((sharded_example_site / "pagefind" / "parts.json").read_text())
    header = sharded_example_site / manifest["header"]
    assert (
        manifest["header"] == "pagefind-parts/header/"
        and manifest["header"] not in manifest["parts"]
    )
    assert _entry(header)["zh"]["page_count"] == manifest["pages"]
    assert (header / "wasm.unknown.pagefind").is_file()
    assert not (header / "pagefind.js").exists()
    assert not list(header.glob("filter/*"))
    meta = (header / f"pagefind.{_entry(header)['zh']['hash']}.pf_meta").stat().st_size
    primary = sharded_example_site / "pagefind"
    assert meta < (primary / f"pagefind.{_entry(primary)['zh']['hash']}.pf_meta").stat().st_size
    # a site of one bundle has no header bundle: its header box searches the primary bundle
    assert "header" not in json.loads((example_site / "pagefind" / "parts.json").read_text())


def test_a_word_counts_at_most_repeats_times_a_section() -> None:
    many = " ".join(["yaaaabbbb"] * 9 + ["yccccdddd"])
    assert sections((10, many), (1, many)) == (
        f'<p data-pagefind-weight="10">{" ".join(["yaaaabbbb"] * REPEATS)} yccccdddd</p>'
        f"<p>{' '.join(['yaaaabbbb'] * REPEATS)} yccccdddd</p>"
    )


# the moment the dropdown first shows a result, in epoch ms (as bench/search.py)
WATCH = """() => { window.gsShown = new Promise((resolve) => {
  const panel = document.getElementById("gs-search-results");
  const observer = new MutationObserver(() => {
    if (panel.querySelector("a.gs-result") && !panel.hidden) {
      observer.disconnect();
      resolve(performance.timeOrigin + performance.now());
    }
  });
  observer.observe(panel, { childList: true, subtree: true, attributes: true });
}); }"""
SHOWN = """() => Array.from(document.querySelectorAll('#gs-search-results a.gs-result'))
  .map((a) => new URL(a.href).pathname)"""
FULL = """async (q) => {
  const search = await window.gongshiSearch.search(q, {});
  const data = await Promise.all(search.results.slice(0, 6).map((r) => r.data()));
  return [search.results.length, data.map((d) => d.url)];
}"""


@pytest.mark.parametrize("query", ["养老", "文化活动", "助残"])
def test_header_box_first_results_from_its_bundle(
    browser: object, sharded_example_site: Path, query: str
) -> None:
    """Before the first results show, the header box loads only its own bundle (no filter or
    sort data of the primary bundle); then it shows the whole index's first six, in the order
    and the number the search page's engine gives."""
    server, url = serve(sharded_example_site)
    page = browser.new_page(viewport={"width": 390, "height": 844})
    page.goto(url, wait_until="networkidle")
    requests: list[object] = []
    page.on("requestfinished", lambda request: requests.append(request))
    box = page.locator("#gs-search-input")
    box.focus()
    page.evaluate(WATCH)
    box.fill(query)
    shown = page.evaluate("() => window.gsShown")
    page.wait_for_selector("#gs-search-results a.gs-result")
    before = [
        r.url.split("/", 3)[3]
        for r in requests
        if "/pagefind" in r.url and r.timing["startTime"] <= shown
    ]
    assert before and all(
        u.startswith(("pagefind-parts/header/", "pagefind/pagefind.js", "pagefind/parts.json"))
        for u in before
    ), before
    page.wait_for_function(
        "() => /查看全部 \\d+ 条结果/.test(document.querySelector('[data-gs-foot]').innerText)"
    )
    total, first = page.evaluate(FULL, query)
    page.wait_for_function(
        "(total) => document.querySelector('[data-gs-foot]').innerText.includes(`查看全部 ${total} 条`)",
        arg=total,
    )
    assert page.evaluate(SHOWN) == first
    page.close()
    server.shutdown()
