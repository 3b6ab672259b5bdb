"""`gongshi build`: validate, then build the whole site into a temporary folder beside the target
and swap it in — the previous output stays untouched unless the new one is complete.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from generator.engine.publish import BuildState, fix_build_date, load
from generator.findings import Report
from generator.input.config import CONFIG_FILE
from generator.runtime import young_collections_only

log = logging.getLogger(__name__)


@dataclass
class BuildResult:
    report: Report
    output: Path
    built: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, object] = field(default_factory=dict)


def build(
    root: Path, output: Path, *, use_cache: bool = True, workers: int | None = None
) -> BuildResult:
    """Build the site of the repository at root into output, atomically."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, MkDocsException

    started = time.perf_counter()
    root = root.resolve()
    output = output if output.is_absolute() else (root / output)
    site, report = load(root)
    result = BuildResult(report=report, output=output)
    result.timings["load"] = time.perf_counter() - started
    if report.errors:
        return result
    output.parent.mkdir(parents=True, exist_ok=True)
    _leftovers(output)
    staging = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.building-"))
    fix_build_date()
    try:
        config = load_config(str(root / CONFIG_FILE), site_dir=str(staging))
        plugin = config.plugins.get("gongshi")
        if plugin is None:
            raise MkDocsException(
                "site_config.yml 的 plugins 中没有 gongshi (the gongshi plugin is not enabled)"
            )
        plugin.preloaded = (site, report)
        plugin.config["use_cache"] = use_cache
        if workers:
            plugin.config["workers"] = workers
        try:
            with young_collections_only():  # the whole site stays alive to the end
                mkdocs_build(config)
        except Abort:
            if not report.errors:
                raise
            shutil.rmtree(staging, ignore_errors=True)
            return result  # findings found while building (images): nothing replaced
        state: BuildState | None = plugin.state
        if state:
            result.timings.update(state.timings)
            result.stats.update(state.stats)

        _swap(staging, output)
        result.built = True
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    result.timings["total"] = time.perf_counter() - started
    return result


def _swap(staging: Path, output: Path) -> None:
    """Replace output with staging: two renames, so readers see the old or the new site, whole."""
    os.chmod(staging, 0o755)
    if output.exists():
        retired = Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.old-"))
        os.rename(output, retired / "site")
        os.rename(staging, output)
        remove_later(retired)
    else:
        os.rename(staging, output)


def remove_later(folder: Path) -> None:
    """Delete a retired output in a process of its own, so nobody waits for it: on a disk
    mounted with `discard` removing files is slow (measured here: 2 minutes for the 140,000
    files and folders of a 5,000-organization site), and the new site is already in place."""
    try:
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                "import shutil, sys; shutil.rmtree(sys.argv[1], True)",
                str(folder),
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # survives the end of `gongshi build`
        )
    except OSError:
        shutil.rmtree(folder, ignore_errors=True)


def _leftovers(output: Path, older_than: float = 600) -> None:
    """Retired outputs a stopped machine left behind (their deleting process was killed)."""
    now = time.time()
    for folder in output.parent.glob(f".{output.name}.old-*"):
        with contextlib.suppress(OSError):
            if now - folder.stat().st_mtime > older_than:
                remove_later(folder)
