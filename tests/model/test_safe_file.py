"""A file a record names (generator.model.checks_fields.safe_file): inside its folder and
present, told with one lstat a part when no part is a symbolic link, and resolved whole when
one is; either way the answer a whole resolution gives."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from types import SimpleNamespace

import pytest

from generator.model.checks_fields import leads_elsewhere, safe_file


def _whole(folder: Path, name: str) -> tuple[Path | None, str]:
    """The answer of resolving every path whole (safe_file before it took the short way)."""
    candidate = folder / name
    try:
        resolved = candidate.resolve(strict=False)
        inside = resolved.is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        return None, "outside"
    if not inside or (
        candidate.is_symlink() and not candidate.resolve().is_relative_to(folder.resolve())
    ):
        return None, "outside"
    if not candidate.is_file():
        return None, "missing"
    return candidate, ""


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    if os.name == "nt":
        pytest.skip("symbolic links")
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.jpg").write_bytes(b"x")
    folder = tmp_path / "repo" / "orgs" / "a" / "activities" / "x"
    (folder / "sub").mkdir(parents=True)
    (folder / "001.jpg").write_bytes(b"x")
    (folder / "sub" / "002.jpg").write_bytes(b"x")
    (folder / "dir.jpg").mkdir()
    (folder / "inside-link.jpg").symlink_to(folder / "001.jpg")
    (folder / "outside-link.jpg").symlink_to(outside / "secret.jpg")
    (folder / "linked-sub").symlink_to(outside)
    (folder / "broken.jpg").symlink_to(tmp_path / "nowhere.jpg")
    (folder / "loop.jpg").symlink_to(folder / "loop.jpg")
    (folder / "file-as-folder").write_bytes(b"x")
    return folder


NAMES = [
    "001.jpg",
    "sub/002.jpg",
    "missing.jpg",
    "sub/missing.jpg",
    "dir.jpg",
    "inside-link.jpg",
    "outside-link.jpg",
    "linked-sub/secret.jpg",
    "linked-sub/missing.jpg",
    "broken.jpg",
    "loop.jpg",
    "file-as-folder/001.jpg",
    "a\0.jpg",
    "sub/\0.jpg",
]


@pytest.mark.parametrize("name", NAMES)
def test_the_short_way_gives_what_resolving_whole_gives(folder: Path, name: str) -> None:
    assert safe_file(folder, name) == _whole(folder, name)


def test_what_each_name_is(folder: Path) -> None:
    found = {name: safe_file(folder, name)[1] for name in NAMES}
    assert found == {
        "001.jpg": "",
        "sub/002.jpg": "",
        "missing.jpg": "missing",
        "sub/missing.jpg": "missing",
        "dir.jpg": "missing",
        "inside-link.jpg": "",
        "outside-link.jpg": "outside",
        "linked-sub/secret.jpg": "outside",
        "linked-sub/missing.jpg": "outside",
        "broken.jpg": "outside",
        "loop.jpg": "outside",
        "file-as-folder/001.jpg": "missing",
        "a\0.jpg": "outside",  # a NUL no file name can hold (YAML's "\0"): never a crash
        "sub/\0.jpg": "outside",
    }
    assert safe_file(folder, "001.jpg")[0] == folder / "001.jpg"


def test_a_windows_junction_is_a_link_too() -> None:
    """lstat() on Windows calls a junction a folder, with the reparse point in its attributes:
    it is resolved whole like a symbolic link, never taken as inside."""
    folder = SimpleNamespace(st_mode=stat.S_IFDIR | 0o755, st_file_attributes=0x10)
    junction = SimpleNamespace(
        st_mode=stat.S_IFDIR | 0o755,
        st_file_attributes=0x10 | stat.FILE_ATTRIBUTE_REPARSE_POINT,
    )
    link = SimpleNamespace(st_mode=stat.S_IFLNK | 0o777)
    assert not leads_elsewhere(folder)  # type: ignore[arg-type]
    assert leads_elsewhere(junction)  # type: ignore[arg-type]
    assert leads_elsewhere(link)  # type: ignore[arg-type]
