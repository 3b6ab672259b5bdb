"""`gongshi new …`: record files with Chinese comments generated from the models' titles."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from generator.findings import Report
from generator.input.config import CHOICE_LISTS, SiteConfig, load_config
from generator.input.forms import HEADINGS, MODELS, allowed_names, choice_list, schema_url
from generator.input.records import Record, models_in
from generator.model.load import load_areas
from generator.model.site import AreaIndex

_PLAIN = re.compile(r"^[\w\u4e00-\u9fff（）·、，。“”：；！？—.\- ]+$")


def _scalar(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return str(value)
    text = str(value)
    if _PLAIN.match(text) and not text[:1].isdigit() and text.strip() == text:
        return text
    return json.dumps(text, ensure_ascii=False)


def _comment(info: Any, required: bool) -> str:
    text = info.title or ""
    if info.description and info.description != info.title:
        text += f"：{info.description}"
    return f"  # {text}{'（必填）' if required else ''}"


def _allowed(info: Any, choices: dict[str, list[str]], pad: str) -> list[str]:
    """Comment lines that list a controlled field's allowed values (from the site's settings)."""
    list_name = choice_list(info)
    if not list_name or not choices.get(list_name):
        return []
    lines, line = [], f"{pad}#   可以填写："
    for name in choices[list_name]:
        if len(line) > 36:  # characters, most of them wide: about 70 columns
            lines.append(line)
            line = f"{pad}#   "
        line += f"{name}、"
    return [*lines, line.rstrip("、")]


def _emit(
    model: type[BaseModel],
    data: dict[str, Any],
    indent: int,
    out: list[str],
    choices: dict[str, list[str]] | None = None,
) -> None:
    pad = "  " * indent
    choices = choices or {}
    for name, info in model.model_fields.items():
        required = info.is_required()
        inner = models_in(info.annotation)
        out.extend(_allowed(info, choices, pad))
        if name not in data:
            out.append(f"{pad}# {name}:{_comment(info, required)}")
            continue
        value = data[name]
        if isinstance(value, dict) and inner:
            out.append(f"{pad}{name}:{_comment(info, required)}")
            _emit(inner[0], value, indent + 1, out, choices)
        elif isinstance(value, list) and value and isinstance(value[0], dict) and inner:
            out.append(f"{pad}{name}:{_comment(info, required)}")
            for item in value:
                lines: list[str] = []
                _emit(inner[0], item, indent + 2, lines, choices)
                first = next(i for i, line in enumerate(lines) if not line.lstrip().startswith("#"))
                lines[first] = f"{pad}  - " + lines[first].lstrip()
                out.extend(lines)
        elif isinstance(value, list):
            items = ", ".join(_scalar(item) for item in value)
            out.append(f"{pad}{name}: [{items}]{_comment(info, required)}")
        elif isinstance(value, str) and "\n" in value:
            out.append(f"{pad}{name}: |{_comment(info, required)}")
            out.extend(f"{pad}  {line}" if line else "" for line in value.rstrip("\n").split("\n"))
        else:
            out.append(f"{pad}{name}: {_scalar(value)}{_comment(info, required)}")


def render(
    model: type[Record],
    data: dict[str, Any],
    *,
    schema_url: str,
    heading: str,
    choices: dict[str, list[str]] | None = None,
) -> str:
    """YAML text of a record with a schema modeline and a Chinese comment on every field; a
    controlled field is preceded by its allowed values (choices: list name → names)."""
    out = [f"# yaml-language-server: $schema={schema_url}", f"# {heading}", ""]
    _emit(model, data, 0, out, choices)
    return "\n".join(out) + "\n"


def _first_community(areas: AreaIndex) -> dict[str, str]:
    for district, streets in areas.tree.items():
        for street, communities in streets.items():
            for community in communities:
                return {"district": district, "street": street, "community": community}
    return {"district": "青山区", "street": "湖滨街道", "community": "柳岸社区"}


def example_data(
    kind: str, *, config: SiteConfig, areas: AreaIndex, when: date, year: int
) -> dict[str, Any]:
    """Example values that make a valid record of each kind."""
    fields = config.settings.fields[0].name
    if kind == "organization":
        return {
            "name": "柳岸社区阳光助老服务队",
            "short_name": "阳光助老队",
            "status": "filed",
            "filing_no": "HB-2023-001",
            "filing_authority": "湖滨街道办事处",
            "filed_on": "2023-03-15",
            "guiding_unit": "柳岸社区居民委员会",
            "founded": "2022-09",
            "category": config.settings.categories[0].name,
            "fields": [fields],
            "service_targets": [config.settings.service_targets[0].name],
            "purpose": "为社区独居和高龄老人提供探访、助餐和陪伴服务。",
            "area": _first_community(areas),
            "contact": {"phone": "0571-8800 1234"},
            "leader": {"name": "王秀英", "role": "队长"},
            "brand": {"color": "#1B5E20", "slogan": "有我在，您放心"},
            "maintainers": ["your-login"],
        }
    if kind == "project":
        return {
            "title": "银龄午餐助餐服务",
            "summary": "每周一至周五为社区高龄老人送餐上门，并开展健康提醒。",
            "plan": "role",
            "fields": [fields],
            "period": {"start": f"{year}-01-01"},
            "status": "running",
            "funding": [
                {"type": "government_purchase", "funder": "湖滨街道办事处", "amount_cny": 30000}
            ],
        }
    if kind == "activity":
        return {
            "title": "重阳节敬老茶话会",
            "date": when.isoformat(),
            "place": "柳岸社区党群服务中心",
            "type": config.settings.activity_types[0].name,
            "participants": 40,
            "volunteers": 8,
            "description": "志愿者和老人们一起包饺子、唱老歌。",
        }
    if kind == "annual-report":
        return {
            "year": year,
            "activities_count": 12,
            "beneficiaries": 600,
            "volunteer_hours": 480,
            # delivered stays a commented line: it needs a published training activity (培训)
            "training": {"attended": 20},
            "income": {"government_purchase": 30000, "donation": 2000, "total": 32000},
            "expenditure": {"program": 29000, "admin": 3000, "total": 32000},
        }
    raise ValueError(kind)


def scaffold(kind: str, *, config: SiteConfig, areas: AreaIndex, when: date, year: int) -> str:
    data = example_data(kind, config=config, areas=areas, when=when, year=year)
    choices = {name: allowed_names(config, name) for name in CHOICE_LISTS}
    return render(
        MODELS[kind],
        data,
        schema_url=schema_url(config, kind),
        heading=HEADINGS[kind],
        choices=choices,
    )


def target_path(root: Path, kind: str, args: list[str]) -> Path:
    if kind == "organization":
        return root / "orgs" / args[0] / "org.yml"
    if kind == "project":
        return root / "orgs" / args[0] / "projects" / f"{args[1]}.yml"
    if kind == "activity":
        return root / "orgs" / args[0] / "activities" / f"{args[1]}-{args[2]}.yml"
    return root / "orgs" / args[0] / "reports" / f"{args[1]}.yml"


class ScaffoldError(Exception):
    """A new record cannot be written (its organization is missing, the file exists)."""


def write_new(
    root: Path, kind: str, args: list[str], *, when: date, year: int, force: bool = False
) -> Path:
    """Write the scaffold of a new record of the repository at root; the file written."""
    org_id = args[0]
    if kind != "organization" and not (root / "orgs" / org_id / "org.yml").exists():
        raise ScaffoldError(
            f"机构 {org_id} 还没有 org.yml，请先运行 gongshi new org {org_id} (no such organization)"
        )
    target = target_path(root, kind, args)
    if target.exists() and not force:
        raise ScaffoldError(
            f"文件已存在，不会覆盖 (exists, not overwritten): {target.relative_to(root)}"
        )
    report = Report()
    config = load_config(root, report)
    areas = AreaIndex.of(load_areas(root, report))
    text = scaffold(kind, config=config, areas=areas, when=when, year=year)
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    if kind == "activity":
        (target.parent / target.stem).mkdir(exist_ok=True)
    return target
