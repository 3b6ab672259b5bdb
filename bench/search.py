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
import functools
import gzip
import http.server
import io
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
    "import json, sys; from pathlib import Path; from generator.pipeline import build; "
    "r = build(Path(sys.argv[1]), Path(sys.argv[2]), use_cache=sys.argv[3] == 'warm'); "
    "print(json.dumps({'search_s': r.timings.get('search', 0), 'bytes': r.stats.get('search_bytes', 0), "
    "'records': r.stats.get('search_pages', 0), 'bundles': r.stats.get('search_bundles', 0)}))"
)


def _index(repo: Path, site: Path, mode: str = "cold") -> tuple[float, float, int]:
    """(seconds of the search stage, peak RSS of the whole build in MB, index bytes) of a build
    without caches (cold) or with them (warm: search bundles that did not change are reused)."""
    timing = Path(tempfile.mktemp(suffix=".time"))
    result = subprocess.run(
        ["/usr/bin/time", "-f", "%M", "-o", str(timing), str(VENV / "python"), "-c", BUILD, str(repo), str(site), mode],
        capture_output=True, text=True, check=True, cwd=REPO,
    )  # fmt: skip
    rss_mb = int(timing.read_text().split()[-1]) / 1024
    timing.unlink()
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    return figures["search_s"], rss_mb, figures["bytes"]


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


QUERY = """async (q) => {
  const now = () => performance.timeOrigin + performance.now();
  const start = now();
  let first = null;
  const search = await window.gongshiSearch.search(q, {}, (early) => {
    if (first === null) first = now();
  });
  // what the header box shows: the first six results
  await Promise.all(search.results.slice(0, 6).map((r) => r.data()));
  const all = now();
  return [start, first === null ? all : first, all, search.results.length];
}"""


def _browser_query(site: Path, query: str) -> dict[str, float]:
    """One query through the header box's code, cold cache: bytes of the index files on the
    wire and milliseconds, when the first results are there and when all are."""
    from playwright.sync_api import sync_playwright

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(_Static, directory=str(site))
    )
    threading.Thread(target=server.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{server.server_address[1]}/"
    log: list[object] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(
                executable_path="/usr/bin/chromium",
                args=["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"],
            )  # fmt: skip
            page = browser.new_page()
            page.goto(url, wait_until="networkidle")
            page.on("requestfinished", lambda request: log.append(request))
            start, first, every, count = page.evaluate(QUERY, query)
            page.wait_for_timeout(300)
            sizes = []  # (when the response ended, epoch ms; bytes on the wire)
            for request in log:
                if "/pagefind" in request.url:
                    timing = request.timing
                    end = timing["startTime"] + timing["responseEnd"]
                    sizes.append((end, request.sizes()["responseBodySize"]))
            browser.close()
    finally:
        server.shutdown()
    return {
        "first_ms": first - start,
        "all_ms": every - start,
        "first_bytes": sum(size for end, size in sizes if end <= first + 1),
        "all_bytes": sum(size for _, size in sizes),
        "results": count,
    }


def _spread(values: list[float], scale: float = 1, unit: str = "") -> str:
    return (
        f"{statistics.median(values) / scale:.0f}{unit} "
        f"({min(values) / scale:.0f}-{max(values) / scale:.0f})"
    )


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
    _index(repo, site, "warm")  # fills the search cache
    cold, warm, rss, sizes, queries = [], [], [], [], []
    for _ in range(args.runs):
        wall, peak, size = _index(repo, site, "cold")
        cold.append(wall)
        rss.append(peak)
        sizes.append(size)
        warm.append(_index(repo, site, "warm")[0])  # every search bundle from the cache
        queries.append(_browser_query(site, args.query))
    pages = sum(1 for _ in site.rglob("index.html"))
    bundles = 1 + len(json.loads((site / "pagefind" / "parts.json").read_text())["parts"])
    results = queries[-1]["results"]
    print(
        f"orgs {args.orgs}, pages {pages}, search bundles {bundles}, query {args.query!r} "
        f"({results} results), {args.runs} runs (median (min-max))"
    )
    print(
        f"index (search stage of a cold build): {statistics.median(cold):.1f} s "
        f"({min(cold):.1f}-{max(cold):.1f}), peak RSS of the whole build {_spread(rss, 1, ' MB')}, "
        f"index {statistics.median(sizes) / 1e6:.1f} MB; "
        f"with every bundle cached: {statistics.median(warm):.1f} s"
    )
    first = [q["first_bytes"] for q in queries]
    every = [q["all_bytes"] for q in queries]
    print(
        f"query, first results: {_spread(first, 1024, ' KB')} transferred, "
        f"{_spread([q['first_ms'] for q in queries], 1, ' ms')}"
    )
    print(
        f"query, all results:   {_spread(every, 1024, ' KB')} transferred, "
        f"{_spread([q['all_ms'] for q in queries], 1, ' ms')}"
    )
    shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
