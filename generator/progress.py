"""What a long build is doing, while it does it: each stage as it starts, and how far it is.

On a terminal, rich's progress bars (counts, time elapsed and left); without one (a CI log), one
plain line when a stage starts and a count every few seconds, so a log shows where a long build
is; with `--quiet`, nothing. The pipeline only calls `task()`: which of the three it gets is the
command's choice (`reporting()`), and without one nothing is shown.

Findings are never written while a bar is on screen: the command prints them after the build.
Log lines written meanwhile (MkDocs' warnings) are printed above the bars, on lines of their own.

The bottom layer (beside runtime): nothing of gongshi is imported here.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import threading
import time
from collections.abc import Iterator
from typing import IO, Protocol

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TaskID,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)

# every stage a build reports: (Chinese, English)
STAGES = {
    "load": ("读取并校验记录", "reading and checking records"),
    "check": ("核对记录之间的关系", "checks across records"),
    "images": ("处理照片和标志", "photos and logos"),
    "catalog": ("整理页面", "listing pages"),
    "content": ("生成说明页面", "content pages"),
    "pages": ("生成记录页面", "record pages"),
    "search": ("建立搜索索引", "search index"),
    "exports": ("写出开放数据和下载文件", "open data and downloads"),
}
PLAIN_EVERY = 5.0  # seconds between two counts of a stage in a log


def label(key: str) -> str:
    zh, en = STAGES.get(key, (key, key))
    return f"{zh} ({en})"


class Task(Protocol):
    def advance(self, count: int = 1) -> None: ...

    def total(self, total: int) -> None: ...


class Reporter(Protocol):
    """Where stages and counts go."""

    def start(self, key: str, total: int | None) -> Task: ...

    def finish(self, task: Task) -> None: ...

    def close(self) -> None: ...


class _Silent:
    def advance(self, count: int = 1) -> None:
        return None

    def total(self, total: int) -> None:
        return None


class Quiet:
    """No output at all (`--quiet`, and whenever no command asked for progress)."""

    def start(self, key: str, total: int | None) -> Task:
        return _Silent()

    def finish(self, task: Task) -> None:
        return None

    def close(self) -> None:
        return None


class _PlainTask:
    def __init__(self, owner: Plain, key: str, total: int | None) -> None:
        self.owner, self.key, self.count, self.of = owner, key, 0, total
        self.started = self.last = time.monotonic()

    def advance(self, count: int = 1) -> None:
        with self.owner.lock:
            self.count += count
            now = time.monotonic()
            if now - self.last >= self.owner.every:
                self.last = now
                self.owner.line(f"  {label(self.key)}: {self._count()}")

    def total(self, total: int) -> None:
        with self.owner.lock:
            self.of = total

    def _count(self) -> str:
        return f"{self.count}/{self.of}" if self.of is not None else str(self.count)


class Plain:
    """Lines for a log: one when a stage starts, its count every few seconds, one when it ends."""

    def __init__(self, stream: IO[str] | None = None, *, every: float = PLAIN_EVERY) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.every = every
        self.lock = threading.RLock()

    def line(self, text: str) -> None:
        with contextlib.suppress(OSError, ValueError):
            self.stream.write(f"gongshi: {text}\n")
            self.stream.flush()

    def start(self, key: str, total: int | None) -> Task:
        with self.lock:
            self.line(label(key) + (f" — {total}" if total is not None else "") + " …")
        return _PlainTask(self, key, total)

    def finish(self, task: Task) -> None:
        assert isinstance(task, _PlainTask)
        with self.lock:
            seconds = time.monotonic() - task.started
            count = f"{task._count()}，" if task.count else ""
            self.line(f"  {label(task.key)}: {count}用时 {seconds:.1f} 秒 (done)")

    def close(self) -> None:
        return None


class _BarTask:
    def __init__(self, progress: Progress, task: TaskID) -> None:
        self.progress, self.task = progress, task

    def advance(self, count: int = 1) -> None:
        self.progress.advance(self.task, count)

    def total(self, total: int) -> None:
        self.progress.update(self.task, total=total)


class Bars:
    """rich's progress bars on a terminal: every stage a line, with its bar, counts and times."""

    def __init__(self, console: Console | None = None) -> None:
        self.console = console if console is not None else Console(stderr=True)
        self.progress = Progress(
            TextColumn("{task.description}"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            TextColumn("剩余 (left)"),
            TimeRemainingColumn(),
            console=self.console,
            redirect_stdout=False,  # findings go to standard output after the build, not here
            redirect_stderr=True,
        )
        self.progress.start()

    def start(self, key: str, total: int | None) -> Task:
        return _BarTask(self.progress, self.progress.add_task(label(key), total=total))

    def finish(self, task: Task) -> None:
        assert isinstance(task, _BarTask)
        shown = self.progress.tasks[task.task] if task.task < len(self.progress.tasks) else None
        if shown is not None and shown.total is None:
            self.progress.update(task.task, total=max(shown.completed, 1))
        if shown is not None:
            self.progress.update(task.task, completed=shown.total)

    def close(self) -> None:
        self.progress.stop()


_current: Reporter = Quiet()


@contextlib.contextmanager
def reporting(reporter: Reporter) -> Iterator[Reporter]:
    """Stages and counts go to reporter while the block runs; log lines written to standard
    error meanwhile are printed through it (above the bars), then everything is as before."""
    global _current
    previous, _current = _current, reporter
    moved = _log_handlers_to(sys.stderr) if isinstance(reporter, Bars) else []
    try:
        yield reporter
    finally:
        for handler, stream in moved:
            handler.setStream(stream)
        reporter.close()
        _current = previous


def _log_handlers_to(stream: IO[str]) -> list[tuple[logging.StreamHandler, IO[str]]]:
    """Point every log handler that writes to the real standard error at stream (rich's
    redirected standard error, which prints above the bars); (handler, its stream) to undo."""
    moved = []
    loggers = [logging.getLogger(), *logging.Logger.manager.loggerDict.values()]
    for logger in loggers:
        for handler in getattr(logger, "handlers", []):
            if type(handler) is logging.StreamHandler and handler.stream is sys.__stderr__:
                moved.append((handler, handler.setStream(stream)))
    return [(handler, old) for handler, old in moved if old is not None]


def for_command(*, quiet: bool, stream: IO[str] | None = None) -> Reporter:
    """The reporter a command gets: nothing with --quiet, bars on a terminal, else lines."""
    stream = stream if stream is not None else sys.stderr
    if quiet:
        return Quiet()
    if stream.isatty():
        return Bars(Console(file=stream))
    return Plain(stream)


@contextlib.contextmanager
def task(key: str, total: int | None = None) -> Iterator[Task]:
    """One stage of the current work: shown when it starts, advanced by the caller, closed when
    the block ends."""
    reporter = _current
    shown = reporter.start(key, total)
    try:
        yield shown
    finally:
        reporter.finish(shown)
