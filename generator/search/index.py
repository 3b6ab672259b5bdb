"""Chinese full-text search: a Pagefind index of the site's records, with Chinese tokenised here.

Why not let Pagefind segment Chinese itself (measured on this machine): Pagefind 1.5 segments the
pages with a dictionary (jieba) at build time but the query with the browser's Intl.Segmenter, and
the two disagree (Pagefind issue #1237): recall of two-character words fell to 96%, with words such
as 助残 and 邻里 losing most of their pages; Pagefind 1.4 agrees better but its segmenting indexer
slows down superlinearly (8,263 pages: 1,030 s, against 14 s for 1.5), and 1.5 writes different
files for identical input. So gongshi indexes every run of Chinese as overlapping character pairs,
the way search engines index CJK without a dictionary, encoded as plain ASCII words, with Pagefind
1.4 (deterministic); the browser turns a query into the same words (generator/templates/assets/gongshi/search.js),
so both sides always agree: any run of two or more characters is found, whatever the words.


Records come straight from the Site model (title, kind, text, filters, sort keys, image and a
summary for the result list), so no HTML is parsed for record pages; hand-written pages
(policies, annual narratives, the guide) contribute the text of their rendered content.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hashlib
import json
import os
import re
import shutil
import subprocess
import tempfile
import threading
import time
import zlib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from html import escape, unescape
from pathlib import Path

LANGUAGE = "zh"
BUNDLE = "pagefind"  # the primary bundle: pagefind.js, the WebAssembly, the first pages searched
PARTS = "pagefind-parts"  # further bundles of a big site, merged by the search code
MANIFEST = "parts.json"  # in BUNDLE: the list of parts
SHARD_PAGES = 4000  # pages per part; a site with no more searched pages has one bundle
CACHE_VERSION = "2"  # bump when the documents given to Pagefind change meaning
_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+")

_LETTERS = "abcdefghijklmnopqrstuvwxyz"


class SearchUnavailable(Exception):
    """The Pagefind binary is not installed."""


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
    # words(title, text), when the page's renderer made them already (in parallel, see publish)
    words: str | None = None


@dataclass
class IndexResult:
    pages: int
    bytes: int
    errors: list[str]
    bundles: int = 1
    reused: int = 0  # bundles taken from the cache


_CODES: dict[int, str] = {}  # code point → four letters, for str.translate()


def _codes() -> dict[int, str]:
    """Every Chinese character _WORD matches as four lowercase letters (base 26 of its code point): the
    table str.translate() turns a run of Chinese into its codes with, in C (28,096 entries, made
    once a process, ~60 ms; a lookup per character in Python cost 8 times as much). Made
    aside and published whole: the indexer's threads may ask for it at the same moment, and
    one that read a half-made table left characters untranslated."""
    global _CODES
    if not _CODES:
        table = {}
        for first, last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF)):
            for number in range(first, last + 1):
                letters, rest = [], number
                for _ in range(4):
                    rest, digit = divmod(rest, 26)
                    letters.append(_LETTERS[digit])
                table[number] = "".join(reversed(letters))
        _CODES = table
    return _CODES


def tokens(text: str) -> list[str]:
    """Search tokens of a text: Latin words and numbers as themselves (lowercase), each run of
    Chinese as its overlapping pairs of characters ("y" + codes; a lone character as "y" + code).
    search.js implements the same function for queries (a one-character query matches as a prefix
    of the pairs that start with it); tests check that the two agree."""

    out: list[str] = []
    for match in _WORD.finditer(text):
        run = match.group(0)
        if run[0] < "\u3400":  # _WORD's runs are all Chinese or all Latin letters and digits
            out.append(run.lower())
            continue
        codes = run.translate(_CODES or _codes())  # four letters a character
        if len(run) == 1:
            out.append("y" + codes)  # a lone character: found as the start of its pairs too
        else:  # character i and i + 1: codes[4i : 4i + 8]
            out.extend(["y" + codes[i : i + 8] for i in range(0, len(codes) - 4, 4)])
    return out


_VOID = frozenset(
    {"img", "br", "hr", "input", "meta", "link", "source", "wbr", "area", "col", "base"}
)
# The markup is gongshi's own output (every record value escaped by the templates), so a few
# regular expressions understand all the HTML they need to: tags whose quoted attribute values
# may hold ">", comments and declarations, raw-text elements, and elements found by a marker
# whose end is the matching close tag of the same name. _ATTRS is written as an unrolled loop
# (runs of plain characters, then a quoted value and another run …): the same language as
# (?:[^>"']|"…"|'…')*, matched a run at a time instead of a character at a time, 1.8× faster.
_ATTRS = r"([^>\"']*(?:(?:\"[^\"]*\"|'[^']*')[^>\"']*)*)"
_TAG = re.compile(r"<(/?)([A-Za-z][A-Za-z0-9-]*)" + _ATTRS + ">")
_COMMENT = re.compile(r"<!--.*?-->|<[!?][^>]*>", re.S)
_RAW_TEXT = re.compile(r"<(script|style)\b" + _ATTRS + r">.*?</\1\s*>", re.S | re.I)
_OPENING = re.compile(r"<([A-Za-z][A-Za-z0-9-]*)" + _ATTRS + ">")
_SVG = re.compile(r"<(svg)\b" + _ATTRS + ">", re.I)
_QUOTED = re.compile(r"\"[^\"]*\"|'[^']*'")
_BODY = re.compile(r"(?:^|\s)data-pagefind-body(?![\w-])")
_IGNORE = re.compile(r"(?:^|\s)data-pagefind-ignore(?![\w-])")
_SPACE = re.compile(r"\s+")
_SAME_NAME: dict[str, re.Pattern[str]] = {}


def _close(markup: str, name: str, start: int) -> tuple[int, int]:
    """Where the element of this name opened before start ends: (its close tag's start, end)."""
    pattern = _SAME_NAME.get(name)
    if pattern is None:
        pattern = re.compile(rf"<(/?){re.escape(name)}(?![\w-])" + _ATTRS + ">", re.I)
        _SAME_NAME[name] = pattern
    depth = 1
    for match in pattern.finditer(markup, start):
        if match.group(2).endswith("/"):
            continue
        depth += -1 if match.group(1) else 1
        if depth == 0:
            return match.start(), match.end()
    return len(markup), len(markup)


def _extent(markup: str, match: re.Match[str]) -> tuple[int, int, int, int]:
    """(start, content start, content end, end) of the element whose opening tag is match
    (group 1 its name, group 2 its attributes)."""
    if match[1].lower() in _VOID or match[2].endswith("/"):
        return match.start(), match.end(), match.end(), match.end()
    return (match.start(), match.end(), *_close(markup, match[1].lower(), match.end()))


def _elements(markup: str, opener: re.Pattern[str]) -> list[tuple[int, int, int, int]]:
    """The extent of each outermost element whose opening tag matches opener."""
    found = []
    position = 0
    while (match := opener.search(markup, position)) is not None:
        found.append(_extent(markup, match))
        position = found[-1][3]
    return found


def _marked(
    markup: str, attribute: str, marker: re.Pattern[str]
) -> list[tuple[int, int, int, int]]:
    """The extent of each outermost element with this attribute (marker: its name, never
    inside a quoted value), found from the attribute's occurrences rather than by matching
    every tag: a page has a few ignored elements among ~150 tags. Each occurrence counts only
    inside the opening tag that starts at the "<" before it (as gongshi's templates and
    Markdown escape "<" in attribute values, that is its tag)."""
    found = []
    position = 0
    while (at := markup.find(attribute, position)) != -1:
        opening = markup.rfind("<", 0, at)
        match = _OPENING.match(markup, opening) if opening != -1 else None
        if match is None or match.end() <= at or not marker.search(_QUOTED.sub("", match[2])):
            position = at + len(attribute)
            continue
        found.append(_extent(markup, match))
        position = found[-1][3]
    return found


def _without(markup: str, regions: list[tuple[int, int, int, int]]) -> str:
    parts, position = [], 0
    for start, _, _, end in regions:
        parts.append(markup[position:start])
        position = end
    parts.append(markup[position:])
    return " ".join(parts)


def indexed_text(markup: str, *, whole: bool = False) -> str:
    """The searchable text of a page: inside data-pagefind-body, outside data-pagefind-ignore,
    scripts, styles and SVG — Pagefind's own rule for HTML (whole=True: a fragment without
    data-pagefind-body). A few passes of regular expressions: every record page pays for it,
    and a tag-by-tag parser in Python cost 8 times as much (html.parser)."""
    markup = _RAW_TEXT.sub(" ", _COMMENT.sub(" ", markup))
    if "<svg" in markup or "<SVG" in markup:
        markup = _without(markup, _elements(markup, _SVG))
    if "data-pagefind-ignore" in markup:
        markup = _without(markup, _marked(markup, "data-pagefind-ignore", _IGNORE))
    if not whole:
        bodies = _marked(markup, "data-pagefind-body", _BODY)
        markup = " ".join(markup[start:end] for _, start, end, _ in bodies)
    return _SPACE.sub(" ", unescape(_TAG.sub(" ", markup))).strip()


@functools.cache
def _binary() -> Path:
    try:
        from pagefind_bin_extended import get_executable
    except ImportError:
        try:
            from pagefind_bin import get_executable
        except ImportError:
            raise SearchUnavailable("没有安装 Pagefind: pip install 'pagefind[extended]'") from None
    return Path(get_executable())


def words(title: str, text: str) -> str:
    """What Pagefind indexes of a page: the tokens of its title and text, space-separated."""
    return " ".join(tokens(f"{title} {text}"))


def _words(record: SearchRecord) -> str:
    """The record's words: made by the page's renderer, or here from its title and text."""
    return record.words if record.words is not None else words(record.title, record.text)


def _attribute(value: str) -> str:
    return escape(value.replace(",", "\\,"), quote=True)


def _document(record: SearchRecord) -> str:
    """A minimal HTML document for Pagefind: the tokens as the body, the rest as attributes."""
    meta = [("title", record.title), ("kind", record.kind), ("summary", record.summary)]
    if record.image:
        meta.append(("image", record.image))
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
    parts.append("<p>" + _words(record) + "</p></body></html>")
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
        (name, [replace(r, filters={**r.filters, "part": [name or "0"]}) for r in shard])
        for name, shard in shards
    ]


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
    for name, values in sorted(record.filters.items()):
        fields += [f"f:{name}", *values]
    for name, value in sorted(record.sort.items()):
        fields += [f"s:{name}", value]
    return json.dumps(fields, ensure_ascii=False).encode("utf-8")


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("pagefind")
    except PackageNotFoundError:
        return "unknown"


# Files of a Pagefind bundle the site's search code never loads (Pagefind's own UI), and what a
# merged part needs besides its index (the primary bundle brings pagefind.js and the WebAssembly).
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
           "pagefind-modular-ui.css", "pagefind-highlight.js")  # fmt: skip
_PART_ONLY = ("pagefind.js", "wasm.unknown.pagefind")


class _Cores:
    """One CPU for each Pagefind process, the one the fewest of them are running on.

    Pagefind spreads a bundle over threads that barely use a second core (measured on 2 cores:
    2.5 s of wall time for 2.8 CPU-seconds), and a multi-threaded process that frees memory
    interrupts every core its threads ran on to flush their TLBs (musl's allocator maps and
    unmaps Pagefind's compressor state for every page). Kept on one CPU, the same bundle took
    2.3 s for 2.3 CPU-seconds, and two bundles at once 2.3 s instead of 2.9. A build runs
    more Pagefind processes than cores beside its renderers, so no parallelism is lost."""

    def __init__(self) -> None:
        try:
            cpus = sorted(os.sched_getaffinity(0))
        except (AttributeError, OSError):  # not Linux: the system places the processes
            cpus = []
        self._running = dict.fromkeys(cpus if len(cpus) > 1 else [], 0)
        self._lock = threading.Lock()

    @contextlib.contextmanager
    def one(self) -> Iterator[None]:
        """Processes started inside run on the least used CPU (the affinity of the calling
        thread, which they inherit; the other threads of this process are unaffected)."""
        if not self._running:
            yield
            return
        before = os.sched_getaffinity(0)
        with self._lock:
            cpu = min(self._running, key=self._running.__getitem__)
            self._running[cpu] += 1
        try:
            with contextlib.suppress(OSError):  # a CPU gone offline: the system places it
                os.sched_setaffinity(0, {cpu})
            yield
        finally:
            with contextlib.suppress(OSError):
                os.sched_setaffinity(0, before)
            with self._lock:
                self._running[cpu] -= 1


def _index_one(
    documents: list[tuple[str, str]],
    output: Path,
    primary: bool,
    cores: _Cores,
) -> tuple[int, list[str]]:
    """Index the documents into the bundle `output`: (pages, Pagefind's errors)."""
    # Pagefind indexes a folder of files far faster than records sent one by one through its
    # service (measured: 8,263 pages in 14 s against 6,799 records in 700 s), so the records are
    # written as tiny documents at their URLs in a scratch folder and indexed from there, by the
    # command-line indexer: the Python API's service is stopped (SIGTERM) once it has answered
    # "files written", and Pagefind writes through tokio's buffered files, so a busy machine
    # could lose the end of a file (seen: an empty pagefind-entry.json in one of two builds);
    # the command finishes its writes before it exits.
    with tempfile.TemporaryDirectory(prefix="gongshi-search-", dir=_SCRATCH) as scratch:
        root = Path(scratch)
        for url, document in documents:
            target = root / url / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document, encoding="utf-8")
        if not documents:  # the command refuses an empty folder; the service makes an empty index
            return asyncio.run(_index_nothing(root, output, primary))
        command = [str(_binary()), "--site", str(root), "--output-path", str(output)]
        with cores.one():
            run = subprocess.run(
                [*command, "--force-language", LANGUAGE, "--silent"],
                capture_output=True,
                text=True,
                errors="replace",
                check=False,
            )
    problems = [line for line in (run.stderr + run.stdout).splitlines() if line.strip()]
    entry = output / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"].values()
        count = sum(int(language.get("page_count", 0)) for language in languages)
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return 0, problems or [f"Pagefind wrote no usable {entry.name} (exit {run.returncode})"]
    if run.returncode != 0:
        return count, problems or [f"Pagefind exited with {run.returncode}"]
    _drop_unused(output, primary)
    return count, []


async def _index_nothing(root: Path, output: Path, primary: bool) -> tuple[int, list[str]]:
    """A bundle without pages (a site with nothing to search yet): Pagefind's service, whose
    few files are read back, and written again if the stopped service lost the end of one."""
    from pagefind.index import IndexConfig, PagefindIndex

    os.environ["PAGEFIND_BINARY_PATH"] = str(_binary())  # the service runs this binary
    config = IndexConfig(force_language=LANGUAGE, output_path=str(output))
    for _ in range(3):
        async with PagefindIndex(config=config) as index:
            answer = await index.add_directory(path=str(root))
        try:
            json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
            complete = all(f.stat().st_size for f in output.rglob("*") if f.is_file())
        except (OSError, ValueError, KeyError, TypeError):
            complete = False
        if complete:
            break
    _drop_unused(output, primary)
    return int(answer.get("page_count", 0)), list(answer.get("errors") or [])


def _drop_unused(output: Path, primary: bool) -> None:
    for name in _UNUSED + (() if primary else _PART_ONLY):
        (output / name).unlink(missing_ok=True)


def _memory_folder() -> str | None:
    """Where the scratch documents go: memory (/dev/shm) when there is some, since creating and
    removing tens of thousands of small folders costs seconds on a disk mounted with `discard`."""
    shm = Path("/dev/shm")
    return str(shm) if shm.is_dir() and os.access(shm, os.W_OK | os.X_OK) else None


_SCRATCH = _memory_folder()


def _copy_tree(source: Path, target: Path) -> None:
    """A cached bundle into the site: hard links where the file system allows, else copies."""
    for folder, _, names in os.walk(source):
        into = target / Path(folder).relative_to(source)
        into.mkdir(parents=True, exist_ok=True)
        for name in names:
            try:
                os.link(Path(folder) / name, into / name)
            except OSError:
                shutil.copy2(Path(folder) / name, into / name)


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
    ) -> None:
        records = sorted(records, key=lambda record: record.url)  # deterministic output
        self.shards = plan_shards(records, shard_pages)
        self.site_dir = site_dir
        self.cache_dir = cache_dir
        if cache_dir is not None:
            cache_dir.mkdir(parents=True, exist_ok=True)
        _binary()  # no Pagefind: SearchUnavailable now, before any page is rendered
        # one Pagefind process more than the cores: each spends part of its time writing files,
        # and the last bundles then share the cores instead of one finishing alone
        self._pool = ThreadPoolExecutor(max_workers=max(1, workers or os.cpu_count() or 1) + 1)
        self._jobs: list = []
        self._lock = threading.Lock()
        self._result = IndexResult(pages=0, bytes=0, errors=[], bundles=len(self.shards))
        self._used: set[str] = set()
        self._cores = _Cores()

    def ready(self, number: int, words: dict[str, str] | None = None) -> None:
        """Start indexing shard `number`; `words` (url → words()) fills its records' words."""
        name, records = self.shards[number]
        if words:
            records = [
                replace(record, words=words[record.url]) if record.url in words else record
                for record in records
            ]
        self._jobs.append(self._pool.submit(self._one, name, records))

    def finish(self) -> IndexResult:
        try:
            for job in self._jobs:
                job.result()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)
        shards, site_dir = self.shards, self.site_dir
        parts = [f"{PARTS}/{name}/" for name, _ in shards if name]
        primary = len(shards[0][1])  # pages of the primary bundle (0 on a site with nothing yet)
        first = sum(1 for name, _ in shards if name.startswith("o"))  # searched with the primary
        manifest = json.dumps(
            {"pages": primary, "first": first, "parts": parts},
            ensure_ascii=False,
            separators=(",", ":"),
        )
        (site_dir / BUNDLE).mkdir(parents=True, exist_ok=True)
        (site_dir / BUNDLE / MANIFEST).write_text(manifest + "\n", encoding="utf-8")
        if self.cache_dir is not None:
            _prune(self.cache_dir, self._used)
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

    def _count(self, pages: int, errors: list[str] | None = None, reused: bool = False) -> None:
        with self._lock:
            self._result.pages += pages
            self._result.errors.extend(errors or [])
            self._result.reused += int(reused)

    def _one(self, name: str, records: list[SearchRecord]) -> None:
        target = self.site_dir / BUNDLE if not name else self.site_dir / PARTS / name
        cache_dir = self.cache_dir
        if cache_dir is None:
            documents = [(record.url, _document(record)) for record in records]
            count, problems = _index_one(documents, target, not name, self._cores)
            self._count(count, problems)
            return
        # the key comes from the records themselves (their documents follow from them and
        # CACHE_VERSION): a city's 80,000 documents are made only for bundles that changed
        digest = hashlib.sha256(f"{CACHE_VERSION} {_version()} {bool(name)}".encode())
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
                count, problems = _index_one(documents, scratch / "bundle", not name, self._cores)
                if problems:
                    _copy_tree(scratch / "bundle", target)
                    self._count(count, problems)
                    return
                (scratch / "bundle" / "pages").write_text(str(count), encoding="utf-8")
                # atomic: a concurrent build sees the whole entry or none (if another build
                # wrote the same entry first, the rename fails and theirs is used)
                with contextlib.suppress(OSError):
                    os.rename(scratch / "bundle", entry)
            finally:
                shutil.rmtree(scratch, ignore_errors=True)
        os.utime(entry)
        _copy_tree(entry, target)
        (target / "pages").unlink(missing_ok=True)
        self._count(int((entry / "pages").read_text(encoding="utf-8")), reused=reused)


def _prune(cache_dir: Path, used: set[str], keep_seconds: float = 3600) -> None:
    """Drop cached bundles this build did not use and nobody used within the hour (another
    build of a different version of the site may be using them right now)."""
    now = time.time()
    for entry in cache_dir.iterdir():
        if entry.name in used:
            continue
        with contextlib.suppress(OSError):
            if now - entry.stat().st_mtime > keep_seconds:
                shutil.rmtree(entry, ignore_errors=True)


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
