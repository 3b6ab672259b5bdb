"""Every speed trick of a build in one place: how many cores, work forked across them, the
collector's settings, Pagefind processes pinned to a CPU each, scratch files in memory.

The bottom layer (beside findings and messages): nothing of gongshi is imported here.
"""

from __future__ import annotations

import contextlib
import functools
import gc
import multiprocessing
import os
import signal
import tempfile
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

Shared = TypeVar("Shared")
Result = TypeVar("Result")


def cores() -> int:
    """The number of CPUs this process may run on: its allowed set where the system tells it (a
    container's or `taskset`'s limit), else every CPU of the machine. os.cpu_count() counts the
    machine's, so under a restricted set more workers than cores would share them."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except (AttributeError, OSError):  # not Linux
        return os.cpu_count() or 1


@contextlib.contextmanager
def young_collections_only() -> Iterator[None]:
    """While reading a city or building its catalog, the cyclic collector passes over young
    objects only (the few cycles of broken records are still freed).

    Those stages allocate millions of objects that all live on; the collector's full passes over
    the ever larger heap took a fifth of validating 10,000 organizations and two thirds of
    building their catalog, and made both grow faster than the input.
    """
    thresholds = gc.get_threshold()
    gc.set_threshold(max(thresholds[0], 50_000), thresholds[1], 1 << 30)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)


@contextlib.contextmanager
def collector_off() -> Iterator[None]:
    """The cyclic collector off for a while: a command's imports and a build (generator.
    pipeline.build), whose objects all live on (its passes over a build's imports were 0.04 of
    0.4 s; over the young objects of a rebuild at 2,000 organizations, 0.4–0.6 s)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


# -- work forked across the cores --------------------------------------------------------------

# (work, shared) while a forked_map runs: the workers find it in their copy of this module, so
# neither the work nor the shared state is ever pickled (only the indexes and the results are).
_INHERITED: tuple[Callable[[Any, int], Any], Any] | None = None


def can_fork() -> bool:
    """Whether worker processes can be forked here (not on Windows, nor macOS's default)."""
    return "fork" in multiprocessing.get_all_start_methods()


def worker_start() -> None:
    """A forked worker's collector on: a build turns it off (generator.pipeline.build), and a
    worker that renders pages or pictures for the whole build makes garbage of its own."""
    gc.enable()


def _worker_signals() -> None:
    """A worker's signals as a worker's, not as its parent's: SIGTERM ends it (the pool stops
    its workers with it; `gongshi serve` turns SIGTERM into KeyboardInterrupt for itself, and a
    worker that inherited that handler printed a traceback in the terminal as the pool closed
    after a save) and Ctrl+C is left to the parent, which stops the pool. Its collector on
    (worker_start)."""
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    worker_start()


def _run_inherited(index: int) -> Any:
    """Worker: the inherited work on one index."""
    assert _INHERITED is not None
    work, shared = _INHERITED
    return work(shared, index)


@contextlib.contextmanager
def forked_map(
    work: Callable[[Shared, int], Result],
    count: int,
    *,
    workers: int,
    inherited: Shared,
) -> Iterator[Iterator[Result]]:
    """Fork `workers` processes that inherit `inherited` (never pickled) and run
    work(inherited, index) for every index in range(count); gives the results in the order they
    finish. Inside the block the parent may start threads (after the fork: none of them is copied
    into a worker) and must consume the results; on leaving, the workers are stopped.

        with forked_map(render_share, len(shares), workers=2, inherited=state) as results:
            for result in results: ...

    While it runs, the collector leaves every object of the parent alone (gc.freeze()): the
    workers neither scan the inherited state nor copy its memory pages by touching their object
    headers. The collector is unfrozen and the inherited value dropped whatever happens."""
    global _INHERITED
    _INHERITED = (work, inherited)
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers, _worker_signals) as pool:

            def results() -> Iterator[Result]:  # the work is handed out once iterated
                yield from pool.imap_unordered(_run_inherited, range(count))

            yield results()
    finally:
        _INHERITED = None
        gc.unfreeze()


# -- Pagefind processes -------------------------------------------------------------------------


class CorePinner:
    """One CPU for each Pagefind process, the one the fewest of them are running on.

    Pagefind spreads a bundle over threads that barely use a second core (measured on 2 cores:
    2.5 s of wall time for 2.8 CPU-seconds), and a multi-threaded process that frees memory
    interrupts every core its threads ran on to flush their TLBs (musl's allocator maps and
    unmaps Pagefind's compressor state for every page). Kept on one CPU, the same bundle took
    2.3 s for 2.3 CPU-seconds, and two bundles at once 2.3 s instead of 2.9. A build runs
    more Pagefind processes than cores beside its renderers, so no parallelism is lost."""

    def __init__(self) -> None:
        try:
            cpus = sorted(os.sched_getaffinity(0))
        except (AttributeError, OSError):  # not Linux: the system places the processes
            cpus = []
        self._running = dict.fromkeys(cpus if len(cpus) > 1 else [], 0)
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def one_cpu(self) -> Iterator[None]:
        """Processes started inside run on the least used CPU (the affinity of the calling
        thread, which they inherit; the other threads of this process are unaffected)."""
        if not self._running:
            yield
            return
        before = os.sched_getaffinity(0)
        with self._lock:
            cpu = min(self._running, key=self._running.__getitem__)
            self._running[cpu] += 1
        try:
            with contextlib.suppress(OSError):  # a CPU gone offline: the system places it
                os.sched_setaffinity(0, {cpu})
            yield
        finally:
            with contextlib.suppress(OSError):
                os.sched_setaffinity(0, before)
            with self._lock:
                self._running[cpu] -= 1


# -- scratch files ------------------------------------------------------------------------------


@functools.cache
def scratch_folder() -> str:
    """Where short-lived scratch files go: memory (/dev/shm) when there is some, since creating
    and removing tens of thousands of small folders costs seconds on a disk mounted with
    `discard`; else the system's temporary folder."""
    shm = Path("/dev/shm")
    if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK):
        return str(shm)
    return tempfile.gettempdir()
