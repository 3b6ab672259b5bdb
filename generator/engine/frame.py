"""The page frame over Material: record pages rendered into MkDocs' own chrome, fast.

Every record page shares Material's chrome (header, tabs, navigation drawer, footer, scripts),
which differs between pages only by folder depth and by a few values (title, description,
canonical URL, head tags, body). The chrome is rendered once per depth with placeholders and
cut at them into fixed parts, before any record's text is involved; each page renders only its
body and head, joined between those parts (never searched for a placeholder, so no text of a
record can forge one). The result is byte-identical to a full render
(tests/engine/test_page_frame.py checks that), at a fraction of the cost.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin, urlsplit

from jinja2 import TemplateNotFound
from markupsafe import Markup, escape
from mkdocs.commands.build import get_context
from mkdocs.structure.files import File
from mkdocs.structure.pages import Page
from mkdocs.utils import get_relative_url

from generator.engine import compiled
from generator.engine.shells import Shell, Shells, load_shells, save_shells
from generator.fingerprint import Walker, code_digest, digest, installed, tree_digest
from generator.views.pages import PageSpec

_MARK = {
    name: f"\x00gongshi-{name}\x00"
    for name in ("title", "description", "canonical", "head", "body")
}
_MARKS = re.compile("(" + "|".join(re.escape(mark) for mark in _MARK.values()) + ")")
_SLOT = {mark: name for name, mark in _MARK.items()}

# the chrome of the last build of this process (`gongshi serve`), by the frame's fingerprint
# and the pages it links: a rebuild with the same navigation, settings and templates reuses it
# (and a new process the one kept in the cache folder under that key: generator.engine.shells)
SHELLS: dict[str, Shells] = {}


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


@dataclass
class MkDocsFrame:
    """Material's chrome as MkDocs left it after the content pages: its Jinja environment,
    config, navigation and files."""

    env: Any
    config: Any
    nav: Any
    files: Any
    edit_url: Callable[[str | None], str | None]
    site_dir: Path = field(init=False)
    shells: Shells = field(default_factory=dict)
    body_templates: dict[str, str] = field(default_factory=dict)
    anchors: list[list[str]] = field(default_factory=list)
    doc_files: Any = None
    head_template: Any = None
    made_from: str | None = None  # fingerprint(), once made
    shells_file: Path | None = None  # where the chrome is kept between processes (a cache)
    # _shell_key's answers by what they depend on: the depth and the first parts of a URL
    _keys: dict[tuple[Any, ...], tuple[int, ...]] = field(default_factory=dict, repr=False)
    _depth: int = field(default=0, repr=False)  # the longest anchor's parts

    def __post_init__(self) -> None:
        self.site_dir = Path(self.config.site_dir)

    def prepare(self, specs: Sequence[PageSpec]) -> None:
        """Body templates found and every chrome made, before forking (the workers share them)."""
        self.doc_files = self.files.documentation_pages()
        self.head_template = self.env.get_template("gongshi/partials/head.html")
        for template in {spec.template for spec in specs}:
            body = template.replace("gongshi/", "gongshi/body/", 1)
            if _exists(self.env, body):
                self.body_templates[template] = body
        if compiled.rebuilding():  # kept for the next saves, not compiled in each worker again
            compiled.warm(self.env, "gongshi/")
        # what the chrome can link to: the navigation's pages and the site's top-level pages
        # (the header's search form, the footer's links), so that a page's chrome is never
        # reused for the page it links to (which links to itself as "./")
        tops = {spec.url for spec in specs if spec.url.count("/") == 1}
        self.link_anchors(
            [file.url.split("/")[:-1] for file in self.doc_files]
            + [url.split("/")[:-1] for url in sorted(tops)]
        )
        # the same frame and anchors as the last build of this process: its chrome again
        known = digest(self.fingerprint(), repr(self.anchors))
        if known not in SHELLS:
            SHELLS.clear()
            SHELLS[known] = load_shells(self.shells_file, known, _MARK)
        self.shells = SHELLS[known]
        before = len(self.shells)
        for spec in specs:
            if spec.template in self.body_templates:
                self._shell(spec.url)
        if len(self.shells) != before:
            save_shells(self.shells_file, known, self.shells)

    def link_anchors(self, anchors: list[list[str]]) -> None:
        """The pages the chrome links to, by their URLs' parts (which pages share a chrome)."""
        self.anchors = anchors
        self._keys, self._depth = {}, max(map(len, anchors), default=0)

    def fingerprint(self) -> str:
        """Everything a record page takes from outside its spec: gongshi's code and templates,
        MkDocs' and Material's versions, the site's settings file and theme overrides, the
        navigation and the content pages it links, the values every template may read, and the
        build date MkDocs' own fields show."""
        if self.made_from is None:
            self.made_from = self._fingerprint()
        return self.made_from

    def _fingerprint(self) -> str:
        config = self.config
        files = self.files.documentation_pages()
        overrides = Path(config.theme.custom_dir) if config.theme.custom_dir else None
        return digest(
            code_digest(),
            *(f"{name} {installed(name)}" for name in ("mkdocs", "mkdocs-material", "jinja2")),
            Path(config.config_file_path).read_bytes() if config.config_file_path else b"",
            tree_digest(overrides) if overrides and overrides.is_dir() else "",
            repr(_nav_outline(self.nav.items if self.nav else [])),
            repr([(file.src_uri, file.url) for file in files]),
            Walker().digest(self.env.globals.get("gongshi")),
            os.environ.get("SOURCE_DATE_EPOCH", ""),
        )

    def render(self, spec: PageSpec) -> tuple[str, str | None]:
        """(the whole page, its body alone when the chrome came from the cache)."""
        body_template = self.body_templates.get(spec.template)
        shell = self._shell(spec.url) if body_template else None
        if shell is None:
            return self.render_full(spec), None
        # the URL MkDocs gives the page of {url}index.md is url itself, except at the site root
        page = self._light_page(spec) if spec.url.endswith("/") else self._page(spec)
        context = {
            "config": self.config,
            "page": page,
            "base_url": get_relative_url(".", page.url),
            "spec": spec,
            **spec.context,
        }
        head = self.head_template.render(context)
        body = self.env.get_template(body_template).render(context)
        values = {
            "title": str(escape(spec.title)),
            "description": str(escape(spec.description)),
            "canonical": page.canonical_url or "",
            "head": head,
            "body": body,
        }
        parts, slots = shell
        filled = iter(slots)
        html = "".join(part if part is not None else values[next(filled)] for part in parts)
        return html, body

    def render_fast(self, spec: PageSpec) -> str:
        """A page from the cached chrome of its depth plus its own body and head."""
        return self.render(spec)[0]

    def render_full(self, spec: PageSpec) -> str:
        """A page rendered whole through the theme (the reference the fast path must equal)."""
        page = self._page(spec)
        context = get_context(self.nav, self.doc_files, self.config, page)
        context.update(spec.context)
        context["spec"] = spec
        return self.env.get_template(spec.template).render(context)

    def _page(self, spec: PageSpec) -> Page:
        file = File.generated(self.config, f"{spec.url}index.md", content="")
        # Material prints page.title and the description unescaped: hand it escaped text
        page = Page(escape(spec.title), file, self.config)
        page.content = ""
        page.meta = {"description": escape(spec.description), "hide": ["navigation", "toc"]}
        page.edit_url = self.edit_url(spec.source)
        return page

    def _light_page(self, spec: PageSpec) -> _LightPage:
        base = self.config.site_url
        canonical = abs_url = None
        if base:
            canonical = urljoin(base if base.endswith("/") else base + "/", spec.url)
            abs_url = urlsplit(canonical).path
        return _LightPage(
            title=escape(spec.title),
            url=spec.url,
            canonical_url=canonical,
            abs_url=abs_url,
            edit_url=self.edit_url(spec.source),
            meta={"description": escape(spec.description), "hide": ["navigation", "toc"]},
        )

    def _shell_key(self, url: str) -> tuple:
        """Pages whose chrome has the same relative links: same depth and the same common
        prefix with every page the navigation can link to."""
        parts = url.split("/")[:-1]
        # a prefix shared with an anchor is no longer than the anchor: the parts past the
        # longest one never change the key (a city's 20,000 pages have a few thousand keys)
        head = (len(parts), *parts[: self._depth])
        key = self._keys.get(head)
        if key is None:
            shared = []
            for anchor in self.anchors:
                count = 0
                for mine, theirs in zip(parts, anchor, strict=False):
                    if mine != theirs:
                        break
                    count += 1
                shared.append(count)
            key = self._keys[head] = (len(parts), *shared)
        return key

    def _shell(self, url: str) -> tuple[Shell, tuple[str, ...]] | None:
        """The chrome for pages like url cut at its placeholders (its parts, None where a value
        goes, and the names of those values in order); None when a theme override hides one."""
        key = self._shell_key(url)
        if key in self.shells:
            return self.shells[key]
        config = self.config
        file = File.generated(config, f"{url}index.md", content="")
        page = Page(Markup(_MARK["title"]), file, config)
        page.content = ""
        page.meta = {"description": Markup(_MARK["description"]), "hide": ["navigation", "toc"]}
        page.canonical_url = _MARK["canonical"] if config.site_url else None
        page.edit_url = None
        context = get_context(self.nav, self.doc_files, config, page)
        context["spec"] = True
        context["shell"] = {"head": Markup(_MARK["head"]), "body": Markup(_MARK["body"])}
        html = self.env.get_template("gongshi/shell.html").render(context)
        needed = ["title", "head", "body", "description"]
        needed += ["canonical"] if config.site_url else []
        if not all(_MARK[name] in html for name in needed):
            self.shells[key] = None
            return None
        pieces = _MARKS.split(html)  # text, mark, text, mark, …, text
        parts = tuple(None if index % 2 else piece for index, piece in enumerate(pieces))
        slots = tuple(_SLOT[mark] for mark in pieces[1::2])
        self.shells[key] = (parts, slots)
        return self.shells[key]


def _exists(env: Any, name: str) -> bool:
    """Whether a theme folder has the template (asked of the loader: listing every file of the
    theme folders, Material's thousands of icons among them, took a tenth of a second)."""
    try:
        env.loader.get_source(env, name)
    except TemplateNotFound:
        return False
    return True


def _nav_outline(items: Any) -> list:
    """The navigation as (title, url, children) — what the chrome of every page shows."""
    return [
        (
            str(getattr(item, "title", "")),
            str(getattr(item, "url", "") or ""),
            _nav_outline(getattr(item, "children", None) or []),
        )
        for item in items
    ]
