"""The speed tricks of generator/runtime.py, each shown to do what it says and to undo itself."""

from __future__ import annotations

import gc
import json
import multiprocessing
import os
import signal
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

import pytest

from generator import runtime

LINUX_AFFINITY = hasattr(os, "sched_getaffinity")


@pytest.mark.skipif(not LINUX_AFFINITY, reason="needs Linux")
def test_cores_counts_the_cpus_this_process_may_use() -> None:
    """Restricted to one CPU (as taskset or a container does), a process counts one core, however
    many the machine has; unrestricted, every allowed one."""
    assert runtime.cores() == len(os.sched_getaffinity(0))
    reader, writer = os.pipe()
    child = os.fork()
    if child == 0:  # pragma: no cover - runs in the child
        code = 1
        try:
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})
            os.write(writer, str(runtime.cores()).encode())
            code = 0
        finally:
            os._exit(code)
    os.close(writer)
    with os.fdopen(reader) as pipe:
        counted = pipe.read()
    _, status = os.waitpid(child, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    assert counted == "1"


def _square_plus(shared: dict[str, int], index: int) -> tuple[int, int, int]:
    return index, index * index + shared["plus"], os.getpid()


def _fail_on_three(shared: None, index: int) -> int:
    if index == 3:
        raise ValueError("three")
    return index


needs_fork = pytest.mark.skipif(not runtime.can_fork(), reason="needs fork")


@needs_fork
def test_forked_map_returns_every_result_and_unfreezes() -> None:
    """Every index once, computed by the forked workers from the inherited value (never pickled:
    a lock cannot be), while the parent runs a thread of its own; afterwards the collector is
    unfrozen and nothing is inherited any more."""
    shared = {"plus": 7, "unpicklable": threading.Lock()}  # type: ignore[dict-item]
    seen_in_thread: list[int] = []
    with runtime.forked_map(_square_plus, 50, workers=2, inherited=shared) as results:
        assert gc.get_freeze_count() > 0
        side = threading.Thread(target=lambda: seen_in_thread.append(gc.get_freeze_count()))
        side.start()
        got = list(results)
        side.join()
    assert sorted(index for index, _, _ in got) == list(range(50))
    assert all(value == index * index + 7 for index, value, _ in got)
    assert os.getpid() not in {pid for _, _, pid in got}
    assert seen_in_thread and seen_in_thread[0] > 0
    assert gc.get_freeze_count() == 0
    assert runtime._INHERITED is None


def _signals(_: object, index: int) -> tuple[int, bool, bool]:
    return (
        index,
        signal.getsignal(signal.SIGTERM) == signal.SIG_DFL,
        signal.getsignal(signal.SIGINT) == signal.SIG_IGN,
    )


def _interrupt(*_: object) -> None:
    raise KeyboardInterrupt


@needs_fork
def test_workers_end_quietly_whatever_the_parent_does_with_sigterm(
    capfd: pytest.CaptureFixture[str],
) -> None:
    """`gongshi serve` turns SIGTERM into KeyboardInterrupt for itself. Its workers did the same
    when the pool stopped them after a save, each printing a traceback into the terminal; they
    end on SIGTERM as any process does, and leave Ctrl+C to their parent."""
    before = signal.signal(signal.SIGTERM, _interrupt)
    try:
        for _ in range(3):
            with runtime.forked_map(_signals, 4, workers=2, inherited=None) as results:
                got = sorted(results)
        assert got == [(index, True, True) for index in range(4)]
    finally:
        signal.signal(signal.SIGTERM, before)
    err = capfd.readouterr().err
    assert "Traceback" not in err and "KeyboardInterrupt" not in err, err


@needs_fork
def test_forked_map_unfreezes_when_a_worker_raises() -> None:
    with (
        pytest.raises(ValueError, match="three"),
        runtime.forked_map(_fail_on_three, 8, workers=2, inherited=None) as results,
    ):
        for _ in results:
            pass
    assert gc.get_freeze_count() == 0
    assert runtime._INHERITED is None
    assert multiprocessing.active_children() == []


def test_young_collections_only_restores_the_thresholds() -> None:
    before = gc.get_threshold()
    with pytest.raises(RuntimeError), runtime.young_collections_only():
        assert gc.get_threshold()[0] >= 50_000
        assert gc.get_threshold()[2] == 1 << 30
        raise RuntimeError
    assert gc.get_threshold() == before


def test_scratch_folder_is_a_writable_folder() -> None:
    folder = Path(runtime.scratch_folder())
    assert folder.is_dir()
    with tempfile.TemporaryDirectory(dir=folder) as scratch:
        (Path(scratch) / "a" / "index.html").parent.mkdir()
        (Path(scratch) / "a" / "index.html").write_text("<p>x</p>", encoding="utf-8")


@pytest.mark.skipif(
    not LINUX_AFFINITY or len(os.sched_getaffinity(0)) < 2,
    reason="needs Linux and two CPUs",
)
def test_each_pinned_process_runs_on_one_cpu_of_its_own() -> None:
    """A process started inside CorePinner.one_cpu() is kept on one CPU, the least used one; the
    calling thread gets its own affinity back, and the other threads never lose theirs."""
    allowed = os.sched_getaffinity(0)
    pinner = runtime.CorePinner()
    probe = [sys.executable, "-c", "import os; print(sorted(os.sched_getaffinity(0)))"]
    seen_by_other_thread: list[set[int]] = []
    asked = threading.Event()

    def other_thread() -> None:  # already running, like the rendering side's threads
        asked.wait(10)
        seen_by_other_thread.append(os.sched_getaffinity(0))

    other = threading.Thread(target=other_thread)
    other.start()
    with pinner.one_cpu():
        first = json.loads(subprocess.run(probe, capture_output=True, check=True).stdout)
        asked.set()
        other.join()
        with pinner.one_cpu():  # a second process while the first runs: the other CPU
            second = json.loads(subprocess.run(probe, capture_output=True, check=True).stdout)
    assert len(first) == 1 and len(second) == 1 and first != second
    assert set(first) | set(second) <= allowed
    assert seen_by_other_thread == [allowed]
    assert os.sched_getaffinity(0) == allowed
    with pinner.one_cpu():  # both released: the first CPU is the least used again
        third = json.loads(subprocess.run(probe, capture_output=True, check=True).stdout)
    assert third == first


def test_collector_off_while_importing_and_as_it_was_after() -> None:
    """The collector is off inside the block and as it was after it, even when the block fails;
    a block inside code that had it off leaves it off."""
    assert gc.isenabled()
    with runtime.collector_off():
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(KeyError), runtime.collector_off():
        raise KeyError("a failed import")
    assert gc.isenabled()
    gc.disable()
    try:
        with runtime.collector_off():
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def _collects(shared: object, index: int) -> bool:
    return gc.isenabled()


def test_workers_collect_their_own_garbage_while_the_parent_does_not() -> None:
    """A build turns the collector off; the workers it forks turn theirs on, for the garbage
    they make rendering pages all build long."""
    with runtime.collector_off():
        with runtime.forked_map(_collects, 2, workers=2, inherited=None) as results:
            assert list(results) == [True, True]
        assert not gc.isenabled()
    assert gc.isenabled()
