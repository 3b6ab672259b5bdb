"""The controlled lists' defaults (categories, fields, service targets, activity types, themes):
each item an id and the Chinese name written in records; a site's settings may replace them."""

from __future__ import annotations

from generator.input.fieldtypes import Id, Text
from generator.input.records import F, Record


class ChoiceItem(Record):
    id: Id = F("编号", "英文或拼音，用于网址")
    name: Text = F("名称", "记录中填写的中文名称", max_length=20)


def _items(*pairs: str) -> list[ChoiceItem]:
    return [ChoiceItem(id=pairs[i], name=pairs[i + 1]) for i in range(0, len(pairs), 2)]


DEFAULT_CATEGORIES = _items(
    "life-service", "生活服务类",
    "charity", "公益慈善类",
    "mutual-aid", "居民互助类",
    "culture-sports", "文体娱乐类",
    "community-affairs", "社区事务类",
)  # fmt: skip
DEFAULT_FIELDS = _items(
    "elderly", "养老服务",
    "children", "儿童关爱",
    "youth", "青少年成长",
    "disability", "助残服务",
    "neighbours", "邻里互助",
    "culture-sports", "文化体育",
    "governance", "社区治理",
    "mediation", "平安调解",
    "environment", "环境保护",
    "emergency", "应急救援",
    "charity", "公益慈善",
    "health", "健康服务",
    "employment", "就业帮扶",
)  # fmt: skip
DEFAULT_SERVICE_TARGETS = _items(
    "elderly", "老年人",
    "children", "儿童",
    "youth", "青少年",
    "disabled", "残疾人",
    "women", "妇女",
    "in-need", "困难群众",
    "left-behind", "留守人员",
    "left-behind-children", "留守儿童",
    "left-behind-elderly", "留守老人",
    "new-workers", "新就业群体",
    "community-orgs", "社区社会组织及骨干",
    "residents", "全体居民",
)  # fmt: skip
DEFAULT_ACTIVITY_TYPES = _items(
    "service", "志愿服务",
    "training", "培训",
    "culture", "文化活动",
    "sports", "体育活动",
    "mutual-aid", "互助活动",
    "safety", "平安巡防",
    "emergency", "应急演练",
    "meeting", "会议",
    "market", "公益集市",
    "other", "其他",
)  # fmt: skip
DEFAULT_THEMES = _items(
    "neighbourhood-watch", "邻里守望",
    "double-ninth", "重阳敬老",
    "lei-feng", "学雷锋",
    "fitness", "全民健身",
    "safe-community", "平安建设",
    "waste-sorting", "垃圾分类",
    "festivals", "传统节日",
    "disaster-prevention", "防灾减灾",
)  # fmt: skip

CHOICE_LISTS = ("categories", "fields", "service_targets", "activity_types", "themes")
