"""Bar charts as inline SVG: bars as long as their numbers, targets where they belong, accessible
names, no markup from labels — and on the annual pages, every chart equals its table."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from decimal import Decimal
from itertools import pairwise

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.stats.charts import Series, bar_chart, text_width
from generator.views.annual import annual_view
from tests.conftest import REPO, SITES

SVG = "{http://www.w3.org/2000/svg}"


def _parse(svg: str) -> ET.Element:
    return ET.fromstring(str(svg))


def _bars(root: ET.Element) -> list[ET.Element]:
    return [e for e in root.iter(f"{SVG}rect") if "gs-chart__bar " in e.get("class", "") + " "]


def _rows(root: ET.Element) -> list[ET.Element]:
    return [g for g in root.iter(f"{SVG}g") if g.get("class") == "gs-chart__row"]


def test_bars_are_as_long_as_their_numbers() -> None:
    svg = bar_chart(
        chart_id="c",
        title="各区组织数",
        description="青山区 40，明溪区 10",
        labels=["青山区", "明溪区", "溪口县"],
        series=[Series("组织数", [40, 10, 0])],
    )
    root = _parse(svg)
    bars = _bars(root)
    assert [b.get("data-value") for b in bars] == ["40", "10", "0"]
    widths = [float(b.get("width")) for b in bars]
    assert widths[2] == 0
    assert widths[0] == pytest.approx(4 * widths[1], rel=0.01)
    assert widths[0] <= float(root.get("viewBox").split()[2])  # inside the chart
    labels = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "gs-chart__label"]
    assert labels == ["青山区", "明溪区", "溪口县"]
    values = [t.text for t in root.iter(f"{SVG}text") if t.get("class") == "gs-chart__value"]
    assert values == ["40", "10", "0"]


def test_stacked_bars_follow_each_other_and_have_a_legend() -> None:
    root = _parse(
        bar_chart(
            chart_id="s",
            title="t",
            description="d",
            labels=["青山区"],
            series=[Series("登记", [2]), Series("备案", [36]), Series("培育中", [2])],
            unit="个",
        )
    )
    bars = _bars(root)
    assert [b.get("data-series") for b in bars] == ["0", "1", "2"]
    for left, right in pairwise(bars):
        end = float(left.get("x")) + float(left.get("width"))
        assert float(right.get("x")) == pytest.approx(end, abs=0.02)
    legend = [t.text for t in root.findall(f"{SVG}text")]
    assert legend == ["登记", "备案", "培育中"]
    assert {b.get("class").split()[-1] for b in bars} == {
        "gs-chart__bar--1",
        "gs-chart__bar--2",
        "gs-chart__bar--3",
    }
    value = next(t for t in root.iter(f"{SVG}text") if t.get("class") == "gs-chart__value")
    assert value.text == "40个"


def test_targets_are_lines_on_the_same_scale() -> None:
    root = _parse(
        bar_chart(
            chart_id="t",
            title="密度",
            description="d",
            labels=["城市社区", "农村社区"],
            series=[Series("平均", [Decimal("5.0"), Decimal("2.5")])],
            targets=[Decimal("10"), Decimal("5")],
        )
    )
    bars = _bars(root)
    lines = [
        line
        for line in root.iter(f"{SVG}line")
        if line.get("class") == "gs-chart__target" and line.get("data-value")
    ]
    assert [line.get("data-value") for line in lines] == ["10", "5"]
    # the largest number (the first target) spans the room; a bar at half its target is half as long
    for bar, line in zip(bars, lines, strict=True):
        assert float(line.get("x1")) == pytest.approx(2 * float(bar.get("width")), abs=0.05)
    assert "目标" in [t.text for t in root.findall(f"{SVG}text")]  # in the legend


def test_a_value_label_stays_clear_of_its_target_line() -> None:
    """A bar just short of its target would have its number drawn across the target's line: the
    number moves past the line; a bar beyond its target keeps its number at its end."""
    root = _parse(
        bar_chart(
            chart_id="c",
            title="每万人组织数",
            description="d",
            labels=["青山区", "明溪区", "溪口县"],
            series=[Series("组织数", [Decimal("9.6"), Decimal("12.5"), Decimal("3")])],
            targets=[Decimal("10"), Decimal("10"), Decimal("10")],
            unit="个",
        )
    )
    width = float(root.get("viewBox").split()[2])
    for row, bar in zip(_rows(root), _bars(root), strict=True):
        line = next(e for e in row.iter(f"{SVG}line") if e.get("class") == "gs-chart__target")
        value = next(e for e in row.iter(f"{SVG}text") if e.get("class") == "gs-chart__value")
        start, target = float(value.get("x")), float(line.get("x1"))
        end = start + text_width(value.text, 11)
        assert not start - 1 <= target <= end + 1, (value.text, start, target, end)
        assert start >= float(bar.get("width")) + 3  # after its bar too
        assert end <= width  # inside the chart
    values = [t for t in root.iter(f"{SVG}text") if t.get("class") == "gs-chart__value"]
    bars = _bars(root)
    assert float(values[1].get("x")) == pytest.approx(float(bars[1].get("width")) + 4, abs=0.05)
    assert float(values[2].get("x")) == pytest.approx(float(bars[2].get("width")) + 4, abs=0.05)


def test_chart_is_an_image_with_a_name_and_a_description() -> None:
    root = _parse(
        bar_chart(
            chart_id="gs-chart-x",
            title="各区组织数",
            description="青山区 40 个。",
            labels=["青山区"],
            series=[Series("组织数", [40])],
        )
    )
    assert root.get("role") == "img"
    assert root.get("aria-labelledby") == "gs-chart-x-title gs-chart-x-desc"
    assert root.find(f"{SVG}title").get("id") == "gs-chart-x-title"
    assert root.find(f"{SVG}title").text == "各区组织数"
    assert root.find(f"{SVG}desc").text == "青山区 40 个。"
    # colours come from the stylesheet (light, dark, print), not fixed fills
    assert all(b.get("fill") is None for b in _bars(root))
    assert {t.get("fill") for t in root.iter(f"{SVG}text")} == {"currentColor"}


def test_labels_cannot_inject_markup() -> None:
    svg = str(
        bar_chart(
            chart_id="x",
            title="<script>alert(1)</script>",
            description='"><img src=x onerror=alert(2)>',
            labels=["<b onmouseover=alert(3)>社区</b>"],
            series=[Series("a&b", [1])],
        )
    )
    root = _parse(svg)  # still well-formed XML
    assert "<script>" not in svg and "<img" not in svg and "<b " not in svg
    assert root.find(f"{SVG}title").text == "<script>alert(1)</script>"


def test_nothing_to_draw_never_raises() -> None:
    empty = _parse(bar_chart(chart_id="e", title="t", description="d", labels=[], series=[]))
    assert _bars(empty) == []
    zeros = _parse(
        bar_chart(
            chart_id="z",
            title="t",
            description="d",
            labels=["a", "b"],
            series=[Series("n", [0, None])],
            targets=[None, Decimal(0)],
        )
    )
    assert [b.get("width") for b in _bars(zeros)] == ["0"]  # None draws no bar at all
    long = _parse(
        bar_chart(
            chart_id="l",
            title="t",
            description="d",
            labels=["很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的名字"],
            series=[Series("n", [3])],
        )
    )
    label = next(t for t in long.iter(f"{SVG}text") if t.get("class") == "gs-chart__label")
    assert label.text.endswith("…")


@pytest.fixture(scope="module")
def annual_site() -> object:
    report = Report()
    site = load_site(SITES / "annual", report)
    assert not report.errors
    return site


@pytest.mark.parametrize("district", [None, "qingshan", "xikou"])
@pytest.mark.parametrize("year", [2022, 2023])
def test_every_chart_equals_its_table(annual_site: object, year: int, district: str | None) -> None:
    view = annual_view(annual_site, year, district)
    assert view is not None
    charted = [t for t in view.tables if t.chart]
    assert len(charted) >= 8
    for table in charted:
        groups = _rows(_parse(table.chart))
        assert len(groups) == len(table.chart_rows), table.id
        table_rows = [*table.rows, *table.totals]  # a chart draws the table's own rows
        assert all(any(row is r for r in table_rows) for row in table.chart_rows), table.id
        for group, row in zip(groups, table.chart_rows, strict=True):
            drawn = {
                table.chart_series[int(bar.get("data-series"))]: Decimal(bar.get("data-value"))
                for bar in group.iter(f"{SVG}rect")
            }
            expected = {
                key: Decimal(row[key]) for key in table.chart_series if row.get(key) is not None
            }
            assert drawn == expected, (table.id, row)
            targets = [
                Decimal(line.get("data-value"))
                for line in group.iter(f"{SVG}line")
                if line.get("class") == "gs-chart__target"
            ]
            assert targets == ([Decimal(row["target"])] if row.get("target") is not None else [])


def test_the_charts_show_the_hand_counted_figures(annual_site: object) -> None:
    view = annual_view(annual_site, 2023)
    by_id = {t.id: t for t in view.tables}
    drawn = [
        [int(Decimal(b.get("data-value"))) for b in group.iter(f"{SVG}rect")]
        for group in _rows(_parse(by_id["orgs-by-district"].chart))
    ]
    assert drawn == [[1, 1, 0], [0, 1, 1]]  # registered, filed, pending in each district
    first = _rows(_parse(by_id["training"].chart))[0]
    assert [Decimal(b.get("data-value")) for b in first.iter(f"{SVG}rect")] == [30, 50]


def test_only_the_shown_tables_are_drawn() -> None:
    """A published year's tables as the records give them now are only compared with its
    snapshot (the published years' check, every build): not drawn. The page's tables, the
    snapshot's, are, from how the records' table is drawn."""
    site = load_site(REPO, Report())
    assert 2023 in site.published
    live = annual_view(site, 2023, frozen=False)
    shown = annual_view(site, 2023)
    assert live is not None and shown is not None
    assert [t for t in live.tables if t.chart_args] and not [t for t in live.tables if t.chart]
    drawn = {t.id: t for t in shown.tables if t.chart}
    assert set(drawn) == {t.id for t in live.tables if t.chart_args}
    for table in drawn.values():
        assert len(_rows(_parse(table.chart))) == len(table.chart_rows), table.id
