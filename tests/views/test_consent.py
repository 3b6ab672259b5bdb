"""Consent across organizations, end to end (issue 17, item 1): the maintainer of hubin-01,
changing only orgs/hubin-01/, publishes a "statement" of 柳岸阳光 (yangguang) closing down, names
it as co-organizer and declares itself its member. Nothing of it may reach yangguang's page, its
latest activities, its feed, its JSON-LD, its counts in the open data or its member list; on
hubin-01's own pages the links show, marked 待对方确认. Once yangguang confirms from its own
folder, the activity appears on both sides, marked 联合主办 with its lead named.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.conftest import build
from tests.model.test_links import STATEMENT, add_hubin

TITLE = "柳岸社区阳光助老服务中心停止服务的声明"
UNCONFIRMED = "待对方确认"


def _jsonld(page: str) -> dict:
    found = re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S)
    assert found
    return json.loads(found.group(1))


def _built(root: Path, tmp_path: Path) -> Path:
    out = tmp_path / "out"
    result = build(root, out)
    assert result.built, [f.as_text() for f in result.report.findings]
    assert not result.report.errors
    return out


def _row(out: Path, org_id: str) -> dict:
    rows = json.loads((out / "data/organizations.json").read_text(encoding="utf-8"))
    return next(row for row in rows if row["id"] == org_id)


def test_a_statement_written_in_another_folder_stays_there(site_copy: Path, tmp_path: Path) -> None:
    add_hubin(site_copy, "parent: yangguang\nmember_of: [yangguang]\n")
    out = _built(site_copy, tmp_path)
    victim = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    assert TITLE not in victim  # neither its latest activities nor its JSON-LD events
    assert "湖滨一号" not in victim  # not among its 成员组织
    assert "hubin-01" not in victim
    assert [e["name"] for e in _jsonld(victim)["event"]] == ["五月义诊进社区"]
    assert "member" not in _jsonld(victim) or all(
        "hubin" not in m["url"] for m in _jsonld(victim)["member"]
    )
    assert TITLE not in (out / "orgs/yangguang/feed.xml").read_text(encoding="utf-8")
    assert TITLE not in (out / "orgs/yangguang/poster/index.html").read_text(encoding="utf-8")
    assert _row(out, "yangguang")["activities"] == 1
    assert _row(out, "hubin-01")["member_of"] == []
    activities = json.loads((out / "data/activities.json").read_text(encoding="utf-8"))
    statement = next(a for a in activities if a["title"] == TITLE)
    assert statement["org_id"] == "hubin-01" and statement["co_organizers"] == []

    # the declaring side shows what it declared, marked unconfirmed
    own = (out / "orgs/hubin-01/index.html").read_text(encoding="utf-8")
    assert re.search(r"所属枢纽型组织</dt><dd><a [^>]*>柳岸社区阳光助老服务中心</a>"
                     rf"<span [^>]*>（{UNCONFIRMED}）</span></dd>", own)  # fmt: skip
    assert "memberOf" not in _jsonld(own)
    page = (out / "orgs/hubin-01/activities/2024-06-01-shengming/index.html").read_text("utf-8")
    assert re.search(
        rf"联合主办</dt><dd><a [^>]*>柳岸社区阳光助老服务中心</a><span [^>]*>（{UNCONFIRMED}）",
        page,
    )


def test_once_confirmed_it_shows_on_both_sides(site_copy: Path, tmp_path: Path) -> None:
    add_hubin(site_copy, "member_of: [yangguang]\n")
    (site_copy / STATEMENT).write_text(
        (site_copy / STATEMENT).read_text("utf-8").replace(TITLE, "湖滨柳岸邻里集市"), "utf-8"
    )
    profile = site_copy / "orgs/yangguang/org.yml"
    text = profile.read_text(encoding="utf-8")
    text = text.replace("members: [shiqiao-huzhu]", "members: [shiqiao-huzhu, hubin-01]")
    profile.write_text(text + "joined: [hubin-01/2024-06-01-shengming]\n", encoding="utf-8")
    out = _built(site_copy, tmp_path)
    hub = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    card = re.search(
        r'<article class="gs-card gs-activity-card">(?:(?!</article>).)*湖滨柳岸邻里集市.*?</article>',
        hub,
        re.S,
    )
    words = re.sub(r"<[^>]+>", "", card.group(0)) if card else ""
    assert "联合主办" in words and "主办：湖滨一号志愿服务队" in words
    assert 'id="members"' in hub and "湖滨一号志愿服务队" in hub
    data = _jsonld(hub)
    assert [e["name"] for e in data["event"]] == ["湖滨柳岸邻里集市", "五月义诊进社区"]
    assert {m["name"] for m in data["member"]} == {"湖滨一号志愿服务队", "石桥村互助养老队"}
    assert "湖滨柳岸邻里集市" in (out / "orgs/yangguang/feed.xml").read_text(encoding="utf-8")
    assert _row(out, "hubin-01")["member_of"] == ["yangguang"]
    own = (out / "orgs/hubin-01/index.html").read_text(encoding="utf-8")
    assert UNCONFIRMED not in own
    assert [h["name"] for h in _jsonld(own)["memberOf"]] == ["柳岸社区阳光助老服务中心"]
    page = (out / "orgs/hubin-01/activities/2024-06-01-shengming/index.html").read_text("utf-8")
    assert "联合主办</dt>" in page and UNCONFIRMED not in page
