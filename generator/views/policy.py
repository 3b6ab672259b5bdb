"""A policy page's view: the policy, and the organizations and projects working on its topics."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from generator.input.records import LABELS
from generator.model.site import Site
from generator.views.catalog import Catalog
from generator.views.record_views import OrgRef, ProjectView


@dataclass
class PolicyView:
    record: Any
    status_label: str
    orgs: list[OrgRef]
    projects: list[ProjectView]
    topics: list[str]


def policy_view(site: Site, catalog: Catalog, policy_id: str) -> PolicyView | None:
    """The policy's view, or None for a page that is not a policy record."""
    page = site.policies.get(policy_id)
    if page is None or page.entry.record is None:
        return None
    record = page.entry.record
    topics = set(record.topics)
    orgs = [org.ref for org in catalog.orgs.values() if topics & set(org.record.fields)]
    projects = [p for p in catalog.projects if topics & set(p.record.fields)]
    return PolicyView(
        record=record,
        status_label=LABELS["policy_status"][record.status],
        orgs=sorted(orgs, key=lambda r: r.id)[:24],
        projects=sorted(projects, key=lambda p: p.record.period.start, reverse=True)[:12],
        topics=[site.config.label("fields", t) for t in record.topics],
    )
