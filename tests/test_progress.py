"""Progress on long work: bars on a terminal, plain lines in a log, nothing with --quiet; findings
are never written into a bar."""

from __future__ import annotations

import io
import os
import pty
import re
import shutil
import subprocess
import sys
from pathlib import Path

from rich.console import Console

from generator import progress
from tests.conftest import REPO, SITES, build

STAGE_NAMES = ["load", "check", "images", "catalog", "content", "pages", "search", "exports"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")


def _broken_copy(tmp_path: Path) -> Path:
    """The fixture site with one warning-free error: an activity dated in an impossible month."""
    site = tmp_path / "site"
    shutil.copytree(SITES / "minimal", site)
    activity = next((site / "orgs").glob("*/activities/*.yml"))
    text = activity.read_text(encoding="utf-8")
    activity.write_text(re.sub(r"date: .*", "date: 2024-13-40", text, count=1), encoding="utf-8")
    return site


def test_plain_lines_name_every_stage_and_count(site_copy: Path, tmp_path: Path) -> None:
    stream = io.StringIO()
    reporter = progress.Plain(stream, every=0.0)  # a count at every step
    with progress.reporting(reporter):
        result = build(site_copy, tmp_path / "out", workers=1)
    assert result.built
    lines = stream.getvalue().splitlines()
    assert all(line.startswith("gongshi: ") for line in lines)
    for key in STAGE_NAMES:
        zh, en = progress.STAGES[key]
        started = [n for n, line in enumerate(lines) if line.endswith("…") and zh in line]
        ended = [n for n, line in enumerate(lines) if f"{zh} ({en})" in line and "(done)" in line]
        assert started and ended and started[0] < ended[0], key
    pages = result.stats["pages"]
    assert any(f"生成记录页面 (record pages): {pages}/{pages}" in line for line in lines)
    assert "\x1b" not in stream.getvalue()  # no terminal codes in a log


def test_plain_counts_only_every_few_seconds(tmp_path: Path) -> None:
    stream = io.StringIO()
    reporter = progress.Plain(stream, every=3600)
    with progress.reporting(reporter), progress.task("images", total=1000) as shown:
        for _ in range(1000):
            shown.advance()
    lines = stream.getvalue().splitlines()
    assert len(lines) == 2  # its start and its end, no count in between within the hour
    assert "1000/1000" in lines[1]


def test_terminal_bars_show_counts_and_stages(site_copy: Path, tmp_path: Path) -> None:
    stream = io.StringIO()
    console = Console(file=stream, force_terminal=True, width=120, color_system=None)
    with progress.reporting(progress.Bars(console)):
        result = build(site_copy, tmp_path / "out", workers=1)
    assert result.built
    shown = ANSI.sub("", stream.getvalue())
    pages = result.stats["pages"]
    assert f"{pages}/{pages}" in shown  # the record pages' bar, counted
    for key in STAGE_NAMES:
        assert progress.STAGES[key][0] in shown, key
    assert "━" in shown  # a bar was drawn


def test_command_without_a_terminal_logs_lines_and_quiet_silences(tmp_path: Path) -> None:
    site = _broken_copy(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    command = [sys.executable, "-m", "generator", "-C", str(site), "build", "-o"]
    logged = subprocess.run(
        [*command, str(tmp_path / "a"), "--workers", "1"], capture_output=True, text=True, env=env
    )
    assert logged.returncode == 1
    assert "gongshi: 读取并校验记录 (reading and checking records)" in logged.stderr
    assert "\x1b" not in logged.stderr
    # the finding is on its own line of standard output, nothing of the progress there
    assert "gongshi:" not in logged.stdout and "2024-13-40" in logged.stdout
    quiet = subprocess.run(
        [*command, str(tmp_path / "b"), "--quiet"], capture_output=True, text=True, env=env
    )
    assert quiet.returncode == 1
    assert "读取并校验记录" not in quiet.stderr
    assert quiet.stdout == logged.stdout  # the findings, the same


def test_findings_on_a_terminal_come_after_the_bars(tmp_path: Path) -> None:
    """On a terminal (a pseudo-terminal here), every finding line is whole: no bar drawn into it."""
    site = _broken_copy(tmp_path)
    env = {**os.environ, "PYTHONPATH": str(REPO), "COLUMNS": "100", "TERM": "xterm"}
    leader, follower = pty.openpty()
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "-C", str(site), "build", "-o", str(tmp_path / "a")],
        stdin=follower,
        stdout=follower,
        stderr=follower,
        env=env,
    )
    os.close(follower)
    chunks = []
    while True:
        try:
            chunk = os.read(leader, 65536)
        except OSError:
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert process.wait(timeout=120) == 1
    os.close(leader)
    text = b"".join(chunks).decode("utf-8", "replace")
    assert "\x1b[" in text  # drawn as a terminal's bars
    finding_lines = [line for line in text.replace("\r", "\n").split("\n") if "2024-13-40" in line]
    assert finding_lines
    for line in finding_lines:
        assert "━" not in line and "\x1b[?25l" not in line
    last_bar = max(text.rfind("━"), text.rfind("\x1b[?25l"))
    assert last_bar < text.index("2024-13-40")  # every finding after the last bar drawn
