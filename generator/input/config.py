"""gongshi's settings inside site_config.yml (the MkDocs config) and the controlled lists."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated, Any, Literal
from urllib.parse import urlsplit

from pydantic import (
    AfterValidator,
    Field,
    ValidationError,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)
from pydantic_core import PydanticCustomError

from generator.findings import Report
from generator.input.choices import (
    CHOICE_LISTS,
    DEFAULT_ACTIVITY_TYPES,
    DEFAULT_CATEGORIES,
    DEFAULT_FIELDS,
    DEFAULT_SERVICE_TARGETS,
    DEFAULT_THEMES,
    ChoiceItem,
)
from generator.input.fieldtypes import Bool, Date, Login, Text, check_url
from generator.input.records import F, Record
from generator.input.site_info import SiteInfo
from generator.input.standing_settings import CallFolder, Disclosure, Reporting
from generator.input.validation import report_validation_error
from generator.input.yamlio import load_file

CONFIG_FILE = "site_config.yml"


def check_site_url(value: str) -> str:
    """The home page of a member site: http(s), a host, no query or fragment, ending in "/"."""
    text = check_url(value)
    parts = urlsplit(text)
    if not parts.netloc or parts.query or parts.fragment or "?" in text or "#" in text:
        raise PydanticCustomError(
            "gongshi_invalid_format",
            "a site's home page",
            {
                "value": value,
                "hint_zh": "只写网站首页的网址，去掉 ? 和 # 及其后面的部分，如 https://qingshan.example.org/",
                "hint_en": "the site's home page only, without ? or #, e.g. https://qingshan.example.org/",
            },
        )
    if not text.endswith("/"):
        raise PydanticCustomError(
            "gongshi_invalid_format",
            "ends with a slash",
            {
                "value": value,
                "hint_zh": f"网站网址要以 / 结尾：写成 {text}/",
                "hint_en": f"a site's address ends with /: write {text}/",
            },
        )
    return text


SiteUrl = Annotated[
    str,
    AfterValidator(check_site_url),
    WithJsonSchema(
        {
            "type": "string",
            "description": "网站首页的网址，以 http:// 或 https:// 开头、以 / 结尾",
            "pattern": r"^\s*[Hh][Tt][Tt][Pp][Ss]?://[^?#\s]+/\s*$",
        }
    ),
]


class FederationMember(Record):
    name: Text = F("网站名称", "联合搜索结果里标明的来源，如 青山区", min_length=1, max_length=20)
    url: SiteUrl = F(
        "网站网址",
        "成员网站首页的完整网址，以 / 结尾，如 https://qingshan.example.org/；"
        "该网站须允许跨域读取（响应头 Access-Control-Allow-Origin）",
    )


class Plausibility(Record):
    """How far a report's figures may go: above a warning level a finding asks to check them;
    above a limit it is an error unless the report explains the figure (`explanations`)."""

    beneficiaries_per_person: float = Field(
        default=200, gt=0, title="每名成员和志愿者的服务人次（超过则提示核对）"
    )
    max_beneficiaries_per_person: float = Field(
        default=2000, gt=0, title="每名成员和志愿者的服务人次上限（超过须说明）"
    )
    training_per_person: float = Field(
        default=20, gt=0, title="每名成员和志愿者的培训人次（超过则提示核对）"
    )
    max_training_per_person: float = Field(
        default=200, gt=0, title="每名成员和志愿者的培训人次上限（超过须说明）"
    )
    training_evidence_ratio: float = Field(
        default=3,
        gt=1,
        title="年报的培训人次与公开的培训活动人次相差的倍数（超过则提示核对）",
    )
    jump: float = Field(default=10, gt=1, title="比上年增长的倍数（超过则提示核对）")
    max_jump: float = Field(default=100, gt=1, title="比上年增长的倍数上限（超过须说明）")
    jump_floor: int = Field(
        default=100, ge=0, title="数字不超过此数时不检查增长倍数（小数字翻倍很常见）"
    )
    expenditure_over_income: float = Field(
        default=2, gt=0, title="支出是收入的倍数（超过则提示核对）"
    )
    max_expenditure_over_income: float = Field(
        default=20, gt=0, title="支出是收入的倍数上限（超过须说明）"
    )
    max_person_times: int = Field(
        default=1_000_000, gt=0, title="一份年报中任一人次数字的上限（超过须说明）"
    )


GOVERNMENT_SUFFIXES = ("人民政府", "民政局", "街道办事处", "委员会", "办事处", "局")


class Settings(Record):
    """gongshi 在 site_config.yml 中的设置（plugins → gongshi）。"""

    city: Text = F("城市名称", default="示例市", max_length=30)
    bureau: Text = F("民政局名称", default="示例市民政局", max_length=40)
    bureau_maintainers: list[Login] = F("民政局维护人账号", default_factory=list)
    government_suffixes: list[Text] = F(
        "政府机关名称的结尾",
        "机构自报的荣誉由名称以这些词结尾的单位（或民政局本身）授予时，须与民政局的表彰登记册"
        "一致才显示为已核实，否则显示为自报",
        default_factory=lambda: list(GOVERNMENT_SUFFIXES),
    )
    withdraw_deregistered: Bool = F(
        "撤下注销机构的页面",
        "true：注销或撤销登记的机构一律不再显示页面；false（默认）：由 status.yml 每条的 "
        "withdraw_page 决定",
        default=False,
    )
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
    today: Date | None = Field(
        default=None,
        title="网站的日期（测试用）",
        description="不填则按 --as-of、SOURCE_DATE_EPOCH、最近一次提交的日期，从不用机器时钟",
    )
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
    plausibility: Plausibility = F(
        "年报数字核对",
        "年报数字超过提示线时给出提示，超过上限时须在年报的 explanations 中说明",
        default_factory=Plausibility,
    )
    site_info: SiteInfo = F(
        "网站信息",
        "手机页头的网站简称，页脚的主办单位、承办单位、联系方式、监督电话和备案号（不填的不显示）",
        default_factory=SiteInfo,
    )
    federation: list[FederationMember] = F(
        "联合搜索的成员网站",
        "填写后网站多一个“联合搜索”页面（/portal/），同时搜索本站和这些 gongshi 网站，"
        "并列出它们的开放数据",
        default_factory=list,
        max_length=100,
    )
    reporting: Reporting = F(
        "年报截止日", "过了截止日仍未报送上一年度年报的显示为年报逾期", default_factory=Reporting
    )
    disclosure: Disclosure = F("公示等级", "等级规则表和年报有效月数", default_factory=Disclosure)
    call_folders: list[CallFolder] = F(
        "街道的征集文件夹", "content/calls/<编号>/", default_factory=list
    )

    @field_validator("federation")
    @classmethod
    def _distinct_members(
        cls, members: list[FederationMember], info: ValidationInfo
    ) -> list[FederationMember]:
        """Each member once, named apart from this site (its `city` labels its own results)."""
        names: set[str] = {info.data["city"]} if info.data.get("city") else set()
        urls: set[str] = set()
        for member in members:
            for value, seen in ((member.name, names), (member.url.lower(), urls)):
                if value in seen:
                    raise PydanticCustomError(
                        "gongshi_invalid_format",
                        "members are distinct",
                        {
                            "value": value,
                            "hint_zh": "每个成员网站只写一次，名称和网址都不能重复，名称也不能与本站的"
                            "城市名称（city）相同",
                            "hint_en": "list each member site once; names and addresses are unique,"
                            " and no name is this site's city",
                        },
                    )
                seen.add(value)
        return members


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


# A plugin's name as MkDocs registers it (search, material/search, git-revision-date); our YAML
# reader keeps every scalar a string, so a number, a boolean or null is told apart by its form.
PLUGIN_NAME = re.compile(r"[A-Za-z_][\w.\-/]*")
YAML11_WORDS = {"true", "false", "yes", "no", "on", "off", "y", "n", "null"}


def _plugin_name_ok(name: object) -> bool:
    return (
        isinstance(name, str)
        and PLUGIN_NAME.fullmatch(name) is not None
        and name.lower() not in YAML11_WORDS
    )


def _plugin_entry_ok(entry: object) -> bool:
    """Whether MkDocs would accept one entry of a `plugins:` list."""
    if isinstance(entry, dict):
        if len(entry) != 1:
            return False
        name, options = next(iter(entry.items()))
        return _plugin_name_ok(name) and (options in (None, "") or isinstance(options, dict))
    return _plugin_name_ok(entry)


def check_mkdocs_keys(root: Path, raw: dict[str, Any], document: Any, report: Report) -> None:
    """The MkDocs settings that would stop a build, found here with their line, before MkDocs runs.

    `plugins:` is a list of names or of one-key mappings (name: options), or a mapping of names;
    `docs_dir` (MkDocs' default is docs) is a folder next to site_config.yml.
    """
    plugins = raw.get("plugins")
    if plugins is not None and not isinstance(plugins, (list, dict)):
        line, column = document.at(("plugins",), value=True)
        report.add("config-plugins", CONFIG_FILE, line, column, value=str(plugins)[:60])
    entries = enumerate(plugins) if isinstance(plugins, list) else ()
    if isinstance(plugins, dict):
        entries = ((name, {name: options}) for name, options in plugins.items())
    for key, entry in entries:
        if not _plugin_entry_ok(entry):
            line, column = document.at(("plugins", key), value=True)
            report.add("config-plugin", CONFIG_FILE, line, column, value=str(entry)[:60])
    docs_dir = raw.get("docs_dir", "docs")
    line, column = document.at(("docs_dir",), value=True)
    if not isinstance(docs_dir, str) or not docs_dir.strip():
        report.add("config-docs-dir", CONFIG_FILE, line, column, value=str(docs_dir)[:60])
    elif not (root / docs_dir).is_dir():
        report.add("config-docs-dir", CONFIG_FILE, line, column, value=docs_dir)


def load_config(root: Path, report: Report) -> SiteConfig:
    """Read site_config.yml; a missing or broken file gives findings and the defaults."""
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
    check_mkdocs_keys(root, raw, document, report)
    options, location = plugin_options(raw)
    if options:
        try:
            config.settings = Settings.model_validate(options)
        except ValidationError as error:
            report_validation_error(error, document, report, model=Settings, base=location)
    return config
