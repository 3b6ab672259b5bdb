"""The bureau's records: its annual results (content/annual/<year>.yml: grades, inspections,
abnormal list, commendations, training) and its policy explainers (content/policies/<id>.md)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Literal

from pydantic import ConfigDict, ValidationInfo, field_validator
from pydantic_core import PydanticCustomError

from generator.input.fieldtypes import Choice, Count, Date, Id, Para, Text, Url
from generator.input.records.base import F, Record, TitleValue

Grade = Literal["5A", "4A", "3A", "2A", "1A"]
Conclusion = Literal["qualified", "basically_qualified", "unqualified"]
PolicyStatus = Literal["in_force", "expired", "replaced"]


class Targets(Record):
    orgs_per_urban_community: Decimal | None = F(
        "城市社区平均社区社会组织数目标", default=None, ge=0
    )
    orgs_per_rural_community: Decimal | None = F(
        "农村社区平均社区社会组织数目标", default=None, ge=0
    )
    trained_person_times: Count | None = F("培训人次目标", default=None)


class GradeEntry(Record):
    grade: Grade = F("评估等级", "5A、4A、3A、2A 或 1A")
    awarded_on: Date | None = F("评定日期", default=None)
    valid_until: Date = F("有效期至", "一般为评定后五年")


class Inspection(Record):
    conclusion: Conclusion = F(
        "年检（年报）结论",
        "qualified（合格）、basically_qualified（基本合格）或 unqualified（不合格）",
    )
    note: Para | None = F("说明", default=None, max_length=200)


class AbnormalEntry(Record):
    org: Id = F("机构编号")
    listed_on: Date = F("列入日期")
    reason: Para = F("列入原因", max_length=200)


class Commendation(Record):
    title: Text = F("表彰名称", max_length=60)
    orgs: list[Id] = F("受表彰机构", min_length=1)
    awarded_on: Date | None = F("表彰日期", default=None)


class BureauYear(Record):
    """民政局年度公示：content/annual/<年份>.yml"""

    model_config = ConfigDict(title="民政局年度公示")

    year: Count = F("年度", "与文件名一致")
    publisher: Text = F("发布机构", max_length=40)
    published_on: Date = F("发布日期")
    index_no: Text | None = F(
        "索引号", "政府信息公开目录中本公示的索引号", default=None, max_length=40
    )
    publicity_until: Date | None = F(
        "公示期截止日期", "公示期从发布日期起到这一天（含）；不填则页面不写公示期", default=None
    )
    targets: Targets | None = F("目标", default=None)
    grades: dict[Id, GradeEntry] = F("评估等级", "机构编号 → 等级", default_factory=dict)
    inspections: dict[Id, Inspection] = F("年检结论", "机构编号 → 结论", default_factory=dict)
    abnormal_list: list[AbnormalEntry] = F("活动异常名录", default_factory=list)
    commendations: list[Commendation] = F("表彰", default_factory=list)
    training: dict[str, Count] = F("民政局组织的培训人次", "区名 → 人次", default_factory=dict)
    highlights: list[TitleValue] = F("年度亮点", default_factory=list, max_length=12)

    @field_validator("publicity_until")
    @classmethod
    def _after_publication(cls, value: date | None, info: ValidationInfo) -> date | None:
        """A 公示期 ends on or after the day the results were published."""
        published = info.data.get("published_on")
        if value is not None and published is not None and value < published:
            raise PydanticCustomError(
                "gongshi_invalid_format",
                "not before the publication date",
                {
                    "value": value.isoformat(),
                    "hint_zh": f"公示期截止日期不能早于发布日期 {published.isoformat()}",
                    "hint_en": f"the end of the 公示期 is not before publication, {published}",
                },
            )
        return value


# -- policy explainer --------------------------------------------------------------------------


class KeyNumber(Record):
    label: Text = F("说明", max_length=40)
    value: Text = F("数值", max_length=20)


class Policy(Record):
    """政策解读页面的文件头：content/policies/<编号>.md"""

    model_config = ConfigDict(title="政策解读")

    title: Text = F("标题", max_length=80)
    doc_number: Text | None = F("文号", default=None, max_length=40)
    issuer: Text = F("发布机构", max_length=40)
    issued_on: Date = F("发布日期")
    effective_on: Date | None = F("施行日期", default=None)
    status: PolicyStatus = F(
        "状态", "in_force（现行有效）、expired（已失效）或 replaced（已被替代）", default="in_force"
    )
    index_no: Text | None = F("索引号", default=None, max_length=40)
    topics: list[Choice("fields")] = F("主题分类", "服务领域", default_factory=list)  # type: ignore[valid-type]
    source_url: Url | None = F("原文链接", default=None)
    key_numbers: list[KeyNumber] = F("关键数字", default_factory=list, max_length=8)
    summary: Para = F("摘要", max_length=200)
