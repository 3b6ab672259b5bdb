"""Content pages' Markdown converted once (generator.engine.rendered): a rebuild takes each page's
conversion from the cache while its text, the files it may link to and the Markdown settings
are the same, says again what MkDocs said of it, and the site always equals a clean build."""

from __future__ import annotations

import json
import logging
import shutil
from pathlib import Path

import pytest

from generator.engine import rendered
from generator.engine.rendered import FILE, pure
from tests.conftest import SITES, build
from tests.engine.test_kept import _same_as_clean

GUIDELINE = "content/policies/guideline.md"


def _site(tmp_path: Path) -> tuple[Path, Path]:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    return repo, tmp_path / "out"


def _converted(repo: Path, out: Path) -> int:
    result = build(repo, out)
    assert result.built, result.report.render("text")
    return int(result.stats["content_converted"])  # type: ignore[call-overload]


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


def test_a_rebuild_converts_only_the_pages_whose_text_changed(tmp_path: Path) -> None:
    repo, out = _site(tmp_path)
    pages = _converted(repo, out)
    assert pages >= 3  # the home page, the policy, the navigation's index pages
    _append(repo / "orgs/yangguang/org.yml", "")  # touched, nothing else
    assert _converted(repo, out) == 0
    _same_as_clean(repo, out, tmp_path, "kept")

    _append(repo / GUIDELINE, "\n## 新增一节\n\n本节为新增内容。\n")
    assert _converted(repo, out) == 1
    html = (out / "policies/guideline/index.html").read_text(encoding="utf-8")
    assert "本节为新增内容" in html
    _same_as_clean(repo, out, tmp_path, "edited")


def test_a_new_file_or_other_settings_convert_every_page_again(tmp_path: Path) -> None:
    """Links resolve against the build's files, and the Markdown settings shape every page."""
    repo, out = _site(tmp_path)
    pages = _converted(repo, out)
    (repo / "content/about.md").write_text("# 关于本站\n\n正文。\n", "utf-8")
    assert _converted(repo, out) == pages + 1
    _same_as_clean(repo, out, tmp_path, "file")
    config = repo / "site_config.yml"
    assert "markdown_extensions" not in config.read_text(encoding="utf-8")
    _append(config, "markdown_extensions:\n  - toc:\n      permalink: true\n")
    assert _converted(repo, out) == pages + 1
    assert 'class="headerlink"' in (out / "policies/guideline/index.html").read_text("utf-8")
    _same_as_clean(repo, out, tmp_path, "settings")


def test_what_mkdocs_said_of_a_page_is_said_again(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    """A broken link's warning is logged by every build, converted or not."""
    repo, out = _site(tmp_path)
    _append(repo / GUIDELINE, "\n见[旧版细则](old-guideline.md)。\n")
    for expected in (1, 0):
        caplog.clear()
        with caplog.at_level(logging.INFO, logger="mkdocs"):
            converted = _converted(repo, out)
        assert (converted > 0) == bool(expected)
        said = [r for r in caplog.records if "old-guideline.md" in r.getMessage()]
        assert len(said) == 1, [r.getMessage() for r in caplog.records]
        assert said[0].levelno == logging.WARNING  # MkDocs' level for a link not found


def test_a_damaged_cache_is_converted_again(tmp_path: Path) -> None:
    repo, out = _site(tmp_path)
    pages = _converted(repo, out)
    stored = repo / ".cache" / "content" / FILE
    data = json.loads(stored.read_text(encoding="utf-8"))
    for entry in data["pages"].values():
        entry["toc"] = [{"title": 1}]  # not of the shape written
    stored.write_text(json.dumps(data), "utf-8")
    assert _converted(repo, out) == pages
    stored.write_text("{not json", "utf-8")
    assert _converted(repo, out) == pages
    stored.write_text(json.dumps({"format": 1, "pages": [1, 2]}), "utf-8")
    assert _converted(repo, out) == pages
    _same_as_clean(repo, out, tmp_path, "damaged")


def test_without_the_cache_nothing_is_kept(tmp_path: Path) -> None:
    repo, out = _site(tmp_path)
    assert build(repo, out, use_cache=False).built
    assert not (repo / ".cache" / "content" / FILE).exists()


def test_only_extensions_that_read_nothing_but_the_page() -> None:
    assert pure(["toc", "tables", "markdown.extensions.abbr", "generator.engine.glossary"])
    assert pure(["pymdownx.details", "pymdownx.superfences"])
    assert not pure(["pymdownx.snippets"])  # includes other files
    assert not pure(["someones.extension"])
    assert not pure([object()])


def test_another_mkdocs_converts_every_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A MkDocs whose conversion may set more than what is kept: nothing is kept."""
    repo, out = _site(tmp_path)
    assert rendered.supported()  # the MkDocs the project pins
    monkeypatch.setattr(rendered, "KNOWN_MKDOCS", ("0.9.",))
    assert not rendered.supported()
    for _ in range(2):
        result = build(repo, out)
        assert result.built
        assert "content_converted" not in result.stats  # MkDocs converted them, as before
    assert not (repo / ".cache" / "content" / FILE).exists()
