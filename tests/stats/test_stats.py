"""Annual results computed from the records of tests/sites/annual, against figures counted by hand.

The fixture, in short (see its files):
  a-registered  青山区 湖滨街道 柳岸社区  registered 2020, founded 2019  reports 2022 and 2023
  b-filed       青山区 湖滨街道 荷塘社区  filed 2023-02, founded 2021    report 2023
  c-pending     溪口县 石桥镇   石桥村    pending, founded 2022-05       report 2023 (training only)
  d-future      溪口县 石桥镇   竹林村    filed 2024 — counted in no year shown
  e-filed       溪口县 石桥镇   竹林村    filed 2019, founded 2018
Communities: 青山区 2 urban, 溪口县 2 rural. Targets: 2022 10/5 and 100 trained; 2023 1/1.5, no
training target.
"""

from __future__ import annotations

import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.model.site import Site
from generator.stats import annual as stats
from tests.conftest import SITES


@pytest.fixture(scope="module")
def site() -> Site:
    report = Report()
    loaded = load_site(SITES / "annual", report)
    assert not report.errors, [f.as_text() for f in report.errors]
    return loaded


def _table(view: stats.AnnualView, table_id: str) -> dict[str, list]:
    """A table as {first cell: [the other cells]}, totals included."""
    table = next(t for t in view.tables if t.id == table_id)
    rows = [list(record.values()) for record in table.records()]
    return {row[0]: row[1:] for row in rows}


# -- who counts in a year ----------------------------------------------------------------------


def test_an_organization_counts_once_founded_and_registered_or_filed(site: Site) -> None:
    orgs = dict(site.organizations())
    assert stats.counted_in(orgs["a-registered"], 2020)
    assert not stats.counted_in(orgs["a-registered"], 2019)  # founded 2019, registered 2020
    assert not stats.counted_in(orgs["b-filed"], 2022)  # founded 2021 but filed in 2023
    assert stats.counted_in(orgs["b-filed"], 2023)
    assert stats.counted_in(orgs["c-pending"], 2022)  # pending: founding is enough
    assert not stats.counted_in(orgs["c-pending"], 2021)
    assert not stats.counted_in(orgs["d-future"], 2023)
    assert stats.founded_year("2019-03") == 2019 and stats.founded_year("2018") == 2018
    assert stats.founded_year("") is None and stats.founded_year("不详") is None


def test_years(site: Site) -> None:
    assert stats.years_with_data(site) == [2022, 2023]
    assert stats.annual_years(site) == [2022, 2023]
    assert stats.has_narrative(site, 2023) and not stats.has_narrative(site, 2022)


def test_year_figures(site: Site) -> None:
    for year, expected in ((2022, ["a-registered", "c-pending", "e-filed"]),
                           (2023, ["a-registered", "b-filed", "c-pending", "e-filed"])):  # fmt: skip
        figures = stats.year_figures(site, year)
        assert [org_id for org_id, _ in figures.orgs] == expected
    qingshan = stats.year_figures(site, 2023, district="青山区")
    assert [org_id for org_id, _ in qingshan.orgs] == ["a-registered", "b-filed"]
    assert sorted(qingshan.communities.values()) == ["urban", "urban"]


# -- the city's tables -------------------------------------------------------------------------


def test_organizations_by_district_status_category_and_field(site: Site) -> None:
    view = stats.annual_view(site, 2023)
    assert view and view.compared_with == 2022
    by_district = _table(view, "orgs-by-district")
    # registered, filed, pending, total, change from 2022
    assert by_district["青山区"] == [1, 1, 0, 2, 1]
    assert by_district["溪口县"] == [0, 1, 1, 2, 0]
    assert by_district["合计"] == [1, 2, 1, 4, 1]
    by_status = _table(view, "orgs-by-status")
    assert by_status["备案"] == [2, Decimal("50.0"), 1]
    by_category = _table(view, "orgs-by-category")
    assert by_category["文体娱乐类"] == [1, Decimal("25.0"), 1]
    assert by_category["社区事务类"] == [0, Decimal("0.0"), 0]
    by_field = _table(view, "orgs-by-field")  # a-registered and c-pending have two fields each
    assert by_field["养老服务"][0] == 2 and by_field["邻里互助"][0] == 2
    assert by_field["文化体育"][0] == 1 and by_field["环境保护"][0] == 1
    by_street = _table(view, "orgs-by-street")
    assert by_street["青山区"] == ["湖滨街道", 1, 1, 0, 2, 1]


def test_density_against_the_targets_urban_and_rural_apart(site: Site) -> None:
    view = stats.annual_view(site, 2023)
    table = next(t for t in view.tables if t.id == "density")
    rows = [list(r.values()) for r in table.records()]
    # district, type, communities, organizations, average, change, target, met
    assert rows == [
        ["青山区", "城市社区", 2, 2, Decimal("1.0"), Decimal("0.5"), Decimal("1"), True],
        ["溪口县", "农村社区", 2, 2, Decimal("1.0"), Decimal("0.0"), Decimal("1.5"), False],
        ["测试市", "城市社区", 2, 2, Decimal("1.0"), Decimal("0.5"), Decimal("1"), True],
        ["测试市", "农村社区", 2, 2, Decimal("1.0"), Decimal("0.0"), Decimal("1.5"), False],
    ]
    figures = {f.label: f for f in view.figures}
    assert figures["城市社区平均组织数"].met is True
    assert figures["农村社区平均组织数"].target == Decimal("1.5")


def test_projects_and_funding_by_type(site: Site) -> None:
    view = stats.annual_view(site, 2023)
    by_plan = _table(view, "projects-by-plan")
    # running in 2023: a's 助餐服务 (role) and c's 结对互助 (cultivation); e's is only planned
    assert by_plan["作用发挥"] == [1, 1] and by_plan["培育发展"] == [1, 0]
    assert by_plan["合计"] == [2, 1]
    funding = _table(view, "funding")
    # awarded in 2023: venture 10,000 (a), self-raised 800 (c), lottery fund 20,000 (e's planned
    # project); a's government purchase was awarded in Dec 2022, c's donation has no date and
    # counts in its project's first year, 2022
    assert funding["公益创投"] == [1, Decimal("10000"), Decimal("10000")]
    assert funding["彩票公益金"] == [1, Decimal("20000"), Decimal("20000")]
    assert funding["政府购买服务"] == [0, Decimal("0"), Decimal("-30000")]
    assert funding["合计"] == [3, Decimal("30800"), Decimal("-4200")]
    earlier = _table(stats.annual_view(site, 2022), "funding")
    assert earlier["合计"] == [2, Decimal("35000")]  # no change column: 2021 has no data


def test_service_and_volunteer_hours_from_the_annual_reports(site: Site) -> None:
    view = stats.annual_view(site, 2023)
    service = _table(view, "service")
    # reports, activities, beneficiaries, volunteer hours
    assert service["青山区"] == [2, 29, 1500, Decimal("1060.5")]
    assert service["溪口县"] == [1, 0, 0, 0]
    assert service["合计"] == [3, 29, 1500, Decimal("1060.5")]
    figures = {f.label: f for f in view.figures}
    assert figures["服务人次"].change == 500  # a reported 1,000 in 2022
    assert figures["志愿服务时长（小时）"].change == Decimal("560.5")


def test_trainings_reported_plus_the_bureaus_against_the_target(site: Site) -> None:
    training = _table(stats.annual_view(site, 2022), "training")
    # reported by organizations, by the bureau, total, target, progress
    assert training["青山区"] == [20, 40, 60, None, None]
    assert training["合计"] == [20, 40, 60, 100, Decimal("60.0")]
    later = stats.annual_view(site, 2023)
    training = _table(later, "training")
    assert training["合计"] == [45, 75, 120, None, None]  # 2023 sets no training target
    figure = next(f for f in later.figures if f.label == "培训人次")
    assert (figure.value, figure.change, figure.target, figure.met) == (120, 60, None, None)


def test_grades_valid_at_the_end_of_the_year(site: Site) -> None:
    assert set(stats.grades_at(site, 2022)) == {"a-registered"}  # e's 3A ran out in June 2022
    assert {k: v.grade for k, v in stats.grades_at(site, 2023).items()} == {
        "a-registered": "4A",  # published in 2022, still valid
        "e-filed": "2A",
    }
    grades = _table(stats.annual_view(site, 2023), "grades")
    assert grades["4A"] == [1, 0] and grades["2A"] == [1, 1] and grades["合计"] == [2, 1]


def test_the_bureaus_lists(site: Site) -> None:
    view = stats.annual_view(site, 2023)
    assert _table(view, "inspections")["基本合格"] == [1]
    commended = next(t for t in view.tables if t.id == "commendations")
    assert commended.rows[0]["org_name"] == "柳岸社区助老服务中心"
    assert commended.rows[0]["org_url"] == "orgs/a-registered/"
    abnormal = next(t for t in view.tables if t.id == "abnormal-list")
    assert abnormal.records() == [
        {
            "org_name": "石桥村互助会",
            "org_id": "c-pending",
            "listed_on": date(2023, 9, 1),
            "reason": "未按时报送年度报告",
        }
    ]
    # 2022 has no such lists: no empty tables
    assert {"inspections", "abnormal-list"}.isdisjoint(
        t.id for t in stats.annual_view(site, 2022).tables
    )


def test_the_first_year_has_no_change_columns(site: Site) -> None:
    view = stats.annual_view(site, 2022)
    assert view.compared_with is None
    assert all(c.kind != "change" for t in view.tables for c in t.columns)
    assert all(f.change is None for f in view.figures)


# -- a district --------------------------------------------------------------------------------


def test_a_district_by_street_and_community(site: Site) -> None:
    view = stats.annual_view(site, 2023, "qingshan")
    assert view and view.scope == "青山区" and view.data_url == "data/annual/2023/qingshan/"
    assert view.year_url == "annual/2023/"
    by_street = _table(view, "orgs-by-street")
    assert by_street["湖滨街道"] == [1, 1, 0, 2, 1]
    communities = _table(view, "communities")
    assert communities["湖滨街道"] == ["荷塘社区", "城市社区", 1, Decimal("1"), True]
    training = _table(view, "training")
    assert training["湖滨街道"] == [30, None, 30]
    assert training["民政局组织的培训"] == [None, 50, 50]
    assert training["合计"] == [30, 50, 80]
    assert [t.id for t in view.tables if t.id in ("inspections", "commendations")] == [
        "inspections",
        "commendations",
    ]
    assert "abnormal-list" not in [t.id for t in view.tables]  # c-pending is in 溪口县
    assert stats.annual_view(site, 2023, "no-such-district") is None


def test_district_pages_for_every_year(site: Site) -> None:
    pages = stats.district_pages(site)
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
    view = stats.annual_view(site, 2023)
    assert view is not None
    tables = {t.id: t for t in view.tables}
    assert tables["density"].rows == [] and tables["density"].totals == []
    # organizations still count, by the district names they give
    assert sorted(r["district"] for r in tables["orgs-by-district"].rows) == ["溪口县", "青山区"]
    assert tables["training"].records()[-1]["total"] == 10  # the unknown district still counts
    assert tables["service"].totals[0]["beneficiaries"] == 0
    assert stats.district_pages(site) == []  # no areas, no district pages
    assert stats.annual_view(site, 2030) is not None  # a year with nothing at all


def test_small_helpers_never_divide_by_zero() -> None:
    assert stats.ratio(3, 0) is None and stats.percent(3, None) is None
    assert stats.ratio(1, 3) == Decimal("0.3") and stats.percent(2, 3) == Decimal("66.7")
    assert stats.change(None, 3) is None and stats.change(5, 3) == 2
