"""Money in tables: one unit per column, named in the header ("86,300 元" never stands beside
"36.29 万元"), amounts right-aligned, the funding table's 合计 in the same unit."""

from __future__ import annotations

import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from generator.formatting import in_unit, money_unit
from tests.conftest import SITES, build

FUNDING = """  - type: venture
    funder: 测试市民政局
    amount_cny: 86300
    awarded_on: 2023-02-01
  - type: lottery_fund
    funder: 测试市民政局
    amount_cny: 362900
    awarded_on: 2023-03-01
"""


def test_a_column_takes_the_unit_of_its_largest_amount() -> None:
    assert money_unit([86300, 362900, None]) == "万元"
    assert money_unit([86300, Decimal("99999.5")]) == "元"
    assert money_unit([]) == "元"
    assert money_unit(["", None, "not a number"]) == "元"  # what a template passes for gaps
    assert in_unit(86300, "万元") == "8.63"
    assert in_unit(362900, "万元") == "36.29"
    assert in_unit(1_234_500, "万元") == "123.45"
    assert in_unit(86300, "元") == "86,300"
    assert in_unit(None, "元") == ""


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("money") / "site"
    shutil.copytree(SITES / "minimal", root)
    project = root / "orgs/yangguang/projects/zhucan.yml"
    project.write_text(project.read_text(encoding="utf-8") + FUNDING, encoding="utf-8")
    result = build(root, root.parent / "out", use_cache=False)
    assert result.built, [f.as_text() for f in result.report.findings]
    return root.parent / "out"


def _table(html: str, after: str) -> str:
    start = html.index(after)
    return html[start : html.index("</table>", start)]


def test_the_funding_table_has_one_unit_and_its_total(out: Path) -> None:
    html = (out / "orgs/yangguang/projects/zhucan/index.html").read_text(encoding="utf-8")
    table = _table(html, 'id="funding"')
    assert '<th scope="col" class="gs-num">金额（万元）</th>' in table
    cells = re.findall(r'<td class="gs-num">([^<]*)</td>', table)
    assert cells == ["3.00", "8.63", "36.29", "47.92"]  # the last one is 合计's
    assert '<tfoot data-pagefind-ignore><tr><th scope="row" colspan="2">合计</th>' in table
    assert "元</td>" not in table


def test_the_reports_table_names_its_unit_once(out: Path) -> None:
    html = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    table = _table(html, 'id="reports"')
    assert "收入（元）" in table and "支出（元）" in table
    assert re.findall(r'<td class="gs-num">([^<]*)</td>', table) == ["35,000", "35,000"]
    assert "元</td>" not in table
    composition = html[html.index("年收入构成") :]
    assert "政府购买服务：30,000 元" in composition and "社会捐赠：5,000 元" in composition
