"""An organization's activity and its photos: orgs/<id>/activities/<YYYY-MM-DD>-<slug>.yml."""

from __future__ import annotations

from pydantic import ConfigDict

from generator.input.fieldtypes import Bool, Choice, Count, Date, Id, Money, Para, Text
from generator.input.records.base import F, Record


class Photo(Record):
    file: Text = F("照片文件", "活动照片文件夹里的文件名，如 001.jpg", max_length=100)
    alt: Text = F("画面描述", "用一句话描述照片内容，供读屏软件朗读", min_length=2, max_length=200)
    caption: Para | None = F("图片说明", default=None, max_length=200)
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
    description: Para | None = F(
        "活动介绍", "可用 Markdown，不超过 3000 字", default=None, max_length=3000
    )
    cover: Text | None = F("封面照片", "photos 中某张照片的文件名", default=None, max_length=100)
    photos: list[Photo] = F("照片", default_factory=list, max_length=60)
