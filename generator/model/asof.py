"""The date a build speaks for: what registers, validities, deadlines and lapses are judged by.

Never the machine's clock, so identical inputs give identical output. In order: the date the
command was given (`--as-of`), the settings' `today`, SOURCE_DATE_EPOCH (the reproducible-builds
convention), the commit date of the repository's HEAD, and last the latest date the records
themselves carry.
"""

from __future__ import annotations

import subprocess
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from generator.model.site import Site

GIT_TIMEOUT = 10  # seconds; a repository git cannot answer for in that time gives no date


def epoch_date(value: str | None) -> date | None:
    """The UTC day of a SOURCE_DATE_EPOCH value (seconds since 1970), None when unusable."""
    if not value or not value.strip().isdigit():
        return None
    try:
        return datetime.fromtimestamp(int(value), tz=UTC).date()
    except (OverflowError, OSError, ValueError):
        return None


def commit_date(root: Path) -> date | None:
    """The commit date of HEAD when root is the top of a git repository of its own (a fixture
    folder inside another repository does not take that repository's date)."""
    try:
        top = _git(root, "rev-parse", "--show-toplevel")
        if top is None or Path(top).resolve() != root.resolve():
            return None
        stamp = _git(root, "log", "-1", "--format=%ct", "HEAD")
    except OSError:  # no git on this machine
        return None
    return epoch_date(stamp)


def _git(root: Path, *args: str) -> str | None:
    try:
        done = subprocess.run(
            ["git", "-C", str(root), *args],
            capture_output=True,
            text=True,
            timeout=GIT_TIMEOUT,
            check=False,
            stdin=subprocess.DEVNULL,
        )
    except subprocess.TimeoutExpired:
        return None
    return done.stdout.strip() if done.returncode == 0 and done.stdout.strip() else None


def latest_record_date(site: Site) -> date | None:
    """The latest date any record carries (activities, reports' years, the bureau's files)."""
    return max(_record_dates(site), default=None)


def _record_dates(site: Site) -> Iterable[date]:
    for folder in site.orgs.values():
        for entry in folder.activities.values():
            if entry.record:
                yield entry.record.end_date or entry.record.date
        for year in folder.reports:
            yield date(year, 12, 31)
        org = folder.org
        if org is not None:
            yield from (d for d in (org.registered_on, org.filed_on) if d is not None)
    for entry in site.bureau_years.values():
        if entry.record:
            yield entry.record.published_on
    book = site.registers  # the days entries were made, never a validity's far end
    for listing in book.listings:
        yield from (d for d in (listing.record.listed_on, listing.record.removed_on) if d)
    for grade in book.grades:
        yield from (d for d in (grade.record.awarded_on, grade.record.ended_on) if d)
    for item in (*book.commendations, *book.verifications, *book.status):
        yield item.record.on


def resolve(site: Site, *, given: date | None, source_date_epoch: str | None) -> tuple[date, str]:
    """(the build's date, where it came from) — see the module's docstring for the order."""
    for found, source in (
        (given, "--as-of"),
        (site.config.settings.today, "site_config.yml today"),
        (epoch_date(source_date_epoch), "SOURCE_DATE_EPOCH"),
    ):
        if found is not None:
            return found, source
    committed = commit_date(site.root)
    if committed is not None:
        return committed, "git HEAD"
    latest = latest_record_date(site)
    if latest is not None:
        return latest, "records"
    return date(2000, 1, 1), "none"  # an empty repository: nothing depends on the date
