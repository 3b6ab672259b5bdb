"""Benchmark: the Pagefind (extended) index of a synthetic city, and one search in a browser.

    .venv/bin/python bench/search.py [--orgs 5000] [--runs 3] [--query 养老]

Builds `gongshi demo --orgs N` once, then for each run re-indexes the built site with gongshi's
search stage (the extended binary) and prints seconds, peak RSS and index bytes; then loads the
home page in headless Chromium (Debian chromium) from a server on 127.0.0.1 and runs one query
through the site's own search code, printing the bytes transferred for search (pagefind/*) and the
time from typing to the first result. Targets: ≤ 150 KB and ≤ 300 ms. Medians of the runs.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import http.server
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
INDEX = "import sys; from pathlib import Path; from generator.search import index_site; print(index_site(Path(sys.argv[1])).bytes)"


def _index(site: Path) -> tuple[float, float, int]:
    shutil.rmtree(site / "pagefind", ignore_errors=True)
    timing = Path(tempfile.mktemp(suffix=".time"))
    started = time.perf_counter()
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "-o", str(timing), str(VENV / "python"), "-c", INDEX, str(site)],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    wall = time.perf_counter() - started
    rss_mb = int(timing.read_text().split()[-1]) / 1024
    timing.unlink()
    return wall, rss_mb, int(result.stdout.strip().splitlines()[-1])


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
    pages = sum(1 for _ in site.rglob("index.html"))
    walls, rss, sizes, transfers, latencies = [], [], [], [], []
    for _ in range(args.runs):
        wall, peak, size = _index(site)
        walls.append(wall)
        rss.append(peak)
        sizes.append(size)
        transferred, ms, results = _browser_query(site, args.query)
        transfers.append(transferred)
        latencies.append(ms)
    print(
        f"orgs {args.orgs}, pages {pages}, query {args.query!r} ({results} results), {args.runs} runs (median; min–max)"
    )
    print(f"index: {statistics.median(walls):.1f} s ({min(walls):.1f}–{max(walls):.1f}), "
          f"peak RSS {statistics.median(rss):.0f} MB, index {statistics.median(sizes) / 1e6:.1f} MB")  # fmt: skip
    print(f"query: {statistics.median(transfers) / 1024:.0f} KB transferred ({min(transfers) / 1024:.0f}–{max(transfers) / 1024:.0f}), "
          f"first result {statistics.median(latencies):.0f} ms ({min(latencies):.0f}–{max(latencies):.0f})")  # fmt: skip
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
