"""Record pages rendered from the cached chrome are byte-identical to a full render."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator import pipeline
from generator.engine.frame import MkDocsFrame
from generator.render import records
from tests.conftest import SITES, build


def test_fast_pages_equal_full_renders(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    compared: list[str] = []
    original = records.render_pages

    def check(frame: MkDocsFrame, batches: list, **options: object) -> tuple[int, int]:
        result = original(frame, batches, **options)  # type: ignore[arg-type]
        assert frame.shells and all(frame.shells.values())  # the fast path was taken

        for spec in (spec for batch in batches for spec in batch.specs):
            if spec.template in frame.body_templates:
                assert frame.render_fast(spec) == frame.render_full(spec), spec.url
                compared.append(spec.kind)
        return result

    monkeypatch.setattr(pipeline, "render_pages", check)
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, tmp_path / "out").built
    assert {"organization", "project", "activity", "index"} <= set(compared)
