"""Record pages rendered from the cached chrome are byte-identical to a full render."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator import pipeline
from generator.engine.frame import MkDocsFrame
from generator.render import filters as render
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


PIECES = [
    *"养老服务社区志愿者，。、；：“”（）！？—…《》abcXYZ0123456789 ,;'\"?%/@$^",
    *["\n", "\n\n", "\n \n", "\u3000", "\u00a0", "\u2028", "\x85", "\u200b", "😀", "\t"],
    *["*", "1.", "-", "&", "<", "  \n"],
]
PROSE = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=3000, deadline=None)
@given(PROSE)
def test_plain_prose_shortcut_equals_markdown(text: str) -> None:
    """Plain paragraphs skip Python-Markdown; whatever the text, the result is the full path's."""
    assert render.markdown(text) == render.full_markdown(text)
