"""What `gongshi check-changes` shows the bureau's reviewers about explained figures: an
annual report's `explanations` turn a figure beyond the plausibility limits into a pass for
`validate`, so every figure an explanation excuses in a changed report is listed here, at the
explanation's line, for a person to judge — never accepted silently.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path
from typing import Protocol

from generator.findings import Report
from generator.model.load import load_site
from generator.model.plausibility import ALIASES, assess

REPORT_PATH = re.compile(r"^orgs/(?P<org>[a-z0-9-]+)/reports/(?P<year>\d{4})\.yml$")


class ChangedPath(Protocol):
    status: str
    path: str


def _mentions_explanations(root: Path, rel: str) -> bool:
    try:
        return b"explanations" in (root / rel).read_bytes()
    except OSError:
        return False


def review_notes(root: Path, changes: Sequence[ChangedPath], report: Report) -> None:
    """A note for each figure an explanation excuses in the changed annual reports."""
    paths = [
        change.path
        for change in changes
        if change.status != "D"
        and REPORT_PATH.match(change.path)
        and _mentions_explanations(root, change.path)
    ]
    if not paths:
        return
    site = load_site(root, Report())  # the records' own findings are validate's to report
    for rel in sorted(set(paths)):
        match = REPORT_PATH.match(rel)
        assert match is not None
        folder = site.orgs.get(match["org"])
        entry = folder.reports.get(int(match["year"])) if folder else None
        if folder is None or entry is None or entry.record is None or entry.document is None:
            continue
        fields = [item.field for item in entry.record.explanations]
        for flag in assess(site, folder, int(match["year"])):
            if flag.explanation is None:
                continue
            names = ALIASES.get(flag.field, {flag.field})
            index = next(i for i, name in enumerate(fields) if name in names)
            line, column = entry.document.at(("explanations", index, "note"), value=True)
            if flag.limit:
                reason = "超出上限 (beyond the limit)：" + "；".join(flag.reasons)
            else:
                reason = "超过提示线 (above the warning level)：" + "、".join(
                    code for code, _ in flag.warnings
                )
            report.add(
                "explanation-to-review",
                rel,
                line,
                column,
                field=flag.field,
                value=flag.value,
                reason=reason,
                note=flag.explanation,
            )
