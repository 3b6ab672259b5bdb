"""Residents on phones and at a desk, in headless Chromium on the example city: record headers use
the width, the disclosure summary is in the first screen of a phone, no text runs out of its box,
the footer carries the site's filing numbers, 订阅活动 opens a page, and 长辈版 gives the sizes
the MIIT's 适老化 rules ask for."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.findings import Report
from generator.input.config import load_config
from tests.conftest import CHROMIUM, REPO
from tests.test_browser import _existing

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian chromium is not installed (make test installs it)"
    ),
]

RECORD_PAGES = [
    "orgs/qingshan-lianhehui/",  # the longest name, 64 member cards
    "orgs/liuan-yangguang/projects/shijian-yinhang/",
    "orgs/liuan-yangguang/activities/2023-10-23-chongyang-chahua/",
]
PHONE = {"width": 360, "height": 740}
DESK = {"width": 1366, "height": 900}

# Elements whose text runs past their own box (those that scroll on purpose are left out).
OVERFLOWING = """() => [...document.querySelectorAll('.md-content *, .md-header *, .md-footer *')]
  .filter(e => {
    const style = getComputedStyle(e);
    if (style.display === 'inline' || style.display === 'contents' || style.display === 'none') return false;
    if (['auto', 'scroll', 'hidden', 'clip'].includes(style.overflowX)) return false;
    // Material's header title cuts its topics with an ellipsis by design (the short name is checked)
    if (e.closest('.md-typeset__scrollwrap, .gs-strip, svg, .md-header__title')) return false;
    return e.clientWidth > 0 && e.scrollWidth > e.clientWidth + 1;
  })
  .map(e => e.tagName + '.' + e.className + ': ' + e.textContent.trim().slice(0, 30))"""


def _page(browser: object, viewport: dict) -> object:
    phone = viewport["width"] < 800
    return browser.new_page(viewport=viewport, device_scale_factor=1, is_mobile=phone)


@pytest.mark.parametrize("viewport", [PHONE, DESK], ids=["360", "1366"])
@pytest.mark.parametrize("path", RECORD_PAGES)
def test_record_header_uses_the_width(
    browser: object, example_site: Path, example_url: str, path: str, viewport: dict
) -> None:
    page = _page(browser, viewport)
    page.goto(example_url + _existing(example_site, path), wait_until="load")
    title = page.evaluate(
        """() => { const h = document.querySelector('article h1'); const r = h.getBoundingClientRect();
        const style = getComputedStyle(h);
        return {width: r.width, lines: Math.round(r.height / parseFloat(style.lineHeight)),
                column: document.querySelector('.md-content__inner').getBoundingClientRect().width}; }"""
    )
    summary_top = page.evaluate(
        "() => { const s = [...document.querySelectorAll('[data-gs-summary]')]"
        ".find(e => e.offsetParent !== null); return s ? s.getBoundingClientRect().top : null; }"
    )
    overflowing = page.evaluate(OVERFLOWING)
    short_name = page.evaluate(
        "() => [...document.querySelectorAll('.gs-site-name--short')].filter(e => e.offsetParent)"
        ".map(e => [e.scrollWidth, e.parentElement.closest('.md-header__title').clientWidth])"
    )
    page.close()
    assert title["lines"] <= 3, (path, title)
    # on a phone, 80% of the screen; at a desk, 80% of Material's content column
    least = 0.8 * (viewport["width"] if viewport is PHONE else title["column"])
    assert title["width"] >= least, (path, title)
    if viewport is PHONE:
        assert short_name and short_name[0][0] <= short_name[0][1], short_name  # readable
        assert summary_top is not None and summary_top < viewport["height"], (path, summary_top)
    assert overflowing == [], (path, overflowing)


def test_footer_shows_the_configured_sponsor_and_filing(
    browser: object, example_site: Path, example_url: str
) -> None:
    info = load_config(REPO, Report()).settings.site_info
    assert info.sponsor and info.icp  # the example sets them
    for viewport in (PHONE, DESK):
        page = _page(browser, viewport)
        page.goto(example_url + "orgs/liuan-yangguang/", wait_until="load")
        footer = page.locator(".md-footer")
        assert footer.get_by_text(f"主办单位：{info.sponsor}").is_visible()
        icp = footer.get_by_role("link", name=info.icp)
        assert icp.is_visible() and icp.get_attribute("href") == "https://beian.miit.gov.cn/"
        page.close()


def test_subscribe_opens_an_html_page(browser: object, example_url: str) -> None:
    page = _page(browser, PHONE)
    page.goto(example_url + "orgs/liuan-yangguang/", wait_until="load")
    with page.expect_navigation():
        page.get_by_role("link", name="订阅活动").click()
    assert page.evaluate("document.contentType") == "text/html"
    assert page.locator("h1").inner_text().startswith("订阅")
    address = page.locator("#gs-feed-address").input_value()
    assert address.endswith("/orgs/liuan-yangguang/feed.xml")
    assert page.locator(".gs-subscribe__entries li").count() > 0
    page.close()


def _elder_page(browser: object, example_url: str, viewport: dict, path: str) -> object:
    page = _page(browser, viewport)
    page.goto(example_url + path, wait_until="load")
    toggle = page.locator("[data-gs-elder-toggle]")
    toggle.focus()
    page.keyboard.press("Enter")  # from the keyboard
    assert toggle.get_attribute("aria-pressed") == "true"
    page.reload(wait_until="load")  # remembered in this browser
    assert page.evaluate("document.documentElement.hasAttribute('data-gs-elder')")
    return page


SIZES = """() => {
  const visible = e => { const r = e.getBoundingClientRect(); return r.width > 0 && r.height > 0
      && getComputedStyle(e).visibility !== 'hidden'; };
  const text = [...document.querySelectorAll('article p, article li, article dd')]
      .filter(e => visible(e) && e.textContent.trim() && !e.closest('.gs-staff'));
  const paragraphs = [...document.querySelectorAll('article .gs-story p, article .gs-text p')].filter(visible);
  const targets = [...document.querySelectorAll(
      'button, .md-header__button, .md-tabs__link, .md-button, .gs-pager a, .gs-card__link, .gs-chips a, .gs-tiles a')]
      .filter(visible).map(e => { const r = e.getBoundingClientRect();
          return [e.className || e.tagName, Math.round(r.width), Math.round(r.height)]; });
  return {
    smallest: Math.min(...text.map(e => parseFloat(getComputedStyle(e).fontSize))),
    paragraphs: paragraphs.map(e => { const s = getComputedStyle(e);
        return [parseFloat(s.fontSize), parseFloat(s.lineHeight), parseFloat(s.marginBottom)]; }),
    small_targets: targets.filter(t => t[1] < 44 || t[2] < 44),
    columns: [...document.querySelectorAll('.gs-columns, .gs-grid')].filter(visible)
        .map(e => getComputedStyle(e).gridTemplateColumns.split(' ').length),
    strip_images: [...document.querySelectorAll('.gs-strip img, .gs-card__image')].filter(visible).length,
    moving: document.getAnimations().length,
  };
}"""


@pytest.mark.parametrize("viewport", [{"width": 390, "height": 800}, DESK], ids=["390", "1366"])
def test_elder_mode_sizes(
    browser: object, example_site: Path, example_url: str, viewport: dict
) -> None:
    page = _elder_page(browser, example_url, viewport, "orgs/liuan-yangguang/")
    sizes = page.evaluate(SIZES)
    page.add_script_tag(path=str(REPO / "tests/browser/node_modules/axe-core/axe.min.js"))
    contrast = page.evaluate(
        "async () => (await axe.run(document, {runOnly: ['color-contrast'],"
        " resultTypes: ['violations']})).violations.map(v => v.nodes.map(n => n.target))"
    )
    page.close()
    assert sizes["smallest"] >= 18, sizes
    assert sizes["paragraphs"], sizes
    for font, line, paragraph in sizes["paragraphs"]:
        assert line >= 1.3 * font and paragraph > line, sizes["paragraphs"]
    assert sizes["small_targets"] == [], sizes["small_targets"]
    assert set(sizes["columns"]) == {1}, sizes["columns"]
    assert sizes["strip_images"] == 0 and sizes["moving"] == 0, sizes
    assert contrast == [], contrast
