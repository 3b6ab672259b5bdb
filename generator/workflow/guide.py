"""The contributor guide: CONTRIBUTING.md's table of finding codes, generated from messages.py, and
the same guide as a page of the site (content/contributing.md).

CONTRIBUTING.md is written by hand except between the marker comments, where this module writes the
table of every finding code, grouped by topic. The site page is derived from CONTRIBUTING.md whole,
so the two never disagree. `gongshi guide` (or `make guide`) rewrites both; `--check` only compares.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path

from generator.findings import Report
from generator.input.config import CHOICE_LISTS, Settings, load_config
from generator.input.records import LABELS
from generator.messages import MESSAGES, Message

GUIDE_FILE = "CONTRIBUTING.md"
PAGE_FILE = "content/contributing.md"
PAGE_TITLE = "参与和提交"
START, END = "<!-- findings:start -->", "<!-- findings:end -->"
CHOICES_START, CHOICES_END = "<!-- choices:start -->", "<!-- choices:end -->"

# The controlled lists (settable in site_config.yml) and the closed enumerations, as staff meet
# them: the field they fill, the list's title.
CHOICE_FIELDS = {
    "categories": ("category（机构类别）", "Categories"),
    "fields": ("fields（服务领域，机构、项目和政策页的 topics）", "Fields"),
    "service_targets": ("service_targets（服务对象）", "Service targets"),
    "activity_types": ("type（活动类型）", "Activity types"),
    "themes": ("theme（主题活动）", "Themes"),
}
ENUM_FIELDS = {
    "status": ("status（机构登记状态）", "Status"),
    "plan": ("plan（项目对应的计划）", "Plan"),
    "project_status": ("status（项目状态）", "Project status"),
    "funding_type": ("funding 的 type 和年报 income 的各项（资金来源）", "Funding types"),
}

TOPIC_EN = {
    "文件与编码": "Files and encodings",
    "YAML 写法": "Writing YAML",
    "字段": "Fields",
    "编号与引用": "Ids and references",
    "事实核对": "Facts",
    "隐私与安全": "Privacy and safety",
    "照片": "Photos",
    "权限": "Permissions",
    "记录内容": "Record content",
    "运行": "The run itself",
}
SEVERITY = {"error": "错误<br>error", "warning": "警告<br>warning"}

# Parameters that only append an optional suggestion ("；是否应为…"): left out of the table.
_SUFFIXES = frozenset({"suggest_zh", "suggest_en", "extra_zh", "extra_en"})
_FIELD = re.compile(r"\{(\w+)\}")
_CODE_SPAN = re.compile(r"(`[^`]*`)")
_MARKDOWN_SPECIAL = re.compile(r"([\\*_\[\]|])")


class GuideError(Exception):
    """CONTRIBUTING.md cannot be updated (a usage error, exit 2)."""


def findings_table(messages: Mapping[str, Message] = MESSAGES) -> str:
    """Markdown tables of every finding code, one per topic, in the order of the messages table."""
    topics: dict[str, list[tuple[str, Message]]] = {}
    for code, message in messages.items():
        topics.setdefault(message.topic, []).append((code, message))
    out = [
        "下表由 `generator/messages.py` 自动生成，请不要手工修改；运行 `make guide` 更新。"
        "‹…› 是每条问题里会填入的具体内容。",
        "(Generated from `generator/messages.py`; do not edit by hand — run `make guide`. "
        "‹…› stands for the details each finding fills in.)",
    ]
    for topic, entries in topics.items():
        out += ["", f"### {topic} ({TOPIC_EN.get(topic, topic)})", ""]
        out += ["| 代码 (code) | 级别 | 问题 (what it means) | 如何修改 (how to fix) |"]
        out += ["|---|---|---|---|"]
        for code, message in entries:
            what = _both(message.zh, message.en)
            fix = _both(message.hint_zh, message.hint_en) or "—"
            out.append(f"| `{code}` | {SEVERITY[message.severity]} | {what} | {fix} |")
    return "\n".join(out) + "\n"


def _both(zh: str, en: str) -> str:
    zh, en = _cell(zh), _cell(en)
    if not zh and not en:
        return ""
    return f"{zh}<br>({en})" if en else zh


def _cell(template: str) -> str:
    """A message template as table text: fields shown as ‹name›, Markdown and HTML escaped."""

    def field(match: re.Match[str]) -> str:
        name = match.group(1)
        if name in _SUFFIXES:
            return ""
        if name in ("hint_zh", "hint_en"):
            return "随问题给出" if name == "hint_zh" else "given with the finding"
        return f"‹{name}›"

    text = _FIELD.sub(field, template).strip()
    parts = _CODE_SPAN.split(text)
    for index, part in enumerate(parts):
        if index % 2 == 0:  # outside `code spans`
            part = part.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            parts[index] = _MARKDOWN_SPECIAL.sub(r"\\\1", part)
        else:
            parts[index] = part.replace("|", "\\|")
    return "".join(parts)


def choices_table(settings: Settings) -> str:
    """Markdown tables of the values each controlled field accepts, from the site's settings (a city
    may change the lists in site_config.yml), then the fixed enumerations."""
    out = [
        "下表由 `site_config.yml` 的设置自动生成（没有设置的用 gongshi 的默认列表），请不要手工修改；"
        "运行 `make guide` 更新。记录里写中文名称或编号都可以。",
        "(Generated from the settings in `site_config.yml`, gongshi's defaults where none are set; "
        "run `make guide`. Records may use the Chinese name or the id.)",
    ]
    for list_name in CHOICE_LISTS:
        title, english = CHOICE_FIELDS[list_name]
        out += [
            "",
            f"### {_cell(title)} ({english})",
            "",
            "| 名称 (name) | 编号 (id) |",
            "|---|---|",
        ]
        out += [f"| {_cell(item.name)} | `{item.id}` |" for item in getattr(settings, list_name)]
    for enum_name, (title, english) in ENUM_FIELDS.items():
        out += ["", f"### {_cell(title)} ({english})", "", "| 写法 (value) | 含义 |", "|---|---|"]
        out += [f"| `{code}` | {_cell(label)} |" for code, label in LABELS[enum_name].items()]
    return "\n".join(out) + "\n"


def with_table(guide: str, table: str, start_mark: str = START, end_mark: str = END) -> str:
    """CONTRIBUTING.md's text with the table between the markers replaced."""
    start, end = guide.find(start_mark), guide.find(end_mark)
    if start < 0 or end < start:
        raise GuideError(
            f"{GUIDE_FILE} 中没有 {start_mark} 和 {end_mark} 标记 "
            f"(the markers are missing in {GUIDE_FILE})"
        )
    return f"{guide[: start + len(start_mark)]}\n{table}{guide[end:]}"


def site_page(guide: str) -> str:
    """content/contributing.md: the guide with front matter, without the marker comments."""
    text = guide
    for mark in (START, END, CHOICES_START, CHOICES_END):
        text = text.replace(mark + "\n", "").replace(mark, "")
    return (
        f"---\ntitle: {PAGE_TITLE}\n---\n\n"
        f"<!-- 本页由 gongshi guide 根据 {GUIDE_FILE} 生成，请修改 {GUIDE_FILE} "
        f"(generated from {GUIDE_FILE}; edit that file) -->\n\n{text.rstrip()}\n"
    )


def expected(root: Path) -> dict[str, str]:
    """What CONTRIBUTING.md and content/contributing.md should hold, by repository-relative path."""
    path = root / GUIDE_FILE
    try:
        guide = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise GuideError(f"无法读取 {GUIDE_FILE} (cannot read it): {error}") from None
    guide = with_table(guide, findings_table())
    settings = load_config(root, Report()).settings
    guide = with_table(guide, choices_table(settings), CHOICES_START, CHOICES_END)
    return {GUIDE_FILE: guide, PAGE_FILE: site_page(guide)}


def update_guide(root: Path, *, check: bool = False) -> tuple[bool, list[str]]:
    """(were both files up to date, what happened to each); with check nothing is written."""
    fresh, notes = True, []
    for rel, text in expected(root).items():
        target = root / rel
        current = target.read_text(encoding="utf-8") if target.is_file() else None
        if current == text:
            notes.append(f"已是最新 (up to date): {rel}")
            continue
        fresh = False
        if check:
            notes.append(
                f"{rel} 不是最新的，请运行 make guide 后提交 (out of date; run make guide)"
            )
        else:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
            notes.append(f"已写入 (written): {rel}")
    return fresh, notes
