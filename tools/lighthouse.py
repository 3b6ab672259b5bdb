"""Lighthouse on the built example, served compressed as a real host serves it (development only,
never part of `make test`: its scores move with the machine's load).

    make lighthouse                    # builds the example into .cache/lighthouse/site first
    python tools/lighthouse.py SITE    # an already built site

Serves SITE on 127.0.0.1 with gzip for text (HTML, CSS, JS, JSON, SVG, XML; Pagefind's own files
are gzipped already) and cache headers, runs Lighthouse (the devDependency pinned in
tests/browser/package.json, on Debian's chromium) in its default mobile emulation on one page of
each kind, prints the four category scores and each page's transfer size, and writes the reports
to .cache/lighthouse/.
"""

from __future__ import annotations

import functools
import gzip
import http.server
import io
import json
import os
import subprocess
import sys
import threading
from pathlib import Path
from typing import ClassVar

REPO = Path(__file__).resolve().parent.parent
LIGHTHOUSE = REPO / "tests" / "browser" / "node_modules" / "lighthouse" / "cli" / "index.js"
OUT = REPO / ".cache" / "lighthouse"
CHROME_FLAGS = "--headless --no-sandbox --disable-gpu"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
COMPRESSED = {
    ".html",
    ".css",
    ".js",
    ".mjs",
    ".json",
    ".svg",
    ".xml",
    ".txt",
    ".csv",
    ".webmanifest",
}


class CompressingHandler(http.server.SimpleHTTPRequestHandler):
    """Static files, text gzipped (kept in memory once compressed), with cache headers."""

    protocol_version = "HTTP/1.1"
    cache: ClassVar[dict[Path, bytes]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def send_head(self):  # type: ignore[no-untyped-def]
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            if not self.path.split("?")[0].endswith("/"):
                return super().send_head()  # the redirect to the folder's address
            path = path / "index.html"
        if not path.is_file() or path.suffix not in COMPRESSED:
            return super().send_head()
        if "gzip" not in self.headers.get("Accept-Encoding", ""):
            return super().send_head()
        body = self.cache.get(path)
        if body is None:
            body = self.cache[path] = gzip.compress(path.read_bytes(), compresslevel=9, mtime=0)
        self.send_response(200)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Vary", "Accept-Encoding")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        return io.BytesIO(body)

    def end_headers(self) -> None:
        path = self.path.split("?")[0]
        long = path.startswith(("/assets/", "/media/", "/pagefind/"))
        self.send_header("Cache-Control", "public, max-age=31536000" if long else "no-cache")
        super().end_headers()


class QuietServer(http.server.ThreadingHTTPServer):
    """Chromium drops connections it no longer needs: not an error worth a traceback."""

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)


def pages(site: Path) -> dict[str, str]:
    """One page of each kind the issue names, by kind."""
    org = next(
        p.parent
        for p in sorted(site.glob("orgs/*/index.html"))
        if (p.parent / "activities").is_dir() and (p.parent / "projects").is_dir()
    )
    activity = sorted(org.glob("activities/*/index.html"))[0].parent
    annual = sorted(site.glob("annual/*/index.html"))[-1].parent
    rel = lambda p: p.relative_to(site).as_posix() + "/"  # noqa: E731
    return {
        "home": "",
        "organization": rel(org),
        "activity": rel(activity),
        "annual": rel(annual),
        "search": "search/",
        "submit": "submit/",
    }


def run(site: Path) -> int:
    if not LIGHTHOUSE.exists():
        print("Lighthouse is missing: cd tests/browser && npm ci (with dev dependencies)")
        return 2
    handler = functools.partial(CompressingHandler, directory=str(site))
    server = QuietServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}/"
    OUT.mkdir(parents=True, exist_ok=True)
    env = {**os.environ, "CHROME_PATH": "/usr/bin/chromium"}
    rows = []
    try:
        for kind, path in pages(site).items():
            report = OUT / f"{kind}.json"
            subprocess.run(
                [
                    "node",
                    str(LIGHTHOUSE),
                    base + path,
                    f"--chrome-flags={CHROME_FLAGS}",
                    "--output=json",
                    f"--output-path={report}",
                    "--only-categories=" + ",".join(CATEGORIES),
                    "--quiet",
                ],
                check=True,
                env=env,
            )
            data = json.loads(report.read_text(encoding="utf-8"))
            scores = [round(data["categories"][c]["score"] * 100) for c in CATEGORIES]
            weight = data["audits"]["total-byte-weight"]["numericValue"]
            failed = [
                key
                for key, audit in data["audits"].items()
                if audit.get("score") is not None
                and audit["score"] < 0.9
                and audit.get("scoreDisplayMode") in ("binary", "numeric", "metricSavings")
            ]
            rows.append((kind, path, scores, weight, failed))
    finally:
        server.shutdown()
    print(f"{'page':14} {'perf':>5} {'a11y':>5} {'best':>5} {'seo':>5} {'KB':>7}  below 0.9")
    for kind, _path, scores, weight, failed in rows:
        cells = " ".join(f"{s:>5}" for s in scores)
        print(f"{kind:14} {cells} {weight / 1024:7.1f}  {', '.join(failed)}")
    return 0


if __name__ == "__main__":
    sys.exit(run(Path(sys.argv[1]) if len(sys.argv) > 1 else OUT / "site"))
