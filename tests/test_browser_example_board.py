"""The example city at 390 px (a phone): the board's filters narrow its open needs, and an
organization's page shows its disclosure level and what the next one asks, linked to the rules;
the pages fit the width and the header stays on one line. Found through the open data, so the
test holds whatever the example's organizations are called."""

from __future__ import annotations

import json
from pathlib import Path

from tests.conftest import serious_accessibility_problems

PHONE = {"width": 390, "height": 844}


def _fits(page: object) -> bool:
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def test_the_boards_filters_on_the_example(browser: object, example_url: str) -> None:
    page = browser.new_page(viewport=PHONE)
    page.goto(example_url + "board/")
    count = page.locator(".gs-board-filters__count")
    cards = page.locator(".gs-needs .gs-need")
    total = cards.count()
    assert total >= 4 and count.inner_text() == f"显示 {total} / {total} 条"
    for key in ("kind", "district"):
        values = page.locator(f"select[name={key}] option").all_inner_texts()[1:]
        assert len(values) >= 2, key  # a filter with a choice
        page.select_option(f"select[name={key}]", values[0])
        shown = page.locator(".gs-needs .gs-need:visible")
        assert 0 < shown.count() < total
        assert count.inner_text() == f"显示 {shown.count()} / {total} 条"
        attribute = "data-kind" if key == "kind" else "data-district"
        assert {shown.nth(i).get_attribute(attribute) for i in range(shown.count())} == {values[0]}
        page.select_option(f"select[name={key}]", "")
        assert cards.filter(visible=True).count() == total
    assert page.locator(".gs-call").count() >= 2
    assert _fits(page)
    problems = serious_accessibility_problems(page)
    assert [p for p in problems if p[0] != "scrollable-region-focusable"] == []
    page.close()


def test_an_organizations_level_on_the_example(
    browser: object, example_site: Path, example_url: str
) -> None:
    rows = json.loads((example_site / "data/organizations.json").read_text(encoding="utf-8"))
    levelled = next(r for r in rows if r["disclosure_level"] and r["disclosure_level_name"])
    page = browser.new_page(viewport=PHONE)
    page.goto(example_url + f"orgs/{levelled['id']}/")
    box = page.locator(".gs-level")
    assert box.is_visible()
    assert levelled["disclosure_level_name"] in box.locator(".gs-level__badge").inner_text()
    assert "5A–1A" in box.inner_text()  # never confused with the bureau's grade
    box.locator("a", has_text="等级规则").click()
    page.wait_for_load_state()
    assert page.url.endswith("/levels/")
    assert page.locator("h1").inner_text() == "公示等级和年报逾期"
    assert _fits(page)
    overdue = next(r for r in rows if r["report_overdue"])
    page.goto(example_url + f"orgs/{overdue['id']}/")
    assert page.locator(".gs-overdue").is_visible()
    assert _fits(page)
    page.close()
