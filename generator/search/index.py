"""Chinese full-text search: the Pagefind bundles of the site's records, made and cached here.

Records come straight from the Site model (title, kind, text, filters, sort keys, image and a
summary for the result list), so no HTML is parsed for record pages; hand-written pages
(policies, annual narratives, the guide) contribute the text of their rendered content
(:mod:`generator.search.text`). Chinese is turned into words by :mod:`generator.search.tokens`.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import tempfile
import threading
import zlib
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Any

from generator import runtime
from generator.search.bundle import find_binary, index_bundle, pagefind_version
from generator.search.cached import IMAGES, prune
from generator.search.header import HEADER, header_record, wanted
from generator.search.ranking import sections
from generator.search.tokens import words

BUNDLE = "pagefind"  # the primary bundle: pagefind.js, the WebAssembly, the first pages searched
PARTS = "pagefind-parts"  # further bundles of a big site, merged by the search code
MANIFEST = "parts.json"  # in BUNDLE: the list of parts
SHARD_PAGES = 4000  # pages per part; a site with no more searched pages has one bundle
CACHE_VERSION = "3"  # bump when the documents given to Pagefind change meaning


@dataclass
class SearchRecord:
    url: str  # site-relative, without a leading slash: orgs/x/
    title: str
    kind: str
    text: str
    summary: str = ""
    image: str = ""
    filters: dict[str, list[str]] = field(default_factory=dict)
    sort: dict[str, str] = field(default_factory=dict)
    notice: str = ""  # the bureau's mark (已列入活动异常名录…), shown with the result
    meta: dict[str, str] = field(default_factory=dict)  # more for the result card (when, where)
    # the weighted sections of its words (ranking.sections), when the page's renderer made them
    # already (in parallel, see publish)
    words: str | None = None


@dataclass
class IndexResult:
    pages: int
    bytes: int
    errors: list[str]
    bundles: int = 1
    reused: int = 0  # bundles taken from the cache


def _words(record: SearchRecord) -> str:
    """The record's words in weighted sections: made by the page's renderer, or here from its
    title and text (one section of the default weight)."""
    if record.words is not None:
        return record.words
    return sections((1, words(record.title, record.text)))


def _attribute(value: str) -> str:
    return escape(value.replace(",", "\\,"), quote=True)


def _document(record: SearchRecord) -> str:
    """A minimal HTML document for Pagefind: the tokens as the body, the rest as attributes."""
    meta = [("title", record.title), ("kind", record.kind), ("summary", record.summary)]
    if record.notice:
        meta.append(("notice", record.notice))
    if record.image:
        meta.append(("image", record.image))
    meta += sorted(record.meta.items())
    # the sort keys again as metadata: a sorted view over several bundles merges their lists
    meta += [(f"sort-{name}", value) for name, value in sorted(record.sort.items())]
    parts = [
        '<!doctype html><html lang="zh"><head><meta charset="utf-8"></head><body data-pagefind-body>'
    ]
    parts += [
        f'<i data-pagefind-meta="{name}:{_attribute(value)}"></i>' for name, value in meta if value
    ]
    for name, values in sorted(record.filters.items()):
        parts += [f'<i data-pagefind-filter="{name}:{_attribute(value)}"></i>' for value in values]
    parts += [
        f'<i data-pagefind-sort="{name}:{_attribute(value)}"></i>'
        for name, value in sorted(record.sort.items())
    ]
    parts.append(_words(record) + "</body></html>")
    return "".join(parts)


def plan_shards(
    records: list[SearchRecord], shard_pages: int
) -> list[tuple[str, list[SearchRecord]]]:
    """Split the records into Pagefind bundles: ("", primary) first, then the parts.

    A browser downloads the whole page list of every bundle it searches (~10 bytes a page), so a
    big site keeps the pages residents look for first — organizations and the hand-written pages —
    in the primary bundle, and the projects and activities in parts of at most about
    `shard_pages` pages ("1", "2", …), grouped by organization (a stable hash of its id), which
    the search code merges after the first results are shown. A city with more than twice that
    many organizations puts them in parts of their own ("o1", "o2", …), searched with the
    primary bundle before the first results. One changed organization then re-indexes only its own parts; the
    others come from the cache."""
    if len(records) <= shard_pages:
        return [("", records)]
    primary: list[SearchRecord] = []
    owned: list[tuple[str, SearchRecord]] = []
    profiles: list[tuple[str, SearchRecord]] = []
    for record in records:
        parts = record.url.split("/")
        if parts[0] == "orgs" and len(parts) > 3:  # orgs/<id>/<projects|activities>/<stem>/
            owned.append((parts[1], record))
        elif parts[0] == "orgs" and len(parts) == 3:  # orgs/<id>/
            profiles.append((parts[1], record))
        else:
            primary.append(record)
    first: list[tuple[str, list[SearchRecord]]] = []
    # Organizations stay in the primary bundle up to twice a part's size (the first results then
    # come from one bundle: 140 KB at 5,000 organizations); a city's get parts of their own, so
    # that one changed organization re-indexes a part, not all of them.
    if len(primary) + len(profiles) <= 2 * shard_pages:
        primary += [record for _, record in profiles]
    else:
        first = _buckets(profiles, shard_pages, "o")
        if not primary:  # Pagefind never answers over an empty primary bundle
            primary = first.pop()[1]
    shards = [("", primary), *first, *_buckets(owned, shard_pages, "")]
    # which bundle a result came from (sorted views merge bundles by it); the caller's records
    # are left as they were
    return [
        (name, [_copied(r, filters={**r.filters, "part": [name or "0"]}) for r in shard])
        for name, shard in shards
    ]


def _copied(record: SearchRecord, **changed: Any) -> SearchRecord:
    """dataclasses.replace, three times quicker: it passes every field to __init__ again (each
    build copies every record twice, 13,500 of them at 2,000 organizations: 0.1 s)."""
    copied = object.__new__(SearchRecord)
    copied.__dict__.update(record.__dict__, **changed)
    return copied


def _buckets(
    owned: list[tuple[str, SearchRecord]], size: int, prefix: str
) -> list[tuple[str, list[SearchRecord]]]:
    """Records grouped into about len/size parts by a stable hash of their organization."""
    count = max(1, -(-len(owned) // size))
    buckets: list[list[SearchRecord]] = [[] for _ in range(count)]
    for org_id, record in owned:
        buckets[zlib.crc32(org_id.encode("utf-8")) % count].append(record)
    return [(f"{prefix}{number}", bucket) for number, bucket in enumerate(buckets, 1) if bucket]


def _fingerprint(record: SearchRecord) -> bytes:
    """Everything of a record its document is made of, unambiguously separated."""
    fields = [record.url, record.title, record.kind, _words(record), record.summary, record.image]
    fields += [record.notice, *(f"m:{name}={value}" for name, value in sorted(record.meta.items()))]
    for name, values in sorted(record.filters.items()):
        fields += [f"f:{name}", *values]
    for name, value in sorted(record.sort.items()):
        fields += [f"s:{name}", value]
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def copy_tree(source: Path, target: Path) -> None:
    """A cached bundle into the site: hard links where the file system allows, else copies.
    (A bundle is a page's fragment per page, 20,000 files in a city: paths are joined as text.)"""
    os.makedirs(target, exist_ok=True)
    with os.scandir(source) as entries:
        for entry in entries:
            into = os.path.join(target, entry.name)
            if entry.is_dir():  # a link to a folder is left out, as os.walk leaves it
                if not entry.is_symlink():
                    copy_tree(Path(entry.path), Path(into))
                continue
            try:
                os.link(entry.path, into)
            except OSError:
                shutil.copy2(entry.path, into)


class Indexer:
    """The Pagefind bundles of a site's records, each indexed as soon as its records are ready
    (a build renders pages bundle by bundle and hands each over while it renders the next), in
    threads that each drive a Pagefind process; finish() waits, writes the manifest and prunes
    the cache. Bundles whose documents did not change since an earlier build come from
    cache_dir."""

    def __init__(
        self,
        records: list[SearchRecord],
        site_dir: Path,
        *,
        cache_dir: Path | None = None,
        shard_pages: int = SHARD_PAGES,
        workers: int | None = None,
        on_bundle: Callable[[], None] | None = None,
    ) -> None:
        records = sorted(records, key=lambda record: record.url)  # deterministic output
        self.on_bundle = on_bundle  # called as each bundle is done (progress)
        self.shards = plan_shards(records, shard_pages)
        self.site_dir = site_dir
        self.cache_dir = cache_dir
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
        find_binary()  # no Pagefind: SearchUnavailable now, before any page is rendered
        # one Pagefind process more than the cores: each spends part of its time writing files,
        # and the last bundles then share the cores instead of one finishing alone
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers or runtime.cores()) + 1)
        self._jobs: list = []
        self._lock = threading.Lock()
        self._result = IndexResult(pages=0, bytes=0, errors=[], bundles=len(self.shards))
        self._used: set[str] = set()
        self._pinner = runtime.CorePinner()
        # the header box's bundle (generator.search.header): made once its shards are ready
        self._header_of = wanted([name for name, _ in self.shards])
        self._header_ready: dict[int, list[SearchRecord]] = {}
        self.held = False  # bundles handed over wait for release() (generator.search.later)
        self._waiting: list[tuple[int, dict[str, str] | None]] = []

    def release(self) -> None:
        """Index the bundles handed over while `held`: `gongshi serve` serves the pages first,
        and Pagefind would take a core from the workers rendering them."""
        self.held, waiting, self._waiting = False, self._waiting, []
        for number, given in waiting:
            self.ready(number, given)

    def ready(self, number: int, words: dict[str, str] | None = None) -> None:
        """Start indexing shard `number`; `words` (url → words()) fills its records' words."""
        if self.held:
            self._waiting.append((number, words))
            return
        name, records = self.shards[number]
        if words:
            records = [
                _copied(record, words=words[record.url]) if record.url in words else record
                for record in records
            ]
        self._jobs.append(self._pool.submit(self._one, name, records))
        if number in self._header_of:
            self._header_ready[number] = records
            if len(self._header_ready) == len(self._header_of):
                lean = [
                    header_record(r)
                    for n in sorted(self._header_ready)
                    for r in self._header_ready[n]
                ]
                self._jobs.append(self._pool.submit(self._one, HEADER, lean))

    def finish(self) -> IndexResult:
        self.release()
        try:
            for job in self._jobs:
                job.result()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
        shards, site_dir = self.shards, self.site_dir
        parts = [f"{PARTS}/{name}/" for name, _ in shards if name]
        primary = len(shards[0][1])  # pages of the primary bundle (0 on a site with nothing yet)
        first = sum(1 for name, _ in shards if name.startswith("o"))  # searched with the primary
        # listed once written (its shards were all handed over); else the header box searches
        # the primary bundle, as on a site of one bundle
        made = (site_dir / PARTS / HEADER / "pagefind-entry.json").is_file()
        header = {HEADER: f"{PARTS}/{HEADER}/"} if self._header_of and made else {}
        manifest = json.dumps(
            {"pages": primary, "first": first, "parts": parts, **header},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        (site_dir / BUNDLE).mkdir(parents=True, exist_ok=True)
        (site_dir / BUNDLE / MANIFEST).write_text(manifest + "\n", encoding="utf-8")
        if self.cache_dir is not None:
            shown = {record.image for _, records in shards for record in records if record.image}
            prune(self.cache_dir, self._used, shown)
        self._result.bytes = sum(
            f.stat().st_size
            for folder in (site_dir / BUNDLE, site_dir / PARTS)
            if folder.is_dir()
            for f in folder.rglob("*")
            if f.is_file()
        )
        return self._result

    def close(self) -> None:
        """Stop: bundles not started are dropped, running ones finish (a build that failed)."""
        self._pool.shutdown(wait=True, cancel_futures=True)

    def _count(
        self, pages: int, errors: list[str] | None = None, reused: bool = False, name: str = ""
    ) -> None:
        if name == HEADER:  # a copy of other bundles' pages: neither a bundle nor pages more
            pages, reused = 0, False
        with self._lock:
            self._result.pages += pages
            self._result.errors.extend(errors or [])
            self._result.reused += int(reused)
        if self.on_bundle is not None and name != HEADER:
            self.on_bundle()

    def _one(self, name: str, records: list[SearchRecord]) -> None:
        target = self.site_dir / BUNDLE if not name else self.site_dir / PARTS / name
        cache_dir = self.cache_dir
        role = "primary" if not name else HEADER if name == HEADER else "part"
        if cache_dir is None:
            documents = [(record.url, _document(record)) for record in records]
            count, problems = index_bundle(documents, target, role, self._pinner)
            self._count(count, problems, name=name)
            return
        # the key comes from the records themselves (their documents follow from them and
        # CACHE_VERSION): a city's 80,000 documents are made only for bundles that changed
        digest = hashlib.sha256(f"{CACHE_VERSION} {pagefind_version()} {role}".encode())
        for record in records:
            digest.update(_fingerprint(record))
        key = digest.hexdigest()[:32]
        with self._lock:
            self._used.add(key)
        entry = cache_dir / key
        reused = (entry / "pagefind-entry.json").is_file()
        if not reused:
            documents = [(record.url, _document(record)) for record in records]
            scratch = Path(tempfile.mkdtemp(prefix=f".{key}-", dir=cache_dir))
            try:
                count, problems = index_bundle(documents, scratch / "bundle", role, self._pinner)
                if problems:
                    copy_tree(scratch / "bundle", target)
                    self._count(count, problems, name=name)
                    return
                (scratch / "bundle" / "pages").write_text(str(count), encoding="utf-8")
                images = sorted({record.image for record in records if record.image})
                (scratch / "bundle" / IMAGES).write_text("\n".join(images), encoding="utf-8")
                # atomic: a concurrent build sees the whole entry or none (if another build
                # wrote the same entry first, the rename fails and theirs is used)
                with contextlib.suppress(OSError):
                    os.rename(scratch / "bundle", entry)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
        os.utime(entry)
        copy_tree(entry, target)
        (target / "pages").unlink(missing_ok=True)
        (target / IMAGES).unlink(missing_ok=True)
        self._count(int((entry / "pages").read_text(encoding="utf-8")), reused=reused, name=name)


def index_records(
    records: list[SearchRecord],
    site_dir: Path,
    *,
    cache_dir: Path | None = None,
    shard_pages: int = SHARD_PAGES,
    workers: int | None = None,
) -> IndexResult:
    """Write the Pagefind bundles of these records: site_dir/pagefind/ (with parts.json, the list
    of parts) and, on a big site, site_dir/pagefind-parts/<n>/. Bundles whose documents did not
    change since an earlier build are taken from cache_dir."""
    indexer = Indexer(
        records, site_dir, cache_dir=cache_dir, shard_pages=shard_pages, workers=workers
    )
    try:
        for number in range(len(indexer.shards)):
            indexer.ready(number)
        return indexer.finish()
    finally:
        indexer.close()
