"""Checks of one field of a record against the site or the calendar: a date not in the future and
after the one it follows, an area and an organization that exist, a file inside the record's folder,
a policy's source link that leads to the document rather than a home page."""

from __future__ import annotations

import difflib
import os
import stat
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from generator.findings import Report, did_you_mean
from generator.input.yamlio import YamlDocument
from generator.media.formats import ImageProblem
from generator.media.images import inspect as inspect_image
from generator.media.inspected import Inspected
from generator.model.site import Entry, Site

HOME_PAGES = {
    "/index.html",
    "/index.htm",
    "/index.shtml",
    "/index.jsp",
    "/index.php",
    "/default.aspx",
}


def safe_file(folder: Path, name: str) -> tuple[Path | None, str]:
    """(path, problem) of a file named by a record; problem is 'outside' or 'missing' or ''."""
    if not name or "\\" in name or name.startswith(("/", "~")) or ":" in name:
        return None, "outside"
    parts = Path(name).parts
    if any(part in ("..", ".") for part in parts):
        return None, "outside"
    candidate = folder / name
    # a name of plain parts leaves its folder only through a link: when none of its parts is
    # one, one lstat each tells inside and present (a city's 90,000 photos: resolving every
    # path whole took seconds of each build); any link, or any doubt (a missing part, a NUL in
    # the name), resolves it whole
    try:
        within = folder
        for part in parts:
            within = within / part
            info = os.lstat(within)
            if leads_elsewhere(info):
                return _resolved(folder, candidate)
    except (OSError, ValueError):
        return _resolved(folder, candidate)
    return (candidate, "") if stat.S_ISREG(info.st_mode) else (None, "missing")


def leads_elsewhere(info: os.stat_result) -> bool:
    """Whether an lstat() is of a symbolic link or, on Windows, of any reparse point (a
    junction leads out of its folder as a link does, and lstat does not call it one)."""
    attributes = getattr(info, "st_file_attributes", 0)
    return stat.S_ISLNK(info.st_mode) or bool(attributes & stat.FILE_ATTRIBUTE_REPARSE_POINT)


def _resolved(folder: Path, candidate: Path) -> tuple[Path | None, str]:
    """safe_file() of a path through symbolic links, or that is missing: resolved whole."""
    try:
        resolved = candidate.resolve(strict=False)
        inside = resolved.is_relative_to(folder.resolve())
    except (OSError, RuntimeError, ValueError):
        return None, "outside"
    if not inside or (
        candidate.is_symlink() and not candidate.resolve().is_relative_to(folder.resolve())
    ):
        return None, "outside"
    if not candidate.is_file():
        return None, "missing"
    return candidate, ""


def check_file(
    folder: Path,
    folder_rel: str,
    name: str,
    document: YamlDocument,
    location: tuple,
    report: Report,
    *,
    image: str | None = None,
    missing: str = "photo-missing",
    inspected: Inspected | None = None,
) -> Path | None:
    """A file named by a record: inside its folder, present, and (for images) a readable image.

    `missing` is the code of an absent file: a photo's by default, a document's for project files.
    `inspected`: the images inspected before (an unchanged one is not read again).
    """
    path, problem = safe_file(folder, name)
    if problem:
        line, column = document.at(location, value=True)
        code = "path-outside" if problem == "outside" else missing
        report.add(code, document.path, line, column, value=name, folder=folder_rel)
        return None
    if image and path:
        if path.suffix.lower() == ".svg":
            line, column = document.at(location, value=True)
            report.add("svg-refused", document.path, line, column)
            return None
        try:
            if inspected is None:
                inspect_image(path, kind=image)
            else:
                inspected.inspect(path, kind=image)
        except ImageProblem as trouble:
            line, column = document.at(location, value=True)
            report.add(
                trouble.code, document.path, line, column, **{"detail": name, **trouble.params}
            )
            return None
    return path


def check_not_future(
    value: date | None, field: str, location: tuple, entry: Entry, limit: date, report: Report
) -> None:
    """A date no later than the limit (today plus the settings' future_days)."""
    if value and value > limit and entry.document:
        line, column = entry.document.at(location, value=True)
        report.add("date-future", entry.rel, line, column, field=field, value=value.isoformat())


def check_in_order(
    earlier: date | None,
    later: date | None,
    names: tuple[str, str],
    location: tuple,
    entry: Entry,
    report: Report,
) -> None:
    """An end not before its start (names: the two fields, for the message)."""
    if earlier and later and later < earlier and entry.document:
        line, column = entry.document.at(location, value=True)
        report.add(
            "date-order",
            entry.rel,
            line,
            column,
            field=names[1],
            value=later.isoformat(),
            other=names[0],
            other_value=earlier.isoformat(),
        )


def check_area(
    site: Site, area: Any, document: YamlDocument, location: tuple, report: Report
) -> None:
    """District, street and community as content/areas.yml names them (the first wrong level)."""
    tree = site.areas.tree
    if area is None or not tree:
        return
    levels = [
        ("district", "区", "district", tree),
        ("street", "街道（乡镇）", "street", tree.get(area.district, {})),
        ("community", "社区（村）", "community", tree.get(area.district, {}).get(area.street, {})),
    ]
    for key, level_zh, level_en, options in levels:
        value = getattr(area, key)
        if value in options:
            continue
        match = difflib.get_close_matches(value, list(options), n=1, cutoff=0.4)
        line, column = document.at((*location, key), value=True)
        report.add(
            "unknown-area",
            document.path,
            line,
            column,
            level_zh=level_zh,
            level_en=level_en,
            value=value,
            **did_you_mean(match),
        )
        return


def check_org_known(site: Site, value: str, entry: Entry, location: tuple, report: Report) -> None:
    """An organization id that names a folder under orgs/."""
    if value in site.orgs or entry.document is None:
        return
    match = difflib.get_close_matches(value, list(site.orgs), n=1, cutoff=0.6)
    line, column = entry.document.at(location, value=True)
    report.add(
        "unknown-org",
        entry.rel,
        line,
        column,
        value=value,
        **did_you_mean(match),
    )


def check_source_link(entry: Entry, report: Report) -> None:
    """A policy's 原文 link leads to the document, not to its issuer's home page (a bare host,
    or a host with only / or an index page)."""
    url = entry.record.source_url if entry.record else None
    if not url or not entry.document:
        return
    parts = urlsplit(str(url))
    path = parts.path.rstrip("/")
    if not parts.query and (not path or path.lower() in HOME_PAGES):
        line, column = entry.document.at(("source_url",), value=True)
        report.add("policy-source-home", entry.rel, line, column, value=str(url))
