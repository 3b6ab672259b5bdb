"""Safe YAML reading for records written by hand, often on Windows, sometimes by a hostile hand.

Every scalar is read as text and typed later by the schema (YAML 1.1 would turn ``no`` into False,
``010`` into 8 and ``1:20`` into 80); duplicate keys, anchors and aliases are findings; files are
size-capped; GBK/GB18030 and UTF-16 are recognised and reported with how to convert; positions come
from the composed nodes so every finding points at the exact key or value.

Reading and decoding the file is textfile's; explaining what a hand got wrong is yamlhints'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.findings import Report
from generator.input.textchars import BAD_CHAR, char_names, check_document, may_hold
from generator.input.textfile import RECORD_MAX_BYTES, read_file
from generator.input.yamlhints import check_key_colons, report_anchors, report_syntax

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

MAX_DEPTH = 48
_NULLS = frozenset({"", "~", "null", "Null", "NULL"})
_LEADING_TAB = re.compile(r"^[ ]*\t", re.MULTILINE)

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

    @classmethod
    def of_text(cls, path: str, text: str) -> YamlDocument:
        """The document of a text read before without a finding that stops reading (a record of
        the record cache): its data is made from the text when first asked for — once its record
        is validated, a build rarely needs it."""
        document = cls(path=path, data=None, text=text)
        del document.data
        return document

    def __getattr__(self, name: str) -> Any:
        # called only for what the instance lacks: the data of a document made by of_text
        text = self.__dict__.get("text")
        if name != "data" or text is None:
            raise AttributeError(name)
        node = yaml.compose(text, Loader=Composer)  # read once already: no error
        self.data = _Builder(self, Report(), self.line_offset).build(node, (), 0)
        return self.data

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

    def at_fragment(self, location: Path_, fragment: str) -> tuple[int, int]:
        """Line and column of a fragment of a value as written in the file (a value written over
        several lines, or with escapes, falls back to where the value starts)."""
        line, column = self.at(location, value=True)
        if self.text is None or not fragment or "\n" in fragment:
            return line, column
        lines = self.text.split("\n")
        first = line - 1 - self.line_offset
        if not 0 <= first < len(lines):
            return line, column
        start = sum(len(text) + 1 for text in lines[:first]) + column - 1
        found = self.text.find(fragment, start, start + 20000)
        if found < 0:
            return line, column
        line_start = self.text.rfind("\n", 0, found) + 1
        return self.text.count("\n", 0, found) + 1 + self.line_offset, found - line_start + 1


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
    colon_typos = check_key_colons(
        text, rel=rel, report=report, line_offset=line_offset, known_keys=known_keys
    )
    if ("&" in text or "*" in text) and report_anchors(text, rel, report, line_offset):
        return None
    try:
        node = yaml.compose(text, Loader=Composer)
    except yaml.MarkedYAMLError as error:
        report_syntax(error, text, rel=rel, report=report, line_offset=line_offset)
        return None
    except yaml.reader.ReaderError as error:  # a control character written as is
        _report_reader(error, text, rel, report, line_offset)
        return None
    except yaml.YAMLError as error:  # other unmarked errors
        report.add(
            "yaml-syntax", rel, 1, 1, problem=str(error)[:120], problem_zh="文件中有无法识别的字符"
        )
        return None
    if node is None or (isinstance(node, ScalarNode) and node.value.strip() in _NULLS):
        report.add("yaml-empty", rel, 1 + line_offset, 1)
        return None
    if may_hold(text):
        check_document(node, text, rel=rel, report=report, line_offset=line_offset)
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


def _report_reader(
    error: yaml.reader.ReaderError, text: str, rel: str, report: Report, offset: int
) -> None:
    """A character YAML cannot read, at its line and column when it is a control character."""
    char = error.character if isinstance(error.character, str) else chr(error.character)
    index = text.find(char)
    if index < 0 or not BAD_CHAR.match(char):
        problem = str(error)[:120]
        report.add(
            "yaml-syntax", rel, 1 + offset, 1, problem=problem, problem_zh="文件中有无法识别的字符"
        )
        return
    line = text.count("\n", 0, index) + 1 + offset
    column = index - text.rfind("\n", 0, index)
    name_zh, name_en = char_names(char)
    report.add("text-control", rel, line, column, char_zh=name_zh, char_en=name_en)


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
