"""The example city grows into the shapes of issue 21 (item 10): a street federation with members
from several communities (some also in the district federation), a support platform with the
teams it incubated, a rural troupe serving left-behind children funded by the lottery fund, a
renamed organization with a corrected report, registered organizations with their certificates.
(The training series and the credit codes' regions: tests/model/test_training.py, test_uscc.py.)"""

from __future__ import annotations

import pytest

from generator.findings import Report
from generator.model.load import load_site
from generator.views.catalog import build_catalog
from tests.conftest import REPO


@pytest.fixture(scope="module")
def example():
    report = Report()
    site = load_site(REPO, report)
    assert not report.findings, [f.as_text() for f in report.findings[:5]]
    return site, build_catalog(site, {})


def test_street_federation_members_span_communities_and_hubs(example) -> None:
    site, _catalog = example
    members = site.links.members("hubin-lianhehui")
    communities = {site.orgs[m].org.area.community for m in members}
    assert len(communities) >= 3
    both = [m for m in members if "qingshan-lianhehui" in site.orgs[m].org.member_of]
    assert both and set(both) <= set(site.links.members("qingshan-lianhehui"))


def test_the_street_platform_and_what_it_incubated(example) -> None:
    _, catalog = example
    page = next(p for p in catalog.pages if p.url == "platforms/hubin-zhichi/")
    platform = page.context["platform"]
    assert platform.run_by.url == "orgs/hubin-lianhehui/"
    assert next((p.role) for p in platform.partners) == "受托运营"
    assert len(platform.incubated) == 3 and platform.hatched == 1
    hub = catalog.orgs["hubin-lianhehui"]
    assert ("湖滨街道社区社会组织支持平台", "举办") in [
        (link.title, link.note) for link in hub.platforms
    ]


def test_rural_troupe_for_left_behind_children_on_the_lottery_fund(example) -> None:
    site, _catalog = example
    troupe = site.orgs["shiqiao-02"]
    assert "left-behind-children" in troupe.org.service_targets
    project = troupe.projects["zhoumo-yike"].record
    assert [(f.type, f.reference) for f in project.funding] == [("lottery_fund", "XK-CP-2024-015")]


def test_renamed_with_a_corrected_report(example) -> None:
    site, _ = example
    org = site.orgs["jinxiu-tongxin"]
    assert org.org.former_names and any(r.record.corrections for r in org.reports.values())


def test_registered_organizations_carry_their_certificate(example) -> None:
    site, catalog = example
    registered = [f for f in site.orgs.values() if f.org and f.org.status == "registered"]
    assert registered and all(f.org.registration.legal_representative for f in registered)
    assert {catalog.orgs[f.id].funds_label for f in registered} == {"注册资金", "开办资金"}
