"""No input, however broken, produces a traceback: random and mutated files through validation.

Runs in-process over a real fixture site; each example rewrites one record file, validates the
whole site, and checks that the run ends in findings (with positions and known codes), never raises.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.messages import MESSAGES
from tests.conftest import SITES, validate

FILES = [
    "orgs/yangguang/org.yml",
    "orgs/yangguang/activities/2024-05-12-yiyuan.yml",
    "orgs/yangguang/projects/zhucan.yml",
    "orgs/yangguang/reports/2023.yml",
    "content/annual/2023.yml",
    "content/policies/guideline.md",
    "content/areas.yml",
    "site_config.yml",
]
KEYS = ["name", "status", "date", "photos", "file", "alt", "area", "brand", "color", "total", "year",
        "income", "uscc", "fields", "parent", "project", "grades", "districts", "plugins", "gongshi", "题目"]  # fmt: skip
SCALARS = st.one_of(
    st.sampled_from(["", "~", "no", "010", "1:20", "2024-02-30", "-5", "#FFF", "../x", "*a", "&a", "'", '"',
                     "javascript:x", "11010519491231002X", "13812345678", "a@b.cn", "登记", "１２", "@x", "|", ">"]),
    st.text(max_size=30),
)  # fmt: skip


@st.composite
def yaml_like(draw: st.DrawFn) -> str:
    lines = []
    for _ in range(draw(st.integers(0, 12))):
        indent = " " * draw(st.sampled_from([0, 0, 2, 4, 1, 3]))
        prefix = draw(st.sampled_from(["", "", "- ", "? "]))
        key = draw(st.sampled_from(KEYS))
        separator = draw(st.sampled_from([": ", ": ", ":", "：", ":\t", " : "]))
        value = draw(SCALARS)
        wrap = draw(st.sampled_from(["{}", "{}", "[{}]", "{{a: {}}}", '"{}"', "'{}'"]))
        lines.append(f"{indent}{prefix}{key}{separator}{wrap.format(value)}")
    return "\n".join(lines)


@pytest.fixture(scope="module")
def fuzz_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("fuzz") / "site"
    shutil.copytree(SITES / "minimal", root)
    return root


def _run(root: Path, rel: str, data: bytes) -> None:
    path = root / rel
    original = path.read_bytes()
    try:
        path.write_bytes(data)
        report = validate(root)  # must not raise
    finally:
        path.write_bytes(original)
    for finding in report.findings:
        assert finding.code in MESSAGES
        assert finding.line >= 1 and finding.column >= 1
        assert finding.path and not finding.path.startswith("/")


_SETTINGS = settings(
    max_examples=1100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)


@_SETTINGS
@given(rel=st.sampled_from(FILES), text=yaml_like())
def test_random_yaml_never_raises(fuzz_site: Path, rel: str, text: str) -> None:
    _run(fuzz_site, rel, text.encode("utf-8"))


@_SETTINGS
@given(
    rel=st.sampled_from(FILES),
    position=st.floats(0, 1),
    cut=st.integers(0, 40),
    insert=st.one_of(st.binary(max_size=12), st.text(max_size=12).map(lambda t: t.encode("utf-8"))),
    encoding=st.sampled_from(["utf-8", "utf-8", "utf-8-sig", "gb18030", "utf-16"]),
)
def test_mutated_records_never_raise(
    fuzz_site: Path, rel: str, position: float, cut: int, insert: bytes, encoding: str
) -> None:
    text = (SITES / "minimal" / rel).read_text(encoding="utf-8")
    data = text.encode(encoding)
    at = int(len(data) * position)
    _run(fuzz_site, rel, data[:at] + insert + data[at + cut :])
