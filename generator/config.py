"""gongshi's settings inside site_config.yml (the MkDocs config) and the controlled lists."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, ValidationError

from .fieldtypes import Date, Id, Login, Text
from .findings import Report
from .records import F, Record
from .yamlio import load_file

CONFIG_FILE = "site_config.yml"


class ChoiceItem(Record):
    id: Id = F("编号", "英文或拼音，用于网址")
    name: Text = F("名称", "记录中填写的中文名称", max_length=20)


def _items(*pairs: str) -> list[ChoiceItem]:
    return [ChoiceItem(id=pairs[i], name=pairs[i + 1]) for i in range(0, len(pairs), 2)]


DEFAULT_CATEGORIES = _items(
    "life-service", "生活服务类",
    "charity", "公益慈善类",
    "mutual-aid", "居民互助类",
    "culture-sports", "文体娱乐类",
    "community-affairs", "社区事务类",
)  # fmt: skip
DEFAULT_FIELDS = _items(
    "elderly", "养老服务",
    "children", "儿童关爱",
    "youth", "青少年成长",
    "disability", "助残服务",
    "neighbours", "邻里互助",
    "culture-sports", "文化体育",
    "governance", "社区治理",
    "mediation", "平安调解",
    "environment", "环境保护",
    "emergency", "应急救援",
    "charity", "公益慈善",
    "health", "健康服务",
    "employment", "就业帮扶",
)  # fmt: skip
DEFAULT_SERVICE_TARGETS = _items(
    "elderly", "老年人",
    "children", "儿童",
    "youth", "青少年",
    "disabled", "残疾人",
    "women", "妇女",
    "in-need", "困难群众",
    "left-behind", "留守人员",
    "new-workers", "新就业群体",
    "residents", "全体居民",
)  # fmt: skip
DEFAULT_ACTIVITY_TYPES = _items(
    "service", "志愿服务",
    "training", "培训",
    "culture", "文化活动",
    "sports", "体育活动",
    "mutual-aid", "互助活动",
    "safety", "平安巡防",
    "emergency", "应急演练",
    "meeting", "会议",
    "market", "公益集市",
    "other", "其他",
)  # fmt: skip
DEFAULT_THEMES = _items(
    "neighbourhood-watch", "邻里守望",
    "double-ninth", "重阳敬老",
    "lei-feng", "学雷锋",
    "fitness", "全民健身",
    "safe-community", "平安建设",
    "waste-sorting", "垃圾分类",
    "festivals", "传统节日",
    "disaster-prevention", "防灾减灾",
)  # fmt: skip

CHOICE_LISTS = ("categories", "fields", "service_targets", "activity_types", "themes")


class Settings(Record):
    """gongshi 在 site_config.yml 中的设置（plugins → gongshi）。"""

    city: Text = F("城市名称", default="示例市", max_length=30)
    bureau: Text = F("民政局名称", default="示例市民政局", max_length=40)
    bureau_maintainers: list[Login] = F("民政局维护人账号", default_factory=list)
    categories: list[ChoiceItem] = F("类别", default_factory=lambda: list(DEFAULT_CATEGORIES))
    fields: list[ChoiceItem] = F("服务领域", default_factory=lambda: list(DEFAULT_FIELDS))
    service_targets: list[ChoiceItem] = F(
        "服务对象", default_factory=lambda: list(DEFAULT_SERVICE_TARGETS)
    )
    activity_types: list[ChoiceItem] = F(
        "活动类型", default_factory=lambda: list(DEFAULT_ACTIVITY_TYPES)
    )
    themes: list[ChoiceItem] = F("主题活动", default_factory=lambda: list(DEFAULT_THEMES))
    future_days: int = Field(default=1, ge=0, le=30, title="允许的未来天数")
    today: Date | None = Field(default=None, title="校验用的“今天”（测试用，不填为系统日期）")
    repo_host: Literal["github", "gitee", "gitlab"] | None = F(
        "代码托管平台",
        "github、gitee 或 gitlab；不填则按 repo_url 的域名判断（在线修改链接和在线填报用）",
        default=None,
    )
    search_shard_pages: int = Field(
        default=4000,
        ge=100,
        le=1_000_000,
        title="搜索索引分片页数",
        description="搜索页面数超过此数时，项目和活动分成若干个索引分片，先搜机构，再合并其余分片",
    )
    repo_branch: Text | None = F(
        "记录所在分支", "不填则取 edit_uri 里的分支，再不然为 main", default=None, max_length=100
    )


@dataclass
class SiteConfig:
    """What gongshi needs from site_config.yml."""

    root: Path
    site_name: str = "社区社会组织公示"
    site_url: str = ""
    repo_url: str = ""
    edit_uri: str = ""
    settings: Settings = field(default_factory=Settings)
    raw: dict[str, Any] = field(default_factory=dict)

    def choices(self) -> dict[str, dict[str, str]]:
        """Validation context: for each controlled list, name → id and id → id."""
        table: dict[str, dict[str, str]] = {}
        for list_name in CHOICE_LISTS:
            lookup: dict[str, str] = {}
            for item in getattr(self.settings, list_name):
                lookup[item.name] = item.id
                lookup[item.id] = item.id
            table[list_name] = lookup
        return table

    def label(self, list_name: str, item_id: str) -> str:
        for item in getattr(self.settings, list_name):
            if item.id == item_id:
                return item.name
        return item_id


def plugin_options(raw: dict[str, Any]) -> tuple[dict[str, Any] | None, tuple]:
    """The gongshi plugin's options inside a MkDocs config, with their location."""
    plugins = raw.get("plugins") or []
    if isinstance(plugins, dict):
        options = plugins.get("gongshi")
        return (options if isinstance(options, dict) else {}), ("plugins", "gongshi")
    for index, entry in enumerate(plugins if isinstance(plugins, list) else []):
        if entry == "gongshi":
            return {}, ("plugins", index)
        if isinstance(entry, dict) and "gongshi" in entry:
            options = entry["gongshi"]
            return (options if isinstance(options, dict) else {}), ("plugins", index, "gongshi")
    return None, ()


def load_config(root: Path, report: Report) -> SiteConfig:
    """Read site_config.yml; a missing or broken file gives findings and the defaults."""
    from .validation import report_validation_error  # local: validation imports config

    config = SiteConfig(root=root)
    path = root / CONFIG_FILE
    if not path.exists():
        return config
    report.files_checked += 1
    document = load_file(path, rel=CONFIG_FILE, report=report, max_bytes=1024 * 1024)
    if document is None or not isinstance(document.data, dict):
        return config
    raw = document.data
    config.raw = raw
    for key in ("site_name", "site_url", "repo_url", "edit_uri"):
        if isinstance(raw.get(key), str):
            setattr(config, key, raw[key])
    options, location = plugin_options(raw)
    if options:
        try:
            config.settings = Settings.model_validate(options)
        except ValidationError as error:
            report_validation_error(error, document, report, model=Settings, base=location)
    return config
