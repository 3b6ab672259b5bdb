"""The other organizations a change names: a note for the reviewers of `gongshi check-changes`.

A folder may name other organizations (member_of, parent, members, incubated_by, incubated,
joined in org.yml; co_organizers in an activity). None of it reaches the other side before that
side confirms it in its own folder (generator.model.links), but the reviewers should know whom a
change talks about: every name a changed file adds, compared with the base version, is listed
as a warning (the change is not refused).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from generator.findings import Report
from generator.input.textfile import decode
from generator.input.yamlio import YamlDocument, load_text

# (field as shown, location in the document, the id named there)
Named = tuple[str, tuple[Any, ...], str]


def _ids(data: dict, key: str) -> Iterator[tuple[int | None, Any]]:
    value = data.get(key)
    if isinstance(value, list):
        yield from enumerate(value)
    elif value is not None:
        yield None, value


def names_in(data: Any, *, kind: str) -> list[Named]:
    """Every other organization (or platform) a record names, by field. kind: org | activity."""
    if not isinstance(data, dict):
        return []
    found: list[Named] = []
    keys = ("member_of", "parent", "members", "incubated", "joined") if kind == "org" else ()
    keys += ("co_organizers",) if kind == "activity" else ()
    for key in keys:
        for index, value in _ids(data, key):
            if isinstance(value, str) and value.strip():
                other = value.split("/")[0].strip() if key == "joined" else value.strip()
                location = (key,) if index is None else (key, index)
                found.append((key if index is None else f"{key}[{index}]", location, other))
    if kind == "org":
        for index, item in _ids(data, "incubated_by"):
            platform = item.get("platform") if isinstance(item, dict) else None
            if isinstance(platform, str) and platform.strip() and index is not None:
                location = ("incubated_by", index, "platform")
                found.append((f"incubated_by[{index}].platform", location, platform.strip()))
    return found


def kind_of(path: str) -> str | None:
    """org for orgs/<id>/org.yml, activity for orgs/<id>/activities/<stem>.yml, else None."""
    parts = path.split("/")
    if len(parts) == 3 and parts[0] == "orgs" and parts[2] == "org.yml":
        return "org"
    if len(parts) == 4 and parts[0] == "orgs" and parts[2] == "activities":
        return "activity" if parts[3].endswith((".yml", ".yaml")) else None
    return None


def _document(raw: bytes | None, rel: str) -> YamlDocument | None:
    if raw is None:
        return None
    scratch = Report()
    text = decode(raw, rel=rel, report=scratch)
    return load_text(text, rel=rel, report=scratch) if text is not None else None


def note_named(
    path: str,
    org: str,
    *,
    now: bytes | None,
    before: Callable[[], bytes | None],
    report: Report,
) -> None:
    """A names-other-org warning for each other organization the file names now and did not
    name before (the base version, read only when needed)."""
    kind = kind_of(path)
    document = _document(now, path) if kind else None
    if kind is None or document is None:
        return
    named = [item for item in names_in(document.data, kind=kind) if item[2] != org]
    if not named:
        return
    old = _document(before(), path)
    already = {other for _, _, other in names_in(old.data if old else None, kind=kind)}
    for field, location, other in named:
        if other not in already:
            line, column = document.at(location, value=True)
            report.add("names-other-org", path, line, column, other=other, field=field)
