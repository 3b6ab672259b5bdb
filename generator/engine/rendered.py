"""Content pages' Markdown converted once: MkDocs' conversion of a page of content/ to HTML, kept
while what it is made from is the same.

MkDocs converts every page of content/ on every build: the navigation every page shows takes
titles from them, and a kept page (generator.engine.kept) is only skipped later, when it would be
rendered through the theme. On the example that conversion was a fifth of a rebuild after one
organization changed. Its result (the HTML, the table of contents, the title from the first
heading, the anchors the page holds and those it links to, the warnings MkDocs logged) depends
only on:

- the page's Markdown as MkDocs converts it (after every plugin's `on_page_markdown`: gongshi's
  glossary, front matter read);
- the page's path and URL, and the path and URL of every file of the build (links resolve
  against them);
- the Markdown extensions and their settings (site_config.yml, the file's bytes as well), the
  versions of MkDocs, Python-Markdown and pymdown-extensions, and gongshi's code.

So a conversion is kept under a hash of those, in `.cache/content/` (data: JSON, checked on
reading), and given back to MkDocs instead of converting again; the warnings it logged are
logged again. Only with a MkDocs whose conversion sets nothing else (1.6), and only when every
extension is one that reads nothing but the page (Python-Markdown's own, gongshi's,
pymdown-extensions' but `snippets`, which includes other files): with any other, every page is
converted as before.
"""

from __future__ import annotations

import contextlib
import json
import logging
from pathlib import Path
from typing import Any

from mkdocs.structure.toc import AnchorLink, TableOfContents

from generator.fingerprint import code_digest, digest, installed, read_json, write_json

FORMAT = 1
FILE = "rendered.json"
_PAGES_LOG = "mkdocs.structure.pages"  # where MkDocs logs what a conversion found (links)
_MARKDOWN_OWN = frozenset(
    {
        *("abbr", "admonition", "attr_list", "codehilite", "def_list", "extra", "fenced_code"),
        *("footnotes", "legacy_attrs", "legacy_em", "md_in_html", "meta", "nl2br"),
        *("sane_lists", "smarty", "tables", "toc", "wikilinks"),
    }
)
_READS_FILES = frozenset({"pymdownx.snippets"})


# the MkDocs versions whose Page.render sets no more than what `_entry` keeps (a later one may set
# more: its pages are converted every time until it is checked and added here)
KNOWN_MKDOCS = ("1.6.",)


def supported() -> bool:
    """Whether this MkDocs' conversion of a page is what a kept one gives back."""
    return (installed("mkdocs") or "").startswith(KNOWN_MKDOCS)


def pure(extensions: list[Any]) -> bool:
    """Whether every Markdown extension reads nothing but the page (named, not an object)."""
    for extension in extensions:
        if not isinstance(extension, str):
            return False
        name = extension.removeprefix("markdown.extensions.")
        if name in _MARKDOWN_OWN:
            continue
        if name.startswith("pymdownx.") and name.split(":")[0] not in _READS_FILES:
            continue
        if name.startswith("generator."):  # gongshi's own (glossary, line breaks): its code
            continue
        return False
    return True


def _versions() -> str:
    names = ("mkdocs", "markdown", "pymdown-extensions")
    return "; ".join(f"{name} {installed(name) or '-'}" for name in names)


def _named(value: object) -> str:
    """A setting that is no data (a function given by !!python/name): by its name."""
    return f"{getattr(value, '__module__', '')}.{getattr(value, '__qualname__', repr(value))}"


class Conversions:
    """The kept conversions of one build: taken from the cache folder, saved back after it (those
    this build used, so that the file holds one build's pages)."""

    def __init__(self, cache_dir: Path, config: Any, files: Any) -> None:
        self.path = cache_dir / FILE
        stored = read_json(self.path)
        pages = stored.get("pages") if isinstance(stored, dict) else None
        self.old: dict[str, Any] = (
            pages if isinstance(pages, dict) and stored.get("format") == FORMAT else {}
        )
        self.used: dict[str, dict[str, Any]] = {}
        config_file = Path(config.config_file_path) if config.config_file_path else None
        settings = json.dumps(
            [config["markdown_extensions"], config["mdx_configs"], config["validation"]],
            sort_keys=True,
            default=_named,
            ensure_ascii=False,
        )
        self.common = digest(
            code_digest(),
            _versions(),
            config_file.read_bytes() if config_file and config_file.is_file() else b"",
            settings,
            repr(config["use_directory_urls"]),
            repr(sorted((file.src_uri, file.dest_uri, file.url) for file in files)),
        )
        self.converted = 0  # pages converted by this build (the others were kept)

    def render(self, original: Any, page: Any, config: Any, files: Any) -> None:
        """MkDocs' `Page.render` for one page: the kept conversion, or converting it."""
        logger = logging.getLogger(_PAGES_LOG)
        level = str(logger.getEffectiveLevel())  # which of its warnings MkDocs logs at all
        key = digest(self.common, level, page.file.src_uri, page.file.url, page.markdown or "")
        entry = self.old.get(key)
        if _entry_ok(entry) and self._apply(entry, page, files):
            self.used[key] = entry
            return
        logged = _Logged()
        logger.addHandler(logged)
        try:
            original(config, files)
        finally:
            logger.removeHandler(logged)
        self.converted += 1
        self.used[key] = _entry(page, logged.records)

    @staticmethod
    def _apply(entry: dict[str, Any], page: Any, files: Any) -> bool:
        links = None
        if entry["links"] is not None:
            links = {}
            for src_uri, anchors in entry["links"].items():
                target = files.get_file_from_path(src_uri)
                if target is None:
                    return False
                links[target] = dict(anchors)
        page.content = entry["content"]
        page.toc = TableOfContents([_link(item) for item in entry["toc"]])
        if page.toc.items:
            page.toc.items[0].active = True  # as MkDocs' get_toc marks it
        page._title_from_render = entry["title"]
        page.present_anchor_ids = set(entry["anchors"])
        if links is not None:
            page.links_to_anchors = links
        logger = logging.getLogger(_PAGES_LOG)
        for level, message in entry["logged"]:
            logger.log(level, message)
        return True

    def save(self) -> None:
        if set(self.used) != set(self.old):
            with contextlib.suppress(OSError):  # converted again next time
                write_json(self.path, {"format": FORMAT, "pages": self.used})


class _Logged(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.records: list[list[Any]] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append([record.levelno, record.getMessage()])


def _entry(page: Any, logged: list[list[Any]]) -> dict[str, Any]:
    links = getattr(page, "links_to_anchors", None)
    return {
        "content": page.content,
        "toc": [_token(item) for item in page.toc.items],
        "title": page._title_from_render,
        "anchors": sorted(page.present_anchor_ids or ()),
        "links": (
            {file.src_uri: dict(anchors) for file, anchors in links.items()}
            if links is not None
            else None
        ),
        "logged": logged,
    }


def _token(link: AnchorLink) -> dict[str, Any]:
    return {
        "title": link.title,
        "id": link.id,
        "level": link.level,
        "children": [_token(child) for child in link.children],
    }


def _link(token: dict[str, Any]) -> AnchorLink:
    link = AnchorLink(token["title"], token["id"], token["level"])
    link.children = [_link(child) for child in token["children"]]
    return link


def _token_ok(token: object, depth: int = 0) -> bool:
    return (
        depth < 8
        and isinstance(token, dict)
        and isinstance(token.get("title"), str)
        and isinstance(token.get("id"), str)
        and type(token.get("level")) is int
        and isinstance(token.get("children"), list)
        and all(_token_ok(child, depth + 1) for child in token["children"])
    )


def _texts(value: object) -> bool:
    """A dict of text to text (the anchors a page links to in one file)."""
    return isinstance(value, dict) and all(
        isinstance(k, str) and isinstance(v, str) for k, v in value.items()
    )


def _entry_ok(entry: object) -> bool:
    """A cache entry of the shape `_entry` writes (anything else: converted again)."""
    if not isinstance(entry, dict):
        return False
    title, links, logged = entry.get("title"), entry.get("links"), entry.get("logged")
    return (
        isinstance(entry.get("content"), str)
        and isinstance(entry.get("toc"), list)
        and all(_token_ok(token) for token in entry["toc"])
        and (title is None or isinstance(title, str))
        and isinstance(entry.get("anchors"), list)
        and all(isinstance(anchor, str) for anchor in entry["anchors"])
        and (links is None or (isinstance(links, dict) and all(map(_texts, links.values()))))
        and isinstance(logged, list)
        and all(
            isinstance(item, list)
            and len(item) == 2
            and type(item[0]) is int
            and isinstance(item[1], str)
            for item in logged
        )
    )
