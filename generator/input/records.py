"""One pydantic model per record kind; the JSON Schemas, scaffolds and docs are generated from them.

Titles and descriptions are Chinese so editors show Chinese hints. Controlled lists (categories,
fields, service targets, activity types, themes) are checked against site_config.yml through the
validation context; closed enumerations (status, plan, funding type) are Literal codes with labels.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from generator.input.fieldtypes import (
    Bool,
    Choice,
    Color,
    Count,
    Date,
    Id,
    Login,
    Money,
    PartialDate,
    Text,
    Url,
)

EMAIL_PATTERN = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"


def F(title: str, description: str | None = None, **kwargs: Any) -> Any:
    """A field with a Chinese title and description."""
    return Field(title=title, description=description or title, **kwargs)


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=False)


# Labels of the closed enumerations, shown on pages and in messages.
LABELS: dict[str, dict[str, str]] = {
    "status": {"registered": "登记", "filed": "备案", "pending": "培育中"},
    "plan": {
        "cultivation": "培育发展",
        "capacity": "能力提升",
        "role": "作用发挥",
        "management": "规范管理",
    },
    "project_status": {
        "planned": "筹备中",
        "running": "进行中",
        "finished": "已结项",
        "suspended": "已暂停",
    },
    "funding_type": {
        "government_purchase": "政府购买服务",
        "venture": "公益创投",
        "lottery_fund": "彩票公益金",
        "donation": "社会捐赠",
        "self_raised": "自筹",
        "other": "其他",
    },
    "grade": {g: g for g in ("5A", "4A", "3A", "2A", "1A")},
    "inspection": {"qualified": "合格", "basically_qualified": "基本合格", "unqualified": "不合格"},
    "policy_status": {"in_force": "现行有效", "expired": "已失效", "replaced": "已被替代"},
    "area_kind": {"street": "街道", "township": "乡镇"},
    "community_type": {"urban": "城市社区", "rural": "农村社区"},
}

# Which fields the registration status makes required (one table for checks and JSON Schema).
STATUS_REQUIRES: dict[str, tuple[str, ...]] = {
    "registered": ("uscc", "registration_authority", "registered_on"),
    "filed": ("filing_no", "filing_authority", "filed_on"),
    "pending": (),
}

# Keys an organization might be tempted to write about itself, that only the bureau sets.
BUREAU_OWNED_KEYS = frozenset(
    {
        "grade",
        "grades",
        "evaluation",
        "evaluation_grade",
        "inspection",
        "inspections",
        "annual_inspection",
        "abnormal",
        "abnormal_list",
        "commendations",
    }
)

Status = Literal["registered", "filed", "pending"]
Plan = Literal["cultivation", "capacity", "role", "management"]
ProjectStatus = Literal["planned", "running", "finished", "suspended"]
FundingType = Literal[
    "government_purchase", "venture", "lottery_fund", "donation", "self_raised", "other"
]
Grade = Literal["5A", "4A", "3A", "2A", "1A"]
Conclusion = Literal["qualified", "basically_qualified", "unqualified"]
PolicyStatus = Literal["in_force", "expired", "replaced"]


# -- shared parts ------------------------------------------------------------------------------


class Area(Record):
    district: Text = F("区（县）", "与 content/areas.yml 中的名称一致，如“青山区”", max_length=30)
    street: Text = F("街道（乡镇）", "如“湖滨街道”", max_length=30)
    community: Text = F("社区（村）", "如“柳岸社区”", max_length=30)


class TitleValue(Record):
    title: Text = F("名称", "简短的说明，如“服务老人”", max_length=20)
    value: Text = F("数值", "如“1,200 人次”", max_length=20)


class Link(Record):
    title: Text = F("链接名称", max_length=40)
    url: Url = F("网址", "以 http:// 或 https:// 开头")


# -- organization ------------------------------------------------------------------------------


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
    note: Text | None = F("党建说明", "如“与社区党委联建”", default=None, max_length=200)


class Brand(Record):
    logo: Text | None = F(
        "标志文件", "机构文件夹里的图片文件名，如 logo.png", default=None, max_length=100
    )
    color: Color | None = F(
        "品牌色", '十六进制颜色，如 "#1B5E20"；与白色对比度须 ≥ 4.5:1', default=None
    )
    slogan: Text | None = F("口号", "不超过 30 字", default=None, max_length=30)
    story: Text | None = F(
        "品牌故事", "可用 Markdown，不超过 2000 字", default=None, max_length=2000
    )
    highlights: list[TitleValue] = F("亮点数字", "最多 6 条", default_factory=list, max_length=6)
    cover: Text | None = F("封面照片", "机构文件夹里的照片文件名", default=None, max_length=100)


class Honor(Record):
    title: Text = F("荣誉名称", max_length=60)
    awarded_by: Text | None = F("授予单位", default=None, max_length=60)
    year: Count = F("年份", "如 2023")


class Verified(Record):
    on: Date = F("核实日期", "资料最近一次被核实的日期")
    by: Text = F("核实单位", "如“湖滨街道办事处”", max_length=40)


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
    incubator: Text | None = F("孵化机构", "孵化基地或服务平台", default=None, max_length=60)
    parent: Id | None = F("所属枢纽型组织", "枢纽型组织（如联合会）的机构编号", default=None)
    founded: PartialDate = F("成立时间", "如 2019-03 或 2019年3月")
    category: Choice("categories") = F("类别", "如“生活服务类”")  # type: ignore[valid-type]
    fields: list[Choice("fields")] = F(
        "服务领域", "如 [养老服务, 邻里互助]", min_length=1, max_length=8
    )  # type: ignore[valid-type]
    service_targets: list[Choice("service_targets")] = F(  # type: ignore[valid-type]
        "服务对象", "如 [老年人, 全体居民]", min_length=1, max_length=9
    )
    purpose: Text = F("宗旨和业务范围", "不超过 300 字", max_length=300)
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
    verified: Verified | None = F("资料核实", default=None)
    links: list[Link] = F("相关链接", default_factory=list, max_length=10)


# -- project -----------------------------------------------------------------------------------


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
    summary: Text = F("项目简介", "不超过 200 字", max_length=200)
    description: Text | None = F("详细介绍", "可用 Markdown", default=None, max_length=5000)
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


# -- activity ----------------------------------------------------------------------------------


class Photo(Record):
    file: Text = F("照片文件", "活动照片文件夹里的文件名，如 001.jpg", max_length=100)
    alt: Text = F("画面描述", "用一句话描述照片内容，供读屏软件朗读", min_length=2, max_length=200)
    caption: Text | None = F("图片说明", default=None, max_length=200)
    credit: Text | None = F("摄影", default=None, max_length=40)
    contains_minors: Bool = F("有未成年人", "照片里能认出未成年人时写 true", default=False)
    consent: Bool = F("监护人已同意", "有未成年人时必须取得监护人书面同意并写 true", default=False)


class Activity(Record):
    """机构的活动：orgs/<机构编号>/activities/<YYYY-MM-DD>-<英文短名>.yml"""

    model_config = ConfigDict(title="活动")

    title: Text = F("活动名称", max_length=60)
    date: Date = F("活动日期", "与文件名中的日期一致")
    end_date: Date | None = F("结束日期", "多日活动填写", default=None)
    place: Text = F("活动地点", max_length=100)
    project: Id | None = F("所属项目", "本机构项目的编号（projects/ 里的文件名）", default=None)
    type: Choice("activity_types") | None = F("活动类型", "如“志愿服务”“培训”", default=None)  # type: ignore[valid-type]
    theme: Choice("themes") | None = F("主题活动", "如“邻里守望”", default=None)  # type: ignore[valid-type]
    co_organizers: list[Id] = F(
        "联合主办机构", "其他机构的编号", default_factory=list, max_length=60
    )
    participants: Count | None = F("参与人数", default=None)
    volunteers: Count | None = F("志愿者人数", default=None)
    volunteer_hours: Money | None = F("志愿服务时长（小时）", default=None)
    description: Text | None = F(
        "活动介绍", "可用 Markdown，不超过 3000 字", default=None, max_length=3000
    )
    cover: Text | None = F("封面照片", "photos 中某张照片的文件名", default=None, max_length=100)
    photos: list[Photo] = F("照片", default_factory=list, max_length=60)


# -- annual report -----------------------------------------------------------------------------


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
    note: Text = F("更正说明", "改了什么、为什么改", max_length=300)


class AnnualReport(Record):
    """机构年度报告：orgs/<机构编号>/reports/<年份>.yml"""

    model_config = ConfigDict(title="年度报告")

    year: Count = F("年度", "与文件名一致，如 2023")
    activities_count: Count | None = F("开展活动次数", default=None)
    beneficiaries: Count | None = F("服务人次", default=None)
    volunteer_hours: Money | None = F("志愿服务时长（小时）", default=None)
    trained_person_times: Count | None = F("培训人次", "机构组织或参加培训的人次", default=None)
    income: Income | None = F("收入（元）", "各项之和须等于 total", default=None)
    expenditure: Expenditure | None = F("支出（元）", "各项之和须等于 total", default=None)
    members: Count | None = F("年末成员数", default=None)
    volunteers: Count | None = F("年末志愿者数", default=None)
    governance_changes: Text | None = F("人员与机构变动", default=None, max_length=1000)
    party_building: Text | None = F("党建工作", default=None, max_length=1000)
    corrections: list[Correction] = F(
        "更正记录", "更正已公开的年报时写明改了什么", default_factory=list, max_length=20
    )


# -- the bureau's annual results ---------------------------------------------------------------


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
    note: Text | None = F("说明", default=None, max_length=200)


class AbnormalEntry(Record):
    org: Id = F("机构编号")
    listed_on: Date = F("列入日期")
    reason: Text = F("列入原因", max_length=200)


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
    targets: Targets | None = F("目标", default=None)
    grades: dict[Id, GradeEntry] = F("评估等级", "机构编号 → 等级", default_factory=dict)
    inspections: dict[Id, Inspection] = F("年检结论", "机构编号 → 结论", default_factory=dict)
    abnormal_list: list[AbnormalEntry] = F("活动异常名录", default_factory=list)
    commendations: list[Commendation] = F("表彰", default_factory=list)
    training: dict[str, Count] = F("民政局组织的培训人次", "区名 → 人次", default_factory=dict)
    highlights: list[TitleValue] = F("年度亮点", default_factory=list, max_length=12)


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
    summary: Text = F("摘要", max_length=200)


# -- areas -------------------------------------------------------------------------------------


class Community(Record):
    name: Text = F("社区（村）名称", max_length=30)
    id: Id = F("编号", "拼音，用于网址")
    type: Literal["urban", "rural"] = F("类型", "urban（城市社区）或 rural（农村社区）")


class Street(Record):
    name: Text = F("街道（乡镇）名称", max_length=30)
    id: Id = F("编号")
    kind: Literal["street", "township"] = F(
        "类型", "street（街道）或 township（乡镇）", default="street"
    )
    communities: list[Community] = F("社区", min_length=1)


class District(Record):
    name: Text = F("区（县）名称", max_length=30)
    id: Id = F("编号")
    streets: list[Street] = F("街道（乡镇）", min_length=1)


class Areas(Record):
    """行政区划：content/areas.yml"""

    model_config = ConfigDict(title="行政区划")

    city: Text = F("城市", max_length=30)
    districts: list[District] = F("区（县）", min_length=1)


RECORD_KINDS: dict[str, type[Record]] = {
    "organization": Organization,
    "project": Project,
    "activity": Activity,
    "annual-report": AnnualReport,
    "bureau-year": BureauYear,
    "policy": Policy,
    "areas": Areas,
}


def known_keys() -> frozenset[str]:
    """Every field name of every record model, for spotting keys typed with the wrong colon."""
    names: set[str] = set()
    seen: set[type] = set()

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(name)
            for candidate in _models_in(info.annotation):
                visit(candidate)

    for model in RECORD_KINDS.values():
        visit(model)
    return frozenset(names)


def _models_in(annotation: Any) -> list[type[BaseModel]]:
    found: list[type[BaseModel]] = []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    for argument in getattr(annotation, "__args__", ()) or ():
        found += _models_in(argument)
    return found


def model_at(model: type[BaseModel], location: tuple) -> type[BaseModel] | None:
    """The nested model class found at a location inside a record, if any."""
    current: type[BaseModel] | None = model
    skip_key = False
    for part in location:
        if current is None:
            return None
        if isinstance(part, int) or skip_key:
            skip_key = False
            continue
        info = current.model_fields.get(part)
        if info is None:
            return None
        skip_key = getattr(info.annotation, "__origin__", None) is dict
        inner = _models_in(info.annotation)
        current = inner[0] if inner else None
    return current


__all__ = [
    "BUREAU_OWNED_KEYS",
    "LABELS",
    "RECORD_KINDS",
    "STATUS_REQUIRES",
    "Activity",
    "AnnualReport",
    "Areas",
    "BureauYear",
    "Organization",
    "Policy",
    "Project",
    "date",
]
