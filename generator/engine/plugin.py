"""The MkDocs glue, and nothing else: each hook delegates to a module that does the work.

Moving to another MkDocs-like engine means rewriting this module alone.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from mkdocs.config import config_options
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files

from generator.engine import publish
from generator.findings import Report
from generator.input.config import Settings

log = logging.getLogger("mkdocs.plugins.gongshi")


class GongshiPlugin(BasePlugin):
    config_scheme = (
        *tuple((name, config_options.Type(object, default=None)) for name in Settings.model_fields),
        ("image_cache", config_options.Type(str, default=".cache/images")),
        ("use_cache", config_options.Type(bool, default=True)),
        ("workers", config_options.Type(int, default=0)),
    )

    def __init__(self) -> None:
        super().__init__()
        self.preloaded: tuple[Any, Report] | None = None  # set by `gongshi build`
        self.state: publish.BuildState | None = None
        self.report = Report()

    def on_config(self, config: Any) -> Any:
        publish.fix_build_date()

        root = Path(config.config_file_path).resolve().parent
        site, report = self.preloaded or publish.load(root)
        self.report = report
        if report.errors:
            print(report.render("text"))
            raise PluginError(
                f"gongshi: {len(report.errors)} 个错误，未生成网站 ({len(report.errors)} errors; site not built)"
            )
        self.state = publish.BuildState(
            site=site,
            report=report,
            root=root,
            cache_dir=root / self.config["image_cache"],
            use_cache=self.config["use_cache"],
            workers=self.config["workers"] or None,
        )
        return publish.adjust_config(config)

    def on_files(self, files: Files, /, *, config: Any) -> Files:
        assert self.state
        publish.prepare(self.state, config)
        if self.state.report.errors:
            if self.preloaded is None:  # `mkdocs build`; `gongshi build` prints the report itself
                print(self.state.report.render("text"))
            raise PluginError("gongshi: 图片有错误，未生成网站 (image errors; site not built)")
        for file in list(files):
            if publish.is_data_file(file.src_uri):
                files.remove(file)  # data reaches the public only through the open-data exports
        for src_uri, content in publish.generated_sources(self.state):
            files.append(File.generated(config, src_uri, content=content))
        return files

    def on_nav(self, nav: Any, /, *, config: Any, files: Files) -> Any:
        assert self.state
        self.state.nav = nav
        return nav

    def on_page_markdown(self, markdown: str, /, *, page: Any, config: Any, files: Files) -> str:
        assert self.state
        return publish.page_markdown(self.state, markdown, page)

    def on_env(self, env: Any, /, *, config: Any, files: Files) -> Any:
        assert self.state
        publish.install_env(self.state, env, config, files)
        return env

    def on_page_context(self, context: Any, /, *, page: Any, config: Any, nav: Any) -> Any:
        assert self.state
        return publish.page_context(self.state, context, page)

    def on_post_build(self, *, config: Any) -> None:
        assert self.state
        publish.write_generated(self.state, config)
