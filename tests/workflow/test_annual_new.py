"""`gongshi new annual YEAR`: the bureau's annual file, commented, with the previous year's targets,
one training line per district, valid as written and never overwriting."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from generator.cli import main
from generator.findings import Report
from generator.input.yamlio import load_file
from generator.workflow.annual_new import annual_text
from tests.conftest import SITES, validate


def _annual_site(tmp_path: Path) -> Path:
    root = tmp_path / "site"
    shutil.copytree(SITES / "annual", root)
    return root


def test_new_annual_carries_the_previous_years_targets(tmp_path: Path) -> None:
    root = _annual_site(tmp_path)
    before = {(f.code, f.path) for f in validate(root).findings}
    assert main(["-C", str(root), "new", "annual", "2024"]) == 0
    path = root / "content/annual/2024.yml"
    document = load_file(path, rel="content/annual/2024.yml", report=Report())
    assert document is not None
    data = document.data
    previous = load_file(root / "content/annual/2023.yml", rel="x", report=Report()).data
    assert data["year"] == "2024" and data["targets"] == previous["targets"]
    assert set(data["training"]) == {"青山区", "溪口县"}
    text = path.read_text(encoding="utf-8")
    assert "沿用 2023 年的目标" in text and "content/registers/" in text
    assert "gongshi publish-year 2024" in text
    # the new file adds no finding of its own (its date is today, never beyond the present)
    after = {(f.code, f.path) for f in validate(root).findings}
    assert {p for _, p in after - before if p.startswith("content/annual/2024")} == set()


def test_new_annual_never_overwrites_and_refuses_a_bad_year(tmp_path: Path) -> None:
    root = _annual_site(tmp_path)
    assert main(["-C", str(root), "new", "annual", "2023"]) == 2
    assert main(["-C", str(root), "new", "annual", "二〇二四"]) == 2
    assert main(["-C", str(root), "new", "annual", "2023", "--force"]) == 0


def test_the_first_year_of_a_new_city_has_targets_to_fill(site_copy: Path) -> None:
    shutil.rmtree(site_copy / "content/annual", ignore_errors=True)
    text = annual_text(site_copy, 2024, when=date(2020, 3, 1))
    assert "填写本年度的目标" in text and "  # trained_person_times:" in text
    assert 'published_on: "2020-03-01"' in text
