"""The Site model: every validated record, indexed the ways pages and statistics need them."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any, Generic, TypeVar

from generator.input.config import SiteConfig
from generator.input.recordcache import RecordCache
from generator.input.records import (
    Activity,
    AnnualReport,
    Areas,
    BureauYear,
    Call,
    Organization,
    Policy,
    Project,
)
from generator.input.yamlio import YamlDocument
from generator.media.inspected import Inspected
from generator.model.linkset import Links
from generator.model.registers import RegisterBook

RecordT = TypeVar("RecordT")


# an id in a file or folder name (an organization, a project, a call, a policy): lowercase
# letters and digits in words joined by single hyphens
RECORD_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


class Listed:
    """One entry of a folder listing: a Path whose kind comes from the listing, not a stat().

    is_dir() and is_file() follow symbolic links and is_symlink() does not, as Path's do; for a
    symbolic link they ask Path itself, so even a broken or looping link reads exactly as before.
    """

    __slots__ = ("_entry", "_path", "name")

    def __init__(self, entry: os.DirEntry[str]) -> None:
        self._entry = entry
        self.name = entry.name
        self._path: Path | None = None

    @property
    def fspath(self) -> str:
        """The entry's path as text (what open() takes), without making a Path."""
        return self._entry.path

    @property
    def path(self) -> Path:
        if self._path is None:  # made when asked: most entries of a listing only need a name
            self._path = Path(self._entry.path)
        return self._path

    def is_symlink(self) -> bool:
        return self._entry.is_symlink()

    def is_dir(self) -> bool:
        if self._entry.is_symlink():
            return self.path.is_dir()
        return self._entry.is_dir()

    def is_file(self) -> bool:
        if self._entry.is_symlink():
            return self.path.is_file()
        return self._entry.is_file()


def list_folder(folder: Path) -> list[Listed]:
    """The entries of a folder in name order (the order of sorted(folder.iterdir()))."""
    with os.scandir(folder) as entries:
        return sorted((Listed(entry) for entry in entries), key=lambda item: item.name)


@dataclass
class Entry(Generic[RecordT]):
    """One record file: its id, repository-relative path, parsed document and validated record."""

    id: str
    rel: str
    document: YamlDocument | None
    record: RecordT | None
    partial: RecordT | None = None  # the valid fields of an invalid record, for further checks


@dataclass
class OrgFolder:
    id: str
    rel: str
    path: Path
    profile: Entry[Organization] | None = None
    projects: dict[str, Entry[Project]] = field(default_factory=dict)
    activities: dict[str, Entry[Activity]] = field(default_factory=dict)
    reports: dict[int, Entry[AnnualReport]] = field(default_factory=dict)
    # Names under activities/ that are folders (links followed), from the listing that loaded
    # them; None when not listed (then checks ask the file system).
    activity_folders: set[str] | None = None

    @property
    def org(self) -> Organization | None:
        return self.profile.record if self.profile else None


@dataclass
class PolicyPage:
    entry: Entry[Policy]
    body: str


@dataclass
class AreaIndex:
    """content/areas.yml as lookups: district → street → community."""

    areas: Areas | None = None
    tree: dict[str, dict[str, dict[str, str]]] = field(default_factory=dict)

    @classmethod
    def of(cls, areas: Areas | None) -> AreaIndex:
        index = cls(areas=areas)
        if areas:
            for district in areas.districts:
                streets = index.tree.setdefault(district.name, {})
                for street in district.streets:
                    communities = streets.setdefault(street.name, {})
                    for community in street.communities:
                        communities[community.name] = community.type
        return index


@dataclass
class Site:
    root: Path
    config: SiteConfig
    areas: AreaIndex = field(default_factory=AreaIndex)
    orgs: dict[str, OrgFolder] = field(default_factory=dict)
    bureau_years: dict[int, Entry[BureauYear]] = field(default_factory=dict)
    policies: dict[str, PolicyPage] = field(default_factory=dict)
    # year → its published snapshot (generator.model.published.Published)
    published: dict[int, Any] = field(default_factory=dict)
    # the bureau's registers (content/registers/, and the annual files' old lists)
    registers: RegisterBook = field(default_factory=RegisterBook)
    # the date the build speaks for (generator.model.asof), never the machine's clock
    as_of: date = date(2000, 1, 1)
    as_of_source: str = ""
    # links between organizations, each confirmed or not (generator.model.links)
    links: Links = field(default_factory=Links)
    # the calls of content/calls/ by id (generator.model.load_calls)
    calls: dict[str, Entry[Call]] = field(default_factory=dict)
    # the images inspected by an earlier reading, not read again while unchanged
    inspected: Inspected = field(default_factory=lambda: Inspected(None))
    # the records read before (generator.input.recordcache): findings of one record's text alone
    records: RecordCache = field(default_factory=lambda: RecordCache(None, {}))
    taken: int = 0  # organizations' folders taken as the last reading left them (model.held)
    # what the views derive from the records, made once per build by whichever stage asks first
    # (generator.views.annual: a year's results, read by the checks, pages and downloads)
    derived: dict[tuple, Any] = field(default_factory=dict)

    def organizations(self) -> list[tuple[str, Organization]]:
        """Valid organizations, in id order."""
        return [(oid, folder.org) for oid, folder in sorted(self.orgs.items()) if folder.org]


def today(site: Site) -> date:
    """The date the build speaks for: registers, validities and deadlines are judged by it."""
    return site.as_of


def latest_possible(site: Site) -> date:
    """The latest day a record may be dated (plus the settings' future_days): the real present,
    unless a date was given (`--as-of`, the settings' today) — an activity cannot have happened
    after today, whatever the repository's last commit says. Only what validation accepts
    depends on it, never what a page says."""
    if site.as_of_source in ("--as-of", "site_config.yml today"):
        return site.as_of
    return max(site.as_of, date.today())
