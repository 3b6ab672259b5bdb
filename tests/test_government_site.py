"""The conventions of a Chinese government website: the footer from site_info (each item left out
when unset, filing numbers checked for their form), staff links that a setting hides, the date of
the last update on the home page alone, and subscription pages beside plain Atom feeds."""

from __future__ import annotations

import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import SITES, build, validate

SITE_INFO = """      site_info:
        short_name: 测试公示
        sponsor: 测试市民政局
        organizer: 测试市社会组织服务中心
        supervision_phone: 0571-1234 5678
        icp: 测ICP备12345678号-1
        police_filing: 测公网安备 33010002000001号
        site_code: '3301000001'
        staff_links: false
"""


def _with_settings(repo: Path, extra: str) -> None:
    config = repo / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.rstrip("\n") + "\n" + extra, encoding="utf-8")


@pytest.fixture(scope="module")
def plain_and_configured(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The minimal fixture built as it is (no site_info, no repository) and with site_info and a
    repository whose staff links are hidden: (plain output, configured output)."""
    base = tmp_path_factory.mktemp("government")
    outputs = []
    for name, extra in (("plain", ""), ("configured", SITE_INFO)):
        repo = base / name
        shutil.copytree(SITES / "minimal", repo)
        if extra:
            _with_settings(repo, extra)
            config = repo / "site_config.yml"
            text = config.read_text(encoding="utf-8")
            config.write_text(
                "repo_url: https://github.com/example/test\n" + text, encoding="utf-8"
            )
        result = build(repo, base / f"{name}-out", use_cache=True)
        assert result.built, [f.as_text() for f in result.report.findings]
        outputs.append(base / f"{name}-out")
    return outputs[0], outputs[1]


def test_footer_shows_what_is_set_and_nothing_else(plain_and_configured: tuple[Path, Path]) -> None:
    plain, configured = plain_and_configured
    for page in ("index.html", "orgs/yangguang/index.html", "search/index.html"):
        bare = (plain / page).read_text(encoding="utf-8")
        assert "gs-footer" in bare and "主办单位" not in bare and "ICP" not in bare, page
        assert "Material for MkDocs" not in bare
        html = (configured / page).read_text(encoding="utf-8")
        assert "主办单位：测试市民政局" in html and "承办单位：测试市社会组织服务中心" in html
        assert "监督电话" in html and "联系电话" not in html  # phone not set: left out
        assert (
            '<a href="https://beian.miit.gov.cn/" rel="noopener" data-gs-icp>测ICP备12345678号-1</a>'
            in html
        )
        assert "https://beian.mps.gov.cn/#/query/webSearch?code=33010002000001" in html
        assert "网站标识码：3301000001" in html
        assert '<span class="gs-site-name--short" aria-hidden="true">测试公示</span>' in html


def test_staff_links_hidden_by_the_setting(plain_and_configured: tuple[Path, Path]) -> None:
    _, configured = plain_and_configured
    for page in ("orgs/yangguang/index.html", "policies/guideline/index.html"):
        html = (configured / page).read_text(encoding="utf-8")
        assert 'class="gs-staff"' not in html, page
        assert "github.com/example/test/edit" not in html, page
        assert "md-header__source" not in html


def test_last_update_on_the_home_page_alone(plain_and_configured: tuple[Path, Path]) -> None:
    plain, _ = plain_and_configured
    home = (plain / "index.html").read_text(encoding="utf-8")
    # tests/sites/minimal sets today: 2024-12-31, the build's date (generator.model.asof)
    assert '本站信息更新至 <time datetime="2024-12-31">2024年12月31日</time>' in home
    for page in ("orgs/yangguang/index.html", "orgs/index.html", "policies/guideline/index.html"):
        assert "本站信息更新至" not in (plain / page).read_text(encoding="utf-8"), page


def test_subscription_pages_beside_plain_atom(plain_and_configured: tuple[Path, Path]) -> None:
    plain, _ = plain_and_configured
    org = (plain / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    assert 'href="subscribe/">订阅活动</a>' in org
    page = (plain / "orgs/yangguang/subscribe/index.html").read_text(encoding="utf-8")
    assert 'value="https://test.example.org/orgs/yangguang/feed.xml"' in page
    assert "五月义诊进社区" in page  # the latest entries
    assert "orgs/yangguang/subscribe/" not in (plain / "sitemap.xml").read_text()  # thin pages
    feed = (plain / "orgs/yangguang/feed.xml").read_bytes()
    assert feed.startswith(b'<?xml version="1.0" encoding="utf-8"?>\n<feed ')
    assert b"xml-stylesheet" not in feed
    # an organization without activities: its feed is dated by its filing, not 2000-01-01
    empty = ET.parse(plain / "orgs/shiqiao-huzhu/feed.xml").getroot()
    assert empty.findtext("{http://www.w3.org/2005/Atom}updated") == "2022-04-01T00:00:00Z"
    quiet = (plain / "orgs/shiqiao-huzhu/subscribe/index.html").read_text(encoding="utf-8")
    assert "还没有发布活动" in quiet


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("icp", "12345678"),
        ("police_filing", "公安备案 123"),
        ("site_code", "12345"),
        ("email", "no-at-sign"),
        ("short_name", "一个太长太长的网站简称"),
    ],
)
def test_bad_site_info_is_a_finding_at_its_line(site_copy: Path, key: str, value: str) -> None:
    _with_settings(
        site_copy, f"      site_info:\n        sponsor: 测试市民政局\n        {key}: '{value}'\n"
    )
    report = validate(site_copy)
    found = [f for f in report.errors if f.path == "site_config.yml"]
    assert found, [f.as_text() for f in report.findings]
    lines = (site_copy / "site_config.yml").read_text(encoding="utf-8").splitlines()
    assert lines[found[0].line - 1].strip().startswith(f"{key}:"), found[0].as_text()
