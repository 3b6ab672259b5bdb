"""`gongshi demo`: a synthetic city that validates cleanly, deterministic, with phone-size photos."""

from __future__ import annotations

import hashlib
import subprocess
from pathlib import Path

from PIL import Image

from generator.cli import main
from generator.findings import Report
from generator.input.records.registers import Registers
from generator.input.yamlio import load_file
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


def test_demo_writes_the_new_shapes_and_validates_clean(tmp_path: Path, capsys) -> None:
    """`gongshi demo --orgs 30`: members declare their hubs and hubs confirm them, reports split
    training into delivered and attended, the bureau's facts are registers; 0 errors, 0 warnings."""
    out = tmp_path / "demo"
    assert main(["demo", "--orgs", "30", "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["-C", str(out), "validate"]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out
    report = Report()
    site = load_site(out, report)
    assert report.findings == []
    profiles = {
        org_id: folder.profile.document.data
        for org_id, folder in site.orgs.items()
        if folder.profile and folder.profile.document
    }
    assert not any({"parent", "verified"} & set(data) for data in profiles.values())
    declared = {(o, hub) for o, data in profiles.items() for hub in data.get("member_of", [])}
    confirmed = {(m, hub) for hub, data in profiles.items() for m in data.get("members", [])}
    assert declared and declared == confirmed  # every membership has both sides
    reports = [load_file(p, rel=p.name, report=Report()) for p in out.glob("orgs/*/reports/*.yml")]
    assert all(doc is not None and "trained_person_times" not in doc.data for doc in reports)
    training = [doc.data["training"] for doc in reports if doc and "training" in doc.data]
    assert any("delivered" in t for t in training) and any("attended" in t for t in training)
    for path in out.glob("content/annual/*.yml"):  # no bureau lists in an annual file
        doc = load_file(path, rel=path.name, report=Report())
        assert doc and not {"grades", "inspections", "abnormal_list", "commendations"} & set(
            doc.data
        )
    registers: dict = {}
    for path in sorted(out.glob("content/registers/*.yml")):
        doc = load_file(path, rel=path.name, report=Report())
        assert doc is not None
        registers |= doc.data
    parsed = Registers.model_validate(registers)
    assert parsed.inspections and parsed.verifications and parsed.commendations
    assert {entry.org for entry in parsed.inspections} <= set(site.orgs)


def test_demo_repository_is_clean_after_a_build(tmp_path: Path) -> None:
    """The .gitignore of `gongshi demo` keeps site/, .cache/ and .venv/ out of git (issue 18)."""
    root = tmp_path / "demo"
    write_demo(root, orgs=2, seed=5)
    ignored = (root / ".gitignore").read_text(encoding="utf-8").split()
    assert {"site/", ".cache/", ".venv/"} <= set(ignored)
    git = ["git", "-C", str(root), "-c", "user.name=t", "-c", "user.email=t@example.org"]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "-A"], check=True)
    subprocess.run([*git, "commit", "-q", "-m", "demo"], check=True)
    (root / ".venv").mkdir()
    assert main(["-C", str(root), "build"]) == 0
    assert (root / "site" / "index.html").is_file() and (root / ".cache").is_dir()
    status = subprocess.run(
        [*git, "status", "--porcelain", "--untracked-files=all"],
        check=True,
        capture_output=True,
        text=True,
    )
    assert status.stdout == ""
