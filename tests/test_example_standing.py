"""The example city in issue 22's shapes, on the day its records are written for (2026-12-06):
organizations at every disclosure level and some at none, exactly one annual report overdue and
one extended, open, met and expired needs, a call answered by several projects, residents'
judgements by an organization and by a street; and its built site links the board, the levels,
the themes, the platforms and the data dictionary, lists them in the sitemap and describes the
new open-data columns in the schemas. Written against the records' shapes, not their names."""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from pathlib import Path

import pytest

from generator.findings import Report
from generator.model import standing
from generator.model.load import load_site
from generator.views.catalog import build_catalog
from tests.conftest import REPO

EXAMPLE_DAY = date(2026, 12, 6)  # tools/examplecity/growth.py: the day the example speaks for


@pytest.fixture(scope="module")
def example():
    report = Report()
    site = load_site(REPO, report, as_of=EXAMPLE_DAY)
    assert not report.findings, [f.as_text() for f in report.findings[:5]]
    return site, build_catalog(site, {})


def _orgs(site):
    return [(org_id, folder.org) for org_id, folder in site.orgs.items() if folder.org]


def test_every_disclosure_level_is_held_and_some_hold_none(example) -> None:
    site, _ = example
    held: Counter[str | None] = Counter()
    for org_id, org in _orgs(site):
        level = standing.level_on(site, org_id, org, EXAMPLE_DAY).level
        held[level.id if level else None] += 1
    for level in site.config.settings.disclosure.levels:
        assert held[level.id] >= 1, (level.id, held)
    assert held[None] >= 1


def test_exactly_one_report_overdue_and_one_extended(example) -> None:
    site, catalog = example
    dues = {
        org_id: standing.report_due(site, org_id, org, EXAMPLE_DAY) for org_id, org in _orgs(site)
    }
    overdue = [i for i, d in dues.items() if d and d.overdue]
    extended = [i for i, d in dues.items() if d and d.extension and not d.overdue]
    assert len(overdue) == 1 and len(extended) == 1
    org = site.orgs[overdue[0]].org
    assert org.status in standing.FILING_STATUSES
    assert dues[overdue[0]].overdue.since == date(2026, 6, 1)  # the day after 31 May
    # pending groups and those founded during the due year or later are never asked
    for org_id, org in _orgs(site):
        if org.status == "pending" or standing.first_day(org.founded).year >= 2025:
            assert dues[org_id] is None, org_id
    assert any(o.status == "filed" and o.founded.startswith("2026") for _, o in _orgs(site))
    # the directory's card carries the mark of the overdue one only
    marked = [i for i, v in catalog.orgs.items() if any("年报逾期" in n for n in v.ref.notices)]
    assert marked == overdue


def test_open_met_and_expired_needs_of_every_kind(example) -> None:
    _, catalog = example
    board = catalog.board
    statuses = Counter(n.status for n in board.needs)
    assert statuses["open"] >= 4 and statuses["met"] >= 2 and statuses["expired"] >= 2
    assert {n.need.kind for n in board.open_needs} == {"funding", "volunteers", "venue", "partner"}
    assert all(n.need.until >= EXAMPLE_DAY for n in board.open_needs)
    assert len({n.district for n in board.open_needs}) >= 2  # a filter worth using


def test_a_bureau_call_answered_and_a_street_call(example) -> None:
    site, catalog = example
    answered = [c for c in catalog.board.calls if len(c.answers) >= 2]
    assert answered
    call = answered[0].record
    assert call.budget_cny and call.deadline and call.kind in ("venture", "government_purchase")
    assert len({p.org.id for p in answered[0].answers}) == len(answered[0].answers)
    folders = {f.id for f in site.config.settings.call_folders}
    street = [c for c in catalog.board.calls if c.id.split("/")[0] in folders and "/" in c.id]
    assert street and street[0].answers
    assert any(c.open for c in catalog.board.calls)  # one still open on the day


def test_judged_by_the_organization_and_by_the_street(example) -> None:
    site, _ = example
    projects = [e.record for f in site.orgs.values() for e in f.projects.values() if e.record]
    activities = [e.record for f in site.orgs.values() for e in f.activities.values() if e.record]
    own = [j for p in projects for j in p.judged] + [j for a in activities for j in a.judged]
    assert any(p.judged for p in projects) and any(a.judged for a in activities)
    assert all(j.answered and j.satisfied_share is not None for j in own)
    evaluations = [e.record for e in site.registers.evaluations]
    assert {e.by for e in evaluations} >= {"street"}
    assert all(0 < e.satisfied_share <= 100 and e.answered for e in evaluations)


def _page(out: Path, url: str) -> str:
    return (out / url / "index.html").read_text(encoding="utf-8")


NEW_PAGES = ("board/", "levels/", "themes/", "platforms/", "data/")


def test_the_new_pages_are_linked_and_in_the_sitemap(example_site: Path) -> None:
    home = _page(example_site, "")
    nav = home[home.index("md-tabs") :]
    for url in NEW_PAGES:
        assert (example_site / url / "index.html").is_file(), url
        assert f'href="{url}"' in nav, url  # the navigation (tabs and drawer)
    intro = home[home.index('class="gs-home"') :]
    for url in NEW_PAGES:
        assert f'href="{url}"' in intro, url  # the home page's own links
    org_page = _page(example_site, "orgs/" + _org_with_level(example_site))
    assert re.search(r'class="gs-level".*?href="\.\./\.\./levels/"', org_page, re.S)
    sitemap = (example_site / "sitemap.xml").read_text(encoding="utf-8")
    for url in NEW_PAGES:
        assert f"/{url}</loc>" in sitemap, url


def _org_with_level(out: Path) -> str:
    rows = json.loads((out / "data/organizations.json").read_text(encoding="utf-8"))
    return next(row["id"] for row in rows if row["disclosure_level"])


def test_the_open_data_columns_of_issue_22_have_schemas(example_site: Path) -> None:
    schema = json.loads(
        (example_site / "schema/data-organizations.schema.json").read_text(encoding="utf-8")
    )
    properties = schema["items"]["properties"]
    for column in ("disclosure_level", "report_overdue", "report_extended_until"):
        assert properties[column]["description"], column
    rows = json.loads((example_site / "data/organizations.json").read_text(encoding="utf-8"))
    assert set(properties) >= set(rows[0])
    for name in ("needs", "calls"):
        schema = json.loads(
            (example_site / f"schema/data-{name}.schema.json").read_text(encoding="utf-8")
        )
        data = json.loads((example_site / f"data/{name}.json").read_text(encoding="utf-8"))
        assert data and set(schema["items"]["properties"]) >= set(data[0]), name
    dictionary = _page(example_site, "data")
    assert "disclosure_level" in dictionary and "needs" in dictionary
