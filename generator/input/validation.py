"""Record validation: pydantic errors turned into findings people can act on.

Missing fields of one mapping are grouped into one finding; an unknown key that looks like a
missing one ("found_date" for "founded") becomes one "did you mean" finding instead of two; every
other error concerns one field and is explained by fielderrors.
"""

from __future__ import annotations

import contextlib
import difflib
from collections import defaultdict
from functools import lru_cache
from typing import Annotated, Any, TypeVar

from pydantic import BaseModel, TypeAdapter, ValidationError

from generator.findings import Report
from generator.input.fielderrors import dotted, report_field_error
from generator.input.records import BUREAU_OWNED_KEYS, Organization, model_at
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
    """Every error of one validation as findings: unknown and missing keys grouped, the rest one by one."""
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
        report_field_error(item, document, report, model=model, base=base, context=context)


def _first_key(document: YamlDocument) -> tuple[int, int]:
    top = [position for path, position in document.key_positions.items() if len(path) == 1]
    return min(top) if top else (1, 1)
