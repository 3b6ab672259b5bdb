"""The submission form at /submit/: its page, and what it reads besides the JSON Schemas."""

from __future__ import annotations

from dataclasses import asdict
from typing import Any

from pydantic import TypeAdapter

from generator.input import fieldtypes
from generator.input.config import SiteConfig
from generator.input.forms import HEADINGS, MODELS, field_order, schema_url
from generator.input.records import LABELS
from generator.model import load
from generator.views.edit_links import folder_url, new_file_page, repository_url
from generator.views.pages import PageSpec

FORM_KINDS = {
    "organization": "机构基本信息",
    "project": "服务项目",
    "activity": "活动",
    "annual-report": "年度报告",
}


def read_pattern(annotated: Any) -> str:
    """The regular expression a constrained field type's JSON Schema gives."""
    return TypeAdapter(annotated).json_schema()["pattern"]


def form_data(config: SiteConfig) -> dict[str, Any]:
    """What /submit/ reads besides the JSON Schemas: field order, headings, labels, patterns, host.

    The rules themselves come only from /schema/<kind>.schema.json; this adds what a schema
    written with sorted keys cannot carry (the models' field order, which the YAML keeps) and the
    texts the scaffold of `gongshi new` uses, so that the form writes the same file.
    """
    kinds = {
        kind: {
            "title": title,
            "root": MODELS[kind].__name__,
            "order": field_order(MODELS[kind]),
            "heading": HEADINGS[kind],
            "schema_url": schema_url(config, kind),
        }
        for kind, title in FORM_KINDS.items()
    }
    page = new_file_page(config)
    return {
        "kinds": kinds,
        "labels": LABELS,
        "patterns": {
            "date": fieldtypes.DATE_PATTERN,
            "partial_date": fieldtypes.PARTIAL_DATE_PATTERN,
            "id": fieldtypes.ID_PATTERN,
            "login": fieldtypes.LOGIN_PATTERN,
            "count": read_pattern(fieldtypes.Count),
            "money": read_pattern(fieldtypes.Money),
            "url": read_pattern(fieldtypes.Url),
            "color": read_pattern(fieldtypes.Color),
            "activity_stem": load.ACTIVITY_STEM.pattern,
            "year_stem": load.YEAR_STEM.pattern,
        },
        "host": {**asdict(page), "prefills": page.prefills} if page else None,
        "repo_url": repository_url(config) or None,
        "tree_url": folder_url(config, "orgs"),
    }


def submit_page(config: SiteConfig) -> PageSpec:
    """submit/: the form that writes a record file in the browser and opens the host's editor."""
    return PageSpec(
        url="submit/",
        template="gongshi/submit.html",
        title="在线填报",
        description=f"{config.site_name}：不用安装软件，在网页上填写机构、项目、活动和年度报告，提交修改",
        kind="index",
        context={"submit": form_data(config)},
    )
