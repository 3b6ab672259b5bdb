"""Links between organizations (generator.model.links): declared by one side, confirmed by the
other or by the bureau — and every reference that cannot hold, a finding at its file and line.

The fixture is tests/sites/minimal: 柳岸阳光 (yangguang) is a hub whose member 石桥互助
(shiqiao-huzhu) declares `member_of: [yangguang]` and is confirmed by `members: [shiqiao-huzhu]`;
each test adds a third organization, hubin-01, written by its own maintainer.
"""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.model.site import Site
from generator.workflow.nightly import last_activity

HUBIN = "orgs/hubin-01/org.yml"
STATEMENT = "orgs/hubin-01/activities/2024-06-01-shengming.yml"
LEAD_ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"

HUBIN_ORG = """\
name: 湖滨一号志愿服务队
status: pending
founded: 2022-05
category: 生活服务类
fields: [邻里互助]
service_targets: [全体居民]
purpose: 湖滨街道的邻里互助。
area: {district: 青山区, street: 湖滨街道, community: 柳岸社区}
maintainers: [hubin-team]
"""


def add_hubin(root: Path, extra: str = "", *, statement: bool = True) -> None:
    """hubin-01, and (by default) its statement naming yangguang as co-organizer."""
    folder = root / "orgs" / "hubin-01"
    (folder / "activities").mkdir(parents=True)
    (folder / "org.yml").write_text(HUBIN_ORG + extra, encoding="utf-8")
    if statement:
        (root / STATEMENT).write_text(
            "title: 柳岸社区阳光助老服务中心停止服务的声明\n"
            "date: 2024-06-01\n"
            "place: 柳岸社区\n"
            "co_organizers: [yangguang]\n"
            "description: 即日起停止一切服务。\n",
            encoding="utf-8",
        )


def append(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def load(root: Path) -> tuple[Site, Report]:
    report = Report()
    return load_site(root, report), report


def codes(report: Report) -> list[tuple[str, int, str]]:
    return sorted((f.path, f.line, f.code) for f in report.findings)


# -- the declaring side alone -------------------------------------------------------------------


def test_a_declaration_alone_confirms_nothing(site_copy: Path) -> None:
    add_hubin(site_copy, "member_of: [yangguang]\n")
    site, report = load(site_copy)
    assert not report.findings, codes(report)  # allowed: shown on hubin-01's side only
    [hub] = site.links.hubs("hubin-01")
    assert (hub.other, hub.confirmed) == ("yangguang", False)
    assert site.links.members("yangguang") == ["shiqiao-huzhu"]
    [co] = site.links.co_organizers("hubin-01", "2024-06-01-shengming")
    assert (co.other, co.confirmed) == ("yangguang", False)
    assert site.links.confirmed_co_organizers("hubin-01", "2024-06-01-shengming") == []
    assert site.links.joined("yangguang") == []


def test_a_declaration_does_not_make_the_other_look_active(site_copy: Path) -> None:
    add_hubin(site_copy)
    site, _ = load(site_copy)
    assert str(last_activity(site)["yangguang"]) == "2024-05-12"  # not the statement's date


def test_deprecated_parent_reads_as_member_of_with_a_warning(site_copy: Path) -> None:
    add_hubin(site_copy, "parent: yangguang\n")
    site, report = load(site_copy)
    assert codes(report) == [(HUBIN, 10, "deprecated-parent")]
    finding = report.findings[0]
    assert "member_of: [yangguang]" in finding.hint_zh and finding.column == 1
    [hub] = site.links.hubs("hubin-01")
    assert (hub.other, hub.confirmed) == ("yangguang", False)


def test_several_hubs(site_copy: Path) -> None:
    add_hubin(site_copy, "member_of: [yangguang, shiqiao-huzhu]\n", statement=False)
    append(site_copy, "orgs/shiqiao-huzhu/org.yml", "members: [hubin-01]\n")
    site, report = load(site_copy)
    assert not report.findings, codes(report)
    assert [(h.other, h.confirmed) for h in site.links.hubs("hubin-01")] == [
        ("yangguang", False),
        ("shiqiao-huzhu", True),
    ]
    assert site.links.members("shiqiao-huzhu") == ["hubin-01"]


# -- the other side confirms --------------------------------------------------------------------


def test_both_sides_confirm_membership_and_co_organizing(site_copy: Path) -> None:
    add_hubin(site_copy, "member_of: [yangguang]\n")
    profile = site_copy / "orgs/yangguang/org.yml"
    text = profile.read_text(encoding="utf-8")
    text = text.replace("members: [shiqiao-huzhu]", "members: [shiqiao-huzhu, hubin-01]")
    profile.write_text(text + "joined: [hubin-01/2024-06-01-shengming]\n", encoding="utf-8")
    site, report = load(site_copy)
    assert not report.findings, codes(report)
    assert site.links.members("yangguang") == ["hubin-01", "shiqiao-huzhu"]
    assert site.links.joined("yangguang") == [("hubin-01", "2024-06-01-shengming")]
    assert str(last_activity(site)["yangguang"]) == "2024-06-01"


def test_members_without_a_declaration_is_a_warning_for_the_hub(site_copy: Path) -> None:
    add_hubin(site_copy, statement=False)
    profile = site_copy / "orgs/yangguang/org.yml"
    text = profile.read_text(encoding="utf-8")
    profile.write_text(
        text.replace("members: [shiqiao-huzhu]", "members: [shiqiao-huzhu, hubin-01]"), "utf-8"
    )
    site, report = load(site_copy)
    line = text.splitlines().index("members: [shiqiao-huzhu]") + 1
    assert codes(report) == [("orgs/yangguang/org.yml", line, "link-not-declared")]
    assert "对方尚未声明" in report.findings[0].message_zh
    assert "member_of: [yangguang]" in report.findings[0].message_zh
    assert site.links.members("yangguang") == ["shiqiao-huzhu"]  # shown nowhere


def test_joined_must_answer_a_co_organizer(site_copy: Path) -> None:
    add_hubin(
        site_copy,
        "joined:\n"
        "  - yangguang/2024-05-12-yiyuan\n"  # exists, but does not name hubin-01
        "  - yangguang/2024-05-13-yiyuan\n"  # no such activity
        "  - nobody/2024-05-12-yiyuan\n"  # no such organization
        "  - hubin-01/2024-06-01-shengming\n",  # its own
    )
    site, report = load(site_copy)
    assert codes(report) == [
        (HUBIN, 11, "link-not-declared"),
        (HUBIN, 12, "unknown-activity"),
        (HUBIN, 13, "unknown-org"),
        (HUBIN, 14, "self-reference"),
    ]
    unknown = next(f for f in report.findings if f.code == "unknown-activity")
    assert "yangguang/2024-05-12-yiyuan" in unknown.message_zh  # did you mean
    assert site.links.joined("hubin-01") == []


def test_unknown_ids_in_links_are_findings(site_copy: Path) -> None:
    add_hubin(
        site_copy,
        "member_of: [yanguang]\n"
        "members: [nobody]\n"
        "incubated: [hubin-01]\n"
        "incubated_by:\n  - {platform: nowhere}\n",
        statement=False,
    )
    _, report = load(site_copy)
    assert codes(report) == [
        (HUBIN, 10, "unknown-org"),
        (HUBIN, 11, "unknown-org"),
        (HUBIN, 12, "self-reference"),
        (HUBIN, 14, "unknown-platform"),
    ]
    hub = next(f for f in report.findings if f.line == 10)
    assert "是否应为“yangguang”" in hub.message_zh


# -- incubation ---------------------------------------------------------------------------------


def test_incubation_confirmed_by_the_platforms_folder(site_copy: Path) -> None:
    add_hubin(site_copy, "incubated_by:\n  - {platform: yangguang, since: 2022-05}\n")
    site, _ = load(site_copy)
    assert [(i.other, i.confirmed) for i in site.links.incubators("hubin-01")] == [
        ("yangguang", False)
    ]
    append(site_copy, "orgs/yangguang/org.yml", "incubated: [hubin-01]\n")
    site, report = load(site_copy)
    assert not report.findings, codes(report)
    assert site.links.incubated("yangguang") == ["hubin-01"]


def test_incubated_without_a_declaration_is_a_warning(site_copy: Path) -> None:
    add_hubin(site_copy, statement=False)
    append(site_copy, "orgs/yangguang/org.yml", "incubated: [hubin-01]\n")
    site, report = load(site_copy)
    assert [(f.path, f.code) for f in report.findings] == [
        ("orgs/yangguang/org.yml", "link-not-declared")
    ]
    assert site.links.incubated("yangguang") == []


REGISTERS = "content/registers"


def write_register(root: Path, name: str, text: str) -> None:
    (root / REGISTERS).mkdir(parents=True, exist_ok=True)
    (root / REGISTERS / f"{name}.yml").write_text(text, encoding="utf-8")


def test_incubation_confirmed_by_the_bureaus_register_of_platforms(site_copy: Path) -> None:
    add_hubin(site_copy, "incubated_by:\n  - {platform: hubin-fuhua}\n", statement=False)
    _, report = load(site_copy)
    assert [f.code for f in report.findings] == ["unknown-platform"]
    write_register(
        site_copy,
        "platforms",
        "platforms:\n"
        "  - id: hubin-fuhua\n"
        "    name: 湖滨街道社区社会组织孵化基地\n"
        "    incubated:\n"
        "      - {org: hubin-01, since: 2022-05-01}\n",
    )
    site, report = load(site_copy)
    assert not report.findings, codes(report)
    [incubator] = site.links.incubators("hubin-01")
    assert (incubator.other, incubator.confirmed_by) == ("hubin-fuhua", "platforms")
    assert site.links.platform_names == {"hubin-fuhua": "湖滨街道社区社会组织孵化基地"}


# -- the bureau ---------------------------------------------------------------------------------


def test_the_bureau_confirms_links(site_copy: Path) -> None:
    add_hubin(site_copy, "member_of: [yangguang]\n")
    write_register(
        site_copy,
        "links",
        "links:\n"
        "  - {org: hubin-01, other: yangguang, kind: member_of}\n"
        "  - {org: hubin-01, other: yangguang, kind: co_organizer,"
        " activity: 2024-06-01-shengming}\n",
    )
    site, report = load(site_copy)
    assert not report.findings, codes(report)
    [hub] = site.links.hubs("hubin-01")
    assert hub.confirmed_by == "bureau"
    assert site.links.members("yangguang") == ["hubin-01", "shiqiao-huzhu"]
    assert site.links.joined("yangguang") == [("hubin-01", "2024-06-01-shengming")]


def test_the_bureaus_entries_are_checked(site_copy: Path) -> None:
    write_register(
        site_copy,
        "links",
        "links:\n"
        "  - {org: yanguang, other: shiqiao-huzhu, kind: member_of}\n"
        "  - {org: yangguang, other: shiqiao-huzhu, kind: co_organizer, activity: 2024-01-01-x}\n"
        "  - {org: yangguang, other: shiqiao-huzhu, kind: friends}\n",
    )
    site, report = load(site_copy)
    rel = f"{REGISTERS}/links.yml"
    assert codes(report) == [(rel, 4, "invalid-value")]  # the register does not validate
    write_register(
        site_copy,
        "links",
        "links:\n"
        "  - {org: yanguang, other: shiqiao-huzhu, kind: member_of}\n"
        "  - {org: yangguang, other: shiqiao-huzhu, kind: co_organizer, activity: 2024-01-01-x}\n",
    )
    site, report = load(site_copy)
    assert codes(report) == [(rel, 2, "unknown-org"), (rel, 3, "unknown-activity")]
    assert site.links.joined("shiqiao-huzhu") == []
