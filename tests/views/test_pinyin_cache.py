"""The names' pinyin keys kept between builds (generator.views.pinyin.recall/keep): a second build
does not load pypinyin (half a second of start-up), and gives the same site; a cache that is not
what it should be is worked out again."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from generator.views import pinyin
from tests.conftest import REPO

# a build in a fresh process, which says whether it loaded pypinyin
BUILD = """
import sys
from pathlib import Path
from generator.engine import mkdocs
from generator.options import BuildOptions
result = mkdocs.build(Path(sys.argv[1]), Path(sys.argv[2]), BuildOptions(workers=1))
assert result.built, result.report
print("pypinyin" in sys.modules)
"""


def _build(root: Path, output: Path) -> bool:
    done = subprocess.run(
        [sys.executable, "-c", BUILD, str(root), str(output)],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip().splitlines()[-1] == "True"


def _files(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*") if p.is_file()
    }


def test_a_second_build_takes_the_keys_from_the_cache_and_gives_the_same_site(
    site_copy: Path, tmp_path: Path
) -> None:
    assert _build(site_copy, tmp_path / "first") is True  # nothing kept yet: pypinyin loaded
    kept = json.loads((site_copy / ".cache" / "pinyin" / "pinyin.json").read_text("utf-8"))
    assert kept["keys"] and "阳" in kept["syllables"]["yang"]
    assert _build(site_copy, tmp_path / "second") is False
    assert _files(tmp_path / "first") == _files(tmp_path / "second")


def test_a_new_name_is_worked_out_and_kept(site_copy: Path, tmp_path: Path) -> None:
    _build(site_copy, tmp_path / "first")
    org = next((site_copy / "orgs").glob("*/org.yml"))
    text = org.read_text(encoding="utf-8")
    name = next(line for line in text.splitlines() if line.startswith("name:"))
    org.write_text(text.replace(name, "name: 重阳敬老志愿服务队", 1), encoding="utf-8")
    assert _build(site_copy, tmp_path / "second") is True
    kept = json.loads((site_copy / ".cache" / "pinyin" / "pinyin.json").read_text("utf-8"))
    assert kept["keys"]["重阳敬老志愿服务队"].startswith("chong2-yang2-")  # the phrase's reading
    assert _build(site_copy, tmp_path / "third") is False


@pytest.mark.parametrize(
    "stored",
    [
        "not json",
        {"made_by": "another version", "keys": {"甲": "zzz 甲"}},
        "RIGHT_MAKER_BAD_KEY",
    ],
)
def test_a_cache_that_is_not_right_is_not_used(
    tmp_path: Path, stored: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(pinyin._Known, "keys", dict(pinyin._Known.keys))  # this test's own
    monkeypatch.setattr(pinyin._Known, "syllables", None)
    name = "翠微巷读书角"  # a name no other test sorts
    folder = tmp_path / "cache"
    folder.mkdir()
    if stored == "RIGHT_MAKER_BAD_KEY":  # a key that is not the name's own
        stored = {"made_by": pinyin._maker(), "keys": {name: "a 另一个名字"}, "syllables": {}}
    body = stored if isinstance(stored, str) else json.dumps(stored, ensure_ascii=False)
    (folder / "pinyin.json").write_text(body, encoding="utf-8")
    pinyin.recall(folder)
    assert pinyin.sort_key(name).startswith("cui4-wei1-xiang4-")
    assert "阳" in pinyin.syllable_table()["yang"]
