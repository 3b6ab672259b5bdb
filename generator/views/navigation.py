"""Which generated pages sit in the site's navigation (the engine renders them with the
hand-written pages); every other generated page is a record page, browsed through these."""

from __future__ import annotations

from generator.views.federation import URL as PORTAL_URL

NAV_PAGES = (
    "orgs/",
    "activities/",
    "projects/",
    "areas/",
    "categories/",
    "fields/",
    "targets/",
    "submit/",
    "board/",
    "themes/",  # only when activities name a theme
    "platforms/",  # only when the site has support platforms
    "levels/",
    "data/",
    PORTAL_URL,  # only on a site whose settings list federation members
)
