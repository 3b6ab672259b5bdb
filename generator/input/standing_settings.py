"""The settings of an organization's standing (site_config.yml → plugins → gongshi): when an
annual report becomes overdue (`reporting`), and the disclosure levels (`disclosure`) — one table
of levels, each with what it asks of the records, and when a level lapses.

Disclosure levels (公示等级) say how much an organization discloses; they are computed from its
records and never written by anyone, and they are not the bureau's evaluation grade (5A–1A).
"""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from generator.input.fieldtypes import Id, Login, Text
from generator.input.records import F, Record

# What a level can ask of the records (the explainer page says each in words).
Requirement = Literal[
    "contact",  # a role-based phone or e-mail
    "leader",  # the leader's role or name
    "venue",  # a venue with its address
    "project",  # at least one project
    "brand",  # a logo, a slogan or a story
    "report",  # the latest annual report, with income and expenditure, not lapsed
    "outcomes",  # a project with outcomes
    "judged",  # a project or activity judged by residents
]

REQUIREMENT_LABELS: dict[str, tuple[str, str]] = {
    "contact": ("机构联系方式", "org.yml 的 contact 中写明机构的电话或电子邮箱"),
    "leader": ("负责人", "org.yml 的 leader 中写明负责人的职务或姓名"),
    "venue": ("活动场地", "org.yml 的 venue 中写明场地名称和地址"),
    "project": ("服务项目", "在 projects/ 中至少公示一个服务项目"),
    "brand": ("品牌信息", "org.yml 的 brand 中写明标志（logo）、口号或品牌故事"),
    "report": (
        "最新年度报告（含收支）",
        "reports/ 中有最新一年的年度报告，写明 income 和 expenditure",
    ),
    "outcomes": ("项目成效", "至少一个项目写明 outcomes（项目成效）"),
    "judged": ("群众评价", "至少一个项目或活动记录了居民的评价（judged）"),
}


class Reporting(Record):
    """When last year's annual report is due: after the deadline, a registered or filed
    organization founded before that year began and without the report is 年报逾期."""

    deadline_month: int = Field(default=5, ge=1, le=12, title="年报截止月份（次年）")
    deadline_day: int = Field(default=31, ge=1, le=31, title="年报截止日（次年）")

    @model_validator(mode="after")
    def _a_real_day(self) -> Reporting:
        try:
            date(2023, self.deadline_month, self.deadline_day)  # not a leap year: no 2 月 29 日
        except ValueError:
            raise PydanticCustomError(
                "gongshi_invalid_format",
                "a day of the year",
                {
                    "value": f"{self.deadline_month} 月 {self.deadline_day} 日",
                    "hint_zh": "截止日要是每年都有的日期，如 deadline_month: 5、deadline_day: 31",
                    "hint_en": "a day every year has, e.g. deadline_month: 5, deadline_day: 31",
                },
            ) from None
        return self

    def deadline(self, year: int) -> date:
        """The last day to file the report of `year` (a day of the following year)."""
        return date(year + 1, self.deadline_month, self.deadline_day)


class DisclosureLevel(Record):
    id: Id = F("等级编号", "英文或拼音，用于网址和筛选，如 basic")
    name: Text = F("等级名称", "如“基础公示”；不要用“A级”之类，以免与评估等级混淆", max_length=12)
    requires: list[Requirement] = F(
        "要求",
        "在前一等级的要求之上还要公示什么：contact、leader、venue、project、brand、report、"
        "outcomes、judged",
        min_length=1,
        max_length=8,
    )


DEFAULT_LEVELS = [
    DisclosureLevel(id="basic", name="基础公示", requires=["contact", "leader", "venue"]),
    DisclosureLevel(id="projects", name="项目公示", requires=["project", "brand"]),
    DisclosureLevel(id="finances", name="财务公示", requires=["report"]),
    DisclosureLevel(id="results", name="成效公示", requires=["outcomes", "judged"]),
]


class Disclosure(Record):
    """公示等级：一张表，从低到高，每级在前一级之上的要求；年报过旧时依赖年报的等级失效。"""

    levels: list[DisclosureLevel] = F(
        "公示等级（从低到高）", default_factory=lambda: list(DEFAULT_LEVELS), max_length=8
    )
    lapse_months: int = Field(
        default=18,
        ge=1,
        le=120,
        title="年报有效月数",
        description="最新年度报告的年度结束后超过这么多个月，要求年报的等级即失效",
    )

    @model_validator(mode="after")
    def _distinct(self) -> Disclosure:
        seen: set[str] = set()
        for level in self.levels:
            if level.id in seen or level.name in seen:
                raise PydanticCustomError(
                    "gongshi_invalid_format",
                    "distinct levels",
                    {
                        "value": level.id,
                        "hint_zh": "每个公示等级的编号和名称都不能重复",
                        "hint_en": "each level's id and name are unique",
                    },
                )
            seen |= {level.id, level.name}
        return self


class CallFolder(Record):
    """A street's own folder of calls (content/calls/<street>/), kept by its staff."""

    id: Id = F("文件夹编号", "content/calls/ 下的文件夹名，如 hubin")
    street: Text = F(
        "街道（乡镇）", "与 content/areas.yml 中的名称一致，如“湖滨街道”", max_length=30
    )
    maintainers: list[Login] = F("维护人账号", "可以修改这个文件夹的账号", min_length=1)
