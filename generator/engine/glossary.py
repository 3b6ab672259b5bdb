"""The glossary: terms of the policy and annual pages explained where they are used.

One list, `content/glossary.yml` (term: explanation), is appended as Markdown abbreviations
(`*[公益创投]: …`) to the pages under policies/ and annual/, and Python-Markdown's abbr extension
turns the terms into `<abbr title="…">`. That extension only finds a term between word boundaries,
and Chinese text has none inside a sentence (`通过公益创投资助` never matches), so this module is
also a Markdown extension that replaces abbr's tree step: it finds terms inside Chinese text, marks
only a term's first use on a page (not every 社区社会组织), and leaves headings, links and code alone.
"""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as etree
from collections.abc import Iterator
from pathlib import Path

from markdown import Markdown
from markdown.extensions.abbr import AbbrExtension, AbbrTreeprocessor
from markdown.util import AtomicString

from generator.findings import Report
from generator.input.yamlio import load_file

log = logging.getLogger(__name__)

GLOSSARY_FILE = "glossary.yml"
GLOSSARY_PAGES = ("policies/", "annual/")
MAX_BYTES = 256 * 1024
SKIPPED_TAGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6", "a", "abbr", "code", "pre", "script"})
_ASCII_WORD = re.compile(r"[A-Za-z0-9_]")


def load(docs_dir: Path) -> dict[str, str]:
    """The terms of `<docs_dir>/glossary.yml`; an unreadable file is logged and gives none."""
    path = docs_dir / GLOSSARY_FILE
    if not path.is_file():
        return {}
    report = Report()
    document = load_file(
        path, rel=f"{docs_dir.name}/{GLOSSARY_FILE}", report=report, max_bytes=MAX_BYTES
    )
    for finding in report.findings:
        log.warning(finding.as_text())
    data = document.data if document else None
    if not isinstance(data, dict):
        return {}
    terms: dict[str, str] = {}
    for term, text in data.items():
        if not isinstance(term, str) or not isinstance(text, str):
            continue
        term, text = " ".join(term.split()), " ".join(text.split())
        if term and text and not any(ch in term for ch in "[]\\"):
            terms[term] = text
    return terms


def abbreviations(terms: dict[str, str]) -> str:
    """The terms as Markdown abbreviation definitions, one a line."""
    return "\n".join(f"*[{term}]: {text}" for term, text in terms.items())


def append_to(markdown: str, src_uri: str, terms: dict[str, str]) -> str:
    """A policy or annual page's Markdown with the glossary after it; other pages unchanged."""
    if not terms or not src_uri.startswith(GLOSSARY_PAGES):
        return markdown
    return markdown.rstrip("\n") + "\n\n" + abbreviations(terms) + "\n"


def term_pattern(terms: list[str]) -> re.Pattern[str]:
    """Longest terms first; word boundaries only at a term's Latin ends (Chinese has none)."""

    def bounded(term: str) -> str:
        left = r"(?<![A-Za-z0-9_])" if _ASCII_WORD.match(term[0]) else ""
        right = r"(?![A-Za-z0-9_])" if _ASCII_WORD.match(term[-1]) else ""
        return left + re.escape(term) + right

    return re.compile("|".join(bounded(t) for t in sorted(terms, key=len, reverse=True)))


class FirstUseTreeprocessor(AbbrTreeprocessor):
    """Wrap the first use of each defined term in `<abbr>`, in reading order."""

    def run(self, root: etree.Element) -> None:
        if not self.abbrs:
            return
        self.RE = term_pattern(list(self.abbrs))
        seen: set[str] = set()
        for parent, element, slot in list(self._slots(root, None)):
            text = element.text if slot == "text" else element.tail
            if not text or isinstance(text, AtomicString):
                continue
            chosen = []
            for match in self.RE.finditer(text):
                term = match.group(0)
                if term not in seen and self.abbrs.get(term):
                    seen.add(term)
                    chosen.append(match)
            for match in reversed(chosen):
                abbr = self.create_element(
                    self.abbrs[match.group(0)], match.group(0), text[match.end() :]
                )
                if slot == "text":
                    element.insert(0, abbr)
                else:
                    assert parent is not None
                    parent.insert(list(parent).index(element) + 1, abbr)
                text = text[: match.start()]
            if chosen:
                if slot == "text":
                    element.text = text
                else:
                    element.tail = text

    def _slots(
        self, element: etree.Element, parent: etree.Element | None, skip: bool = False
    ) -> Iterator[tuple[etree.Element | None, etree.Element, str]]:
        """Every run of text in reading order: an element's text, then each child and its tail."""
        inside = skip or element.tag in SKIPPED_TAGS
        if not inside:
            yield parent, element, "text"
        for child in list(element):
            yield from self._slots(child, element, inside)
            if not inside:
                yield element, child, "tail"


class GlossaryExtension(AbbrExtension):
    """Python-Markdown's abbr, with terms found inside Chinese text and marked at first use."""

    def extendMarkdown(self, md: Markdown) -> None:
        super().extendMarkdown(md)
        md.treeprocessors.register(FirstUseTreeprocessor(md, self.abbrs), "abbr", 7)


def makeExtension(**kwargs: object) -> GlossaryExtension:
    return GlossaryExtension(**kwargs)


__all__ = ["GlossaryExtension", "abbreviations", "append_to", "load", "term_pattern"]
