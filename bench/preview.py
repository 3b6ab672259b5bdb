"""Benchmark: what one save costs on the example city (issue 23's targets for a preview).

    .venv/bin/python bench/preview.py [--runs 5] [--baseline /tmp/base]

Copies the example (orgs/, content/, theme/, site_config.yml; photos from the repository's
image cache when it has them) into a temporary folder, builds it once, then per run changes one
organization's `purpose` and measures:

- *new command* — `gongshi build` as a new process into the same output (what a staff member
  running the command again, or a pull request's build with its cache, waits for);
- *in process* — a rebuild in a process that built before (what `gongshi serve` does after a
  save: imports and templates are loaded already);
- *save → served* — a real `gongshi serve`: from writing the file to the organization's page
  being served with the new text (the browser's reload follows within the live-reload poll).

Medians (min–max) of --runs runs; with --baseline, the new-command figure of another gongshi
tree in the same runs, alternating.
"""

from __future__ import annotations

import argparse
import datetime
import os
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))
VENV = Path(sys.executable).parent
ORG = "orgs/liuan-yangguang/org.yml"
COPIED = ("orgs", "content", "theme", "site_config.yml")


def copy_example(target: Path) -> None:
    for name in COPIED:
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, target / name)
        elif source.exists():
            shutil.copy2(source, target / name)
    images = REPO / ".cache" / "images"
    if images.exists():
        (target / ".cache").mkdir()
        (target / ".cache" / "images").symlink_to(images.resolve())


def edit(repo: Path, run: int) -> str:
    """Change the organization's purpose; the new text, to look for on its page."""
    path = repo / ORG
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    mark = f"（第{run}次修改）"
    for number, line in enumerate(lines):
        if line.startswith("purpose:"):
            lines[number] = line.rstrip("\n").split("（第")[0] + mark + "\n"
    path.write_text("".join(lines), encoding="utf-8")
    return mark


def new_command(tree: Path, repo: Path, out: Path) -> float:
    started = time.perf_counter()
    subprocess.run(
        [str(VENV / "python"), "-m", "generator", "-C", str(repo), "build", "-q", "-o", str(out)],
        cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, check=True, capture_output=True,
    )  # fmt: skip
    return time.perf_counter() - started


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def served(url: str, text: str, timeout: float = 60) -> float:
    """Seconds until the page at url holds text."""
    started = time.perf_counter()
    while time.perf_counter() - started < timeout:
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if text in response.read().decode("utf-8", "replace"):
                    return time.perf_counter() - started
        except OSError:
            pass
        time.sleep(0.02)
    raise SystemExit(f"{url} never showed {text}")


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s ({min(values):.2f}–{max(values):.2f})"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another gongshi tree")
    args = parser.parse_args()
    from generator.engine import mkdocs
    from generator.options import BuildOptions

    work = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    figures: dict[str, list[float]] = {"new command": [], "in process": [], "save → served": []}
    if args.baseline:
        figures["new command, baseline"] = []
    server = None
    try:
        repo, out = work / "repo", work / "site"
        copy_example(repo)
        options = BuildOptions(as_of=datetime.date(2026, 12, 6))
        assert mkdocs.build(repo, out, options).built  # cold, and this process warmed up
        for run in range(1, args.runs + 1):
            trees = [("new command", REPO)]
            if args.baseline:
                trees.append(("new command, baseline", args.baseline.resolve()))
            for name, tree in trees if run % 2 else list(reversed(trees)):
                edit(repo, run * 10 + len(name))
                new_command(tree, repo, out)  # its first build after the other tree's
                edit(repo, run * 10 + len(name) + 1)
                figures[name].append(new_command(tree, repo, out))
            edit(repo, run * 10 + 5)
            started = time.perf_counter()
            assert mkdocs.build(repo, out, options).built
            figures["in process"].append(time.perf_counter() - started)
        port = free_port()
        server = subprocess.Popen(
            [str(VENV / "python"), "-m", "generator", "-C", str(repo), "serve", "--port", str(port)],
            cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        page = f"http://127.0.0.1:{port}/{ORG.rsplit('/', 1)[0]}/"
        served(page, "</html>", timeout=300)
        for run in range(1, args.runs + 1):
            time.sleep(1.5)  # the server notices a change after it settles
            mark = edit(repo, 900 + run)
            figures["save → served"].append(served(page, mark))
    finally:
        if server is not None:
            server.terminate()
            server.wait(timeout=30)
        shutil.rmtree(work, ignore_errors=True)
    print(f"the example, one organization's purpose changed; medians of {args.runs} runs")
    for name, values in figures.items():
        print(f"{name:26}{fmt(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
