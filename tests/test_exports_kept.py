"""Open data made again only when its data changed (generator.exports.kept): on a real fixture
site, a second build takes the tables, schemas and feeds whose data did not change from the
cache and writes the same bytes a build without the cache writes; an edit makes again exactly
what shows it; a damaged cache entry is made again, never published; what a build no longer
makes leaves the cache."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

from generator.exports.kept import INDEX, KeptExports, key_of
from tests.conftest import build

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"


def _exports(site: Path) -> dict[str, bytes]:
    """The files the exports write (open data, schemas, feeds), by path."""
    found = [*site.glob("data/*.json"), *site.glob("data/*.csv"), *site.glob("schema/*.json")]
    found += site.glob("orgs/*/feed.xml")
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(found)}


def _cache(repo: Path) -> Path:
    return repo / ".cache" / "pages" / "exports"


def _twice(repo: Path, tmp: Path) -> tuple[dict, dict]:
    first = build(repo, tmp / "out", workers=1)
    second = build(repo, tmp / "out", workers=1)
    assert first.built and second.built
    return first.stats, second.stats


def test_a_second_build_keeps_every_export_and_writes_the_same_bytes(
    site_copy: Path, tmp_path: Path
) -> None:
    first, second = _twice(site_copy, tmp_path)
    assert first["exports_kept"] == 0 and first["exports_made"] > 10
    assert second["exports_made"] == 0
    assert second["exports_kept"] == first["exports_made"]
    fresh = build(site_copy, tmp_path / "fresh", use_cache=False, workers=1)
    assert fresh.built
    assert _exports(tmp_path / "out") == _exports(tmp_path / "fresh")
    assert "data/activities.csv" in _exports(tmp_path / "out")


def test_an_edit_makes_again_what_shows_it_and_nothing_else(
    site_copy: Path, tmp_path: Path
) -> None:
    _twice(site_copy, tmp_path)
    activity = site_copy / ACTIVITY
    activity.write_text(
        activity.read_text(encoding="utf-8").replace("五月义诊进社区", "五月义诊和理发进社区"),
        encoding="utf-8",
    )
    edited = build(site_copy, tmp_path / "out", workers=1)
    assert edited.built
    # the activities table (CSV and JSON together) and the organization's feed: two groups
    assert edited.stats["exports_made"] == 2, edited.stats
    out = tmp_path / "out"
    assert "五月义诊和理发进社区" in (out / "orgs/yangguang/feed.xml").read_text(encoding="utf-8")
    assert "五月义诊和理发进社区" in (out / "data/activities.csv").read_text(encoding="utf-8-sig")
    assert build(site_copy, tmp_path / "fresh", use_cache=False, workers=1).built
    assert _exports(out) == _exports(tmp_path / "fresh")


def test_a_damaged_cache_entry_is_made_again_never_published(
    site_copy: Path, tmp_path: Path
) -> None:
    _twice(site_copy, tmp_path)
    stored = [p for p in _cache(site_copy).rglob("*") if p.is_file() and p.name != INDEX]
    assert stored
    for path in stored:  # every kept file overwritten with something else
        path.write_bytes(b"<script>alert(1)</script>")
    again = build(site_copy, tmp_path / "out", workers=1)
    assert again.built and again.stats["exports_kept"] == 0
    # the damaged files are replaced: the build after keeps everything again
    assert build(site_copy, tmp_path / "out", workers=1).stats["exports_made"] == 0
    assert build(site_copy, tmp_path / "fresh", use_cache=False, workers=1).built
    assert _exports(tmp_path / "out") == _exports(tmp_path / "fresh")
    # an index that is not ours (another format, not a dict) is ignored the same way
    (_cache(site_copy) / INDEX).write_text(json.dumps(["not", "an", "index"]), encoding="utf-8")
    assert build(site_copy, tmp_path / "out", workers=1).stats["exports_kept"] == 0


def test_what_a_build_no_longer_makes_leaves_the_cache(site_copy: Path, tmp_path: Path) -> None:
    """An activity deleted: the feed that listed it is made again and the old feed's bytes (its
    title and description) are deleted from the cache, not kept beside the new ones."""
    _twice(site_copy, tmp_path)

    def cached_text() -> str:
        return "".join(
            p.read_bytes().decode("utf-8", "replace")
            for p in _cache(site_copy).rglob("*")
            if p.is_file() and p.name != INDEX
        )

    assert "社区卫生服务站的医生为老人量血压" in cached_text()
    (site_copy / ACTIVITY).unlink()
    for photo in (site_copy / ACTIVITY.removesuffix(".yml")).iterdir():
        photo.unlink()
    (site_copy / ACTIVITY.removesuffix(".yml")).rmdir()
    assert build(site_copy, tmp_path / "out", workers=1).built
    assert "社区卫生服务站的医生为老人量血压" not in cached_text()
    index = json.loads((_cache(site_copy) / INDEX).read_text(encoding="utf-8"))
    assert "feed orgs/yangguang/" in index["groups"]


def test_without_the_cache_nothing_is_kept(site_copy: Path, tmp_path: Path) -> None:
    for _ in range(2):
        result = build(site_copy, tmp_path / "out", use_cache=False, workers=1)
        assert result.stats["exports_kept"] == 0 and result.stats["exports_made"] > 10
    assert not _cache(site_copy).exists()


def test_keys_tell_apart_values_that_print_alike() -> None:
    """A date and its text, a Decimal and an int, True and 1 write different CSV cells (or
    could): they never share a key."""
    assert key_of([{"on": date(2024, 5, 12)}]) != key_of([{"on": "2024-05-12"}])
    assert key_of([{"cny": Decimal("5.00")}]) != key_of([{"cny": 5}])
    assert key_of([{"cny": Decimal("5.00")}]) != key_of([{"cny": Decimal("5")}])
    assert key_of([{"listed": True}]) != key_of([{"listed": 1}])
    assert key_of([{"a": 1, "b": 2}]) != key_of([{"b": 2, "a": 1}])  # column order
    assert key_of([{"on": date(2024, 5, 12)}]) == key_of([{"on": date(2024, 5, 12)}])


def test_a_group_is_made_once_per_key(tmp_path: Path) -> None:
    calls: list[str] = []

    def make() -> dict[str, bytes]:
        calls.append("made")
        return {"data/x.csv": b"a,b\r\n"}

    paths = ("data/x.csv",)
    first = KeptExports(tmp_path)
    assert first.files("table x", "k1", paths, make) == {"data/x.csv": b"a,b\r\n"}
    first.save()
    second = KeptExports(tmp_path)
    assert second.files("table x", "k1", paths, make) == {"data/x.csv": b"a,b\r\n"}
    assert second.files("table y", "k1", paths, make)  # another group
    assert KeptExports(tmp_path).files("table x", "k2", paths, make)  # another key
    assert calls == ["made", "made", "made"]


def test_the_cache_never_names_where_a_file_goes(tmp_path: Path) -> None:
    """An index that lists other paths for a group (a cache written by someone who wants a file
    of their own on the site) is not used: only the paths the build asks for are taken."""
    kept = KeptExports(tmp_path)
    kept.files("table x", "k1", ("data/x.csv",), lambda: {"data/x.csv": b"a\r\n"})
    kept.save()
    index = json.loads((tmp_path / INDEX).read_text(encoding="utf-8"))
    key, hashes = index["groups"]["table x"]
    index["groups"]["table x"] = [key, {"index.html": hashes["data/x.csv"]}]
    (tmp_path / INDEX).write_text(json.dumps(index), encoding="utf-8")
    again = KeptExports(tmp_path)
    assert again.files("table x", "k1", ("data/x.csv",), lambda: {"data/x.csv": b"b\r\n"}) == {
        "data/x.csv": b"b\r\n"
    }
    assert again.kept == 0
