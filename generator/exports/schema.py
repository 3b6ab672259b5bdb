"""JSON Schemas of every record kind, generated from the models with the site's controlled lists."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from generator.input.config import SiteConfig
from generator.input.records import RECORD_KINDS, STATUS_REQUIRES, Organization

SCHEMA_DIALECT = "https://json-schema.org/draft/2020-12/schema"


def _inject_choices(node: Any, config: SiteConfig) -> None:
    if isinstance(node, dict):
        list_name = node.pop("x-gongshi-choices", None)
        if list_name:
            items = getattr(config.settings, list_name)
            node["enum"] = [item.name for item in items] + [item.id for item in items]
            node["x-enum-labels"] = {item.id: item.name for item in items}
        for value in node.values():
            _inject_choices(value, config)
    elif isinstance(node, list):
        for value in node:
            _inject_choices(value, config)


def schema_for(kind: str, config: SiteConfig) -> dict[str, Any]:
    """The JSON Schema of one record kind."""
    model = RECORD_KINDS[kind]
    schema = model.model_json_schema(mode="validation")
    _inject_choices(schema, config)
    schema = {"$schema": SCHEMA_DIALECT, "$id": f"{kind}.schema.json", **schema}
    if model is Organization:
        schema["allOf"] = [
            {
                "if": {"properties": {"status": {"const": status}}, "required": ["status"]},
                "then": {"required": list(required)},
            }
            for status, required in STATUS_REQUIRES.items()
            if required
        ]
    return schema


SCHEMA_FILES = tuple(f"{kind}.schema.json" for kind in RECORD_KINDS)


def schema_files(config: SiteConfig) -> dict[str, bytes]:
    """<kind>.schema.json of every record kind, as bytes (LF everywhere), by file name."""
    return {
        f"{kind}.schema.json": (
            json.dumps(schema_for(kind, config), ensure_ascii=False, indent=2, sort_keys=True)
            + "\n"
        ).encode("utf-8")
        for kind in RECORD_KINDS
    }


def write_schemas(*, config: SiteConfig, directory: Path) -> list[Path]:
    """Write <kind>.schema.json for every record kind; returns the files."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, data in schema_files(config).items():
        path = directory / name
        path.write_bytes(data)
        written.append(path)
    return written
