"""`gongshi serve` swaps the pages in before their search (generator.search.later): meanwhile
the output has the whole search of the build before; once made, the search is put in place
and the output is the site a clean build makes."""

from __future__ import annotations

import logging
import shutil
import time
from pathlib import Path

import pytest

from generator.fingerprint import manifest_path
from generator.render import outputs, spare
from generator.search import index
from generator.search.index import BUNDLE
from generator.search.later import SEARCH_FOLDERS
from tests.conftest import REPO, SITES, build
from tests.test_incremental import Site, _files

ORG = "orgs/yangguang"


def _searched(output: Path) -> dict[str, str]:
    return {path: digest for path, digest in _files(output).items() if path.startswith("pagefind")}


def _served_then_edited(
    tmp_path: Path, old: str = "阳光", new: str = "朝阳", record: str = "org.yml"
) -> tuple[Path, Path]:
    """A copy of the minimal site built once as `serve` builds, then one of the organization's
    records edited: (the repository, the output)."""
    repo, out = tmp_path / "repo", tmp_path / "out"
    shutil.copytree(SITES / "minimal", repo)
    first = build(repo, out, search_later=True)
    assert first.built and first.later is None  # nothing served yet: built whole
    path = repo / ORG / record
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")
    return repo, out


def _full(*_: object) -> None:
    raise OSError(28, "No space left on device")


def _same_as_clean(repo: Path, out: Path, tmp_path: Path, images: Path | None = None) -> None:
    """out is what a clean build of repo makes (into caches of its own, but for `images`: the
    pictures already made, when given)."""
    clean, cache = tmp_path / "clean", tmp_path / "clean-cache"
    if images is not None:
        cache.mkdir()
        (cache / "images").symlink_to(images.resolve())
    assert build(repo, clean, cache_dir=cache).built
    assert _files(out) == _files(clean)


def test_the_pages_first_then_their_search_and_the_same_site(tmp_path: Path) -> None:
    repo, out = _served_then_edited(tmp_path)
    before = _searched(out)
    assert f"{BUNDLE}/pagefind-entry.json" in before
    second = build(repo, out, search_later=True)
    assert second.built and second.later is not None
    assert "朝阳" in (out / ORG / "index.html").read_text(encoding="utf-8")
    assert _searched(out) == before  # the search of the build before, whole, for a moment
    indexed, _ = second.later.finish()
    assert indexed.errors == [] and indexed.pages > 0
    assert _searched(out) != before
    _same_as_clean(repo, out, tmp_path)
    deadline = time.monotonic() + 30  # the search folder is deleted by a process of its own
    while list(tmp_path.glob(".out.search-*")) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert list(tmp_path.glob(".out.search-*")) == []


def test_the_search_before_is_moved_into_the_new_output_not_copied(tmp_path: Path) -> None:
    """The folders of the search before go into the new output as they are, with the swap (a
    rename a folder: thousands of bundle files in a city), and the retired output keeps none."""
    repo, out = _served_then_edited(tmp_path)
    folders = {name: (out / name).stat().st_ino for name in SEARCH_FOLDERS if (out / name).is_dir()}
    assert BUNDLE in folders
    second = build(repo, out, search_later=True)
    assert second.later is not None
    assert {name: (out / name).stat().st_ino for name in folders} == folders
    retired = [p for p in tmp_path.rglob(BUNDLE) if out not in p.parents and p.is_dir()]
    second.later.finish()
    assert not [p for p in retired if p.parent.name == "site"], retired
    _same_as_clean(repo, out, tmp_path)


def test_what_the_next_build_starts_from_is_written_once_the_page_is_served(
    tmp_path: Path,
) -> None:
    """The manifest of the pages (and the next spare) wait until the pages are served: they are
    written first thing after, before the search, and the next build keeps every page."""
    repo, out = _served_then_edited(tmp_path)
    manifest = manifest_path(repo / ".cache" / "pages", out)
    before = manifest.read_bytes()
    second = build(repo, out, search_later=True)
    assert second.later is not None
    assert manifest.read_bytes() == before
    second.later.finish()
    assert manifest.read_bytes() != before
    third = build(repo, out, search_later=True)
    assert third.stats["pages_kept"] == third.stats["pages"] > 0
    if third.later is not None:
        third.later.finish()
    _same_as_clean(repo, out, tmp_path)


@pytest.mark.parametrize("links", [True, False])
def test_a_search_folder_that_cannot_be_moved_is_linked_or_left_out_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, links: bool
) -> None:
    """Where the system refuses to move a search folder of the output (a file of it open, on
    Windows), the new output gets it linked file by file; where that fails too, none of it
    (never a part of a search) until the new search is in place."""
    repo, out = _served_then_edited(tmp_path)
    before = _searched(out)
    rename = outputs.os.rename

    def refused(source: object, target: object) -> None:
        if Path(str(source)).name == BUNDLE and Path(str(target)).parent.name != "site":
            raise PermissionError(13, "Permission denied")
        rename(source, target)

    def no_link(*_: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(outputs.os, "rename", refused)
        patched.setattr(outputs, "IN_USE_TRIES", 1)
        if not links:
            patched.setattr(outputs.os, "link", no_link)
        second = build(repo, out, search_later=True)
    assert second.later is not None
    searched = _searched(out)
    if links:
        assert searched == before
    else:
        assert not (out / BUNDLE).exists() and not any(p.startswith(BUNDLE) for p in searched)
    second.later.finish()
    _same_as_clean(repo, out, tmp_path)


def test_a_build_that_fails_at_the_swap_leaves_no_search_behind(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A build that fails after its search was handed over (here the swap: a full disk) drops
    the search: the output as it was, no search folder beside it; the next build is whole."""
    repo, out = _served_then_edited(tmp_path)
    before = _files(out)

    def full(*_: object, **__: object) -> None:
        raise OSError(28, "No space left on device")

    with monkeypatch.context() as patched:
        patched.setattr(outputs, "swap", full)
        with pytest.raises(OSError):
            build(repo, out, search_later=True)
    assert _files(out) == before
    assert list(tmp_path.glob(".out.search-*")) == []
    again = build(repo, out, search_later=True)
    assert again.later is not None
    again.later.finish()
    _same_as_clean(repo, out, tmp_path)


def test_a_search_that_cannot_be_put_in_place_leaves_the_one_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """When the new search folder cannot be renamed into the output once the live one was
    moved aside (refused by the system), the search of the build before is put back, whole."""
    repo, out = _served_then_edited(tmp_path)
    before = _searched(out)
    result = build(repo, out, search_later=True)
    assert result.later is not None
    rename = outputs.os.rename

    def refused(source: object, target: object) -> None:
        if Path(str(source)) == result.later.folder / BUNDLE:  # the new search: refused
            raise OSError(5, "Input/output error")
        rename(source, target)

    with monkeypatch.context() as patched:
        patched.setattr(outputs.os, "rename", refused)
        with pytest.raises(OSError):
            result.later.finish()
    assert _searched(out) == before


def test_what_cannot_be_kept_for_the_next_build_never_costs_this_saves_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """The disk fills as the next build's starting point (its spare) is made, once the page is
    served: a line says so, and the search of this save is put in place all the same; the next
    build, from less, is still the clean site."""
    repo, out = _served_then_edited(tmp_path)
    before = _searched(out)
    result = build(repo, out, search_later=True)
    assert result.later is not None

    with monkeypatch.context() as patched, caplog.at_level(logging.WARNING):
        patched.setattr(spare, "make_later", _full)
        indexed, _ = result.later.finish()
    assert indexed.errors == [] and indexed.pages > 0
    assert _searched(out) != before
    assert "No space left on device" in caplog.text and "下次生成的起点未能保存" in caplog.text
    _same_as_clean(repo, out, tmp_path)
    path = repo / ORG / "org.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("朝阳", "晨光"), encoding="utf-8")
    again = build(repo, out, search_later=True)
    assert again.built and again.later is not None
    again.later.finish()
    _same_as_clean(repo, out, tmp_path / "again")


def test_a_spare_that_cannot_be_made_never_fails_the_build(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """`gongshi build`: the spare is made after the swap, so a full disk then leaves the new
    site in place and the build done (a line says so); the next build is still the clean site."""
    repo, out = _served_then_edited(tmp_path)
    with monkeypatch.context() as patched, caplog.at_level(logging.WARNING):
        patched.setattr(spare, "make_later", _full)
        assert build(repo, out).built
    assert "下次生成的起点未能保存" in caplog.text
    _same_as_clean(repo, out, tmp_path)
    assert build(repo, out).built
    _same_as_clean(repo, out, tmp_path / "again")


def test_a_withdrawn_photo_is_never_carried_in_the_search(tmp_path: Path) -> None:
    """A guardian withdraws consent: the photo leaves the site at once, so the search of the
    build before (whose results show its picture) is not carried while the new one is made —
    the build makes its search before the swap, as `gongshi build` does."""
    repo, out = _served_then_edited(
        tmp_path, "consent: true", "consent: false", "activities/2024-05-12-yiyuan.yml"
    )
    result = build(repo, out, search_later=True)
    assert result.built and result.later is None
    _same_as_clean(repo, out, tmp_path)


def test_no_pagefind_runs_before_the_pages_are_served(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Pagefind would take a core from the workers rendering the pages: in `serve` the bundles
    handed over wait until the pages are served (Indexer.held), then all of them are made."""
    repo, out = _served_then_edited(tmp_path)
    started: list[str] = []
    making = index.index_bundle

    def noted(documents: list, target: Path, *args: object) -> tuple[int, list[str]]:
        started.append(target.name)
        return making(documents, target, *args)

    monkeypatch.setattr(index, "index_bundle", noted)
    second = build(repo, out, search_later=True)
    assert second.built and second.later is not None
    assert started == [], "a bundle was indexed before the pages were served"
    second.later.finish()
    assert started, "the changed bundle was never indexed"
    _same_as_clean(repo, out, tmp_path)


def test_the_example_served_after_an_edit_is_the_clean_site(tmp_path: Path) -> None:
    """The example as `serve` rebuilds it after an edit, its pages kept or rendered by two
    workers, then its search: the site a clean build makes, the search's words included."""
    images = REPO / ".cache" / "images"
    site = Site(tmp_path, REPO, images=images)  # the example's records, its pictures made
    repo, out = site.repo, site.output
    assert build(repo, out, search_later=True, workers=2).built
    org = sorted((repo / "orgs").glob("*/org.yml"))[3]
    text = org.read_text(encoding="utf-8")
    org.write_text(text.replace("purpose: ", "purpose: 改过的宗旨。", 1), encoding="utf-8")
    second = build(repo, out, search_later=True, workers=2)
    assert second.later is not None
    assert 0 < second.stats["pages"] - second.stats["pages_kept"] < 40
    indexed, _ = second.later.finish()
    assert indexed.errors == [] and indexed.pages > 300
    _same_as_clean(repo, out, tmp_path, images)
