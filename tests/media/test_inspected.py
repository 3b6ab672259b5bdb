"""Images inspected before are not read again while their file is unchanged (generator.media.
inspected); a rewritten, broken or tampered-with one is read and reported as ever."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from PIL import Image

from generator.media.formats import ImageProblem
from generator.media.inspected import Inspected


def photo(path: Path, width: int = 640, height: int = 480) -> Path:
    Image.new("RGB", (width, height), (200, 120, 40)).save(path, "JPEG", quality=80)
    return path


def test_an_unchanged_photo_is_not_read_again(tmp_path: Path) -> None:
    store = tmp_path / "inspected.json"
    image = photo(tmp_path / "a.jpg")
    first = Inspected.open(store)
    assert first.inspect(image, kind="photo") == (640, 480)
    first.save()
    second = Inspected.open(store)
    assert second.inspect(image, kind="photo") == (640, 480)
    assert (first.read, second.read) == (1, 0)
    assert "a.jpg" not in store.read_text(encoding="utf-8")  # no photo is named in it


def test_a_rewritten_photo_is_read_again(tmp_path: Path) -> None:
    store = tmp_path / "inspected.json"
    image = photo(tmp_path / "a.jpg")
    first = Inspected.open(store)
    first.inspect(image, kind="photo")
    first.save()
    photo(image, 800, 600)  # rewritten in place: the same inode
    stamp = image.stat().st_mtime_ns + 1_000_000_000
    os.utime(image, ns=(stamp, stamp))
    again = Inspected.open(store)
    assert again.inspect(image, kind="photo") == (800, 600)
    assert again.read == 1


def test_a_broken_photo_is_reported_every_time(tmp_path: Path) -> None:
    store = tmp_path / "inspected.json"
    image = tmp_path / "b.jpg"
    image.write_bytes(photo(tmp_path / "src.jpg").read_bytes()[:400])  # cut short
    for _ in range(2):
        inspected = Inspected.open(store)
        with pytest.raises(ImageProblem):
            inspected.inspect(image, kind="photo")
        inspected.save()
        assert inspected.read == 1


def test_a_tampered_store_is_refused(tmp_path: Path) -> None:
    """An entry claiming a size for a file it does not describe, or another code's file, is
    not trusted: the photo is read."""
    store = tmp_path / "inspected.json"
    image = photo(tmp_path / "a.jpg")
    first = Inspected.open(store)
    first.inspect(image, kind="photo")
    first.save()
    data = json.loads(store.read_text(encoding="utf-8"))
    for entry in data["images"].values():
        entry[2] = "wide"  # not a number
    store.write_text(json.dumps(data), encoding="utf-8")
    assert Inspected.open(store).inspect(image, kind="photo") == (640, 480)
    data["code"] = "another gongshi"
    store.write_text(json.dumps(data), encoding="utf-8")
    other = Inspected.open(store)
    other.inspect(image, kind="photo")
    assert other.read == 1
    store.write_text("{not json", encoding="utf-8")
    assert Inspected.open(store).inspect(image, kind="photo") == (640, 480)


def test_a_photo_too_small_stays_a_finding(tmp_path: Path) -> None:
    image = photo(tmp_path / "small.jpg", 200, 150)
    inspected = Inspected.open(tmp_path / "inspected.json")
    with pytest.raises(ImageProblem) as problem:
        inspected.inspect(image, kind="photo")
    assert problem.value.code == "image-too-small"
    assert inspected.inspect(image, kind="logo") == (200, 150)  # a logo may be small
