"""The bureau's records: content/annual/<year>.yml (targets, its own trainings, highlights) and its
registers, content/registers/<name>.yml, each `<name>: [entries]`, every entry dated and carried
until it ends by a date of its own."""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from .calls import write_calls
from .reports import LATER_YEARS, YEARS
from .yamltext import clean, dump

BUREAU = "云溪市民政局"
VERIFIED_ON = "2024-10-15"

GRADES = [
    {
        "org": "qingshan-lianhehui",
        "grade": "4A",
        "awarded_on": "2022-09-20",
        "valid_until": "2027-09-19",
        "authority": BUREAU,
    },
    {
        "org": "liuan-yangguang",
        "grade": "3A",
        "awarded_on": "2023-10-10",
        "valid_until": "2028-10-09",
        "authority": BUREAU,
    },
]

# One listing that ended and one that goes on; the listed organization's records agree with the
# reason (shangxi-wenyi has no 2023 report: data.py, reports_missing).
LISTINGS = [
    {
        "org": "taoyuan-hongbai",
        "list": "abnormal",
        "listed_on": "2023-05-16",
        "reason": "通过备案的活动场所和负责人无法取得联系",
        "authority": "云溪市溪口县民政局",
        "ground": {"kind": "unreachable"},
        "removed_on": "2023-08-09",
        "removal_reason": "已办理负责人和活动场所变更备案，经核实可以取得联系",
    },
    {
        "org": "shangxi-wenyi",
        "list": "abnormal",
        "listed_on": "2024-03-20",
        "reason": "未按规定报送2023年度工作报告",
        "authority": "云溪市溪口县民政局",
        "ground": {"kind": "report_missing", "year": 2023},
    },
]

# Support platforms without a folder of their own: the bureau confirms whom the county's centre
# incubated; the street's platform is run by the street federation, whose folder confirms.
PLATFORMS = [
    {
        "id": "hubin-zhichi",
        "name": "湖滨街道社区社会组织支持平台",
        "kind": "街道社区社会组织服务中心",
        "run_by": "hubin-lianhehui",
        "operator": "云溪市湖滨知行社会工作服务中心",
        "operator_role": "受托运营",
        "partners": [{"name": "湖滨街道社区卫生服务中心", "role": "健康培训支持"}],
        "since": "2021-06-01",
        "address": "云溪市青山区湖滨街道社区服务中心三楼",
    },
    {
        "id": "xikou-fuhua",
        "name": "溪口县社区社会组织孵化中心",
        "operator": "溪口县益邻社会工作服务中心",
        "address": "云溪市溪口县溪口镇新街18号县社会组织服务中心一楼",
    },
]

# The late report with the county bureau's leave (growth.py: taoyuan-hongbai files no 2025 report).
EXTENSIONS = [
    {
        "org": "taoyuan-hongbai",
        "year": 2025,
        "until": "2027-02-28",
        "authority": "云溪市溪口县民政局",
        "reason": "理事会换届，2025年度账目正在由乡镇财政所审计",
    },
]

# Judgements that are not the organization's own: the street's hotline round and an independent
# evaluator's survey (the organizations' own rounds are in their folders, growth.py).
EVALUATIONS = [
    {
        "org": "wanghu-heshilao",
        "project": "loudao-yishi",
        "by": "street",
        "evaluator": "湖滨街道办事处",
        "method": "hotline",
        "on": "2025-03-18",
        "answered": 40,
        "satisfied_share": 87.5,
        "note": "街道对议事会调解过的纠纷当事人电话回访，三户希望调解后再回访一次",
    },
    {
        "org": "chayuan-chamiao",
        "project": "chamiao-zhijia",
        "by": "independent",
        "evaluator": "云溪市益评社会组织评估中心",
        "method": "survey",
        "on": "2026-10-15",
        "answered": 36,
        "satisfied_share": 91.7,
        "note": "受溪口县民政局委托，对参加课后陪伴的孩子的祖辈监护人做问卷",
    },
]

HEADERS = {
    "grades": "社会组织评估等级",
    "inspections": "年检（年度报告）结论",
    "listings": "活动异常名录和严重违法失信名单：列入和移出都登记日期，移出的条目保留",
    "commendations": "民政部门的表彰",
    "verifications": "机构资料核实",
    "platforms": "支持平台（孵化基地）和它们孵化的机构",
    "extensions": "批准延期报送年度报告",
    "evaluations": "街道、民政局和第三方组织的群众评价",
}


def write_bureau(root: Path, orgs: list[dict[str, Any]]) -> None:
    for year in YEARS:
        write_year(root, year)
    registers = {
        "grades": GRADES,
        "inspections": inspections(orgs),
        "listings": LISTINGS,
        "commendations": commendations(orgs),
        "verifications": [
            {
                "org": o["id"],
                "on": max(VERIFIED_ON, o["status_date"]),
                "by": o["authority"] or o["guiding_unit"],
            }
            for o in orgs
        ],
        "platforms": platforms(orgs),
        "extensions": EXTENSIONS,
        "evaluations": EVALUATIONS,
    }
    folder = root / "content" / "registers"
    folder.mkdir(parents=True, exist_ok=True)
    for name, entries in registers.items():
        header = f"# {BUREAU}登记册：{HEADERS[name]}（虚构示例数据）\n"
        text = header + dump({name: clean(entries)})
        (folder / f"{name}.yml").write_text(text, encoding="utf-8")
    write_calls(root)


def write_year(root: Path, year: int) -> None:
    """The annual file keeps what belongs to the year: targets, the bureau's own trainings by
    district, highlights."""
    step = YEARS.index(year)
    data = {
        "year": year,
        "publisher": BUREAU,
        "published_on": f"{year + 1}-03-28",
        "index_no": f"YXMZJ/{year + 1}-000{12 + step}",
        "publicity_until": f"{year + 1}-04-27",
        "targets": {
            "orgs_per_urban_community": 10,
            "orgs_per_rural_community": 5,
            "trained_person_times": 3000 + 500 * step,
        },
        "training": {
            district: 400 + 180 * step + (350 if district == "青山区" else 0)
            for district in ("青山区", "明溪区", "溪口县")
        },
        "highlights": [
            {"title": "新增备案组织", "value": f"{12 + 5 * step} 家"},
            {"title": "公益创投资助", "value": f"{18 + 6 * step} 个项目"},
        ],
    }
    path = root / "content" / "annual" / f"{year}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    header = f"# {BUREAU} {year} 年度社区社会组织培育发展情况公示（虚构示例数据）\n"
    path.write_text(header + dump(clean(data)), encoding="utf-8")


def inspections(orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [
        {
            "org": o["id"],
            "year": year,
            "conclusion": "qualified",
            "decided_on": f"{year + 1}-06-28",
            "authority": o["authority"],
        }
        for year in YEARS + LATER_YEARS
        for o in orgs
        if o["status"] == "registered"
        and int(o["founded"][:4]) <= year
        and year not in o.get("reports_missing", [])
    ]


def commendations(orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The bureau's yearly commendation, and the honors civil-affairs bureaus awarded that the
    organizations list themselves (so their pages show them as confirmed)."""
    entries = [
        {
            "title": f"{year}年度云溪市优秀社区社会组织",
            "awarded_by": BUREAU,
            "on": f"{year}-12-20",
            "orgs": [o["id"] for o in orgs if any(h[2] == year for h in o.get("honors", []))][:6]
            or [orgs[0]["id"]],
        }
        for year in YEARS
    ]
    awarded: dict[tuple[str, str, int], list[str]] = defaultdict(list)
    for org in orgs:
        for title, by, year in org.get("honors", []):
            if by.endswith("民政局"):
                awarded[(title, by, year)].append(org["id"])
    for (title, by, year), ids in sorted(awarded.items(), key=lambda item: item[0][2]):
        entries.append({"title": title, "awarded_by": by, "on": f"{year}-11-26", "orgs": ids})
    return entries


def platforms(orgs: list[dict[str, Any]]) -> list[dict[str, Any]]:
    incubated = defaultdict(list)
    for org in orgs:
        for platform, since, until in org.get("incubated_by", []):
            incubated[platform].append({"org": org["id"], "since": since, "until": until})
    return [
        platform | ({} if platform.get("run_by") else {"incubated": incubated[platform["id"]]})
        for platform in PLATFORMS
    ]
