"""Small edits of hand-written YAML that keep everything else byte for byte: comments, blank
lines, quoting, line endings and a byte-order mark.

No round-trip YAML library is installed (ruamel.yaml is not a dependency), and rewriting a whole
record from parsed data would lose its comments. So edits are text splices placed by the nodes
gongshi's own reader composes (generator.input.yamlio: the same libyaml composer, every scalar
read as text): each node knows the character index where it starts and ends. A key is removed
with its whole lines, a value replaced in place, an item inserted after the last line that holds
content. Only block-style keys at the start of their line are removed; anything else is left for
a person to change (the caller turns it into a finding).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.findings import Report
from generator.input.yamlio import Composer, YamlDocument, load_text

_PLAIN = re.compile(r"[0-9A-Za-z\u3400-\u9fff_.（）、·][0-9A-Za-z\u3400-\u9fff_.（）、·\- ]*")


class EditError(Exception):
    """The layout is one these edits do not handle safely: a person should change it."""


@dataclass
class Source:
    """A YAML text being edited: the text, its composed root, and the splices to apply."""

    rel: str
    text: str
    document: YamlDocument
    root: MappingNode
    newline: str = "\n"
    keep_comments: frozenset[str] = frozenset()  # keys whose comments stay when removed
    edits: list[tuple[int, int, str]] = field(default_factory=list)

    @classmethod
    def parse(cls, rel: str, text: str, report: Report) -> Source | None:
        """The text parsed with gongshi's reader (its findings into report); None if unreadable."""
        document = load_text(text, rel=rel, report=report)
        if document is None:
            return None
        root = yaml.compose(text, Loader=Composer)
        newline = "\r\n" if "\r\n" in text else "\n"
        return cls(rel, text, document, root, newline)

    @property
    def data(self) -> dict:
        return self.document.data

    def item(self, key: str, node: MappingNode | None = None) -> tuple[ScalarNode, Node] | None:
        for key_node, value_node in (node or self.root).value:
            if isinstance(key_node, ScalarNode) and key_node.value == key:
                return key_node, value_node
        return None

    def line_of(self, index: int) -> int:
        return self.text.count("\n", 0, index) + 1

    # -- positions -------------------------------------------------------------------------

    def line_start(self, index: int) -> int:
        return self.text.rfind("\n", 0, index) + 1

    def line_after(self, index: int) -> int:
        """The index just after the line break of the line holding index (or the text's end)."""
        end = self.text.find("\n", index)
        return len(self.text) if end < 0 else end + 1

    def tail(self, index: int) -> str:
        """What follows index on its line, without the line break."""
        end = self.text.find("\n", index)
        return self.text[index : len(self.text) if end < 0 else end].rstrip("\r")

    def key_span(self, key: ScalarNode, value: Node) -> tuple[int, int]:
        """The whole lines of a block key and its value; EditError when they share a line with
        something else (a flow mapping, another key)."""
        start = self.line_start(key.start_mark.index)
        if self.text[start : key.start_mark.index].strip(" "):
            raise EditError("key not at the start of its line")
        end = content_end(value, key.end_mark.index)
        ends_line = end > 0 and self.text[end - 1] == "\n"  # a block scalar's end: a new line
        rest = "" if ends_line else self.tail(end).strip(" \t")
        if rest and not rest.startswith("#"):
            raise EditError("something follows the value on its line")
        return start, self.line_after(max(end - 1, key.end_mark.index))

    def comments_in(self, start: int, end: int, nodes: list[Node]) -> list[str]:
        """The comments of a span of lines: whole comment lines and what follows the last node
        ending on a line, each as "# text"."""
        ends: dict[int, int] = {}
        for node in nodes:
            for inner in walk(node):
                if isinstance(inner, ScalarNode) or inner.flow_style:
                    line = self.line_start(max(inner.end_mark.index - 1, inner.start_mark.index))
                    ends[line] = max(ends.get(line, 0), inner.end_mark.index)
        found = []
        position = start
        while position < end:
            after = self.line_after(position)
            line = self.text[position:after].rstrip("\r\n")
            rest = line[ends[position] - position :] if position in ends else line
            if rest.strip().startswith("#"):
                found.append(rest.strip())
            position = after
        return found

    # -- edits -----------------------------------------------------------------------------

    def replace(self, start: int, end: int, text: str) -> None:
        self.edits.append((start, end, text.replace("\n", self.newline)))

    def remove_key(self, key: ScalarNode, value: Node, *, keep_comments: bool) -> list[str]:
        """Remove a key with its lines; its comments stay as comment lines (keep_comments) or are
        returned for the caller to carry elsewhere."""
        start, end = self.key_span(key, value)
        comments = self.comments_in(start, end, [value])
        keep_comments = keep_comments or key.value in self.keep_comments
        indent = " " * key.start_mark.column
        kept = "".join(f"{indent}{c}\n" for c in comments) if keep_comments else ""
        self.replace(start, end, kept)
        return [] if keep_comments else comments

    def insert_after_content(self, node: Node, text: str) -> None:
        """Insert whole lines after the last line holding the node's content."""
        end = self.line_after(max(content_end(node, node.start_mark.index) - 1, 0))
        if end == len(self.text) and not self.text.endswith("\n"):
            text = "\n" + text
        self.replace(end, end, text)

    def result(self) -> str:
        """The text with every edit applied (edits never overlap)."""
        text = self.text
        last = len(text) + 1
        for start, end, new in sorted(self.edits, key=lambda e: (e[0], e[1]), reverse=True):
            if end > last:
                raise EditError("overlapping edits")
            text = text[:start] + new + text[end:]
            last = start
        return text


def walk(node: Node):
    yield node
    if isinstance(node, SequenceNode):
        for item in node.value:
            yield from walk(item)
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            yield key
            yield from walk(value)


def content_end(node: Node, default: int) -> int:
    """The index just after the node's last character of content (a block collection's own end
    mark lies beyond the comments and blank lines that follow it)."""
    ends = [
        inner.end_mark.index
        for inner in walk(node)
        if (isinstance(inner, ScalarNode) and (inner.value or inner.style))
        or (isinstance(inner, (SequenceNode, MappingNode)) and inner.flow_style)
    ]
    return max(ends, default=default)


def is_null(node: Node) -> bool:
    return isinstance(node, ScalarNode) and not node.style and node.value in ("", "~", "null")


def scalar(value: str) -> str:
    """A value as a YAML scalar: plain when it reads back the same, else double-quoted."""
    if _PLAIN.fullmatch(value) and not value.endswith(" "):
        return value
    return json.dumps(value, ensure_ascii=False)


def _shown(value: str | list[str]) -> str:
    return "[" + ", ".join(map(scalar, value)) + "]" if isinstance(value, list) else scalar(value)


def flow(entry: dict) -> str:
    return "{" + ", ".join(f"{k}: {_shown(v)}" for k, v in entry.items() if k != "#") + "}"


def block(entries: list[dict], indent: int, comments: list[str]) -> str:
    """Block-style list items at this indentation, after the given comment lines; an entry's
    "#" key holds comment lines written just before it."""
    pad = " " * indent
    lines = [f"{pad}{comment}" for comment in comments]
    for entry in entries:
        lines += [f"{pad}{comment}" for comment in entry.get("#", [])]
        fields = [(k, v) for k, v in entry.items() if k != "#"]
        for number, (key, value) in enumerate(fields):
            lines.append(f"{pad}{'  ' if number else '- '}{key}: {_shown(value)}")
    return "".join(line + "\n" for line in lines)


def append_items(source: Source | None, name: str, entries: list[dict], comments: list[str]) -> str:
    """The text of a register file `<name>: [...]` with entries added at the end of its list
    (a new file when source is None). Entries are dicts of text or lists of text; an entry's "#" key
    holds comment lines written before the entry."""
    if source is None:
        return f"{name}:\n" + block(entries, 2, comments)
    found = source.item(name)
    if found is None:
        ending = "" if source.text.endswith("\n") or not source.text else "\n"
        added = ending + f"{name}:\n" + block(entries, 2, comments)
        source.replace(len(source.text), len(source.text), added)
        return source.result()
    key, value = found
    if isinstance(value, SequenceNode) and not value.flow_style and value.value:
        source.insert_after_content(value, block(entries, value.start_mark.column, comments))
        return source.result()
    empty = is_null(value) or (isinstance(value, SequenceNode) and not value.value)
    if not empty:
        raise EditError(f"{name} is not a block list")
    if source.text[source.line_start(key.start_mark.index) : key.start_mark.index].strip():
        raise EditError("key not at the start of its line")
    if isinstance(value, SequenceNode) or value.value:  # `name: []`
        source.replace(value.start_mark.index, value.end_mark.index, "")
    after = source.line_after(key.end_mark.index)
    ending = "\n" if after == len(source.text) and not source.text.endswith("\n") else ""
    source.replace(after, after, ending + block(entries, key.start_mark.column + 2, comments))
    return source.result()
