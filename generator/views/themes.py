"""Themed campaigns (重阳敬老、邻里守望 …): a page for each theme of the settings with the activities
of the campaign across the city, newest first and headed by year (/themes/<id>/), and the list of
themes with their counts (/themes/)."""

from __future__ import annotations

from collections import Counter, defaultdict

from generator.input.config import SiteConfig
from generator.views.pages import PageSpec, list_pages
from generator.views.record_views import ActivityView, Link


def theme_url(theme_id: str) -> str:
    return f"themes/{theme_id}/"


def activities_by_theme(activities: list[ActivityView]) -> dict[str, list[ActivityView]]:
    """Theme id → its activities in the catalog's order (newest first); each activity once."""
    found: dict[str, list[ActivityView]] = defaultdict(list)
    for activity in activities:
        if activity.record.theme:
            found[activity.record.theme].append(activity)
    return found


def theme_pages(activities: list[ActivityView], *, config: SiteConfig) -> list[PageSpec]:
    """/themes/ and, for each theme with activities, its paginated page."""
    by_theme = activities_by_theme(activities)
    themes = [
        Link(item.name, theme_url(item.id), count=len(by_theme.get(item.id, [])))
        for item in config.settings.themes
    ]
    if not any(link.count for link in themes):
        return []
    site_name = config.site_name
    pages = [
        PageSpec(
            url="themes/",
            template="gongshi/themes.html",
            title="主题活动",
            description=f"{site_name}：重阳敬老、邻里守望等主题活动，各社区社会组织在全市开展的活动",
            kind="index",
            context={"themes": [link for link in themes if link.count]},
        )
    ]
    for item in config.settings.themes:
        items = by_theme.get(item.id, [])
        if not items:
            continue
        years = Counter(activity.record.date.year for activity in items)
        for page in list_pages(
            theme_url(item.id),
            title=item.name,
            description=f"{site_name}：“{item.name}”主题活动，共 {len(items)} 次，按年份排列",
            template="gongshi/theme.html",
            name="activities",
            items=items,
        ):
            page.context |= {
                "theme": item.name,
                "years": sorted(years.items(), reverse=True),
                "total": len(items),
                "orgs": len({activity.org.id for activity in items}),
            }
            pages.append(page)
    return pages
