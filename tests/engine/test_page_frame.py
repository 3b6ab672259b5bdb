"""Record pages rendered from the cached chrome are byte-identical to a full render."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from types import SimpleNamespace

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


def test_a_title_cannot_forge_the_frames_placeholders(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: a name holding the frame's placeholder text stays text in <title>; the page
    keeps its header and styles, once, and still equals a full render."""
    forged: list[str] = []
    original = records.render_pages

    def check(frame: MkDocsFrame, batches: list, **options: object) -> tuple[int, int]:
        result = original(frame, batches, **options)  # type: ignore[arg-type]
        spec = next(s for b in batches for s in b.specs if s.template in frame.body_templates)
        marks = "".join(f"\x00gongshi-{name}\x00" for name in ("body", "head", "title"))
        hostile = dataclasses.replace(
            spec, title=f"柳岸\x00gongshi-body\x00舞队{marks}", description=f"x{marks}"
        )
        fast, body = frame.render(hostile)
        assert body is not None  # the fast path was taken
        assert fast == frame.render_full(hostile)
        assert fast.count(body) == 1 and fast.count("<header") == frame.render(spec)[0].count(
            "<header"
        )
        assert fast.count("<title>") == 1 and "<title>柳岸\x00gongshi-body\x00舞队" in fast
        forged.append(spec.url)
        return result

    monkeypatch.setattr(pipeline, "render_pages", check)
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, tmp_path / "out").built
    assert forged


def test_pages_share_a_chrome_exactly_when_their_links_to_the_anchors_match() -> None:
    """The chrome's key is kept by a URL's depth and first parts (as many as the longest
    anchor has): it equals the key worked out from every part, for URLs that share long
    prefixes with the anchors, go deeper than them, or stop short of them."""

    def reference(anchors: list[list[str]], url: str) -> tuple:
        parts = url.split("/")[:-1]
        shared = []
        for anchor in anchors:
            count = 0
            while count < min(len(parts), len(anchor)) and parts[count] == anchor[count]:
                count += 1
            shared.append(count)
        return (len(parts), *shared)

    frame = MkDocsFrame(
        env=None, config=SimpleNamespace(site_dir="site"), nav=None, files=None, edit_url=str
    )
    anchors = [[], ["orgs"], ["annual", "2025"], ["annual", "2025", "d1"], ["policies", "a"]]
    urls = [
        "", "orgs/", "orgs/x/", "orgs/x/activities/a1/", "orgs/y/activities/a1/",
        "annual/", "annual/2025/", "annual/2025/d1/", "annual/2025/d2/", "annual/2024/d1/",
        "annual/2025/d1/more/deeper/", "policies/a/", "policies/b/", "policies/", "x/y/z/",
    ]  # fmt: skip
    for first in (anchors, anchors[::-1]):  # new anchors: keys worked out afresh
        frame.link_anchors(first)
        for url in urls + urls[::-1]:
            assert frame._shell_key(url) == reference(first, url), (first, url)
    frame.link_anchors([])
    assert frame._shell_key("orgs/x/") == (2,)
