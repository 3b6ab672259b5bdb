"""The date a build speaks for: --as-of, the settings, SOURCE_DATE_EPOCH, the commit date of
HEAD, the records — never the machine's clock."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from generator.cli import main
from generator.findings import Report
from generator.model import asof
from generator.model.load import load_site
from tests.conftest import SITES, build


def git(repo: Path, *args: str, when: str = "2031-03-04T05:06:07+00:00") -> None:
    env = {
        **os.environ,
        "GIT_AUTHOR_DATE": when,
        "GIT_COMMITTER_DATE": when,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.org",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.org",
    }
    subprocess.run(["git", "-C", str(repo), *args], check=True, env=env, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    target = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", target)
    config = target / "site_config.yml"  # without the settings' fixed `today`
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace('      today: "2024-12-31"\n', ""), encoding="utf-8")
    return target


def test_epoch_values() -> None:
    assert asof.epoch_date("1700000000") == date(2023, 11, 14)
    assert asof.epoch_date("") is None
    assert asof.epoch_date("soon") is None
    assert asof.epoch_date("9" * 40) is None  # far beyond any calendar: no date, no traceback


def test_the_order_of_sources(repo: Path) -> None:
    site = load_site(repo, Report())
    latest = asof.latest_record_date(site)
    assert latest is not None
    assert (site.as_of, site.as_of_source) == (latest, "records")  # a folder without git

    git(repo, "init", "-q")
    git(repo, "add", ".")
    git(repo, "commit", "-q", "-m", "first")
    site = load_site(repo, Report())
    assert (site.as_of, site.as_of_source) == (date(2031, 3, 4), "git HEAD")

    site = load_site(repo, Report(), source_date_epoch="1700000000")
    assert (site.as_of, site.as_of_source) == (date(2023, 11, 14), "SOURCE_DATE_EPOCH")

    site = load_site(repo, Report(), as_of=date(2025, 1, 2), source_date_epoch="1700000000")
    assert (site.as_of, site.as_of_source) == (date(2025, 1, 2), "--as-of")


def test_a_folder_inside_another_repository_does_not_take_its_date(tmp_path: Path) -> None:
    outer = tmp_path / "outer"
    shutil.copytree(SITES / "minimal", outer / "site")
    git(outer, "init", "-q")
    git(outer, "add", ".")
    git(outer, "commit", "-q", "-m", "first")
    assert asof.commit_date(outer) == date(2031, 3, 4)
    assert asof.commit_date(outer / "site") is None


def test_building_leaves_the_environment_as_it_was(repo: Path, tmp_path: Path) -> None:
    before = os.environ.get("SOURCE_DATE_EPOCH")
    assert build(repo, tmp_path / "out").built
    assert os.environ.get("SOURCE_DATE_EPOCH") == before  # a second build reads the same date


def test_as_of_on_the_command_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(repo), "validate", "--as-of", "2024-06-01"]) == 0
    with pytest.raises(SystemExit) as stopped:
        main(["-C", str(repo), "validate", "--as-of", "2024年6月"])
    assert stopped.value.code == 2
    assert "2024-05-12" in capsys.readouterr().err
