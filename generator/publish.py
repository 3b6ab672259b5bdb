"""The build stages behind the MkDocs hooks: images, the page catalog, rendering, open data.

Record pages are rendered directly with the theme's Jinja environment (as MkDocs renders its
static templates), across the CPU cores, without per-page Markdown; only the hand-written pages
of content/ and a few index pages go through MkDocs' own page loop.
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import escape
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page

from . import opendata, render
from .findings import Report
from .images import ImageCache, ImageEntry, Job, process, publish
from .load import load_site
from .pages import Catalog, PageSpec, build_catalog
from .site import Site

log = logging.getLogger(__name__)

# Index pages that belong to the navigation: rendered by MkDocs' page loop with our templates.
NAV_PAGES = ("orgs/", "activities/", "projects/", "areas/", "categories/", "fields/", "targets/")
ASSETS_CSS = "assets/gongshi/gongshi.css"
ASSETS_JS = "assets/gongshi/gongshi.js"


@dataclass
class BuildState:
    site: Site
    report: Report
    root: Path
    cache_dir: Path
    use_cache: bool = True
    workers: int | None = None
    images: dict[str, ImageEntry] = field(default_factory=dict)
    cache: ImageCache | None = None
    catalog: Catalog | None = None
    nav_specs: dict[str, PageSpec] = field(default_factory=dict)
    env: Any = None
    config: Any = None
    files: Any = None
    nav: Any = None
    doc_files: Any = None
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)


def load(root: Path) -> tuple[Site, Report]:
    report = Report()
    site = load_site(root, report)
    return site, report


# gongshi's own templates and assets: after a site's custom_dir (which may override them), before
# Material's. A site repository built from this checkout needs no theme/ of its own.
THEME_DIR = Path(__file__).resolve().parent.parent / "theme"


def default_nav(docs: Path) -> list[Any]:
    """The navigation of a site whose config names none: home, directories, policies, annual results."""
    nav: list[Any] = [{"首页": "index.md"}] if (docs / "index.md").exists() else []
    nav += [
        {"机构名录": "orgs/index.md"},
        {"活动": "activities/index.md"},
        {"项目": "projects/index.md"},
    ]
    nav.append(
        {
            "找组织": [
                {"按区域": "areas/index.md"},
                {"按类别": "categories/index.md"},
                {"按服务领域": "fields/index.md"},
                {"按服务对象": "targets/index.md"},
            ]
        }
    )
    policies = (
        sorted(p.relative_to(docs).as_posix() for p in (docs / "policies").glob("*.md"))
        if (docs / "policies").is_dir()
        else []
    )
    if policies:
        nav.append({"政策解读": policies})
    annual = (
        sorted(
            (p.relative_to(docs).as_posix() for p in (docs / "annual").glob("*.md")), reverse=True
        )
        if (docs / "annual").is_dir()
        else []
    )
    if annual:
        nav.append({"年度公示": annual})
    return nav


def adjust_config(config: Any) -> Any:
    """Add gongshi's theme folder, stylesheet and script to the MkDocs config."""
    if not config.nav:
        config.nav = default_nav(Path(config.docs_dir))
    dirs = config.theme.dirs
    if THEME_DIR.is_dir() and str(THEME_DIR) not in [str(Path(d).resolve()) for d in dirs]:
        custom = config.theme.custom_dir
        dirs.insert(1 if custom else 0, str(THEME_DIR))
    if ASSETS_CSS not in config.extra_css:
        config.extra_css.append(ASSETS_CSS)
    if ASSETS_JS not in [str(script) for script in config.extra_javascript]:
        config.extra_javascript.append(ASSETS_JS)
    return config


def _image_jobs(site: Site, report: Report) -> list[Job]:
    jobs: list[Job] = []
    for org_id, folder in sorted(site.orgs.items()):
        org = folder.org
        if org is None:
            continue
        if org.brand:
            for name, kind in ((org.brand.logo, "logo"), (org.brand.cover, "photo")):
                if not name:
                    continue
                rel = f"orgs/{org_id}/{name}"
                if name.lower().endswith(".svg"):
                    entry = folder.profile
                    line, column = (
                        entry.document.at(("brand", "logo"), value=True)
                        if entry and entry.document
                        else (1, 1)
                    )
                    report.add(
                        "svg-refused", folder.profile.rel if folder.profile else rel, line, column
                    )
                    continue
                jobs.append(Job(folder.path / name, rel, kind))
        for stem, entry in sorted(folder.activities.items()):
            if entry.record is None:
                continue
            for photo in entry.record.photos:
                if photo.contains_minors and not photo.consent:
                    continue
                jobs.append(
                    Job(
                        folder.path / "activities" / stem / photo.file,
                        f"orgs/{org_id}/activities/{stem}/{photo.file}",
                        "photo",
                    )
                )
    return jobs


def prepare(state: BuildState, config: Any) -> None:
    """Images processed (or taken from the cache), then the catalog of every page."""
    started = time.perf_counter()
    state.cache = ImageCache(state.cache_dir, enabled=state.use_cache)
    jobs = _image_jobs(state.site, state.report)
    state.images, problems = process(jobs, state.cache, workers=state.workers)
    for rel, (code, params) in sorted(problems.items()):
        params = {"detail": "", **params}
        state.report.add(code, rel, **params)
    state.timings["images"] = time.perf_counter() - started
    state.stats["images"] = len(jobs)
    started = time.perf_counter()
    state.catalog = build_catalog(state.site, state.images)
    state.nav_specs = {
        spec.url + "index.md": spec for spec in state.catalog.pages if spec.url in NAV_PAGES
    }
    state.timings["catalog"] = time.perf_counter() - started


def is_data_file(src_uri: str) -> bool:
    """content/'s YAML data (areas, annual results) is published only as open data."""
    return src_uri.endswith((".yml", ".yaml"))


def generated_sources(state: BuildState) -> list[tuple[str, str]]:
    """MkDocs files for the index pages that sit in the navigation."""
    return [(src_uri, f"# {spec.title}\n") for src_uri, spec in state.nav_specs.items()]


def set_page_meta(state: BuildState, page: Any) -> None:
    src = page.file.src_uri
    spec = state.nav_specs.get(src)
    if spec:
        page.meta.update(
            {
                "template": spec.template,
                "description": escape(spec.description),
                "hide": ["navigation", "toc"],
            }
        )
    elif src.startswith("policies/") and src != "policies/index.md":
        page.meta.setdefault("template", "gongshi/policy.html")
        page.meta.pop(
            "status", None
        )  # Material reads `status` as a page badge; ours is the policy's
    elif src == "index.md":
        page.meta.setdefault("template", "gongshi/home.html")
        page.meta.setdefault("hide", ["navigation", "toc"])


def install_env(state: BuildState, env: Any, config: Any, files: Any) -> None:
    render.install(env)
    state.env, state.config, state.files = env, config, files
    catalog = state.catalog
    assert catalog
    env.globals["gongshi"] = {
        "city": state.site.config.settings.city,
        "bureau": state.site.config.settings.bureau,
        "totals": catalog.totals,
        "facets": catalog.facets,
    }


def page_context(state: BuildState, context: Any, page: Any) -> Any:
    catalog = state.catalog
    assert catalog
    src = page.file.src_uri
    spec = state.nav_specs.get(src)
    if spec:
        context.update(spec.context)
        context["spec"] = spec
    elif src == "index.md":
        context["home"] = opendata.home_view(catalog)
    elif src.startswith("policies/"):
        context["policy"] = opendata.policy_view(state.site, catalog, Path(src).stem)
    return context


def edit_url(state: BuildState, rel: str | None) -> str | None:
    config = state.site.config
    if not rel or not config.repo_url:
        return None
    edit = (config.edit_uri or "edit/main/").strip("/")
    docs = (
        str(state.config.get("docs_dir", "content")).rstrip("/").split("/")[-1]
        if state.config
        else "content"
    )
    if edit.endswith("/" + docs):
        edit = edit[: -len(docs) - 1]
    return f"{config.repo_url.rstrip('/')}/{edit}/{rel}"


# -- rendering the record pages ----------------------------------------------------------------

_STATE: BuildState | None = None


def _render(state: BuildState, spec: PageSpec) -> int:
    config = state.config
    file = File.generated(config, f"{spec.url}index.md", content="")
    # Material prints page.title and the description unescaped: hand it escaped text
    page = Page(escape(spec.title), file, config)
    page.content = ""
    page.meta = {"description": escape(spec.description), "hide": ["navigation", "toc"]}
    page.edit_url = edit_url(state, spec.source)
    context = get_context(state.nav, state.doc_files, config, page)
    context.update(spec.context)
    context["spec"] = spec
    html = state.env.get_template(spec.template).render(context)
    target = Path(config.site_dir) / file.dest_uri
    target.parent.mkdir(parents=True, exist_ok=True)
    data = html.encode("utf-8")
    target.write_bytes(data)
    return len(data)


def _render_share(index: int) -> tuple[int, int]:
    state = _STATE
    assert state and state.catalog
    specs = state.stats["to_render"][index :: state.stats["shares"]]
    return len(specs), sum(_render(state, spec) for spec in specs)


def render_pages(state: BuildState, specs: list[PageSpec]) -> tuple[int, int]:
    """Render specs across the cores (fork once the environment is ready); (pages, bytes)."""
    global _STATE
    workers = state.workers or os.cpu_count() or 1
    state.doc_files = state.files.documentation_pages()
    if workers <= 1 or len(specs) < 200 or "fork" not in multiprocessing.get_all_start_methods():
        return len(specs), sum(_render(state, spec) for spec in specs)
    state.stats["to_render"] = specs
    state.stats["shares"] = workers
    _STATE = state
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            results = pool.map(_render_share, range(workers))
    finally:
        _STATE = None
        state.stats.pop("to_render", None)
    return sum(r[0] for r in results), sum(r[1] for r in results)


def write_generated(state: BuildState, config: Any) -> None:
    """Everything after MkDocs' own pages: record pages, media, open data, feeds, sitemap."""
    catalog = state.catalog
    assert catalog and state.cache
    site_dir = Path(config.site_dir)
    started = time.perf_counter()
    specs = [spec for spec in catalog.pages if spec.url not in NAV_PAGES]
    count, size = render_pages(state, specs)
    state.timings["pages"] = time.perf_counter() - started
    state.stats.update(pages=count, page_bytes=size)
    started = time.perf_counter()
    state.stats["media_bytes"] = publish(state.images, state.cache, site_dir)
    if state.use_cache:
        state.cache.prune()
    state.timings["media"] = time.perf_counter() - started
    started = time.perf_counter()
    doc_urls = [
        f.url for f in state.files.documentation_pages() if f.src_uri not in state.nav_specs
    ]
    opendata.write_all(
        state.site, catalog, site_dir, site_url=state.site.config.site_url, doc_urls=doc_urls
    )
    state.timings["open_data"] = time.perf_counter() - started
