"""The record pages' chrome kept between processes (generator.engine.shells): a new build finds
it in the pages' cache under the frame's key, and ignores a file of any other shape or key."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.engine import frame
from generator.engine.shells import NAME, load_shells, save_shells
from tests.conftest import SITES, build

SLOTS = ("title", "description", "canonical", "head", "body")
CHROME = ("<html><title>", None, "</title>", None, "</html>")


def test_the_chrome_is_read_back_as_it_was_kept(tmp_path: Path) -> None:
    path = tmp_path / NAME
    shells = {(2, 0, 1): (CHROME, ("title", "body")), (3, 1, 0): None}
    save_shells(path, "key", shells)
    assert load_shells(path, "key", SLOTS) == shells
    assert load_shells(path, "another key", SLOTS) == {}  # other code, settings or navigation
    assert load_shells(None, "key", SLOTS) == {}  # no cache (--no-cache)
    assert load_shells(tmp_path / "missing.json", "key", SLOTS) == {}


@pytest.mark.parametrize(
    "item",
    [
        [[2, 0], [["<p>", None], ["script"]]],  # a placeholder of no known name
        [[2, 0], [["<p>", None, None], ["body"]]],  # more gaps than names
        [[2, 0], [["<p>", 3], []]],  # a part that is not text
        [[True, 0], [["<p>"], []]],  # a key that is not numbers
        [[], [["<p>"], []]],  # no key
        [[2, 0], "<p>"],
        [[2, 0]],
        "x",
    ],
)
def test_a_file_of_another_shape_is_ignored_whole(tmp_path: Path, item: object) -> None:
    path = tmp_path / NAME
    good = [[2, 0, 1], [list(CHROME), ["title", "body"]]]
    path.write_text(json.dumps({"format": 1, "key": "key", "shells": [good, item]}), "utf-8")
    assert load_shells(path, "key", SLOTS) == {}
    path.write_text("{not json", "utf-8")
    assert load_shells(path, "key", SLOTS) == {}


def test_a_new_process_builds_from_the_kept_chrome(tmp_path: Path) -> None:
    """The first build keeps its chrome in the pages' cache; a build in a new process (nothing
    in memory) renders its pages into that chrome instead of making it again: shown here by a
    mark put into the kept text, which only the kept chrome carries. A changed key (another
    navigation, here a setting) makes the chrome afresh."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    out = tmp_path / "out"
    frame.SHELLS.clear()
    assert build(repo, out).built
    path = repo / ".cache" / "pages" / NAME
    stored = json.loads(path.read_text("utf-8"))
    assert stored["shells"] and all(value is not None for _, value in stored["shells"])
    for _, (parts, _names) in stored["shells"]:
        parts[-1] = parts[-1].replace("</html>", "<!-- kept -->\n</html>")
    path.write_text(json.dumps(stored), "utf-8")
    org = repo / "orgs" / "yangguang" / "org.yml"
    org.write_text(org.read_text("utf-8").replace("purpose: ", "purpose: 改", 1), "utf-8")
    frame.SHELLS.clear()  # as a new `gongshi build` starts
    assert build(repo, out).built
    page = (out / "orgs" / "yangguang" / "index.html").read_text("utf-8")
    assert "<p>改" in page and "<!-- kept -->" in page
    config = repo / "site_config.yml"
    config.write_text(config.read_text("utf-8") + "\n# 改动\n", "utf-8")
    frame.SHELLS.clear()
    assert build(repo, out).built
    assert "<!-- kept -->" not in (out / "orgs" / "yangguang" / "index.html").read_text("utf-8")
    assert "<!-- kept -->" not in path.read_text("utf-8")
