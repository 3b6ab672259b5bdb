"""Checks of residents' judgements (项目或活动的 judged，and the bureau's register of evaluations):
a share satisfied needs the number who answered; more answers than people served is a warning;
no judgement before the work it judges, none in the future; an evaluation names a project or an
activity the organization has — each at its line."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from generator.findings import Report
from generator.input.records import Judgement
from generator.model.checks_fields import check_in_order, check_not_future
from generator.model.site import Entry, Site


def check_judgements(site: Site, report: Report, limit: date) -> None:
    """Every judgement of every project and activity, then the register's evaluations."""
    for folder in site.orgs.values():
        for entry in folder.projects.values():
            project = entry.record
            if project is not None and project.judged:
                served = project.beneficiaries
                most = max((served.count or 0, served.person_times or 0)) if served else None
                _check_rounds(entry, project.judged, (), project.period.start, most, limit, report)
        for entry in folder.activities.values():
            activity = entry.record
            if activity is not None and activity.judged:
                _check_rounds(
                    entry, activity.judged, (), activity.date, activity.participants, limit, report
                )
    for item in site.registers.evaluations:
        evaluation = item.record
        entry = Entry(id=item.rel, rel=item.rel, document=item.document, record=None)
        folder = site.orgs.get(evaluation.org)
        if folder is None:
            continue  # the register's check names the unknown organization
        start, most = None, None
        if evaluation.project is not None:
            project_entry = folder.projects.get(evaluation.project)
            if project_entry is None or project_entry.record is None:
                _unknown(entry, item.location, "project", evaluation.project, folder.rel, report)
            else:
                start = project_entry.record.period.start
        if evaluation.activity is not None:
            activity_entry = folder.activities.get(evaluation.activity)
            if activity_entry is None or activity_entry.record is None:
                _unknown(entry, item.location, "activity", evaluation.activity, folder.rel, report)
            else:
                start, most = activity_entry.record.date, activity_entry.record.participants
        _check_round(entry, evaluation, item.location, start, most, limit, report)


def _check_rounds(
    entry: Entry[Any],
    rounds: Sequence[Judgement],
    base: tuple[Any, ...],
    start: date | None,
    most: int | None,
    limit: date,
    report: Report,
) -> None:
    for index, judgement in enumerate(rounds):
        _check_round(entry, judgement, (*base, "judged", index), start, most, limit, report)


def _check_round(
    entry: Entry[Any],
    judgement: Judgement,
    location: tuple[Any, ...],
    start: date | None,
    most: int | None,
    limit: date,
    report: Report,
) -> None:
    document = entry.document
    if document is None:
        return
    check_not_future(judgement.on, "on", (*location, "on"), entry, limit, report)
    if start is not None:
        check_in_order(
            start, judgement.on, ("开始日期", "评价日期"), (*location, "on"), entry, report
        )
    if judgement.satisfied_share is not None and not judgement.answered:
        line, column = document.at((*location, "satisfied_share"))
        report.add("judged-share-without-answered", entry.rel, line, column)
    if judgement.answered and most and judgement.answered > most:
        line, column = document.at((*location, "answered"), value=True)
        report.add(
            "judged-answered-implausible",
            entry.rel,
            line,
            column,
            answered=judgement.answered,
            served=most,
        )


def _unknown(
    entry: Entry[Any], location: tuple[Any, ...], key: str, value: str, folder: str, report: Report
) -> None:
    assert entry.document is not None
    line, column = entry.document.at((*location, key), value=True)
    report.add(
        "evaluation-unknown-record", entry.rel, line, column, value=value, key=key, folder=folder
    )
