"""The theme's files as MkDocs copies them (generator.engine.themefiles): the same files as
Jinja's own listing gives, without walking Material's icons, and the repository's theme folder
read again on every build."""

from __future__ import annotations

import shutil
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.structure.files import Files

from generator.engine import themefiles
from tests.conftest import REPO


def _copied(config: object) -> list[tuple[str, str]]:
    """What MkDocs copies from the theme: (name, the folder it comes from)."""
    files = Files([])
    files.add_files_from_theme(config.theme.get_env(), config)  # type: ignore[attr-defined]
    return [(file.src_uri, file.abs_src_path) for file in files]


def _config(root: Path, site: Path) -> object:
    return load_config(str(root / "site_config.yml"), site_dir=str(site))


def test_the_same_theme_files_are_copied_as_from_jinjas_listing(tmp_path: Path) -> None:
    plain = _config(REPO, tmp_path / "a")
    listed = _config(REPO, tmp_path / "b")
    themefiles.list_visible(listed.theme)  # type: ignore[attr-defined]
    expected = _copied(plain)
    assert expected == _copied(listed)
    assert any(name.endswith(".css") for name, _ in expected)
    assert not any("/." in name or name.startswith(".") for name, _ in expected)
    # and hidden templates are still found by name
    env = listed.theme.get_env()  # type: ignore[attr-defined]
    assert env.loader.get_source(env, ".icons/material/home.svg")[0].startswith("<svg")


def test_the_repositorys_theme_folder_is_read_again_each_build(tmp_path: Path) -> None:
    root = tmp_path / "repo"
    root.mkdir()
    shutil.copy(REPO / "site_config.yml", root / "site_config.yml")
    shutil.copytree(REPO / "theme", root / "theme")
    (root / "content").mkdir()
    config = _config(root, tmp_path / "site")
    themefiles.list_visible(config.theme)  # type: ignore[attr-defined]
    before = dict(_copied(config))
    (root / "theme" / "extra.css").write_text("body{}", encoding="utf-8")
    (root / "theme" / ".hidden.css").write_text("body{}", encoding="utf-8")
    after = dict(_copied(config))
    assert set(after) - set(before) == {"extra.css"}
    assert after["extra.css"] == str(root / "theme" / "extra.css")


def test_an_installed_theme_is_walked_once_per_process(tmp_path: Path) -> None:
    installed = tmp_path / "installed"
    (installed / "assets").mkdir(parents=True)
    (installed / "assets" / "a.js").write_text("", encoding="utf-8")
    (installed / ".icons").mkdir()
    (installed / ".icons" / "x.svg").write_text("", encoding="utf-8")
    edited = tmp_path / "edited"
    edited.mkdir()
    (edited / "b.css").write_text("", encoding="utf-8")
    folders = (str(edited), str(installed))
    first = themefiles.visible(folders, frozenset({str(edited)}))
    assert first == ["assets/a.js", "b.css"]
    (installed / "assets" / "later.js").write_text("", encoding="utf-8")
    (edited / "c.css").write_text("", encoding="utf-8")
    assert themefiles.visible(folders, frozenset({str(edited)})) == [
        "assets/a.js",
        "b.css",
        "c.css",
    ]
