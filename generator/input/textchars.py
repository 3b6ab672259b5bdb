"""Text is text: control, bidirectional and zero-width characters in any scalar of a YAML document.

One check over every scalar (keys and values) of a composed document, run only when the file
could hold such a character at all (one written as is, or a backslash escape in a double-quoted
scalar such as "\\0" or "\\u202E"). Each finding points at the offending character, or at the escape
that wrote it, and names it: controls and bidirectional controls are errors, zero-width
characters warnings (a zero-width joiner is part of some emoji).
"""

from __future__ import annotations

import re

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from generator.findings import Report

# tab and line feed are text; every other C0 control, DEL and the C1 controls are not
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_INVISIBLE = "\u200b-\u200d\u2060\ufeff"
BAD_CHAR = re.compile(f"[{_CONTROL}{_BIDI}{_INVISIBLE}]")
# as written in the file: a carriage return and NEL there are line breaks YAML reads as such
_RAW_CHAR = re.compile(f"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f{_BIDI}{_INVISIBLE}]")
_BIDI_CHAR = re.compile(f"[{_BIDI}]")
_INVISIBLE_CHAR = re.compile(f"[{_INVISIBLE}]")
# the escapes of a double-quoted YAML scalar (an escaped backslash is consumed whole)
_ESCAPE = re.compile(r"\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|.)", re.DOTALL)
_SIMPLE_ESCAPES = {
    "0": "\x00",
    "a": "\x07",
    "b": "\x08",
    "t": "\t",
    "n": "\n",
    "v": "\x0b",
    "f": "\x0c",
    "r": "\r",
    "e": "\x1b",
    "N": "\x85",
}
_NAMES = {
    "\x00": ("空字符", "NULL"),
    "\x07": ("响铃", "BELL"),
    "\x08": ("退格", "BACKSPACE"),
    "\x0b": ("垂直制表符", "LINE TABULATION"),
    "\x0c": ("换页符", "FORM FEED"),
    "\x0d": ("回车符", "CARRIAGE RETURN"),
    "\x1b": ("转义符", "ESCAPE"),
    "\x7f": ("删除符", "DELETE"),
    "\x85": ("下一行", "NEXT LINE"),
    "\u202a": ("从左到右嵌入", "LEFT-TO-RIGHT EMBEDDING"),
    "\u202b": ("从右到左嵌入", "RIGHT-TO-LEFT EMBEDDING"),
    "\u202c": ("嵌入结束", "POP DIRECTIONAL FORMATTING"),
    "\u202d": ("从左到右覆盖", "LEFT-TO-RIGHT OVERRIDE"),
    "\u202e": ("从右到左覆盖", "RIGHT-TO-LEFT OVERRIDE"),
    "\u2066": ("从左到右隔离", "LEFT-TO-RIGHT ISOLATE"),
    "\u2067": ("从右到左隔离", "RIGHT-TO-LEFT ISOLATE"),
    "\u2068": ("首强字符隔离", "FIRST STRONG ISOLATE"),
    "\u2069": ("隔离结束", "POP DIRECTIONAL ISOLATE"),
    "\u200e": ("从左到右标记", "LEFT-TO-RIGHT MARK"),
    "\u200f": ("从右到左标记", "RIGHT-TO-LEFT MARK"),
    "\u061c": ("阿拉伯字母标记", "ARABIC LETTER MARK"),
    "\u200b": ("零宽空格", "ZERO WIDTH SPACE"),
    "\u200c": ("零宽不连字", "ZERO WIDTH NON-JOINER"),
    "\u200d": ("零宽连字", "ZERO WIDTH JOINER"),
    "\u2060": ("零宽不换行", "WORD JOINER"),
    "\ufeff": ("零宽不换行空格（BOM）", "ZERO WIDTH NO-BREAK SPACE (BOM)"),
}
_MAX_DEPTH = 64


def char_names(char: str) -> tuple[str, str]:
    """("U+202E 从右到左覆盖", "U+202E RIGHT-TO-LEFT OVERRIDE") for a character."""
    code = f"U+{ord(char):04X}"
    zh, en = _NAMES.get(char, ("控制字符", "CONTROL CHARACTER"))
    return f"{code} {zh}", f"{code} {en}"


def finding_code(char: str) -> str:
    """The finding code of a character BAD_CHAR matches."""
    if _BIDI_CHAR.match(char):
        return "text-bidi"
    if _INVISIBLE_CHAR.match(char):
        return "text-invisible"
    return "text-control"


def may_hold(text: str) -> bool:
    """False when no scalar of the text can hold a character this check reports."""
    return "\\" in text or _RAW_CHAR.search(text) is not None


def check_document(node: Node, text: str, *, rel: str, report: Report, line_offset: int) -> None:
    """Report every scalar of a composed document that holds a character that is not text."""
    stack: list[tuple[Node, int]] = [(node, 0)]
    seen: set[int] = set()
    while stack:
        current, depth = stack.pop()
        if id(current) in seen or depth > _MAX_DEPTH:
            continue
        seen.add(id(current))
        if isinstance(current, ScalarNode):
            if BAD_CHAR.search(current.value):
                _report_scalar(current, text, rel, report, line_offset)
        elif isinstance(current, SequenceNode):
            stack.extend((item, depth + 1) for item in reversed(current.value))
        elif isinstance(current, MappingNode):
            for key, value in reversed(current.value):
                stack.extend(((value, depth + 1), (key, depth + 1)))


def _report_scalar(node: ScalarNode, text: str, rel: str, report: Report, offset: int) -> None:
    """One finding per kind (control, bidirectional, zero-width) for the first such character."""
    start, end = node.start_mark.index, node.end_mark.index
    found: dict[str, tuple[int, str]] = {}
    for index, char in _offenders(node, text, start, end):
        found.setdefault(finding_code(char), (index, char))
    for char in node.value:  # a character found in the value but not in the source
        if BAD_CHAR.match(char) and finding_code(char) not in found:
            found[finding_code(char)] = (start, char)
    for code, (index, char) in sorted(found.items(), key=lambda item: item[1][0]):
        line = text.count("\n", 0, index) + 1 + offset
        column = index - text.rfind("\n", 0, index)
        name_zh, name_en = char_names(char)
        report.add(code, rel, line, column, char_zh=name_zh, char_en=name_en)


def _offenders(node: ScalarNode, text: str, start: int, end: int) -> list[tuple[int, str]]:
    """(index in text, character) of each character written as is or escaped in the scalar."""
    source = text[start:end]
    found = [(start + match.start(), match.group()) for match in _RAW_CHAR.finditer(source)]
    if node.style == '"' and "\\" in source:
        for match in _ESCAPE.finditer(source):
            escape = match.group(1)
            char = _SIMPLE_ESCAPES.get(escape, "")
            if len(escape) > 1:
                value = int(escape[1:], 16)
                char = chr(value) if value <= 0x10FFFF else ""
            if char and BAD_CHAR.match(char):
                found.append((start + match.start(), char))
    return sorted(found)
