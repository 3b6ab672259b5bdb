"""The annual tables of disclosure levels and residents' judgements (generator.stats.tables_standing):
in a year published after they existed, and never added to a year published before them."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.stats.tables_standing import TABLE_IDS
from generator.views.annual import annual_view
from generator.views.published import check_published
from tests.conftest import REPO
from tests.views.test_board import make_site


def test_levels_and_judgements_tables_of_an_unpublished_year(tmp_path: Path) -> None:
    site = load_site(make_site(tmp_path / "site"), Report())
    view = annual_view(site, 2023)
    assert view is not None and 2023 not in site.published
    tables = {table.id: table for table in view.tables}
    by_category = tables["levels_by_category"]
    total = by_category.totals[0]
    assert sum(v for k, v in total.items() if k != "name") == 4  # every organization once
    judged = tables["judgements"]
    rows = {row["by"]: row for row in judged.rows}
    assert rows["机构自评"]["satisfied"] == 95 and rows["机构自评"]["answered"] == 60
    assert rows["街道评价"]["satisfied"] == 87.5 and rows["街道评价"]["rounds"] == 1
    # self-reported and independent apart: the total counts only the independent rounds
    assert judged.totals[0]["rounds"] == 1 and judged.totals[0]["answered"] == 40
    assert judged.chart is not None and levels_chart(tables)


def levels_chart(tables: dict) -> bool:
    return tables["levels_by_area"].chart is not None


def test_a_year_published_before_the_tables_keeps_its_snapshot() -> None:
    """The example's 2023 was published before these tables: its page shows none of them,
    and validate finds no figure that moved (live views are compared without them too)."""
    report = Report()
    site = load_site(REPO, report)
    assert 2023 in site.published
    for district in (None, *(d.id for d in site.areas.areas.districts)):
        view = annual_view(site, 2023, district)
        assert view is not None and view.frozen
        assert not {t.id for t in view.tables} & TABLE_IDS
    moved = Report()
    check_published(site, moved)
    assert not moved.findings, [f.as_text() for f in moved.findings]
