"""`gongshi build`: validate, then build the whole site into a temporary folder beside the target
and swap it in — the previous output stays untouched unless the new one is complete.
"""

from __future__ import annotations

import logging
import os
import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from .config import CONFIG_FILE
from .findings import Report
from .publish import BuildState, fix_build_date, load

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
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.rename(staging, output)
