"""The smaller ones of issue 18: lengths in characters, a missing document named as one, and the
MkDocs settings of site_config.yml that would stop a build, each a finding at its line."""

from __future__ import annotations

from pathlib import Path

from generator.cli import main
from tests.conftest import validate

ORG = "orgs/yangguang/org.yml"
PROJECT = "orgs/yangguang/projects/zhucan.yml"
CONFIG = "site_config.yml"


def _replace(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_text_lengths_are_counted_in_characters(site_copy: Path) -> None:
    _replace(site_copy, ORG, "slogan: 有我在，您放心", "slogan: " + "好" * 31)
    (finding,) = validate(site_copy).findings
    assert (finding.code, finding.path, finding.line) == ("too-long", ORG, 24)
    assert "31 字，上限 30 字" in finding.message_zh
    assert "31 characters, limit 30" in finding.message_en


def test_list_lengths_are_counted_in_items(site_copy: Path) -> None:
    names = ", ".join(f"曾用名{n}" for n in range(11))
    _replace(
        site_copy, ORG, "short_name: 阳光助老\n", f"short_name: 阳光助老\nformer_names: [{names}]\n"
    )
    (finding,) = validate(site_copy).findings
    assert finding.code == "too-long"
    assert "11 项，上限 10 项" in finding.message_zh and "11 items" in finding.message_en


def test_a_missing_document_is_named_as_a_document(site_copy: Path) -> None:
    _replace(
        site_copy,
        PROJECT,
        "status: finished\n",
        "status: finished\ndocuments:\n  - {title: 项目协议, file: xieyi.pdf}\n",
    )
    (finding,) = validate(site_copy).findings
    assert (finding.code, finding.path, finding.line) == ("document-missing", PROJECT, 10)
    assert "xieyi.pdf" in finding.message_zh and "照片" not in finding.message_zh
    assert "document" in finding.message_en


def test_plugin_entries_of_the_wrong_type_are_findings_at_their_line(site_copy: Path) -> None:
    _replace(site_copy, CONFIG, "plugins:\n", "plugins:\n  - 123\n  - [search, tags]\n  - search\n")
    findings = validate(site_copy).findings
    assert [(f.code, f.path, f.line) for f in findings] == [
        ("config-plugin", CONFIG, 9),
        ("config-plugin", CONFIG, 10),
    ]


def test_plugins_that_are_not_a_list_are_a_finding(site_copy: Path) -> None:
    text = (site_copy / CONFIG).read_text(encoding="utf-8")
    head = text.split("plugins:")[0]
    (site_copy / CONFIG).write_text(head + "plugins: search\n", encoding="utf-8")
    codes = [(f.code, f.line) for f in validate(site_copy).findings]
    assert ("config-plugins", 8) in codes


def test_a_missing_docs_dir_is_a_finding_before_mkdocs_runs(site_copy: Path, capsys) -> None:
    (site_copy / "content").rename(site_copy / "pages")
    findings = validate(site_copy).findings
    assert [(f.code, f.path, f.line) for f in findings] == [("config-docs-dir", CONFIG, 3)]
    assert main(["-C", str(site_copy), "build"]) != 0
    out = capsys.readouterr()
    assert "site_config.yml:3:11: error[config-docs-dir]" in out.out + out.err
    assert "isn't an existing directory" not in out.out + out.err
    assert not (site_copy / "site").exists()


def test_a_build_with_a_bad_plugin_entry_stops_with_the_finding(site_copy: Path, capsys) -> None:
    _replace(site_copy, CONFIG, "plugins:\n", "plugins:\n  - 123\n")
    assert main(["-C", str(site_copy), "build"]) != 0
    out = capsys.readouterr()
    assert "site_config.yml:9:5: error[config-plugin]" in out.out + out.err
    assert "not a valid plugin name" not in out.out + out.err
