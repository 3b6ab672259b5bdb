"""The subscription pages: what subscribing to a feed means, the feed's address to copy, and its
latest entries — the HTML page residents reach from "订阅活动", while the Atom files themselves
stay plain Atom (no XSLT stylesheet: browsers are removing XSLT)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from generator.views.pages import PageSpec
from generator.views.record_views import ActivityView, OrgView

LATEST = 10  # entries the page lists; the feed itself holds more


@dataclass
class FeedPage:
    """What a subscription page shows: whose feed, where it is, and its latest entries."""

    title: str
    feed_url: str  # relative to the site's root, e.g. orgs/<id>/feed.xml
    back_url: str
    back_title: str
    entries: list[ActivityView]


def latest_once(activities: Sequence[ActivityView], count: int) -> list[ActivityView]:
    """The newest activities, each once (an activity with co-organizers is listed under each)."""
    return list({activity.url: activity for activity in activities}.values())[:count]


def subscribe_pages(
    orgs: Mapping[str, OrgView], activities: Sequence[ActivityView], *, site_name: str
) -> list[PageSpec]:
    """subscribe/ for the whole site's feed, and orgs/<id>/subscribe/ for each organization's."""
    pages = [
        PageSpec(
            url="subscribe/",
            template="gongshi/subscribe.html",
            title="订阅活动",
            description=f"{site_name}：用 RSS 阅读器订阅社区社会组织的最新活动",
            kind="index",
            context={
                "feed": FeedPage(
                    title=f"{site_name}的最新活动",
                    feed_url="feed.xml",
                    back_url="activities/",
                    back_title="全部活动",
                    entries=latest_once(activities, LATEST),
                )
            },
        )
    ]
    for org in orgs.values():
        ref = org.ref
        pages.append(
            PageSpec(
                url=f"{ref.url}subscribe/",
                template="gongshi/subscribe.html",
                title=f"订阅{ref.name}的活动",
                description=f"用 RSS 阅读器订阅{ref.name}的活动",
                kind="subscribe",
                context={
                    "feed": FeedPage(
                        title=f"{ref.name}的活动",
                        feed_url=f"{ref.url}feed.xml",
                        back_url=ref.url,
                        back_title=ref.name,
                        entries=latest_once(org.activities, LATEST),
                    )
                },
                source=org.rel,
            )
        )
    return pages
