"""The Site model: every validated record, indexed the ways pages and statistics need them."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from .config import SiteConfig
from .records import Activity, AnnualReport, Areas, BureauYear, Organization, Policy, Project
from .yamlio import YamlDocument

RecordT = TypeVar("RecordT")


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

    def organizations(self) -> list[tuple[str, Organization]]:
        """Valid organizations, in id order."""
        return [(oid, folder.org) for oid, folder in sorted(self.orgs.items()) if folder.org]
