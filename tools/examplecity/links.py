"""Links between the example's organizations, each declared on one side and confirmed on the other.

- membership of hubs: the member declares `member_of`, the hub confirms in `members`;
- incubation: the organization declares `incubated_by`; a platform with its own folder confirms in
  `incubated`, a platform without one is confirmed by the bureau's register (registers.py);
- co-organized activities: the lead names `co_organizers`, each co-organizer confirms the activity
  in `joined` ("<lead>/<activity file stem>").

A few links are left unconfirmed on purpose, so the site shows both states.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

DISTRICT_HUB = "qingshan-lianhehui"
STREET_HUB = "hubin-lianhehui"

# 骑手驿家 declared its membership while still 培育中: the federation accepts members once filed.
UNCONFIRMED_MEMBERS = {("xinqiao-qishou", DISTRICT_HUB)}
# The opera club named 柳岸阳光 as co-organizer of its 重阳 show; 柳岸阳光 has not confirmed it.
UNCONFIRMED_JOINS = {("liuan-yangguang", "wutongli-yueju/2022-10-04-chongyang-liuan")}


def activity_ref(org: dict[str, Any], activity: dict[str, Any]) -> str:
    return f"{org['id']}/{activity['date']}-{activity['slug']}"


# The street's support platform (a register entry run by the street federation, operated by a
# social-work centre): the teams it incubated, confirmed by the federation's own folder.
STREET_PLATFORM = "hubin-zhichi"
STREET_PLATFORM_TEAMS = {
    "hubin-03": ("2022-03", "2023-01"),
    "hubin-07": ("2023-04", ""),
    "hubin-11": ("2023-09", ""),
}


def street_platform_incubated(org_id: str) -> list[tuple[str, str, str]]:
    """The street platform's incubation of a team, as the team declares it (incubated_by)."""
    if org_id not in STREET_PLATFORM_TEAMS:
        return []
    since, until = STREET_PLATFORM_TEAMS[org_id]
    return [(STREET_PLATFORM, since, until)]


def street_hubs(district: str, street: str, number: int) -> list[str]:
    """The hubs a small group belongs to: every team of 湖滨街道 is in the street federation, and
    one in three teams of 青山区 is also a member of the district federation."""
    hubs = [STREET_HUB] if (district, street) == ("青山区", "湖滨街道") else []
    if district == "青山区" and number % 3 == 0:
        hubs.append(DISTRICT_HUB)
    return hubs


def confirmations(orgs: list[dict[str, Any]]) -> dict[str, dict[str, list[str]]]:
    """Organization id → what it confirms in its own org.yml: members, incubated, joined."""
    ids = {org["id"] for org in orgs}
    confirmed: dict[str, dict[str, list[str]]] = defaultdict(
        lambda: {"members": [], "incubated": [], "joined": []}
    )
    declared_members, declared_joins = set(), set()
    for org in orgs:
        for hub in org.get("member_of", []):
            declared_members.add((org["id"], hub))
            if (org["id"], hub) not in UNCONFIRMED_MEMBERS:
                confirmed[hub]["members"].append(org["id"])
        for platform, _since, _until in org.get("incubated_by", []):
            if platform in ids:  # else the bureau's register of platforms confirms it
                confirmed[platform]["incubated"].append(org["id"])
            elif platform == STREET_PLATFORM:  # the federation that runs it confirms
                confirmed[STREET_HUB]["incubated"].append(org["id"])
        for activity in org.get("activities", []):
            for other in activity.get("co_organizers", []):
                declared_joins.add((other, activity_ref(org, activity)))
                if (other, activity_ref(org, activity)) not in UNCONFIRMED_JOINS:
                    confirmed[other]["joined"].append(activity_ref(org, activity))
    missing = (UNCONFIRMED_MEMBERS - declared_members) | (UNCONFIRMED_JOINS - declared_joins)
    if missing:
        raise ValueError(f"deliberately unconfirmed links that nobody declares: {sorted(missing)}")
    return confirmed


def confirmed_hubs(org: dict[str, Any]) -> list[str]:
    return [hub for hub in org.get("member_of", []) if (org["id"], hub) not in UNCONFIRMED_MEMBERS]
