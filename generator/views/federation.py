"""Federation: a portal page that searches several gongshi sites at once and links their open data.

Each member site (a district, say) builds from its own repository and publishes its own Pagefind
index; a site whose settings list `federation` members gets the page /portal/, whose search
(generator/templates/assets/gongshi/search.js) merges the member sites' indexes into its own in the browser with
Pagefind's multisite search (`mergeIndex`). Nothing is fetched at build time: the build stays
offline and deterministic, and a member that is down only hides its own results.
"""

from __future__ import annotations

from typing import Any

from generator.model.site import Site
from generator.views.pages import PageSpec

URL = "portal/"
TEMPLATE = "gongshi/portal.html"
# the open-data files every gongshi site publishes (generator/exports/opendata.py `write_all`)
OPEN_DATA = (("organizations", "机构"), ("projects", "项目"), ("activities", "活动"))


def view(site: Site, own_orgs: int) -> dict[str, Any]:
    """What the portal page shows: each site's name, home page and open-data files, and the
    list the search code reads (the site itself first, its url empty: its own root)."""
    settings = site.config.settings
    members = [{"name": member.name, "url": member.url} for member in settings.federation]
    own = {"name": settings.city, "url": "", "own": True}
    return {
        "own": own,
        "own_orgs": own_orgs,
        "members": members,
        "sites": [own, *members],
        "open_data": [
            {"name": name, "label": label, "formats": ["csv", "json"]} for name, label in OPEN_DATA
        ],
    }


def pages(site: Site, own_orgs: int) -> list[PageSpec]:
    """The portal page, when the settings list member sites."""
    members = site.config.settings.federation
    if not members:
        return []
    names = "、".join(member.name for member in members)
    return [
        PageSpec(
            url=URL,
            template=TEMPLATE,
            title="联合搜索",
            description=f"{site.config.site_name}：同时搜索本站和{names}的社区社会组织、项目和活动，"
            "下载各网站的开放数据",
            kind="index",
            context={"federation": view(site, own_orgs)},
        )
    ]
