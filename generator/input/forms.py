"""What forms of records are made from, as facts about the record models: the model and the
heading of each kind of record file, where its JSON Schema is published, its fields' order.

`gongshi new` (workflow.scaffold) and the submission form (views.submit) both read them here.
"""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from generator.input.config import SiteConfig
from generator.input.records import (
    Activity,
    AnnualReport,
    Organization,
    Project,
    models_in,
)

MODELS = {
    "organization": Organization,
    "project": Project,
    "activity": Activity,
    "annual-report": AnnualReport,
}
HEADINGS = {
    "organization": "机构基本信息与品牌。以 # 开头的行是说明，去掉行首的 # 即可启用该字段。",
    "project": "服务项目。文件名（不含 .yml）就是项目编号，活动里用 project: 编号 关联。",
    "activity": "活动记录。照片放进与本文件同名的文件夹，并在 photos 中逐张写上 file 和 alt。",
    "annual-report": "年度报告。收入、支出各项之和必须等于 total；更正已公开的数字时写 corrections。",
}


def schema_url(config: SiteConfig, kind: str) -> str:
    """The published JSON Schema of a kind of record: under site_url, else relative to the site."""
    base = config.site_url.rstrip("/") if config.site_url else ""
    return f"{base}/schema/{kind}.schema.json" if base else f"schema/{kind}.schema.json"


def collect_field_order(model: type[BaseModel], table: dict[str, list[str]]) -> None:
    """The fields of a model and of every model nested in it, in their declared order, by name."""
    if model.__name__ in table:
        return
    table[model.__name__] = list(model.model_fields)
    for info in model.model_fields.values():
        for inner in models_in(info.annotation):
            collect_field_order(inner, table)


def field_order(model: type[BaseModel]) -> dict[str, list[str]]:
    """Model name → its fields in declared order, for a record model and the models inside it."""
    table: dict[str, list[str]] = {}
    collect_field_order(model, table)
    return table


CHOICE_KEY = "x-gongshi-choices"


def _extra_list(extra: Any) -> str | None:
    return extra.get(CHOICE_KEY) if isinstance(extra, dict) else None


def choice_list(info: Any) -> str | None:
    """The controlled list of site_config.yml a field takes its values from (categories, fields,
    service_targets, activity_types, themes), or None."""
    found = _extra_list(getattr(info, "json_schema_extra", None))
    pending = [getattr(info, "annotation", None)]
    while found is None and pending:
        annotation = pending.pop()
        for item in getattr(annotation, "__metadata__", ()):
            found = found or _extra_list(getattr(item, "json_schema_extra", None))
        pending += list(getattr(annotation, "__args__", ()) or ())
    return found


def allowed_names(config: SiteConfig, list_name: str) -> list[str]:
    """The Chinese names of a controlled list, in the settings' order."""
    return [item.name for item in getattr(config.settings, list_name)]
