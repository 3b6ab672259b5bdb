"""The MkDocs plugin: each hook delegates to a stage of generator.pipeline or to the content
pages' helper, in the pipeline's order, so `mkdocs build -f site_config.yml` and
`gongshi build` give the same site.

Under `gongshi build` the pipeline has already loaded the site, processed its pictures and made
the catalog, and hands them over with `use()`; under plain `mkdocs build` the plugin runs those
stages itself in `on_config`. Record pages, search and exports follow the content pages: in
`on_post_build` under `mkdocs build`, and in the pipeline, with the frame this plugin leaves,
under `gongshi build`.
"""

from __future__ import annotations

import functools
import logging
import os
from pathlib import Path
from typing import Any

from mkdocs.config import base
from mkdocs.config import config_options as c
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator import pipeline
from generator.engine import compiled, glossary, theme
from generator.engine.content import ContentPages, is_data_file
from generator.engine.frame import MkDocsFrame
from generator.engine.kept import KEPT_TEMPLATE, THEME_FILES, KeptPages
from generator.engine.rendered import Conversions, pure, supported
from generator.engine.shells import NAME as SHELLS_FILE
from generator.findings import Report
from generator.fingerprint import Unknown, Walker, digest, tree_digest
from generator.input.config import Settings
from generator.options import BuildOptions
from generator.views import edit_links
from generator.views.content import ContentPage

log = logging.getLogger("mkdocs.plugins.gongshi")


# The site's settings (city, bureau, controlled lists …) are read and checked by gongshi's own
# reader, with findings at file:line (generator.input.config); the plugin only accepts them, so
# that MkDocs does not warn about unknown options.
_SettingsOptions: type[base.Config] = type(
    "_SettingsOptions",
    (base.Config,),
    {name: c.Optional(c.Type(object)) for name in Settings.model_fields},
)


class GongshiConfig(_SettingsOptions):  # type: ignore[misc,valid-type]
    """The plugin's own options in site_config.yml (plugins → gongshi): how it builds."""

    cache_dir = c.Type(str, default=".cache")
    use_cache = c.Type(bool, default=True)
    workers = c.Type(int, default=0)


class GongshiPlugin(BasePlugin[GongshiConfig]):
    def __init__(self) -> None:
        super().__init__()
        self._given: pipeline.Prepared | None = None  # by `gongshi build`, through use()
        self._prepared: pipeline.Prepared | None = None
        self._pages: ContentPages | None = None
        self._frame: MkDocsFrame | None = None
        self._nav: Any = None
        self._epoch_before: str | None = None
        self._previous: Path | None = None
        self._kept: KeptPages | None = None
        self._contexts: dict[str, dict[str, Any]] = {}  # each content page's data, made once
        self._conversions: Conversions | None = None  # content pages' Markdown, converted once

    def use(self, prepared: pipeline.Prepared, previous: Path | None = None) -> None:
        """Take the pipeline's site, pictures and catalog instead of making them; with
        `previous` (the output this build replaces, and caches in use), keep its content pages
        that nothing changed (generator.engine.kept)."""
        self._given = prepared
        self._previous = previous

    def save_kept(self, site_dir: Path) -> None:
        """After MkDocs wrote the content pages: what the next build may keep of them."""
        if self._kept is not None:
            self._kept.save(site_dir)

    def rendered(self) -> tuple[MkDocsFrame, list[ContentPage]]:
        """After MkDocs' build: the frame for record pages and the content pages written."""
        assert self._frame is not None and self._pages is not None
        return self._frame, _content_pages(self._frame.files, self._pages)

    def on_config(self, config: Any) -> Any:
        root = Path(config.config_file_path).resolve().parent
        prepared = self._given or self._prepare(root, os.environ.get("SOURCE_DATE_EPOCH"))
        self._epoch_before = theme.fix_build_date()
        self._prepared = prepared
        self._pages = ContentPages(
            prepared.site, prepared.catalog, glossary.load(Path(config.docs_dir))
        )
        federated = bool(prepared.site.config.settings.federation)
        generated = {spec.url for spec in prepared.catalog.pages}
        return theme.adjust_config(config, federated=federated, generated=generated)

    def _prepare(self, root: Path, source_date_epoch: str | None) -> pipeline.Prepared:
        """`mkdocs build`: load → check → media → catalog, as the pipeline does."""
        options = BuildOptions(
            use_cache=self.config.use_cache,
            cache_dir=root / self.config.cache_dir,
            workers=self.config.workers or None,
            source_date_epoch=source_date_epoch,
        )
        report = Report()
        prepared = pipeline.prepare(root, options, report)
        if prepared is None:
            print(report.render("text"))
            count = len(report.errors)
            raise PluginError(
                f"gongshi: {count} 个错误，未生成网站 ({count} errors; site not built)"
            )
        return prepared

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        assert self._pages
        for file in list(files):
            if is_data_file(file.src_uri):
                files.remove(file)  # data reaches the public only through the open-data exports
        for src_uri, content in self._pages.generated_sources():
            files.append(File.generated(config, src_uri, content=content))
        return files

    def on_nav(self, nav: Any, /, *, config: Any, files: Files) -> Any:
        self._nav = nav
        assert self._prepared
        cache = self._prepared.options.cache_of(self._prepared.root, "content")
        self._conversions = None
        if cache is not None and supported() and pure(config["markdown_extensions"]):
            self._conversions = Conversions(cache, config, files)
        return nav

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: Any, files: Files) -> str:
        assert self._pages
        if self._conversions is not None:  # MkDocs converts it next: unless it was already
            page.render = functools.partial(self._conversions.render, page.render, page)
        return self._pages.markdown(markdown, page)

    def on_env(self, env: Any, /, *, config: Any, files: Files) -> Any:
        assert self._pages and self._prepared
        compiled.share(env)  # templates compiled by an earlier build of this process are kept
        self._pages.install(env)
        site_config = self._prepared.site.config
        pages_cache = self._prepared.options.cache_of(self._prepared.root, "pages")
        self._frame = MkDocsFrame(
            env,
            config,
            self._nav,
            files,
            lambda rel: edit_links.shown_edit_url(site_config, rel),
            # the chrome kept for a new process (CI caches pages/)
            shells_file=pages_cache / SHELLS_FILE if pages_cache is not None else None,
        )
        self._contexts = {}
        for file in files.documentation_pages():
            if file.page is not None:
                self._contexts[file.src_uri] = self._pages.context({}, file.page)
        self._keep_pages(config, files)
        return env

    def _keep_pages(self, config: Any, files: Files) -> None:
        """Link the content pages nothing changed from the previous output; MkDocs renders them
        with an empty template (and so writes nothing)."""
        self._kept = None
        cache = self._prepared.options.cache_of(self._prepared.root, "content")  # type: ignore[union-attr]
        if self._previous is None or cache is None or self._frame is None:
            return
        kept = self._kept = KeptPages.open(cache, self._previous)
        site_dir = Path(config.site_dir)
        walker = Walker()
        common = digest(self._frame.fingerprint(), tree_digest(Path(config.docs_dir)))
        for file in files.documentation_pages():
            page = file.page
            if page is None:
                continue
            try:
                data = walker.digest(self._contexts[file.src_uri])
            except (Unknown, RecursionError):
                continue  # rendered every time
            fingerprint = digest(common, file.src_uri, file.dest_uri, data)
            if kept.keep((file.dest_uri,), fingerprint, site_dir):
                page.meta["template"] = KEPT_TEMPLATE
        for name, written in THEME_FILES.items():
            kept.keep(written, digest(common, name), site_dir)

    def on_pre_template(self, template: Any, /, *, template_name: str, config: Any) -> Any:
        if self._kept is not None and template_name in self._kept.kept:
            return template.environment.get_template(KEPT_TEMPLATE)  # linked already
        return template

    def on_page_context(self, context: Any, /, *, page: Any, config: Any, nav: Any) -> Any:
        assert self._pages
        if page.meta.get("template") == KEPT_TEMPLATE:
            return context  # linked from the previous output: nothing is rendered
        made = self._contexts.get(page.file.src_uri)
        if made is None:
            return self._pages.context(context, page)
        context.update(made)
        return context

    def on_post_build(self, *, config: Any) -> None:
        try:
            if self._conversions is not None:
                self._conversions.save()
                if self._prepared is not None:  # how many of the content pages were converted
                    self._prepared.stats["content_converted"] = self._conversions.converted
            if self._given is not None:
                return  # `gongshi build`: the pipeline goes on with the frame
            assert self._prepared
            frame, content_pages = self.rendered()
            pipeline.publish_records(self._prepared, frame, content_pages)
        finally:
            theme.restore_build_date(self._epoch_before)  # `serve` reads it again next time

    def on_build_error(self, *, error: Exception) -> None:
        theme.restore_build_date(self._epoch_before)


def _content_pages(files: Files, pages: ContentPages) -> list[ContentPage]:
    """The hand-written pages MkDocs wrote (the navigation's index pages left out)."""
    found = []
    for file in files.documentation_pages():
        if file.src_uri in pages.nav_specs:
            continue
        page = file.page
        summary = (page.meta.get("summary") or page.meta.get("description")) if page else None
        found.append(
            ContentPage(
                src_uri=file.src_uri,
                url=file.url,
                dest_uri=file.dest_uri,
                title=str(page.title or "") if page is not None else None,
                summary=summary,
            )
        )
    return found
