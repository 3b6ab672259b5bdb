"""A reading told which files changed (`gongshi serve`: generator.model.held) takes the folders of
the organizations it was told nothing of as the last reading made them, and gives the same site
and findings as a reading of every file; anything it cannot vouch for is read."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from generator.findings import Report
from generator.input import recordcache
from generator.input.recordcache import forget_held
from generator.model import held, load
from generator.model.held import touched_orgs
from generator.model.load import load_site
from generator.model.site import Site
from tests.conftest import SITES
from tests.test_incremental import (
    Site as Edited,
)
from tests.test_incremental import (
    add_activity,
    add_org,
    change_number,
    change_text,
    changed_since,
    co_organize,
    delete_activity,
    rename_activity,
    rename_org,
    snapshot,
    swap_photos,
)

EDITS = [change_text, change_number, add_activity, rename_activity, delete_activity, swap_photos]
EDITS += [co_organize, rename_org]


@pytest.fixture(autouse=True)
def _settled(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(recordcache, "SETTLED", -1.0)  # every file settled when read
    forget_held()
    held._LAST.clear()


def _read(repo: Path, changed: frozenset[str] | None = None) -> tuple[Site, Report]:
    report = Report()
    site = load_site(repo, report, cache_dir=repo / ".cache" / "records", changed=changed)
    return site, report


def _folders(site: Site) -> dict[str, object]:
    """Every organization's folder as data: its entries' ids, paths, records and partial records."""
    out: dict[str, object] = {}
    for org_id, folder in site.orgs.items():
        entries = [
            *([folder.profile] if folder.profile else []),
            *folder.projects.values(),
            *folder.activities.values(),
            *folder.reports.values(),
        ]
        out[org_id] = (
            folder.rel,
            sorted(folder.activity_folders or ()),
            [(e.id, e.rel, e.record, e.partial, e.document is None) for e in entries],
        )
    return out


def _findings(report: Report) -> list[tuple]:
    return sorted((f.path, f.line, f.column, f.code, f.message_en) for f in report.findings)


def _same_as_every_file_read(repo: Path, site: Site, report: Report) -> None:
    """The reading equals one of every file without any cache (which neither uses nor changes
    what the readings under test hold)."""
    fresh_report = Report()
    fresh = load_site(repo, fresh_report, cache_dir=None)
    assert _folders(site) == _folders(fresh)
    assert _findings(report) == _findings(fresh_report)
    assert report.files_checked == fresh_report.files_checked


def _copy(tmp_path: Path) -> tuple[Edited, Path]:
    """A copy of the minimal site, to edit, and its resolved path (what the system tells)."""
    site = Edited(tmp_path, SITES / "minimal")
    return site, site.repo.resolve()


def _reworded(repo: Path) -> Path:
    """yangguang's slogan changed; its file."""
    org = repo / "orgs" / "yangguang" / "org.yml"
    org.write_text(org.read_text(encoding="utf-8").replace("有我在", "邻里守望"), "utf-8")
    return org


def test_folders_told_nothing_of_are_taken_and_the_one_changed_is_read(tmp_path: Path) -> None:
    _, repo = _copy(tmp_path)
    first, _ = _read(repo)
    org = _reworded(repo)
    second, report = _read(repo, frozenset({str(org)}))
    assert second.orgs["shiqiao-huzhu"] is first.orgs["shiqiao-huzhu"]
    assert second.orgs["yangguang"] is not first.orgs["yangguang"]
    assert second.taken == 1
    assert "邻里守望" in str(second.orgs["yangguang"].org)
    _same_as_every_file_read(repo, second, report)


def test_what_a_reading_cannot_vouch_for_is_read_again(tmp_path: Path) -> None:
    _, repo = _copy(tmp_path)
    first, _ = _read(repo)
    config = str(repo / "site_config.yml")
    assert _read(repo, frozenset({config}))[0].taken == 0  # the settings validate every record
    assert _read(repo, None)[0].taken == 0  # not told: every folder read
    again, _ = _read(repo, frozenset())
    assert again.taken == 2 and again.orgs["yangguang"] is not first.orgs["yangguang"]
    forget_held()  # a photo taken down lets go of every record held
    assert _read(repo, frozenset())[0].taken == 0
    assert _read(repo, frozenset())[0].taken == 2
    # a reading without the cache neither takes folders nor forgets those of the one before
    assert load_site(repo, Report(), cache_dir=None, changed=frozenset()).taken == 0
    assert _read(repo, frozenset())[0].taken == 2


def test_a_reading_that_raised_leaves_nothing_to_take(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, repo = _copy(tmp_path)
    _read(repo)
    org = _reworded(repo)
    reading = load._load_org

    def interrupted(folder: Path, *args: object) -> object:
        if folder.name == "yangguang":
            raise KeyboardInterrupt
        return reading(folder, *args)

    monkeypatch.setattr(load, "_load_org", interrupted)
    with pytest.raises(KeyboardInterrupt):  # stopped while it read (Ctrl+C, a bug)
        _read(repo, frozenset({str(org)}))
    monkeypatch.setattr(load, "_load_org", reading)
    # what that reading was told is gone with it: the next reading reads every folder
    again, report = _read(repo, frozenset())
    assert again.taken == 0
    assert "邻里守望" in str(again.orgs["yangguang"].org)
    _same_as_every_file_read(repo, again, report)


def test_a_folder_with_an_error_is_read_every_time_with_its_findings(tmp_path: Path) -> None:
    _, repo = _copy(tmp_path)
    org = repo / "orgs" / "shiqiao-huzhu" / "org.yml"
    org.write_text(org.read_text(encoding="utf-8") + "founded: 去年\n", "utf-8")
    (repo / "orgs" / "shiqiao-huzhu" / "notes.txt").write_text("草稿\n", "utf-8")
    first, _ = _read(repo)
    second, report = _read(repo, frozenset())
    assert second.orgs["shiqiao-huzhu"] is not first.orgs["shiqiao-huzhu"]
    assert second.orgs["yangguang"] is first.orgs["yangguang"]
    assert {"unexpected-file"} <= {f.code for f in report.findings}
    assert report.errors
    _same_as_every_file_read(repo, second, report)


@pytest.mark.parametrize("seed", [5, 11])
def test_readings_told_of_random_edits_equal_readings_of_every_file(
    tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    site, repo = _copy(tmp_path)
    _read(repo)
    taken = 0
    for step in range(10):
        before = snapshot(repo)
        what = (add_org if step == 3 else rng.choice(EDITS))(site, rng)
        changed = changed_since(before, repo)
        reading, report = _read(repo, changed)
        taken += reading.taken
        assert reading.taken < len(reading.orgs), what
        _same_as_every_file_read(repo, reading, report)
    assert taken >= 5  # folders were taken, not read every time


def test_the_folders_a_change_is_in() -> None:
    root = Path("/repo")
    assert touched_orgs(root, None) is None
    assert touched_orgs(root, frozenset()) == set()
    assert touched_orgs(root, frozenset({"/repo/orgs/a/org.yml", "/repo/orgs/b"})) == {"a", "b"}
    assert touched_orgs(root, frozenset({"/repo/orgs/a/activities/x/1.jpg"})) == {"a"}
    assert touched_orgs(root, frozenset({"/repo/content/policies/p.md", "/repo/theme/x"})) == set()
    for outside in ("/repo/site_config.yml", "/repo/orgs", "/repo", "/elsewhere/orgs/a/org.yml"):
        assert touched_orgs(root, frozenset({outside})) is None, outside
