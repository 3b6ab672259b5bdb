"""Record pages rendered from the cached chrome are byte-identical to a full render."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import publish
from generator.build import build

from .conftest import SITES


def test_fast_pages_equal_full_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[str] = []
    original = publish.render_pages

    def check(state: publish.BuildState, specs: list) -> tuple[int, int]:
        result = original(state, specs)
        assert state.shells and all(state.shells.values())  # the fast path was taken

        for spec in specs:
            if spec.template in state.body_templates:
                assert publish.render_fast(state, spec) == publish.render_full(state, spec), (
                    spec.url
                )
                compared.append(spec.kind)
        return result

    monkeypatch.setattr(publish, "render_pages", check)
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, tmp_path / "out").built
    assert {"organization", "project", "activity", "index"} <= set(compared)
