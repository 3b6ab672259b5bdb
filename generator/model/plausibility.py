"""Whether a report's figures are believable, judged by the organization's own size and history
and by the activities it published: person-times served or trained per member and volunteer, a
jump of more than tenfold from the year before, expenditure far beyond income, training
delivered without any training activity or far from what the training activities add up to
(generator.model.training), and any person-times figure beyond a city's limit.

Past a warning level a figure gets a warning; past a limit of the settings (site_config.yml,
`plausibility:`) an error — unless the report explains the figure (`explanations: [{field,
note}]`). An explanation is never accepted silently: `gongshi check-changes` lists every figure
it excuses for the bureau's reviewers (assess() gives them).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from generator.findings import Report
from generator.input.records import AnnualReport, Organization
from generator.model.published import report_figures
from generator.model.site import Entry, OrgFolder, Site
from generator.model.training import TRAINING_TYPE, evidence_warnings

PERSON_TIMES = ("beneficiaries", "training.delivered", "training.attended", "trained_person_times")
HISTORY = ("beneficiaries", "volunteer_hours", "activities_count")  # money grows by grants
ALIASES = {  # an explanation of any of these names covers the figure
    "training.delivered": {"training", "training.delivered", "trained_person_times"},
    "trained_person_times": {"training", "training.delivered", "trained_person_times"},
    "expenditure.total": {"expenditure", "expenditure.total"},
}


@dataclass
class Flag:
    """One figure out of range: the finding it gives (unless explained) and its reasons."""

    field: str
    value: Any
    limit: bool = False  # beyond a limit of the settings: an error unless explained
    warnings: list[tuple[str, dict[str, Any]]] = field(default_factory=list)  # (code, params)
    reasons: list[str] = field(default_factory=list)  # why it is beyond a limit
    explanation: str | None = None  # the report's note on the figure, if any


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    return Decimal(str(value))


def _ratio(part: Decimal, whole: Decimal) -> str:
    return f"{(part / whole):.1f}"


def size_of(record: AnnualReport, org: Organization | None) -> int:
    """Members and volunteers: the report's, else the profile's; 0 when unknown."""
    people = org.people if org else None
    members = record.members if record.members is not None else (people.members if people else 0)
    volunteers = (
        record.volunteers if record.volunteers is not None else (people.volunteers if people else 0)
    )
    return (members or 0) + (volunteers or 0)


def training_key(figures: dict[str, Any]) -> str | None:
    if figures.get("training.delivered") is not None:
        return "training.delivered"
    return "trained_person_times" if figures.get("trained_person_times") is not None else None


def _held_training(site: Site, folder: OrgFolder, year: int) -> bool:
    """Whether the organization published (or joined) a training activity dated in the year."""
    refs = [(folder.id, stem) for stem in folder.activities]
    org = folder.org
    for ref in getattr(org, "joined", None) or []:
        text = str(ref)
        if "/" in text:
            owner, _, stem = text.partition("/")
            refs.append((owner, stem))
    for owner, stem in refs:
        other = site.orgs.get(owner)
        entry = other.activities.get(stem) if other else None
        record = entry.record if entry else None
        if record and record.type == TRAINING_TYPE and record.date.year == year:
            return True
    return False


def assess(site: Site, folder: OrgFolder, year: int) -> list[Flag]:
    """Every figure of the organization's report of the year that is out of range."""
    entry = folder.reports.get(year)
    record = entry.record if entry else None
    if record is None:
        return []
    limits = site.config.settings.plausibility
    figures = report_figures(record)
    flags: dict[str, Flag] = {}

    def flag(key: str) -> Flag:
        return flags.setdefault(key, Flag(key, figures.get(key)))

    for key in PERSON_TIMES:
        value = _number(figures.get(key))
        if value is not None and value > limits.max_person_times:
            flag(key).limit = True
            flag(key).reasons.append(
                f"超过一份年报的上限 {limits.max_person_times:,} (over {limits.max_person_times:,})"
            )
    people = size_of(record, folder.org)
    training = training_key(figures)
    per_person = [
        ("beneficiaries", limits.beneficiaries_per_person, limits.max_beneficiaries_per_person)
    ]
    if training:
        per_person.append((training, limits.training_per_person, limits.max_training_per_person))
    for key, warn, most in per_person:
        value = _number(figures.get(key))
        if value is None or not people:
            continue
        ratio = value / people
        if ratio > Decimal(str(most)):
            flag(key).limit = True
            each = _ratio(value, Decimal(people))
            flag(key).reasons.append(f"每名成员和志愿者 {each} 人次 ({each} per person)")
        elif ratio > Decimal(str(warn)):
            flag(key).warnings.append(
                (
                    "implausible-per-person",
                    {"ratio": _ratio(value, Decimal(people)), "people": people, "warn": warn},
                )
            )
    previous_entry = folder.reports.get(year - 1)
    previous = (
        report_figures(previous_entry.record) if previous_entry and previous_entry.record else {}
    )
    history = list(HISTORY)
    if training and training_key(previous):
        history.append(training)
    for key in history:
        old_key = training_key(previous) if key == training else key
        value, before = _number(figures.get(key)), _number(previous.get(old_key or key))
        if value is None or not before or value < limits.jump_floor:
            continue
        times = value / before
        if times > Decimal(str(limits.max_jump)):
            flag(key).limit = True
            flag(key).reasons.append(
                f"是上一年度（{before}）的 {times:.1f} 倍 ({times:.1f} times {before})"
            )
        elif times > Decimal(str(limits.jump)):
            flag(key).warnings.append(
                ("implausible-jump", {"before": before, "ratio": f"{times:.1f}"})
            )
    income, spent = _number(figures.get("income.total")), _number(figures.get("expenditure.total"))
    if income and spent:
        times = spent / income
        if times > Decimal(str(limits.max_expenditure_over_income)):
            flag("expenditure.total").limit = True
            flag("expenditure.total").reasons.append(
                f"是收入合计（{income}）的 {times:.1f} 倍 ({times:.1f} times the income)"
            )
        elif times > Decimal(str(limits.expenditure_over_income)):
            flag("expenditure.total").warnings.append(
                ("implausible-expenditure", {"income": income, "ratio": f"{times:.1f}"})
            )
    delivered = _number(figures.get("training.delivered"))
    if delivered and not _held_training(site, folder, year):
        flag("training.delivered").warnings.append(("training-without-activity", {"year": year}))
    for key, code, params in evidence_warnings(site, folder, year, figures):
        flag(key).warnings.append((code, params))
    notes = {item.field: item.note for item in record.explanations}
    for found in flags.values():
        names = ALIASES.get(found.field, {found.field})
        found.explanation = next((notes[n] for n in sorted(names) if n in notes), None)
    return [found for found in flags.values() if found.limit or found.warnings]


def check_plausibility(site: Site, report: Report) -> None:
    """A finding for each unexplained figure out of range, at the figure's line."""
    for _, folder in sorted(site.orgs.items()):
        for year, entry in sorted(folder.reports.items()):
            if entry.record is None or entry.document is None:
                continue
            for found in assess(site, folder, year):
                if found.explanation is not None:
                    continue
                add_flag(found, entry, report)


def add_flag(found: Flag, entry: Entry[AnnualReport], report: Report) -> None:
    assert entry.document is not None
    line, column = entry.document.at(tuple(found.field.split(".")), value=True)
    common = {"field": found.field, "value": found.value}
    if found.limit:
        reason = "；".join(found.reasons)
        report.add("implausible-limit", entry.rel, line, column, reason=reason, **common)
        return
    for code, params in found.warnings:
        report.add(code, entry.rel, line, column, **common, **params)
