"""The bureau's registers: content/registers/<name>.yml, bureau-owned, each entry dated.

An entry lasts until it ends by a dated entry of its own (removed_on, ended_on, valid_until): no
omission, in any later file, clears it. Organizations are named by their folder id; the bureau's
facts about an organization live here, never in the organization's own folder.
"""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict

from generator.input.fieldtypes import Bool, Count, Date, Id, Para, Text
from generator.input.records.base import F, Record
from generator.input.records.bureau import Conclusion, Grade

ListKind = Literal["abnormal", "serious_violation"]
Ground = Literal["report_missing", "unreachable", "other"]
StatusChangeKind = Literal["deregistered", "revoked"]


class GradeAward(Record):
    org: Id = F("机构编号")
    grade: Grade = F("评估等级", "5A、4A、3A、2A 或 1A")
    awarded_on: Date = F("评定日期")
    valid_until: Date = F("有效期至", "一般为评定后五年")
    authority: Text = F("评定机关", "如“云溪市民政局”", max_length=40)
    ended_on: Date | None = F("提前终止日期", "等级被撤销或降级时填写", default=None)
    end_reason: Para | None = F("终止原因", default=None, max_length=200)


class InspectionResult(Record):
    org: Id = F("机构编号")
    year: Count = F("年度", "检查的是哪一年的工作，如 2023")
    conclusion: Conclusion = F(
        "年检（年报）结论",
        "qualified（合格）、basically_qualified（基本合格）或 unqualified（不合格）",
    )
    decided_on: Date | None = F("结论日期", default=None)
    authority: Text | None = F("检查机关", default=None, max_length=40)
    note: Para | None = F("说明", default=None, max_length=200)


class ListingGround(Record):
    kind: Ground = F(
        "依据类型", "report_missing（未按规定报送年度报告）、unreachable（无法联系）或 other"
    )
    year: Count | None = F("所涉年度", "report_missing 时填写未报送的是哪一年的报告", default=None)


class Listing(Record):
    org: Id = F("机构编号")
    list: ListKind = F("名录", "abnormal（活动异常名录）或 serious_violation（严重违法失信名单）")
    listed_on: Date = F("列入日期")
    reason: Para = F("列入原因", "如“未按规定报送2023年度工作报告”", max_length=200)
    authority: Text = F("作出决定的机关", "如“云溪市民政局”", max_length=40)
    ground: ListingGround | None = F("依据", "让网站能核对原因是否与记录一致", default=None)
    removed_on: Date | None = F("移出日期", default=None)
    removal_reason: Para | None = F("移出原因", default=None, max_length=200)


class CommendationEntry(Record):
    title: Text = F("表彰名称", "与机构自报的荣誉名称一致时，机构页面上显示为已核实", max_length=60)
    awarded_by: Text = F("授予单位", max_length=60)
    on: Date = F("表彰日期")
    orgs: list[Id] = F("受表彰机构", min_length=1, max_length=500)


class Verification(Record):
    org: Id = F("机构编号")
    on: Date = F("核实日期")
    by: Text = F("核实单位", "如“湖滨街道办事处”", max_length=40)


class PlatformIncubation(Record):
    org: Id = F("机构编号")
    since: Date | None = F("孵化开始", default=None)
    until: Date | None = F("出壳（孵化结束）", default=None)


class Platform(Record):
    id: Id = F("平台编号", "小写字母、数字和连字符，如 hubin-fuhua")
    name: Text = F("平台名称", "如“湖滨街道社区社会组织孵化基地”", max_length=60)
    operator: Text | None = F("运营机构", default=None, max_length=60)
    operator_org: Id | None = F("运营机构编号", "运营机构在本网站有文件夹时填写", default=None)
    address: Text | None = F("地址", default=None, max_length=100)
    incubated: list[PlatformIncubation] = F(
        "孵化的机构", "平台没有自己的机构文件夹时，由民政局在这里确认", default_factory=list
    )


class StatusChange(Record):
    org: Id = F("机构编号")
    status: StatusChangeKind = F("变更", "deregistered（注销）或 revoked（撤销登记）")
    on: Date = F("生效日期")
    authority: Text = F("决定机关", max_length=40)
    reason: Para | None = F("原因", default=None, max_length=200)
    withdraw_page: Bool = F(
        "撤下机构页面", "true：不再显示机构页面；false：保留页面并标明状态", default=False
    )


class LinkConfirmation(Record):
    org: Id = F("机构编号", "声明关系的一方")
    other: Id = F("对方编号", "枢纽型组织、孵化平台或联合主办活动的机构")
    kind: Literal["member_of", "incubated_by", "co_organizer"] = F(
        "关系", "member_of（成员）、incubated_by（孵化）或 co_organizer（联合主办）"
    )
    activity: Text | None = F(
        "活动", "co_organizer 时写活动文件名，如 2024-05-12-yiyuan", default=None, max_length=80
    )


class Registers(Record):
    """民政局登记册：content/registers/ 下的文件（grades.yml、inspections.yml、listings.yml、
    commendations.yml、verifications.yml、platforms.yml、status.yml、links.yml），每个文件一个同名的列表"""

    model_config = ConfigDict(title="民政局登记册")

    grades: list[GradeAward] = F("评估等级", default_factory=list)
    inspections: list[InspectionResult] = F("年检（年报）结论", default_factory=list)
    listings: list[Listing] = F("活动异常名录和严重违法失信名单", default_factory=list)
    commendations: list[CommendationEntry] = F("表彰", default_factory=list)
    verifications: list[Verification] = F("资料核实", default_factory=list)
    platforms: list[Platform] = F("支持平台（孵化基地）", default_factory=list)
    status: list[StatusChange] = F("注销和撤销登记", default_factory=list)
    links: list[LinkConfirmation] = F("民政局确认的机构间关系", default_factory=list)


REGISTER_FILES = tuple(Registers.model_fields)  # content/registers/<name>.yml holds `<name>: [...]`
