"""Annual reports, orgs/<id>/reports/<year>.yml, consistent with each organization's records.

People served and volunteer hours follow the activities it published plus the sessions it did not,
in proportion to its members and volunteers; each figure stays within a few times of the previous
year's; expenditure stays within income. Training is delivered only by organizations that ran
trainings (a hub's series, or the training activities it published) and attended by the members
of the hubs that ran a series, never more in all than the hub delivered.
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from pathlib import Path
from typing import Any

from .links import confirmed_hubs
from .yamltext import clean, dump

SEED = 20241027
YEARS = (2022, 2023)  # the years the bureau published (registers.py): their figures are frozen
LATER_YEARS = (2024, 2025)  # drawn apart, so the published years' figures stay as they were
MAX_JUMP = 10  # the site's plausibility check: no figure moves tenfold from one year to the next
INCOME_KINDS = (
    "government_purchase",
    "venture",
    "lottery_fund",
    "donation",
    "self_raised",
    "other",
)
TRAINING = "培训"


def hub_members(orgs: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Hub id → the members it confirmed."""
    members: dict[str, list[str]] = defaultdict(list)
    for org in orgs:
        for hub in confirmed_hubs(org):
            members[hub].append(org["id"])
    return members


def write_reports(
    folder: Path, org: dict[str, Any], orgs: dict[str, dict[str, Any]], members: dict[str, list]
) -> dict[int, dict[str, int]]:
    """Write the organization's reports; returns per-year totals (delivered, attended, income)."""
    rng = random.Random(f"{SEED}-{org['id']}-reports")
    people = org.get("people") or {}
    size = max(8, (people.get("members") or 0) + (people.get("volunteers") or 0))
    reach = rng.uniform(0.6, 1.4)  # people reached by one unpublished session, per member
    unpublished = rng.randint(6, 16)  # sessions a year it does not publish as activities
    years = [year for year in YEARS if int(org["founded"][:4]) <= year]
    reports = {
        year: draft(org, year, rng, size, reach, unpublished, orgs, members) for year in years
    }
    level_income(reports, rng)
    correct(org, reports)
    later_rng = random.Random(f"{SEED}-{org['id']}-reports-later")
    later = {
        year: draft(org, year, later_rng, size, reach, unpublished, orgs, members)
        for year in LATER_YEARS
        if int(org["founded"][:4]) <= year
    }
    best = max((r["income"]["total"] for r in reports.values()), default=0)
    level_income(later, later_rng, best)
    reports |= later
    for year, note in org.get("training_explanations", {}).items():
        if year in reports:
            reports[year]["explanations"] = [{"field": "training.delivered", "note": note}]
    (folder / "reports").mkdir(exist_ok=True)
    totals = {}
    for year, report in reports.items():
        if year in org.get("reports_missing", []):
            continue
        (folder / "reports" / f"{year}.yml").write_text(dump(clean(report)), encoding="utf-8")
        training = report.get("training") or {}
        totals[year] = {
            "delivered": training.get("delivered") or 0,
            "attended": training.get("attended") or 0,
            "income": report["income"]["total"],
        }
    check_jumps(org["id"], reports)
    return totals


def draft(
    org: dict[str, Any],
    year: int,
    rng: random.Random,
    size: int,
    reach: float,
    unpublished: int,
    orgs: dict[str, dict[str, Any]],
    members: dict[str, list],
) -> dict[str, Any]:
    own = [a for a in org.get("activities", []) if a["date"].startswith(str(year))]
    income: dict[str, int] = defaultdict(int)
    for project in org.get("projects", []):
        for kind, _funder, amount, awarded, *_reference in project.get("funding", []):
            if awarded.startswith(str(year)):
                income[kind] += int(amount)
    income["self_raised"] += rng.randrange(500, 4000, 100)
    if rng.random() < 0.5:
        income["donation"] += rng.randrange(1000, 8000, 500)
    sessions = round(unpublished * rng.uniform(0.75, 1.25))
    volunteers = (org.get("people") or {}).get("volunteers") or 0
    return {
        "year": year,
        "activities_count": len(own) + sessions,
        "beneficiaries": sum(a.get("participants") or 0 for a in own)
        + round(sessions * size * reach),
        "volunteer_hours": sum(a.get("volunteer_hours") or 0 for a in own)
        + sessions * max(2, volunteers // 3) * rng.choice((2, 3)),
        "training": {
            "delivered": delivered(org, year, own, rng),
            "attended": attended(org, year, rng, orgs, members),
        },
        "income": dict(income),
        "expenditure": {},  # once the year's income is levelled (level_income)
        "members": (org.get("people") or {}).get("members"),
        "volunteers": (org.get("people") or {}).get("volunteers"),
        "party_building": (org.get("party") or {}).get("note", ""),
    }


def delivered(org: dict[str, Any], year: int, own: list[dict], rng: random.Random) -> int | None:
    """Person-times of the trainings it ran: its series, else its published training activities
    and now and then a repeat session it did not publish; none without a training."""
    published = sum(
        a.get("person_times") or a.get("participants") or 0
        for a in own
        if a.get("type") == TRAINING
    )
    series = org.get("training_series", {}).get(year)
    if series:
        if series < published:
            raise ValueError(f"{org['id']} {year}: series {series} < published trainings")
        return series
    if not published:
        return None
    return published + rng.choice((0, 0, 1)) * round(published / 2)


def attended(
    org: dict[str, Any],
    year: int,
    rng: random.Random,
    orgs: dict[str, dict[str, Any]],
    members: dict[str, list],
) -> int | None:
    """Its members' attendance at the series of the hubs it belongs to: a share of each hub's
    delivered person-times, so that all members together stay below what the hub delivered."""
    total = 0
    for hub in confirmed_hubs(org):
        series = orgs[hub].get("training_series", {}).get(year)
        if series:
            share = series / len(members[hub])
            total += rng.randint(max(1, round(share * 0.3)), max(1, round(share * 0.8)))
    return total or None


def level_income(reports: dict[int, dict[str, Any]], rng: random.Random, best: int = 0) -> None:
    """Its own fees and venue income keep every year within a sixth of its best year (a grant
    paid in one year does not make the others look empty; `best` counts years levelled before);
    expenditure within the year's income."""
    best = max([best] + [sum(r["income"].values()) for r in reports.values()])
    for report in reports.values():
        income = report["income"]
        short = best / 6 - sum(income.values())
        if short > 0:
            income["self_raised"] = income.get("self_raised", 0) + math.ceil(short / 100) * 100
        total = sum(income.values())
        report["income"] = {k: income[k] for k in INCOME_KINDS if income.get(k)} | {"total": total}
        spent = total - int(round(total * rng.uniform(0, 0.05), -1))
        admin, other = round(spent * 0.08), round(spent * 0.03)
        report["expenditure"] = {
            "program": spent - admin - other,
            "admin": admin,
            "other": other,
            "total": spent,
        }


def correct(org: dict[str, Any], reports: dict[int, dict[str, Any]]) -> None:
    """Volunteer hours left out of a published report, added later with a dated note (a figure
    of the bureau's published results: its snapshot records the correction)."""
    fix = org.get("report_correction")
    if not fix:
        return
    report = reports[fix["year"]]
    before = report["volunteer_hours"]
    report["volunteer_hours"] = before + fix["volunteer_hours"]
    note = (
        f"更正“志愿服务时长”：原填报 {before:,} 小时，漏计了 12 月“冬日暖心”送餐服务的 "
        f"{fix['volunteer_hours']:,} 小时，更正为 {report['volunteer_hours']:,} 小时。"
    )
    report["corrections"] = [{"on": fix["on"], "note": note}]


def check_jumps(org_id: str, reports: dict[int, dict[str, Any]]) -> None:
    """The writer keeps the example inside the site's own plausibility checks."""
    for year in reports:
        before = reports.get(year - 1)
        if not before:
            continue
        now = reports[year]
        for key in ("activities_count", "beneficiaries", "volunteer_hours"):
            low, high = sorted((before[key], now[key]))
            if low and high / low > MAX_JUMP:
                raise ValueError(f"{org_id} {year}: {key} jumps {before[key]} → {now[key]}")
        low, high = sorted((before["income"]["total"], now["income"]["total"]))
        if high / low > MAX_JUMP:
            raise ValueError(f"{org_id} {year}: income jumps {low} ↔ {high}")
