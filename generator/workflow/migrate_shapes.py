"""The old shapes and their new ones, for `gongshi migrate` (generator.workflow.migrate): the
edits of an organization's org.yml, of its reports and of the bureau's annual files. Each edit
splices the text (yamledit) and reports entries moved into the bureau's registers."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from generator.findings import Report
from generator.input.yamlio import load_file
from generator.workflow.yamledit import Source, is_null, scalar

REVIEW_TRAINING = "# 请核对：原“培训人次”包含组织和参加的培训，参加的请移到 attended"
REVIEW_GRADE_DATE = "# 请核对：原记录没有评定日期，暂用年度公示的发布日期"
REVIEW_LISTING = (
    "# 请核对：{latest} 年的年度公示中已没有这一条（迁移前网站已不显示）；如已移出，请填写 removed_on 和"
    " removal_reason"
)
REGISTERS = "content/registers"
ANNUAL_LISTS = ("grades", "inspections", "abnormal_list", "commendations")
TARGET = {
    "grades": "grades",
    "inspections": "inspections",
    "abnormal_list": "listings",
    "commendations": "commendations",
}

MOVED_FROM = {"verifications": "verified", **{v: k for k, v in TARGET.items()}}


@dataclass
class Change:
    rel: str
    line: int
    what: str

    def __str__(self) -> str:
        return f"{self.rel}:{self.line}: {self.what}"


class Manual(Exception):
    def __init__(self, key: str, line: int, detail: str) -> None:
        super().__init__(detail)
        self.key, self.line, self.detail = key, line, detail


def _text(value: object, key: str, line: int) -> str:
    if not isinstance(value, str) or not value:
        raise Manual(key, line, f"{key} 缺少或不是文字 (missing or not text)")
    return value


# -- the edits -----------------------------------------------------------------------------------


def org_file(source: Source, moved: dict, changes: list[Change]) -> None:
    org_id = Path(source.rel).parent.name
    parent = source.item("parent")
    if parent is not None:
        key, value = parent
        line = source.line_of(key.start_mark.index)
        member_of = source.item("member_of")
        if is_null(value):
            source.remove_key(key, value, keep_comments=True)
            changes.append(Change(source.rel, line, "删除空的 parent (empty parent removed)"))
        elif not isinstance(value, ScalarNode):
            raise Manual("parent", line, "parent 应是一个机构编号 (parent is not an id)")
        elif member_of is None:
            end = value.end_mark.index
            source.replace(key.start_mark.index, end, f"member_of: [{scalar(value.value)}]")
            changes.append(Change(source.rel, line, f"parent → member_of: [{value.value}]"))
        else:
            _merge_member(source, member_of, value.value)
            source.remove_key(key, value, keep_comments=True)
            changes.append(Change(source.rel, line, f"parent: {value.value} → member_of"))
    verified = source.item("verified")
    if verified is not None:
        key, value = verified
        line = source.line_of(key.start_mark.index)
        data = source.data.get("verified")
        if data is not None:
            if not isinstance(data, dict):
                raise Manual("verified", line, "verified 应写 on 和 by (needs on and by)")
            entry = {
                "org": org_id,
                "on": _text(data.get("on"), "verified.on", line),
                "by": _text(data.get("by"), "verified.by", line),
            }
        comments = source.remove_key(key, value, keep_comments=False)
        if data is not None:
            moved["verifications"] = ([entry], comments)
        changes.append(
            Change(source.rel, line, f"verified → {REGISTERS}/verifications.yml（请民政局核对）")
        )


def _merge_member(source: Source, member_of: tuple, hub: str) -> None:
    key, value = member_of
    line = source.line_of(key.start_mark.index)
    if isinstance(value, SequenceNode):
        names = [item.value for item in value.value if isinstance(item, ScalarNode)]
        if hub in names:
            return
        if value.flow_style:
            if value.value:
                end = value.end_mark.index - 1
                source.replace(end, end, f", {scalar(hub)}")
            else:
                source.replace(value.start_mark.index, value.end_mark.index, f"[{scalar(hub)}]")
        else:
            column = value.start_mark.column  # the first dash
            source.insert_after_content(value, f"{' ' * column}- {scalar(hub)}\n")
        return
    if is_null(value) and not value.value and source.text[key.end_mark.index] == ":":
        source.replace(key.end_mark.index, key.end_mark.index + 1, f": [{scalar(hub)}]")
        return
    raise Manual("member_of", line, "member_of 应是机构编号的列表 (member_of is not a list)")


def report_file(source: Source, moved: dict, changes: list[Change]) -> None:
    found = source.item("trained_person_times")
    if found is None:
        return
    key, value = found
    line = source.line_of(key.start_mark.index)
    figure = source.data.get("trained_person_times")
    if figure is None:
        source.remove_key(key, value, keep_comments=True)
        changes.append(Change(source.rel, line, "删除空的 trained_person_times"))
        return
    if not isinstance(value, ScalarNode):
        raise Manual("trained_person_times", line, "应是一个数字 (not a number)")
    training = source.item("training")
    indent = " " * key.start_mark.column
    if training is None:
        source.replace(
            key.start_mark.index,
            value.end_mark.index,
            f"training:\n{indent}  {REVIEW_TRAINING}\n{indent}  delivered: {value.value}",
        )
    else:
        _merge_training(source, training, value.value, line)
        source.remove_key(key, value, keep_comments=True)
    changes.append(Change(source.rel, line, f"trained_person_times → training.delivered: {figure}"))


def _merge_training(source: Source, training: tuple, figure: str, line: int) -> None:
    _key, value = training
    if not isinstance(value, MappingNode) or value.flow_style or not value.value:
        raise Manual("training", line, "training 已存在，请手工合并 (merge by hand)")
    delivered = source.item("delivered", value)
    if delivered is not None:
        if delivered[1].value != figure:
            raise Manual(
                "training",
                line,
                f"training.delivered 已是 {delivered[1].value}，与 trained_person_times "
                f"{figure} 不同 (they differ)",
            )
        return
    first = value.value[0][0]
    pad = " " * first.start_mark.column
    start = source.line_start(first.start_mark.index)
    source.replace(start, start, f"{pad}{REVIEW_TRAINING}\n{pad}delivered: {figure}\n")


def current_listings(annual: Path) -> tuple[str, set[tuple[str, str]]] | None:
    """The latest annual file's name and its abnormal list as (org, listed_on): before the
    registers, only that list was shown, so entries of older files missing from it had ended."""
    files = sorted(annual.glob("*.yml"))
    if not files:
        return None
    document = load_file(files[-1], rel=files[-1].name, report=Report())
    items = document.data.get("abnormal_list") if document else None
    listed = {
        (str(item.get("org")), str(item.get("listed_on")))
        for item in (items if isinstance(items, list) else [])
        if isinstance(item, dict)
    }
    return files[-1].stem, listed


def annual_file(
    source: Source,
    moved: dict,
    changes: list[Change],
    *,
    current: tuple[str, set[tuple[str, str]]] | None = None,
) -> None:
    data = source.data
    present = [name for name in ANNUAL_LISTS if source.item(name) is not None]
    if not present:
        return
    line = source.line_of(source.item(present[0])[0].start_mark.index)
    publisher = _text(data.get("publisher"), "publisher", line)
    published_on = _text(data.get("published_on"), "published_on", line)
    year = data.get("year") or Path(source.rel).stem
    for name in present:
        key, value = source.item(name)
        line = source.line_of(key.start_mark.index)
        entries = _entries(name, data.get(name), publisher, published_on, str(year), line)
        for entry in entries if name == "abnormal_list" and current else []:
            if (entry["org"], entry["listed_on"]) not in current[1]:
                entry["#"] = [REVIEW_LISTING.format(latest=current[0])]
        comments = source.remove_key(key, value, keep_comments=False)
        target = TARGET[name]
        if entries:
            old, old_comments = moved.get(target, ([], []))
            moved[target] = (old + entries, old_comments + comments)
        changes.append(
            Change(source.rel, line, f"{name} → {REGISTERS}/{target}.yml（{len(entries)} 条）")
        )


def _entries(name: str, items: object, authority: str, published_on: str, year: str, line: int):
    if items is None:
        return []
    if name in ("grades", "inspections"):
        if not isinstance(items, dict):
            raise Manual(name, line, f"{name} 应是“机构编号: 内容”的形式")
        pairs = list(items.items())
    else:
        if not isinstance(items, list):
            raise Manual(name, line, f"{name} 应是列表 (not a list)")
        pairs = [(None, item) for item in items]
    entries = []
    for org, item in pairs:
        if not isinstance(item, dict):
            raise Manual(name, line, f"{name} 的条目应是“字段: 值” (entries are mappings)")
        get = lambda k, item=item: _text(item.get(k), f"{name}.{k}", line)  # noqa: E731
        if name == "grades":
            entry = {"org": org, "grade": get("grade")}
            if item.get("awarded_on") is None:
                entry = {"#": [REVIEW_GRADE_DATE], **entry}
            entry["awarded_on"] = item.get("awarded_on") or published_on
            entry |= {"valid_until": get("valid_until"), "authority": authority}
        elif name == "inspections":
            entry = {"org": org, "year": year, "conclusion": get("conclusion")}
            if item.get("note"):
                entry["note"] = get("note")
            entry["authority"] = authority
        elif name == "abnormal_list":
            entry = {"org": get("org"), "list": "abnormal", "listed_on": get("listed_on")}
            entry |= {"reason": get("reason"), "authority": authority}
        else:
            orgs = item.get("orgs")
            if not isinstance(orgs, list) or not all(isinstance(o, str) for o in orgs):
                raise Manual(name, line, "commendations.orgs 应是机构编号的列表")
            entry = {"title": get("title"), "awarded_by": authority}
            entry |= {"on": item.get("awarded_on") or published_on, "orgs": orgs}
        entries.append(entry)
    return entries
