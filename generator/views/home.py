"""The home page's view: brand organizations, the latest activities with photos, totals, facets."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from generator.views.catalog import Catalog
from generator.views.record_views import ActivityView, OrgRef


@dataclass
class HomeView:
    brands: list[OrgRef]
    latest: list[ActivityView]
    totals: dict[str, Any]
    facets: dict[str, Any]
    policies: list[Any] = field(default_factory=list)


def home_view(catalog: Catalog) -> HomeView:
    """Eight organizations (those with a brand project first, the most active first) and the
    eight latest activities with a cover photo."""
    brand_ids = [
        org.ref
        for org in catalog.orgs.values()
        if any(p.record.brand_project for p in org.projects)
    ]
    others = [org.ref for org in catalog.orgs.values() if org.ref not in brand_ids]
    brands = sorted(brand_ids, key=lambda r: (-(r.activity_count), r.id))[:8]
    if len(brands) < 8:
        brands += sorted(others, key=lambda r: (-(r.activity_count), r.id))[: 8 - len(brands)]
    latest = [a for a in catalog.activities if a.cover][:8]
    return HomeView(brands=brands, latest=latest, totals=catalog.totals, facets=catalog.facets)
