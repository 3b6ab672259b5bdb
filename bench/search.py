"""Benchmark: the Pagefind (extended) index of a synthetic city, and one search in a browser.

    .venv/bin/python bench/search.py [--orgs 5000] [--runs 3] [--query 养老]

Writes `gongshi demo --orgs N` once, then for each run builds it and prints the seconds of the
search stage, the peak RSS of the whole build and the index bytes; then loads the
home page in headless Chromium (Debian chromium) from a server on 127.0.0.1 and runs one query
through the site's own search code, printing the bytes transferred for search (pagefind/*) and the
time from typing to the first result. Targets: ≤ 150 KB and ≤ 300 ms. Medians of the runs.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

VENV = Path(sys.executable).parent
REPO = Path(__file__).resolve().parent.parent
BUILD = (
    "import json, sys; from pathlib import Path; from generator.build import build; "
    "r = build(Path(sys.argv[1]), Path(sys.argv[2])); "
    "print(json.dumps({'search_s': r.timings.get('search', 0), 'bytes': r.stats.get('search_bytes', 0), "
    "'records': r.stats.get('search_pages', 0)}))"
)


def _index(repo: Path, site: Path) -> tuple[float, float, int]:
    """(seconds of the search stage, peak RSS of the whole build in MB, index bytes)."""
    timing = Path(tempfile.mktemp(suffix=".time"))
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "-o", str(timing), str(VENV / "python"), "-c", BUILD, str(repo), str(site)],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    rss_mb = int(timing.read_text().split()[-1]) / 1024
    timing.unlink()
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return figures["search_s"], rss_mb, figures["bytes"]


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def _browser_query(site: Path, query: str) -> tuple[int, float, int]:
    """(bytes of pagefind/* transferred, ms to first result, results) for one query, cold cache."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    sizes: list[int] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=[
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                ],
            )
            page = browser.new_page()
            page.goto(url, wait_until="networkidle")

            def record(response: object) -> None:
                if "/pagefind/" in response.url:
                    with contextlib.suppress(Exception):  # a response without a body
                        sizes.append(len(response.body()))

            page.on("response", record)
            ms, count = page.evaluate(
                """async (q) => {
                  const start = performance.now();
                  const search = await window.gongshiSearch.search(q);
                  if (search.results.length) await search.results[0].data();
                  return [performance.now() - start, search.results.length];
                }""",
                query,
            )
            page.wait_for_timeout(300)
            browser.close()
    finally:
        server.shutdown()
    return sum(sizes), ms, count


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--orgs", type=int, default=5000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--query", default="养老")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-search-"))
    repo, site = work / "repo", work / "site"
    subprocess.run(
        [str(VENV / "gongshi"), "demo", "--orgs", str(args.orgs), "-o", str(repo)],
        check=True,
        capture_output=True,
    )
    subprocess.run(
        [str(VENV / "gongshi"), "-C", str(repo), "build", "-o", str(site)],
        check=True,
        capture_output=True,
    )
    walls, rss, sizes, transfers, latencies = [], [], [], [], []
    for _ in range(args.runs):
        wall, peak, size = _index(repo, site)
        walls.append(wall)
        rss.append(peak)
        sizes.append(size)
        transferred, ms, results = _browser_query(site, args.query)
        transfers.append(transferred)
        latencies.append(ms)
    pages = sum(1 for _ in site.rglob("index.html"))
    print(
        f"orgs {args.orgs}, pages {pages}, query {args.query!r} ({results} results), {args.runs} runs (median; min-max)"
    )
    print(
        f"index (search stage of a build): {statistics.median(walls):.1f} s ({min(walls):.1f}-{max(walls):.1f}), "
        f"peak RSS of the whole build {statistics.median(rss):.0f} MB, index {statistics.median(sizes) / 1e6:.1f} MB"
    )
    print(
        f"query: {statistics.median(transfers) / 1024:.0f} KB transferred "
        f"({min(transfers) / 1024:.0f}-{max(transfers) / 1024:.0f}), "
        f"first result {statistics.median(latencies):.0f} ms ({min(latencies):.0f}-{max(latencies):.0f})"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
