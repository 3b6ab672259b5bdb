"""Benchmark: what one save costs on the example city (issue 23's targets for a preview).

    .venv/bin/python bench/preview.py [--runs 5] [--baseline /tmp/base]

Copies the example (orgs/, content/, theme/, site_config.yml; photos from the repository's
image cache when it has them) into a temporary folder, builds it once, then per run changes one
organization's `purpose` and measures:

- *new command* — `gongshi build` as a new process into the same output (what a staff member
  running the command again, or a pull request's build with its cache, waits for); *its search*
  — how long of it was the search stage (Pagefind on the bundle that holds the change, which
  issue 23's targets allow for), from the build's own timings;
- *in process* — a rebuild in a process that built before, as `gongshi serve` does after a
  save (imports and templates loaded already): until the pages are swapped in; *in process,
  search* — until the search bundles made after them are in place too (generator.search.later;
  a tree without it builds them before the swap, so both figures are the same there);
- *save → reloaded* — a real `gongshi serve`, asked as an open browser page asks it: from
  writing the file until the page's live-reload request (which the server holds until a build
  is in place) has returned and the page, fetched again, holds the new text. (Until 2026-12-07
  this polled the page itself every 20 ms instead, which took the server's time from the build
  it was measuring: about 0.1 s more on the example.)

Every build speaks for the same date (AS_OF). Medians (min–max) of --runs runs; with
--baseline, the same figures of another gongshi tree (its own copy of the example, its own
process and server) in the same runs, alternating which goes first, so that both meet the same
load.
"""

from __future__ import annotations

import argparse
import functools
import json
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent  # the gongshi tree measured (PYTHONPATH)
VENV = Path(sys.executable).parent
ORG = "orgs/liuan-yangguang/org.yml"
# the date every build here speaks for: without it a new command takes the day it runs (the copy
# is no git repository), the in-process builds this one, and every switch between the two would
# render again the pages that show a status the date changes
AS_OF = "2026-12-06"
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


# `gongshi build` as the console script runs it (cli.entry), the build's own timings written to a
# file on the way: how long its search stage took (Pagefind on the bundles that changed)
COMMAND = """
import json, sys
from generator.engine import mkdocs
timings, build = sys.argv[1], mkdocs.build
def timed(*args, **kwargs):
    result = build(*args, **kwargs)
    with open(timings, "w", encoding="utf-8") as stream:
        json.dump(result.timings, stream)
    return result
mkdocs.build = timed
from generator import cli
sys.argv = ["gongshi", *sys.argv[2:]]
cli.entry()
"""


def compile_tree(tree: Path) -> None:
    """The tree's modules compiled to bytecode, as pip compiles an installed package: a new
    command then reads them instead of compiling its 150 modules again (a quarter of a second
    on the example's 2.5 s), which it would wherever PYTHONDONTWRITEBYTECODE is set, as on the
    machine of these figures (Python reads bytecode files there; it only writes none)."""
    subprocess.run(
        [str(VENV / "python"), "-m", "compileall", "-q", str(tree / "generator")],
        check=True, capture_output=True,
    )  # fmt: skip


def new_command(tree: Path, repo: Path, out: Path) -> tuple[float, float]:
    """Seconds of a new `gongshi build`, and of its search stage."""
    timings = out.with_name(out.name + "-timings.json")
    started = time.perf_counter()
    subprocess.run(
        [str(VENV / "python"), "-c", COMMAND, str(timings), "-C", str(repo), "build", "-q",
         "--as-of", AS_OF, "-o", str(out)],
        cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, check=True, capture_output=True,
    )  # fmt: skip
    took = time.perf_counter() - started
    return took, float(json.loads(timings.read_text(encoding="utf-8")).get("search", 0.0))


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


LIVE_RELOAD = re.compile(r"livereload\((\d+), (\d+)\)")  # MkDocs' script in every page


def reloaded(page: str, save: Callable[[], str], timeout: float = 60) -> float:
    """Seconds from save() (which returns the text the page will hold) until a browser showing
    the page would show that text: its live-reload request returns, and it fetches the page."""
    try:
        with urllib.request.urlopen(page, timeout=5) as response:
            found = LIVE_RELOAD.search(response.read().decode("utf-8", "replace"))
    except OSError as error:
        raise SystemExit(f"{page} did not answer before the save: {error}") from error
    assert found, "the page has no live-reload script"
    epoch, request = found.groups()
    started = time.perf_counter()
    text = save()
    server = urllib.parse.urlsplit(page)
    while time.perf_counter() - started < timeout:
        poll = f"{server.scheme}://{server.netloc}/livereload/{epoch}/{request}"
        with urllib.request.urlopen(poll, timeout=timeout) as response:
            epoch = response.read().decode().strip()
        with urllib.request.urlopen(page, timeout=5) as response:
            if text in response.read().decode("utf-8", "replace"):
                return time.perf_counter() - started
    raise SystemExit(f"{page} never showed {text}")


def fmt(values: list[float]) -> str:
    return f"{statistics.median(values):6.2f} s ({min(values):.2f}–{max(values):.2f})"


# as `gongshi serve` rebuilds: the pages swapped in first, then the search bundles, then the
# replaced site collected (generator.engine.preview), before the next save is built
WORKER = """
import dataclasses, datetime, gc, os, resource, sys, time
from pathlib import Path
from generator.engine import mkdocs
from generator.options import BuildOptions
repo, out = Path(sys.argv[1]), Path(sys.argv[2])
as_of = datetime.date.fromisoformat(sys.argv[3]) if sys.argv[3] else None
options = BuildOptions(as_of=as_of, source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"))
if "search_later" in {f.name for f in dataclasses.fields(BuildOptions)}:
    options = dataclasses.replace(options, search_later=True)  # as `gongshi serve` builds
assert mkdocs.build(repo, out, options).built  # imports and templates loaded, as in `serve`
print("ready", flush=True)
told = "changed" in {f.name for f in dataclasses.fields(BuildOptions)}
for line in sys.stdin:
    paths = line.rstrip("\\n").split("\\t")[1:]  # the files changed, as `serve` is told of them
    now = dataclasses.replace(options, changed=frozenset(paths)) if told and paths else options
    started = time.perf_counter()
    result = mkdocs.build(repo, out, now)
    assert result.built
    served = time.perf_counter() - started
    if getattr(result, "later", None) is not None:
        result.later.finish()
    done = time.perf_counter() - started
    gc.collect()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(served, done, peak, flush=True)
"""


class InProcess:
    """A process of one gongshi tree that builds the repository again each time it is asked
    (for the date `as_of`, or the repository's own when it is "")."""

    def __init__(self, tree: Path, repo: Path, out: Path, as_of: str = AS_OF) -> None:
        self.process = subprocess.Popen(
            [str(VENV / "python"), "-c", WORKER, str(repo), str(out), as_of],
            cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, text=True,
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
        )  # fmt: skip
        assert self.process.stdout and self.process.stdout.readline().strip() == "ready"
        self.peak = 0  # the process's peak RSS so far, KB

    def build(self, changed: Path | None = None) -> tuple[float, float]:
        """Seconds until the pages were swapped in, and until the search was too. `changed`:
        the file changed since the last build, told as `gongshi serve` is by the system (a tree
        that cannot be told reads every file)."""
        assert self.process.stdin and self.process.stdout
        told = f"\t{changed.resolve()}" if changed is not None else ""
        self.process.stdin.write(f"build{told}\n")
        self.process.stdin.flush()
        served, done, peak = self.process.stdout.readline().split()
        self.peak = int(peak)
        return float(served), float(done)

    def close(self) -> None:
        if self.process.stdin:
            self.process.stdin.close()
        self.process.wait(timeout=60)


def serve(tree: Path, repo: Path) -> tuple[subprocess.Popen, str]:
    """A `gongshi serve` of the tree on the repository, once it serves; its page to watch."""
    port = free_port()
    server = subprocess.Popen(
        [str(VENV / "python"), "-m", "generator", "-C", str(repo), "serve", "--port", str(port)],
        cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    page = f"http://127.0.0.1:{port}/{ORG.rsplit('/', 1)[0]}/"
    served(page, "</html>", timeout=300)
    return server, page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--baseline", type=Path, help="another gongshi tree")
    args = parser.parse_args()
    trees = {"": REPO}
    if args.baseline:
        trees[", baseline"] = args.baseline.resolve()
    names = (
        "new command",
        "new command, its search",
        "in process",
        "in process, search",
        "save → reloaded",
    )
    figures: dict[str, list[float]] = {f"{n}{t}": [] for t in trees for n in names}
    work = Path(tempfile.mkdtemp(prefix="bench-preview-"))
    running: list[subprocess.Popen] = []
    try:
        sites = {}
        for number, (label, tree) in enumerate(trees.items()):
            compile_tree(tree)
            repo, out = work / f"repo-{number}", work / f"site-{number}"
            copy_example(repo)
            new_command(tree, repo, out)  # cold
            sites[label] = (tree, repo, out)
        workers = {label: InProcess(tree, repo, out) for label, (tree, repo, out) in sites.items()}
        for run in range(1, args.runs + 1):
            order = list(sites) if run % 2 else list(reversed(sites))
            for label in order:
                tree, repo, out = sites[label]
                edit(repo, run * 10)
                took, search = new_command(tree, repo, out)
                figures[f"new command{label}"].append(took)
                figures[f"new command, its search{label}"].append(search)
                edit(repo, run * 10 + 1)
                swapped, done = workers[label].build(repo / ORG)
                figures[f"in process{label}"].append(swapped)
                figures[f"in process, search{label}"].append(done)
        for worker in workers.values():
            worker.close()
        pages = {}
        for label, (tree, repo, _) in sites.items():
            server, pages[label] = serve(tree, repo)
            running.append(server)
        for run in range(1, args.runs + 1):
            order = list(sites) if run % 2 else list(reversed(sites))
            for label in order:
                time.sleep(1.5)  # the last change settled (MkDocs' server polled every 0.5 s)
                repo = sites[label][1]
                figures[f"save → reloaded{label}"].append(
                    reloaded(pages[label], functools.partial(edit, repo, 900 + run))
                )
    finally:
        for server in running:
            server.terminate()
        for server in running:
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:  # never left running behind the bench
                print(f"server {server.pid} did not stop in 30 s: killed", file=sys.stderr)
                server.kill()
        shutil.rmtree(work, ignore_errors=True)
    print(f"the example, one organization's purpose changed; medians of {args.runs} runs")
    for name, values in figures.items():
        print(f"{name:32}{fmt(values)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
