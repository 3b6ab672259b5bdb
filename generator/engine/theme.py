"""gongshi's place in the MkDocs config: its templates between the site's overrides and
Material's, its stylesheets and scripts, the glossary extension, and a default navigation."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Collection, Iterator
from pathlib import Path
from typing import Any

import generator
from generator.render import linebreaks
from generator.views import federation

# gongshi's own templates and assets ship inside the package: after a site's custom_dir (which
# may override them), before Material's. A site repository needs no theme/ of its own.
TEMPLATES_DIR = Path(generator.__file__).resolve().parent / "templates"
GLOSSARY_EXTENSION = "generator.engine.glossary"
LINE_BREAKS_EXTENSION = linebreaks.EXTENSION  # no space where a line breaks between Chinese
STYLESHEETS = ("assets/gongshi/gongshi.css", "assets/gongshi/annual.css")
SCRIPTS = ("assets/gongshi/gongshi.js", "assets/gongshi/search.js")
# Dates in pages come from the records; this keeps MkDocs' own "build date" fields fixed too, so
# identical inputs give identical bytes whether built by `gongshi build` or `mkdocs build`.
FIXED_EPOCH = "946684800"  # 2000-01-01


def fix_build_date() -> str | None:
    """MkDocs' own build-date fields fixed; the value SOURCE_DATE_EPOCH had before (the caller
    reads the build's date from it first, and puts it back with restore_build_date)."""
    before = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ.setdefault("SOURCE_DATE_EPOCH", FIXED_EPOCH)
    return before


def restore_build_date(before: str | None) -> None:
    if before is None:
        os.environ.pop("SOURCE_DATE_EPOCH", None)
    else:
        os.environ["SOURCE_DATE_EPOCH"] = before


@contextlib.contextmanager
def fixed_build_date() -> Iterator[None]:
    """MkDocs' build-date fields fixed while the block runs, the environment as it was after."""
    before = fix_build_date()
    try:
        yield
    finally:
        restore_build_date(before)


def default_nav(
    docs: Path, *, federated: bool = False, generated: Collection[str] | None = None
) -> list[Any]:
    """The navigation of a site whose config names none: home, directories, the board, policies,
    annual results with the levels and the data dictionary. `generated`: the generated pages the
    site has (those made only for some sites, themes/ and platforms/, are left out when absent;
    None: only the pages every site has)."""
    has = set(generated or ())
    nav: list[Any] = [{"首页": "index.md"}] if (docs / "index.md").exists() else []
    if federated:
        nav.append({"联合搜索": f"{federation.URL}index.md"})
    nav += [
        {"机构名录": "orgs/index.md"},
        {"活动": "activities/index.md"},
        {"项目": "projects/index.md"},
        {"项目对接": "board/index.md"},
    ]
    finding = [
        {"按区域": "areas/index.md"},
        {"按类别": "categories/index.md"},
        {"按服务领域": "fields/index.md"},
        {"按服务对象": "targets/index.md"},
    ]
    if "themes/" in has:
        finding.append({"主题活动": "themes/index.md"})
    if "platforms/" in has:
        finding.append({"支持平台": "platforms/index.md"})
    nav.append({"找组织": finding})
    policies = (
        sorted(p.relative_to(docs).as_posix() for p in (docs / "policies").glob("*.md"))
        if (docs / "policies").is_dir()
        else []
    )
    if policies:
        nav.append({"政策解读": policies})
    annual = (
        sorted(
            (p.relative_to(docs).as_posix() for p in (docs / "annual").glob("*.md")), reverse=True
        )
        if (docs / "annual").is_dir()
        else []
    )
    # the bureau's disclosure: the years' results, how levels and overdue reports are judged,
    # and what each column of the open data means
    about = [{"公示等级": "levels/index.md"}, {"开放数据": "data/index.md"}]
    nav.append({"年度公示": [*annual, *about]} if annual else {"公示说明": about})
    # staff's entry: the form, and the guide when the site has one (the repository is named there)
    staff: list[Any] = [{"在线填报": "submit/index.md"}]
    if (docs / "contributing.md").exists():
        staff.append({"参与和提交说明": "contributing.md"})
    nav.append({"参与和提交": staff})
    return nav


def adjust_config(config: Any, *, federated: bool, generated: Collection[str] | None = None) -> Any:
    """Add gongshi's templates, stylesheets, scripts and glossary to the MkDocs config."""
    if not config.nav:
        config.nav = default_nav(Path(config.docs_dir), federated=federated, generated=generated)
    dirs = config.theme.dirs
    if str(TEMPLATES_DIR) not in [str(Path(d).resolve()) for d in dirs]:
        custom = config.theme.custom_dir
        dirs.insert(1 if custom else 0, str(TEMPLATES_DIR))
    for sheet in STYLESHEETS:
        if sheet not in config.extra_css:
            config.extra_css.append(sheet)
    if GLOSSARY_EXTENSION not in config.markdown_extensions:
        config.markdown_extensions.append(GLOSSARY_EXTENSION)  # abbr that works in Chinese
    if LINE_BREAKS_EXTENSION not in config.markdown_extensions:
        config.markdown_extensions.append(LINE_BREAKS_EXTENSION)
    scripts = [str(script) for script in config.extra_javascript]
    for script in SCRIPTS:
        if script not in scripts:
            config.extra_javascript.append(script)
    return config
