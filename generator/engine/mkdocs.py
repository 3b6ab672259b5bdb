"""The engine the pipeline uses: MkDocs with Material renders the pages of content/ and leaves
its chrome as the frame that record pages are rendered into."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from generator import pipeline
from generator.engine import themefiles
from generator.engine.frame import MkDocsFrame
from generator.engine.plugin import GongshiPlugin
from generator.input.config import CONFIG_FILE
from generator.options import BuildOptions
from generator.pipeline import BuildResult, EngineError, Prepared
from generator.views.content import ContentPage


class MkDocsEngine:
    """`Engine` of generator.pipeline, with MkDocs 1.6 and mkdocs-material."""

    def render_content_pages(
        self, prepared: Prepared, site_dir: Path, previous: Path | None = None
    ) -> tuple[MkDocsFrame, list[ContentPage]]:
        try:
            config = load_config(str(prepared.root / CONFIG_FILE), site_dir=str(site_dir))
            themefiles.list_visible(config.theme)  # Material's 14,000 icons are not listed
            plugin = config.plugins.get("gongshi")
            if not isinstance(plugin, GongshiPlugin):
                raise EngineError(
                    f"{CONFIG_FILE} 的 plugins 中没有 gongshi (the gongshi plugin is not enabled)"
                )
            plugin.use(prepared, previous)  # the pipeline's data: the plugin loads nothing itself
            mkdocs_build(config)
            plugin.save_kept(site_dir)
        except MkDocsException as error:
            raise EngineError(str(error)) from error
        return plugin.rendered()


def quiet_logs(level: int = logging.WARNING) -> None:
    """MkDocs' own log lines: warnings and errors only (info for `serve`)."""
    logger = logging.getLogger("mkdocs")
    if not logger.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(levelname)s - %(message)s"))
        logger.addHandler(handler)
    logger.setLevel(level)


def build(root: Path, output: Path, options: BuildOptions | None = None) -> BuildResult:
    """The whole pipeline with this engine: what `gongshi build` runs."""
    return pipeline.build(root, output, options=options or BuildOptions(), engine=MkDocsEngine())
