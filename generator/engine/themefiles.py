"""The theme's files, listed without Material's icons, and once per process for the installed
themes.

Before it copies a theme's static files (stylesheets, scripts, fonts), MkDocs lists every file of
every theme folder and tests each name against its patterns: 14,511 files, 14,348 of them
Material's icons under `.icons/`, which the first two patterns (`.*`, `*/.*`: hidden files and
folders) refuse. That walk and those tests took about a twentieth of a rebuild of the example in
`gongshi serve`. Here the listing leaves hidden files and folders out as it walks (what it
lists is then exactly what those patterns let through), and the installed themes' folders, which
nothing edits while a build runs, are walked once per process; the repository's own theme folder
(`theme/`, which a contributor may change during `gongshi serve`) is walked every time.

Only MkDocs lists a theme's templates (Files.add_files_from_theme); templates are still found by
name through the loader as before, hidden ones included.
"""

from __future__ import annotations

import functools
import os
from typing import Any

_INSTALLED: dict[str, tuple[str, ...]] = {}  # an installed theme's folder → its visible files


def list_visible(theme: Any) -> None:
    """Let every environment config.theme makes list its visible files only, the installed
    themes' from memory (the theme's `custom_dir`, the repository's, is walked every time)."""
    make_env = theme.get_env
    edited = frozenset({os.path.abspath(theme.custom_dir)} if theme.custom_dir else ())

    def get_env() -> Any:
        env = make_env()
        loader = env.loader
        loader.list_templates = functools.partial(visible, tuple(loader.searchpath), edited)
        return env

    theme.get_env = get_env


def visible(folders: tuple[str, ...], edited: frozenset[str] = frozenset()) -> list[str]:
    """The names of the files of these folders (a template's name: its path below its folder,
    with /), hidden files and those in hidden folders left out; sorted, each once. The folders
    of `edited` are walked every time, the others once per process."""
    found: set[str] = set()
    for folder in folders:
        if os.path.abspath(folder) in edited:
            found.update(_walk(folder))
            continue
        names = _INSTALLED.get(folder)
        if names is None:
            names = _INSTALLED[folder] = tuple(_walk(folder))
        found.update(names)
    return sorted(found)


def _walk(folder: str) -> list[str]:
    names = []
    for where, folders, files in os.walk(folder):
        folders[:] = [name for name in folders if not name.startswith(".")]
        below = os.path.relpath(where, folder).replace(os.sep, "/")
        prefix = "" if below == "." else below + "/"
        names += [prefix + name for name in files if not name.startswith(".")]
    return names
