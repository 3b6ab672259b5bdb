"""Record validation: pydantic errors turned into findings people can act on.

Missing fields of one mapping are grouped into one finding; an unknown key that looks like a
missing one ("found_date" for "founded") becomes one "did you mean" finding instead of two.
"""

from __future__ import annotations

import contextlib
import difflib
import re
from collections import defaultdict
from functools import lru_cache
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.findings import Report, did_you_mean
from generator.input.records import BUREAU_OWNED_KEYS, LABELS, Organization, model_at
from generator.input.yamlio import YamlDocument

ModelT = TypeVar("ModelT", bound=BaseModel)

# Keys people type in Chinese, or in other English, for a field that exists.
_ALIASES = {
    "名称": "name",
    "机构名称": "name",
    "标题": "title",
    "日期": "date",
    "地点": "place",
    "地址": "address",
    "电话": "phone",
    "简介": "summary",
    "介绍": "description",
    "照片": "photos",
    "desc": "description",
    "tel": "phone",
    "mobile": "phone",
    "telephone": "phone",
    "mail": "email",
    "url": "website",
    "slogon": "slogan",
    "colour": "color",
    "time": "date",
    "location": "place",
    "images": "photos",
    "pictures": "photos",
    "field": "fields",
    "targets": "service_targets",
    "service_target": "service_targets",
    "maintainer": "maintainers",
    "founded_on": "founded",
    "found_date": "founded",
}
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


def validate_record(
    model: type[ModelT],
    document: YamlDocument,
    report: Report,
    *,
    context: dict[str, Any] | None = None,
) -> tuple[ModelT | None, ModelT | None]:
    """(valid record or None, partial record for further checks) with findings in the report.

    The partial record keeps every top-level field that is valid on its own (None elsewhere), so
    that one wrong field does not hide the findings of the others.
    """
    try:
        record = model.model_validate(document.data, context=context)
        return record, record
    except ValidationError as error:
        report_validation_error(error, document, report, model=model, context=context)
        return None, partial_record(model, document.data, context=context)


@lru_cache(maxsize=256)
def _field_adapter(model: type[BaseModel], name: str) -> TypeAdapter:
    info = model.model_fields[name]
    if not info.metadata:
        return TypeAdapter(info.annotation)
    return TypeAdapter(Annotated.__class_getitem__((info.annotation, *info.metadata)))


def partial_record(
    model: type[ModelT], data: Any, *, context: dict[str, Any] | None = None
) -> ModelT | None:
    """A record built from the fields that validate on their own; the others are None."""
    if not isinstance(data, dict):
        return None
    values: dict[str, Any] = {}
    for name, info in model.model_fields.items():
        value = None if info.is_required() else info.get_default(call_default_factory=True)
        if name in data:
            with contextlib.suppress(ValidationError):
                value = _field_adapter(model, name).validate_python(data[name], context=context)
        values[name] = value
    return model.model_construct(**values)


def dotted(location: tuple) -> str:
    """brand.color, photos[2].alt"""
    text = ""
    for part in location:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += ("." if text else "") + str(part)
    return text or "(文件)"


def _clean(location: tuple) -> tuple:
    return tuple(
        part
        for part in location
        if isinstance(part, int)
        or not (str(part).startswith(("function-", "json-or-python")) or "[" in str(part))
    )


def _titles(model: type[BaseModel] | None) -> dict[str, str]:
    if model is None:
        return {}
    return {name: (info.title or name) for name, info in model.model_fields.items()}


def _suggest(key: str, model: type[BaseModel] | None) -> str | None:
    if model is None:
        return None
    names = list(model.model_fields)
    if key in _ALIASES and _ALIASES[key] in names:
        return _ALIASES[key]
    for name, title in _titles(model).items():
        if key == title or key in title.split("（"):
            return name
    lowered = key.lower().replace("-", "_").replace(" ", "_")
    if lowered in names:
        return lowered
    match = difflib.get_close_matches(lowered, names, n=1, cutoff=0.6)
    return match[0] if match else None


def report_validation_error(
    error: ValidationError,
    document: YamlDocument,
    report: Report,
    *,
    model: type[BaseModel],
    base: tuple = (),
    context: dict[str, Any] | None = None,
) -> None:
    rel = document.path
    missing: dict[tuple, list[str]] = defaultdict(list)
    unknown: dict[tuple, list[str]] = defaultdict(list)
    others: list[dict[str, Any]] = []
    for item in error.errors(include_url=False):
        location = _clean(tuple(item["loc"]))
        if item["type"] == "missing" and location:
            missing[location[:-1]].append(str(location[-1]))
        elif item["type"] == "extra_forbidden" and location:
            unknown[location[:-1]].append(str(location[-1]))
        else:
            others.append({**item, "loc": location})

    for parent, keys in unknown.items():
        inner = model_at(model, parent)
        for key in keys:
            line, column = document.at((*base, *parent, key))
            if model is Organization and not parent and key in BUREAU_OWNED_KEYS:
                report.add("bureau-owned-field", rel, line, column, field=key)
                continue
            suggestion = _suggest(key, inner)
            if suggestion and suggestion in missing.get(parent, []):
                missing[parent].remove(suggestion)
            if suggestion:
                title = _titles(inner).get(suggestion, suggestion)
                report.add(
                    "unknown-field",
                    rel,
                    line,
                    column,
                    field=key,
                    suggest_zh=f"，是否应为“{suggestion}”（{title}）？",
                    suggest_en=f'; did you mean "{suggestion}"?',
                    hint_zh=f"把“{key}”改为“{suggestion}”",
                    hint_en=f'rename "{key}" to "{suggestion}"',
                )
            else:
                names = "、".join(list(inner.model_fields)[:12]) if inner else ""
                report.add(
                    "unknown-field",
                    rel,
                    line,
                    column,
                    field=key,
                    hint_zh=f"删除它，或改为可用字段之一：{names}" if names else "删除它",
                    hint_en="remove it or use one of the documented fields",
                )

    for parent, keys in missing.items():
        if not keys:
            continue
        titles = _titles(model_at(model, parent))
        listed = "、".join(f"{key}（{titles.get(key, key)}）" for key in keys)
        line, column = document.at((*base, *parent)) if parent or base else _first_key(document)
        where_zh = f"“{dotted(parent)}”下" if parent else "文件中"
        where_en = f"under {dotted(parent)}" if parent else "to the file"
        report.add(
            "missing-field",
            rel,
            line,
            column,
            fields=listed if len(listed) < 160 else listed[:158] + "…",
            where_zh=where_zh,
            where_en=where_en,
        )

    for item in others:
        _report_one(item, document, report, model=model, base=base, context=context)


def _report_one(
    item: dict[str, Any],
    document: YamlDocument,
    report: Report,
    *,
    model: type[BaseModel],
    base: tuple,
    context: dict[str, Any] | None,
) -> None:
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
        is_text = kind == "string_too_long"
        length = (
            len(item["input"])
            if is_text and isinstance(item.get("input"), str)
            else ctx.get("actual_length", "")
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
    match = difflib.get_close_matches(value, names, n=1, cutoff=0.5)
    if not match:
        match = [name for name in names if value and (value in name or name in value)][:1]
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


def _first_key(document: YamlDocument) -> tuple[int, int]:
    top = [position for path, position in document.key_positions.items() if len(path) == 1]
    return min(top) if top else (1, 1)


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (dict, list)):
        return "…"
    return str(value)
