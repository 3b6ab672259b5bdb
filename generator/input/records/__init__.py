"""One pydantic model per record kind; the JSON Schemas, scaffolds and docs are generated from them.

Titles and descriptions are Chinese so editors show Chinese hints. Controlled lists (categories,
fields, service targets, activity types, themes) are checked against site_config.yml through the
validation context; closed enumerations (status, plan, funding type) are Literal codes with labels.

One module per kind (organization, project, activity, annual_report, bureau, areas), the parts they
share in base; this package gathers them: every model importable from here, RECORD_KINDS, known_keys.
"""

from __future__ import annotations

from pydantic import BaseModel

from generator.input.records.activity import Activity, Photo
from generator.input.records.annual_report import (
    AnnualReport,
    Correction,
    Expenditure,
    Explanation,
    Income,
    Training,
)
from generator.input.records.areas import Areas, Community, District, Street
from generator.input.records.base import (
    BUREAU_OWNED_KEYS,
    LABELS,
    STATUS_REQUIRES,
    F,
    Record,
    TitleValue,
    model_at,
    models_in,
)
from generator.input.records.bureau import (
    AbnormalEntry,
    BureauYear,
    Commendation,
    GradeEntry,
    Inspection,
    Policy,
    Targets,
)
from generator.input.records.call import Call, Need
from generator.input.records.judgement import Evaluation, Judgement
from generator.input.records.organization import Incubation, Organization
from generator.input.records.project import Project
from generator.input.records.registers import (
    REGISTER_FILES,
    CommendationEntry,
    Extension,
    GradeAward,
    InspectionResult,
    LinkConfirmation,
    Listing,
    Platform,
    Registers,
    StatusChange,
    Verification,
)

RECORD_KINDS: dict[str, type[Record]] = {
    "organization": Organization,
    "project": Project,
    "activity": Activity,
    "annual-report": AnnualReport,
    "bureau-year": BureauYear,
    "policy": Policy,
    "areas": Areas,
    "registers": Registers,
    "call": Call,
}


def known_keys() -> frozenset[str]:
    """Every field name of every record model, for spotting keys typed with the wrong colon."""
    names: set[str] = set()
    seen: set[type] = set()

    def visit(model: type[BaseModel]) -> None:
        if model in seen:
            return
        seen.add(model)
        for name, info in model.model_fields.items():
            names.add(name)
            for candidate in models_in(info.annotation):
                visit(candidate)

    for model in RECORD_KINDS.values():
        visit(model)
    return frozenset(names)


__all__ = [
    "BUREAU_OWNED_KEYS",
    "LABELS",
    "RECORD_KINDS",
    "REGISTER_FILES",
    "STATUS_REQUIRES",
    "AbnormalEntry",
    "Activity",
    "AnnualReport",
    "Areas",
    "BureauYear",
    "Call",
    "Commendation",
    "CommendationEntry",
    "Community",
    "Correction",
    "District",
    "Evaluation",
    "Expenditure",
    "Explanation",
    "Extension",
    "F",
    "GradeAward",
    "GradeEntry",
    "Income",
    "Incubation",
    "Inspection",
    "InspectionResult",
    "Judgement",
    "LinkConfirmation",
    "Listing",
    "Need",
    "Organization",
    "Photo",
    "Platform",
    "Policy",
    "Project",
    "Record",
    "Registers",
    "StatusChange",
    "Street",
    "Targets",
    "TitleValue",
    "Training",
    "Verification",
    "known_keys",
    "model_at",
    "models_in",
]
