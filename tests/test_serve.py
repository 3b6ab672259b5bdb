"""`mkdocs build -f site_config.yml` gives the same site as `gongshi build`, and `gongshi serve`
serves it on 127.0.0.1 and rebuilds when a record changes."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from tests.conftest import SITES, build
from tests.test_build import _tree_digest

BIN = Path(sys.executable).parent


def test_mkdocs_build_gives_the_same_site(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    assert build(repo, tmp_path / "gongshi").built
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "-f", "site_config.yml", "-d", str(tmp_path / "mkdocs")],
        cwd=repo, env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    assert _tree_digest(tmp_path / "gongshi") == _tree_digest(tmp_path / "mkdocs")


def test_mkdocs_build_fails_on_findings(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    org = repo / "orgs/yangguang/org.yml"
    org.write_text(
        org.read_text(encoding="utf-8").replace("status: registered", "status: 登记"),
        encoding="utf-8",
    )
    result = subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "-f", "site_config.yml", "-d", str(tmp_path / "out")],
        cwd=repo, capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "invalid-value" in result.stdout and "Traceback" not in result.stderr


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode("utf-8")


def test_serve_rebuilds_on_record_change(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    port = _free_port()
    server = subprocess.Popen(
        [str(BIN / "gongshi"), "-C", str(repo), "serve", "--port", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        page = f"http://127.0.0.1:{port}/orgs/yangguang/"
        html = ""
        for _ in range(120):
            try:
                html = _get(page)
                break
            except OSError:
                time.sleep(0.5)
        assert "有我在，您放心" in html
        org = repo / "orgs/yangguang/org.yml"
        org.write_text(
            org.read_text(encoding="utf-8").replace("有我在，您放心", "邻里守望一家亲"),
            encoding="utf-8",
        )
        for _ in range(120):
            time.sleep(0.5)
            try:
                if "邻里守望一家亲" in _get(page):
                    break
            except OSError:
                continue
        else:
            raise AssertionError("the page was not rebuilt after the record changed")
    finally:
        server.terminate()
        server.wait(timeout=20)
