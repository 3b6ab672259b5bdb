"""Organizations' folders taken as this process's last reading left them (`gongshi serve`).

A save in `gongshi serve` changes a file or two, yet reading the repository again listed every
folder and asked the file system about every record file (15,485 at 2,000 organizations), and
made each folder's entries again, before a page was checked. The system tells `serve` which
paths changed (generator.engine.watch.Touched): a folder of an organization it said nothing of
since the last reading is the folder that reading made — its entries and records, and the
findings of reading it (names, unexpected files, fields) — and is taken as it was, its records
given back by the record cache, which holds them (RecordCache.carry). What is checked across
records is checked afresh every time (generator.model.checks).

A folder is taken only when the reading before was of the same repository, settings and cache
and went through every folder (one that raised leaves nothing); when every record of it is
still held by the record cache (a record with errors never is, a photo taken down lets go of
them all); and when nothing changed outside orgs/, content/ and theme/ (site_config.yml's lists
validate the records). Anything else, and every folder is read, as without `serve`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel

from generator.findings import Finding, Report
from generator.input.recordcache import RecordCache
from generator.input.yamlio import YamlDocument
from generator.model.site import OrgFolder

# what a change there can never alter in an organization's folder as read
APART = frozenset({"content", "theme"})


@dataclass
class _Read:
    """One organization's folder as a reading made it, and what that reading reported."""

    folder: OrgFolder
    findings: list[Finding]
    files: int  # files checked
    records: list[tuple[str, YamlDocument, BaseModel]] | None  # None: unheld


_LAST: dict[tuple[str, str, str], dict[str, _Read]] = {}


def touched_orgs(root: Path, changed: frozenset[str] | None) -> set[str] | None:
    """The organizations whose folders hold a changed path; None (every folder) when changed is
    None or a path outside orgs/<id>/, content/ and theme/ changed."""
    if changed is None:
        return None
    touched: set[str] = set()
    for path in changed:
        try:
            parts = Path(path).relative_to(root).parts
        except ValueError:
            return None
        if len(parts) >= 2 and parts[0] == "orgs":
            touched.add(parts[1])
        elif not parts or parts[0] not in APART:
            return None
    return touched


class Held:
    """The folders of the reading before, for the reading under way, and this one's for the next."""

    def __init__(self, root: Path, context: RecordCache, changed: frozenset[str] | None) -> None:
        self.context = context
        self.key = (str(root), context.salt, str(context.folder))
        self.before: dict[str, _Read] = {}
        self.touched: set[str] = set()
        self.now: dict[str, _Read] = {}
        self.taken = 0
        if context.folder is None:  # a reading without the cache neither takes nor leaves any
            return
        before = _LAST.pop(self.key, None)  # left again only once this reading went through
        _LAST.clear()
        touched = touched_orgs(root, changed)
        if before is not None and touched is not None:
            self.before, self.touched = before, touched

    def org(self, org_id: str, report: Report, read: Callable[[], OrgFolder]) -> OrgFolder:
        """The organization's folder as the reading before made it when nothing in it changed
        since (its findings reported again), else read()."""
        before = self.before.get(org_id)
        if (
            before is not None
            and org_id not in self.touched
            and before.records is not None
            and self.context.carry(before.records)
        ):
            for finding in before.findings:
                report.add_finding(finding)
            report.files_checked += before.files
            self.now[org_id] = before
            self.taken += 1
            return before.folder
        said, files = len(report.findings), report.files_checked
        folder = read()
        self.now[org_id] = _Read(
            folder, report.findings[said:], report.files_checked - files, _records(folder)
        )
        return folder

    def keep(self) -> int:
        """This reading's folders, for the next (once every folder was read or taken); how
        many were taken."""
        if self.context.folder is not None:
            _LAST[self.key] = self.now
        return self.taken


def _records(
    folder: OrgFolder,
) -> list[tuple[str, YamlDocument, BaseModel]] | None:
    """Every record of the folder with its path and document; None when one was not
    read whole (a file unread, a record with errors: read again every time)."""
    entries = [
        *([folder.profile] if folder.profile else []),
        *folder.projects.values(),
        *folder.activities.values(),
        *folder.reports.values(),
    ]
    records = []
    for entry in entries:
        if entry.document is None or entry.record is None:
            return None
        records.append((entry.rel, entry.document, entry.record))
    return records
