"""Content pages kept (generator.engine.kept): a rebuild links the pages of content/ and 404
from the previous output when nothing they are made from changed, and renders them
again when their text, the theme's overrides or what their templates show changed; the site
always equals a clean build."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import REPO, SITES, build
from tests.test_build import _tree_digest

CONTENT = ("levels/index.html", "policies/guideline/index.html", "404.html")


def _inodes(output: Path) -> dict[str, int]:
    return {name: (output / name).stat().st_ino for name in CONTENT}


def _same_as_clean(repo: Path, output: Path, tmp: Path, name: str) -> None:
    clean = build(repo, tmp / f"clean-{name}", cache_dir=tmp / f"cache-{name}")
    assert clean.built
    assert _tree_digest(output) == _tree_digest(tmp / f"clean-{name}")


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_content_pages_are_kept_until_what_they_show_changes(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, out).built
    first = _inodes(out)
    # a record's text no content page shows: every content page linked, not rendered
    _edit(repo / "orgs/yangguang/org.yml", "陪伴服务。", "陪伴和读报服务。")
    assert build(repo, out).built
    assert _inodes(out) == first
    assert "读报" in (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    _same_as_clean(repo, out, tmp_path, "record")

    # a content page's text: that page and every other (their navigation may show it)
    (repo / "content/index.md").write_text(
        (repo / "content/index.md").read_text(encoding="utf-8") + "\n本站新增说明。\n", "utf-8"
    )
    assert build(repo, out).built
    assert "本站新增说明" in (out / "index.html").read_text(encoding="utf-8")
    # the navigation of every page shows the home page's title: all are rendered again
    assert all(a != b for a, b in zip(_inodes(out).values(), first.values(), strict=True))
    _same_as_clean(repo, out, tmp_path, "content")


def test_a_theme_override_renders_the_content_pages_again(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, out).built
    override = repo / "theme" / "gongshi" / "policy.html"
    override.parent.mkdir(parents=True)
    (repo / "theme" / "README.md").write_text("本站模板\n", encoding="utf-8")
    _edit(repo / "site_config.yml", "  name: material\n", "  name: material\n  custom_dir: theme\n")
    assert build(repo, out).built
    before = _inodes(out)
    shutil.copy(REPO / "generator" / "templates" / "gongshi" / "policy.html", override)
    _edit(override, '<article class="gs-policy"', '<article data-site="本站覆盖" class="gs-policy"')
    assert build(repo, out).built
    assert "本站覆盖" in (out / "policies/guideline/index.html").read_text(encoding="utf-8")
    assert _inodes(out)["levels/index.html"] != before["levels/index.html"]
    _same_as_clean(repo, out, tmp_path, "override")


def test_without_caches_every_content_page_is_rendered(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "out"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, out).built
    first = _inodes(out)
    assert build(repo, out, use_cache=False).built
    assert all(a != b for a, b in zip(_inodes(out).values(), first.values(), strict=True))


def test_a_page_altered_in_the_output_is_rendered_again(tmp_path: Path) -> None:
    """The manifest names the file it recorded: an output file altered since is not kept."""
    repo, out = tmp_path / "repo", tmp_path / "out"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, out).built
    page = out / "policies/guideline/index.html"
    page.write_bytes(page.read_bytes().replace(b"</body>", b"<i>x</i></body>"))
    assert build(repo, out).built
    assert b"<i>x</i>" not in page.read_bytes()
    _same_as_clean(repo, out, tmp_path, "altered")


def test_a_broken_manifest_keeps_nothing(tmp_path: Path) -> None:
    """The manifest is data checked on reading: garbage, or entries of the wrong shape, and
    every content page is rendered."""
    repo, out = tmp_path / "repo", tmp_path / "out"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, out).built
    first = _inodes(out)
    manifests = sorted((repo / ".cache" / "content").glob("*.json"))
    assert manifests
    for text in ('{"format": 1, "output": "x", "files": []}', "[[[", '{"files": {"404.html": 1}}'):
        for manifest in manifests:
            manifest.write_text(text, encoding="utf-8")
        assert build(repo, out).built
        now = _inodes(out)
        assert all(now[name] != first[name] for name in CONTENT)
        first = now
    _same_as_clean(repo, out, tmp_path, "broken")
