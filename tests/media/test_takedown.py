"""Takedown, end to end: a photo whose guardian consent is withdrawn, or which is deleted from its
record, leaves every output on the next build — pages, media (every derivative size), search
bundles, open data — and the caches a CI run restores (.cache/images, .cache/search)."""

from __future__ import annotations

import gzip
import hashlib
import time
import zlib
from pathlib import Path

import pytest

from generator.media import cache as media_cache
from generator.render import spare
from tests.conftest import build

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
PHOTOS = "orgs/yangguang/activities/2024-05-12-yiyuan"
NAME = "kids-show-liuyi.jpg"  # a name found nowhere else
ALT = "孩子们为老人表演节目"


def _readable(path: Path) -> bytes:
    """A file's bytes, and its decompressed bytes too (Pagefind's files are gzip-compressed)."""
    data = path.read_bytes()
    if data[:2] == b"\x1f\x8b":
        try:
            return data + gzip.decompress(data)
        except (OSError, EOFError, zlib.error):
            return data
    return data


def _files(*folders: Path) -> list[Path]:
    return [p for folder in folders if folder.exists() for p in folder.rglob("*") if p.is_file()]


def _settled(repo: Path, out: Path) -> None:
    """Wait until a build's work in the background is done — the next spare made, the folders
    it discarded deleted — so that what is searched is what stays (a file deleted meanwhile
    would vanish under the search)."""
    home, prefix = spare.home(out, repo / ".cache" / "spare")
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        spares = [p for p in home.glob(f"{prefix}*") if p.is_dir()]
        old = [*home.glob(f".{out.name}.*old-*"), *out.parent.glob(f".{out.name}.old-*")]
        made = all((p / spare.MANIFEST).exists() and not (p / spare.ALIVE).exists() for p in spares)
        if made and not old:
            return
        time.sleep(0.05)
    raise AssertionError("the build's background work did not end")


def _traces(folders: tuple[Path, ...], marks: list[bytes], digests: set[str]) -> list[str]:
    """Every file under the folders that holds one of the marks, or whose bytes are one of the
    derivatives (by digest)."""
    found = []
    for path in _files(*folders):
        data = _readable(path)
        if hashlib.sha256(path.read_bytes()).hexdigest() in digests:
            found.append(f"{path}: a derivative's bytes")
        found += [f"{path}: {mark!r}" for mark in marks if mark in data]
    return found


@pytest.fixture
def published(site_copy: Path, tmp_path: Path):
    """The minimal site built once (with its caches) with a photo of children, consent given;
    returns (repository, output, marks of the photo, digests of its derivatives)."""
    (site_copy / PHOTOS / "002.jpg").rename(site_copy / PHOTOS / NAME)
    record = site_copy / ACTIVITY
    record.write_text(
        record.read_text(encoding="utf-8")
        .replace("002.jpg", NAME)
        .replace("cover: 001.jpg", f"cover: {NAME}"),  # the search result's picture
        encoding="utf-8",
    )
    out = tmp_path / "out"
    assert build(site_copy, out).built
    _settled(site_copy, out)
    content = hashlib.sha256((site_copy / PHOTOS / NAME).read_bytes()).hexdigest()
    key = media_cache.cache_key(content, "photo")
    derivatives = _files(out / "media" / key[:2] / key)
    assert {p.name for p in derivatives} >= {"480.webp", "480.jpg"}
    digests = {hashlib.sha256(p.read_bytes()).hexdigest() for p in derivatives}
    marks = [key.encode(), content.encode(), NAME.encode(), ALT.encode()]
    cache = site_copy / ".cache"
    # the detector sees the photo everywhere it was: pages, media, search bundles, both caches
    before = _traces((out,), marks, digests)
    assert any("/media/" in t for t in before) and any("/pagefind/" in t for t in before)
    assert any(".html" in t for t in before)
    assert any("/images/" in t for t in _traces((cache,), marks, digests))
    assert any("/search/" in t for t in _traces((cache,), [key.encode()], set()))
    return site_copy, out, marks, digests


def test_withdrawn_consent_takes_the_photo_out_of_every_output_and_cache(published) -> None:
    repo, out, marks, digests = published
    record = repo / ACTIVITY
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("consent: true", "consent: false"), encoding="utf-8")
    result = build(repo, out)
    assert result.built  # a takedown is never refused: the old site would keep the photo
    _settled(repo, out)
    assert [f.code for f in result.report.findings] == ["photo-consent-withdrawn"]
    assert _traces((out, repo / ".cache"), marks[:2] + marks[3:], digests) == []
    # the file name stays in the record itself only (the organization deletes it when it likes)
    assert _traces((out, repo / ".cache"), [NAME.encode()], set()) == []
    page = (out / "orgs/yangguang/activities/2024-05-12-yiyuan/index.html").read_text("utf-8")
    assert "医生为老人测量血压" in page  # the other photo stays


def test_withdrawn_consent_empties_the_caches_even_without_using_them(published) -> None:
    repo, out, marks, digests = published
    record = repo / ACTIVITY
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("consent: true", "consent: false"), encoding="utf-8")
    assert build(repo, out, use_cache=False).built
    _settled(repo, out)
    assert _traces((out, repo / ".cache"), marks, digests) == []


def test_a_photo_deleted_from_its_record_leaves_every_output_and_cache(published) -> None:
    repo, out, marks, digests = published
    record = repo / ACTIVITY
    text = record.read_text(encoding="utf-8")
    start = text.index(f"  - file: {NAME}")
    record.write_text(text[:start].replace(f"cover: {NAME}\n", ""), encoding="utf-8")
    (repo / PHOTOS / NAME).unlink()
    result = build(repo, out)
    assert result.built and result.report.findings == []
    _settled(repo, out)
    assert _traces((out, repo / ".cache"), marks, digests) == []


def test_a_photo_whose_consent_line_is_deleted_is_still_refused_and_never_shown(
    site_copy: Path, tmp_path: Path
) -> None:
    """No consent ever recorded (the line missing) stays an error: the contributor must say."""
    record = site_copy / ACTIVITY
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("    consent: true\n", ""), encoding="utf-8")
    result = build(site_copy, tmp_path / "out")
    assert not result.built
    assert [f.code for f in result.report.errors] == ["minor-consent"]
