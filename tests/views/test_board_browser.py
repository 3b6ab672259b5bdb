"""In a browser at 390 px (a phone): the board's filters and feed link, a project's residents'
judgement and an organization's disclosure level — on the site of tests/views/test_board.py,
with no serious accessibility problem on those pages."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.conftest import build, serious_accessibility_problems, serve
from tests.views.test_board import make_site

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def board_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = make_site(tmp_path_factory.mktemp("board-browser") / "site")
    out = root.parent / "out"
    assert build(root, out, use_cache=False).built
    server, url = serve(out)
    yield url
    server.shutdown()


def _fits(page: object) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_board_filters_at_390(browser: object, board_url: str) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(board_url + "board/")
    count = page.locator(".gs-board-filters__count")
    assert count.inner_text() == "显示 2 / 2 条"
    page.select_option("select[name=kind]", "资金")
    assert count.inner_text() == "显示 1 / 2 条"
    assert page.locator(".gs-needs .gs-need:visible").all_inner_texts()[0].count("冬季助餐补贴缺口")
    page.select_option("select[name=kind]", "")
    page.select_option("select[name=district]", "青山区")
    assert count.inner_text() == "显示 2 / 2 条"
    feed = page.locator("a", has_text="需求更新（Atom）").get_attribute("href")
    response = page.request.get(board_url + "board/" + feed)
    assert response.ok and b"<feed" in response.body()
    assert _fits(page)
    assert serious_accessibility_problems(page) == []
    page.close()


def test_project_judgement_and_org_level_at_390(browser: object, board_url: str) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(board_url + "orgs/yangguang/projects/zhucan/")
    judged = page.locator("#judged").locator("xpath=..")
    assert judged.is_visible() and "87.5%" in judged.inner_text()
    assert _fits(page)
    assert serious_accessibility_problems(page) == []  # the funding table's box scrolls by keyboard
    page.goto(board_url + "orgs/yangguang/")
    level = page.locator(".gs-level")
    level.scroll_into_view_if_needed()
    assert level.is_visible() and "成效公示" in level.inner_text()
    box = level.bounding_box()
    assert box is not None and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    assert _fits(page)
    assert serious_accessibility_problems(page) == []  # the reports table's box too
    page.close()
