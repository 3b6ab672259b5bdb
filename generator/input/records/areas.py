"""The city's administrative areas: content/areas.yml (district → street → community)."""

from __future__ import annotations

from typing import Literal

from pydantic import ConfigDict

from generator.input.fieldtypes import Id, Text
from generator.input.records.base import F, Record


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
