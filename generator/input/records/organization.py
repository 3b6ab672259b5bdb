"""An organization's profile and brand: orgs/<id>/org.yml."""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from generator.input.fieldtypes import (
    Bool,
    Choice,
    Color,
    Count,
    Date,
    Id,
    Login,
    Para,
    PartialDate,
    Text,
    Url,
)
from generator.input.records.base import Area, F, Link, Record, TitleValue

Status = Literal["registered", "filed", "pending"]


EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


class Venue(Record):
    name: Text | None = F("场地名称", "如“柳岸社区党群服务中心活动室”", default=None, max_length=60)
    address: Text | None = F(
        "场地地址", "活动场地的地址，不要写个人住址", default=None, max_length=100
    )
    geo: list[Decimal] | None = F(
        "经纬度", "[经度, 纬度]，如 [120.15, 30.28]", default=None, min_length=2, max_length=2
    )


class Contact(Record):
    phone: Text | None = F(
        "联系电话", "机构办公电话或公用号码，不写个人手机", default=None, max_length=30
    )
    email: Annotated[str, Field(pattern=EMAIL_PATTERN, max_length=80)] | None = F(
        "电子邮箱", "机构公用邮箱", default=None
    )
    wechat_official_account: Text | None = F("微信公众号", default=None, max_length=40)
    website: Url | None = F("网站", default=None)


class Leader(Record):
    name: Text | None = F("负责人姓名", default=None, max_length=20)
    role: Text | None = F("负责人职务", "如“会长”“队长”", default=None, max_length=20)


class People(Record):
    members: Count | None = F("成员人数", default=None)
    volunteers: Count | None = F("志愿者人数", default=None)
    staff_full_time: Count | None = F("专职工作人员", default=None)
    staff_part_time: Count | None = F("兼职工作人员", default=None)


class Party(Record):
    has_branch: Bool | None = F("是否建立党组织", "true 或 false", default=None)
    note: Para | None = F("党建说明", "如“与社区党委联建”", default=None, max_length=200)


class Brand(Record):
    logo: Text | None = F(
        "标志文件", "机构文件夹里的图片文件名，如 logo.png", default=None, max_length=100
    )
    color: Color | None = F(
        "品牌色", '十六进制颜色，如 "#1B5E20"；与白色对比度须 ≥ 4.5:1', default=None
    )
    slogan: Text | None = F("口号", "不超过 30 字", default=None, max_length=30)
    story: Para | None = F(
        "品牌故事", "可用 Markdown，不超过 2000 字", default=None, max_length=2000
    )
    highlights: list[TitleValue] = F("亮点数字", "最多 6 条", default_factory=list, max_length=6)
    cover: Text | None = F("封面照片", "机构文件夹里的照片文件名", default=None, max_length=100)


class Honor(Record):
    title: Text = F("荣誉名称", max_length=60)
    awarded_by: Text | None = F(
        "授予单位",
        "政府机关（民政局、人民政府、街道办事处等）授予的荣誉，民政局表彰登记册中有同名同年的"
        "表彰时显示为“已核实”，否则显示为“自报”",
        default=None,
        max_length=60,
    )
    year: Count = F("年份", "如 2023")


class Verified(Record):
    on: Date = F("核实日期", "资料最近一次被核实的日期")
    by: Text = F("核实单位", "如“湖滨街道办事处”", max_length=40)


ActivityRef = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9]+(?:-[a-z0-9]+)*/\d{4}-\d{2}-\d{2}-[a-z0-9]+(?:-[a-z0-9]+)*$",
        max_length=140,
    ),
]


class Incubation(Record):
    platform: Id = F("孵化平台编号", "平台的机构编号，或民政局支持平台登记册中的编号")
    since: PartialDate | None = F("孵化开始", "如 2021-03", default=None)
    until: PartialDate | None = F("出壳（孵化结束）", "如 2022-06", default=None)


class Organization(Record):
    """社区社会组织的基本信息与品牌：orgs/<机构编号>/org.yml"""

    model_config = ConfigDict(title="社区社会组织")

    name: Text = F("机构名称", "全称，如“柳岸社区阳光助老服务队”", max_length=60)
    short_name: Text | None = F("简称", default=None, max_length=20)
    former_names: list[Text] = F("曾用名", default_factory=list, max_length=10)
    status: Status = F("登记状态", "registered（登记）、filed（备案）或 pending（培育中）")
    uscc: Text | None = F("统一社会信用代码", "登记的机构填写，18 位", default=None, max_length=18)
    registration_authority: Text | None = F(
        "登记管理机关", "如“云溪市青山区民政局”", default=None, max_length=40
    )
    registered_on: Date | None = F("登记日期", default=None)
    filing_no: Text | None = F("备案编号", "备案的机构填写", default=None, max_length=40)
    filing_authority: Text | None = F("备案机关", "如“湖滨街道办事处”", default=None, max_length=40)
    filed_on: Date | None = F("备案日期", default=None)
    guiding_unit: Text | None = F("指导单位", "如“柳岸社区居民委员会”", default=None, max_length=40)
    incubator: Text | None = F(
        "孵化机构（文字）",
        "孵化基地或服务平台的名称；能对应到机构或平台编号时请写 incubated_by",
        default=None,
        max_length=60,
    )
    incubated_by: list[Incubation] = F(
        "孵化平台",
        "孵化本机构的平台：平台的机构编号，或民政局支持平台登记册中的编号；平台确认后两边都显示",
        default_factory=list,
        max_length=5,
    )
    member_of: list[Id] = F(
        "所属枢纽型组织",
        "本机构加入的枢纽型组织（如联合会）的机构编号，可以有几个；对方在 members 中确认后两边都显示",
        default_factory=list,
        max_length=10,
    )
    parent: Id | None = F(
        "所属枢纽型组织（已停用）", "请改写为 member_of: [机构编号]", default=None
    )
    founded: PartialDate = F("成立时间", "如 2019-03 或 2019年3月")
    category: Choice("categories") = F("类别", "如“生活服务类”")  # type: ignore[valid-type]
    fields: list[Choice("fields")] = F(
        "服务领域", "如 [养老服务, 邻里互助]", min_length=1, max_length=8
    )  # type: ignore[valid-type]
    service_targets: list[Choice("service_targets")] = F(  # type: ignore[valid-type]
        "服务对象", "如 [老年人, 全体居民]", min_length=1, max_length=9
    )
    purpose: Para = F("宗旨和业务范围", "不超过 300 字", max_length=300)
    area: Area = F("所在区域", "区、街道、社区")
    venue: Venue | None = F("活动场地", default=None)
    contact: Contact | None = F("联系方式", "只写机构的联系方式", default=None)
    leader: Leader | None = F("负责人", "只写姓名和职务，不写个人电话", default=None)
    people: People | None = F("人员", default=None)
    party: Party | None = F("党建", default=None)
    brand: Brand | None = F("品牌", default=None)
    honors: list[Honor] = F("荣誉", default_factory=list, max_length=30)
    maintainers: list[Login] = F(
        "维护人账号", "可以修改本文件夹的代码托管平台账号", min_length=1, max_length=10
    )
    verified: Verified | None = F(
        "资料核实（已停用）",
        "资料核实由民政局在 content/registers/verifications.yml 中登记，机构不能自己写",
        default=None,
    )
    links: list[Link] = F("相关链接", default_factory=list, max_length=10)
    # links to other organizations, confirmed here from this side (枢纽、平台、联合主办)
    members: list[Id] = F(
        "确认的成员组织",
        "枢纽型组织填写：确认加入本组织的机构编号（对方在 member_of 中写了本组织）",
        default_factory=list,
        max_length=500,
    )
    incubated: list[Id] = F(
        "确认孵化的机构",
        "孵化平台（基地）填写：确认由本平台孵化的机构编号（对方在 incubated_by 中写了本平台）",
        default_factory=list,
        max_length=500,
    )
    joined: list[ActivityRef] = F(
        "确认参与联合主办的活动",
        "其他机构的活动把本机构列为联合主办时，在这里写“机构编号/活动文件名”确认，如 "
        "liuan-yangguang/2024-05-12-yiyuan；确认后活动才显示在本机构页面上",
        default_factory=list,
        max_length=500,
    )
