"""Reading a repository through git alone: files of a commit are bytes (`git show`), never a work
tree, so a pull request's head can be judged without checking it out (workflow/changes.py)."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from generator.input.textfile import RECORD_MAX_BYTES


class ChangeError(Exception):
    """The change set or the git repository cannot be read (a usage error, exit 2)."""


def run_git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            check=False,
            env={**os.environ, "GIT_TERMINAL_PROMPT": "0", "LC_ALL": "C"},
        )
    except OSError as error:
        raise ChangeError(f"无法运行 git (cannot run git): {error.strerror}") from None


def show(root: Path, base: str, path: str) -> bytes | None:
    """A file as it is in the base commit, or None when it is not there."""
    shown = run_git(root, "show", f"{base}:./{path}")
    return shown.stdout if shown.returncode == 0 else None


def blob(root: Path, commit: str, path: str) -> bytes | None:
    """A file of commit as bytes; None when absent, not a regular file or too large for a record."""
    listed = run_git(root, "ls-tree", "-z", "-l", commit, "--", f"./{path}").stdout.split(b"\0")[0]
    fields = listed.split(b"\t")[0].split()
    if len(fields) != 4 or fields[0] not in (b"100644", b"100755") or fields[1] != b"blob":
        return None  # absent, a folder, a symlink or a submodule
    if int(fields[3]) > RECORD_MAX_BYTES:  # validate reports it (file-too-large)
        return None
    return show(root, commit, path)


def exists_at(root: Path, base: str, path: str) -> bool:
    return run_git(root, "cat-file", "-e", f"{base}:./{path}").returncode == 0
