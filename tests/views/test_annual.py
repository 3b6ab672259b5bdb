"""The annual results pages (generator.views.annual): the city's and each district's view of a
year, the district pages, and empty cells, not errors, for missing data — from tests/sites/annual
(see tests/stats/test_figures.py for the fixture in short).
"""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.model.site import Site
from generator.views.annual import annual_view, district_pages
from tests.conftest import SITES, table_cells


@pytest.fixture(scope="module")
def site(annual_site: Site) -> Site:
    return annual_site


# -- a district --------------------------------------------------------------------------------


def test_a_district_by_street_and_community(site: Site) -> None:
    view = annual_view(site, 2023, "qingshan")
    assert view and view.scope == "青山区" and view.data_url == "data/annual/2023/qingshan/"
    assert view.year_url == "annual/2023/"
    by_street = table_cells(view, "orgs-by-street")
    assert by_street["湖滨街道"] == [1, 1, 0, 2, 1]
    communities = table_cells(view, "communities")
    assert communities["湖滨街道"] == ["荷塘社区", "城市社区", 1, Decimal("1"), True]
    training = table_cells(view, "training")
    assert training["湖滨街道"] == [30, None, 30, 12]  # attended 12: shown, not added
    assert training["民政局组织的培训"] == [None, 50, 50, None]
    assert training["合计"] == [30, 50, 80, 12]
    assert [t.id for t in view.tables if t.id in ("inspections", "commendations")] == [
        "inspections",
        "commendations",
    ]
    assert "abnormal-list" not in [t.id for t in view.tables]  # c-pending is in 溪口县
    assert annual_view(site, 2023, "no-such-district") is None


def test_district_pages_for_every_year(site: Site) -> None:
    pages = district_pages(site)
    assert [p.url for p in pages] == [
        "annual/2022/qingshan/",
        "annual/2022/xikou/",
        "annual/2023/qingshan/",
        "annual/2023/xikou/",
    ]
    assert pages[0].template == "gongshi/annual-district.html"
    assert pages[0].context["annual"].year_url is None  # 2022 has no narrative page
    assert pages[3].filters == {"kind": ["年度公示"], "year": ["2023"], "district": ["溪口县"]}


# -- bad data never raises ---------------------------------------------------------------------


def test_missing_areas_targets_and_reports_give_empty_cells(tmp_path: Path) -> None:
    repo = tmp_path / "site"
    shutil.copytree(SITES / "annual", repo)
    (repo / "content" / "areas.yml").unlink()
    for report in repo.glob("orgs/*/reports/*.yml"):
        report.unlink()
    bureau = repo / "content" / "annual" / "2023.yml"
    text = bureau.read_text(encoding="utf-8")
    bureau.write_text(text.split("targets:")[0] + "training:\n  不存在区: 10\n", encoding="utf-8")
    site = load_site(repo, Report())
    view = annual_view(site, 2023)
    assert view is not None
    tables = {t.id: t for t in view.tables}
    assert tables["density"].rows == [] and tables["density"].totals == []
    # organizations still count, by the district names they give
    assert sorted(r["district"] for r in tables["orgs-by-district"].rows) == ["溪口县", "青山区"]
    assert tables["training"].records()[-1]["total"] == 10  # the unknown district still counts
    assert tables["service"].totals[0]["beneficiaries"] == 0
    assert district_pages(site) == []  # no areas, no district pages
    assert annual_view(site, 2030) is not None  # a year with nothing at all
