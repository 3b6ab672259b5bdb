"""Checks of the matchmaking board: a project's needs (dates in order, not posted or met in the
future), the calls it answers (known ones), a call's own dates."""

from __future__ import annotations

import difflib
from datetime import date

from generator.findings import Report, did_you_mean
from generator.model.checks_fields import check_in_order, check_not_future
from generator.model.site import Site


def check_board(site: Site, report: Report, limit: date) -> None:
    for entry in site.calls.values():
        call = entry.record
        if call is not None:
            check_in_order(
                call.opens_on, call.deadline, ("opens_on", "deadline"), ("deadline",), entry, report
            )
    for folder in site.orgs.values():
        for entry in folder.projects.values():
            project = entry.record
            if project is None or entry.document is None:
                continue
            for index, need in enumerate(project.seeking):
                at = ("seeking", index)
                check_not_future(
                    need.posted_on, "posted_on", (*at, "posted_on"), entry, limit, report
                )
                check_in_order(
                    need.posted_on,
                    need.until,
                    ("posted_on", "until"),
                    (*at, "until"),
                    entry,
                    report,
                )
                check_in_order(
                    need.posted_on,
                    need.met_on,
                    ("posted_on", "met_on"),
                    (*at, "met_on"),
                    entry,
                    report,
                )
                check_not_future(need.met_on, "met_on", (*at, "met_on"), entry, limit, report)
            for index, call_id in enumerate(project.answers):
                line, column = entry.document.at(("answers", index), value=True)
                call = site.calls.get(call_id)
                if call is None:
                    match = difflib.get_close_matches(call_id, list(site.calls), n=1, cutoff=0.6)
                    report.add(
                        "unknown-call",
                        entry.rel,
                        line,
                        column,
                        value=call_id,
                        **did_you_mean(match),
                    )
