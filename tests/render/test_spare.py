"""The spare a build starts from (generator.render.spare): what it keeps never leaks into a build,
its files are never written into, and a failed build's staging is never one."""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.pipeline import EngineError
from generator.render import spare
from tests.conftest import SITES, build
from tests.test_incremental import Site, _files

ORG = "orgs/yangguang"


def _tree(root: Path) -> set[str]:
    """Every file and folder under root."""
    return {path.relative_to(root).as_posix() for path in root.rglob("*")}


def _ready(repo: Path, out: Path) -> Path:
    """The folder of the output's spare once it is ready."""
    home, prefix = spare.home(out, repo / ".cache" / "spare")
    deadline = time.monotonic() + 60
    while True:
        ready = [p for p in home.glob(f"{prefix}*") if (p / spare.MANIFEST).is_file()]
        if ready:
            assert len(ready) == 1
            return ready[0]
        assert time.monotonic() < deadline, "no spare was made"
        time.sleep(0.05)


def _edit(repo: Path, old: str, new: str) -> None:
    path = repo / ORG / "org.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("workers", [1, 2])
def test_pages_are_kept_in_place_from_the_spare(tmp_path: Path, workers: int) -> None:
    site = Site(tmp_path, SITES / "minimal", workers=workers)
    site.check("the first build")
    made = _ready(site.repo, site.output)
    assert _tree(made / "site") <= _tree(site.output)  # record pages only, no other file
    assert not any(
        name.endswith((".xml", ".json", ".svg", ".css")) for name in _tree(made / "site")
    )
    inodes = {p: os.stat(p).st_ino for p in (made / "site").rglob("index.html")}
    _edit(site.repo, "阳光", "朝阳")
    again = build(site.repo, site.output, workers=workers)
    assert 0 < again.stats["pages_kept"] < again.stats["pages"]
    in_place = [
        p
        for p, inode in inodes.items()
        if os.stat(site.output / p.relative_to(made / "site")).st_ino == inode
    ]
    assert len(in_place) == again.stats["pages_kept"]  # left where they were, not written
    site.check("after a change, from the spare")


def test_a_spare_linked_to_the_live_output_is_never_written_into(tmp_path: Path) -> None:
    """After a first build the spare is hard links to the live output: a page the next build
    changes is a new file, and the live output's file (and so the site being served until the
    swap) keeps its bytes."""
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    made = _ready(site.repo, site.output)
    page = site.output / ORG / "index.html"
    assert os.stat(page).st_ino == os.stat(made / "site" / ORG / "index.html").st_ino
    witness = tmp_path / "witness.html"
    os.link(page, witness)  # the same file as the live page (and the spare's)
    before = witness.read_bytes()
    _edit(site.repo, "阳光", "朝阳")
    site.check("a change to the linked page")
    assert witness.read_bytes() == before
    assert "朝阳".encode() in page.read_bytes() and "朝阳".encode() not in before


def test_a_removed_organization_leaves_nothing_behind(tmp_path: Path) -> None:
    site = Site(tmp_path, SITES / "minimal")
    added = "xinlin"
    (site.repo / "orgs" / added).mkdir()
    source = (site.repo / "orgs/shiqiao-huzhu/org.yml").read_text(encoding="utf-8")
    text = source.replace("石桥村互助养老队", "溪口新邻里帮帮团").replace(
        "SQ-2022-003", "SQ-2024-017"
    )
    (site.repo / "orgs" / added / "org.yml").write_text(
        text.replace("member_of: [yangguang]\n", ""), encoding="utf-8"
    )
    assert build(site.repo, site.output).built
    site.check(f"{added} added")
    _ready(site.repo, site.output)
    assert (site.output / "orgs" / added / "feed.xml").is_file()
    shutil.rmtree(site.repo / "orgs" / added)
    site.check(f"{added} removed")
    assert not (site.output / "orgs" / added).exists()
    clean = tmp_path / "clean"
    build(site.repo, clean, cache_dir=tmp_path / "clean-cache")
    assert _tree(site.output) == _tree(clean)  # folders too: none left empty


def test_a_build_after_a_failed_build(tmp_path: Path) -> None:
    """A build that fails after taking the spare leaves the output as it was; its staging is
    deleted, never taken as a spare; the next build equals a clean one."""
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    site.check("a second build, which leaves a spare")
    _ready(site.repo, site.output)
    before = _files(site.output)
    config = site.repo / "site_config.yml"
    good = config.read_text(encoding="utf-8")
    config.write_text(good.replace("  name: material\n", "  name: no-such-theme\n"), "utf-8")
    _edit(site.repo, "阳光", "朝阳")
    with pytest.raises(EngineError):
        build(site.repo, site.output)
    assert _files(site.output) == before
    home, prefix = spare.home(site.output, site.repo / ".cache" / "spare")
    assert not [p for p in home.glob(f"{prefix}*") if (p / spare.MANIFEST).exists()]
    config.write_text(good, encoding="utf-8")
    site.check("the build after the failed one")


def test_a_file_left_in_the_output_never_comes_back(tmp_path: Path) -> None:
    """A file someone put into the output is gone with its build, and stays gone when that
    output becomes the spare of a later build."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    out = tmp_path / "out"
    assert main(["-C", str(repo), "build", "-q", "-o", str(out)]) == 0
    _ready(repo, out)
    assert main(["-C", str(repo), "build", "-q", "-o", str(out)]) == 0
    (out / "CNAME").write_text("example.org", encoding="utf-8")
    (out / ORG / "notes.txt").write_text("mine", encoding="utf-8")
    page = out / ORG / "index.html"
    page.write_bytes(page.read_bytes() + b"<!-- edited -->")
    for _ in range(3):
        _ready(repo, out)
        assert main(["-C", str(repo), "build", "-q", "-o", str(out)]) == 0
        assert not (out / "CNAME").exists() and not (out / ORG / "notes.txt").exists()
        assert not page.read_bytes().endswith(b"<!-- edited -->")


def test_a_stopped_spare_is_not_waited_for(tmp_path: Path) -> None:
    """A spare whose making stopped (no manifest, no sign of life) is deleted, not taken."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    out = tmp_path / "out"
    assert build(repo, out).built
    made = _ready(repo, out)
    (made / spare.MANIFEST).unlink()
    (made / spare.ALIVE).touch()
    old = time.time() - 3600
    os.utime(made / spare.ALIVE, (old, old))
    started = time.monotonic()
    assert build(repo, out).built
    assert time.monotonic() - started < spare.WAIT
    assert not made.exists()


def test_a_spare_of_new_files_is_kept_by_content(tmp_path: Path) -> None:
    """A spare whose files are copies (restored from a cache: other inodes) keeps a page whose
    content still has the recorded hash, and renders one whose content was altered."""
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    made = _ready(site.repo, site.output)
    shutil.copytree(made / "site", made / "copy")
    shutil.rmtree(made / "site")
    (made / "copy").rename(made / "site")
    altered = made / "site" / "orgs/shiqiao-huzhu/poster/index.html"
    altered.write_bytes(altered.read_bytes().replace(b"<body", b"<body data-x"))
    again = build(site.repo, site.output)
    assert again.stats["pages_kept"] == again.stats["pages"]
    site.check("a spare of copies, one altered")
    assert b"data-x" not in (site.output / "orgs/shiqiao-huzhu/poster/index.html").read_bytes()


def test_pictures_stay_in_place_and_only_those_still_published(tmp_path: Path) -> None:
    """A spare made of the retired output keeps its pictures (hard links to the image cache):
    the next build leaves the folder of each picture it still publishes in place instead of
    linking every file again, and removes a picture taken out of the records since, a folder of
    no picture and anything put into a picture's folder (the output equals a clean build)."""
    site = Site(tmp_path, SITES / "minimal")
    site.check("the first build")
    site.check("a second build: the retired output becomes the spare")
    made = _ready(site.repo, site.output)
    media = made / "site" / "media"
    folders = sorted(p for p in media.glob("??/*") if p.is_dir())
    assert len(folders) == 2  # the activity's two photos (001.jpg is the cover too)
    written = {p.relative_to(made / "site"): p.stat().st_mtime_ns for p in folders}
    time.sleep(0.05)  # a folder whose files were linked again would get a later time
    (folders[0] / "notes.txt").write_text("mine", encoding="utf-8")
    (media / "zz" / "zz-not-a-picture").mkdir(parents=True)
    _edit(site.repo, "阳光", "朝阳")
    site.check("a change with the pictures kept")
    for rel, mtime in written.items():
        assert (site.output / rel).is_dir()
        if rel != folders[0].relative_to(made / "site"):  # the one that lost notes.txt
            assert (site.output / rel).stat().st_mtime_ns == mtime, rel
    assert not (site.output / "media" / "zz").exists()
    # a picture's file in the spare no longer the cache's (a copy, altered): linked again
    made = _ready(site.repo, site.output)
    folder = next(p for p in sorted((made / "site" / "media").glob("??/*")) if p.is_dir())
    swapped = sorted(folder.iterdir())[0]
    data = swapped.read_bytes()
    swapped.unlink()
    swapped.write_bytes(data[:-1] + b"\0")
    _edit(site.repo, "朝阳", "阳光")
    site.check("a picture's file in the spare altered")
    published = site.output / swapped.relative_to(made / "site")
    assert published.read_bytes() == data
    assert published.stat().st_nlink > 1  # a link to the image cache's file again
    activity = next((site.repo / ORG / "activities").glob("*.yml"))
    text = activity.read_text(encoding="utf-8")
    start = text.index("  - file: 002.jpg")
    activity.write_text(text[:start], encoding="utf-8")  # the second photo taken out
    _ready(site.repo, site.output)
    site.check("a photo taken out of the records")
    assert len([p for p in (site.output / "media").glob("??/*") if p.is_dir()]) == 1


def test_a_takedown_waits_for_a_spare_being_made_before_deleting_the_spares(
    tmp_path: Path,
) -> None:
    """The spares are deleted when a photo is taken down; a spare still being made (by the
    process the build before started) is waited for first, or its maker would make its
    folders and link the old pages again after the deletion."""
    import threading

    cache = tmp_path / ".cache" / "spare"
    making = cache / ".out.0123abcd.spare-x1"
    (making / "site").mkdir(parents=True)
    (making / spare.ALIVE).touch()
    (cache / ".out.0123abcd.old-y2").mkdir()  # one being deleted meanwhile

    def maker() -> None:  # still linking the old output's pages, then its manifest: ready
        time.sleep(0.4)
        page = making / "site" / "orgs" / "x" / "index.html"
        page.parent.mkdir(parents=True, exist_ok=True)
        page.write_text("孩子们为老人表演节目", encoding="utf-8")
        (making / spare.MANIFEST).write_text("{}", encoding="utf-8")

    thread = threading.Thread(target=maker)
    thread.start()
    spare.remove_all(cache)
    done_before = not thread.is_alive()
    thread.join()
    assert done_before and not cache.exists()
    spare.remove_all(cache)  # nothing there: nothing to do
