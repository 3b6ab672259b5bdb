"""Shared fixtures: a small real site repository copied into a temporary folder per test."""

from __future__ import annotations

import functools
import http.server
import shutil
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from generator.engine import mkdocs
from generator.findings import Report
from generator.model.load import load_site
from generator.model.site import Site
from generator.options import BuildOptions
from generator.pipeline import BuildResult
from generator.views.annual import AnnualView

SITES = Path(__file__).parent / "sites"
REPO = Path(__file__).resolve().parent.parent


def build(root: Path, output: Path, **options: object) -> BuildResult:
    """`gongshi build` of root into output (options: use_cache, workers, cache_dir)."""
    return mkdocs.build(root, output, BuildOptions(**options))  # type: ignore[arg-type]


@pytest.fixture
def site_copy(tmp_path: Path) -> Path:
    """A writable copy of tests/sites/minimal, which validates clean."""
    target = tmp_path / "site"
    shutil.copytree(SITES / "minimal", target)
    return target


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


CHROMIUM = Path("/usr/bin/chromium")
BROWSER_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


@pytest.fixture(scope="session")
def example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example city built once (image cache kept in .cache/ between runs)."""
    out = tmp_path_factory.mktemp("example") / "site"
    result = build(REPO, out)
    assert result.built, [f.as_text() for f in result.report.findings]
    return out


@pytest.fixture(scope="session")
def sharded_example_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example city with its search index split into parts (as a big city's would be): a
    copy of the repository whose site_config.yml asks for parts of at most 150 pages (the
    organizations and hand-written pages stay in the primary bundle, the projects and activities
    go to a part), sharing the repository's image cache."""
    work = tmp_path_factory.mktemp("sharded")
    repo = work / "repo"
    repo.mkdir()
    for name in ("orgs", "content", "theme", "site_config.yml"):
        source = REPO / name
        if source.is_dir():
            shutil.copytree(source, repo / name)
        else:
            shutil.copy2(source, repo / name)
    config = repo / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    marker = "  - gongshi:\n"
    assert marker in text
    extra = "      search_shard_pages: 150\n"
    config.write_text(text.replace(marker, marker + extra, 1), encoding="utf-8")
    (REPO / ".cache" / "images").mkdir(parents=True, exist_ok=True)
    (repo / ".cache").mkdir()
    (repo / ".cache" / "images").symlink_to(REPO / ".cache" / "images")
    result = build(repo, work / "site")
    assert result.built, [f.as_text() for f in result.report.findings]
    assert result.stats["search_bundles"] >= 2
    return work / "site"


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    if not CHROMIUM.exists():
        pytest.skip("Debian chromium is not installed (make test installs it)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        instance = p.chromium.launch(executable_path=str(CHROMIUM), args=BROWSER_ARGS)
        yield instance
        instance.close()


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    handler = functools.partial(_Quiet, directory=str(root))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


@pytest.fixture(scope="session")
def example_url(example_site: Path) -> Iterator[str]:
    server, url = serve(example_site)
    yield url
    server.shutdown()


AXE = REPO / "tests" / "browser" / "node_modules" / "axe-core" / "axe.min.js"


def serious_accessibility_problems(page: object) -> list[tuple]:
    """axe-core's serious and critical violations on a loaded page: (rule, impact, first targets)."""
    page.add_script_tag(path=str(AXE))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


def validate(root: Path) -> Report:
    report = Report()
    load_site(root, report)
    return report


@pytest.fixture(scope="module")
def annual_site() -> Site:
    """tests/sites/annual loaded (and clean of errors), for the annual results' tests."""
    report = Report()
    loaded = load_site(SITES / "annual", report)
    assert not report.errors, [f.as_text() for f in report.errors]
    return loaded


def table_cells(view: AnnualView, table_id: str) -> dict[str, list]:
    """A table of an annual view as {first cell: [the other cells]}, totals included."""
    table = next(t for t in view.tables if t.id == table_id)
    rows = [list(record.values()) for record in table.records()]
    return {row[0]: row[1:] for row in rows}
