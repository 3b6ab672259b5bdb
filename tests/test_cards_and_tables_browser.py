"""In headless Chromium on the example city: at a desk (1366 px) the activity cards of the home
page and of an organization's 最新活动 are shown whole, none cut at the column's edge; on a phone
(390 px) the strip swipes and the scroll boxes of the reports and funding tables are reachable by
keyboard (axe's scrollable-region-focusable passes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import AXE, CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian chromium is not installed (make test installs it)"
    ),
]

DESK = {"width": 1366, "height": 900}
PHONE = {"width": 390, "height": 844}

# Cards of a container that stick out of its box (or of the window) to the right.
CUT_CARDS = """(selector) => { const box = document.querySelector(selector);
  const edge = Math.min(box.getBoundingClientRect().right, document.documentElement.clientWidth);
  return {cards: box.children.length, scrolls: box.scrollWidth > box.clientWidth + 1,
          cut: [...box.children].filter(c => c.getBoundingClientRect().right > edge + 1)
                 .map(c => c.textContent.trim().slice(0, 20))}; }"""


def _org_with_activities(site: Path, at_least: int) -> str:
    """The first organization whose 最新活动 holds at least that many cards."""
    for page in sorted(site.glob("orgs/*/index.html")):
        html = page.read_text(encoding="utf-8")
        start = html.find('class="gs-strip"')
        if start != -1 and html.count("gs-card", start, html.find("</section>", start)) >= at_least:
            return page.parent.relative_to(site).as_posix() + "/"
    raise AssertionError(f"no organization with {at_least} activities in the example")


def _org_and_project_with_tables(site: Path) -> tuple[str, str]:
    for page in sorted(site.glob("orgs/*/projects/*/index.html")):
        if 'id="funding"' in page.read_text(encoding="utf-8"):
            org = page.parent.parent.parent
            if 'id="reports"' in (org / "index.html").read_text(encoding="utf-8"):
                return (
                    org.relative_to(site).as_posix() + "/",
                    page.parent.relative_to(site).as_posix() + "/",
                )
    raise AssertionError("no project with a funding table under an organization with reports")


def test_activity_cards_are_whole_at_a_desk(
    browser: object, example_site: Path, example_url: str
) -> None:
    page = browser.new_page(viewport=DESK)
    page.goto(example_url + _org_with_activities(example_site, 4), wait_until="load")
    strip = page.evaluate(CUT_CARDS, ".gs-strip")
    assert strip["cards"] >= 4 and strip["cut"] == [] and not strip["scrolls"], strip
    page.goto(example_url, wait_until="load")
    latest = page.evaluate(CUT_CARDS, "#latest + .gs-strip")
    assert latest["cards"] >= 4 and latest["cut"] == [] and not latest["scrolls"], latest
    page.close()


def test_the_strip_swipes_on_a_phone(browser: object, example_site: Path, example_url: str) -> None:
    page = browser.new_page(viewport=PHONE, is_mobile=True)
    page.goto(example_url + _org_with_activities(example_site, 4), wait_until="load")
    strip = page.evaluate(CUT_CARDS, ".gs-strip")
    assert strip["scrolls"]  # one row to swipe, not a column of eight cards
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    page.close()


def test_table_scroll_boxes_are_reachable_by_keyboard_on_a_phone(
    browser: object, example_site: Path, example_url: str
) -> None:
    org, project = _org_and_project_with_tables(example_site)
    for path, table in ((org, "#reports"), (project, "#funding")):
        page = browser.new_page(viewport=PHONE, is_mobile=True)
        page.goto(example_url + path, wait_until="load")
        box = page.locator(f"section:has({table}) > .md-typeset__scrollwrap")
        assert box.get_attribute("tabindex") == "0" and box.get_attribute("aria-label")
        page.add_script_tag(path=str(AXE))
        result = page.evaluate(
            "async () => await axe.run(document, {runOnly: ['scrollable-region-focusable']})"
        )
        assert result["violations"] == [], (path, result["violations"])
        page.close()


# The space under the last line of a box, beside the box's own bottom padding.
BOX_BOTTOMS = """() => [...document.querySelectorAll('article .gs-hero, article .gs-summary, article .admonition')]
  .filter(box => box.getBoundingClientRect().height > 0)
  .map(box => { const last = [...box.querySelectorAll('*')].filter(e => e.getBoundingClientRect().height > 0)
      .reduce((low, e) => Math.max(low, e.getBoundingClientRect().bottom), 0);
    const style = getComputedStyle(box);
    return {box: box.className, gap: box.getBoundingClientRect().bottom - last,
            padding: parseFloat(style.paddingBottom) + parseFloat(style.borderBottomWidth),
            text: Math.min(...[...box.querySelectorAll('p, dd, li')].map(e => parseFloat(getComputedStyle(e).fontSize)))}; })"""


def test_elder_mode_boxes_end_at_their_padding(
    browser: object, example_site: Path, example_url: str
) -> None:
    """长辈版 spaces paragraphs by 2em, but not after the last line of the header, the disclosure
    summary or a notice (a box's padding is the space there), and a notice's text is 18 px too."""
    org = next(
        p.parent.relative_to(example_site).as_posix() + "/"
        for p in sorted(example_site.glob("orgs/*/index.html"))
        if 'class="admonition' in p.read_text(encoding="utf-8").split('id="disclosure"')[0]
    )
    context = browser.new_context(viewport=PHONE, is_mobile=True)
    context.add_init_script("localStorage.setItem('gs-elder', '1')")
    page = context.new_page()
    page.goto(example_url + org, wait_until="load")
    boxes = page.evaluate(BOX_BOTTOMS)
    context.close()
    kinds = " ".join(box["box"] for box in boxes)
    assert "gs-hero" in kinds and "gs-summary" in kinds and "admonition" in kinds, boxes
    for box in boxes:
        assert box["gap"] <= box["padding"] + 4, box
        assert box["text"] >= 18, box
