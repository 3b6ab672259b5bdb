"""The processes the benchmarks start run: their code is handed to a new Python as text
(bench/preview.py's in-process worker, bench/incremental.py's split build), which no other test
imports, and a slip in it shows only when a benchmark stops half-way."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from tests.conftest import REPO, SITES

sys.path.insert(0, str(REPO / "bench"))

import incremental
import preview


def test_the_code_handed_to_new_processes_compiles() -> None:
    for name, code in (
        ("preview.WORKER", preview.WORKER),
        ("incremental.SPLIT", incremental.SPLIT),
    ):
        compile(code, name, "exec")


def test_the_in_process_worker_builds_told_what_changed_and_not(tmp_path: Path) -> None:
    repo, out = tmp_path / "repo", tmp_path / "site"
    shutil.copytree(SITES / "minimal", repo)
    process = preview.InProcess(REPO, repo, out, as_of="")
    try:
        org = repo / "orgs" / "yangguang" / "org.yml"
        text = org.read_text(encoding="utf-8")
        for number, changed in enumerate((org, None)):
            org.write_text(text.replace("有我在", f"第{number}次"), encoding="utf-8")
            served, done = process.build(changed)
            assert 0 < served <= done
    finally:
        process.close()
    assert process.process.returncode == 0
    assert "第1次" in (out / "orgs" / "yangguang" / "index.html").read_text(encoding="utf-8")
