"""What `gongshi serve` counts as a change (generator.engine.watch): the system's notices of
writes, new, deleted and moved files and folders, never a file being read; the repository's
top folder for site_config.yml alone; polling where the system's notices cannot be had."""

from __future__ import annotations

import shutil
import threading
import time
from pathlib import Path

import pytest
from watchdog.events import FileSystemEvent

from generator.engine import watch
from generator.engine.watch import Changes, Watcher


class Seen:
    """The server's side: the paths it was told of (it overlooks folders, as MkDocs' does)."""

    def __init__(self) -> None:
        self.paths: list[str] = []
        self.event = threading.Event()

    def on_any_event(self, event: FileSystemEvent) -> None:
        if not event.is_directory:
            self.paths.append(str(event.src_path))
            self.event.set()

    def wait(self, seconds: float = 5) -> bool:
        told = self.event.wait(seconds)
        time.sleep(0.2)  # the rest of the same change
        self.event.clear()
        return told

    def quiet(self, seconds: float = 0.6) -> bool:
        return not self.event.wait(seconds)


@pytest.fixture(params=["system", "polling"])
def watched(request: pytest.FixtureRequest, tmp_path: Path):
    (tmp_path / "orgs" / "yangguang").mkdir(parents=True)
    (tmp_path / "orgs" / "yangguang" / "org.yml").write_text("name: 阳光\n", encoding="utf-8")
    (tmp_path / "site_config.yml").write_text("site_name: x\n", encoding="utf-8")
    seen = Seen()
    watcher = Watcher(polling_interval=0.1)
    watcher.only[str(tmp_path)] = frozenset({"site_config.yml"})
    watcher.schedule(seen, str(tmp_path / "orgs"), recursive=True)
    watcher.schedule(seen, str(tmp_path), recursive=False)
    if request.param == "polling":
        watcher.use_polling()
    watcher.start()
    time.sleep(0.3)
    try:
        yield tmp_path, seen
    finally:
        watcher.stop()
        watcher.join(5)


def test_reading_is_not_a_change_and_writing_is(watched: tuple[Path, Seen]) -> None:
    root, seen = watched
    record = root / "orgs" / "yangguang" / "org.yml"
    assert record.read_text(encoding="utf-8") and seen.quiet()
    record.write_text("name: 阳光舞队\n", encoding="utf-8")
    assert seen.wait() and str(record) in seen.paths


def test_a_folder_deleted_or_moved_away_is_a_change(watched: tuple[Path, Seen]) -> None:
    root, seen = watched
    (root / "outside").mkdir()
    shutil.move(root / "orgs" / "yangguang", root / "outside" / "yangguang")
    assert seen.wait()
    (root / "orgs" / "xin").mkdir()
    (root / "orgs" / "xin" / "org.yml").write_text("name: 新\n", encoding="utf-8")
    assert seen.wait()
    seen.paths.clear()
    shutil.rmtree(root / "orgs" / "xin")
    assert seen.wait() and seen.paths


def test_the_top_folder_counts_only_for_the_settings(watched: tuple[Path, Seen]) -> None:
    root, seen = watched
    (root / "README.md").write_text("说明\n", encoding="utf-8")
    (root / ".cache").mkdir()
    assert seen.quiet()
    # an editor's save: a new file renamed over the old one
    (root / ".site_config.yml.tmp").write_text("site_name: y\n", encoding="utf-8")
    (root / ".site_config.yml.tmp").replace(root / "site_config.yml")
    assert seen.wait()
    (root / "site_config.yml").write_text("site_name: z\n", encoding="utf-8")
    assert seen.wait()


def test_the_system_is_never_asked_to_tell_of_reads(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Each build reads every record: those notices would only cost the build its time."""
    record = tmp_path / "org.yml"
    record.write_text("name: 阳光\n", encoding="utf-8")
    told: list[str] = []
    arrived = threading.Event()

    def notice(self: Changes, event: FileSystemEvent) -> None:
        told.append(event.event_type)
        arrived.set()

    monkeypatch.setattr(Changes, "on_any_event", notice)
    watcher = Watcher()
    watcher.schedule(Seen(), str(tmp_path), recursive=True)
    watcher.start()
    try:
        time.sleep(0.3)
        for _ in range(20):
            assert record.read_text(encoding="utf-8")
        time.sleep(0.5)
        assert told == [], "reading a file was told of"
        record.write_text("name: 阳光舞队\n", encoding="utf-8")
        assert arrived.wait(5) and {"modified", "closed"} & set(told)
    finally:
        watcher.stop()
        watcher.join(5)


def _told(tmp_path: Path, *, polling: bool = False) -> tuple[Path, Seen, Watcher]:
    org = tmp_path / "orgs" / "yangguang" / "org.yml"
    org.parent.mkdir(parents=True)
    org.write_text("name: 阳光\n", encoding="utf-8")
    seen, watcher = Seen(), Watcher(polling_interval=0.1)
    watcher.schedule(seen, str(tmp_path / "orgs"), recursive=True)
    if polling:
        watcher.use_polling()
    return org, seen, watcher


def test_a_build_is_told_what_changed_once_the_notices_are_trusted(tmp_path: Path) -> None:
    org, seen, watcher = _told(tmp_path)
    touched = watcher.touched
    assert touched.take() is None  # no notices yet: nothing is known
    watcher.start()
    time.sleep(0.3)
    try:
        org.write_text("name: 阳光（改）\n", encoding="utf-8")
        assert seen.wait()
        assert touched.take() is None  # the reading before began before the notices did
        org.write_text("name: 阳光\n", encoding="utf-8")
        assert seen.wait()
        assert str(org) in (touched.take() or ())
        assert touched.take() == frozenset()  # taken once
        moved = org.parent.parent / "chaoyang"
        org.parent.rename(moved)
        assert seen.wait()
        assert {str(org.parent), str(moved)} <= (touched.take() or set())
        touched.lost()  # a build that failed: what it was told may not have been read
        assert touched.take() is None
        assert touched.take() == frozenset()
    finally:
        watcher.stop()
        watcher.join(5)


def test_polling_is_never_trusted_to_say_what_changed(tmp_path: Path) -> None:
    org, seen, watcher = _told(tmp_path, polling=True)
    watcher.start()
    time.sleep(0.3)
    try:
        for text in ("name: 一\n", "name: 二\n"):
            org.write_text(text, encoding="utf-8")
            assert seen.wait()
            assert watcher.touched.take() is None  # a write in the same clock tick goes unseen
    finally:
        watcher.stop()
        watcher.join(5)


@pytest.mark.skipif(watch.LOST is None, reason="this watchdog does not say when notices are lost")
def test_notices_lost_mean_every_folder_is_read(tmp_path: Path) -> None:
    seen, touched = Seen(), watch.Touched()
    touched.begin()
    touched.take()
    changes = Changes(seen, None, touched)
    changes.on_any_event(watch.LOST(str(tmp_path)))  # the system's queue overflowed
    assert touched.take() is None
    assert seen.paths == [str(tmp_path)]  # and a build is asked for


# /proc/self/mountinfo of WSL 2 with a Windows drive, a network share whose name has a space
# (written \040), and a Linux folder mounted inside the drive's tree
MOUNTINFO = """\
22 27 0:21 / / rw,relatime - ext4 /dev/sdc rw,discard,errors=remount-ro
60 22 0:52 / /mnt/c rw,noatime - 9p drvfs rw,aname=drvfs;path=C:\\;uid=1000;gid=1000
61 60 8:32 / /mnt/c/Users/wang/linux-inside rw,relatime - ext4 /dev/sdd rw
62 22 0:53 / /mnt/my\\040share rw,relatime - cifs //nas/share rw,vers=3.1.1
63 22 0:54 / /srv/data rw,relatime shared:5 - nfs4 nas:/export rw
not a mount line
"""


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/mnt/c/Users/wang/gongshi-city", "9p"),  # a Windows folder opened from WSL
        ("/mnt/c", "9p"),
        ("/mnt/cdrom/x", None),  # another name that starts alike
        ("/mnt/c/Users/wang/linux-inside/city", None),  # a Linux disk mounted inside it
        ("/mnt/my share/city", "cifs"),
        ("/srv/data/city", "nfs4"),
        ("/home/wang/city", None),
    ],
)
def test_file_systems_that_never_tell_of_changes_are_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: str, kind: str | None
) -> None:
    mounts = tmp_path / "mountinfo"
    mounts.write_text(MOUNTINFO, encoding="utf-8")
    monkeypatch.setattr(watch, "MOUNTS", mounts)
    assert watch.silent_file_system(Path(path)) == kind


def test_no_table_of_mounts_means_the_system_is_asked(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(watch, "MOUNTS", tmp_path / "none")  # not Linux
    assert watch.silent_file_system(tmp_path) is None
    # this machine's own table: the test's folder is on a file system that tells
    monkeypatch.setattr(watch, "MOUNTS", Path("/proc/self/mountinfo"))
    assert watch.silent_file_system(tmp_path) is None
