"""`gongshi validate` on a repository nothing changed in since its last run: the findings of that
run again, without reading a record.

The repository's state is the listing of site_config.yml, content/ and orgs/ with each file's
size, times and inode (as git's index and make judge a file unchanged), gongshi's own code,
the date options and the commit checked out (the default date of a check is HEAD's). When all
are as they were, the stored findings are the findings. A file written in the two seconds before
a run could still change within the same timestamp: then nothing is stored, and the next run
reads the records (most from generator.input.recordcache). The verdict is data (JSON) and is
checked on reading: another key, another format or anything malformed, and it is not used.

Kept light on purpose: nothing of pydantic, YAML or the models is imported here.
"""

from __future__ import annotations

import os
import stat
import subprocess
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import Any

from generator.findings import Finding, Report
from generator.fingerprint import code_digest, digest, read_json, write_json

FORMAT = 2
READ = ("site_config.yml", "content", "orgs")  # everything `validate` reads
RACY_NS = 2_000_000_000  # files written this shortly before a run are not trusted by their times


Run = Callable[[Path, Any, "str | None", "Path | None"], Report]


def validate(
    root: Path, *, as_of: Any, source_date_epoch: str | None, cache: Path | None, run: Run
) -> Report:
    """The findings of run(root, as_of, source_date_epoch, cache), or those of its last run
    when the repository is as it was then (cache None: always run, nothing stored)."""
    if cache is None:
        return run(root, as_of, source_date_epoch, None)
    state = State(root, as_of=as_of, source_date_epoch=source_date_epoch)
    verdict = cache / "validate.json"
    report = state.recall(verdict)
    if report is None:
        report = run(root, as_of, source_date_epoch, cache)
        state.remember(verdict, report)
    return report


class State:
    """The repository as a run found it when it started: its key, and whether it may be kept."""

    def __init__(self, root: Path, *, as_of: object, source_date_epoch: str | None) -> None:
        started = time.time_ns()
        lines, newest = _listing(root)
        head = _head(root) if as_of is None and not source_date_epoch else ""
        # no line holds "\0\n" (a name has no NUL, and a NUL in a line is followed by a field)
        self.key = digest(
            str(FORMAT), code_digest(), str(as_of), str(source_date_epoch), head, "\0\n".join(lines)
        )
        self.keep = newest < started - RACY_NS

    def recall(self, path: Path) -> Report | None:
        """The findings of the last run on this state, None when there are none to trust."""
        stored = read_json(path)
        if not isinstance(stored, dict) or stored.get("key") != self.key:
            return None
        try:
            report = Report(files_checked=int(stored["files_checked"]))
            for found in stored["findings"]:
                finding = Finding(**found)
                if not all(isinstance(getattr(finding, name), str) for name in ("path", "code")):
                    return None
                report.add_finding(finding)
        except (KeyError, TypeError, ValueError):
            return None
        return report

    def remember(self, path: Path, report: Report) -> None:
        if not self.keep:
            return
        try:
            write_json(
                path,
                {
                    "format": FORMAT,
                    "key": self.key,
                    "files_checked": report.files_checked,
                    "findings": [asdict(finding) for finding in report.findings],
                },
            )
        except OSError:  # a read-only cache folder: the next run reads the records
            return


def _listing(root: Path) -> tuple[list[str], int]:
    """One line per entry of what validate reads (sorted), and the newest time among them."""
    lines: list[str] = []
    newest = 0
    top = str(root)
    pending: list[str] = []
    for name in READ:
        try:
            info = os.lstat(os.path.join(top, name))
        except OSError:
            lines.append(f"{name}\0-")
            continue
        newest = max(newest, info.st_mtime_ns)
        lines.append(_line(name, info))
        if stat.S_ISDIR(info.st_mode):
            pending.append(name)
    while pending:
        rel = pending.pop()
        try:
            with os.scandir(os.path.join(top, rel)) as entries:
                for entry in entries:
                    child = f"{rel}/{entry.name}"
                    if entry.is_dir(follow_symlinks=False):  # the listing's own type: no stat
                        # a folder is its entries (each listed): its own times add nothing
                        lines.append(f"{child}\0d")
                        pending.append(child)
                        continue
                    info = entry.stat(follow_symlinks=False)
                    if info.st_mtime_ns > newest:
                        newest = info.st_mtime_ns
                    lines.append(
                        f"{child}\0{info.st_mode}\0{info.st_size}\0{info.st_mtime_ns}"
                        f"\0{info.st_ctime_ns}\0{info.st_ino}"
                    )
        except OSError:
            lines.append(f"{rel}\0unreadable")
    lines.sort()
    return lines, newest


def _line(rel: str, info: os.stat_result) -> str:
    return (
        f"{rel}\0{info.st_mode}\0{info.st_size}\0{info.st_mtime_ns}\0{info.st_ctime_ns}"
        f"\0{info.st_ino}"
    )


def _head(root: Path) -> str:
    """The commit checked out (and the repository's top), or nothing outside git."""
    try:
        done = subprocess.run(
            ["git", "-C", str(root), "rev-parse", "--show-toplevel", "HEAD"],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except (OSError, subprocess.TimeoutExpired):
        return "?"
    return done.stdout if done.returncode == 0 else "-"
