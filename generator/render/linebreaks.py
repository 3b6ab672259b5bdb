"""Chinese line breaks: a soft line break between two Chinese characters adds no space.

A writer who breaks a long Chinese paragraph across lines in a YAML block or a Markdown file
means one run of text; browsers show the line break as a space ("打工， 老人"), since Chromium
does not apply the CSS rule that drops it between wide characters. The break is dropped where
both neighbours are Chinese (Han characters, Chinese and full-width punctuation, the quotes,
dashes and ellipsis of Chinese text); between Latin words, or a Latin and a Chinese word, it
stays a space. Applied to record Markdown (generator.render.filters) and, as the Markdown
extension of this module, to the hand-written pages of content/ (generator.engine.theme).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as etree

from markdown import Markdown
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

EXTENSION = "generator.render.linebreaks"
CHINESE = (
    "\u2e80-\u2fff"  # radicals
    "\u3001-\u303f"  # CJK punctuation (not the ideographic space U+3000)
    "\u3040-\u30ff"  # kana, used in some names
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"  # Han
    "\ufe30-\ufe4f"  # CJK compatibility forms
    "\uff01-\uff60\uffe0-\uffe6"  # full-width forms: ，。！？（）：；
    "\u2014\u2018\u2019\u201c\u201d\u2026\u00b7"  # — ‘ ’ “ ” … · as Chinese text uses them
    "\U00020000-\U0003134f"  # Han extensions B–G
)
_BREAK = re.compile(rf"(?<=[{CHINESE}])[ \t]*\n[ \t]*(?=[{CHINESE}])")
_ENDS_CHINESE = re.compile(rf"[{CHINESE}][ \t]*\n[ \t]*$")
_STARTS_CHINESE = re.compile(rf"^[{CHINESE}]")
_LEADING_BREAK = re.compile(rf"^[ \t]*\n[ \t]*(?=[{CHINESE}])")
_LAST_CHINESE = re.compile(rf"[{CHINESE}]$")
SKIPPED_TAGS = frozenset({"pre", "code", "script", "style", "textarea"})


def join_lines(text: str) -> str:
    """text with every line break between two Chinese characters removed."""
    return _BREAK.sub("", text) if "\n" in text else text


def _first_text(element: etree.Element) -> str:
    """The first characters a reader sees in an element (its text, else its first child's)."""
    if element.tag in SKIPPED_TAGS:
        return ""
    if element.text:
        return element.text
    for child in element:
        found = _first_text(child)
        if found:
            return found
        if child.tail:
            return child.tail
    return ""


def _last_text(element: etree.Element) -> str:
    """The last characters a reader sees in an element (its last child's tail or text)."""
    if element.tag in SKIPPED_TAGS:
        return ""
    children = list(element)
    if not children:
        return element.text or ""
    last = children[-1]
    return last.tail or _last_text(last)


def join_tree(element: etree.Element) -> None:
    """join_lines on every text of a tree but code and preformatted text, and across the
    boundaries of inline elements ("打工，\\n**老人**")."""
    if element.tag in SKIPPED_TAGS:
        return
    if element.text:
        element.text = join_lines(element.text)
    children = list(element)
    for index, child in enumerate(children):
        join_tree(child)
        # a break at the end of the text before the child, the child starting Chinese
        before = element.text if index == 0 else children[index - 1].tail
        if before and _ENDS_CHINESE.search(before) and _STARTS_CHINESE.match(_first_text(child)):
            trimmed = before.rstrip(" \t").removesuffix("\n").rstrip(" \t")
            if index == 0:
                element.text = trimmed
            else:
                children[index - 1].tail = trimmed
        if child.tail:
            child.tail = join_lines(child.tail)
            # a break at the start of the tail, the child ending Chinese
            if _LEADING_BREAK.match(child.tail) and _LAST_CHINESE.search(_last_text(child)):
                child.tail = _LEADING_BREAK.sub("", child.tail)


class JoinChineseLines(Treeprocessor):
    def run(self, root: etree.Element) -> None:
        join_tree(root)


class ChineseLineBreaks(Extension):
    """The Markdown extension: runs after the inline patterns, so it sees the final text."""

    def extendMarkdown(self, md: Markdown) -> None:
        md.treeprocessors.register(JoinChineseLines(md), "chinese_line_breaks", 5)


def makeExtension(**kwargs: object) -> ChineseLineBreaks:  # Markdown's entry point
    return ChineseLineBreaks(**kwargs)
