"""One pydantic error about one field, as one finding people can act on: the field's dotted name,
what was expected in Chinese and English, and a hint (a list written as text, a date's form, ...)."""

from __future__ import annotations

import difflib
import re
from typing import Any

from pydantic import BaseModel

from generator.findings import Report, did_you_mean
from generator.input.records import LABELS
from generator.input.yamlio import YamlDocument

_EXPECTED = {
    "string_type": ("文字", "text"),
    "dict_type": ("一组子字段（下一行缩进后写“字段: 值”）", "a mapping of keys"),
    "model_type": ("一组子字段（下一行缩进后写“字段: 值”）", "a mapping of keys"),
    "model_attributes_type": ("一组子字段（下一行缩进后写“字段: 值”）", "a mapping of keys"),
    "list_type": ("列表（每项一行，以“- ”开头，或写成 [甲, 乙]）", "a list"),
    "bool_type": ("是或否（true 或 false）", "true or false"),
    "bool_parsing": ("是或否（true 或 false）", "true or false"),
    "date": ("日期", "a date"),
    "number": ("数字", "a number"),
    "boolean": ("是或否（true 或 false）", "true or false"),
}
_TYPE_HINTS = {
    "boolean": ("写 true（是）或 false（否）", "write true or false"),
    "date": ("写成 2024-05-12", "write 2024-05-12"),
    "number": ("只写阿拉伯数字，例如 1200", "digits only, e.g. 1200"),
}
_PATTERN_HINTS = {
    "maintainers": ("填写代码托管平台的账号（字母、数字和连字符）", "a code-hosting login"),
    "email": ("例如 contact@example.org", "e.g. contact@example.org"),
}
_ID_HINT = (
    "只用小写英文字母、数字和连字符，例如 yangguang-xiaoyuan",
    "lowercase letters, digits, hyphens",
)


def dotted(location: tuple) -> str:
    """brand.color, photos[2].alt"""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "(文件)"


def report_field_error(
    item: dict[str, Any],
    document: YamlDocument,
    report: Report,
    *,
    model: type[BaseModel],
    base: tuple,
    context: dict[str, Any] | None,
) -> None:
    """One pydantic error about one field, as one finding with a hint."""
    rel = document.path
    location = item["loc"]
    kind = item["type"]
    ctx = item.get("ctx") or {}
    field = dotted(location)
    value_text = _as_text(item.get("input"))
    line, column = document.at((*base, *location), value=True)
    leaf = next((p for p in reversed(location) if isinstance(p, str)), "")

    if kind.startswith("gongshi_"):
        code = kind[len("gongshi_") :].replace("_", "-")
        if code == "invalid-choice":
            _report_choice(rel, line, column, field, value_text, ctx, report, context)
            return
        if code == "wrong-type":
            expected = ctx.get("expected", "")
            expected_zh, expected_en = _EXPECTED.get(expected, ("其他写法", "something else"))
            hint_zh, hint_en = _TYPE_HINTS.get(
                expected, ("对照模板检查这个字段的写法", "compare with the template")
            )
            report.add(
                "wrong-type",
                rel,
                line,
                column,
                field=field,
                expected_zh=expected_zh,
                expected_en=expected_en,
                hint_zh=hint_zh,
                hint_en=hint_en,
            )
            return
        params = {key: value for key, value in ctx.items() if isinstance(value, (str, int))}
        params.setdefault("value", value_text)
        report.add(code, rel, line, column, field=field, **params)
        return
    if kind == "literal_error":
        codes = re.findall(r"'([^']*)'", str(ctx.get("expected", "")))
        labels = next((table for table in LABELS.values() if set(codes) <= set(table)), {})
        reverse = {label: code for code, label in labels.items()}
        suggestion = reverse.get(value_text.strip()) or next(
            iter(difflib.get_close_matches(value_text.lower(), codes, n=1, cutoff=0.6)), None
        )
        choices = "、".join(f"{code}（{labels.get(code, code)}）" for code in codes)
        report.add(
            "invalid-value",
            rel,
            line,
            column,
            field=field,
            value=value_text,
            choices=choices,
            suggest_zh=f"，是否应为 {suggestion}？" if suggestion else "",
            suggest_en=f"; did you mean {suggestion}?" if suggestion else "",
        )
        return
    if kind in ("string_too_long", "too_long"):
        # A constrained text field reports "too_long" like a list does: the input tells them apart.
        is_text = kind == "string_too_long" or isinstance(item.get("input"), str)
        length = ctx.get(
            "actual_length", len(item["input"]) if isinstance(item.get("input"), str) else ""
        )
        report.add(
            "too-long",
            rel,
            line,
            column,
            field=field,
            length=length,
            limit=ctx.get("max_length", ""),
            unit_zh="字" if is_text else "项",
            unit_en="characters" if is_text else "items",
        )
        return
    if kind in ("string_too_short", "too_short"):
        report.add("too-short", rel, line, column, field=field)
        return
    if kind == "string_pattern_mismatch":
        hint_zh, hint_en = _PATTERN_HINTS.get(leaf, _ID_HINT)
        report.add(
            "invalid-format",
            rel,
            line,
            column,
            field=field,
            value=value_text,
            hint_zh=hint_zh,
            hint_en=hint_en,
        )
        return
    if (
        kind in ("greater_than_equal", "greater_than")
        and str(ctx.get("ge", ctx.get("gt", ""))) == "0"
    ):
        report.add("negative-number", rel, line, column, field=field, value=value_text)
        return
    if kind in (
        "int_parsing",
        "decimal_parsing",
        "float_parsing",
        "int_from_float",
        "decimal_type",
    ):
        report.add("invalid-number", rel, line, column, field=field, value=value_text)
        return
    expected_zh, expected_en = _EXPECTED.get(kind, ("其他写法", "something else"))
    hint_zh, hint_en = "", ""
    if (
        kind == "list_type"
        and isinstance(item.get("input"), str)
        and re.search(r"[、,，]", item["input"])
    ):
        parts = [p.strip() for p in re.split(r"[、,，]", item["input"]) if p.strip()]
        hint_zh = f"写成列表：[{', '.join(parts)}]"
        hint_en = f"write a list: [{', '.join(parts)}]"
    elif kind == "list_type":
        hint_zh, hint_en = (
            "只有一项也要写成列表，例如 [养老服务]",
            "even one item is a list, e.g. [a]",
        )
    elif kind == "string_type" and isinstance(item.get("input"), (dict, list)):
        hint_zh = "这里只需要一段文字；如果文字里有冒号，请给整段文字加引号"
        hint_en = "plain text is expected; quote text that contains a colon"
        line, column = document.at((*base, *location))
    if kind not in _EXPECTED:
        expected_zh, expected_en = (
            f"正确的写法（{item.get('msg', '')}）",
            item.get("msg", "another value"),
        )
    report.add(
        "wrong-type",
        rel,
        line,
        column,
        field=field,
        expected_zh=expected_zh,
        expected_en=expected_en,
        hint_zh=hint_zh or "对照模板检查这个字段的写法",
        hint_en=hint_en or "compare with the template",
    )


def _report_choice(
    rel: str,
    line: int,
    column: int,
    field: str,
    value: str,
    ctx: dict[str, Any],
    report: Report,
    context: dict[str, Any] | None,
) -> None:
    lookup = ((context or {}).get("choices") or {}).get(ctx.get("list", ""), {})
    names = [name for name in lookup if not re.fullmatch(r"[a-z0-9-]+", name)]
    match = difflib.get_close_matches(value, _not_more_general(value, names), n=1, cutoff=0.5)
    if not match:
        match = [name for name in names if value and value in name][:1]
    report.add(
        "invalid-value",
        rel,
        line,
        column,
        field=field,
        value=value,
        choices="、".join(names),
        **did_you_mean(match),
    )


def _not_more_general(value: str, names: list[str]) -> list[str]:
    """The names a suggestion may come from: never one the value only narrows (留守儿童 is not
    儿童, 社区老年大学 is not 老年大学), since the writer meant the narrower group; the list of
    allowed values still shows them all."""
    return [name for name in names if not (name != value and name in value)]


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return "…"
    return str(value)
