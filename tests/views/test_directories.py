"""The directory's pages and filters (generator.views.directories) and the name order of
generator.views.pinyin: names in pinyin order, filter values exactly as the search index holds
them, and the sort keys and card metadata the directory's script reads."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.views.catalog import Catalog, build_catalog
from generator.views.organizations import org_filters
from generator.views.pinyin import sort_key, syllable_table
from tests.conftest import REPO, SITES


def _catalog(root: Path) -> Catalog:
    report = Report()
    site = load_site(root, report)
    assert not report.errors, [f.as_text() for f in report.errors]
    return build_catalog(site, {})


def test_names_sort_syllable_by_syllable() -> None:
    names = [
        "青山区社区社会组织联合会",
        "秦淮社区",
        "安平社区",
        "昂扬舞队",
        "阿姨帮",
        "青年",
        "ABC社区",
    ]
    assert sorted(names, key=sort_key) == [
        "阿姨帮", "ABC社区", "安平社区", "昂扬舞队", "秦淮社区", "青年", "青山区社区社会组织联合会"
    ]  # fmt: skip
    assert sort_key("青年") < sort_key("青年志愿队")  # a shorter name first
    assert sort_key("柳岸") != sort_key("柳岸 ")


def test_the_form_table_gives_each_character_one_syllable() -> None:
    table = syllable_table()
    assert "阳" in table["yang"] and "老" in table["lao"]
    seen = "".join(table.values())
    assert len(seen) == len(set(seen)) > 20000
    assert all(s.isascii() and s.isalpha() and s.islower() for s in table)


def test_directory_pages_list_names_in_pinyin_order() -> None:
    catalog = _catalog(REPO)
    first = next(p for p in catalog.pages if p.url == "orgs/")
    names = [ref.name for ref in first.context["orgs"]]
    everyone = [org.ref for org in catalog.orgs.values() if not org.ref.status_change]
    assert (
        names
        == [r.name for r in sorted(everyone, key=lambda r: (sort_key(r.name), r.id))][: len(names)]
    )
    area = next(p for p in catalog.pages if p.url.startswith("areas/") and p.context.get("orgs"))
    area_names = [ref.name for ref in area.context["orgs"]]
    assert area_names == sorted(area_names, key=sort_key)


def test_filter_values_are_the_search_indexs() -> None:
    """Every value the directory offers is one the organization pages' filters hold, with the
    number of active organizations that hold it; a street names its district."""
    catalog = _catalog(REPO)
    filters = next(p for p in catalog.pages if p.url == "orgs/").context["filters"]
    active = [org for org in catalog.orgs.values() if not org.ref.status_change]
    assert [f.key for f in filters][:5] == ["district", "street", "category", "field", "status"]
    for f in filters:
        for option in f.options:
            holders = [org for org in active if option.value in org_filters(org).get(f.key, [])]
            assert option.count == len(holders) > 0, (f.key, option.value)
            if f.key == "street":
                assert {org.record.area.district for org in holders} == {option.parent}
    grades = next((f for f in filters if f.key == "grade"), None)
    if grades:
        order = ["5A", "4A", "3A", "2A", "1A"]
        values = [o.value for o in grades.options]
        assert values == sorted(values, key=order.index)


def test_organization_pages_carry_the_directorys_sort_keys_and_card() -> None:
    catalog = _catalog(SITES / "minimal")
    page = next(p for p in catalog.pages if p.url == "orgs/yangguang/")
    org = catalog.orgs["yangguang"]
    assert page.sort["pinyin"] == sort_key(org.ref.name)
    assert page.sort["latest"] == org.ref.latest_activity.isoformat()
    assert page.meta["code"] == org.record.public_code
    assert page.meta["monogram"] == org.ref.short_name[:2]
    quiet = next(
        (
            p
            for p in catalog.pages
            if p.kind == "organization" and not catalog.orgs[p.url.split("/")[1]].activities
        ),
        None,
    )
    if quiet:
        assert quiet.sort["latest"] == "0000-00-00"  # no activity: after all others
