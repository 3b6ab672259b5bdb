"""Swapping a build into its output (generator.render.outputs) when the system refuses a rename
for a while: Windows renames no folder while a file in it is open, which the preview's server
does as it sends a page."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.render import outputs


def _site(folder: Path, text: str) -> Path:
    folder.mkdir()
    (folder / "index.html").write_text(text, encoding="utf-8")
    return folder


def test_a_swap_waits_while_a_file_of_the_output_is_in_use(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _site(tmp_path / "site", "old")
    staging = _site(tmp_path / ".site.building-1", "new")
    rename, refusals = os.rename, []

    def in_use(source: object, target: object) -> None:
        if Path(str(source)) == output and len(refusals) < 3:
            refusals.append(source)
            raise PermissionError(13, "The process cannot access the file")
        rename(source, target)

    monkeypatch.setattr(outputs.os, "rename", in_use)
    assert outputs.swap(staging, output) is None
    assert len(refusals) == 3
    assert (output / "index.html").read_text(encoding="utf-8") == "new"
    assert not staging.exists()


def test_a_swap_refused_for_good_leaves_the_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = _site(tmp_path / "site", "old")
    staging = _site(tmp_path / ".site.building-1", "new")
    rename = os.rename

    def refused(source: object, target: object) -> None:
        if Path(str(source)) == output:
            raise PermissionError(13, "The process cannot access the file")
        rename(source, target)

    monkeypatch.setattr(outputs.os, "rename", refused)
    monkeypatch.setattr(outputs, "IN_USE_TRIES", 3)
    with pytest.raises(PermissionError):
        outputs.swap(staging, output)
    assert (output / "index.html").read_text(encoding="utf-8") == "old"
    assert (staging / "index.html").read_text(encoding="utf-8") == "new"
