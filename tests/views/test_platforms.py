"""Hubs, support platforms and incubation (issue 21, item 1): a platform of the bureau's register is
run by a hub and operated by a partner with a role; its page lists the organizations it incubated,
with when, only once confirmed; a platform that is an organization lists them on its own page."""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.model.load import load_site
from generator.views.catalog import build_catalog
from tests.conftest import build

REGISTER = """platforms:
- id: hubin-zhichi
  name: 湖滨街道社区社会组织支持平台
  kind: 支持平台
  run_by: yangguang
  operator: 湖滨益邻社会工作服务中心
  operator_role: 受托运营
  partners:
  - {name: 湖滨街道社区卫生服务中心, role: 专业支持}
  since: 2021-05-01
"""
SHIQIAO = "orgs/shiqiao-huzhu/org.yml"
YANGGUANG = "orgs/yangguang/org.yml"


def _append(site: Path, rel: str, text: str) -> None:
    path = site / rel
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def _catalog(site: Path):
    report = Report()
    loaded = load_site(site, report)
    assert not report.errors, [f.as_text() for f in report.errors]
    return build_catalog(loaded, {}), report


def _platform_site(site: Path, *, confirmed: bool) -> None:
    (site / "content/registers/platforms.yml").write_text(REGISTER, encoding="utf-8")
    _append(site, SHIQIAO, "incubated_by:\n- {platform: hubin-zhichi, since: 2022-03}\n")
    if confirmed:  # the hub that runs the platform confirms from its own folder
        _append(site, YANGGUANG, "incubated: [shiqiao-huzhu]\n")


def test_a_platform_page_lists_what_it_incubated_once_confirmed(site_copy: Path) -> None:
    _platform_site(site_copy, confirmed=False)
    catalog, _ = _catalog(site_copy)
    page = next(p for p in catalog.pages if p.url == "platforms/hubin-zhichi/")
    platform = page.context["platform"]
    assert platform.incubated == []  # declared by the organization alone
    assert [(p.name, p.role) for p in platform.partners] == [
        ("湖滨益邻社会工作服务中心", "受托运营"),
        ("湖滨街道社区卫生服务中心", "专业支持"),
    ]
    assert (platform.run_by.name, platform.run_by.url) == (
        "柳岸社区阳光助老服务中心",
        "orgs/yangguang/",
    )

    _append(site_copy, YANGGUANG, "incubated: [shiqiao-huzhu]\n")
    catalog, _ = _catalog(site_copy)
    page = next(p for p in catalog.pages if p.url == "platforms/hubin-zhichi/")
    (item,) = page.context["platform"].incubated
    assert (item.org.id, item.since, item.until) == ("shiqiao-huzhu", "2022-03", "")
    hub = catalog.orgs["yangguang"]
    assert [(link.title, link.url, link.note) for link in hub.platforms] == [
        ("湖滨街道社区社会组织支持平台", "platforms/hubin-zhichi/", "举办")
    ]
    shiqiao = catalog.orgs["shiqiao-huzhu"]
    assert [(i.name, i.url, i.confirmed) for i in shiqiao.incubators] == [
        ("湖滨街道社区社会组织支持平台", "platforms/hubin-zhichi/", True)
    ]
    assert any(p.url == "platforms/" for p in catalog.pages)


def test_an_organization_platform_lists_its_incubated_with_when(site_copy: Path) -> None:
    _append(
        site_copy,
        SHIQIAO,
        "incubated_by:\n- {platform: yangguang, since: 2021-10, until: 2022-09}\n",
    )
    catalog, _ = _catalog(site_copy)
    assert catalog.orgs["yangguang"].incubated == []  # not yet confirmed by the platform
    _append(site_copy, YANGGUANG, "incubated: [shiqiao-huzhu]\n")
    catalog, _ = _catalog(site_copy)
    (item,) = catalog.orgs["yangguang"].incubated
    assert (item.org.id, item.since, item.until) == ("shiqiao-huzhu", "2021-10", "2022-09")


def test_a_partner_without_org_or_name_and_an_unknown_runner_are_findings(site_copy: Path) -> None:
    register = REGISTER.replace("run_by: yangguang", "run_by: yangguan").replace(
        "  - {name: 湖滨街道社区卫生服务中心, role: 专业支持}", "  - {role: 专业支持}"
    )
    (site_copy / "content/registers/platforms.yml").write_text(register, encoding="utf-8")
    report = Report()
    load_site(site_copy, report)
    found = {(f.code, f.line) for f in report.findings}
    assert ("unknown-org", 5) in found and ("missing-field", 9) in found


def test_the_hub_and_platform_pages_render(site_copy: Path, tmp_path: Path) -> None:
    _platform_site(site_copy, confirmed=True)
    out = tmp_path / "out"
    result = build(site_copy, out)
    assert result.built and not result.report.errors
    page = (out / "platforms/hubin-zhichi/index.html").read_text(encoding="utf-8")
    assert "石桥村互助养老队" in page and "2022年3月入驻，孵化中" in page
    assert "受托运营" in page and "湖滨益邻社会工作服务中心" in page
    hub = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    assert "湖滨街道社区社会组织支持平台</a>（举办）" in hub
