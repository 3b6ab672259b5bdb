"""Registered organizations show what the national platform shows (issue 21, item 9): legal
representative, registered or start-up funds, the certificate's validity, domicile and business
scope, in the platform's order; filed groups keep their shorter box."""

from __future__ import annotations

import re
from pathlib import Path

from tests.broken_cases import HUB_CHILD, ORG
from tests.conftest import build, validate

CERTIFICATE = """registration:
  legal_representative: 王秀英
  funds_cny: 30000
  domicile: 测试市青山区湖滨街道柳岸路 8 号柳岸社区党群服务中心二楼
  certificate_valid_from: 2020-06-18
  certificate_valid_until: 2025-06-17
  business_scope: 助餐、探访、陪伴等为老服务
"""


def _add(site: Path, rel: str, text: str) -> None:
    path = site / rel
    path.write_text(
        path.read_text(encoding="utf-8").replace("founded:", text + "founded:", 1),
        encoding="utf-8",
    )


def _box(page: str) -> list[str]:
    box = page[page.index('id="disclosure"') : page.index("</dl>", page.index('id="disclosure"'))]
    return re.findall(r"<dt[^>]*>([^<]+)</dt>", box)


def test_a_registered_organizations_box_follows_the_platforms_order(
    site_copy: Path, tmp_path: Path
) -> None:
    _add(site_copy, ORG, CERTIFICATE)
    out = tmp_path / "out"
    result = build(site_copy, out)
    assert result.built and not result.report.findings, [
        f.as_text() for f in result.report.findings
    ]
    page = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    labels = _box(page)
    order = [
        "统一社会信用代码",
        "登记管理机关",
        "法定代表人",
        "成立登记日期",
        "开办资金",
        "登记证书有效期",
        "住所",
        "业务范围",
    ]
    assert [label for label in labels if label in order] == order  # 52…: 民办非企业单位, 开办资金
    assert "2020年6月18日 至 2025年6月17日" in page and "王秀英" in page
    row = __import__("json").loads((out / "data/organizations.json").read_text(encoding="utf-8"))
    yangguang = next(r for r in row if r["id"] == "yangguang")
    assert (yangguang["legal_representative"], yangguang["funds_kind"]) == ("王秀英", "开办资金")
    filed = _box((out / "orgs/shiqiao-huzhu/index.html").read_text(encoding="utf-8"))
    assert "法定代表人" not in filed and "备案编号" in filed


def test_a_filed_group_with_a_certificate_and_a_backwards_validity_are_findings(
    site_copy: Path,
) -> None:
    _add(site_copy, HUB_CHILD, "registration:\n  legal_representative: 李四\n")
    _add(
        site_copy,
        ORG,
        CERTIFICATE.replace(
            "certificate_valid_until: 2025-06-17", "certificate_valid_until: 2019-06-17"
        ),
    )
    found = {(f.code, f.path) for f in validate(site_copy).findings}
    assert found == {("registration-not-registered", HUB_CHILD), ("date-order", ORG)}
