"""The directory (orgs/) on a 390 px phone: filters drawn from the search index narrow the cards,
the two orders (name in pinyin, latest activity) hold, the state lives in the URL, and without
script the pages of cards stay as they were."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from generator.views.pinyin import sort_key
from tests.conftest import CHROMIUM, serious_accessibility_problems

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian chromium is not installed (make test installs it)"
    ),
]

PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 2, "is_mobile": True}


def _active_orgs(site: Path) -> list[dict]:
    rows = json.loads((site / "data/organizations.json").read_text(encoding="utf-8"))
    return [row for row in rows if not row.get("status_change")]


def _open(browser: object, url: str) -> object:
    page = browser.new_page(**PHONE)
    page.goto(url, wait_until="load")
    page.wait_for_function(
        "document.querySelector('[data-gs-directory-status]').textContent.includes('个')"
    )
    return page


def _all_cards(page: object) -> list[dict]:
    """Every card the directory draws, after pressing 显示更多 until it hides."""
    page.wait_for_function(
        "!document.querySelector('[data-gs-directory]').hasAttribute('aria-busy')"
    )
    while page.is_visible("[data-gs-directory-more]"):
        before = page.locator("[data-gs-directory-cards] .gs-card").count()
        page.click("[data-gs-directory-more]")
        page.wait_for_function(
            f"document.querySelectorAll('[data-gs-directory-cards] .gs-card').length > {before}"
        )
    return page.evaluate(
        """Array.from(document.querySelectorAll('[data-gs-directory-cards] .gs-card')).map(c => ({
             title: c.querySelector('.gs-card__title').textContent,
             meta: c.querySelector('.gs-card__meta').textContent,
             href: c.querySelector('a').getAttribute('href'),
             grade: (c.querySelector('.gs-badge--grade') || {}).textContent || ''}))"""
    )


def _choose(page: object, name: str, value: str) -> None:
    if not page.is_visible(f"#gs-dir-{name}"):
        page.click("[data-gs-directory-filters] > summary")
    page.select_option(f"#gs-dir-{name}", value)
    page.wait_for_function("document.querySelector('[data-gs-directory-pager]').hidden")


def test_filters_narrow_the_cards_in_pinyin_order(
    browser: object, example_site: Path, example_url: str
) -> None:
    orgs = _active_orgs(example_site)
    district = max(
        {o["district"] for o in orgs}, key=lambda d: sum(o["district"] == d for o in orgs)
    )
    page = _open(browser, example_url + "orgs/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    assert f"共 {len(orgs)} 个组织" in page.text_content("[data-gs-directory-status]")
    # a visit without a choice loads no search index: the page's cards and counts hold
    assert not page.evaluate(
        "performance.getEntriesByType('resource').some(e => e.name.includes('/pagefind/'))"
    )
    _choose(page, "district", district)
    cards = _all_cards(page)
    expected = sorted(
        (o for o in orgs if o["district"] == district), key=lambda o: sort_key(o["name"])
    )
    assert [c["title"] for c in cards] == [o["name"] for o in expected]
    assert all(c["meta"].startswith(district + " · ") for c in cards)
    assert f"{len(expected)} 个" in page.text_content("[data-gs-directory-status]")
    assert f"district={district}" in page.evaluate("decodeURIComponent(location.search)")
    # the district list still offers the others; the street list only this district's
    offered = page.evaluate(
        "Array.from(document.querySelectorAll('#gs-dir-street option')).filter(o => o.value && !o.hidden).map(o => o.value)"
    )
    assert offered and set(offered) <= {o["street"] for o in orgs if o["district"] == district}
    assert page.evaluate(
        "Array.from(document.querySelectorAll('#gs-dir-district option')).filter(o => o.value && !o.disabled).length"
    ) == len({o["district"] for o in orgs})
    # a second filter narrows further: a category of that district
    category = expected[0]["category"]
    _choose(page, "category", category)
    narrowed = _all_cards(page)
    assert [c["title"] for c in narrowed] == [
        o["name"] for o in expected if o["category"] == category
    ]
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.close()


def test_grade_and_listing_filters_show_their_marks(
    browser: object, example_site: Path, example_url: str
) -> None:
    orgs = _active_orgs(example_site)
    graded = [o for o in orgs if o.get("grade")]
    listed = [o for o in orgs if o.get("listed")]
    page = _open(browser, example_url + "orgs/")
    if graded:
        grade = graded[0]["grade"]
        _choose(page, "grade", grade)
        cards = _all_cards(page)
        assert len(cards) == sum(o.get("grade") == grade for o in orgs)
        assert {c["grade"] for c in cards} == {grade}
        page.click(".gs-dir__reset")
    if listed:
        _choose(page, "list", listed[0]["list_name"])
        page.wait_for_selector("[data-gs-directory-cards] .gs-notice")
        cards = _all_cards(page)
        assert len(cards) == sum(o.get("list_name") == listed[0]["list_name"] for o in orgs)
        notices = page.locator("[data-gs-directory-cards] .gs-notice").count()
        assert notices >= len(cards)
    page.close()


def test_latest_activity_order_and_the_url(
    browser: object, example_site: Path, example_url: str
) -> None:
    activities = json.loads((example_site / "data/activities.json").read_text(encoding="utf-8"))
    newest = max(a["date"] for a in activities)
    hosts = {a["org_id"] for a in activities if a["date"] == newest}
    hosts |= {o for a in activities if a["date"] == newest for o in a.get("co_organizers") or []}
    page = _open(browser, example_url + "orgs/?sort=latest")
    cards = _all_cards(page)
    assert page.input_value("#gs-dir-sort") == "latest"
    assert cards[0]["href"].rstrip("/").split("/")[-1] in hosts
    assert len(cards) == len(_active_orgs(example_site))
    assert [c["title"] for c in cards] != sorted(
        (c["title"] for c in cards), key=sort_key
    )  # a different order from the names'
    assert serious_accessibility_problems(page) == []
    page.close()


def test_without_script_the_pages_of_cards_stay(
    browser: object, example_site: Path, example_url: str
) -> None:
    context = browser.new_context(java_script_enabled=False, **PHONE)
    page = context.new_page()
    page.goto(example_url + "orgs/", wait_until="load")
    assert not page.is_visible("[data-gs-directory]")
    first = page.locator("[data-gs-directory-cards] .gs-card__title").all_text_contents()
    orgs = sorted(_active_orgs(example_site), key=lambda o: sort_key(o["name"]))
    assert first == [o["name"] for o in orgs[: len(first)]]
    if len(orgs) > len(first):
        assert page.is_visible(".gs-pager a[rel=next]")
    context.close()


def test_a_careless_url_is_ignored(browser: object, example_site: Path, example_url: str) -> None:
    """Values the directory does not offer (a typo, markup) leave it unfiltered; nothing runs."""
    page = _open(
        browser, example_url + "orgs/?district=%3Cimg%20src=x%20onerror=alert(1)%3E&sort=x"
    )
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    assert page.input_value("#gs-dir-district") == "" and page.input_value("#gs-dir-sort") == ""
    assert f"共 {len(_active_orgs(example_site))} 个组织" in page.text_content(
        "[data-gs-directory-status]"
    )
    assert page.is_visible(".gs-pager") and dialogs == []
    page.close()
