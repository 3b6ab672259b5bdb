"""YAML written by hand: syntax errors explained in plain words, anchors and aliases refused, and keys
typed with a full-width colon or without the space after ':' (which YAML silently reads as text)."""

from __future__ import annotations

import re

import yaml

from generator.findings import Report

Loader = getattr(yaml, "CBaseLoader", yaml.BaseLoader)
_FULLWIDTH_KEY = re.compile(r"^[ \t]*(?:- )?([A-Za-z_][A-Za-z0-9_]*)[ \t]*：", re.MULTILINE)
_NO_SPACE_KEY = re.compile(r"^[ ]*(?:- )?([a-z_][a-z0-9_]*):(?![ \t\n/]|$)(\S)", re.MULTILINE)


def report_anchors(text: str, rel: str, report: Report, line_offset: int) -> bool:
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


def report_syntax(
    error: yaml.MarkedYAMLError, text: str, *, rel: str, report: Report, line_offset: int
) -> None:
    """A syntax error in plain words, with a hint for the usual cause (a colon, an indent, a quote)."""
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


def check_key_colons(
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
