"""The calls the projects answer (content/calls/): the bureau's 2026 venture round (closed; three
projects answered, two funded), its government-purchase round open into 2027, and the street's own
call in its folder (content/calls/hubin/, named by call_folders in site_config.yml)."""

from __future__ import annotations

import shutil
from pathlib import Path

from .yamltext import clean, dump

BUREAU = "云溪市民政局"

CALLS = {
    "2026-chuangtou": {
        "title": "2026年云溪市社区公益创投大赛",
        "kind": "venture",
        "issuer": BUREAU,
        "summary": (
            "面向全市已登记或备案的社区社会组织，资助儿童关爱、为老服务、环境保护和文化传承等"
            "社区公益项目，每个项目执行一年。经初审、路演和评审委员会评审，公示后签订协议。"
        ),
        "opens_on": "2026-03-01",
        "deadline": "2026-04-30",
        "budget_cny": 600000,
        "max_per_project_cny": 30000,
        "fields": ["儿童关爱", "养老服务", "环境保护", "文化体育"],
        "service_targets": ["儿童", "老年人", "全体居民"],
        "projects_planned": 20,
    },
    "2027-goumai": {
        "title": "2027年云溪市社区养老服务项目政府购买服务",
        "kind": "government_purchase",
        "issuer": BUREAU,
        "summary": (
            "购买社区助餐送餐、上门探访和互助养老服务，服务期2027年3月至12月。"
            "申报的社会组织须已登记或备案，上一年度年报按时报送。"
        ),
        "opens_on": "2026-11-16",
        "deadline": "2027-01-15",
        "budget_cny": 1200000,
        "max_per_project_cny": 80000,
        "fields": ["养老服务", "邻里互助"],
        "service_targets": ["老年人"],
        "projects_planned": 15,
    },
}

STREET_CALLS = {
    "hubin": {
        "2027-weishixiang": {
            "title": "湖滨街道2027年“微实事”项目征集",
            "kind": "other",
            "issuer": "湖滨街道办事处",
            "summary": (
                "居民身边的小事：楼道整治、儿童托管、邻里互助等，每个项目不超过一万元，"
                "辖区内的社区社会组织和居民队伍都可以申报。"
            ),
            "opens_on": "2026-11-01",
            "deadline": "2027-01-10",
            "budget_cny": 100000,
            "max_per_project_cny": 10000,
            "fields": ["社区治理", "邻里互助", "儿童关爱"],
            "service_targets": ["全体居民"],
            "projects_planned": 12,
        }
    }
}


def write_calls(root: Path) -> None:
    folder = root / "content" / "calls"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    header = "# {issuer}的项目征集（虚构示例数据）\n"
    for call_id, call in CALLS.items():
        text = header.format(issuer=call["issuer"]) + dump(clean(call))
        (folder / f"{call_id}.yml").write_text(text, encoding="utf-8")
    for street, calls in STREET_CALLS.items():
        (folder / street).mkdir()
        for call_id, call in calls.items():
            text = header.format(issuer=call["issuer"]) + dump(clean(call))
            (folder / street / f"{call_id}.yml").write_text(text, encoding="utf-8")
