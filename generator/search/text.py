"""The searchable text of a hand-written page's HTML, by Pagefind's own rule for HTML."""

from __future__ import annotations

import re
from html import unescape

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
