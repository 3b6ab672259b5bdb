"""A web server on 127.0.0.1 for the link checks (no test reaches the network), and records naming it."""

from __future__ import annotations

import ipaddress
import os
import shutil
import subprocess
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from generator.workflow import links
from tests.conftest import SITES


class _Handler(BaseHTTPRequestHandler):
    def _answer(self, head: bool) -> None:
        if self.path in ("/ok", "/%E6%B4%BB%E5%8A%A8"):  # /ok and /活动
            code = 200
        elif self.path == "/no-head":
            code = 405 if head else 200
        elif self.path.startswith("/away?"):  # a redirect to wherever the query says
            self.send_response(302)
            self.send_header("Location", self.path.split("?", 1)[1])
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        elif self.path == "/moved":
            self.send_response(301)
            self.send_header("Location", "/ok")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        else:
            code = 404
        self.send_response(code)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def do_HEAD(self) -> None:
        self._answer(head=True)

    def do_GET(self) -> None:
        self._answer(head=False)

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def server(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """The server's address, the one private address the link checker may then ask."""
    monkeypatch.setattr(links, "ALLOWED_NETWORKS", (ipaddress.ip_network("127.0.0.1/32"),))
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()


def with_links(root: Path, base: str) -> None:
    profile = root / "orgs/yangguang/org.yml"
    text = profile.read_text(encoding="utf-8")
    text = text.replace("https://liuan.example.org/", f"{base}/gone")
    text = text.replace(
        "  email: yangguang@example.org\n",
        f"  email: yangguang@example.org\n  website: {base}/ok\n",
    )
    text += (
        f'  - {{title: 街道, url: "{base}/no-head"}}\n  - {{title: 旧址, url: "{base}/moved"}}\n'
    )
    profile.write_text(text, encoding="utf-8")
    policy = root / "content/policies/guideline.md"
    text = policy.read_text(encoding="utf-8")
    policy.write_text(
        text.replace("status: in_force", f"status: in_force\nsource_url: {base}/gone"), "utf-8"
    )


def git(root: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "测试",
        "GIT_AUTHOR_EMAIL": "test@example.org",
        "GIT_COMMITTER_NAME": "测试",
        "GIT_COMMITTER_EMAIL": "test@example.org",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    done = subprocess.run(
        ["git", "-C", str(root), *args], capture_output=True, text=True, env=env, check=True
    )
    return done.stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """tests/sites/minimal committed as `main` in a fresh git repository."""
    root = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", root)
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    return root
