"""Benchmark: what a change costs. Cold build, rebuild after one organization changes, rebuild
after one template (a theme override) changes, and `validate` cold, warm (nothing changed) and
after one organization changes — for this tree and, in the same run, a baseline tree (another
commit of gongshi, e.g. `git archive main | tar -x -C /tmp/base`), plus Hugo + Pagefind
rebuilding the comparable site after one page changes.

    .venv/bin/python bench/incremental.py --baseline /tmp/base [--orgs 1000] [--runs 3]
        [--builds-only]

--builds-only skips the three `validate` figures (the builds alone: cold, one organization, one
template).

The split the issue's target allows for (re-indexing the search bundle that holds a change may
cost what that bundle costs) is measured on one more change of an organization, built in a new
process as `gongshi serve` builds: its pages swapped in first (`one_org_pages`: from the start of
the process), then its search bundles (`one_org_search`: Pagefind on the bundles that changed,
after the pages; generator.search.later). The plain `rebuild_one_org` overlaps the two.

`in_process` is `gongshi serve`'s case: one process builds the repository, then rebuilds it after
each of three changes of an organization, a few seconds apart, as after a save, told which file
changed as `serve` is told by the system (generator.model.held; a baseline tree that cannot be
told reads every file): the median of the three, until the pages are swapped in (its search bundles and the collection of the replaced site
follow, as in `serve`, before the next change). After each build the bench waits until the output's spare is ready (the retired
output a later build starts from, made in the background: generator/render/spare.py), as a
person editing between builds would, so that one build's background work is not timed in the
next; it waits as well until a retired output is deleted (up to 2 minutes), for either tree.

Each figure is the median of --runs runs (wall seconds) with peak RSS (MB); the two trees
alternate which goes first. A synthetic repository from `gongshi demo` (no photos).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages import VENV, _hugo_site, _run
from preview import InProcess, compile_tree

HERE = Path(__file__).resolve().parent.parent
OVERRIDE = "generator/templates/gongshi/body/activity.html"
STEPS = (
    "cold_build",
    "rebuild_one_org",
    "one_org_pages",
    "one_org_search",
    "in_process",
    "rebuild_template",
    "validate_cold",
    "validate_warm",
    "validate_one_org",
)


def _gongshi(tree: Path, repo: Path, *args: str) -> tuple[float, int]:
    env_python = [
        "env",
        f"PYTHONPATH={tree}",
        str(VENV / "python"),
        "-m",
        "generator",
        "-C",
        str(repo),
    ]
    # run from the tree itself: `python -m` puts the working folder first on sys.path, ahead of
    # PYTHONPATH, so run from another gongshi checkout it would import that one's code
    return _run([*env_python, *args], cwd=tree)


# a build as `gongshi serve` makes it (pages first, its search bundles after), in a new process;
# prints when the pages were swapped in and when the search was done (seconds since the epoch)
SPLIT = """
import os, sys, time
from pathlib import Path
from generator.engine import mkdocs
from generator.options import BuildOptions
repo, out = Path(sys.argv[1]), Path(sys.argv[2])
mkdocs.quiet_logs()
options = BuildOptions(source_date_epoch=os.environ.get("SOURCE_DATE_EPOCH"), search_later=True)
result = mkdocs.build(repo, out, options)
served = time.time()
assert result.built
if result.later is not None:
    result.later.finish()
print(served, time.time(), flush=True)
"""


def _in_process(tree: Path, repo: Path, out: Path, run: int) -> tuple[float, int]:
    """The median of three rebuilds in one process, as `gongshi serve` makes them, each after
    one organization changed; and the process's peak RSS."""
    process = InProcess(tree, repo, out, as_of="")  # its first build: not counted
    try:
        served = []
        for save in range(1, 4):
            changed = _touch_org(repo, run + 300 + save)
            time.sleep(3)  # a person editing: the last build's background work done
            served.append(process.build(changed)[0])  # told what changed, as `serve` is
    finally:
        process.close()
    return statistics.median(served), process.peak


def _split(tree: Path, repo: Path, out: Path) -> tuple[tuple[float, int], tuple[float, int]]:
    """(seconds until the pages were swapped in, peak RSS), (seconds of the search after them)."""
    started = time.time()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", str(VENV / "python"), "-c", SPLIT, str(repo), str(out)],
        cwd=tree, env={**os.environ, "PYTHONPATH": str(tree)}, capture_output=True, text=True,
    )  # fmt: skip
    if result.returncode != 0:
        raise SystemExit(f"split build failed:\n{result.stderr[-2000:]}")
    served, done = (float(value) for value in result.stdout.split())
    rss = int(result.stderr.strip().splitlines()[-1])
    return (served - started, rss), (done - served, rss)


def _touch_org(repo: Path, run: int) -> Path:
    """Change the purpose of the organization in the middle; its file."""
    path = repo / "orgs" / sorted(os.listdir(repo / "orgs"))[len(os.listdir(repo / "orgs")) // 2]
    org = path / "org.yml"
    text = org.read_text(encoding="utf-8")
    org.write_text(
        re.sub(
            r'^purpose: "(.*?)(（第\d+次修改）)?"$',
            rf'purpose: "\1（第{run}次修改）"',
            text,
            flags=re.M,
        ),
        encoding="utf-8",
    )
    return org


def _touch_template(tree: Path, repo: Path, run: int) -> None:
    target = repo / "theme" / "gongshi" / "body" / "activity.html"
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(tree / OVERRIDE, target)
        config = repo / "site_config.yml"
        text = config.read_text(encoding="utf-8")
        if "custom_dir" not in text:
            config.write_text(
                text.replace("  name: material\n", "  name: material\n  custom_dir: theme\n")
            )
    target.write_text(target.read_text(encoding="utf-8") + f"<!-- {run} -->\n", encoding="utf-8")


def _settled(repo: Path, out: Path, timeout: float = 120) -> None:
    """Wait until the last build's background work is done, as it would be for a person editing
    between two builds: no spare still being made or clearing what it no longer holds (a folder
    of .cache/spare without its manifest, or still `making`) and no retired output still being
    deleted (either tree's)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        spares = [p for p in (repo / ".cache" / "spare").glob(".*.spare-*") if p.is_dir()]
        retired = list(out.parent.glob(f".{out.name}.old-*"))
        done = all((p / "manifest.json").exists() and not (p / "making").exists() for p in spares)
        if not retired and done:
            return
        time.sleep(0.2)


def measure(
    tree: Path, repo: Path, out: Path, run: int, *, builds_only: bool = False
) -> dict[str, tuple[float, int]]:
    shutil.rmtree(repo / ".cache", ignore_errors=True)
    shutil.rmtree(out, ignore_errors=True)
    figures = {}
    if not builds_only:
        figures["validate_cold"] = _gongshi(tree, repo, "validate")
        figures["validate_warm"] = _gongshi(tree, repo, "validate")
        _touch_org(repo, run)
        figures["validate_one_org"] = _gongshi(tree, repo, "validate")
        shutil.rmtree(repo / ".cache", ignore_errors=True)
    figures["cold_build"] = _gongshi(tree, repo, "build", "-q", "-o", str(out))
    _settled(repo, out)
    _touch_org(repo, run + 100)
    figures["rebuild_one_org"] = _gongshi(tree, repo, "build", "-q", "-o", str(out))
    _settled(repo, out)
    _touch_org(repo, run + 200)
    figures["one_org_pages"], figures["one_org_search"] = _split(tree, repo, out)
    _settled(repo, out)
    figures["in_process"] = _in_process(tree, repo, out, run)
    _settled(repo, out)
    _touch_template(tree, repo, run)
    figures["rebuild_template"] = _gongshi(tree, repo, "build", "-q", "-o", str(out))
    _settled(repo, out)
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--baseline", type=Path, required=True, help="another gongshi tree")
    parser.add_argument("--orgs", type=int, default=1000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--builds-only", action="store_true", help="no validate figures")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix=f"bench-incremental-{args.orgs}-"))
    trees = {"this": HERE, "baseline": args.baseline.resolve()}
    results: dict[str, dict[str, list[tuple[float, int]]]] = {
        name: {step: [] for step in STEPS} for name in trees
    }
    hugo: list[float] = []
    for tree in trees.values():
        compile_tree(tree)
    try:
        source = work / "source"
        subprocess.run(
            [str(VENV / "python"), "-m", "generator", "demo", "--orgs", str(args.orgs), "-o", str(source)],
            check=True, capture_output=True, env={**os.environ, "PYTHONPATH": str(HERE)},
        )  # fmt: skip
        hugo_dir = work / "hugo"
        _hugo_site(source, hugo_dir)
        subprocess.run([str(VENV / "hugo"), "--quiet", "--source", str(hugo_dir)], check=True)
        for run in range(args.runs):
            order = list(trees) if run % 2 == 0 else list(reversed(trees))
            for name in order:
                repo = work / f"repo-{name}"
                shutil.rmtree(repo, ignore_errors=True)
                shutil.copytree(source, repo)
                figures = measure(
                    trees[name], repo, work / f"site-{name}", run + 1, builds_only=args.builds_only
                )
                for step, figure in figures.items():
                    results[name][step].append(figure)
                print(name, run + 1, {k: round(v[0], 2) for k, v in figures.items()}, flush=True)
            page = next((hugo_dir / "content").rglob("*.md"))
            page.write_text(page.read_text(encoding="utf-8") + f"\n修改 {run}\n", encoding="utf-8")
            hugo_s, _ = _run([str(VENV / "hugo"), "--quiet", "--source", str(hugo_dir)])
            pagefind_s, _ = _run(
                [
                    str(VENV / "python"),
                    "-m",
                    "pagefind",
                    "--site",
                    str(hugo_dir / "public"),
                    "--silent",
                ]
            )
            hugo.append(hugo_s + pagefind_s)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"\n{args.orgs} organizations, medians of {args.runs} runs (seconds; peak RSS MB)")
    print(f"{'':20}{'this: median [min–max] (RSS)':>28}{'baseline':>28}")
    for step in STEPS:
        cells = []
        for name in trees:
            values = results[name][step]
            if not values:
                continue
            wall = statistics.median(v[0] for v in values)
            low, high = min(v[0] for v in values), max(v[0] for v in values)
            rss = statistics.median(v[1] for v in values) / 1024
            cells.append(f"{wall:6.2f} [{low:.2f}–{high:.2f}] ({rss:4.0f})")
        if cells:
            print(f"{step:20}{cells[0]:>28}{cells[1]:>28}")
    print(f"{'hugo+pagefind, one page changed':32}{statistics.median(hugo):7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
