"""The views of records: what templates show of an organization, a project and an activity.

Plain data, already resolved: labels, URLs (relative to the site root, without a leading slash),
images. The modules named after each kind make them; templates only lay them out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any, ClassVar

from generator.input.codes import uscc_reading
from generator.input.records import (
    Activity,
    AnnualReport,
    CommendationEntry,
    GradeAward,
    InspectionResult,
    Listing,
    Organization,
    Project,
    StatusChange,
    Verification,
)
from generator.media.images import ImageEntry
from generator.stats.figures import training_attended, training_delivered


@dataclass
class Link:
    fingerprint_inline: ClassVar[bool] = True  # small, met once each (generator.fingerprint)
    title: str
    url: str
    count: int = 0
    note: str = ""


@dataclass
class PhotoView:
    file: str
    alt: str
    caption: str | None
    credit: str | None
    image: ImageEntry | None


@dataclass
class OrgRef:
    """What other pages need to show an organization in a card or a link."""

    id: str
    url: str
    name: str
    short_name: str
    color: str | None
    logo: ImageEntry | None
    slogan: str
    category: Link
    area: list[Link]
    status_label: str
    founded: str
    fields: list[Link]
    targets: list[Link]
    activity_count: int = 0
    latest_activity: date | None = None
    # the bureau's marks, wherever the organization appears: a list it is on, with the deciding
    # authority and since when; its deregistration (status_label then says 已注销 / 已撤销登记)
    notices: list[str] = field(default_factory=list)
    listed: bool = False
    status_change: str | None = None  # deregistered | revoked
    standing: Any = None  # overdue report and disclosure level (generator.views.standing)
    code: str = ""  # its USCC, filing number or 培育中 (Organization.public_code)
    pinyin: str = ""  # the key of the name order (generator.views.pinyin.sort_key)
    grade: str = ""  # its evaluation grade still valid on the build's date (4A…)


@dataclass
class LinkedOrg:
    """Another organization (or a support platform) a link names, as the declaring side shows
    it: marked unconfirmed (待对方确认) until the other side or the bureau confirms it."""

    name: str
    url: str  # empty for a platform without a page of its own
    confirmed: bool
    role: str = ""  # a co-organizer's role as the lead names it (协办、承办 …)


@dataclass
class IncubatedOrg:
    """An organization a platform incubated (confirmed), with when as written (year, month or
    day; until empty while it is still incubated)."""

    org: OrgRef
    since: str
    until: str


@dataclass
class ActivityView:
    id: str
    url: str
    rel: str
    org: OrgRef
    record: Activity
    photos: list[PhotoView]
    cover: PhotoView | None
    project: Link | None
    co_organizers: list[OrgRef]  # the confirmed ones: only they see it on their pages
    type_label: str
    theme_label: str
    withheld_photos: int = 0
    # every co-organizer the lead named, in its order, confirmed or not (the activity's page)
    named_co_organizers: list[LinkedOrg] = field(default_factory=list)
    judgements: list[Any] = field(default_factory=list)  # generator.views.judgements


@dataclass
class ProjectView:
    id: str
    url: str
    rel: str
    org: OrgRef
    record: Project
    plan_label: str
    status_label: str
    fields: list[Link]
    targets: list[Link]
    funding: list[dict[str, Any]]
    funding_total: Any
    activities: list[ActivityView] = field(default_factory=list)
    judgements: list[Any] = field(default_factory=list)  # generator.views.judgements
    needs: list[Any] = field(default_factory=list)  # what it seeks (generator.views.board)
    calls: list[Any] = field(default_factory=list)  # the calls it answers


@dataclass
class HonorView:
    """An honor the organization reports: check is "" (not from a government body),
    "self_reported" (自报: a government body's, not in the bureau's register) or "confirmed"."""

    year: int
    title: str
    awarded_by: str | None
    check: str = ""


@dataclass
class BureauFacts:
    """What the bureau's registers say of an organization on the build's date."""

    grade: GradeAward | None = None  # the latest awarded, in force or not
    grade_expired: bool = False  # not in force on the build's date
    inspections: list[tuple[InspectionResult, str]] = field(default_factory=list)  # newest first
    inspection: InspectionResult | None = None  # the latest year's
    inspection_year: int | None = None
    inspection_label: str = ""
    listings: list[Listing] = field(default_factory=list)  # in force
    ended_listings: list[Listing] = field(default_factory=list)  # removed, newest first
    abnormal: Listing | None = None  # the abnormal-activity listing in force
    commendations: list[CommendationEntry] = field(default_factory=list)  # not among honors
    honors: list[HonorView] = field(default_factory=list)
    honor_list: list[HonorView] = field(default_factory=list)  # both, newest year first
    verification: Verification | None = None
    status: StatusChange | None = None
    status_label: str = ""


@dataclass
class OrgView:
    ref: OrgRef
    rel: str
    record: Organization
    cover: ImageEntry | None
    projects: list[ProjectView]
    activities: list[ActivityView]
    reports: list[tuple[int, AnnualReport]]
    bureau: BureauFacts
    hubs: list[LinkedOrg]  # the hubs it declared it belongs to, confirmed or not
    members: list[OrgRef]  # a hub's confirmed members
    incubators: list[LinkedOrg]  # the platforms it names as its incubators, confirmed or not
    status_label: str
    report_edit_urls: dict[int, str] = field(default_factory=dict)  # year → web editor of its file
    incubated: list[IncubatedOrg] = field(default_factory=list)  # a platform's, confirmed
    platforms: list[Link] = field(
        default_factory=list
    )  # platforms it runs or works for (note: role)

    @property
    def led_activities(self) -> list[ActivityView]:
        """The activities of its own folder: it leads them, and only it counts them."""
        return [a for a in self.activities if a.org.id == self.ref.id]

    @property
    def joined_activities(self) -> list[ActivityView]:
        """Activities led by another organization that name it as co-organizer, each once:
        counted as joined, never added to a total of activities."""
        joined: dict[tuple[str, str], ActivityView] = {}
        for activity in self.activities:
            if activity.org.id != self.ref.id:
                joined.setdefault((activity.org.id, activity.id), activity)
        return list(joined.values())

    @property
    def funds_label(self) -> str:
        """注册资金 of a social group or foundation, 开办资金 of a social-service organization
        (民办非企业单位: the credit code's second character 2)."""
        return "开办资金" if uscc_reading(self.record.uscc or "")[1:2] == "2" else "注册资金"

    @property
    def training_by_year(self) -> dict[int, tuple[int | None, int | None]]:
        """Year → (person-times of trainings it ran, its members' attendance elsewhere)."""
        return {
            year: (training_delivered(report), training_attended(report))
            for year, report in self.reports
        }
