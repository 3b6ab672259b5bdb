"""Safe YAML reading for records written by hand, often on Windows, sometimes by a hostile hand.

Every scalar is read as text and typed later by the schema (YAML 1.1 would turn ``no`` into False,
``010`` into 8 and ``1:20`` into 80); duplicate keys, anchors and aliases are findings; files are
size-capped; GBK/GB18030 and UTF-16 are recognised and reported with how to convert; positions come
from the composed nodes so every finding points at the exact key or value.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.findings import Report

Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_TAGS = {
    ScalarNode: "tag:yaml.org,2002:str",
    SequenceNode: "tag:yaml.org,2002:seq",
    MappingNode: "tag:yaml.org,2002:map",
}

try:
    from yaml.cyaml import CParser as _CParser
except ImportError:  # pragma: no cover - PyYAML without libyaml
    _CParser = None

if _CParser is not None:

    class _Composer(_CParser):  # type: ignore[misc,valid-type]
        """libyaml's composer with a resolver that does nothing.

        Every scalar is read as text and tags are never looked at, so BaseResolver's per-node work
        (three Python calls for each node, a third of composing) buys nothing here.
        """

        def resolve(self, kind: type, value: object, implicit: object) -> str:
            return _TAGS[kind]

        def descend_resolver(self, parent: object, index: object) -> None:
            return None

        def ascend_resolver(self) -> None:
            return None

    Composer: type = _Composer
else:  # pragma: no cover - PyYAML without libyaml
    Composer = yaml.BaseLoader

RECORD_MAX_BYTES = 512 * 1024
MAX_DEPTH = 48
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_LEADING_TAB = re.compile(r"^[ ]*\t", re.MULTILINE)
_FULLWIDTH_KEY = re.compile(r"^[ \t]*(?:- )?([A-Za-z_][A-Za-z0-9_]*)[ \t]*：", re.MULTILINE)
_NO_SPACE_KEY = re.compile(r"^[ ]*(?:- )?([a-z_][a-z0-9_]*):(?![ \t\n/]|$)(\S)", re.MULTILINE)

Path_ = tuple[str | int, ...]


@dataclass
class YamlDocument:
    """Plain data (dicts, lists, str, None) with the 1-based position of every key and value.

    Positions are found on first use, by composing the text again: reading a city takes the
    data of every record, but positions only for the few records that have a finding (building
    them for every key and value was a fifth of validating and most of its memory).
    """

    path: str
    data: Any
    text: str | None = field(default=None, repr=False, compare=False)
    line_offset: int = field(default=0, repr=False, compare=False)
    _positions: tuple[dict, dict] | None = field(default=None, repr=False, compare=False)

    @property
    def key_positions(self) -> dict[Path_, tuple[int, int]]:
        return self._located()[0]

    @property
    def value_positions(self) -> dict[Path_, tuple[int, int]]:
        return self._located()[1]

    def _located(self) -> tuple[dict, dict]:
        if self._positions is None:
            self._positions = ({}, {})
            if self.text is not None:
                node = yaml.compose(self.text, Loader=Composer)  # parsed once already: no error
                _Builder(self, Report(), self.line_offset, positions=True).build(node, (), 0)
        return self._positions

    def at(self, location: Path_, *, value: bool = False) -> tuple[int, int]:
        """Line and column of a key (or its value), falling back to the nearest enclosing key."""
        keys, values = self._located()
        table = values if value else keys
        loc = tuple(location)
        while loc:
            if loc in table:
                return table[loc]
            if value and loc in keys:
                return keys[loc]
            loc = loc[:-1]
        return (1, 1)


def decode(raw: bytes, *, rel: str, report: Report) -> str | None:
    """Text of a file: UTF-8 with or without BOM; other encodings become findings."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.add("encoding-utf16", rel, 1, 1)
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in raw:
        report.add("binary-file", rel, raw[: raw.index(b"\x00")].count(b"\n") + 1, 1)
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            report.add("encoding-unknown", rel, line, 1, at_line=line)
            return raw.decode("utf-8", errors="replace")
        report.add("encoding-gbk", rel, line, 1)
        return text


def read_file(
    path: Path, *, rel: str, report: Report, max_bytes: int = RECORD_MAX_BYTES
) -> str | None:
    """Read and decode one text file, or report why it cannot be."""
    try:
        with open(path, "rb") as stream:  # one open and fstat, not a stat by path and an open
            size = os.fstat(stream.fileno()).st_size
            if size > max_bytes:
                report.add("file-too-large", rel, 1, 1, size=size, limit=max_bytes)
                return None
            raw = stream.read()
    except OSError as error:
        report.add("internal-error", rel, 1, 1, detail=f"cannot read file: {error.strerror}")
        return None
    return decode(raw, rel=rel, report=report)


def load_text(
    text: str,
    *,
    rel: str,
    report: Report,
    line_offset: int = 0,
    known_keys: frozenset[str] = frozenset(),
) -> YamlDocument | None:
    """Parse YAML text into a YamlDocument; None when the text cannot be read as a mapping."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if "\t" in text and (match := _LEADING_TAB.search(text)):
        line = text.count("\n", 0, match.start()) + 1
        column = match.end() - match.start()
        report.add("yaml-tab", rel, line + line_offset, column)
        return None
    colon_typos = _check_key_colons(
        text, rel=rel, report=report, line_offset=line_offset, known_keys=known_keys
    )
    if ("&" in text or "*" in text) and _report_anchors(text, rel, report, line_offset):
        return None
    try:
        node = yaml.compose(text, Loader=Composer)
    except yaml.MarkedYAMLError as error:
        _report_syntax(error, text, rel=rel, report=report, line_offset=line_offset)
        return None
    except yaml.YAMLError as error:  # unmarked reader errors, e.g. control characters
        report.add(
            "yaml-syntax", rel, 1, 1, problem=str(error)[:120], problem_zh="文件中有无法识别的字符"
        )
        return None
    if node is None or (isinstance(node, ScalarNode) and node.value.strip() in _NULLS):
        report.add("yaml-empty", rel, 1 + line_offset, 1)
        return None
    document = YamlDocument(path=rel, data=None, text=text, line_offset=line_offset)
    if not isinstance(node, MappingNode):
        if colon_typos:
            return None
        line, column = node.start_mark.line + 1 + line_offset, node.start_mark.column + 1
        hint_zh, hint_en = (
            "每行写“字段名: 值”，冒号用英文冒号并在后面加一个空格",
            "write key: value lines",
        )
        if isinstance(node, ScalarNode) and "：" in node.value:
            hint_zh = "字段名后面用了中文冒号“：”，请改为英文冒号“:”并加一个空格"
            hint_en = 'a full-width colon "：" follows a key; use ":" and a space'
        report.add("yaml-not-mapping", rel, line, column, hint_zh=hint_zh, hint_en=hint_en)
        return None
    document.data = _Builder(document, report, line_offset).build(node, (), 0)
    return document


def load_file(
    path: Path,
    *,
    rel: str,
    report: Report,
    max_bytes: int = RECORD_MAX_BYTES,
    known_keys: frozenset[str] = frozenset(),
) -> YamlDocument | None:
    """Read, decode and parse one YAML file."""
    text = read_file(path, rel=rel, report=report, max_bytes=max_bytes)
    if text is None:
        return None
    return load_text(text, rel=rel, report=report, known_keys=known_keys)


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter, body, line number where the front matter starts) of a Markdown file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("---"):
        return None, text, 0
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return None, text, 0
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), 1
    return None, text, 0


class _Builder:
    """Turns composed nodes into plain data, reporting duplicate keys, complex keys and aliases.

    With positions=True it walks the same way (same keys kept, same depth limit) and fills the
    document's position tables instead; that walk reports into a scratch report.
    """

    def __init__(
        self, document: YamlDocument, report: Report, line_offset: int, *, positions: bool = False
    ) -> None:
        self.document = document
        self.report = report
        self.offset = line_offset
        self.seen: set[int] = set()
        self.positions = document._positions if positions else None

    def _mark(self, node: Node) -> tuple[int, int]:
        return node.start_mark.line + 1 + self.offset, node.start_mark.column + 1

    def build(self, node: Node, path: Path_, depth: int) -> Any:
        # The hot loop of validation (one call per mapping or list of every record): scalars are
        # turned into text inline rather than through a call each; path is used only by _locate.
        if isinstance(node, ScalarNode):
            if not node.style and node.value in _NULLS:
                return None
            return node.value
        if depth > MAX_DEPTH or id(node) in self.seen:
            line, column = self._mark(node)
            self.report.add(
                "yaml-syntax",
                self.document.path,
                line,
                column,
                problem="nesting too deep",
                problem_zh="层级太深",
                hint_zh="记录最多只需要几层缩进，请检查缩进",
                hint_en="records need only a few levels; check the indentation",
            )
            return None
        self.seen.add(id(node))
        if self.positions is not None:
            self._locate(node, path, depth)
            return None
        if isinstance(node, SequenceNode):
            items: list[Any] = []
            for item in node.value:
                if type(item) is ScalarNode:
                    value = item.value
                    items.append(None if not item.style and value in _NULLS else value)
                else:
                    items.append(self.build(item, path, depth + 1))
            return items
        mapping: dict[str, Any] = {}
        first_lines: dict[str, int] = {}
        assert isinstance(node, MappingNode)
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode):
                line, column = self._mark(key_node)
                self.report.add("yaml-complex-key", self.document.path, line, column)
                continue
            key = key_node.value
            if key in first_lines:
                line, column = self._mark(key_node)
                self.report.add(
                    "yaml-duplicate-key",
                    self.document.path,
                    line,
                    column,
                    key=key,
                    first_line=first_lines[key],
                )
                continue
            first_lines[key] = key_node.start_mark.line + 1 + self.offset
            if type(value_node) is ScalarNode:
                value = value_node.value
                mapping[key] = None if not value_node.style and value in _NULLS else value
            else:
                mapping[key] = self.build(value_node, path, depth + 1)
        return mapping

    def _locate(self, node: Node, path: Path_, depth: int) -> None:
        """The positions of a mapping's or list's keys and values (and of those inside them)."""
        assert self.positions is not None
        key_positions, value_positions = self.positions
        if isinstance(node, SequenceNode):
            for index, item in enumerate(node.value):
                key_positions[(*path, index)] = self._mark(item)
                value_positions[(*path, index)] = self._mark(item)
                self.build(item, (*path, index), depth + 1)
            return
        seen_keys: set[str] = set()
        for key_node, value_node in node.value:
            if not isinstance(key_node, ScalarNode) or key_node.value in seen_keys:
                continue
            key = key_node.value
            seen_keys.add(key)
            key_positions[(*path, key)] = self._mark(key_node)
            value_positions[(*path, key)] = self._mark(value_node)
            self.build(value_node, (*path, key), depth + 1)


def _report_anchors(text: str, rel: str, report: Report, line_offset: int) -> bool:
    """Report anchors and aliases; True when there were any."""
    found = False
    try:
        for event in yaml.parse(text, Loader=Loader):
            if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
                mark = event.start_mark
                report.add("yaml-alias", rel, mark.line + 1 + line_offset, mark.column + 1)
                found = True
    except yaml.YAMLError:
        return found  # the syntax error is reported by the compose step
    return found


_SYNTAX_HINTS: list[tuple[str, str, str, str, str]] = [
    # (fragment of PyYAML's problem, Chinese problem, Chinese hint, English hint, key)
    (
        "mapping values are not allowed",
        "这里不能出现“冒号+空格”",
        "如果文字里含有冒号，请给整段文字加上双引号；否则检查上一行的缩进",
        "quote text that contains a colon, or check the indentation of the line above",
        "colon",
    ),
    (
        "could not find expected ':'",
        "缺少冒号",
        "字段名后面要写英文冒号“:”和一个空格；多行文字请用 | 开头并统一缩进",
        'a key needs ": " after it; multi-line text starts with | and is indented',
        "colon",
    ),
    (
        "did not find expected key",
        "缩进不对齐",
        "同一层的字段要对齐（用同样多的空格）；以 - 开头的列表项也要对齐",
        "keys of one level line up with the same number of spaces",
        "indent",
    ),
    (
        "did not find expected '-' indicator",
        "列表项缩进不一致",
        "以 - 开头的每一项要对齐",
        "list items starting with - must line up",
        "indent",
    ),
    (
        "expected <block end>",
        "缩进不对齐",
        "检查这一行的缩进是否与上面同一层的字段一致",
        "align this line with the other keys of its level",
        "indent",
    ),
    (
        "found unexpected end of stream",
        "引号没有成对",
        "文字开头用了引号，结尾也要有同样的引号；文字里的双引号请改用中文引号“”",
        "close the quote; use Chinese quotes inside the text",
        "quote",
    ),
    (
        "found unknown escape character",
        "双引号里的反斜杠写法不对",
        "Windows 路径或反斜杠请改用单引号，或写成 \\\\",
        r"use single quotes around backslashes, or write \\",
        "escape",
    ),
    (
        "cannot start any token",
        "这个字符不能放在开头",
        "以 @、`、% 等符号开头的文字要加上双引号",
        "quote text that starts with @, ` or %",
        "token",
    ),
    (
        "found undefined alias",
        "不支持 * 开头的别名",
        "以 * 开头的文字请加上双引号",
        "quote text starting with *",
        "alias",
    ),
    (
        "exceeded maximum nesting depth",
        "层级太深",
        "记录最多只需要几层缩进，请检查缩进和括号",
        "records need only a few levels",
        "depth",
    ),
]


def _report_syntax(
    error: yaml.MarkedYAMLError, text: str, *, rel: str, report: Report, line_offset: int
) -> None:
    mark = error.problem_mark or error.context_mark
    line = (mark.line + 1) if mark else 1
    column = (mark.column + 1) if mark else 1
    problem = (error.problem or error.context or "syntax error").strip()
    problem_zh, hint_zh, hint_en = (
        "写法有误",
        "请检查这一行和上一行的缩进、冒号和引号",
        "check indentation, colons and quotes here and on the line above",
    )
    context = f"{error.context or ''} {problem}"
    for fragment, zh, hint, hint_english, _ in _SYNTAX_HINTS:
        if fragment in context:
            problem_zh, hint_zh, hint_en = zh, hint, hint_english
            break
    lines = text.split("\n")
    nearby = lines[max(0, line - 2) : line]
    if any("：" in candidate for candidate in nearby):
        hint_zh += "；注意：这里有中文冒号“：”，字段名后面要用英文冒号“:”"
        hint_en += '; note the full-width colon "：" near here'
    report.add(
        "yaml-syntax",
        rel,
        line + line_offset,
        column,
        problem=problem,
        problem_zh=problem_zh,
        hint_zh=hint_zh,
        hint_en=hint_en,
    )


def _check_key_colons(
    text: str, *, rel: str, report: Report, line_offset: int, known_keys: frozenset[str]
) -> int:
    """Keys typed with a full-width colon or without the space after ':' silently become text."""
    found = 0
    if not known_keys:
        return found
    if "：" in text:
        for match in _FULLWIDTH_KEY.finditer(text):
            if match.group(1) in known_keys:
                found += 1
                line = text.count("\n", 0, match.start()) + 1
                report.add(
                    "yaml-syntax",
                    rel,
                    line + line_offset,
                    match.end() - match.start(),
                    problem="full-width colon after a key",
                    problem_zh="字段名后面用了中文冒号“：”",
                    hint_zh=f"把“{match.group(1)}：”改为“{match.group(1)}: ”（英文冒号加一个空格）",
                    hint_en=f'write "{match.group(1)}: " with an ASCII colon and a space',
                )
    for match in _NO_SPACE_KEY.finditer(text):
        if match.group(1) in known_keys:
            found += 1
            line = text.count("\n", 0, match.start()) + 1
            report.add(
                "yaml-syntax",
                rel,
                line + line_offset,
                match.end(1) - match.start() + 1,
                problem="no space after ':'",
                problem_zh="冒号后面缺少空格",
                hint_zh=f"把“{match.group(1)}:”后面加一个空格",
                hint_en=f'put a space after "{match.group(1)}:"',
            )
    return found
