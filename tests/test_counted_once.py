"""Counted once, end to end (issue 17, item 6): tests/sites/annual built, then its home page,
annual page, organization pages, open data, schemas and feeds read back.

The fixture's one activity is a market a-registered led, co-organized by b-filed, c-pending and
e-filed (b-filed and e-filed confirm it in their org.yml with `joined:`).
"""

from __future__ import annotations

import json
import re
import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from tests.conftest import SITES, build

MARKET = "orgs/a-registered/activities/2023-06-10-jishi/"


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("counted-once")
    shutil.copytree(SITES / "annual", work / "repo")
    result = build(work / "repo", work / "site")
    assert result.built, [f.as_text() for f in result.report.findings]
    return work / "site"


def _read(site: Path, rel: str) -> str:
    return (site / rel).read_text(encoding="utf-8")


def _figures(html: str, css_class: str) -> dict[str, tuple[str, str]]:
    """The figures of a list of key numbers: label → (number as shown, period · source)."""
    block = html[html.index(css_class) :]
    block = block[: block.index("</ul>")]
    found = {}
    for item in re.findall(r"<li[^>]*>(.*?)</li>", block, re.S):
        value = re.search(r"<strong>(.*?)</strong>", item, re.S)
        label = re.search(r"<span>(?:<a [^>]*>)?(.*?)(?:</a>)?</span>", item, re.S)
        source = re.search(r'<span class="gs-figure__source">(.*?)</span>', item, re.S)
        assert value and label, item
        found[label.group(1).strip()] = (
            value.group(1).strip(),
            source.group(1).strip() if source else "",
        )
    return found


def _number(shown: str) -> Decimal:
    return Decimal(shown.replace(",", ""))


def test_the_open_data_counts_each_activity_once(built: Path) -> None:
    orgs = {row["id"]: row for row in json.loads(_read(built, "data/organizations.json"))}
    activities = json.loads(_read(built, "data/activities.json"))
    assert [a["id"] for a in activities] == ["2023-06-10-jishi"]
    assert sum(row["activities"] for row in orgs.values()) == len(activities)  # led only
    assert orgs["a-registered"]["activities"] == 1
    assert orgs["a-registered"]["activities_joined"] == 0
    for confirmed in ("b-filed", "e-filed"):
        assert (orgs[confirmed]["activities"], orgs[confirmed]["activities_joined"]) == (0, 1)
    assert orgs["c-pending"]["activities"] == 0  # named without confirming: never led
    # the existing columns keep their keys and order; the new ones come after them
    keys = list(orgs["a-registered"])
    start = keys.index("activities")
    assert keys[start : start + 4] == ["activities", "url", "activities_joined", "member_of"]
    registers_end = keys.index("verified_on")  # then the registers' columns
    # then the standing's (issue 22), the names and codes (issue 19), then those of hubs,
    # platforms and the disclosure box (issue 21): only ever appended
    assert keys[registers_end + 1 : registers_end + 14] == [
        "report_overdue",
        "report_overdue_year",
        "report_overdue_since",
        "report_extended_until",
        "disclosure_level",
        "disclosure_level_name",
        "disclosure_level_since",
        "code",
        "member_of_names",
        "former_names",
        "members",
        "incubated_by",
        "incubated",
    ]
    header = _read(built, "data/organizations.csv").splitlines()[0]
    assert "主办的活动数,网址,联合主办（参与）的活动数,所属枢纽型组织," in header


def test_every_open_data_column_is_documented(built: Path) -> None:
    for table in ("organizations", "projects", "activities"):
        rows = json.loads(_read(built, f"data/{table}.json"))
        schema = json.loads(_read(built, f"schema/data-{table}.schema.json"))
        columns = schema["items"]["properties"]
        assert list(columns) == list(rows[0]), table
        undocumented = [key for key, column in columns.items() if not column["description"]]
        assert not undocumented, f"{table}: {undocumented}"
    organizations = json.loads(_read(built, "schema/data-organizations.schema.json"))
    columns = organizations["items"]["properties"]
    assert "主办" in columns["activities"]["description"]
    assert "不计入" in columns["activities_joined"]["description"]


def test_the_site_feed_lists_the_market_once(built: Path) -> None:
    feed = _read(built, "feed.xml")
    assert feed.count(f"<id>https://annual.example.org/{MARKET}</id>") == 1
    assert feed.count("<entry>") == 1
    # a confirmed co-organizer's own feed lists it, under the name of the organization that led it
    joined = _read(built, "orgs/b-filed/feed.xml")
    assert "<title>邻里便民集市</title>" in joined
    assert "<author><name>柳岸社区助老服务中心</name></author>" in joined


def test_home_and_annual_page_agree_on_the_figures_they_share(built: Path) -> None:
    home = _figures(_read(built, "index.html"), "gs-figures--big")
    annual = _figures(_read(built, "annual/2023/index.html"), "gs-figures--annual")
    # every headline figure states its period and source
    assert all(source and " · " in source for _, source in home.values()), home
    assert all(source and " · " in source for _, source in annual.values()), annual
    # the volunteer hours: the 2023 reports' figure, the same number and wording on both pages
    # and in the annual download
    assert home["志愿服务小时"] == annual["志愿服务时长（小时）"]
    assert (
        home["志愿服务小时"][1].startswith("2023年度 · ") and "年度报告" in home["志愿服务小时"][1]
    )
    service = json.loads(_read(built, "data/annual/2023/service.json"))
    assert _number(home["志愿服务小时"][0]) == Decimal(str(service["totals"][0]["hours"]))
    # the published activities: the market once, as in the open data
    activities = json.loads(_read(built, "data/activities.json"))
    assert _number(home["公开的活动"][0]) == len(activities) == 1
    assert "只计一次" in home["公开的活动"][1]
    assert service["totals"][0]["published"] == 1
    # the training total: delivered (30 + 15) plus the bureau's (75); attendance not added
    assert _number(annual["培训人次"][0]) == 120
    training = json.loads(_read(built, "data/annual/2023/training.json"))
    assert training["totals"][0]["total"] == 120 and training["totals"][0]["attended"] == 52


def test_the_org_page_shows_training_delivered_and_attended(built: Path) -> None:
    page = _read(built, "orgs/a-registered/index.html")
    table = page[page.index('id="reports"') :]
    table = table[: table.index("</table>")]
    assert '<th scope="col">举办培训</th><th scope="col">参加培训</th>' in table
    row_2023 = table[table.index('<th scope="row">2023</th>') :]
    cells = re.findall(r"<td>(.*?)</td>", row_2023[: row_2023.index("</tr>")])
    assert cells[3:5] == ["30 人次", "12 人次"]
