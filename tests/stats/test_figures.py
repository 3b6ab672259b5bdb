"""The figures of a year (generator.stats.figures), from the records of tests/sites/annual, against
figures counted by hand.

The fixture, in short (see its files):
  a-registered  青山区 湖滨街道 柳岸社区  registered 2020, founded 2019  reports 2022 and 2023;
                led a market on 2023-06-10 co-organized by b-filed, c-pending and e-filed
  b-filed       青山区 湖滨街道 荷塘社区  filed 2023-02, founded 2021    report 2023
  c-pending     溪口县 石桥镇   石桥村    pending, founded 2022-05       report 2023 (training only: delivered 15, attended 40)
  d-future      溪口县 石桥镇   竹林村    filed 2024 — counted in no year shown
  e-filed       溪口县 石桥镇   竹林村    filed 2019, founded 2018
Communities: 青山区 2 urban, 溪口县 2 rural. Targets: 2022 10/5 and 100 trained; 2023 1/1.5, no
training target.
"""

from __future__ import annotations

from decimal import Decimal

import pytest

from generator.model.site import Site
from generator.stats import figures


@pytest.fixture(scope="module")
def site(annual_site: Site) -> Site:
    return annual_site


# -- who counts in a year ----------------------------------------------------------------------


def test_an_organization_counts_once_founded_and_registered_or_filed(site: Site) -> None:
    orgs = dict(site.organizations())
    assert figures.counted_in(orgs["a-registered"], 2020)
    assert not figures.counted_in(orgs["a-registered"], 2019)  # founded 2019, registered 2020
    assert not figures.counted_in(orgs["b-filed"], 2022)  # founded 2021 but filed in 2023
    assert figures.counted_in(orgs["b-filed"], 2023)
    assert figures.counted_in(orgs["c-pending"], 2022)  # pending: founding is enough
    assert not figures.counted_in(orgs["c-pending"], 2021)
    assert not figures.counted_in(orgs["d-future"], 2023)
    assert figures.founded_year("2019-03") == 2019 and figures.founded_year("2018") == 2018
    assert figures.founded_year("") is None and figures.founded_year("不详") is None


def test_years(site: Site) -> None:
    assert figures.years_with_data(site) == [2022, 2023]
    assert figures.annual_years(site) == [2022, 2023]
    assert figures.has_narrative(site, 2023) and not figures.has_narrative(site, 2022)


def test_year_figures(site: Site) -> None:
    for year, expected in ((2022, ["a-registered", "c-pending", "e-filed"]),
                           (2023, ["a-registered", "b-filed", "c-pending", "e-filed"])):  # fmt: skip
        counted = figures.year_figures(site, year)
        assert [org_id for org_id, _ in counted.orgs] == expected
    qingshan = figures.year_figures(site, 2023, district="青山区")
    assert [org_id for org_id, _ in qingshan.orgs] == ["a-registered", "b-filed"]
    assert sorted(qingshan.communities.values()) == ["urban", "urban"]


def test_grades_valid_at_the_end_of_the_year(site: Site) -> None:
    assert set(figures.grades_at(site, 2022)) == {"a-registered"}  # e's 3A ran out in June 2022
    assert {k: v.grade for k, v in figures.grades_at(site, 2023).items()} == {
        "a-registered": "4A",  # published in 2022, still valid
        "e-filed": "2A",
    }


# -- arithmetic --------------------------------------------------------------------------------


def test_small_helpers_never_divide_by_zero() -> None:
    assert figures.ratio(3, 0) is None and figures.percent(3, None) is None
    assert figures.ratio(1, 3) == Decimal("0.3") and figures.percent(2, 3) == Decimal("66.7")
    assert figures.change(None, 3) is None and figures.change(5, 3) == 2
