"""What a person sees and clicks, in headless Chromium (Debian's chromium, driven by Playwright):
no third-party requests, no horizontal scroll on a 360 px phone, no script from records runs,
axe-core finds no serious or critical accessibility problem, and the photo lightbox works."""

from __future__ import annotations

import io
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.conftest import CHROMIUM, SITES, build, serious_accessibility_problems, serve

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(
        not CHROMIUM.exists(), reason="Debian chromium is not installed (make test installs it)"
    ),
]


PAGES = [
    "",
    "orgs/liuan-yangguang/",
    "orgs/liuan-yangguang/projects/shijian-yinhang/",
    "orgs/liuan-yangguang/activities/2023-10-23-chongyang-chahua/",
    "orgs/",
    "areas/",
    "policies/2021-cultivation-action-plan/",
    "platforms/hubin-zhichi/",
    "themes/double-ninth/",
    "data/",
]


def _existing(site: Path, path: str) -> str:
    """The first activity/project of the page's kind when the example changed its ids."""
    if (site / path / "index.html").exists() or path == "":
        return path
    parent = site / Path(path).parent
    first = sorted(p for p in parent.iterdir() if (p / "index.html").exists())[0]
    return first.relative_to(site).as_posix() + "/"


def test_no_request_leaves_the_site(browser: object, example_site: Path, example_url: str) -> None:
    host = urlsplit(example_url).netloc
    for path in PAGES[:4]:
        page = browser.new_page()
        requests: list[str] = []
        page.on("request", lambda request, seen=requests: seen.append(request.url))
        page.goto(example_url + _existing(example_site, path), wait_until="networkidle")
        page.close()
        foreign = [
            url
            for url in requests
            if urlsplit(url).netloc not in (host, "") and not url.startswith("data:")
        ]
        assert requests and foreign == [], (path, foreign)


@pytest.mark.parametrize("path", PAGES)
def test_no_horizontal_scroll_on_a_phone(
    browser: object, example_site: Path, example_url: str, path: str
) -> None:
    page = browser.new_page(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    page.goto(example_url + _existing(example_site, path), wait_until="load")
    width = page.evaluate("document.documentElement.scrollWidth")
    page.close()
    assert width <= 360, (path, width)


@pytest.mark.parametrize("path", PAGES[:4])
def test_axe_finds_no_serious_problem(
    browser: object, example_site: Path, example_url: str, path: str
) -> None:
    page = browser.new_page()
    page.goto(example_url + _existing(example_site, path), wait_until="load")
    serious = serious_accessibility_problems(page)
    page.close()
    assert serious == [], (path, serious)


def test_lightbox_opens_moves_and_closes(
    browser: object, example_site: Path, example_url: str
) -> None:
    path = _existing(example_site, PAGES[3])
    page = browser.new_page()
    page.goto(example_url + path, wait_until="load")
    links = page.locator("[data-gs-gallery] a[data-gs-full]")
    assert links.count() >= 2
    links.nth(0).click()
    box = page.locator(".gs-lightbox")
    assert box.is_visible()
    first = page.locator(".gs-lightbox img").get_attribute("src")
    assert first == links.nth(0).get_attribute("data-gs-full")
    page.keyboard.press("ArrowRight")
    assert page.locator(".gs-lightbox img").get_attribute("src") == links.nth(1).get_attribute(
        "data-gs-full"
    )
    assert "2 /" in page.locator(".gs-lightbox p").inner_text()
    page.keyboard.press("ArrowLeft")
    assert page.locator(".gs-lightbox img").get_attribute("src") == first
    page.wait_for_function("document.querySelector('.gs-lightbox img').complete")
    assert page.evaluate("document.querySelector('.gs-lightbox img').naturalWidth") > 0
    page.keyboard.press("Escape")
    assert not box.is_visible()
    focused = page.evaluate("document.activeElement.getAttribute('data-gs-full')")
    assert focused == links.nth(0).get_attribute("data-gs-full")  # focus returns to the photo
    links.nth(1).focus()
    page.keyboard.press("Enter")
    assert box.is_visible()
    page.locator(".gs-lightbox__close").click()
    assert not box.is_visible()
    page.close()


def test_lightbox_swipes_on_a_phone(browser: object, example_site: Path, example_url: str) -> None:
    path = _existing(example_site, PAGES[3])
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, has_touch=True, is_mobile=True
    )
    page = context.new_page()
    page.goto(example_url + path, wait_until="load")
    links = page.locator("[data-gs-gallery] a[data-gs-full]")
    links.nth(0).tap()
    assert page.locator(".gs-lightbox").is_visible()
    page.evaluate(
        """() => {
          const box = document.querySelector('.gs-lightbox');
          const touch = (x) => new Touch({identifier: 1, target: box, clientX: x, clientY: 300});
          box.dispatchEvent(new TouchEvent('touchstart', {touches: [touch(300)], changedTouches: [touch(300)]}));
          box.dispatchEvent(new TouchEvent('touchend', {touches: [], changedTouches: [touch(100)]}));
        }"""
    )
    assert page.locator(".gs-lightbox img").get_attribute("src") == links.nth(1).get_attribute(
        "data-gs-full"
    )
    context.close()


def test_qr_code_scans_to_the_page(browser: object, example_site: Path, example_url: str) -> None:
    zxingcpp = pytest.importorskip("zxingcpp")
    from PIL import Image

    for path in ("orgs/liuan-yangguang/", "orgs/liuan-yangguang/poster/"):
        page = browser.new_page(viewport={"width": 1280, "height": 900})
        page.goto(example_url + path, wait_until="load")
        shot = page.locator("img[src$='qr.svg']").screenshot()
        page.close()
        codes = zxingcpp.read_barcodes(Image.open(io.BytesIO(shot)))
        assert [c.text for c in codes] == ["https://gongshi.example.org/orgs/liuan-yangguang/"], (
            path
        )


HOSTILE = '<script>window.__pwned=1</script><img src=x onerror="window.__pwned=2">'


def test_no_script_from_records_runs(browser: object, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    org = repo / "orgs/yangguang/org.yml"
    text = org.read_text(encoding="utf-8")
    text = text.replace("short_name: 阳光助老", "short_name: '<script>x=1</script>'")
    text = text.replace("slogan: 有我在，您放心", "slogan: '<img src=x onerror=alert(5)>'")
    text = text.replace(
        "每周三，志愿者给老人送去热饭。", f"每周三 {HOSTILE} [x](javascript:window.__pwned=3)"
    )
    org.write_text(text, encoding="utf-8")
    activity = repo / "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
    text = activity.read_text(encoding="utf-8").replace(
        "title: 五月义诊进社区", f"title: '{HOSTILE[:60]}'"
    )
    text = text.replace("alt: 医生为老人测量血压", "alt: '\" onerror=\"window.__pwned=4'")
    activity.write_text(text, encoding="utf-8")
    result = build(repo, tmp_path / "out")
    assert result.built
    server, url = serve(tmp_path / "out")
    try:
        for path in (
            "",
            "orgs/",
            "orgs/yangguang/",
            "orgs/yangguang/activities/2024-05-12-yiyuan/",
            "activities/",
        ):
            page = browser.new_page()
            dialogs: list[str] = []
            page.on(
                "dialog",
                lambda dialog, seen=dialogs: (seen.append(dialog.message), dialog.dismiss()),
            )
            page.goto(url + path, wait_until="load")
            for link in page.locator("a").all():
                href = link.get_attribute("href") or ""
                assert not href.lower().startswith("javascript:"), href
            assert page.evaluate("window.__pwned") is None, path
            assert dialogs == []
            page.close()
    finally:
        server.shutdown()
