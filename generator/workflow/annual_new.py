"""`gongshi new annual YEAR`: the bureau's annual file (content/annual/<YEAR>.yml) with Chinese
comments, the previous year's targets carried over and one training line per district.

The registers (grades, inspections, listings, commendations) are not in it: they live in
content/registers/ and last until a dated entry ends them, so the scaffold only points there.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pydantic import ValidationError

from generator.findings import Report
from generator.input.config import load_config
from generator.input.forms import schema_url
from generator.input.records import BureauYear, Targets
from generator.input.yamlio import load_file
from generator.model.load import load_areas

ANNUAL_DIR = Path("content") / "annual"


def previous_targets(root: Path, year: int) -> tuple[int, Targets] | None:
    """The targets of the latest annual file before `year` that has any (year, targets)."""
    folder = root / ANNUAL_DIR
    years = sorted(
        (int(path.stem) for path in folder.glob("*.yml") if path.stem.isdigit()), reverse=True
    )
    for earlier in (y for y in years if y < year):
        rel = (ANNUAL_DIR / f"{earlier}.yml").as_posix()
        document = load_file(root / rel, rel=rel, report=Report())
        data = document.data if document else None
        if not isinstance(data, dict) or not isinstance(data.get("targets"), dict):
            continue
        try:
            return earlier, Targets.model_validate(data["targets"])
        except ValidationError:
            continue
    return None


def _number(value: object) -> str:
    text = format(value, "f") if value is not None else ""
    return text.rstrip("0").rstrip(".") if "." in text else text


def annual_text(root: Path, year: int, *, when: date) -> str:
    """The commented annual file of a year for the repository at root."""
    config = load_config(root, Report())
    settings = config.settings
    if settings.today:  # a site held at a date (tests, demos): never beyond it
        when = min(when, settings.today)
    areas = load_areas(root, Report())
    districts = [district.name for district in areas.districts] if areas else ["某区"]
    found = previous_targets(root, year)
    targets = found[1] if found else Targets()
    source = f"沿用 {found[0]} 年的目标，请按本年度的计划修改" if found else "填写本年度的目标"
    fields = BureauYear.model_fields
    lines = [
        f"# yaml-language-server: $schema={schema_url(config, 'bureau-year')}",
        f"# {settings.bureau} {year} 年度社区社会组织培育发展情况公示。",
        "# 以 # 开头的行是说明。公示页面的正文写在同名的 .md 文件里（开头写 title 和 description）。",
        "# 评估等级、年检结论、活动异常名录和表彰不写在这里，而是登记在 content/registers/ 的登记册中。",
        "# 发布：published_on 写公示的日期；合并后运行 gongshi publish-year "
        f"{year} 记录公示的数字（见 CONTRIBUTING.md 第十一节）。",
        f"year: {year}  # {fields['year'].title}：与文件名一致（必填）",
        f"publisher: {settings.bureau}  # {fields['publisher'].title}（必填）",
        f'published_on: "{when.isoformat()}"  # {fields["published_on"].title}：公示的日期，'
        "不能晚于网站生成的日期（必填）",
        f"targets:  # {fields['targets'].title}：{source}",
    ]
    for name, info in Targets.model_fields.items():
        value = _number(getattr(targets, name))
        if value:
            lines.append(f"  {name}: {value}  # {info.title}")
        else:
            lines.append(f"  # {name}:  # {info.title}")
    lines.append(
        f"training:  # {fields['training'].title}：民政局自己组织的培训，按区（县）填写人次；"
        "机构报告的 training.delivered 自动加上"
    )
    lines += [f"  {name}: 0" for name in districts]
    lines += [
        f"# highlights:  # {fields['highlights'].title}：最多 12 条",
        "#   - title: 新增备案组织",
        "#     value: 17 家",
    ]
    return "\n".join(lines) + "\n"


def write_annual(root: Path, year: int, *, when: date, force: bool = False) -> Path:
    """Write content/annual/<year>.yml; FileExistsError when it exists and force is not set."""
    target = root / ANNUAL_DIR / f"{year}.yml"
    if target.exists() and not force:
        raise FileExistsError(
            f"文件已存在，不会覆盖 (exists, not overwritten): {ANNUAL_DIR.as_posix()}/{year}.yml"
        )
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(annual_text(root, year, when=when), encoding="utf-8")
    return target
