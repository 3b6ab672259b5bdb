"""Themes (issue 21, item 4): a page for each themed campaign with its activities across the city,
newest first and headed by year; the theme is a search filter of activity pages."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.search.records import search_records
from generator.views.catalog import build_catalog
from tests.conftest import build

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
OTHER = """title: 重阳节给村里老人理发
date: 2023-10-23
place: 石桥村文化礼堂
type: 志愿服务
theme: double-ninth
participants: 30
"""


def _themed(site: Path) -> None:
    path = site / ACTIVITY
    text = path.read_text(encoding="utf-8").replace(
        "type: 志愿服务\n", "type: 志愿服务\ntheme: 重阳敬老\n"
    )
    path.write_text(text, encoding="utf-8")
    folder = site / "orgs/shiqiao-huzhu/activities"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "2023-10-23-lifa.yml").write_text(OTHER, encoding="utf-8")


def _catalog(site: Path):
    report = Report()
    loaded = load_site(site, report)
    assert not report.errors, [f.as_text() for f in report.errors]
    return build_catalog(loaded, {})


def test_a_theme_page_lists_the_campaign_across_the_city(site_copy: Path) -> None:
    _themed(site_copy)
    catalog = _catalog(site_copy)
    page = next(p for p in catalog.pages if p.url == "themes/double-ninth/")
    assert page.title == "重阳敬老"
    assert [a.record.title for a in page.context["activities"]] == [
        "五月义诊进社区",
        "重阳节给村里老人理发",
    ]
    assert page.context["years"] == [(2024, 1), (2023, 1)] and page.context["orgs"] == 2
    index = next(p for p in catalog.pages if p.url == "themes/")
    assert [(t.title, t.count) for t in index.context["themes"]] == [("重阳敬老", 2)]
    assert not any(p.url == "themes/lei-feng/" for p in catalog.pages)  # no activities, no page


def test_no_theme_no_pages(site_copy: Path) -> None:
    assert not [p for p in _catalog(site_copy).pages if p.url.startswith("themes/")]


def test_the_theme_is_a_search_filter_of_activities(site_copy: Path, tmp_path: Path) -> None:
    _themed(site_copy)
    catalog = _catalog(site_copy)
    records = {r.url: r for r in search_records(catalog, [], tmp_path)}
    assert records["orgs/shiqiao-huzhu/activities/2023-10-23-lifa/"].filters["theme"] == [
        "重阳敬老"
    ]
    assert "theme" not in records["orgs/yangguang/"].filters  # organizations keep theirs
    search_js = (
        Path(__file__).parents[2] / "generator/templates/assets/gongshi/search.js"
    ).read_text(encoding="utf-8")
    assert '["theme", "主题活动"]' in search_js


def test_theme_pages_render_by_year(site_copy: Path, tmp_path: Path) -> None:
    _themed(site_copy)
    out = tmp_path / "out"
    result = build(site_copy, out)
    assert result.built and not result.report.errors
    page = (out / "themes/double-ninth/index.html").read_text(encoding="utf-8")
    assert page.index('id="year-2024"') < page.index('id="year-2023"')
    assert "重阳节给村里老人理发" in page
    activity = (out / "orgs/yangguang/activities/2024-05-12-yiyuan/index.html").read_text(
        encoding="utf-8"
    )
    assert (
        'href="../../../../themes/double-ninth/"' in activity or "themes/double-ninth/" in activity
    )
