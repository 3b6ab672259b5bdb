"""The parts every record model shares: the base class, Chinese field titles, the labels of the closed
enumerations, parts used by several kinds, and walking a model's nested fields."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

from generator.input.fieldtypes import Text, Url


def F(title: str, description: str | None = None, **kwargs: Any) -> Any:
    """A field with a Chinese title and description."""
    return Field(title=title, description=description or title, **kwargs)


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, frozen=True)


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


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """The model classes inside a field's annotation (list[Photo], Venue | None, dict[Id, Grade])."""
    found: list[type[BaseModel]] = []
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    for argument in getattr(annotation, "__args__", ()) or ():
        found += models_in(argument)
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
        inner = models_in(info.annotation)
        current = inner[0] if inner else None
    return current
