"""The build stages behind the MkDocs hooks: images, the page catalog, rendering, open data.

Record pages are rendered directly with the theme's Jinja environment (as MkDocs renders its
static templates), across the CPU cores, without per-page Markdown; only the hand-written pages
of content/ and a few index pages go through MkDocs' own page loop.
"""

from __future__ import annotations

import functools
import gc
import logging
import multiprocessing
import os
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from markupsafe import Markup, escape
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from generator.engine import glossary
from generator.exports import opendata
from generator.findings import Report
from generator.media.images import ImageCache, ImageEntry, Job, process, publish
from generator.model.load import load_site
from generator.model.site import Site
from generator.render import filters as render
from generator.search import index as search
from generator.stats import annual as stats
from generator.views import edit_links, federation
from generator.views.catalog import Catalog, PageSpec, build_catalog

log = logging.getLogger(__name__)

# Index pages that belong to the navigation: rendered by MkDocs' page loop with our templates.
NAV_PAGES = (
    "orgs/",
    "activities/",
    "projects/",
    "areas/",
    "categories/",
    "fields/",
    "targets/",
    "submit/",
    federation.URL,  # only on a site whose settings list federation members
)
ASSETS_CSS = "assets/gongshi/gongshi.css"
ASSETS_JS = "assets/gongshi/gongshi.js"
SEARCH_JS = "assets/gongshi/search.js"

ASSETS_ANNUAL_CSS = "assets/gongshi/annual.css"


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
    shells: dict[tuple, str | None] = field(default_factory=dict)
    anchors: list[list[str]] = field(default_factory=list)
    body_templates: dict[str, str] = field(default_factory=dict)
    head_template: Any = None
    folders: set[Path] = field(default_factory=set)

    glossary: dict[str, str] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)


# Dates in pages come from the records; this keeps MkDocs' own "build date" fields fixed too, so
# identical inputs give identical bytes whether built by `gongshi build` or `mkdocs build`.
FIXED_EPOCH = "946684800"  # 2000-01-01


def fix_build_date() -> None:
    os.environ.setdefault("SOURCE_DATE_EPOCH", FIXED_EPOCH)


def load(root: Path) -> tuple[Site, Report]:

    report = Report()
    site = load_site(root, report)
    return site, report


# gongshi's own templates and assets: after a site's custom_dir (which may override them), before
# Material's. A site repository built from this checkout needs no theme/ of its own.
THEME_DIR = Path(__file__).resolve().parent.parent / "templates"


def default_nav(docs: Path, *, federated: bool = False) -> list[Any]:
    """The navigation of a site whose config names none: home, directories, policies, annual results."""
    nav: list[Any] = [{"首页": "index.md"}] if (docs / "index.md").exists() else []
    if federated:
        nav.append({"联合搜索": f"{federation.URL}index.md"})
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
    nav.append({"在线填报": "submit/index.md"})
    return nav


def adjust_config(config: Any) -> Any:
    """Add gongshi's theme folder, stylesheet and script to the MkDocs config."""
    if not config.nav:
        state = getattr(config.plugins.get("gongshi"), "state", None)
        federated = bool(state and state.site.config.settings.federation)
        config.nav = default_nav(Path(config.docs_dir), federated=federated)
    dirs = config.theme.dirs
    if THEME_DIR.is_dir() and str(THEME_DIR) not in [str(Path(d).resolve()) for d in dirs]:
        custom = config.theme.custom_dir
        dirs.insert(1 if custom else 0, str(THEME_DIR))
    if ASSETS_CSS not in config.extra_css:
        config.extra_css.append(ASSETS_CSS)
    if ASSETS_ANNUAL_CSS not in config.extra_css:
        config.extra_css.append(ASSETS_ANNUAL_CSS)
    if "generator.engine.glossary" not in config.markdown_extensions:
        config.markdown_extensions.append("generator.engine.glossary")  # abbr that works in Chinese
    scripts = [str(script) for script in config.extra_javascript]
    for script in (ASSETS_JS, SEARCH_JS):
        if script not in scripts:
            config.extra_javascript.append(script)
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
    state.catalog.pages += stats.district_pages(state.site)
    state.catalog.pages += federation.pages(state.site, len(state.catalog.orgs))
    state.glossary = glossary.load(Path(config.docs_dir))
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
    elif src.startswith("annual/"):
        page.meta.setdefault("template", "gongshi/annual.html")
        page.meta.setdefault("hide", ["toc"])


def page_markdown(state: BuildState, markdown: str, page: Any) -> str:
    """Page metadata set; policy and annual pages get the glossary's terms explained."""
    set_page_meta(state, page)
    return glossary.append_to(markdown, page.file.src_uri, state.glossary)


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
    elif src.startswith("annual/"):
        context["annual"] = stats.page_view(state.site, src)
    return context


def edit_url(state: BuildState, rel: str | None) -> str | None:
    return edit_links.edit_url(state.site.config, rel)


# -- rendering the record pages ----------------------------------------------------------------
#
# Every record page shares Material's chrome (header, tabs, navigation drawer, footer, scripts),
# which differs between pages only by folder depth and by a few values (title, description,
# canonical URL, head tags, body). The chrome is rendered once per depth with placeholders, and
# each page renders only its body and head; the result is byte-identical to a full render
# (tests/test_render.py checks that), at a fraction of the cost.

_FORKED: tuple[BuildState, list[tuple[int, list[PageSpec]]]] | None = None

_MARK = {
    name: f"\x00gongshi-{name}\x00"
    for name in ("title", "description", "canonical", "head", "body")
}


def _page(state: BuildState, spec: PageSpec) -> tuple[Page, File]:
    config = state.config
    file = File.generated(config, f"{spec.url}index.md", content="")
    # Material prints page.title and the description unescaped: hand it escaped text
    page = Page(escape(spec.title), file, config)
    page.content = ""
    page.meta = {"description": escape(spec.description), "hide": ["navigation", "toc"]}
    page.edit_url = edit_url(state, spec.source)
    return page, file


@dataclass
class _LightPage:
    """What a record page's head and body templates read of MkDocs' Page (title, url, canonical
    URL, edit URL, meta), without building a File and a Page for every record page."""

    title: str
    url: str
    canonical_url: str | None
    abs_url: str | None
    edit_url: str | None
    meta: dict[str, Any]
    content: str = ""


def _light_page(state: BuildState, spec: PageSpec) -> _LightPage:
    base = state.config.site_url
    canonical = abs_url = None
    if base:
        canonical = urljoin(base if base.endswith("/") else base + "/", spec.url)
        abs_url = urlsplit(canonical).path
    return _LightPage(
        title=escape(spec.title),
        url=spec.url,
        canonical_url=canonical,
        abs_url=abs_url,
        edit_url=edit_url(state, spec.source),
        meta={"description": escape(spec.description), "hide": ["navigation", "toc"]},
    )


def render_full(state: BuildState, spec: PageSpec) -> str:
    """A page rendered whole through the theme (the reference the fast path must equal)."""
    page, _ = _page(state, spec)
    context = get_context(state.nav, state.doc_files, state.config, page)
    context.update(spec.context)
    context["spec"] = spec
    return state.env.get_template(spec.template).render(context)


def _shell_key(state: BuildState, url: str) -> tuple:
    """Pages whose chrome has the same relative links: same depth and the same common prefix
    with every page the navigation can link to."""
    parts = url.split("/")[:-1]
    shared = []
    for anchor in state.anchors:
        count = 0
        for mine, theirs in zip(parts, anchor, strict=False):
            if mine != theirs:
                break
            count += 1
        shared.append(count)
    return (len(parts), *shared)


def _shell(state: BuildState, url: str) -> str | None:
    """The chrome for pages like url, with placeholders; None when a theme override hides one."""
    key = _shell_key(state, url)
    if key in state.shells:
        return state.shells[key]
    config = state.config
    file = File.generated(config, f"{url}index.md", content="")
    page = Page(Markup(_MARK["title"]), file, config)
    page.content = ""
    page.meta = {"description": Markup(_MARK["description"]), "hide": ["navigation", "toc"]}
    page.canonical_url = _MARK["canonical"] if config.site_url else None
    page.edit_url = None
    context = get_context(state.nav, state.doc_files, config, page)
    context["spec"] = True
    context["shell"] = {"head": Markup(_MARK["head"]), "body": Markup(_MARK["body"])}
    html = state.env.get_template("gongshi/shell.html").render(context)
    needed = ["title", "head", "body", "description"] + (["canonical"] if config.site_url else [])
    state.shells[key] = html if all(_MARK[name] in html for name in needed) else None
    return state.shells[key]


def render_fast(state: BuildState, spec: PageSpec) -> str:
    """A page from the cached chrome of its depth plus its own body and head."""
    return _render_parts(state, spec)[0]


def _render_parts(state: BuildState, spec: PageSpec) -> tuple[str, str | None]:
    """(the whole page, its body alone when the chrome came from the cache)."""
    body_template = state.body_templates.get(spec.template)
    shell = _shell(state, spec.url) if body_template else None
    if shell is None:
        return render_full(state, spec), None
    # the URL MkDocs gives the page of {url}index.md is url itself, except at the site root
    page = _light_page(state, spec) if spec.url.endswith("/") else _page(state, spec)[0]
    context = {
        "config": state.config,
        "page": page,
        "base_url": get_relative_url(".", page.url),
        "spec": spec,
        **spec.context,
    }
    head = state.head_template.render(context)
    body = state.env.get_template(body_template).render(context)
    canonical = page.canonical_url or ""
    html = (
        shell.replace(_MARK["title"], escape(spec.title))
        .replace(_MARK["description"], escape(spec.description))
        .replace(_MARK["canonical"], canonical)
        .replace(_MARK["head"], head)
        .replace(_MARK["body"], body)
    )
    return html, body


def _render(state: BuildState, spec: PageSpec) -> tuple[int, str | None]:
    """Write one page; returns its size and, for searched kinds, the words Pagefind indexes of
    it (made here, in the rendering processes, rather than in the parent while it waits)."""
    html, body = _render_parts(state, spec)
    made = None
    if spec.kind in SEARCHED_KINDS:
        made = search.words(spec.title, search.indexed_text(body or html))
    target = Path(state.config.site_dir) / spec.url / "index.html"
    folder = target.parent
    if folder not in state.folders:
        folder.mkdir(parents=True, exist_ok=True)
        state.folders.add(folder)
    data = html.encode("utf-8")
    target.write_bytes(data)
    return len(data), made


def _render_all(state: BuildState, specs: list[PageSpec]) -> tuple[int, int, dict[str, str]]:
    size = 0
    words: dict[str, str] = {}
    for spec in specs:
        written, made = _render(state, spec)
        size += written
        if made is not None:
            words[spec.url] = made
    return len(specs), size, words


def _render_share(index: int) -> tuple[int, int, int, dict[str, str]]:
    """Worker: (share, pages, bytes, words) of one share of the pages."""
    assert _FORKED is not None
    state, shares = _FORKED
    return (index, *_render_all(state, shares[index][1]))


@dataclass
class Batch:
    """Pages rendered together; `done` gets their words (url → search.words()) once all of them
    are written (a search bundle is indexed while the next batch renders)."""

    specs: list[PageSpec]
    done: Callable[[dict[str, str]], None] | None = None


def _shares(batches: list[Batch], workers: int) -> list[tuple[int, list[PageSpec]]]:
    """Each batch in consecutive slices, in order: many small shares rather than one a worker,
    so that a worker that gets less of the cores (the parent's `meanwhile`, Pagefind, other
    programs) does fewer of them instead of being waited for at the end."""
    total = sum(len(batch.specs) for batch in batches) or 1
    shares = []
    for number, batch in enumerate(batches):
        if not batch.specs:
            continue
        count = max(1, round(workers * 8 * len(batch.specs) / total))
        size = -(-len(batch.specs) // count)
        shares += [(number, batch.specs[i : i + size]) for i in range(0, len(batch.specs), size)]
    return shares


def render_pages(
    state: BuildState, batches: list[Batch], meanwhile: Callable[[], None] | None = None
) -> tuple[int, int]:
    """Render the batches in order across the cores (fork once the environment is ready);
    (pages, bytes). `meanwhile` runs in a thread of this process while the forked workers render
    (it must not write what they write); each batch's `done` is called here as it completes."""
    global _FORKED
    workers = state.workers or os.cpu_count() or 1
    state.doc_files = state.files.documentation_pages()
    state.head_template = state.env.get_template("gongshi/partials/head.html")
    available = set(state.env.loader.list_templates())
    specs = [spec for batch in batches for spec in batch.specs]
    for template in {spec.template for spec in specs}:
        body = template.replace("gongshi/", "gongshi/body/", 1)
        if body in available:
            state.body_templates[template] = body

    state.anchors = [file.url.split("/")[:-1] for file in state.doc_files]
    for spec in specs:
        if spec.template in state.body_templates:
            _shell(state, spec.url)  # before forking, so the workers share them

    if workers <= 1 or len(specs) < 200 or "fork" not in multiprocessing.get_all_start_methods():
        count = size = 0
        for batch in batches:
            pages, written, words = _render_all(state, batch.specs)
            count, size = count + pages, size + written
            if batch.done is not None:
                batch.done(words)
        if meanwhile is not None:
            meanwhile()
        return count, size
    shares = _shares(batches, workers)
    left = [0] * len(batches)
    for number, _ in shares:
        left[number] += 1
    words_of: list[dict[str, str]] = [{} for _ in batches]
    for number, batch in enumerate(batches):
        if not left[number] and batch.done is not None:
            batch.done({})
    count = size = 0
    failure: list[BaseException] = []

    def side() -> None:
        try:
            if meanwhile is not None:
                meanwhile()
        except BaseException as error:  # raised in the calling thread, after the workers
            failure.append(error)

    _FORKED = (state, shares)  # inherited by the forked workers, never pickled
    # the collector leaves the inherited site alone: the workers neither scan it nor copy
    # its memory pages by touching their object headers
    gc.freeze()
    try:
        with multiprocessing.get_context("fork").Pool(workers) as pool:
            # started after the fork: no thread of this process is copied into a worker
            thread = threading.Thread(target=side, name="gongshi-meanwhile")
            thread.start()
            try:
                for index, pages, written, words in pool.imap_unordered(
                    _render_share, range(len(shares))
                ):
                    count, size = count + pages, size + written
                    number = shares[index][0]
                    words_of[number].update(words)
                    left[number] -= 1
                    if not left[number] and batches[number].done is not None:
                        batches[number].done(words_of[number])
            finally:
                thread.join()
    finally:
        _FORKED = None
        gc.unfreeze()
    if failure:
        raise failure[0]
    return count, size


SEARCHED_KINDS = {
    "organization": "机构",
    "project": "项目",
    "activity": "活动",
    "annual": "年度公示",
}
SEARCHED_SECTIONS = {"policies/": "政策", "annual/": "年度公示", "contributing": "参与指南"}


def search_records(state: BuildState) -> list[search.SearchRecord]:
    """What the search index holds: every record page, and the hand-written explainers."""
    assert state.catalog
    records = []
    for spec in state.catalog.pages:
        if spec.kind not in SEARCHED_KINDS:
            continue
        image = spec.image.path(spec.image.closest(480).jpeg) if spec.image else ""
        records.append(
            search.SearchRecord(
                url=spec.url,
                title=spec.title,
                kind=SEARCHED_KINDS[spec.kind],
                text="",  # its words come from the rendering workers (Batch.done)
                summary=spec.description,
                image=image,
                filters=spec.filters or {"kind": [SEARCHED_KINDS[spec.kind]]},
                sort=spec.sort,
            )
        )
    site_dir = Path(state.config.site_dir)
    for file in state.files.documentation_pages():
        page = file.page
        section = next(
            (
                label
                for prefix, label in SEARCHED_SECTIONS.items()
                if file.src_uri.startswith(prefix)
            ),
            None,
        )
        written = site_dir / file.dest_uri
        if (
            section is None
            or page is None
            or file.src_uri in state.nav_specs
            or not written.is_file()
        ):
            continue
        text = search.indexed_text(written.read_text(encoding="utf-8"))

        title = str(page.title or "")
        summary = str(page.meta.get("summary") or page.meta.get("description") or text[:110])
        year = Path(file.src_uri).stem if section == "年度公示" else ""
        records.append(
            search.SearchRecord(
                url=file.url,
                title=title,
                kind=section,
                text=text,
                summary=summary,
                filters={"kind": [section], **({"year": [year]} if year.isdigit() else {})},
                sort={"name": title},
            )
        )
    return records


def write_generated(state: BuildState, config: Any) -> None:
    """Everything after MkDocs' own pages: record pages, media, open data, feeds, sitemap."""
    catalog = state.catalog
    assert catalog and state.cache
    site_dir = Path(config.site_dir)

    def media_and_open_data() -> None:
        """Written by this process while the workers render the pages (other files)."""
        started = time.perf_counter()
        state.stats["media_bytes"] = publish(state.images, state.cache, site_dir)
        if state.use_cache:
            state.cache.prune()
        state.timings["media"] = time.perf_counter() - started
        started = time.perf_counter()
        doc_urls = [
            f.url for f in state.files.documentation_pages() if f.src_uri not in state.nav_specs
        ]
        qr_cache = state.cache_dir.parent / "qr" if state.use_cache else None
        opendata.write_all(
            state.site,
            catalog,
            site_dir,
            site_url=state.site.config.site_url,
            doc_urls=doc_urls,
            qr_cache=qr_cache,
        )
        stats.write_downloads(state.site, site_dir, catalog.pages)
        state.timings["open_data"] = time.perf_counter() - started

    started = time.perf_counter()
    specs = [spec for spec in catalog.pages if spec.url not in NAV_PAGES]
    # Pages are rendered bundle by bundle of the search index; each bundle is indexed by
    # Pagefind (processes of its own) while the next renders
    indexer = search.Indexer(
        search_records(state),
        site_dir,
        cache_dir=state.cache_dir.parent / "search" if state.use_cache else None,
        shard_pages=state.site.config.settings.search_shard_pages,
        workers=state.workers,
    )
    try:
        bundle_of = {
            record.url: number
            for number, (_, records) in enumerate(indexer.shards)
            for record in records
        }
        grouped: list[list[PageSpec]] = [[] for _ in indexer.shards]
        unsearched: list[PageSpec] = []
        for spec in specs:
            number = bundle_of.get(spec.url) if spec.kind in SEARCHED_KINDS else None
            (unsearched if number is None else grouped[number]).append(spec)
        batches = [
            Batch(group, functools.partial(indexer.ready, number))
            for number, group in enumerate(grouped)
        ]
        count, size = render_pages(
            state, [*batches, Batch(unsearched)], meanwhile=media_and_open_data
        )
        state.timings["pages"] = time.perf_counter() - started  # media and open data included
        state.stats.update(pages=count, page_bytes=size)
        search_started = time.perf_counter()  # what indexing took beyond the rendering
        indexed = indexer.finish()
    finally:
        indexer.close()
    state.timings["search"] = time.perf_counter() - search_started
    for problem in indexed.errors[:20]:  # the site is built; its search may miss pages
        log.warning("搜索索引出错 (search index error): %s", problem)
    state.stats.update(
        search_pages=indexed.pages,
        search_bytes=indexed.bytes,
        search_bundles=indexed.bundles,
        search_reused=indexed.reused,
    )
