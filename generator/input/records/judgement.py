"""How residents judged a project or an activity (成效让群众评判): one round a survey, a
residents' meeting or a hotline's calls, with when, how many answered and the share satisfied.

An organization's own folder holds only the rounds it ran itself (`judged:` in a project or an
activity); a street's, the bureau's or an independent evaluator's live in the bureau's register
content/registers/evaluations.yml, so nobody grades their own work in someone else's name.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import Field

from generator.input.fieldtypes import Count, Date, Id, Money, Text
from generator.input.records.base import F, Record

Method = Literal["survey", "meeting", "hotline", "other"]
Evaluator = Literal["street", "bureau", "independent"]

METHOD_LABELS = {
    "survey": "问卷调查",
    "meeting": "居民议事会",
    "hotline": "热线回访",
    "other": "其他",
}
JUDGED_BY_LABELS = {
    "self": "机构自评",
    "street": "街道评价",
    "bureau": "民政局评价",
    "independent": "第三方评估",
}

Share = Annotated[Money, Field(le=Decimal(100))]


class Judgement(Record):
    method: Method = F(
        "评价方式", "survey（问卷调查）、meeting（居民议事会）、hotline（热线回访）或 other"
    )
    on: Date = F("评价日期", "问卷收回或会议召开的日期")
    answered: Count | None = F("参与评价人数", "答卷、到会或回访的居民人数", default=None)
    satisfied_share: Share | None = F(
        "满意率（%）", "0 到 100，如 92.5；填写时须同时写 answered", default=None
    )
    note: Text | None = F("说明", "如“居民最希望增加周末场次”", default=None, max_length=200)


class Evaluation(Judgement):
    org: Id = F("机构编号")
    project: Id | None = F("项目编号", "评价的是哪个项目（projects/ 里的文件名）", default=None)
    activity: Text | None = F(
        "活动", "评价的是哪次活动，写活动文件名，如 2024-05-12-yiyuan", default=None, max_length=80
    )
    by: Evaluator = F("评价方", "street（街道）、bureau（民政局）或 independent（第三方）")
    evaluator: Text = F("评价单位", "如“湖滨街道办事处”或第三方评估机构的名称", max_length=60)
