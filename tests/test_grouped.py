"""Reports that cannot flood: many findings of one code in one folder are shown as one in the
text and GitHub formats (every one kept in JSON), the step summary stays within what GitHub
shows, a closed pipe ends the command quietly, killed builds' staging folders are removed."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import main
from generator.findings import Report
from tests.conftest import REPO, SITES, build

FOLDER = "orgs/yangguang/activities/2024-05-12-yiyuan"
ACTIVITY = f"{FOLDER}.yml"
STRAY = 2000
ALIASES = 5000


def _strays(root: Path, count: int = STRAY) -> None:
    for index in range(count):
        (root / FOLDER / f"stray-{index:05d}.txt").write_text("x", encoding="utf-8")


def _negative(root: Path) -> None:
    path = root / ACTIVITY
    path.write_text(
        path.read_text(encoding="utf-8").replace("participants: 80", "participants: -1"),
        encoding="utf-8",
    )


def _aliases(root: Path, count: int = ALIASES) -> None:
    path = root / ACTIVITY
    text = path.read_text(encoding="utf-8").replace("place: ", "place: &p ", 1)
    path.write_text(text + "tags:\n" + "  - *p\n" * count, encoding="utf-8")


def test_stray_files_report_in_a_few_lines(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _strays(site_copy)
    assert main(["-C", str(site_copy), "validate"]) == 0
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 2
    first, summary = lines
    assert first.startswith(f"{FOLDER}/stray-00000.txt:1:1: warning[unused-photo]: ")
    assert f"“{FOLDER}”中共有 {STRAY} 处同类问题" in first
    assert "stray-00000.txt:1:1、stray-00001.txt:1:1、stray-00002.txt:1:1；" in first
    assert "stray-00003.txt" not in first
    assert f"{STRAY} findings of this kind in {FOLDER}" in first
    assert summary == (
        f"共检查 13 个文件：0 个错误，{STRAY} 个警告 (0 errors, {STRAY} warnings in 13 files)"
    )


def test_aliases_in_one_file_are_one_finding(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _aliases(site_copy)
    assert main(["-C", str(site_copy), "validate", "--lang", "en"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    count = ALIASES + 1  # the anchor too
    assert len(lines) == 2
    assert lines[0].startswith(f"{ACTIVITY}:3:8: error[yaml-alias]: {count} findings of this kind")
    assert (
        "2024-05-12-yiyuan.yml:3:8, 2024-05-12-yiyuan.yml:19:5, 2024-05-12-yiyuan.yml:20:5"
        in (lines[0])
    )
    assert lines[1] == f"{count} errors, 0 warnings in 13 files"


def test_five_stay_apart_and_other_codes_are_not_hidden(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _strays(site_copy, 5)
    _negative(site_copy)
    assert main(["-C", str(site_copy), "validate"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 7  # five strays, one negative number, the summary
    assert sum("[unused-photo]" in line for line in lines) == 5
    assert any("[negative-number]" in line for line in lines)
    assert not any("同类问题" in line for line in lines)

    _strays(site_copy, 6)
    assert main(["-C", str(site_copy), "validate"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3 and "中共有 6 处同类问题" in lines[1]
    assert "[negative-number]" in lines[0]
    assert lines[2].endswith("(1 error, 6 warnings in 13 files)")


def test_json_keeps_every_finding_and_names_its_group(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _strays(site_copy)
    assert main(["-C", str(site_copy), "validate", "--format", "json"]) == 0
    document = json.loads(capsys.readouterr().out)
    assert len(document["findings"]) == STRAY
    assert {f["group"] for f in document["findings"]} == {0}
    assert document["summary"]["warnings"] == STRAY
    (group,) = document["groups"]
    assert group["folder"] == FOLDER and group["code"] == "unused-photo"
    assert group["count"] == STRAY and group["severity"] == "warning"
    assert group["places"] == [f"{FOLDER}/stray-0000{i}.txt:1:1" for i in range(3)]


def test_github_format_and_summary_are_small(
    site_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _strays(site_copy)
    _negative(site_copy)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["-C", str(site_copy), "validate", "--format", "github"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(f"::error file={ACTIVITY},line=6,col=15,title=negative-number%3A ")
    assert lines[1].startswith(f"::warning file={FOLDER}/stray-00000.txt,line=1,col=1,")
    assert f"{STRAY} findings of this kind" in lines[1]
    assert lines[2].endswith(f"(1 error, {STRAY} warnings in 13 files)")
    text = summary.read_text(encoding="utf-8")
    assert text.count("\n| `orgs/") == 2 and len(text.encode("utf-8")) < 10_000


def test_step_summary_stays_under_one_mebibyte_whatever_the_input(tmp_path: Path) -> None:
    report = Report()
    for index in range(20_000):  # distinct folders: nothing to group
        report.add("negative-number", f"orgs/o{index}/{'长' * 60}.yml", field="x" * 80, value=-1)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step output\n" * 1000, encoding="utf-8")
    os.environ["GITHUB_STEP_SUMMARY"] = str(summary)
    try:
        report.write_step_summary()
        report.write_step_summary()  # twice in one step: still within the limit
    finally:
        del os.environ["GITHUB_STEP_SUMMARY"]
    text = summary.read_text(encoding="utf-8")
    assert len(text.encode("utf-8")) < 1024 * 1024
    assert "条未列出" in text and "more not listed" in text
    assert "(20000 errors, 0 warnings in 0 files)" in text


def test_a_closed_pipe_ends_quietly_with_the_usual_code(site_copy: Path) -> None:
    """`gongshi validate --format json | head -c 10`: the output (5,001 findings, more than a
    pipe holds) is cut short, and the command still ends with its own code, without a word."""
    _aliases(site_copy)
    process = subprocess.Popen(
        [sys.executable, "-m", "generator", "-C", str(site_copy), "validate", "--format", "json"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=REPO,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    assert process.stdout is not None and process.stderr is not None
    assert process.stdout.read(10)  # read a little, then stop reading
    process.stdout.close()
    err = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 1  # errors in the records, as without the pipe
    assert err == ""


def test_staging_folders_of_killed_builds_are_removed(tmp_path: Path) -> None:
    """A killed build leaves `.out.building-*`; the next build removes it once it is older
    than a running build's would be, like a retired output. A young one may still be in use."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    killed = tmp_path / ".out.building-killed"
    (killed / "orgs").mkdir(parents=True)
    (killed / "orgs/page.html").write_text("half", encoding="utf-8")
    old = time.time() - 3600
    for path in (killed / "orgs/page.html", killed / "orgs", killed):
        os.utime(path, (old, old))
    running = tmp_path / ".out.building-running"
    (running / "orgs").mkdir(parents=True)
    os.utime(running, (old, old))  # its top folder is old, but it still writes into orgs/

    assert build(repo, tmp_path / "out").built
    deadline = time.monotonic() + 60
    while killed.exists():
        assert time.monotonic() < deadline, "the killed build's staging folder stayed"
        time.sleep(0.1)
    assert running.is_dir()
    assert sorted(p.name for p in tmp_path.iterdir()) == [".out.building-running", "out", "repo"]
