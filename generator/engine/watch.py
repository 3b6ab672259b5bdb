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
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

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


class Changes(FileSystemEventHandler):
    """Passes the server's handler the events that change what is watched: files written,
    created, deleted or moved, and folders created, deleted or moved (as a change of the
    folder's path, since the server's handler overlooks folders); with `only`, the files of
    those names alone (a folder watched for one file in it)."""

    def __init__(self, handler: Any, only: frozenset[str] | None = None) -> None:
        self.handler = handler
        self.only = only

    def on_any_event(self, event: FileSystemEvent) -> None:
        # only the notices of ASKED come here (the observer drops the others, polling too)
        if event.is_directory and self.only is not None:
            return  # a folder in the folder watched for one file
        if (
            self.only is not None
            and not {Path(str(path)).name for path in (event.src_path, event.dest_path) if path}
            & self.only
        ):
            return
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

    def schedule(self, handler: Any, path: str, *, recursive: bool = False) -> ObservedWatch:
        changes = Changes(handler, self.only.get(str(path)))
        self.scheduled.append((changes, str(path), recursive))
        return self.observer.schedule(changes, path, recursive=recursive, event_filter=ASKED)

    def unschedule(self, watch: ObservedWatch) -> None:
        where = (watch.path, watch.is_recursive)
        self.scheduled = [entry for entry in self.scheduled if entry[1:] != where]
        self.observer.unschedule(watch)

    def start(self) -> None:
        try:
            self.observer.start()
        except OSError as error:  # e.g. ENOSPC: the user's inotify watches are used up
            log.warning("改为定时检查文件改动 (watching by polling): %s", error)
            self.observer.stop()
            self.use_polling()
            self.observer.start()

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
