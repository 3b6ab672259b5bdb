"""`gongshi check-changes` lists the other organizations a change names, for the reviewers
(generator.workflow.named): a warning per name the change adds, never a refusal."""

from __future__ import annotations

import contextlib
import io
import json
from pathlib import Path

from generator.cli import main
from tests.workflow.conftest import git
from tests.workflow.test_changes import (
    ACTIVITY,
    MAINTAINER,
    OTHER_MAINTAINER,
    OTHER_PROFILE,
    PROFILE,
    edit,
    write,
)


def findings(root: Path, author: str) -> tuple[int, list[tuple[str, int, str, str]]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(["-C", str(root), "check-changes", "--author", author, "--format", "json"])
    document = json.loads(out.getvalue())
    return code, [(f["path"], f["line"], f["code"], f["message_en"]) for f in document["findings"]]


def test_the_attack_is_listed_for_the_reviewers(repo: Path) -> None:
    statement = "orgs/shiqiao-huzhu/activities/2024-06-01-shengming.yml"
    write(
        repo,
        statement,
        "title: 柳岸社区阳光助老服务中心停止服务的声明\ndate: 2024-06-01\nplace: 柳岸社区\n"
        "co_organizers: [yangguang]\n",
    )
    edit(
        repo,
        OTHER_PROFILE,
        "member_of: [yangguang]",
        "member_of: [yangguang, liuan-hub]\nparent: yangguang\n"
        "incubated_by:\n  - {platform: hubin-fuhua}\njoined: [yangguang/2024-05-12-yiyuan]",
    )
    code, found = findings(repo, OTHER_MAINTAINER)
    assert code == 0  # a note, not a refusal
    assert [(path, line, c) for path, line, c, _ in found] == [
        (statement, 4, "names-other-org"),  # co_organizers[0]
        (OTHER_PROFILE, 12, "names-other-org"),  # member_of[1]: liuan-hub (yangguang was there)
        (OTHER_PROFILE, 15, "names-other-org"),  # incubated_by[0].platform
    ]
    assert "yangguang in co_organizers[0]" in found[0][3]
    assert "liuan-hub in member_of[1]" in found[1][3]


def test_names_already_there_and_its_own_id_are_not_listed(repo: Path) -> None:
    edit(repo, PROFILE, "members: [shiqiao-huzhu]", "members: [shiqiao-huzhu]\njoined: []")
    edit(repo, ACTIVITY, "cover: 001.jpg", "co_organizers: [yangguang]\ncover: 001.jpg")
    code, found = findings(repo, MAINTAINER)
    assert code == 0 and [c for _, _, c, _ in found] == []  # self-references: validate's job


def test_a_hub_confirming_a_member_is_listed(repo: Path) -> None:
    edit(repo, PROFILE, "members: [shiqiao-huzhu]", "members: [shiqiao-huzhu, hubin-01]")
    git(repo, "mv", ACTIVITY, ACTIVITY.replace("05-12-yiyuan", "05-12-yizhen"))
    code, found = findings(repo, MAINTAINER)
    assert code == 0
    assert [(path, c) for path, _, c, _ in found] == [(PROFILE, "names-other-org")]
    assert "hubin-01 in members[1]" in found[0][3]
