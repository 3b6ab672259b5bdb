"""Names that identify: residents find an organization by its name, so no two may read the same.

- A full name equal to another's once spaces, punctuation and full-width forms are set aside
  (`柳岸社区 阳光助老服务队`, `柳岸社区阳光助老服务队。`) is an error on the later folder (by id).
- A short name equal to another's in the same street is a warning (residents of one street meet
  both); a full name within one character of another in the same community is a warning (a typo,
  or a copy that will be confused).

Codes identify too: a credit code used twice, or a filing number used twice by one filing
authority, is an error (check_codes).

Former names are not compared: an organization may take the name another gave up.
"""

from __future__ import annotations

import unicodedata
from collections import defaultdict

from generator.findings import Report
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


def one_left_out(key: str) -> set[str]:
    """The key, and the key with each one of its characters left out: two keys within one edit
    of each other always share one of these (a character changed at i: both without i; one
    added: the longer without it is the shorter)."""
    return {key, *(key[:i] + key[i + 1 :] for i in range(len(key)))}


class Community:
    """The full names of one community so far, found again by what one_left_out makes of them:
    a new name is compared with the few that share one, never with every name of the place
    (each name of a big community was compared with every one before it)."""

    def __init__(self) -> None:
        self.keys: list[tuple[str, str]] = []  # (key, organization), in the order they came
        self.by_variant: dict[str, list[int]] = defaultdict(list)

    def meet(self, key: str, org_id: str) -> str | None:
        """The first organization (in the order they came) whose name is one edit from key;
        then key is one of the community's names, for those that come after."""
        variants = one_left_out(key)
        found = {n for variant in variants for n in self.by_variant.get(variant, ())}
        similar = next(
            (self.keys[n][1] for n in sorted(found) if within_one_edit(key, self.keys[n][0])),
            None,
        )
        for variant in variants:
            self.by_variant[variant].append(len(self.keys))
        self.keys.append((key, org_id))
        return similar


def check_names(site: Site, report: Report) -> None:
    """Duplicate and look-alike names among the valid organizations, in id order."""
    full: dict[str, str] = {}
    shorts: dict[tuple[str, str, str], str] = {}
    by_community: dict[tuple[str, str, str], Community] = defaultdict(Community)
    for org_id, org in site.organizations():
        area = org.area
        key = name_key(org.name)
        if key in full:
            _add(site, report, "duplicate-name", org_id, "name", org.name, full[key])
        elif key:
            full[key] = org_id
            place = by_community[(area.district, area.street, area.community)]
            similar = place.meet(key, org_id)
            if similar:
                _add(site, report, "similar-name", org_id, "name", org.name, similar)
        short = name_key(org.short_name or "")
        if (area.district, area.street, short) in shorts:
            other = shorts[(area.district, area.street, short)]
            _add(site, report, "duplicate-short-name", org_id, "short_name", org.short_name, other)
        elif short:
            shorts[(area.district, area.street, short)] = org_id


def check_codes(site: Site, report: Report) -> None:
    """Two organizations cannot hold the same credit code, nor the same filing number from the
    same filing authority (two streets may each number their filings from 1)."""
    for key in ("uscc", "filing_no"):
        owners: dict[tuple[str, str], str] = {}
        for org_id, org in site.organizations():
            value = getattr(org, key)
            if not value:
                continue
            authority = name_key(org.filing_authority or "") if key == "filing_no" else ""
            normalized = (authority, name_key(value))
            if normalized in owners:
                entry = site.orgs[org_id].profile
                assert entry and entry.document
                line, column = entry.document.at((key,), value=True)
                other = f"orgs/{owners[normalized]}"
                report.add("duplicate-id", entry.rel, line, column, value=value, other=other)
            else:
                owners[normalized] = org_id


def _add(
    site: Site, report: Report, code: str, org_id: str, key: str, value: str | None, other: str
) -> None:
    """A finding at an organization's name or short name that names the other organization."""
    entry = site.orgs[org_id].profile
    other_org = site.orgs[other].org
    assert entry and entry.document and other_org
    line, column = entry.document.at((key,), value=True)
    report.add(
        code,
        entry.rel,
        line,
        column,
        value=value,
        other=f"orgs/{other}/org.yml",
        other_name=other_org.name,
    )
