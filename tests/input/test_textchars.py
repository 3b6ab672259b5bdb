"""Text is text (issue 18): control, bidirectional and zero-width characters are findings at
their line and column, naming the character; feeds stay well-formed XML whatever records hold."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from generator.exports.feeds import atom_feed
from generator.exports.opendata import write_all
from generator.findings import Report
from generator.input.yamlio import load_text
from generator.model.load import load_site
from generator.views.catalog import build_catalog
from tests.conftest import SITES, validate

ORG = "orgs/yangguang/org.yml"


def _findings(text: str) -> list[tuple[str, int, int, str]]:
    report = Report()
    load_text(text, rel="x.yml", report=report)
    return [(f.code, f.line, f.column, f.severity) for f in report.findings]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('a: 1\nname: "柳岸\\0gongshi-body\\0舞队"\n', [("text-control", 2, 10, "error")]),
        ('name: "x\\a"\n', [("text-control", 1, 9, "error")]),
        ('name: "x\\e\\v"\n', [("text-control", 1, 9, "error")]),
        ('name: "x\\x1b"\n', [("text-control", 1, 9, "error")]),
        ('name: "x\\u0085"\n', [("text-control", 1, 9, "error")]),
        ("a: 1\nname: 柳岸\u202e舞队\n", [("text-bidi", 2, 9, "error")]),
        ('name: "柳岸\\u202E舞队"\n', [("text-bidi", 1, 10, "error")]),
        ("name: x\u2066y\u200ez\u061c\n", [("text-bidi", 1, 8, "error")]),
        ("list:\n  - 柳岸\u200b舞队\n", [("text-invisible", 2, 7, "warning")]),
        ("name: a\u2060b\ufeffc\n", [("text-invisible", 1, 8, "warning")]),
        (
            "name: a\u200db\u202cc\n",
            [("text-invisible", 1, 8, "warning"), ("text-bidi", 1, 10, "error")],
        ),
        ("story: |\n  第一段\n\n  第二\u202e段\n", [("text-bidi", 4, 5, "error")]),
        ("a\u200b: 1\n", [("text-invisible", 1, 2, "warning")]),
    ],
)
def test_characters_that_are_not_text_are_found_where_they_are(
    text: str, expected: list[tuple[str, int, int, str]]
) -> None:
    assert _findings(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        'name: "tab\\there, line\\nthere, a backslash \\\\0 and \\u00e9"\n',
        "story: |\r\n  Windows line ends\r\n  stay text\r\n",
        "name: tab\tinside\n",
        "\ufeffname: a leading byte-order mark is the file's, not the text's\n",
    ],
)
def test_text_stays_clean(text: str) -> None:
    assert _findings(text) == []


def test_a_control_character_written_as_is_is_named_at_its_place() -> None:
    report = Report()
    assert load_text("a: 1\nname: 柳岸\x1b舞队\n", rel="x.yml", report=report) is None
    [finding] = report.findings
    assert (finding.code, finding.line, finding.column) == ("text-control", 2, 9)
    assert "U+001B 转义符" in finding.message_zh and "U+001B ESCAPE" in finding.message_en


def test_the_hint_names_the_character() -> None:
    report = Report()
    load_text("name: 柳岸\u202e舞队\n", rel="x.yml", report=report)
    [finding] = report.findings
    assert "U+202E 从右到左覆盖" in finding.hint_zh
    assert "U+202E RIGHT-TO-LEFT OVERRIDE" in finding.hint_en


def test_a_record_name_with_the_issues_characters_is_an_error(site_copy: Path) -> None:
    org = site_copy / ORG
    text = org.read_text(encoding="utf-8")
    slogan = text[: text.index("slogan:")].count("\n") + 1
    text = text.replace("name: 柳岸社区阳光助老服务中心", 'name: "柳岸\\0gongshi-body\\0舞队"')
    org.write_text(text.replace("有我在，", "有我在\u202e"), encoding="utf-8")
    found = [(f.code, f.path, f.line, f.column) for f in validate(site_copy).errors]
    assert found == [("text-control", ORG, 1, 10), ("text-bidi", ORG, slogan, 14)]


HOSTILE = '柳岸\x00\x1b\x0b\x07\x7f\x85舞队\ufffe <&"]]> \u202e'


def _parse(data: bytes) -> ET.Element:
    return ET.fromstring(data)


def test_atom_feed_is_well_formed_whatever_the_records_hold() -> None:
    site = load_site(SITES / "minimal", Report())
    catalog = build_catalog(site, {})
    for activity in catalog.activities:  # records are frozen: a copy holding what they refuse
        activity.record = activity.record.model_copy(
            update={"title": HOSTILE, "description": HOSTILE}
        )
        activity.org.name = HOSTILE
    root = _parse(
        atom_feed(
            HOSTILE,
            "https://x.example/feed.xml",
            HOSTILE,
            catalog.activities,
            "",
            empty_since=site.as_of,
        )
    )
    atom = "{http://www.w3.org/2005/Atom}"
    titles = [element.text for element in root.iter(f"{atom}title")]
    assert titles and all(title.startswith("柳岸舞队 <&") for title in titles)


def test_every_feed_of_a_site_with_hostile_records_parses(tmp_path: Path) -> None:
    """The validation rejects these characters; a build that got them anyway (a unit below the
    validation) still writes feeds every reader can parse."""
    site = load_site(SITES / "minimal", Report())
    catalog = build_catalog(site, {})
    site.config.site_name = HOSTILE
    for org in catalog.orgs.values():
        org.ref.name = HOSTILE
    for activity in catalog.activities:
        activity.record = activity.record.model_copy(
            update={"title": HOSTILE, "description": HOSTILE}
        )
    write_all(site, catalog, tmp_path, site_url="https://x.example/", doc_urls=[])
    feeds = sorted(tmp_path.rglob("feed.xml"))
    assert len(feeds) == 1 + len(catalog.orgs)
    for feed in feeds:
        root = _parse(feed.read_bytes())
        assert "柳岸舞队" in ET.tostring(root, encoding="unicode")
    for qr in tmp_path.rglob("qr.svg"):
        _parse(qr.read_bytes())


@pytest.mark.parametrize(
    ("field", "value", "char"),
    [
        ("name", "|\n  柳岸社区\n  阳光助老服务队\n", "换行"),
        ("name", '"柳岸社区\\n阳光助老服务队"\n', "换行"),
        ("short_name", '"阳光\\t助老"\n', "制表符"),
        ("slogan", '"有爱\\r无碍"\n', "换行"),
    ],
)
def test_a_line_break_in_a_one_line_field_is_found_at_the_field(
    site_copy: Path, field: str, value: str, char: str
) -> None:
    path = site_copy / ORG
    text = path.read_text(encoding="utf-8")
    lines = text.splitlines(keepends=True)
    index = next(i for i, line in enumerate(lines) if line.lstrip().startswith(f"{field}:"))
    indent = lines[index][: len(lines[index]) - len(lines[index].lstrip())]
    lines[index] = f"{indent}{field}: {value}"
    path.write_text("".join(lines), encoding="utf-8")
    found = [f for f in validate(site_copy).findings if f.code == "text-line-break"]
    assert [(f.path, f.line) for f in found] == [(ORG, index + 1)]
    assert char in found[0].message_zh and field in found[0].message_zh


def test_long_texts_keep_their_paragraphs(site_copy: Path) -> None:
    path = site_copy / ORG
    text = path.read_text(encoding="utf-8")
    assert "story:" in text and "purpose:" in text
    paragraphs = "purpose: |\n  第一段宗旨。\n\n  第二段业务范围。"
    path.write_text(re.sub(r"^purpose: .*$", paragraphs, text, flags=re.M), encoding="utf-8")
    assert not [f.as_text() for f in validate(site_copy).findings]
