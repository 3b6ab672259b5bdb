"""Training counted from its evidence: the training activities (type 培训) an organization
published, with their person-times, set against the `training.delivered` its annual report gives.

The report's figure stays the source of the bureau's total (counted once, issue 17); the
activities are the evidence it is checked against: a warning when the two disagree widely, or
when training activities exist and the report gives no figure.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from generator.input.records import Activity
from generator.model.site import OrgFolder, Site

TRAINING_TYPE = "training"  # the activity type 培训


@dataclass(frozen=True)
class TrainingEvidence:
    """The training activities an organization led in a year: how many, and their person-times
    (each activity's `person_times`, else its participants)."""

    activities: int = 0
    person_times: int = 0


def activity_person_times(record: Activity) -> int:
    """Person-times of one activity: a course of several sessions counts each attendance."""
    if record.person_times is not None:
        return record.person_times
    return record.participants or 0


def training_evidence(folder: OrgFolder, year: int) -> TrainingEvidence:
    """The training activities of the organization's own folder dated in the year (those it led:
    a co-organizer's share is the lead's figure, counted once)."""
    count = times = 0
    for entry in folder.activities.values():
        record = entry.record
        if record and record.type == TRAINING_TYPE and record.date.year == year:
            count += 1
            times += activity_person_times(record)
    return TrainingEvidence(count, times)


def evidence_warnings(
    site: Site, folder: OrgFolder, year: int, figures: dict[str, Any]
) -> list[tuple[str, str, dict[str, Any]]]:
    """(field, code, parameters) of the warnings the report's training figure gets from the
    activities: missing while activities exist, or off by more than the settings' ratio."""
    evidence = training_evidence(folder, year)
    if not evidence.activities:
        return []
    delivered = figures.get("training.delivered")
    if delivered is None and figures.get("trained_person_times") is None:
        params = {"year": year, "count": evidence.activities, "evidence": evidence.person_times}
        return [("training", "training-missing", params)]
    if delivered is None or not evidence.person_times:
        return []
    ratio = Decimal(str(site.config.settings.plausibility.training_evidence_ratio))
    reported = Decimal(str(delivered))
    if reported > ratio * evidence.person_times or evidence.person_times > ratio * reported:
        params = {
            "year": year,
            "count": evidence.activities,
            "evidence": evidence.person_times,
            "ratio": ratio,
        }
        return [("training.delivered", "training-disagrees", params)]
    return []
