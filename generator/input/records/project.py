"""An organization's service project: orgs/<id>/projects/<project>.yml."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict

from generator.input.fieldtypes import Bool, Choice, Count, Date, Money, Para, Text
from generator.input.records.base import Area, F, Record, TitleValue

Plan = Literal["cultivation", "capacity", "role", "management"]
ProjectStatus = Literal["planned", "running", "finished", "suspended"]
FundingType = Literal[
    "government_purchase", "venture", "lottery_fund", "donation", "self_raised", "other"
]


class Period(Record):
    start: Date = F("开始日期")
    end: Date | None = F("结束日期", default=None)


class Funding(Record):
    type: FundingType = F(
        "资金类型",
        "government_purchase（政府购买服务）、venture（公益创投）、lottery_fund（彩票公益金）、"
        "donation（社会捐赠）、self_raised（自筹）或 other（其他）",
    )
    funder: Text | None = F("资助方", default=None, max_length=60)
    amount_cny: Money | None = F("金额（元）", default=None)
    awarded_on: Date | None = F("立项日期", default=None)
    reference: Text | None = F("合同或立项编号", default=None, max_length=60)


class Beneficiaries(Record):
    group: Text | None = F("受益群体", default=None, max_length=40)
    count: Count | None = F("受益人数", default=None)
    person_times: Count | None = F("受益人次", default=None)


class Document(Record):
    title: Text = F("文件名称", max_length=60)
    file: Text = F("文件", "项目文件夹里的文件名", max_length=100)


class Project(Record):
    """机构的服务项目：orgs/<机构编号>/projects/<项目编号>.yml"""

    model_config = ConfigDict(title="服务项目")

    title: Text = F("项目名称", max_length=60)
    summary: Para = F("项目简介", "不超过 200 字", max_length=200)
    description: Para | None = F("详细介绍", "可用 Markdown", default=None, max_length=5000)
    plan: Plan = F(
        "所属计划",
        "cultivation（培育发展）、capacity（能力提升）、role（作用发挥）或 management（规范管理）",
    )
    fields: list[Choice("fields")] = F("服务领域", min_length=1, max_length=8)  # type: ignore[valid-type]
    service_targets: list[Choice("service_targets")] = F(
        "服务对象", default_factory=list, max_length=9
    )  # type: ignore[valid-type]
    area: Area | None = F("服务区域", "不写则为机构所在区域", default=None)
    period: Period = F("项目周期")
    status: ProjectStatus = F(
        "项目状态", "planned（筹备中）、running（进行中）、finished（已结项）或 suspended（已暂停）"
    )
    funding: list[Funding] = F("资金来源", default_factory=list, max_length=20)
    beneficiaries: Beneficiaries | None = F("受益情况", default=None)
    partners: list[Text] = F("合作方", default_factory=list, max_length=20)
    outcomes: list[TitleValue] = F("项目成效", default_factory=list, max_length=10)
    brand_project: Bool = F("品牌项目", "是否为机构的品牌项目", default=False)
    documents: list[Document] = F("项目文件", default_factory=list, max_length=20)
