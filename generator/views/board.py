"""The matchmaking board (项目对接) at /board/: what projects seek, open until their deadline on
the build's date, and the calls of the bureau and the streets with the projects that answer them.

A need is open from the day it was posted until its `until` (inclusive), met from its `met_on`,
expired after `until` unmet — each status with the day it took effect (the records' dates, never
the build's), so the page changes only when a status does. Needs and calls go to the open data
and a need's feed (board/feed.xml) for funders and volunteer centres.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from generator.input.records import Call, Need
from generator.input.records.call import CALL_LABELS, FUNDER_LABELS, NEED_LABELS
from generator.model.site import Site, today
from generator.views.pages import PageSpec
from generator.views.record_views import Link, ProjectView

URL = "board/"
RECENT = 30  # met and expired needs listed under the open ones


@dataclass
class NeedView:
    project: ProjectView
    index: int
    need: Need
    kind_label: str
    funder_label: str
    status: str  # open | met | expired
    status_on: date  # the day the status took effect
    district: str
    fields: list[Link]
    targets: list[Link]

    @property
    def anchor(self) -> str:
        return f"need-{self.project.org.id}-{self.project.id}-{self.index + 1}"


@dataclass
class CallView:
    id: str
    record: Call
    kind_label: str
    open: bool
    status_on: date  # opened on, or closed on (the day after its deadline)
    answers: list[ProjectView] = field(default_factory=list)

    @property
    def anchor(self) -> str:
        return "call-" + self.id.replace("/", "-")


@dataclass
class Board:
    needs: list[NeedView]  # every need, newest posted first
    calls: list[CallView]

    @property
    def open_needs(self) -> list[NeedView]:
        return [n for n in self.needs if n.status == "open"]

    @property
    def closed_needs(self) -> list[NeedView]:
        closed = [n for n in self.needs if n.status != "open"]
        return sorted(closed, key=lambda n: n.status_on, reverse=True)[:RECENT]


def need_status(need: Need, day: date) -> tuple[str, date]:
    """(open | met | expired, the day it took effect) on a day."""
    if need.met_on is not None and need.met_on <= day:
        return "met", need.met_on
    if day > need.until:
        return "expired", need.until + timedelta(days=1)
    return "open", need.posted_on


def make_board(site: Site, projects: list[ProjectView]) -> Board:
    """Every project's needs and every call, on the build's date; projects get theirs too."""
    day = today(site)
    calls = {
        call_id: CallView(
            call_id,
            entry.record,
            CALL_LABELS[entry.record.kind],
            day <= entry.record.deadline,
            entry.record.opens_on
            if day <= entry.record.deadline
            else entry.record.deadline + timedelta(days=1),
        )
        for call_id, entry in sorted(site.calls.items())
        if entry.record is not None and entry.record.opens_on <= day
    }
    needs = []
    for project in projects:
        record = project.record
        area = record.area or site.orgs[project.org.id].org.area  # type: ignore[union-attr]
        for index, need in enumerate(record.seeking):
            if need.posted_on > day:
                continue
            status, status_on = need_status(need, day)
            view = NeedView(
                project,
                index,
                need,
                NEED_LABELS[need.kind],
                FUNDER_LABELS[need.funder] if need.funder else "",
                status,
                status_on,
                area.district,
                project.fields,
                project.targets or project.org.targets,
            )
            needs.append(view)
            project.needs.append(view)
        for call_id in record.answers:
            if call_id in calls:
                calls[call_id].answers.append(project)
                project.calls.append(calls[call_id])
    needs.sort(key=lambda n: (n.need.posted_on, n.project.url, n.index), reverse=True)
    return Board(needs, list(calls.values()))


def facet_values(board: Board) -> dict[str, list[str]]:
    """The board's filters: the values its open needs have."""
    found: dict[str, set[str]] = {"district": set(), "field": set(), "target": set(), "kind": set()}
    for need in board.open_needs:
        found["district"].add(need.district)
        found["field"] |= {link.title for link in need.fields}
        found["target"] |= {link.title for link in need.targets}
        found["kind"].add(need.kind_label)
    return {key: sorted(values) for key, values in found.items()}


def board_page(site: Site, board: Board) -> PageSpec:
    return PageSpec(
        url=URL,
        template="gongshi/board.html",
        title="项目对接",
        description=f"{site.config.settings.city}社区社会组织的项目正在寻找的资金、志愿者、场地和"
        "合作机构，以及民政局和街道的项目征集",
        kind="index",
        context={"board": board, "facets": facet_values(board), "day_note": ""},
    )
