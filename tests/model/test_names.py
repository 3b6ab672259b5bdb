"""Names that identify (issue 18): duplicate and look-alike names, credit codes and filing numbers,
on the minimal fixture site with one organization added beside 石桥村互助养老队 and 阳光助老."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.model.checks_names import Community, name_key, within_one_edit
from generator.workflow.demo import write_demo
from tests.conftest import validate

NEWCOMER = """\
name: {name}
{short}status: filed
filing_no: {filing_no}
filing_authority: {authority}
filed_on: 2023-04-01
founded: 2023年1月
category: 居民互助类
fields: [养老服务]
service_targets: [老年人]
purpose: 探访独居老人。
area: {{district: {district}, street: {street}, community: {community}}}
maintainers: [newcomer-team]
"""


def add_org(
    root: Path,
    name: str,
    *,
    short: str = "",
    filing_no: str = "XK-2023-101",
    authority: str = "石桥镇人民政府",
    place: tuple[str, str, str] = ("溪口县", "石桥镇", "石桥村"),
    org_id: str = "zz-newcomer",
) -> Path:
    folder = root / "orgs" / org_id
    folder.mkdir(parents=True)
    district, street, community = place
    (folder / "org.yml").write_text(
        NEWCOMER.format(
            name=name,
            short=f"short_name: {short}\n" if short else "",
            filing_no=filing_no,
            authority=authority,
            district=district,
            street=street,
            community=community,
        ),
        encoding="utf-8",
    )
    return folder / "org.yml"


def codes_at(root: Path, org_id: str = "zz-newcomer") -> list[tuple[str, int, str]]:
    report = validate(root)
    return [
        (f.code, f.line, f.severity)
        for f in report.findings
        if f.path == f"orgs/{org_id}/org.yml" and f.code != "missing-report"
    ]


@pytest.mark.parametrize(
    "name",
    [
        "石桥村互助养老队",
        "石桥村 互助养老队",
        "石桥村互助养老队。",
        "石桥村·互助养老队",
        "石桥村互助养老队　",
    ],
)
def test_the_same_name_once_spaces_and_punctuation_are_set_aside_is_an_error(
    site_copy: Path, name: str
) -> None:
    add_org(site_copy, f'"{name}"')
    assert ("duplicate-name", 1, "error") in codes_at(site_copy)


def test_the_same_name_in_full_width_letters_is_an_error(site_copy: Path) -> None:
    (site_copy / "orgs" / "shiqiao-huzhu" / "org.yml").write_text(
        (site_copy / "orgs" / "shiqiao-huzhu" / "org.yml")
        .read_text(encoding="utf-8")
        .replace("石桥村互助养老队", "石桥村ABC互助队"),
        encoding="utf-8",
    )
    add_org(site_copy, "石桥村ＡＢＣ互助队")
    assert ("duplicate-name", 1, "error") in codes_at(site_copy)


def test_the_duplicate_finding_names_the_other_folder_and_its_name(site_copy: Path) -> None:
    add_org(site_copy, "石桥村互助养老队")
    finding = next(f for f in validate(site_copy).findings if f.code == "duplicate-name")
    assert "orgs/shiqiao-huzhu/org.yml" in finding.message_zh
    assert "石桥村互助养老队" in finding.message_zh
    assert finding.path == "orgs/zz-newcomer/org.yml"  # the later folder, never the first


def test_a_name_one_character_apart_in_the_same_community_is_a_warning(site_copy: Path) -> None:
    add_org(site_copy, "石桥村互助敬老队")
    assert codes_at(site_copy) == [("similar-name", 1, "warning")]


def test_a_name_one_character_apart_elsewhere_is_fine(site_copy: Path) -> None:
    add_org(
        site_copy,
        "石桥村互助敬老队",
        authority="湖滨街道办事处",
        place=("青山区", "湖滨街道", "柳岸社区"),
    )
    assert codes_at(site_copy) == []


def test_a_distinct_name_in_the_same_community_is_fine(site_copy: Path) -> None:
    add_org(site_copy, "石桥村巾帼编织手工组")
    assert codes_at(site_copy) == []


def test_the_same_short_name_in_the_same_street_is_a_warning(site_copy: Path) -> None:
    add_org(
        site_copy,
        "荷塘社区阳光助老服务队",
        short="阳光 助老",
        authority="湖滨街道办事处",
        place=("青山区", "湖滨街道", "荷塘社区"),
    )
    assert codes_at(site_copy) == [("duplicate-short-name", 2, "warning")]


def test_the_same_short_name_in_another_street_is_fine(site_copy: Path) -> None:
    add_org(site_copy, "石桥村阳光助老服务队", short="阳光助老")
    assert codes_at(site_copy) == []


def test_a_credit_code_used_by_another_organization_is_an_error(site_copy: Path) -> None:
    path = add_org(site_copy, "石桥村乡贤理事会")
    text = path.read_text(encoding="utf-8")
    text = text.replace("status: filed", "status: registered\nuscc: 52330102mj1234567j")
    text = re.sub(r"filing_no: .*\nfiling_authority: .*\nfiled_on: .*\n", "", text)
    text += "registration_authority: 溪口县民政局\nregistered_on: 2023-04-01\n"
    path.write_text(text, encoding="utf-8")
    assert ("duplicate-id", 3, "error") in codes_at(site_copy)


def test_a_filing_number_twice_from_one_authority_is_an_error(site_copy: Path) -> None:
    add_org(site_copy, "石桥村乡贤理事会", filing_no="SQ-2022-003")
    assert ("duplicate-id", 3, "error") in codes_at(site_copy)


def test_the_same_filing_number_from_another_authority_is_fine(site_copy: Path) -> None:
    add_org(
        site_copy,
        "柳岸社区乡贤理事会",
        filing_no="SQ-2022-003",
        authority="湖滨街道办事处",
        place=("青山区", "湖滨街道", "柳岸社区"),
    )
    assert codes_at(site_copy) == []


def test_name_keys_and_one_edit() -> None:
    assert name_key("柳岸社区 阳光（助老）队！") == name_key("柳岸社区阳光助老队")
    assert within_one_edit("荷塘社区", "荷糖社区")
    assert within_one_edit("荷塘社区队", "荷塘社区")
    assert within_one_edit("荷塘社区", "荷塘新社区")
    assert not within_one_edit("荷塘社区", "荷塘社区")
    assert not within_one_edit("荷塘社区", "荷糖小区")


def test_the_example_city_names_every_organization_apart() -> None:
    root = Path(__file__).resolve().parents[2]
    names = [
        name_key(line.split(":", 1)[1].strip())
        for path in sorted((root / "orgs").glob("*/org.yml"))
        for line in path.read_text(encoding="utf-8").splitlines()[:1]
    ]
    assert len(names) > 100 and len(set(names)) == len(names)


def test_a_demo_repository_never_repeats_a_name(tmp_path: Path) -> None:
    write_demo(tmp_path / "demo", orgs=600, seed=7)
    report = validate(tmp_path / "demo")
    codes = {f.code for f in report.findings}
    assert not codes & {"duplicate-name", "similar-name", "duplicate-short-name", "duplicate-id"}


# names of a few characters from a small alphabet: many pairs one edit apart, some two
# (swapped characters: 阳光 and 光阳 share what one_left_out makes, yet are two edits apart)
_NAMES = st.lists(st.text(alphabet="阳光助老队社区", min_size=0, max_size=5), max_size=40)


@given(_NAMES)
@settings(max_examples=300, deadline=None)
def test_a_community_finds_the_first_look_alike_as_comparing_with_every_name_would(
    names: list[str],
) -> None:
    place = Community()
    seen: list[tuple[str, str]] = []
    for number, key in enumerate(names):
        org_id = f"org-{number}"
        expected = next((other for k, other in seen if within_one_edit(key, k)), None)
        assert place.meet(key, org_id) == expected
        seen.append((key, org_id))
