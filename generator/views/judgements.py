"""How residents judged a project or an activity, as its page shows it: every round, newest
first, with who asked (the organization itself, or a street, the bureau or an independent
evaluator from the bureau's register of evaluations) — self-reported and independent apart."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from generator.input.records import Judgement
from generator.input.records.judgement import JUDGED_BY_LABELS, METHOD_LABELS
from generator.model.site import Site, today
from generator.views.record_views import ActivityView, ProjectView


@dataclass(frozen=True)
class JudgementView:
    by: str  # self | street | bureau | independent
    by_label: str
    evaluator: str  # who asked: the organization's name, or the register's evaluator
    method_label: str
    on: date
    answered: int | None
    satisfied_share: Decimal | None
    note: str | None

    @property
    def independent(self) -> bool:
        return self.by != "self"


def _view(judgement: Judgement, by: str, evaluator: str) -> JudgementView:
    return JudgementView(
        by=by,
        by_label=JUDGED_BY_LABELS[by],
        evaluator=evaluator,
        method_label=METHOD_LABELS[judgement.method],
        on=judgement.on,
        answered=judgement.answered,
        satisfied_share=judgement.satisfied_share,
        note=judgement.note,
    )


def _newest_first(views: list[JudgementView]) -> list[JudgementView]:
    return sorted(views, key=lambda v: (v.on, v.by != "self"), reverse=True)


def attach_judgements(
    site: Site, projects: list[ProjectView], activities: list[ActivityView]
) -> None:
    """Each project's and activity's rounds: its own `judged`, and the register's evaluations
    of it dated by the build's date."""
    day = today(site)
    registered: dict[tuple[str, str, str], list[JudgementView]] = defaultdict(list)
    for item in site.registers.evaluations:
        evaluation = item.record
        if evaluation.on > day:
            continue
        view = _view(evaluation, evaluation.by, evaluation.evaluator)
        if evaluation.project:
            registered[(evaluation.org, "project", evaluation.project)].append(view)
        if evaluation.activity:
            registered[(evaluation.org, "activity", evaluation.activity)].append(view)
    for project in projects:
        own = [_view(j, "self", project.org.name) for j in project.record.judged]
        extra = registered.get((project.org.id, "project", project.id), [])
        project.judgements = _newest_first([*own, *extra])
    for activity in activities:
        own = [_view(j, "self", activity.org.name) for j in activity.record.judged]
        extra = registered.get((activity.org.id, "activity", activity.id), [])
        activity.judgements = _newest_first([*own, *extra])
