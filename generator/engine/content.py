"""The hand-written pages of content/ (and the index pages that sit in the navigation) as MkDocs
renders them: which template each uses, the glossary, and the data each template reads."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import escape

from generator.engine import glossary
from generator.model.published import SUFFIX as PUBLISHED_SUFFIX
from generator.model.site import Site
from generator.render import filters
from generator.views import annual as annual_pages
from generator.views.catalog import Catalog
from generator.views.home import home_view
from generator.views.navigation import NAV_PAGES
from generator.views.pages import PageSpec
from generator.views.policy import policy_view


def is_data_file(src_uri: str) -> bool:
    """content/'s YAML data (areas, annual results) is published only as open data, and a
    published year's snapshot (annual/<YEAR>.published.json) only through the pages it feeds."""
    return src_uri.endswith((".yml", ".yaml", PUBLISHED_SUFFIX))


@dataclass
class ContentPages:
    """What MkDocs' page loop needs from the catalog: the navigation's generated pages and the
    data behind the templates of hand-written ones."""

    site: Site
    catalog: Catalog
    terms: dict[str, str] = field(default_factory=dict)
    nav_specs: dict[str, PageSpec] = field(init=False)

    def __post_init__(self) -> None:
        self.nav_specs = {
            spec.url + "index.md": spec for spec in self.catalog.pages if spec.url in NAV_PAGES
        }

    def generated_sources(self) -> list[tuple[str, str]]:
        """MkDocs files (src_uri, Markdown) for the index pages that sit in the navigation."""
        return [(src_uri, f"# {spec.title}\n") for src_uri, spec in self.nav_specs.items()]

    def markdown(self, markdown: str, page: Any) -> str:
        """Page metadata set; policy and annual pages get the glossary's terms explained."""
        self._set_meta(page)
        return glossary.append_to(markdown, page.file.src_uri, self.terms)

    def _set_meta(self, page: Any) -> None:
        src = page.file.src_uri
        spec = self.nav_specs.get(src)
        if spec:
            page.meta.update(
                {
                    "template": spec.template,
                    "description": escape(spec.description),
                    "hide": ["navigation", "toc"],
                }
            )
        elif src.startswith("policies/") and src != "policies/index.md":
            page.meta.setdefault("template", "gongshi/policy.html")
            # Material reads `status` as a page badge; ours is the policy's
            page.meta.pop("status", None)
        elif src == "index.md":
            page.meta.setdefault("template", "gongshi/home.html")
            page.meta.setdefault("hide", ["navigation", "toc"])
        elif src.startswith("annual/"):
            page.meta.setdefault("template", "gongshi/annual.html")
            page.meta.setdefault("hide", ["toc"])

    def install(self, env: Any) -> None:
        """gongshi's filters and the site-wide values every template may read."""
        filters.install(env)
        env.globals["gongshi"] = {
            "city": self.site.config.settings.city,
            "bureau": self.site.config.settings.bureau,
            "site_info": self.site.config.settings.site_info,
            "totals": self.catalog.totals,
            "facets": self.catalog.facets,
        }

    def context(self, context: Any, page: Any) -> Any:
        """The data of one content page's template."""
        src = page.file.src_uri
        spec = self.nav_specs.get(src)
        if spec:
            context.update(spec.context)
            context["spec"] = spec
        elif src == "index.md":
            context["home"] = home_view(self.catalog, self.site)
            # the build's date (generator.model.asof), on the home page alone: a commit then
            # re-renders one page, not every page's footer
            context["updated_on"] = self.site.as_of
        elif src.startswith("policies/"):
            context["policy"] = policy_view(self.site, self.catalog, Path(src).stem)
        elif src.startswith("annual/"):
            context["annual"] = annual_pages.page_view(self.site, src)
        return context
