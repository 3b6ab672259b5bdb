"""A policy's 原文 link leads to the document itself: a link to the issuer's home page is a warning
at its line (the example's policies link their documents or nothing), and the page links what the
record gives."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.broken_cases import POLICY
from tests.conftest import REPO, validate


def _with_source(root: Path, url: str) -> None:
    path = root / POLICY
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("status: in_force\n", f"status: in_force\nsource_url: {url}\n", 1))


@pytest.mark.parametrize(
    "url",
    [
        "https://www.mca.gov.cn/",
        "https://www.mca.gov.cn",
        "http://mzj.yunxi.example.cn/index.html",
        "https://www.mca.gov.cn/INDEX.SHTML",
        "https://www.mca.gov.cn//",
    ],
)
def test_a_home_page_is_not_the_document(site_copy: Path, url: str) -> None:
    _with_source(site_copy, url)
    findings = [f for f in validate(site_copy).findings if f.code == "policy-source-home"]
    assert len(findings) == 1, url
    (finding,) = findings
    assert finding.path == POLICY and finding.severity == "warning"
    text = (site_copy / POLICY).read_text(encoding="utf-8")
    assert text.splitlines()[finding.line - 1].startswith("source_url:")
    assert "网站首页" in finding.message_zh and "source_url" in finding.hint_zh


@pytest.mark.parametrize(
    "url",
    [
        "https://www.mca.gov.cn/n152/n166/c41163/content.html",
        "https://www.gov.cn/zhengce/content/2017-12/27/content_1.htm",
        "https://mzj.yunxi.example.cn/zwgk?id=8",  # a document chosen by its query
    ],
)
def test_a_documents_own_address_passes(site_copy: Path, url: str) -> None:
    _with_source(site_copy, url)
    assert not [f for f in validate(site_copy).findings if f.code == "policy-source-home"]


def test_the_examples_policies_link_their_documents_or_nothing() -> None:
    for path in sorted((REPO / "content" / "policies").glob("*.md")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.startswith("source_url:"):
                url = line.split(":", 1)[1].strip().strip('"')
                assert url.count("/") > 3 and not url.endswith("/"), (path.name, url)
