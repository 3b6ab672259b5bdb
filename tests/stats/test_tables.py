"""The city's tables of the annual results (generator.stats.tables*), from the records of
tests/sites/annual, against figures counted by hand.

(see tests/stats/test_figures.py for the fixture in short).
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from generator.model.site import Site
from generator.views.annual import annual_view
from tests.conftest import table_cells


@pytest.fixture(scope="module")
def site(annual_site: Site) -> Site:
    return annual_site


# -- the city's tables -------------------------------------------------------------------------


def test_organizations_by_district_status_category_and_field(site: Site) -> None:
    view = annual_view(site, 2023)
    assert view and view.compared_with == 2022
    by_district = table_cells(view, "orgs-by-district")
    # registered, filed, pending, total, change from 2022
    assert by_district["青山区"] == [1, 1, 0, 2, 1]
    assert by_district["溪口县"] == [0, 1, 1, 2, 0]
    assert by_district["合计"] == [1, 2, 1, 4, 1]
    by_status = table_cells(view, "orgs-by-status")
    assert by_status["备案"] == [2, Decimal("50.0"), 1]
    by_category = table_cells(view, "orgs-by-category")
    assert by_category["文体娱乐类"] == [1, Decimal("25.0"), 1]
    assert by_category["社区事务类"] == [0, Decimal("0.0"), 0]
    by_field = table_cells(view, "orgs-by-field")  # a-registered and c-pending have two fields each
    assert by_field["养老服务"][0] == 2 and by_field["邻里互助"][0] == 2
    assert by_field["文化体育"][0] == 1 and by_field["环境保护"][0] == 1
    by_street = table_cells(view, "orgs-by-street")
    assert by_street["青山区"] == ["湖滨街道", 1, 1, 0, 2, 1]


def test_density_against_the_targets_urban_and_rural_apart(site: Site) -> None:
    view = annual_view(site, 2023)
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
    view = annual_view(site, 2023)
    by_plan = table_cells(view, "projects-by-plan")
    # running in 2023: a's 助餐服务 (role) and c's 结对互助 (cultivation); e's is only planned
    assert by_plan["作用发挥"] == [1, 1] and by_plan["培育发展"] == [1, 0]
    assert by_plan["合计"] == [2, 1]
    funding = table_cells(view, "funding")
    # awarded in 2023: venture 10,000 (a), self-raised 800 (c), lottery fund 20,000 (e's planned
    # project); a's government purchase was awarded in Dec 2022, c's donation has no date and
    # counts in its project's first year, 2022
    assert funding["公益创投"] == [1, Decimal("10000"), Decimal("10000")]
    assert funding["彩票公益金"] == [1, Decimal("20000"), Decimal("20000")]
    assert funding["政府购买服务"] == [0, Decimal("0"), Decimal("-30000")]
    assert funding["合计"] == [3, Decimal("30800"), Decimal("-4200")]
    earlier = table_cells(annual_view(site, 2022), "funding")
    assert earlier["合计"] == [2, Decimal("35000")]  # no change column: 2021 has no data


def test_service_and_volunteer_hours_from_the_annual_reports(site: Site) -> None:
    view = annual_view(site, 2023)
    service = table_cells(view, "service")
    # reports, activities, beneficiaries, volunteer hours (all four reported), published
    # activities: the market a-registered (青山区) led with three co-organizers, two of them in
    # 溪口县, counts once, in 青山区
    assert service["青山区"] == [2, 29, 1500, Decimal("1060.5"), 1]
    assert service["溪口县"] == [1, 0, 0, 0, 0]
    assert service["合计"] == [3, 29, 1500, Decimal("1060.5"), 1]
    figures = {f.label: f for f in view.figures}
    assert figures["服务人次"].change == 500  # a reported 1,000 in 2022
    assert figures["志愿服务时长（小时）"].change == Decimal("560.5")


def test_trainings_reported_plus_the_bureaus_against_the_target(site: Site) -> None:
    training = table_cells(annual_view(site, 2022), "training")
    # delivered by organizations, by the bureau, total, target, progress, attended (not added)
    assert training["青山区"] == [20, 40, 60, None, None, 0]
    assert training["合计"] == [20, 40, 60, 100, Decimal("60.0"), 0]
    later = annual_view(site, 2023)
    training = table_cells(later, "training")
    assert training["溪口县"] == [15, 25, 40, None, None, 40]  # c-pending's members attended 40
    assert training["合计"] == [45, 75, 120, None, None, 52]  # 2023 sets no training target
    figure = next(f for f in later.figures if f.label == "培训人次")
    assert (figure.value, figure.change, figure.target, figure.met) == (120, 60, None, None)


def test_the_grades_table_counts_the_grades_valid_at_the_end_of_the_year(site: Site) -> None:
    grades = table_cells(annual_view(site, 2023), "grades")
    assert grades["4A"] == [1, 0] and grades["2A"] == [1, 1] and grades["合计"] == [2, 1]


def test_the_bureaus_lists(site: Site) -> None:
    view = annual_view(site, 2023)
    assert table_cells(view, "inspections")["基本合格"] == [1]
    commended = next(t for t in view.tables if t.id == "commendations")
    assert commended.rows[0]["org_name"] == "柳岸社区助老服务中心"
    assert commended.rows[0]["org_url"] == "orgs/a-registered/"
    abnormal = next(t for t in view.tables if t.id == "abnormal-list")
    assert abnormal.records() == [
        {
            "org_name": "石桥村互助会",
            "org_id": "c-pending",
            "org_code": "培育中",  # a pending group has no code yet
            "listed_on": date(2023, 9, 1),
            "reason": "未按时报送年度报告",
        }
    ]
    # 2022 has no such lists: no empty tables
    assert {"inspections", "abnormal-list"}.isdisjoint(t.id for t in annual_view(site, 2022).tables)


def test_the_first_year_has_no_change_columns(site: Site) -> None:
    view = annual_view(site, 2022)
    assert view.compared_with is None
    assert all(c.kind != "change" for t in view.tables for c in t.columns)
    assert all(f.change is None for f in view.figures)
