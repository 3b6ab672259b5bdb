"""Chinese search through Pagefind's own JavaScript in headless Chromium, on the example city.

Each query expects a page in the top 3; recall on two-character words is measured against the
indexed text of the pages themselves (pages that contain the word and are found / that contain it).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.search import indexed_text

from .conftest import serve

pytestmark = pytest.mark.browser

# (query, a URL prefix expected among the first three results)
QUERIES = [
    ("阳光助老", "/orgs/liuan-yangguang/"),
    ("柳岸社区阳光助老服务队", "/orgs/liuan-yangguang/"),
    ("四点半课堂", "/orgs/hetang-sidianban/"),
    ("越剧", "/orgs/wutongli-yueju/"),
    ("骑手驿家", "/orgs/xinqiao-qishou/"),
    ("社区社会组织联合会", "/orgs/qingshan-lianhehui/"),
    ("助残", "/orgs/jinxiu-tongxin/"),
    ("书法", "/orgs/shuxiang-hanmo/"),
    ("垃圾分类", "/orgs/caihong-lvjia/"),
    ("红袖标平安巡防队", "/orgs/gujing-pingan/"),
    (
        "平安巡防",
        (
            "/orgs/gujing-pingan/",
            "/orgs/shiqiao-",
            "/orgs/hubin-",
            "/orgs/nanmen-",
            "/orgs/wutong-",
        ),
    ),
    ("应急救援队", "/orgs/binjiang-landun/"),
    ("广场舞", "/orgs/chenguang-wudao/"),
    ("篮球", "/orgs/wenchang-lanqiu/"),
    ("幸福院", "/orgs/bailu-xingfuyuan/"),
    ("茶苗", "/orgs/chayuan-chamiao/"),
    ("采茶灯", "/orgs/shangxi-wenyi/"),
    ("红白理事会", "/orgs/taoyuan-hongbai/"),
    ("护河", "/orgs/xiaxi-huhe/"),
    ("石桥村", "/orgs/shiqiao-"),
    ("彩虹社区", "/orgs/caihong-lvjia/"),
    ("银龄午餐", "/orgs/liuan-yangguang/projects/yinling-zhucan/"),
    ("时间银行", "/orgs/liuan-yangguang/"),
    ("孵化基地", "/orgs/qingshan-lianhehui/"),
    ("公益集市", "/orgs/"),
    ("购买服务实施办法", "/policies/local-government-purchase/"),
    ("政府购买服务", "/orgs/"),
    ("专项行动", "/policies/2021-cultivation-action-plan/"),
    ("大力培育发展", "/policies/2017-guideline/"),
    ("AED 除颤", "/orgs/xinqiao-qishou/projects/jijiu-jineng/"),
    ("骑手 AED", "/orgs/xinqiao-qishou/"),
    ("留守儿童", "/orgs/chayuan-chamiao/"),
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


@pytest.fixture(scope="module")
def search_page(browser: object, example_site: Path) -> object:
    server, url = serve(example_site)
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
    assert found / containing >= 0.95, misses


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
