"""Where am I: a page outside the navigation highlights the tab of its folder (an area page lights
找组织, an organization's 机构名录, an annual district page 年度公示), and a district page begins
its breadcrumb with 按区域 as its streets' and communities' pages do."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.engine.frame import MkDocsFrame
from generator.render import records
from tests.conftest import SITES, build


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The minimal site with Material's tabs (as the example has them), each record page's fast
    render checked against a full one (the highlight must not leak between shared chromes)."""
    root = tmp_path_factory.mktemp("wayfinding") / "site"
    shutil.copytree(SITES / "minimal", root)
    config = root / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace("  font: false\n", "  font: false\n  features: [navigation.tabs]\n", 1),
        encoding="utf-8",
    )
    compared: list[str] = []
    original = records.render_pages

    def check(frame: MkDocsFrame, batches: list, **options: object) -> tuple[int, int]:
        result = original(frame, batches, **options)  # type: ignore[arg-type]
        for spec in (spec for batch in batches for spec in batch.specs):
            if spec.template in frame.body_templates:
                assert frame.render_fast(spec) == frame.render_full(spec), spec.url
                compared.append(spec.url)
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(pipeline, "render_pages", check)
        result = build(root, root.parent / "out", use_cache=False)
    assert result.built, [f.as_text() for f in result.report.findings]
    assert "areas/qingshan/" in compared and "orgs/yangguang/" in compared
    return root.parent / "out"


def _active_tabs(out: Path, page: str) -> list[str]:
    html = (out / page).read_text(encoding="utf-8")
    tabs = html[html.index('<nav class="md-tabs"') :]
    tabs = tabs[: tabs.index("</nav>")]
    return [
        re.sub(r"\s+", "", title)
        for title in re.findall(
            r'<li class="md-tabs__item md-tabs__item--active">\s*<a [^>]*>(.*?)</a>', tabs, re.S
        )
    ]


@pytest.mark.parametrize(
    ("page", "tab"),
    [
        ("areas/index.html", "找组织"),  # in the navigation: Material's own highlight
        ("areas/qingshan/index.html", "找组织"),
        ("areas/qingshan/hubin/liuan/index.html", "找组织"),
        ("categories/mutual-aid/index.html", "找组织"),
        ("orgs/index.html", "机构名录"),
        ("orgs/yangguang/index.html", "机构名录"),
        ("orgs/yangguang/projects/zhucan/index.html", "机构名录"),
        ("index.html", "首页"),
    ],
)
def test_the_tab_of_the_pages_folder_is_highlighted(out: Path, page: str, tab: str) -> None:
    assert _active_tabs(out, page) == [tab]


def test_pages_of_no_tab_highlight_none(out: Path) -> None:
    assert _active_tabs(out, "subscribe/index.html") == []
    assert _active_tabs(out, "404.html") == []


def test_district_pages_have_the_breadcrumb_their_streets_have(out: Path) -> None:
    def crumbs(page: str) -> str:
        html = (out / page).read_text(encoding="utf-8")
        return re.search(r'<nav class="gs-crumbs" aria-label="位置">(.*?)</nav>', html).group(1)

    assert crumbs("areas/qingshan/index.html") == '<a href="../">按区域</a>'
    assert crumbs("areas/qingshan/hubin/index.html") == (
        '<a href="../../">按区域</a> › <a href="../">青山区</a>'
    )
    categories = (out / "categories/mutual-aid/index.html").read_text(encoding="utf-8")
    assert "gs-crumbs" not in categories  # not an area: no area trail
