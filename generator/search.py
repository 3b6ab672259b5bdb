"""Chinese full-text search: a Pagefind index of the site's records, with Chinese tokenised here.

Why not let Pagefind segment Chinese itself (measured on this machine): Pagefind 1.5 segments the
pages with a dictionary (jieba) at build time but the query with the browser's Intl.Segmenter, and
the two disagree (Pagefind issue #1237): recall of two-character words fell to 96%, with words such
as 助残 and 邻里 losing most of their pages; Pagefind 1.4 agrees better but its segmenting indexer
slows down superlinearly (8,263 pages: 1,030 s, against 14 s for 1.5), and 1.5 writes different
files for identical input. So gongshi indexes every run of Chinese as overlapping character pairs,
the way search engines index CJK without a dictionary, encoded as plain ASCII words, with Pagefind
1.4 (deterministic); the browser turns a query into the same words (theme/assets/gongshi/search.js),
so both sides always agree: any run of two or more characters is found, whatever the words.


Records come straight from the Site model (title, kind, text, filters, sort keys, image and a
summary for the result list), so no HTML is parsed for record pages; hand-written pages
(policies, annual narratives, the guide) contribute the text of their rendered content.
"""

from __future__ import annotations

import asyncio
import os
import re
import tempfile
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from html import escape
from html.parser import HTMLParser
from pathlib import Path

LANGUAGE = "zh"
BUNDLE = "pagefind"
_CJK = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
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


@dataclass
class IndexResult:
    pages: int
    bytes: int
    errors: list[str]


def _code(char: str) -> str:
    """A Chinese character as four lowercase letters (base 26 of its code point)."""
    number = ord(char)
    letters = []
    for _ in range(4):
        number, digit = divmod(number, 26)
        letters.append(_LETTERS[digit])
    return "".join(reversed(letters))


def tokens(text: str) -> list[str]:
    """Search tokens of a text: Latin words and numbers as themselves (lowercase), each run of
    Chinese as its overlapping pairs of characters ("y" + codes; a lone character as "y" + code).
    search.js implements the same function for queries (a one-character query matches as a prefix
    of the pairs that start with it); tests check that the two agree."""

    out: list[str] = []
    for match in _WORD.finditer(text):
        run = match.group(0)
        if not _CJK.match(run):
            out.append(run.lower())
            continue
        codes = [_code(char) for char in run]
        if len(codes) == 1:
            out.append("y" + codes[0])  # a lone character: found as the start of its pairs too
        out.extend("y" + codes[i] + codes[i + 1] for i in range(len(codes) - 1))
    return out


class IndexedText(HTMLParser):
    """The text a page offers to search: inside data-pagefind-body, outside data-pagefind-ignore,
    scripts and styles (the same rule as Pagefind's own HTML indexing)."""

    VOID = frozenset(
        {"img", "br", "hr", "input", "meta", "link", "source", "wbr", "area", "col", "base"}
    )

    def __init__(self, *, whole: bool = False) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[int] = []
        self.inside = 1 if whole else 0
        self.ignored = 0
        self.parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.VOID:
            return
        names = {name for name, _ in attrs}
        flag = (1 if "data-pagefind-body" in names else 0) | (
            2 if "data-pagefind-ignore" in names or tag in ("script", "style", "svg") else 0
        )
        self.stack.append(flag)
        self.inside += flag & 1
        self.ignored += (flag & 2) >> 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.VOID or not self.stack:
            return
        flag = self.stack.pop()
        self.inside -= flag & 1
        self.ignored -= (flag & 2) >> 1

    def handle_data(self, data: str) -> None:
        if self.inside > 0 and self.ignored == 0:
            self.parts.append(data)


def indexed_text(markup: str, *, whole: bool = False) -> str:
    """The searchable text of a page (whole=True: of a fragment without data-pagefind-body)."""
    parser = IndexedText(whole=whole)
    parser.feed(markup)
    parser.close()
    return re.sub(r"\s+", " ", " ".join(parser.parts)).strip()


def _binary() -> Path:
    try:
        from pagefind_bin_extended import get_executable
    except ImportError:
        try:
            from pagefind_bin import get_executable
        except ImportError:
            raise SearchUnavailable("没有安装 Pagefind: pip install 'pagefind[extended]'") from None
    return Path(get_executable())


def _attribute(value: str) -> str:
    return escape(value.replace(",", "\\,"), quote=True)


def _document(record: SearchRecord) -> str:
    """A minimal HTML document for Pagefind: the tokens as the body, the rest as attributes."""
    meta = [("title", record.title), ("kind", record.kind), ("summary", record.summary)]
    if record.image:
        meta.append(("image", record.image))
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
    parts.append("<p>" + " ".join(tokens(f"{record.title} {record.text}")) + "</p></body></html>")
    return "".join(parts)


async def _index(records: list[SearchRecord], site_dir: Path) -> IndexResult:
    from pagefind.index import IndexConfig, PagefindIndex

    os.environ["PAGEFIND_BINARY_PATH"] = str(_binary())
    # Pagefind indexes a folder of files far faster than records sent one by one through its
    # service (measured: 8,263 pages in 14 s against 6,799 records in 700 s), so the records are
    # written as tiny documents at their URLs in a scratch folder and indexed from there.
    with tempfile.TemporaryDirectory(prefix="gongshi-search-") as scratch:
        root = Path(scratch)
        for record in records:
            target = root / record.url / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(_document(record), encoding="utf-8")
        config = IndexConfig(force_language=LANGUAGE, output_path=str(site_dir / BUNDLE))
        async with PagefindIndex(config=config) as index:
            answer = await index.add_directory(path=str(root))
            errors = list(answer.get("errors") or [])
            pages = int(answer.get("page_count", 0))
    written = sum(f.stat().st_size for f in (site_dir / BUNDLE).rglob("*") if f.is_file())
    return IndexResult(pages=pages, bytes=written, errors=errors)


def index_records(records: list[SearchRecord], site_dir: Path) -> IndexResult:
    """Write the Pagefind bundle of these records into site_dir/pagefind/."""
    records = sorted(records, key=lambda record: record.url)  # deterministic output
    try:
        asyncio.get_running_loop()
    except RuntimeError:
        return asyncio.run(_index(records, site_dir))
    # called from inside an event loop (an embedding program): run in a thread of its own
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, _index(records, site_dir)).result()
