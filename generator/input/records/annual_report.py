"""An organization's annual report: orgs/<id>/reports/<year>.yml."""

from __future__ import annotations

from pydantic import ConfigDict

from generator.input.fieldtypes import Count, Date, Money, Para, Text
from generator.input.records.base import F, Record


class Income(Record):
    government_purchase: Money | None = F("政府购买服务", default=None)
    venture: Money | None = F("公益创投", default=None)
    lottery_fund: Money | None = F("彩票公益金", default=None)
    donation: Money | None = F("社会捐赠", default=None)
    self_raised: Money | None = F("自筹", default=None)
    other: Money | None = F("其他", default=None)
    total: Money = F("收入合计")


class Expenditure(Record):
    program: Money | None = F("业务活动支出", default=None)
    admin: Money | None = F("管理费用", default=None)
    other: Money | None = F("其他支出", default=None)
    total: Money = F("支出合计")


class Correction(Record):
    on: Date = F("更正日期")
    note: Para = F("更正说明", "改了什么、为什么改", max_length=300)


class Training(Record):
    delivered: Count | None = F(
        "组织的培训人次", "本机构组织、讲授的培训的参加人次（计入全市培训总数）", default=None
    )
    attended: Count | None = F(
        "参加的培训人次",
        "本机构成员参加其他单位组织的培训的人次（只展示，不计入总数）",
        default=None,
    )


class Explanation(Record):
    field: Text = F("字段", "说明的是哪一项，如 beneficiaries 或 training.delivered", max_length=60)
    note: Para = F("说明", "为什么这个数字比通常大得多，依据是什么", max_length=300)


class AnnualReport(Record):
    """机构年度报告：orgs/<机构编号>/reports/<年份>.yml"""

    model_config = ConfigDict(title="年度报告")

    year: Count = F("年度", "与文件名一致，如 2023")
    activities_count: Count | None = F("开展活动次数", default=None)
    beneficiaries: Count | None = F("服务人次", default=None)
    volunteer_hours: Money | None = F("志愿服务时长（小时）", default=None)
    training: Training | None = F("培训", "组织的和参加的培训人次分开填写", default=None)
    trained_person_times: Count | None = F(
        "培训人次（已停用）",
        "请改写为 training: {delivered: 组织的人次, attended: 参加的人次}",
        default=None,
    )
    income: Income | None = F("收入（元）", "各项之和须等于 total", default=None)
    expenditure: Expenditure | None = F("支出（元）", "各项之和须等于 total", default=None)
    members: Count | None = F("年末成员数", default=None)
    volunteers: Count | None = F("年末志愿者数", default=None)
    governance_changes: Para | None = F("人员与机构变动", default=None, max_length=1000)
    party_building: Para | None = F("党建工作", default=None, max_length=1000)
    corrections: list[Correction] = F(
        "更正记录", "更正已公开的年报时写明改了什么", default_factory=list, max_length=20
    )
    explanations: list[Explanation] = F(
        "数字说明",
        "某项数字远超常规时写明依据；说明会提交民政局审核，不会被自动接受",
        default_factory=list,
        max_length=20,
    )
