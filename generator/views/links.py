"""Links every view shares: a controlled-list choice or an area to its index page, a file to its image.

URLs are relative to the site root, without a leading slash.
"""

from __future__ import annotations

from dataclasses import dataclass

from generator.input.config import SiteConfig
from generator.media.images import ImageEntry
from generator.model.site import Site
from generator.views.record_views import Link

# controlled list → the folder of its index pages
CHOICE_FOLDERS = {"categories": "categories", "fields": "fields", "service_targets": "targets"}


@dataclass(frozen=True)
class Lookups:
    """What resolving a record's choices, area and images looks up, indexed once per build."""

    config: SiteConfig
    images: dict[str, ImageEntry]
    area_ids: dict[tuple[str, ...], str]  # (district[, street[, community]]) names → its id

    def choice_link(self, list_name: str, item_id: str) -> Link:
        """The label of a controlled-list item and its index page (none for other lists)."""
        prefix = CHOICE_FOLDERS.get(list_name)
        return Link(self.config.label(list_name, item_id), f"{prefix}/{item_id}/" if prefix else "")

    def area_links(self, district: str, street: str, community: str) -> list[Link]:
        """District, street and community, each linked to its page, as far as the areas know them."""
        names = (district, street, community)
        links = []
        path = "areas"
        for depth in range(1, 4):
            area_id = self.area_ids.get(names[:depth])
            if area_id is None:
                break
            path += f"/{area_id}"
            links.append(Link(names[depth - 1], path + "/"))
        return links

    def image(self, rel: str | None) -> ImageEntry | None:
        """The processed image of a file of the repository, if any."""
        return self.images.get(rel) if rel else None


def index_area_ids(site: Site) -> dict[tuple[str, ...], str]:
    """Every district, street and community by its names from the district down."""
    area_ids: dict[tuple[str, ...], str] = {}
    areas = site.areas.areas
    if areas:
        for district in areas.districts:
            area_ids[(district.name,)] = district.id
            for street in district.streets:
                area_ids[(district.name, street.name)] = street.id
                for community in street.communities:
                    area_ids[(district.name, street.name, community.name)] = community.id
    return area_ids


def make_lookups(site: Site, images: dict[str, ImageEntry]) -> Lookups:
    """The lookups of one build: the site's settings, its processed images and its areas."""
    return Lookups(config=site.config, images=images, area_ids=index_area_ids(site))
