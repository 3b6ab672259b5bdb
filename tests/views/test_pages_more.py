"""Pages (issue 21, item 8): a project's funding shows its reference; a co-organized activity marks
its lead and each co-organizer's role; the annual grade table lists the organizations of each grade."""

from __future__ import annotations

from pathlib import Path

from generator.views.annual import annual_view
from tests.conftest import build, validate

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"


def _edit(site: Path, rel: str, old: str, new: str) -> None:
    path = site / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def _co_organized(site: Path, roles: str) -> None:
    _edit(
        site,
        ACTIVITY,
        "participants: 80\n",
        f"co_organizers: [shiqiao-huzhu]\n{roles}participants: 80\n",
    )
    path = site / "orgs/shiqiao-huzhu/org.yml"
    path.write_text(
        path.read_text(encoding="utf-8") + "joined: [yangguang/2024-05-12-yiyuan]\n",
        encoding="utf-8",
    )


def test_funding_reference_lead_and_roles_are_shown(site_copy: Path, tmp_path: Path) -> None:
    _edit(
        site_copy,
        "orgs/yangguang/projects/zhucan.yml",
        "    funder: 湖滨街道办事处\n",
        "    funder: 湖滨街道办事处\n    reference: HB-GM-2024-007\n",
    )
    _co_organized(site_copy, "co_organizer_roles: {shiqiao-huzhu: 协办}\n")
    out = tmp_path / "out"
    result = build(site_copy, out)
    assert result.built and not result.report.errors, [f.as_text() for f in result.report.errors]
    project = (out / "orgs/yangguang/projects/zhucan/index.html").read_text(encoding="utf-8")
    assert "立项编号：HB-GM-2024-007" in project
    activity = (out / "orgs/yangguang/activities/2024-05-12-yiyuan/index.html").read_text(
        encoding="utf-8"
    )
    assert "主办（牵头）" in activity and "石桥村互助养老队</a>（协办）" in activity


def test_a_role_for_an_organization_not_named_is_a_finding(site_copy: Path) -> None:
    _edit(
        site_copy,
        ACTIVITY,
        "participants: 80\n",
        "co_organizer_roles: {shiqiao-huzhu: 协办}\nparticipants: 80\n",
    )
    found = [(f.code, f.path, f.line) for f in validate(site_copy).findings]
    assert found == [("role-not-co-organizer", ACTIVITY, 6)]


def test_the_grade_table_lists_its_organizations(annual_site) -> None:
    view = annual_view(annual_site, 2023)
    assert view is not None
    graded = {grade: [o.name for o in orgs] for grade, orgs in view.graded}
    grades_table = next(t for t in view.tables if t.id == "grades")
    counted = {row["grade"]: row["orgs"] for row in grades_table.rows}
    assert graded and all(len(names) == counted[grade] for grade, names in graded.items())
