"""What a resident's phone downloads, in headless Chromium on the example city: the home page on a
412 px phone at DPR 1.75 (Lighthouse's mobile emulation) transfers at most 150 KB, counted as a
host serves it (text gzip-compressed, as tools/lighthouse.py serves it); photos below the first
screen wait until they are scrolled near (loading="lazy"), the first photos of an activity do not;
the submission form fetches its checker (Ajv) and its syllable table only when someone uses it;
the search page without a query loads no index until it is asked; and nothing on the first screen
jumps when the scripts draw the form or the results."""

from __future__ import annotations

import gzip
import json
import time
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest

from tests.conftest import CHROMIUM

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian chromium is not installed (make test installs it)"
    ),
]

PHONE = {
    "viewport": {"width": 412, "height": 823},
    "device_scale_factor": 1.75,
    "is_mobile": True,
    "has_touch": True,
}
HOME_BUDGET = 150 * 1024
TEXT = {".html", ".css", ".js", ".mjs", ".json", ".svg", ".xml", ".txt", ".webmanifest"}


def _file(site: Path, url: str) -> Path:
    path = site / unquote(urlsplit(url).path).lstrip("/")
    return path / "index.html" if path.is_dir() else path


def _served_bytes(site: Path, url: str) -> int:
    """The bytes a host sends for the file: text gzip-compressed, the rest as it is."""
    data = _file(site, url).read_bytes()
    if _file(site, url).suffix in TEXT:
        return len(gzip.compress(data, compresslevel=9, mtime=0))
    return len(data)


def _fetched(browser: object, url: str, act: object = None) -> list[str]:
    """The same-site files a phone fetches for the page (until the network is quiet), and after
    `act(page)` when given."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    urls: list[str] = []
    page.on("requestfinished", lambda request: urls.append(request.url))
    page.goto(url, wait_until="networkidle")
    if act:
        act(page)
        page.wait_for_load_state("networkidle")
    context.close()
    origin = url.split("/", 3)[:3]
    return [u for u in urls if u.split("/", 3)[:3] == origin]


# read to the end: every lazy photo the page shows comes in (Lighthouse, too, fetches those within
# a few screens of the first one)
READ_THROUGH = """async () => { for (let y = 0; y < document.body.scrollHeight; y += 400) {
  window.scrollTo(0, y); await new Promise(r => setTimeout(r, 50)); } }"""


def test_the_home_page_weighs_at_most_150_kb_on_a_phone(
    browser: object, example_site: Path, example_url: str
) -> None:
    urls = _fetched(browser, example_url, lambda page: page.evaluate(READ_THROUGH))
    sizes = {u: _served_bytes(example_site, u) for u in set(urls)}
    total = sum(sizes.values())
    heaviest = sorted(sizes.items(), key=lambda item: -item[1])[:8]
    assert total <= HOME_BUDGET, (total, heaviest)
    # the activity photos are phone-sized: a strip card is 218 px wide, 382 px at DPR 1.75
    assert not [
        u for u in urls if "/media/" in u and not u.endswith(("/96.webp", "/128.webp", "/480.webp"))
    ]


def test_photos_below_the_first_screen_are_lazy(example_site: Path) -> None:
    home = (example_site / "index.html").read_text(encoding="utf-8")
    strip = home[home.index('id="latest"') :]
    assert strip.count("<img") >= 4 and strip.count("<img") == strip.count('loading="lazy"')
    activity = next(
        p
        for p in sorted(example_site.glob("orgs/*/activities/*/index.html"))
        if p.read_text(encoding="utf-8").count('class="gs-gallery__item"') >= 3
    ).read_text(encoding="utf-8")
    gallery = activity[activity.index("data-gs-gallery") :].split("<img")[1:]
    # the first row (two photos on a phone) is the largest thing on the first screen
    assert all(
        'fetchpriority="high"' in img and "loading=" not in img.split(">")[0] for img in gallery[:2]
    )
    assert all('loading="lazy"' in img.split(">")[0] for img in gallery[2:])


def test_scripts_do_not_hold_up_the_first_paint(example_site: Path) -> None:
    for page in ("index.html", "search/index.html", "submit/index.html"):
        html = (example_site / page).read_text(encoding="utf-8")
        tags = [t.split(">")[0] for t in html.split("<script")[1:]]
        external = [t for t in tags if "src=" in t]
        assert external and all(" defer" in t or " async" in t for t in external), (page, external)


def test_the_form_fetches_its_checker_when_used(browser: object, example_url: str) -> None:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    urls: list[str] = []
    page.on("requestfinished", lambda request: urls.append(request.url))
    page.goto(example_url + "submit/", wait_until="networkidle")
    assert page.locator("[data-gs-form]").is_visible()  # the form is there to read and fill
    assert not [u for u in urls if "ajv2020" in u or "pinyin.json" in u], urls
    with (
        page.expect_request_finished(lambda request: "ajv2020" in request.url),
        page.expect_request_finished(lambda request: "pinyin.json" in request.url),
    ):
        page.locator("[data-gs-where-body] input").first.click()  # the first touch
    page.wait_for_function(
        "() => /处需要填写或修改|检查通过/.test(document.querySelector('[data-gs-count]').textContent)"
    )
    context.close()


def test_the_search_page_loads_no_index_until_asked(browser: object, example_url: str) -> None:
    context = browser.new_context(**PHONE)
    page = context.new_page()
    urls: list[str] = []
    page.on("requestfinished", lambda request: urls.append(request.url))
    page.goto(example_url + "search/", wait_until="networkidle")
    assert not [u for u in urls if "/pagefind/" in u], urls
    assert "筛选" in page.locator("[data-gs-status]").text_content()
    assert page.locator("[data-gs-suggest] a[href$='areas/']").count() == 1
    # browsing without a query: 筛选 runs a search over everything and offers its facets
    page.locator("[data-gs-filter-toggle]").click()
    page.wait_for_function(
        "() => document.querySelectorAll('[data-gs-facets] fieldset').length > 3"
    )
    page.wait_for_function("() => document.querySelectorAll('[data-gs-results] li').length > 0")
    assert page.evaluate("document.activeElement.closest('[data-gs-facets]') !== null")
    context.close()


def test_the_search_page_invites_before_any_script_runs(browser: object, example_url: str) -> None:
    """Without a query, the invitation and the browse links are the page's own HTML: drawn at the
    first paint (its largest text, what Lighthouse times as the largest paint), not by a script
    that runs after Material's bundle."""
    context = browser.new_context(**PHONE)
    page = context.new_page()
    page.route("**/*.js", lambda route: route.abort())  # no script runs at all
    page.goto(example_url + "search/", wait_until="load")
    status = page.locator("[data-gs-status]")
    assert "筛选" in status.text_content() and status.is_visible()
    link = page.locator("[data-gs-suggest] a[href$='areas/']")
    assert link.is_visible() and link.text_content() == "按区域浏览"
    assert page.locator("[data-gs-suggest] a[href$='fields/']").is_visible()
    context.close()


SHIFTS = """() => new Promise(resolve => { let total = 0;
  new PerformanceObserver(list => list.getEntries().forEach(e => { if (!e.hadRecentInput) total += e.value; }))
    .observe({type: 'layout-shift', buffered: true});
  setTimeout(() => resolve(total), 1500); })"""


@pytest.mark.parametrize("path", ["submit/", "search/", "search/?q=养老"])
def test_nothing_jumps_when_the_script_draws(browser: object, example_url: str, path: str) -> None:
    """The form and the search results come after the first paint (the scripts are deferred): the
    page keeps a screen's height, so the footer is never on the first screen to be pushed down."""
    context = browser.new_context(**PHONE)
    page = context.new_page()

    def slowly(route: object) -> None:  # a phone's connection: the page is drawn before scripts run
        time.sleep(0.6)
        route.continue_()

    page.route("**/*.js", slowly)
    page.goto(example_url + path, wait_until="load")
    assert page.evaluate(SHIFTS) < 0.01
    context.close()


def test_the_form_picks_organizations_from_a_file_of_its_own(example_site: Path) -> None:
    """The submission form's organization picker reads submit/orgs.json — id, name, street,
    community and code of each organization not deregistered — not the whole open-data table
    (206 KB on the example, 8 MB at 5,000 organizations)."""
    page = (example_site / "submit/index.html").read_text(encoding="utf-8")
    assert 'data-orgs="orgs.json"' in page
    picked = json.loads((example_site / "submit/orgs.json").read_text(encoding="utf-8"))
    table = json.loads((example_site / "data/organizations.json").read_text(encoding="utf-8"))
    active = [row for row in table if not row.get("status_change")]
    assert [row["id"] for row in picked] == [row["id"] for row in active]
    assert all(set(row) == {"id", "name", "street", "community", "code"} for row in picked)
    assert picked[0]["name"] == active[0]["name"] and picked[0]["code"] == active[0]["code"]
    size = (example_site / "submit/orgs.json").stat().st_size
    assert size * 5 < (example_site / "data/organizations.json").stat().st_size
