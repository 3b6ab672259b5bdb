"""What a project seeks, and the calls it can answer (项目对接).

A project's `seeking:` lists what it still needs — funding (how much, from which kind of funder),
volunteers (how many, what skills, when), a venue or a partner organization — each with a
deadline (`until`), and `met_on` once met. A call (征集) is the bureau's, or a street's in its own
folder: content/calls/<id>.yml, or content/calls/<folder>/<id>.yml where the settings give a
street's staff that folder. A project answers a call by naming it (`answers:`).
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict

from generator.input.fieldtypes import Choice, Count, Date, Money, Text, Url
from generator.input.records.base import F, Record

NeedKind = Literal["funding", "volunteers", "venue", "partner"]
FunderKind = Literal["government", "foundation", "enterprise", "public", "any"]
CallKind = Literal["government_purchase", "venture", "other"]

NEED_LABELS = {"funding": "资金", "volunteers": "志愿者", "venue": "场地", "partner": "合作机构"}
FUNDER_LABELS = {
    "government": "政府部门",
    "foundation": "基金会",
    "enterprise": "企业",
    "public": "公众募捐",
    "any": "不限",
}
CALL_LABELS = {"government_purchase": "政府购买服务", "venture": "公益创投", "other": "其他"}


class Need(Record):
    kind: NeedKind = F(
        "需要什么", "funding（资金）、volunteers（志愿者）、venue（场地）或 partner（合作机构）"
    )
    summary: Text = F("说明", "一句话说清楚需要什么、做什么用", max_length=100)
    amount_cny: Money | None = F("金额（元）", "需要资金时填写", default=None)
    funder: FunderKind | None = F(
        "希望的资助方",
        "government（政府部门）、foundation（基金会）、enterprise（企业）、public（公众募捐）或 any",
        default=None,
    )
    count: Count | None = F("人数", "需要志愿者时填写", default=None)
    skills: list[Text] = F("技能要求", "如“会开车”“懂急救”", default_factory=list, max_length=8)
    when: Text | None = F("时间", "如“每周三上午”", default=None, max_length=40)
    posted_on: Date = F("发布日期", "这条需求发布的日期")
    until: Date = F("截止日期", "过了这一天需求自动关闭")
    met_on: Date | None = F("已满足日期", "需求满足后填写", default=None)


class Call(Record):
    """民政局或街道的征集：content/calls/<编号>.yml 或 content/calls/<街道文件夹>/<编号>.yml"""

    model_config = ConfigDict(title="项目征集")

    title: Text = F("征集名称", "如“2025年云溪市公益创投大赛”", max_length=60)
    kind: CallKind = F(
        "类型", "government_purchase（政府购买服务）、venture（公益创投）或 other（其他）"
    )
    issuer: Text = F("发布单位", "如“云溪市民政局”或“湖滨街道办事处”", max_length=40)
    summary: Text = F("简介", "征集什么项目、谁可以申报", max_length=300)
    opens_on: Date = F("发布日期")
    deadline: Date = F("申报截止日期")
    budget_cny: Money | None = F("预算总额（元）", default=None)
    max_per_project_cny: Money | None = F("单个项目上限（元）", default=None)
    fields: list[Choice("fields")] = F("服务领域", default_factory=list, max_length=13)  # type: ignore[valid-type]
    service_targets: list[Choice("service_targets")] = F(  # type: ignore[valid-type]
        "服务对象", default_factory=list, max_length=9
    )
    projects_planned: Count | None = F("计划资助项目数", default=None)
    url: Url | None = F("通知原文网址", default=None)
