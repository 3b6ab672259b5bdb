"""`gongshi migrate`: every old shape rewritten to the new one, comments and everything else kept
byte for byte, idempotent, --check for CI, and files it cannot read left untouched."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.findings import Report
from generator.input.records.registers import Registers
from generator.input.yamlio import load_file
from generator.model.load import load_site
from generator.workflow.migrate import plan_migration, write_plan
from generator.workflow.migrate_shapes import REVIEW_TRAINING
from tests.conftest import SITES

OLD_KEYS = {
    "org.yml": ("parent", "verified"),
    "reports": ("trained_person_times",),
    "annual": ("grades", "inspections", "abnormal_list", "commendations"),
}

SHIQIAO_OLD = """\
name: 石桥村互助养老队
status: filed
filing_no: SQ-2022-003
filing_authority: 石桥镇人民政府
filed_on: 2022-04-01
founded: 2021年10月
category: 居民互助类
fields: [养老服务]
service_targets: [老年人, 留守人员]
purpose: 村里低龄老人帮助高龄老人。
area: {district: 溪口县, street: 石桥镇, community: 石桥村}
# 上级组织
parent: yangguang  # 阳光助老是枢纽
maintainers: [shiqiao-team]
"""

YANGGUANG_TAIL_OLD = """\
maintainers: [yangguang-team]
# 资料核实（旧写法）
verified:
  on: 2024-01-10  # 街道上门核实
  by: 湖滨街道办事处
links:
"""

REPORT_OLD = """\
year: 2023
activities_count: 24
beneficiaries: 1200
volunteer_hours: 960
# 培训
trained_person_times: 300  # 含参加的培训
income:
"""

REPORT_NEW = f"""\
year: 2023
activities_count: 24
beneficiaries: 1200
volunteer_hours: 960
# 培训
training:
  {REVIEW_TRAINING}
  delivered: 300  # 含参加的培训
income:
"""

ANNUAL_OLD = """\
grades:
  # 2023 年评估结果
  yangguang: {grade: 4A, awarded_on: 2023-06-01, valid_until: 2028-05-31}
inspections:
  yangguang: {conclusion: qualified, note: 按时报送}
abnormal_list:
  - {org: shiqiao-huzhu, listed_on: 2023-09-01, reason: 未按时报送年度报告}  # 九月列入
commendations:
  - title: 优秀社区社会组织
    orgs: [yangguang]
# 民政局组织的培训
training:
"""

ANNUAL_2022 = """\
year: 2022
publisher: 测试市民政局
published_on: 2023-03-15
# 2022 年的评估（2023 年的文件里又列了一次）
grades:
  yangguang: {grade: 4A, awarded_on: 2023-06-01, valid_until: 2028-05-31}
commendations:
  - {title: "先进集体: 助老", orgs: [yangguang, shiqiao-huzhu], awarded_on: 2022-12-01}
"""

VERIFICATIONS = """\
# 民政局的资料核实登记（手工维护）
verifications:
  - org: shiqiao-huzhu
    on: 2023-05-01
    by: 石桥镇人民政府
"""


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, (path, old)
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture
def old_site(tmp_path: Path) -> Path:
    """tests/sites/minimal with every old shape, and comments around each."""
    root = tmp_path / "site"
    shutil.copytree(SITES / "minimal", root)
    orgs = root / "orgs"
    (orgs / "shiqiao-huzhu/org.yml").write_text(SHIQIAO_OLD, encoding="utf-8")
    _replace(
        orgs / "yangguang/org.yml", "maintainers: [yangguang-team]\nlinks:\n", YANGGUANG_TAIL_OLD
    )
    _replace(
        orgs / "yangguang/reports/2023.yml",
        "volunteer_hours: 960\nincome:\n",
        REPORT_OLD[REPORT_OLD.index("volunteer_hours") :],
    )
    _replace(
        orgs / "shiqiao-huzhu/reports/2023.yml",
        "activities_count: 6\n",
        "activities_count: 6\ntraining:\n  attended: 20  # 参加街道培训\ntrained_person_times: 40\n",
    )
    annual = root / "content/annual/2023.yml"
    text = annual.read_text(encoding="utf-8")
    start = text.index("\ntraining:\n") + 1  # the bureau's lists were in the annual file
    annual.write_text(
        text[:start] + ANNUAL_OLD + text[start + len("training:\n") :], encoding="utf-8"
    )
    (root / "content/annual/2022.yml").write_text(ANNUAL_2022, encoding="utf-8")
    shutil.rmtree(root / "content/registers")  # the registers came with the new shapes
    (root / "content/registers").mkdir()
    (root / "content/registers/verifications.yml").write_text(VERIFICATIONS, encoding="utf-8")
    return root


def _snapshot(root: Path) -> dict[str, bytes]:
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in root.rglob("*") if p.is_file()}


def test_every_old_shape_is_rewritten_and_comments_are_kept(old_site: Path) -> None:
    before = _snapshot(old_site)
    plan = plan_migration(old_site)
    assert plan.report.findings == []
    assert _snapshot(old_site) == before  # planning writes nothing
    write_plan(old_site, plan)
    read = lambda rel: (old_site / rel).read_text(encoding="utf-8")  # noqa: E731

    assert read("orgs/shiqiao-huzhu/org.yml") == SHIQIAO_OLD.replace(
        "parent: yangguang  #", "member_of: [yangguang]  #"
    )
    yangguang = read("orgs/yangguang/org.yml")
    assert "maintainers: [yangguang-team]\n# 资料核实（旧写法）\nlinks:\n" in yangguang
    assert yangguang == before["orgs/yangguang/org.yml"].decode().replace(
        YANGGUANG_TAIL_OLD, "maintainers: [yangguang-team]\n# 资料核实（旧写法）\nlinks:\n"
    )
    assert REPORT_NEW in read("orgs/yangguang/reports/2023.yml")
    assert read("orgs/shiqiao-huzhu/reports/2023.yml") == (
        f"year: 2023\nactivities_count: 6\ntraining:\n  {REVIEW_TRAINING}\n  delivered: 40\n"
        "  attended: 20  # 参加街道培训\n"
    )
    annual = read("content/annual/2023.yml")
    assert "# 民政局组织的培训\ntraining:\n  青山区: 300\n" in annual
    assert annual == before["content/annual/2023.yml"].decode().replace(
        ANNUAL_OLD, "# 2023 年评估结果\n# 民政局组织的培训\ntraining:\n"
    )  # the grade was in 2022's file already: its comment stays here
    assert read("content/annual/2022.yml") == (
        "year: 2022\npublisher: 测试市民政局\npublished_on: 2023-03-15\n"
        "# 2022 年的评估（2023 年的文件里又列了一次）\n"
    )
    assert read("content/registers/verifications.yml") == VERIFICATIONS + (
        "  # 街道上门核实\n  - org: yangguang\n    on: 2024-01-10\n    by: 湖滨街道办事处\n"
    )
    assert read("content/registers/grades.yml") == (  # once, though two annual files list it
        "grades:\n  - org: yangguang\n    grade: 4A\n    awarded_on: 2023-06-01\n"
        "    valid_until: 2028-05-31\n    authority: 测试市民政局\n"
    )
    assert read("content/registers/inspections.yml") == (
        "inspections:\n  - org: yangguang\n    year: 2023\n    conclusion: qualified\n"
        "    note: 按时报送\n    authority: 测试市民政局\n"
    )
    assert read("content/registers/listings.yml") == (
        "listings:\n  # 九月列入\n  - org: shiqiao-huzhu\n    list: abnormal\n"
        "    listed_on: 2023-09-01\n    reason: 未按时报送年度报告\n    authority: 测试市民政局\n"
    )
    assert read("content/registers/commendations.yml") == (
        "commendations:\n"
        '  - title: "先进集体: 助老"\n    awarded_by: 测试市民政局\n    on: 2022-12-01\n'
        "    orgs: [yangguang, shiqiao-huzhu]\n"
        "  - title: 优秀社区社会组织\n    awarded_by: 测试市民政局\n    on: 2024-03-15\n"
        "    orgs: [yangguang]\n"
    )
    every_change = {(c.rel, c.line) for c in plan.changes}
    assert ("orgs/shiqiao-huzhu/org.yml", 13) in every_change
    verified_line = before["orgs/yangguang/org.yml"].decode().split("\n").index("verified:") + 1
    assert ("orgs/yangguang/org.yml", verified_line) in every_change
    assert ("content/annual/2023.yml", 8) in every_change


def test_the_migrated_site_validates_with_no_old_shape_left(old_site: Path) -> None:
    write_plan(old_site, plan_migration(old_site))
    report = Report()
    site = load_site(old_site, report)
    assert report.errors == []
    assert not [f for f in report.findings if "deprecat" in f.code or "停用" in f.message_zh]
    for folder in site.orgs.values():
        assert folder.profile is not None and folder.profile.document is not None
        data = folder.profile.document.data
        assert not set(OLD_KEYS["org.yml"]) & set(data)
    for path in old_site.glob("orgs/*/reports/*.yml"):
        document = load_file(path, rel=path.name, report=Report())
        assert document is not None and "trained_person_times" not in document.data
    for path in old_site.glob("content/annual/*.yml"):
        document = load_file(path, rel=path.name, report=Report())
        assert document is not None and not set(OLD_KEYS["annual"]) & set(document.data)
    registers = {}
    for path in sorted(old_site.glob("content/registers/*.yml")):
        document = load_file(path, rel=path.name, report=Report())
        assert document is not None
        registers |= document.data
    parsed = Registers.model_validate(registers)  # the registers' own shapes
    assert [v.org for v in parsed.verifications] == ["shiqiao-huzhu", "yangguang"]
    assert [(g.org, g.authority) for g in parsed.grades] == [("yangguang", "测试市民政局")]
    assert [entry.list for entry in parsed.listings] == ["abnormal"]


def test_migrate_is_idempotent_and_check_says_so(old_site: Path, capsys) -> None:
    assert main(["-C", str(old_site), "migrate", "--check"]) == 1
    assert "orgs/shiqiao-huzhu/org.yml:13:" in capsys.readouterr().out
    before = _snapshot(old_site)
    assert main(["-C", str(old_site), "migrate", "--check"]) == 1
    assert _snapshot(old_site) == before  # --check writes nothing
    assert main(["-C", str(old_site), "migrate"]) == 0
    migrated = _snapshot(old_site)
    assert migrated != before
    assert main(["-C", str(old_site), "migrate", "--check"]) == 0
    assert main(["-C", str(old_site), "migrate"]) == 0
    assert _snapshot(old_site) == migrated
    assert plan_migration(old_site).texts == {}


def _repo(tmp_path: Path, files: dict[str, str | bytes]) -> Path:
    root = tmp_path / "repo"
    (root / "orgs").mkdir(parents=True)
    (root / "site_config.yml").write_text("site_name: t\n", encoding="utf-8")
    for rel, content in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    ("member_of", "expected"),
    [
        ("member_of: [hub]\n", "member_of: [hub]\n"),  # already there: parent just goes
        ("member_of: [other]  # 另一个\n", "member_of: [other, hub]  # 另一个\n"),
        ("member_of: []\n", "member_of: [hub]\n"),
        ("member_of:\n", "member_of: [hub]\n"),
        (
            "member_of:\n  - other  # 另一个\n\n# 注释\n",
            "member_of:\n  - other  # 另一个\n  - hub\n\n# 注释\n",
        ),
    ],
)
def test_parent_merges_into_member_of(tmp_path: Path, member_of: str, expected: str) -> None:
    old = f"name: 甲\n{member_of}parent: hub  # 旧\nmaintainers: [a]\n"
    root = _repo(tmp_path, {"orgs/a/org.yml": old})
    plan = plan_migration(root)
    assert plan.report.findings == []
    assert plan.texts["orgs/a/org.yml"] == f"name: 甲\n{expected}# 旧\nmaintainers: [a]\n"


def test_windows_line_endings_and_bom_are_kept(tmp_path: Path) -> None:
    old = "\ufeffname: 甲\r\nparent: hub\r\nverified: {on: 2024-02-02, by: 湖滨}  # 核实\r\nx: 1"
    root = _repo(tmp_path, {"orgs/a/org.yml": old.encode("utf-8")})
    write_plan(root, plan_migration(root))
    assert (
        root / "orgs/a/org.yml"
    ).read_bytes() == "\ufeffname: 甲\r\nmember_of: [hub]\r\nx: 1".encode()
    register = (root / "content/registers/verifications.yml").read_text(encoding="utf-8")
    assert register == "verifications:\n  # 核实\n  - org: a\n    on: 2024-02-02\n    by: 湖滨\n"


def test_files_it_cannot_read_or_handle_are_left_untouched(tmp_path: Path) -> None:
    outside = tmp_path / "outside.yml"
    outside.write_text("parent: hub\n", encoding="utf-8")
    files: dict[str, str | bytes] = {
        "orgs/tab/org.yml": "name: 甲\nparent: hub\narea:\n\tdistrict: 青山区\n",
        "orgs/gbk/org.yml": "name: 甲\nparent: hub\n".encode("gb18030"),
        "orgs/flow/org.yml": "{name: 甲, verified: {on: 2024-01-01, by: x}}\n",
        "orgs/both/reports/2023.yml": "year: 2023\ntraining:\n  delivered: 5\ntrained_person_times: 9\n",
        "orgs/fine/org.yml": "name: 乙\nparent: hub\n",
    }
    root = _repo(tmp_path, files)
    (root / "orgs/link").mkdir()
    (root / "orgs/link/org.yml").symlink_to(outside)
    before = _snapshot(root)
    plan = plan_migration(root)
    write_plan(root, plan)
    found = {(f.path, f.code) for f in plan.report.findings}
    assert found == {
        ("orgs/tab/org.yml", "migrate-unreadable"),
        ("orgs/gbk/org.yml", "migrate-unreadable"),
        ("orgs/flow/org.yml", "migrate-manual"),
        ("orgs/both/reports/2023.yml", "migrate-manual"),
        ("orgs/link/org.yml", "migrate-unreadable"),
    }
    after = _snapshot(root)
    assert {rel for rel in after if after[rel] != before.get(rel)} == {"orgs/fine/org.yml"}
    assert outside.read_text(encoding="utf-8") == "parent: hub\n"
    assert main(["-C", str(root), "migrate"]) == 1  # findings left: not done


def test_an_unreadable_register_keeps_the_record_as_it_was(tmp_path: Path) -> None:
    org = "name: 甲\nverified:\n  on: 2024-01-01\n  by: 湖滨街道办事处\n"
    root = _repo(
        tmp_path,
        {"orgs/a/org.yml": org, "content/registers/verifications.yml": "verifications: [\n"},
    )
    plan = plan_migration(root)
    write_plan(root, plan)
    assert (root / "orgs/a/org.yml").read_text(encoding="utf-8") == org  # nothing lost
    codes = {(f.path, f.code) for f in plan.report.findings}
    assert ("content/registers/verifications.yml", "migrate-unreadable") in codes
    assert ("orgs/a/org.yml", "migrate-manual") in codes


def test_a_record_cannot_write_another_organizations_verification(tmp_path: Path) -> None:
    """The register entry names the folder the record is in, whatever the record says."""
    org = "name: 甲\nverified:\n  on: 2024-01-01\n  by: '民政局\"\\n- org: b'\n  org: b\n"
    root = _repo(tmp_path, {"orgs/a/org.yml": org})
    write_plan(root, plan_migration(root))
    document = load_file(root / "content/registers/verifications.yml", rel="v.yml", report=Report())
    assert document is not None
    assert document.data == {
        "verifications": [{"org": "a", "on": "2024-01-01", "by": '民政局"\\n- org: b'}]
    }


def test_a_listing_missing_from_the_latest_annual_file_is_flagged_for_review(
    tmp_path: Path,
) -> None:
    """Before the registers only the latest file's list was shown: a listing that an older file
    has and the latest has not had ended, so the register entry asks the bureau for its end."""
    head = "publisher: 测试市民政局\npublished_on: {on}\n"
    older = (
        "year: 2022\n"
        + head.format(on="2023-03-15")
        + (
            "abnormal_list:\n  - {org: a, listed_on: 2022-09-01, reason: 失联}\n"
            "  - {org: b, listed_on: 2022-10-01, reason: 未报送}\n"
        )
    )
    latest = (
        "year: 2023\n"
        + head.format(on="2024-03-15")
        + ("abnormal_list:\n  - {org: b, listed_on: 2022-10-01, reason: 未报送}\n")
    )
    root = _repo(tmp_path, {"content/annual/2022.yml": older, "content/annual/2023.yml": latest})
    plan = plan_migration(root)
    assert plan.report.findings == []
    listings = plan.texts["content/registers/listings.yml"]
    assert listings.count("  - org: ") == 2  # b once
    review = "  # 请核对：2023 年的年度公示中已没有这一条（迁移前网站已不显示）；如已移出，请填写"
    assert listings.index(review) < listings.index("  - org: a") < listings.index("  - org: b")
    assert listings.count("请核对") == 1


def test_a_block_scalar_inside_a_moved_list_is_moved_whole(tmp_path: Path) -> None:
    annual = (
        "year: 2023\npublisher: 局\npublished_on: 2024-01-01\nabnormal_list:\n  - org: a\n"
        "    listed_on: 2023-01-01\n    reason: |\n      未报送\n# 培训\ntraining: {x: 1}\n"
    )
    root = _repo(tmp_path, {"content/annual/2023.yml": annual})
    plan = plan_migration(root)
    assert plan.report.findings == []
    assert plan.texts["content/annual/2023.yml"] == (
        "year: 2023\npublisher: 局\npublished_on: 2024-01-01\n# 培训\ntraining: {x: 1}\n"
    )
    assert '    reason: "未报送\\n"\n' in plan.texts["content/registers/listings.yml"]
