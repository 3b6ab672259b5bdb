"""Benchmark: search at city scale — what the header box costs a resident, in a real browser.

    .venv/bin/python bench/search.py                                 # 1,000 and 5,000 orgs
    .venv/bin/python bench/search.py --orgs 5000 --runs 5 --baseline main
    .venv/bin/python bench/search.py --site /tmp/site --site /tmp/other-site   # built sites

For each size: `gongshi demo --orgs N` once (no photos), a cold build with this checkout (its
seconds, the index's size on disk and its number of bundles) and, with `--baseline REF`, the same
demo built by another version of gongshi (`git archive REF`), measured in the same run,
alternating. Then, per run and per query, a fresh browser (Debian chromium, headless, cold HTTP
cache) opens the home page from a local server that gzips text files like a static host, focuses
the header box (which starts loading Pagefind), waits 300 ms (a resident starts typing), types the
query and waits for the first result in the dropdown. It prints the medians (min–max) of:

- *first, KB* — index files on the wire (everything under pagefind*/ but Pagefind's own script
  and WebAssembly) finished before the first result was shown, from the focus on;
- *script+wasm, KB* — pagefind.js and the WebAssembly (cached by the browser after the first use);
- *typed→first, ms* — from typing the query to the first result shown;
- *all, KB* — every index file the page fetched within 1.5 s after (the full list, the rest of
  the index merged in the background).

Targets (issue 20): ≤ 150 KB and ≤ 300 ms to the first results at 5,000 organizations. Rerun it
whenever the index changes (new facets, new metadata): it is one command.
"""

from __future__ import annotations

import argparse
import functools
import gzip
import http.server
import io
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

VENV = Path(sys.executable).parent
REPO = Path(__file__).resolve().parent.parent
QUERIES = ("养老", "社区", "助残", "志愿者", "文化活动")


class _Static(http.server.SimpleHTTPRequestHandler):
    """A static host like the ones sites are published on (GitHub Pages, nginx): text files
    are sent gzip-compressed to a browser that accepts it. Pagefind's own index files are
    compressed already and go as they are."""

    COMPRESSED = (".js", ".json", ".css", ".html", ".xml", ".svg")

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self) -> object:
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            path = path / "index.html"
        accepts = "gzip" in self.headers.get("Accept-Encoding", "")
        if not (accepts and path.suffix in self.COMPRESSED and path.is_file()):
            return super().send_head()
        body = gzip.compress(path.read_bytes(), mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)


# the moment the dropdown first shows a result (or says nothing was found), in epoch ms
WATCH = """() => { window.gsShown = new Promise((resolve) => {
  const panel = document.getElementById("gs-search-results");
  const done = () => panel.querySelector("a.gs-result, .gs-search__none");
  const observer = new MutationObserver(() => {
    if (done() && !panel.hidden) { observer.disconnect(); resolve(performance.timeOrigin + performance.now()); }
  });
  observer.observe(panel, { childList: true, subtree: true, attributes: true });
  setTimeout(() => resolve(null), 20000);
}); }"""
NOW = "() => performance.timeOrigin + performance.now()"
OWN = ("pagefind.js", "wasm.")


def _query(browser: object, url: str, query: str) -> dict[str, float]:
    """One resident: a fresh browser context, the home page, the header box, one query."""
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    log: list[object] = []
    page.on("requestfinished", lambda request: log.append(request))
    box = page.locator("#gs-search-input")
    focused = page.evaluate(NOW)
    box.focus()
    page.wait_for_timeout(300)
    page.evaluate(WATCH)
    typed = page.evaluate(NOW)
    box.fill(query)
    shown = page.evaluate("() => window.gsShown")
    page.wait_for_timeout(1500)
    index = own = first = 0
    for request in log:
        if "/pagefind" not in request.url:
            continue
        timing = request.timing
        size = request.sizes()["responseBodySize"]
        if any(part in request.url.rsplit("/", 1)[-1] for part in OWN):
            own += size
            continue
        index += size
        if shown is not None and timing["startTime"] + timing["responseEnd"] <= shown + 1:
            first += size
    context.close()
    return {
        "first_kb": first / 1024,
        "own_kb": own / 1024,
        "ms": (shown - typed) if shown is not None else float("nan"),
        "from_focus_ms": (shown - focused) if shown is not None else float("nan"),
        "all_kb": index / 1024,
    }


def _serve(site: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Static, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def measure(sites: dict[str, Path], queries: tuple[str, ...], runs: int) -> dict:
    """{label: {query: [figures of each run]}}, the sites alternating run by run."""
    from playwright.sync_api import sync_playwright

    servers = {label: _serve(site) for label, site in sites.items()}
    figures: dict[str, dict[str, list[dict[str, float]]]] = {
        label: {q: [] for q in queries} for label in sites
    }
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )  # fmt: skip
            for run in range(runs):
                order = list(sites) if run % 2 == 0 else list(reversed(sites))
                for label in order:
                    for query in queries:
                        figures[label][query].append(_query(browser, servers[label][1], query))
            browser.close()
    finally:
        for server, _ in servers.values():
            server.shutdown()
    return figures


def _spread(values: list[float], digits: int = 0) -> str:
    values = [v for v in values if v == v]  # NaN: no result shown within 20 s
    if not values:
        return "—"
    return (
        f"{statistics.median(values):.{digits}f} "
        f"({min(values):.{digits}f}–{max(values):.{digits}f})"
    )


def _index_size(site: Path) -> tuple[float, int]:
    """(MB of index files on disk, bundles)."""
    folders = [site / "pagefind", *sorted((site / "pagefind-parts").glob("*"))]
    size = sum(f.stat().st_size for d in folders for f in d.rglob("*") if f.is_file())
    return size / 1e6, len(folders)


def _build(source: Path, repo: Path, site: Path) -> float:
    """A cold build (no caches) of repo into site by the gongshi in source; its seconds."""
    shutil.rmtree(repo / ".cache", ignore_errors=True)
    env = {**os.environ, "PYTHONPATH": str(source)}
    started = time.perf_counter()
    subprocess.run(
        [str(VENV / "python"), "-m", "generator", "-C", str(repo), "build", "-o", str(site)],
        check=True, capture_output=True, env=env, cwd=source,
    )  # fmt: skip
    return time.perf_counter() - started


def _report(label: str, site: Path, build_s: float | None, figures: dict) -> None:
    size, bundles = _index_size(site)
    built = f", cold build {build_s:.1f} s" if build_s is not None else ""
    print(f"  {label}: index {size:.1f} MB in {bundles} bundles{built}")
    print("    query        first KB            typed→first ms      from focus ms       all KB")
    every = []
    for query, runs in figures.items():
        every += runs
        print(
            f"    {query:<8}{_spread([r['first_kb'] for r in runs]):>20}"
            f"{_spread([r['ms'] for r in runs]):>20}{_spread([r['from_focus_ms'] for r in runs]):>20}"
            f"{_spread([r['all_kb'] for r in runs]):>20}"
        )
    print(
        f"    {'all':<8}{_spread([r['first_kb'] for r in every]):>20}"
        f"{_spread([r['ms'] for r in every]):>20}{_spread([r['from_focus_ms'] for r in every]):>20}"
        f"{_spread([r['all_kb'] for r in every]):>20}"
        f"   script+wasm {_spread([r['own_kb'] for r in every])} KB"
    )


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--orgs", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", action="append", help=f"default: {' '.join(QUERIES)}")
    parser.add_argument("--baseline", help="a git ref to measure beside this checkout (main)")
    parser.add_argument("--site", type=Path, action="append", help="measure built sites only")
    parser.add_argument("--keep", action="store_true", help="keep the demo and its sites")
    args = parser.parse_args()
    queries = tuple(args.query or QUERIES)
    if args.site:
        sites = {str(site): site for site in args.site}
        figures = measure(sites, queries, args.runs)
        for label, site in sites.items():
            _report(label, site, None, figures[label])
        return 0
    work = Path(tempfile.mkdtemp(prefix="bench-search-"))
    try:
        sources = {"this checkout": REPO}
        if args.baseline:
            baseline = work / "baseline"
            baseline.mkdir()
            archive = subprocess.run(
                ["git", "-C", str(REPO), "archive", args.baseline, "generator"],
                check=True, capture_output=True,
            ).stdout  # fmt: skip
            subprocess.run(["tar", "-x", "-C", str(baseline)], input=archive, check=True)
            sources = {args.baseline: baseline, **sources}
        for orgs in args.orgs:
            repo = work / f"demo-{orgs}"
            subprocess.run(
                [str(VENV / "python"), "-m", "generator", "demo", "--orgs", str(orgs), "-o", str(repo)],
                check=True, capture_output=True, cwd=REPO, env={**os.environ, "PYTHONPATH": str(REPO)},
            )  # fmt: skip
            sites, seconds = {}, {}
            for label, source in sources.items():
                sites[label] = work / f"site-{orgs}-{len(sites)}"
                seconds[label] = _build(source, repo, sites[label])
            figures = measure(sites, queries, args.runs)
            print(f"{orgs} organizations, {args.runs} runs a query (median (min–max)):")
            for label, site in sites.items():
                _report(label, site, seconds[label], figures[label])
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
