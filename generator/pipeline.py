"""`gongshi build`, as the pipeline reads:

    load → check → media → catalog → content pages → record pages → search → exports → swap

Everything is plain Python over plain data except the content pages, which an engine renders
(MkDocs with Material today, in generator/engine/): the pipeline talks to it through the small
`Engine` protocol below and never imports it. The site is built into a folder beside the target
and swapped in, so the previous output stays untouched unless the new one is complete; with the
cache, that folder starts as the spare the build before left (generator.render.spare: the record
pages of the output, unchanged ones left in place) and the retired output becomes the next one.
"""

from __future__ import annotations

import contextlib
import functools
import logging
import shutil
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from generator import progress, runtime
from generator.exports import board, downloads, opendata, opendata_columns
from generator.findings import Report
from generator.input.recordcache import forget as forget_records
from generator.media.cache import ImageCache, keys_of, process
from generator.media.images import ImageEntry
from generator.media.publish import publish
from generator.model.load import load_site
from generator.model.site import Site
from generator.options import BuildOptions
from generator.render import outputs
from generator.render import spare as spares
from generator.render.records import Batch, PageFrame, render_pages
from generator.render.reuse import Reuse
from generator.runtime import collector_off, young_collections_only
from generator.search.cached import forget_images
from generator.search.index import BUNDLE, Indexer
from generator.search.later import SEARCH_FOLDERS, Later
from generator.search.records import SEARCHED_KINDS, search_records, words_of
from generator.search.vocabulary import write_vocabulary
from generator.views import annual as annual_pages
from generator.views import federation, pinyin
from generator.views.catalog import Catalog, build_catalog
from generator.views.content import ContentPage
from generator.views.images import image_jobs, withdrawn_photos
from generator.views.navigation import NAV_PAGES
from generator.views.pages import PageSpec
from generator.views.published import check_published

log = logging.getLogger(__name__)


class EngineError(Exception):
    """The engine could not render the content pages (its configuration is wrong, a theme or
    plugin is missing): the site is not built, the message says why."""


@dataclass
class Prepared:
    """Everything made before the engine starts: the site, its pictures and its catalog."""

    root: Path
    options: BuildOptions
    site: Site
    report: Report
    images: dict[str, ImageEntry]
    cache: ImageCache
    catalog: Catalog
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, Any] = field(default_factory=dict)
    later: Later | None = None  # the search bundles still being made (options.search_later)

    @property
    def workers(self) -> int:
        return self.options.workers or runtime.cores()


class Engine(Protocol):
    """What the pipeline needs of a static-site engine."""

    def render_content_pages(
        self, prepared: Prepared, site_dir: Path, previous: Path | None = None
    ) -> tuple[PageFrame, list[ContentPage]]:
        """Write the hand-written pages of content/ (and the navigation's index pages) into
        site_dir; the frame record pages are rendered into, and the content pages written.
        `previous`: the output being replaced, whose pages may be kept where nothing changed."""


@dataclass
class BuildResult:
    report: Report
    output: Path
    built: bool = False
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, object] = field(default_factory=dict)
    later: Later | None = None  # options.search_later: finish() makes and places the search


def build(root: Path, output: Path, *, options: BuildOptions, engine: Engine) -> BuildResult:
    """Build the site of the repository at root into output, atomically.

    The cyclic collector is off while it runs (runtime): everything a build reads and makes
    lives to its end. A full pass over the heap — in `gongshi serve` the last build's site as
    well — took a second of a rebuild at 2,000 organizations, wherever it fell (reading the
    spare's list of pages, 18,000 entries, took 0.9–1.3 s instead of 0.1), and the passes over
    young objects that were left took 0.4–0.6 s more. Its few cycles of garbage are freed by
    the next collection: at once in `gongshi serve` (after the search), at exit otherwise.
    Worker processes collect their own young objects (runtime.worker_start)."""
    with young_collections_only(), collector_off():
        return _build(root, output, options=options, engine=engine)


def _build(root: Path, output: Path, *, options: BuildOptions, engine: Engine) -> BuildResult:
    started = time.perf_counter()
    root = root.resolve()
    output = output if output.is_absolute() else (root / output)
    report = Report()
    result = BuildResult(report=report, output=output)
    prepared = prepare(root, options, report, timings=result.timings)
    if prepared is None:
        return result
    output.parent.mkdir(parents=True, exist_ok=True)
    outputs.leftovers(output)
    # the spares: a cache of their own (CI saves .cache/pages, not a second copy of the pages)
    spare_cache = options.cache_of(root, "spare")
    spare = spares.claim(output, spare_cache) if spare_cache is not None else None
    staging = (
        spare.staging
        if spare is not None
        else Path(tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.building-"))
    )
    # a picture that left (deleted, withdrawn, replaced) is in the output: the retired output
    # is deleted beside it, never kept in the cache (the spare is made of the new output alone),
    # and its search is not carried while the new one is made (it would show the picture)
    left = outputs.pictures_left(output, prepared.images)
    later = options.search_later and not left and (output / BUNDLE).is_dir()
    try:
        if spare is not None:  # the spare's pages and pictures this build does not make
            urls = {s.url for s in prepared.catalog.pages if s.url not in NAV_PAGES}
            spare.prune(urls, (entry.key for entry in prepared.images.values()))
        with progress.task("content"), _timed(prepared.timings, "content"):
            frame, content_pages = engine.render_content_pages(prepared, staging, output)
            if spare is not None:
                spare.merge()  # the spare's pages beside the content pages
        reuse = publish_records(
            prepared, frame, content_pages, output=output, spare=spare, search_later=later
        )
        result.timings.update(prepared.timings)
        result.stats.update(prepared.stats)
        keeping = reuse is not None and spare_cache is not None and not left
        retired = outputs.swap(
            staging,
            output,
            cache=spare_cache if keeping else None,
            # the pages now, the search when it is made: the live one's meanwhile
            carried=SEARCH_FOLDERS if prepared.later is not None else (),
        )
        result.built, result.later = True, prepared.later
        keep = functools.partial(_keep, prepared, output, spare_cache, retired, reuse)
        if prepared.later is None:
            keep()
        else:  # `gongshi serve`: once the page is served, before its search is put in place
            prepared.later.first = keep
    except BaseException:
        if prepared.later is not None:
            prepared.later.abandon()
        if spare is None:
            shutil.rmtree(staging, ignore_errors=True)
        else:  # never a spare again: a whole site's folders, deleted in the background
            spares.discard(staging)
        raise
    result.timings["total"] = time.perf_counter() - started
    return result


def _keep(
    prepared: Prepared, output: Path, cache: Path | None, retired: Path | None, reuse: Reuse | None
) -> None:
    """What the next build into this output starts from (the manifest of its pages, its spare made
    by a process of its own, the names' keys in pinyin): caches, so a full disk costs the next
    build the pages it would keep, never this one, swapped in already, nor a `serve` its search."""
    if reuse is not None and cache is not None:
        reuse.save(retired)
        try:
            folder = retired if retired is not None else spares.start(output, cache)
            for other in spares.others(output, cache, folder):
                spares.discard(other)
            spares.make_later(folder, output, reuse.manifest)
        except OSError as error:  # the next build renders more pages
            log.warning("下次生成的起点未能保存 (no spare kept for the next build): %s", error)
    pinyin.keep(prepared.options.cache_of(prepared.root, "pinyin"))


def prepare(
    root: Path, options: BuildOptions, report: Report, *, timings: dict[str, float] | None = None
) -> Prepared | None:
    """load → check → media → catalog; None when the records or the pictures have errors."""
    timings = {} if timings is None else timings
    with _timed(timings, "load"):
        site = load_site(  # every record read, validated and checked
            root,
            report,
            as_of=options.as_of,
            source_date_epoch=options.source_date_epoch,
            cache_dir=options.cache_of(root, "records"),
            changed=options.changed,
        )
        check_published(site, report)  # figures that moved since a year was published
    if report.errors:
        return None
    stats_of: dict[str, Any] = {"folders_taken": site.taken}  # generator.model.held
    with _timed(timings, "images"):
        images, cache = make_media(site, report, root=root, options=options, stats=stats_of)
    if report.errors:
        return None
    with _timed(timings, "catalog"), progress.task("catalog"):
        pinyin.recall(options.cache_of(root, "pinyin"))  # the names' keys earlier builds made
        catalog = make_catalog(site, images)
    return Prepared(root, options, site, report, images, cache, catalog, timings, stats_of)


def make_media(
    site: Site, report: Report, *, root: Path, options: BuildOptions, stats: dict[str, Any]
) -> tuple[dict[str, ImageEntry], ImageCache]:
    """Logos and photos in web sizes, processed or taken from the cache; problems are findings."""
    cache = ImageCache(options.cache_root(root) / "images", enabled=options.use_cache)
    withdrawn = withdrawn_photos(site)
    taken_down = keys_of(withdrawn)
    if taken_down:  # consent withdrawn: out of every cache now, even a build without caches
        cache.purge(taken_down)
        forget_images(options.cache_root(root) / "search", taken_down)
        # the stored records and findings of its organization name the photo (file, caption)
        forget_records(
            options.cache_root(root) / "records",
            (p.relative_to(site.root).as_posix() for p in withdrawn),
        )
        (options.cache_root(root) / "validate.json").unlink(missing_ok=True)
        # the spares hold earlier outputs' pages (its caption), even when this build uses none
        spares.remove_all(options.cache_root(root) / "spare")
    jobs = image_jobs(site, report)
    images, problems = process(jobs, cache, workers=options.workers)
    for rel, (code, params) in sorted(problems.items()):
        report.add(code, rel, **{"detail": "", **params})
    stats["images"] = len(jobs)
    return images, cache


def make_catalog(site: Site, images: dict[str, ImageEntry]) -> Catalog:
    """Every generated page as data: records, indexes, annual district pages, the portal."""
    catalog = build_catalog(site, images)
    catalog.pages += annual_pages.district_pages(site)
    catalog.pages += federation.pages(site, len(catalog.orgs))
    catalog.pages.append(opendata_columns.dictionary_page(site.config.site_name))
    return catalog


def publish_records(
    prepared: Prepared,
    frame: PageFrame,
    content_pages: list[ContentPage],
    *,
    output: Path | None = None,
    spare: spares.Spare | None = None,
    search_later: bool = False,
) -> Reuse | None:
    """record pages → search → exports, after the engine wrote the content pages; the record
    pages of the output being replaced are kept where nothing they show changed (generator.
    render.reuse; with the cache, and only by a build that swaps output).

    Pages are rendered bundle by bundle of the search index, and Pagefind indexes each bundle
    (in processes of its own) while the next renders; media and open data are written by this
    process meanwhile. So the three stages overlap in time, in this order of dependence. With
    `search_later` (`gongshi serve`, output given) the bundles go to a folder of their own and
    are left to prepared.later, made and put in place after the swap (generator.search.later)."""
    catalog, options, root = prepared.catalog, prepared.options, prepared.root
    site_dir = frame.site_dir
    started = time.perf_counter()
    specs = [spec for spec in catalog.pages if spec.url not in NAV_PAGES]
    pages_cache = options.cache_of(root, "pages")
    reuse = None
    if pages_cache is not None and output is not None:
        reuse = Reuse.open(pages_cache, output, frame.fingerprint(), spare)
    later = output if search_later else None  # the output the search is put into once made
    search_dir = (
        Path(tempfile.mkdtemp(dir=later.parent, prefix=f".{later.name}.search-"))
        if later is not None
        else site_dir
    )
    indexer = Indexer(
        search_records(catalog, content_pages, site_dir),
        search_dir,
        cache_dir=options.cache_of(root, "search"),
        shard_pages=prepared.site.config.settings.search_shard_pages,
        workers=options.workers,
    )
    indexer.held = later is not None  # the bundles made once the pages are served
    searching = contextlib.ExitStack()
    if later is None:  # shown while the build runs, not after
        shown = searching.enter_context(progress.task("search", len(indexer.shards)))
        indexer.on_bundle = shown.advance
    try:
        count, size, made = render_pages(
            frame,
            _batches(specs, indexer),
            workers=prepared.workers,
            words_of=words_of,
            meanwhile=functools.partial(write_exports, prepared, site_dir, content_pages),
            reuse=reuse,
        )
        prepared.timings["pages"] = time.perf_counter() - started  # media, open data included
        prepared.stats.update(pages=count, page_bytes=size)
        if reuse is not None:
            reuse.made = made
            old = reuse.old
            prepared.stats["pages_kept"] = sum(
                1 for url, (mark, *_) in made.items() if url in old and old[url][0] == mark
            )
        if later is not None:
            prepared.later = Later(indexer, search_dir, later, catalog)
            return reuse
        search_started = time.perf_counter()  # what indexing took beyond the rendering
        indexed = indexer.finish()
    finally:
        if prepared.later is None:
            indexer.close()
            if search_dir != site_dir:
                shutil.rmtree(search_dir, ignore_errors=True)
        searching.close()
    write_vocabulary(catalog, site_dir / BUNDLE)
    prepared.timings["search"] = time.perf_counter() - search_started
    for problem in indexed.errors[:20]:  # the site is built; its search may miss pages
        log.warning("搜索索引出错 (search index error): %s", problem)
    prepared.stats.update(
        search_pages=indexed.pages,
        search_bytes=indexed.bytes,
        search_bundles=indexed.bundles,
        search_reused=indexed.reused,
    )
    return reuse


def _batches(specs: list[PageSpec], indexer: Indexer) -> list[Batch]:
    """A batch a search bundle (indexed once its pages are written), then the unsearched."""
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
    return [*batches, Batch(unsearched)]


def write_exports(prepared: Prepared, site_dir: Path, content_pages: list[ContentPage]) -> None:
    """Pictures in web sizes, open data, feeds, sitemap, QR codes and the annual downloads."""
    with progress.task("exports"):
        _write_exports(prepared, site_dir, content_pages)


def _write_exports(prepared: Prepared, site_dir: Path, content_pages: list[ContentPage]) -> None:
    site, catalog, options = prepared.site, prepared.catalog, prepared.options
    with _timed(prepared.timings, "media"):
        prepared.stats["media_bytes"] = publish(prepared.images, prepared.cache, site_dir)
        if options.use_cache:
            prepared.cache.prune()
    with _timed(prepared.timings, "open_data"):
        prepared.stats |= opendata.write_all(  # what was kept, what made (exports_kept, …)
            site,
            catalog,
            site_dir,
            site_url=site.config.site_url,
            doc_urls=[page.url for page in content_pages],
            qr_cache=options.cache_of(prepared.root, "qr"),
            exports_cache=options.cache_of(prepared.root, "pages/exports"),  # CI caches pages/
        )
        board.write_board(site, catalog.board, site_dir, site_url=site.config.site_url)
        downloads.write_downloads(
            site, site_dir, catalog.pages, cache=options.cache_of(prepared.root, "pages/downloads")
        )


@contextlib.contextmanager
def _timed(timings: dict[str, float], name: str) -> Iterator[None]:
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = time.perf_counter() - started
