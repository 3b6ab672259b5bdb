"""Names that identify: residents find an organization by its name, so no two may read the same.

- A full name equal to another's once spaces, punctuation and full-width forms are set aside
  (`柳岸社区 阳光助老服务队`, `柳岸社区阳光助老服务队。`) is an error on the later folder (by id).
- A short name equal to another's in the same street is a warning (residents of one street meet
  both); a full name within one character of another in the same community is a warning (a typo,
  or a copy that will be confused).

Former names are not compared: an organization may take the name another gave up.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from generator.findings import Report
from generator.input.records import Organization
from generator.model.site import Site


def name_key(text: str) -> str:
    """A name as residents read it: full-width forms folded (NFKC), letters in one case, spaces,
    punctuation and symbols left out."""
    folded = unicodedata.normalize("NFKC", text).casefold()
    return "".join(ch for ch in folded if unicodedata.category(ch)[0] not in "ZPSC")


def within_one_edit(a: str, b: str) -> bool:
    """True when b is a with one character changed, added or left out (never when equal)."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    start = 0
    while start < len(a) and a[start] == b[start]:
        start += 1
    if len(a) == len(b):
        return a[start + 1 :] == b[start + 1 :]
    return a[start:] == b[start + 1 :]


def check_names(site: Site, report: Report) -> None:
    """Duplicate and look-alike names among the valid organizations, in id order."""
    orgs = site.organizations()
    full: dict[str, str] = {}
    shorts: dict[tuple[str, str, str], str] = {}
    by_community: dict[tuple[str, str, str], list[tuple[str, str]]] = defaultdict(list)
    for org_id, org in orgs:
        key = name_key(org.name)
        if key and key in full:
            _add(site, report, "duplicate-name", org_id, ("name",), org.name, full[key])
        elif key:
            full[key] = org_id
            place = (org.area.district, org.area.street, org.area.community)
            for other_key, other_id in by_community[place]:
                if within_one_edit(key, other_key):
                    other = _org(site, other_id)
                    _add(site, report, "similar-name", org_id, ("name",), org.name, other_id, other)
                    break
            by_community[place].append((key, org_id))
        if org.short_name and (short := name_key(org.short_name)):
            street = (org.area.district, org.area.street, short)
            if street in shorts:
                _add(
                    site, report, "duplicate-short-name", org_id, ("short_name",),
                    org.short_name, shorts[street],
                )  # fmt: skip
            else:
                shorts[street] = org_id


def _org(site: Site, org_id: str) -> Organization:
    folder = site.orgs[org_id]
    assert folder.org
    return folder.org


def _add(
    site: Site,
    report: Report,
    code: str,
    org_id: str,
    path: tuple[str, ...],
    value: str,
    other_id: str,
    other: Organization | None = None,
) -> None:
    entry = site.orgs[org_id].profile
    assert entry and entry.document
    line, column = entry.document.at(path, value=True)
    other_name = (other or _org(site, other_id)).name
    report.add(
        code,
        entry.rel,
        line,
        column,
        value=value,
        other=f"orgs/{other_id}/org.yml",
        other_name=other_name,
    )
