"""`gongshi demo`: a synthetic city that validates cleanly, deterministic, with phone-size photos."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PIL import Image

from generator.findings import Report
from generator.model.load import load_site
from generator.workflow.demo import PHOTO_SIZES, write_demo


def _digest(root: Path) -> str:
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        if path.is_file():
            digest.update(path.relative_to(root).as_posix().encode() + path.read_bytes())
    return digest.hexdigest()


def test_demo_validates_and_is_deterministic(tmp_path: Path) -> None:
    counts = write_demo(tmp_path / "a", orgs=4, photos_per_activity=0.4, seed=3)
    assert counts["orgs"] == 4 and counts["activities"] >= 4 and counts["photos"] >= 1
    report = Report()
    site = load_site(tmp_path / "a", report)
    assert report.findings == []
    assert len(site.orgs) == 4
    assert all(org.reports for org in site.orgs.values())
    write_demo(tmp_path / "b", orgs=4, photos_per_activity=0.4, seed=3)
    assert _digest(tmp_path / "a") == _digest(tmp_path / "b")


def test_demo_photos_are_phone_size(tmp_path: Path) -> None:
    counts = write_demo(tmp_path, orgs=3, photos_per_activity=0.5, seed=7)
    photos = sorted(tmp_path.glob("orgs/*/activities/*/*.jpg"))
    assert len(photos) == counts["photos"] > 0
    sizes = {size for size, _ in PHOTO_SIZES}
    for path in photos:
        with Image.open(path) as image:
            assert image.format == "JPEG" and image.size in sizes
            assert max(image.size) >= 1600
    assert counts["megapixels"] == round(
        sum(w * h for w, h in (Image.open(p).size for p in photos)) / 1e6
    )
