"""The city's administrative areas: content/areas.yml (district → street → community)."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import ConfigDict, Field

from generator.input.fieldtypes import Id, Text
from generator.input.records.base import F, Record

RegionCode = Annotated[str, Field(pattern=r"^\d{6}$")]


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
    code: RegionCode | None = F(
        "行政区划代码",
        "6 位数字（GB/T 2260），如 330102；用来核对本区登记的机构统一社会信用代码第 3–8 位",
        default=None,
    )
    streets: list[Street] = F("街道（乡镇）", min_length=1)


class Areas(Record):
    """行政区划：content/areas.yml"""

    model_config = ConfigDict(title="行政区划")

    city: Text = F("城市", max_length=30)
    code: RegionCode | None = F(
        "城市的行政区划代码",
        "6 位数字（GB/T 2260），如 330100；市民政局登记的机构统一社会信用代码第 3–8 位用它",
        default=None,
    )
    districts: list[District] = F("区（县）", min_length=1)
