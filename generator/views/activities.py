"""Activities: their views (photos that may be published, labels), their pages and their index."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from generator.formatting import plain
from generator.input.records import Activity
from generator.model.linkset import Links
from generator.views.links import Lookups
from generator.views.organizations import org_filters
from generator.views.pages import PageSpec, list_pages
from generator.views.record_views import (
    ActivityView,
    Link,
    LinkedOrg,
    OrgRef,
    OrgView,
    PhotoView,
)


def make_activity_view(
    org: OrgRef,
    stem: str,
    rel: str,
    record: Activity,
    *,
    refs: Mapping[str, OrgRef],
    links: Links,
    lookups: Lookups,
) -> ActivityView:
    """An activity with its publishable photos, its cover, its project and its co-organizers
    (those that confirmed it, and every one the lead named, marked)."""
    folder = f"orgs/{org.id}/activities/{stem}"
    photos, withheld = [], 0
    for photo in record.photos:
        if photo.contains_minors and not photo.consent:
            withheld += 1  # never published, whatever the validation said
            continue
        photos.append(
            PhotoView(
                photo.file,
                photo.alt,
                photo.caption,
                photo.credit,
                lookups.image(f"{folder}/{photo.file}"),
            )
        )
    cover = next((p for p in photos if p.file == record.cover), photos[0] if photos else None)
    project = None
    if record.project:
        # titled by the project's id until the catalog links the two
        project = Link(record.project, f"orgs/{org.id}/projects/{record.project}/")
    config = lookups.config
    named = [
        LinkedOrg(
            refs[link.other].name,
            refs[link.other].url,
            link.confirmed,
            record.co_organizer_roles.get(link.other, ""),
        )
        for link in links.co_organizers(org.id, stem)
        if link.other in refs
    ]
    return ActivityView(
        id=stem,
        url=f"orgs/{org.id}/activities/{stem}/",
        rel=rel,
        org=org,
        record=record,
        photos=photos,
        cover=cover,
        project=project,
        co_organizers=[refs[o] for o in links.confirmed_co_organizers(org.id, stem) if o in refs],
        type_label=config.label("activity_types", record.type) if record.type else "",
        theme_label=config.label("themes", record.theme) if record.theme else "",
        withheld_photos=withheld,
        named_co_organizers=named,
    )


def activity_pages(
    activities: Sequence[ActivityView], *, orgs: Mapping[str, OrgView]
) -> list[PageSpec]:
    """Each activity's page, shown with its organization."""
    pages = []
    for activity in activities:
        org = orgs[activity.org.id]
        pages.append(
            PageSpec(
                url=activity.url,
                template="gongshi/activity.html",
                title=activity.record.title,
                description=plain(activity.record.description, 120) or activity.record.title,
                kind="activity",
                context={"activity": activity, "org": org},
                source=activity.rel,
                image=activity.cover.image if activity.cover else org.ref.logo,
                filters={
                    **org_filters(org),
                    "kind": ["活动"],
                    "year": [str(activity.record.date.year)],
                    **({"type": [activity.type_label]} if activity.type_label else {}),
                    **({"theme": [activity.theme_label]} if activity.theme_label else {}),
                },
                sort={"date": activity.record.date.isoformat(), "name": activity.record.title},
                date=activity.record.date,
                notice="；".join(org.ref.notices),
            )
        )
    return pages


def activity_index_pages(activities: list[ActivityView], *, site_name: str) -> list[PageSpec]:
    """activities/: every activity, in the catalog's order (newest first)."""
    return list_pages(
        "activities/",
        title="活动",
        description=f"{site_name}：社区社会组织的最新活动",
        template="gongshi/activities.html",
        name="activities",
        items=activities,
    )
