"""What `gongshi serve` is told when a file of the repository changes.

MkDocs' live-reload server polls: it lists and stats every watched file every 0.5 s, so a save
waited 0.25 s on average before its rebuild started (0.5 s at worst), and every poll of a city's
tens of thousands of files took CPU time from the rebuilds. `Watcher` takes the system's own
notices instead (inotify on Linux, ReadDirectoryChangesW on Windows, FSEvents on macOS, through
watchdog), which arrive at once, and falls back to MkDocs' polling where the system refuses them
(no inotify watches left).

Only changes count: a file opened or read (the build reads every record) is not one, and the
system is not even asked to tell of it: each build reads a thousand files of the example, and
the observer's thread handling two notices for each took the build's time (the build took 0.2 s
longer in `gongshi serve` than in a process watching nothing). A folder deleted, renamed or
moved away counts (the system may report it alone, not each file in it).

The paths told are kept for the next build too (`Touched`): an organization's folder of which
nothing was told since the last reading is taken as that reading left it, not listed and read
again (generator.model.held). Only notices that say when some were lost are trusted so
(inotify's, Windows'); a lost notice, a build that failed, or notices that began after the last
reading was made, and the next build reads every folder.

Where the repository is on a file system whose notices never come for a change made elsewhere —
a Windows folder opened from WSL (/mnt/c: 9p or drvfs), a network share, a virtual machine's
shared folder — the system would accept the watch and tell nothing, and the preview would never
be rebuilt: there it polls from the start (`silent_file_system`), as it does on request
(`gongshi serve --poll`). Polling is never trusted to say what changed: every folder is read.
"""

from __future__ import annotations

import logging
import os
import re
import threading
from pathlib import Path
from typing import Any

from watchdog import events
from watchdog.events import (
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
    FileClosedEvent,
    FileCreatedEvent,
    FileDeletedEvent,
    FileModifiedEvent,
    FileMovedEvent,
    FileSystemEvent,
    FileSystemEventHandler,
)
from watchdog.observers import Observer
from watchdog.observers.api import BaseObserver, ObservedWatch
from watchdog.observers.polling import PollingObserver

log = logging.getLogger(__name__)

# the notices asked of the system: never a file opened, nor closed unwritten (inotify's IN_OPEN
# and IN_CLOSE_NOWRITE), nor a folder's list of entries changed (its files' notices say how)
ASKED = [
    FileCreatedEvent,
    FileModifiedEvent,
    FileDeletedEvent,
    FileMovedEvent,
    FileClosedEvent,
    DirCreatedEvent,
    DirDeletedEvent,
    DirMovedEvent,
]
# notices lost (a queue that overflowed): every folder is read again (watchdog ≥ 7; without it,
# notices are never trusted for more than a rebuild)
LOST = getattr(events, "EventsLostEvent", None)
if LOST is not None:
    ASKED.append(LOST)
# observers that tell when notices were lost
TRUSTED = frozenset({"InotifyObserver", "WindowsApiObserver"})
# file systems whose notices are not told of changes made by another machine or system: WSL's
# Windows drives (9p in WSL 2, drvfs in WSL 1), network shares, virtual machines' shared folders
SILENT = frozenset(
    {
        "9p",
        "drvfs",
        "cifs",
        "smb3",
        "smbfs",
        "nfs",
        "nfs4",
        "afs",
        "ceph",
        "glusterfs",
        "fuse.sshfs",
        "fuse.rclone",
        "vboxsf",
        "vmhgfs",
        "fuse.vmhgfs-fuse",
        "prl_fs",
        "virtiofs",
        "fuse.grpcfuse",
        "fakeowner",
    }
)
MOUNTS = Path("/proc/self/mountinfo")


def silent_file_system(path: Path) -> str | None:
    """The type of the file system holding path when its notices may never come (SILENT); None
    when they do, or when it cannot be told (no /proc: not Linux)."""
    try:
        table = MOUNTS.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    where = os.path.realpath(path)
    best, kind = "", None
    for line in table.splitlines():
        fields, _, rest = line.partition(" - ")
        parts, after = fields.split(), rest.split()
        if len(parts) < 5 or not after:
            continue
        point = _unescaped(parts[4])
        inside = where == point or where.startswith(point.rstrip("/") + "/")
        if inside and len(point) >= len(best):  # the deepest, the last mounted of equals
            best, kind = point, after[0]
    return kind if kind in SILENT else None


def _unescaped(field: str) -> str:
    """A mount point as mountinfo writes it: a space, tab, newline or backslash as \\ooo."""
    return _OCTAL.sub(lambda found: chr(int(found.group(1), 8)), field)


_OCTAL = re.compile(r"\\([0-7]{3})")


class Touched:
    """The paths the system said changed since the last build took them: what a build may
    leave as the reading before it left it. `take()` gives None (read everything) until the
    notices are trusted and a build has begun after they began, and after `lost()`."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._paths: set[str] = set()
        self._trusted = False
        self._whole = True  # what changed before the next build is not known

    def begin(self) -> None:
        """The notices begin (a trusted observer started): changes before were never told."""
        with self._lock:
            self._trusted, self._whole = True, True
            self._paths.clear()

    def note(self, *paths: str) -> None:
        with self._lock:
            self._paths.update(paths)

    def lost(self) -> None:
        """Some changes were not told (or a build that took them failed): read everything."""
        with self._lock:
            self._whole = True

    def take(self) -> frozenset[str] | None:
        """The paths told since the last take, for the build about to begin; None: all."""
        with self._lock:
            paths = None if self._whole or not self._trusted else frozenset(self._paths)
            self._paths.clear()
            self._whole = not self._trusted
        return paths


class Changes(FileSystemEventHandler):
    """Passes the server's handler the events that change what is watched: files written,
    created, deleted or moved, and folders created, deleted or moved (as a change of the
    folder's path, since the server's handler overlooks folders); with `only`, the files of
    those names alone (a folder watched for one file in it)."""

    def __init__(
        self, handler: Any, only: frozenset[str] | None = None, touched: Touched | None = None
    ) -> None:
        self.handler = handler
        self.only = only
        self.touched = touched

    def on_any_event(self, event: FileSystemEvent) -> None:
        # only the notices of ASKED come here (the observer drops the others, polling too)
        if LOST is not None and isinstance(event, LOST):
            if self.touched is not None:
                self.touched.lost()
            self.handler.on_any_event(FileModifiedEvent(event.src_path))  # a build, to catch up
            return
        if event.is_directory and self.only is not None:
            return  # a folder in the folder watched for one file
        if (
            self.only is not None
            and not {Path(str(path)).name for path in (event.src_path, event.dest_path) if path}
            & self.only
        ):
            return
        if self.touched is not None:
            self.touched.note(*(str(path) for path in (event.src_path, event.dest_path) if path))
        if event.is_directory:
            event = FileModifiedEvent(event.src_path)
        self.handler.on_any_event(event)


class Watcher:
    """An observer for MkDocs' LiveReloadServer (`server.observer`): the system's notices, or
    polling when they cannot be had. `only` (path → file names) narrows a folder's watch."""

    def __init__(self, polling_interval: float = 0.5) -> None:
        self.polling_interval = polling_interval
        self.observer: BaseObserver = Observer()
        self.scheduled: list[tuple[Changes, str, bool]] = []
        self.only: dict[str, frozenset[str]] = {}
        self.polling = False
        self.started = False
        self.touched = Touched()

    def schedule(self, handler: Any, path: str, *, recursive: bool = False) -> ObservedWatch:
        changes = Changes(handler, self.only.get(str(path)), self.touched)
        self.scheduled.append((changes, str(path), recursive))
        return self.observer.schedule(changes, path, recursive=recursive, event_filter=ASKED)

    def unschedule(self, watch: ObservedWatch) -> None:
        where = (watch.path, watch.is_recursive)
        self.scheduled = [entry for entry in self.scheduled if entry[1:] != where]
        self.observer.unschedule(watch)

    def start(self) -> None:
        """Start the notices (once: `gongshi serve` starts them before its first build, MkDocs'
        server again as it begins to serve)."""
        if self.started:
            return
        self.started = True
        try:
            self.observer.start()
        except OSError as error:  # e.g. ENOSPC: the user's inotify watches are used up
            log.warning("改为定时检查文件改动 (watching by polling): %s", error)
            self.observer.stop()
            self.use_polling()
            self.observer.start()
        if not self.polling and LOST is not None and type(self.observer).__name__ in TRUSTED:
            self.touched.begin()

    def use_polling(self) -> None:
        """Poll instead (what MkDocs does), with everything scheduled so far."""
        self.observer = PollingObserver(timeout=self.polling_interval)
        self.polling = True
        for changes, path, recursive in self.scheduled:
            self.observer.schedule(changes, path, recursive=recursive, event_filter=ASKED)

    def stop(self) -> None:
        self.observer.stop()

    def join(self, timeout: float | None = None) -> None:
        self.observer.join(timeout)
