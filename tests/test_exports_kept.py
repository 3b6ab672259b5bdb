"""Open data made again only when its data changed (generator.exports.kept): on a real fixture
site, a second build takes the tables, schemas and feeds whose data did not change from the
cache and writes the same bytes a build without the cache writes; an edit makes again exactly
what shows it; a damaged cache entry is made again, never published; what a build no longer
makes leaves the cache."""

from __future__ import annotations

import errno
import json
import os
import shutil
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from generator.exports.downloads import write_downloads
from generator.exports.kept import INDEX, Files, KeptExports, key_of, place
from generator.findings import Report
from generator.model.load import load_site
from generator.views.annual import annual_view
from tests.conftest import REPO, build

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"


def _exports(site: Path) -> dict[str, bytes]:
    """The files the exports write (open data, schemas, feeds), by path."""
    found = [*site.glob("data/*.json"), *site.glob("data/*.csv"), *site.glob("schema/*.json")]
    found += site.glob("orgs/*/feed.xml")
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(found)}


def _bytes(files: Files) -> dict[str, bytes]:
    """A group's files as bytes (kept ones are the cache's files, to be linked)."""
    return {k: v if isinstance(v, bytes) else v.read_bytes() for k, v in files.items()}


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


def test_keys_depend_on_values_not_on_which_are_one_object() -> None:
    """An organization's name in each row of its activities is one object in one build and
    equal texts in another (read from the cache): the same key, or every table is made again."""
    name = "阳光助老服务队"
    again = "".join(list(name))
    assert again is not name
    rows = [{"org_name": name, "on": date(2024, 5, 12)}, {"org_name": name, "on": None}]
    copies = [{"org_name": again, "on": date(2024, 5, 12)}, {"org_name": name, "on": None}]
    assert key_of("activities", rows) == key_of("activities", copies)
    assert key_of("activities", rows) != key_of("activities", rows[:1])


def test_a_group_is_made_once_per_key(tmp_path: Path) -> None:
    calls: list[str] = []

    def make() -> dict[str, bytes]:
        calls.append("made")
        return {"data/x.csv": b"a,b\r\n"}

    paths = ("data/x.csv",)
    first = KeptExports(tmp_path)
    assert _bytes(first.files("table x", "k1", paths, make)) == {"data/x.csv": b"a,b\r\n"}
    first.save()
    second = KeptExports(tmp_path)
    assert _bytes(second.files("table x", "k1", paths, make)) == {"data/x.csv": b"a,b\r\n"}
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
    made = again.files("table x", "k1", ("data/x.csv",), lambda: {"data/x.csv": b"b\r\n"})
    assert _bytes(made) == {"data/x.csv": b"b\r\n"}
    assert again.kept == 0


def test_kept_files_are_linked_and_checked_again_when_the_cache_comes_back_new(
    tmp_path: Path,
) -> None:
    """A kept file is hard-linked into the site, not read and written. It is trusted without
    reading while it is the file the index describes; a cache restored in CI (the same bytes in
    new files) is checked by hash once, then trusted again; a file that changed is made again."""
    cache, site = tmp_path / "cache", tmp_path / "site"
    make = lambda: {"data/x.csv": b"a,b\r\n"}  # noqa: E731
    first = KeptExports(cache)
    place(site, first.files("table x", "k1", ("data/x.csv",), make))
    first.save()
    second = KeptExports(cache)
    files = second.files("table x", "k1", ("data/x.csv",), make)
    place(site / "2", files)
    source = files["data/x.csv"]
    assert isinstance(source, Path) and second.kept == 1
    assert (site / "2/data/x.csv").stat().st_ino == source.stat().st_ino
    second.save()
    restored = tmp_path / "restored"
    shutil.copytree(cache, restored)  # new inodes, times kept
    third = KeptExports(restored)
    assert _bytes(third.files("table x", "k1", ("data/x.csv",), make)) == make()
    assert third.kept == 1
    third.save()
    stamps = json.loads((restored / INDEX).read_text(encoding="utf-8"))["stamps"]
    (content,) = stamps
    assert stamps[content][0] == (restored / content[:2] / content).stat().st_ino
    (restored / content[:2] / content).write_bytes(b"a,c\r\n")  # same size, new content
    fourth = KeptExports(restored)
    assert _bytes(fourth.files("table x", "k1", ("data/x.csv",), make)) == make()
    assert fourth.kept == 0


def test_placing_a_file_never_writes_into_the_one_there(tmp_path: Path) -> None:
    """In a staging folder a file may be a hard link to the live site's: it is replaced."""
    live = tmp_path / "live.csv"
    live.write_bytes(b"live\r\n")
    (tmp_path / "staging/data").mkdir(parents=True)
    os.link(live, tmp_path / "staging/data/x.csv")
    place(tmp_path / "staging", {"data/x.csv": b"new\r\n"})
    assert live.read_bytes() == b"live\r\n"
    assert (tmp_path / "staging/data/x.csv").read_bytes() == b"new\r\n"


def test_a_kept_file_replaces_the_one_there_and_gets_its_folder(tmp_path: Path) -> None:
    """A kept file is linked in place of the file there (the live site's, through a link: left
    as it was), and into a folder the site does not have yet."""
    live = tmp_path / "live.csv"
    live.write_bytes(b"live\r\n")
    (tmp_path / "staging/data").mkdir(parents=True)
    os.link(live, tmp_path / "staging/data/x.csv")
    kept = tmp_path / "cache.csv"
    kept.write_bytes(b"kept\r\n")
    place(tmp_path / "staging", {"data/x.csv": kept, "orgs/new/feed.xml": kept})
    assert live.read_bytes() == b"live\r\n"
    for placed in ("data/x.csv", "orgs/new/feed.xml"):
        assert (tmp_path / "staging" / placed).stat().st_ino == kept.stat().st_ino


def test_a_kept_file_is_copied_where_the_cache_is_on_another_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A site built onto another disk than its cache cannot take hard links: the kept file is
    copied, with the same bytes, and the cache's file stays as it was."""
    source = tmp_path / "cache" / "x.csv"
    source.parent.mkdir()
    source.write_bytes(b"a,b\r\n")

    def no_link(*_: object) -> None:
        raise OSError(errno.EXDEV, "Invalid cross-device link")

    monkeypatch.setattr(os, "link", no_link)
    place(tmp_path / "site", {"data/x.csv": source})
    copied = tmp_path / "site" / "data" / "x.csv"
    assert copied.read_bytes() == b"a,b\r\n"
    assert copied.stat().st_ino != source.stat().st_ino
    assert source.read_bytes() == b"a,b\r\n"


def test_stamps_of_another_shape_are_not_trusted(tmp_path: Path) -> None:
    """An index whose stamps are not [inode, size, time] (edited by hand, or by someone who
    wants a file trusted unread) keeps nothing and raises nothing: the files are made again."""
    make = lambda: {"data/x.csv": b"a,b\r\n"}  # noqa: E731
    first = KeptExports(tmp_path)
    first.files("table x", "k1", ("data/x.csv",), make)
    first.save()
    index = json.loads((tmp_path / INDEX).read_text(encoding="utf-8"))
    (content,) = index["stamps"]
    for odd in ("x", [1, 2], ["1", "2", "3"], {"ino": 1}, [True, 5, 1]):
        index["stamps"] = {content: odd}
        (tmp_path / INDEX).write_text(json.dumps(index), encoding="utf-8")
        again = KeptExports(tmp_path)
        assert _bytes(again.files("table x", "k1", ("data/x.csv",), make)) == make(), odd
        assert again.kept == 0, odd


def test_a_file_kept_by_one_build_is_always_there_for_another(tmp_path: Path) -> None:
    """Two builds at once share the cache (a preview and a build, or CI's two jobs). A build
    that stores a file the other has just stored, or is placing into its site, keeps it when it
    holds the same bytes and otherwise replaces it whole in one step; the other always places
    the whole file (a file missing for a moment ended a build with an internal error in CI)."""

    data = b"a,b\r\n" * 20_000
    damaged = b"a,c\r\n" * 20_000
    make = lambda: {"data/x.csv": data}  # noqa: E731
    first = KeptExports(tmp_path / "cache")
    source = first.files("table x", "k1", ("data/x.csv",), make)["data/x.csv"]
    assert isinstance(source, Path)
    failed: list[BaseException] = []
    placed = [0]
    stop = threading.Event()

    def place_again_and_again() -> None:
        while not stop.is_set():
            try:
                place(tmp_path / "site", {"x.csv": source})
                assert (tmp_path / "site/x.csv").read_bytes() in (data, damaged)
            except BaseException as error:
                failed.append(error)
                return
            placed[0] += 1

    placing = threading.Thread(target=place_again_and_again)
    placing.start()
    try:
        for build in range(400):  # builds that know nothing of the file: each stores it again
            if build % 2:  # and, every other time, finds it damaged: it is replaced
                (tmp_path / "damaged").write_bytes(damaged)
                os.replace(tmp_path / "damaged", source)
            other = KeptExports(tmp_path / "cache")
            files = other.files("table x", "k1", ("data/x.csv",), make)
            assert files["data/x.csv"] == source
    finally:
        stop.set()
        placing.join()
    assert failed == [] and placed[0] > 0
    assert source.read_bytes() == data
    assert [p.name for p in source.parent.iterdir()] == [source.name]  # no scratch files left


def test_a_kept_file_removed_before_it_is_placed_is_made_again(tmp_path: Path) -> None:
    """A build of another version of the site, ending at the same time, deletes from the cache
    the files its own groups no longer refer to. One this build has just chosen to keep is made
    again when placing it finds it gone."""
    cache, make = tmp_path / "cache", lambda: {"data/x.csv": b"a,b\r\n"}
    first = KeptExports(cache)
    first.files("table x", "k1", ("data/x.csv",), make)
    first.save()
    second = KeptExports(cache)
    files = second.files("table x", "k1", ("data/x.csv",), make)
    assert second.kept == 1
    other = KeptExports(cache)  # the other version: its table x holds something else
    other.files("table x", "k2", ("data/x.csv",), lambda: {"data/x.csv": b"a,c\r\n"})
    other.save()
    assert not Path(files["data/x.csv"]).exists()
    second.place(tmp_path / "site", files)
    assert (tmp_path / "site/data/x.csv").read_bytes() == b"a,b\r\n"


def test_the_annual_downloads_are_linked_from_the_cache_while_their_table_is_the_same(
    tmp_path: Path,
) -> None:
    site = load_site(REPO, Report())
    cache = tmp_path / "cache"
    assert write_downloads(site, tmp_path / "first", cache=cache) > 50
    write_downloads(site, tmp_path / "second", cache=cache)
    write_downloads(site, tmp_path / "fresh")  # without the cache: every file written
    first, second, fresh = (_tree(tmp_path / name) for name in ("first", "second", "fresh"))
    assert first == second == fresh and "data/annual/2023/funding.csv" in fresh
    table = "data/annual/2023/funding.csv"
    assert os.path.samefile(tmp_path / "first" / table, tmp_path / "second" / table)
    # the table's figures change: its two files are made again, the others still linked
    view = annual_view(site, 2023)
    funding = next(t for t in view.tables if t.id == "funding")
    funding.rows[0][funding.columns[2].key] = 7654321
    write_downloads(site, tmp_path / "third", cache=cache)
    third = _tree(tmp_path / "third")
    assert "7654321" in third[table].decode("utf-8-sig")
    assert "7654321" in third["data/annual/2023/funding.json"].decode("utf-8")
    assert not os.path.samefile(tmp_path / "second" / table, tmp_path / "third" / table)
    other = "data/annual/2023/training.csv"
    assert os.path.samefile(tmp_path / "second" / other, tmp_path / "third" / other)
    assert {k: v for k, v in third.items() if "2023/funding." not in k} == {
        k: v for k, v in fresh.items() if "2023/funding." not in k
    }
    # the old table's content left the cache with the build that no longer made it
    stored = {p.read_bytes() for p in cache.rglob("*") if p.is_file() and p.name != INDEX}
    assert second[table] not in stored and third[table] in stored


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }
