"""Safe YAML reading: encodings, size, YAML 1.1 traps, duplicate keys, aliases, positions."""

from __future__ import annotations

import copy
import pickle
import time
from pathlib import Path

from generator.findings import Report
from generator.input.yamlio import YamlDocument, load_file, load_text
from tests.conftest import validate

ORG = "orgs/yangguang/org.yml"


def _load(text: str) -> tuple[object, Report]:
    report = Report()
    document = load_text(text, rel="x.yml", report=report)
    return document, report


def test_every_scalar_is_text() -> None:
    document, report = _load(
        "a: no\nb: on\nc: 010\nd: 1:20\ne: 2024-05-12\nf: 3.10\ng: ~\nh:\ni: ''\n"
    )
    assert report.findings == []
    assert document.data == {
        "a": "no", "b": "on", "c": "010", "d": "1:20", "e": "2024-05-12", "f": "3.10", "g": None, "h": None, "i": "",
    }  # fmt: skip


def test_positions_are_one_based_for_keys_and_values() -> None:
    document, _ = _load("a:\n  b: x\n  c:\n    - y\n    -   z\n")
    assert document.at(("a", "b")) == (2, 3)
    assert document.at(("a", "b"), value=True) == (2, 6)
    assert document.at(("a", "c", 1), value=True) == (5, 9)
    assert document.at(("a", "missing")) == (1, 1)


def test_duplicate_key_points_at_the_second() -> None:
    _, report = _load("a: 1\nb: 2\na: 3\n")
    assert [(f.code, f.line, f.column) for f in report.findings] == [("yaml-duplicate-key", 3, 1)]
    assert "第 1 行" in report.findings[0].message_zh


def test_billion_laughs_is_refused_quickly() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 12)]
    start = time.perf_counter()
    document, report = _load("\n".join(lines) + "\n")
    assert time.perf_counter() - start < 2
    assert document is None
    assert {f.code for f in report.findings} == {"yaml-alias"}


def test_tab_indentation_is_named() -> None:
    _, report = _load("a:\n\tb: 1\n")
    assert [(f.code, f.line) for f in report.findings] == [("yaml-tab", 2)]


def test_tab_after_colon_is_fine() -> None:
    document, report = _load("a:\tb\n")
    assert report.findings == [] and document.data == {"a": "b"}


def test_deep_nesting_is_a_finding() -> None:
    _, report = _load("a: " + "[" * 200 + "]" * 200 + "\n")
    assert [f.code for f in report.findings] == ["yaml-syntax"]
    _, report = _load("a: " + "[" * 5000 + "]" * 5000 + "\n")
    assert [f.code for f in report.findings] == ["yaml-syntax"]


def test_complex_key_and_control_characters() -> None:
    _, report = _load("? [a, b]\n: c\n")
    assert [f.code for f in report.findings] == ["yaml-complex-key"]
    _, report = _load("a: b\x07c\n")  # named at its place (issue 18), no longer a syntax error
    assert [(f.code, f.line, f.column) for f in report.findings] == [("text-control", 1, 5)]


def test_bom_is_accepted(site_copy: Path) -> None:
    path = site_copy / ORG
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    assert validate(site_copy).findings == []


def test_gbk_is_recognised_with_how_to_convert(site_copy: Path) -> None:
    path = site_copy / ORG
    path.write_bytes(path.read_text(encoding="utf-8").encode("gb18030"))
    findings = validate(site_copy).findings
    assert [(f.code, f.path, f.line) for f in findings] == [("encoding-gbk", ORG, 1)]
    assert "UTF-8" in findings[0].hint_zh and "另存为" in findings[0].hint_zh


def test_utf16_is_recognised(site_copy: Path) -> None:
    path = site_copy / ORG
    path.write_bytes(path.read_text(encoding="utf-8").encode("utf-16"))
    assert [f.code for f in validate(site_copy).findings] == ["encoding-utf16"]


def test_binary_and_empty_and_oversized(site_copy: Path) -> None:
    (site_copy / "orgs/yangguang/projects/zhucan.yml").write_bytes(b"title: \x00\x01\x02")
    (site_copy / "orgs/yangguang/reports/2023.yml").write_text("# 只有注释\n", encoding="utf-8")
    (site_copy / "orgs/shiqiao-huzhu/reports/2023.yml").write_text(
        "year: 2023\n" + "#" * 600_000, encoding="utf-8"
    )
    found = {(f.path, f.code) for f in validate(site_copy).findings}
    assert ("orgs/yangguang/projects/zhucan.yml", "binary-file") in found
    assert ("orgs/yangguang/reports/2023.yml", "yaml-empty") in found
    assert ("orgs/shiqiao-huzhu/reports/2023.yml", "file-too-large") in found


def test_undecodable_bytes(tmp_path: Path) -> None:
    path = tmp_path / "x.yml"
    path.write_bytes(b"a: 1\nb: \x80\xff\xfe\x81\x30\n")
    report = Report()
    load_file(path, rel="x.yml", report=report)
    assert [(f.code, f.line) for f in report.findings] in (
        [("encoding-unknown", 2)],
        [("encoding-gbk", 2)],
    )


def test_a_document_of_the_record_cache_makes_its_data_from_its_text() -> None:
    """YamlDocument.of_text: the data, made when first asked for, is what reading gives; such a
    document compares, copies and pickles as one read at once."""
    text = "name: 柳岸社区\nphotos:\n  - file: 001.jpg\n    alt: 合影\nnote: ~\n"
    read = load_text(text, rel="orgs/a/org.yml", report=Report())
    assert read is not None
    for later in (
        YamlDocument.of_text("orgs/a/org.yml", text),
        pickle.loads(pickle.dumps(YamlDocument.of_text("orgs/a/org.yml", text))),
        copy.deepcopy(YamlDocument.of_text("orgs/a/org.yml", text)),
    ):
        assert "data" not in vars(later) or later.data == read.data
        assert later == read and later.data == read.data
        assert later.at(("photos", 0, "alt"), value=True) == read.at(
            ("photos", 0, "alt"), value=True
        )
