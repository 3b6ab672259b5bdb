"""Write the example city into a site repository: each organization's folder (records, drawn logo
and photos: here; annual reports: reports.py; the links it confirms: links.py) and the bureau's
annual files and registers (registers.py).

Deterministic from a seed, so the example can be regenerated and extended:
    PYTHONPATH=tools python -m examplecity [--root DIR] [--only ORG_ID ...] [--no-photos]
The generated files are committed; the example must always validate with zero findings.
"""

from __future__ import annotations

import argparse
import random
import shutil
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import yaml

from generator.input.codes import USCC_CHARSET, uscc_with_check

from .data import LATER_ORGS, ORGS, SMALL_GROUP_EXTRAS
from .drawing import draw_logo, draw_photo, save_photo_jpeg
from .growth import BASIC_GROUPS, EXAMPLE_DAY, grow
from .links import confirmations, street_hubs, street_platform_incubated
from .newcomers import NEWCOMERS
from .registers import write_bureau
from .reports import SEED, hub_members, write_reports
from .yamltext import clean, dump

REGION_CODES = {
    "青山区": "990102",
    "明溪区": "990103",
    "溪口县": "990121",
}  # fictional: no real 99xxxx
PHOTO_SIZE = (1600, 1200)
PORTRAIT_SIZE = (1200, 1600)
PHOTO_QUALITY = 74
CAMERAS = [
    ("HUAWEI", "P60"),
    ("Xiaomi", "13"),
    ("OPPO", "Reno10"),
    ("vivo", "X90"),
    ("Apple", "iPhone 13"),
]
CENTER = (28.6812, 119.9145)  # a made-up spot for the fictional city's GPS tags

# Small groups that make a real city's density: many filed dance, choir, patrol and craft teams.
SMALL_GROUP_KINDS = [
    (
        "广场舞队",
        "文体娱乐类",
        ["文化体育"],
        ["全体居民", "妇女"],
        "组织居民傍晚在广场跳健身舞，每周排练三次，参加社区节庆演出。",
        "舞",
    ),
    (
        "合唱团",
        "文体娱乐类",
        ["文化体育"],
        ["老年人", "全体居民"],
        "每周两次合唱排练，在重阳、国庆等节日为社区居民演出。",
        "歌",
    ),
    (
        "太极拳队",
        "文体娱乐类",
        ["文化体育", "健康服务"],
        ["老年人"],
        "每天清晨在社区广场练习太极拳，带新学员入门。",
        "拳",
    ),
    (
        "平安巡防队",
        "社区事务类",
        ["平安调解"],
        ["全体居民"],
        "每晚在小区巡查消防通道和电动车充电，协助物业排查安全隐患。",
        "安",
    ),
    (
        "编织手工组",
        "居民互助类",
        ["邻里互助"],
        ["妇女", "老年人"],
        "居民一起编织围巾帽子，送给困难老人和山区孩子。",
        "织",
    ),
    (
        "读书会",
        "文体娱乐类",
        ["文化体育", "青少年成长"],
        ["青少年", "全体居民"],
        "每月共读一本书，组织亲子阅读和好书交换。",
        "书",
    ),
    (
        "环保志愿队",
        "公益慈善类",
        ["环境保护"],
        ["全体居民"],
        "开展垃圾分类督导、河道清洁和旧物回收活动。",
        "绿",
    ),
    (
        "邻里调解室",
        "社区事务类",
        ["平安调解", "社区治理"],
        ["全体居民"],
        "由退休法官和老党员调解邻里纠纷，做到小事不出楼道。",
        "和",
    ),
    (
        "助老帮扶队",
        "生活服务类",
        ["养老服务"],
        ["老年人", "困难群众"],
        "定期探访独居老人，帮忙买菜、陪同就医和理发。",
        "老",
    ),
    (
        "象棋协会",
        "文体娱乐类",
        ["文化体育"],
        ["老年人", "青少年"],
        "组织象棋爱好者切磋棋艺，每年举办社区象棋赛。",
        "棋",
    ),
    (
        "亲子志愿队",
        "公益慈善类",
        ["儿童关爱", "公益慈善"],
        ["儿童", "全体居民"],
        "家长带着孩子一起做志愿服务，义卖、探访和环保宣传。",
        "亲",
    ),
    (
        "楼道议事会",
        "社区事务类",
        ["社区治理"],
        ["全体居民"],
        "楼道居民商量加装电梯、停车和楼道整治等身边事。",
        "议",
    ),
]
# What tells the small groups of one community apart, as in real names: who runs them (党员,
# 巾帼, 退休法官), a brand word (夕阳红, 百灵) or the housing estate (翠竹苑). No two of a kind
# differ by one character, so no name is within a character of another in its community.
SMALL_GROUP_BRANDS = {
    "广场舞队": ["夕阳红", "彩霞", "百花", "金秋", "欢乐", "红枫", "飞燕", "霓裳"],
    "合唱团": ["银铃", "百灵", "红歌", "金色年华", "和声", "晨曦", "老年大学校友", "心连心"],
    "太极拳队": ["陈式", "松鹤", "晨曦", "颐和", "武当", "乐龄", "清风", "逍遥"],
    "平安巡防队": ["银发", "红袖标", "夜巡", "楼长", "党员", "骑行", "义警", "守望"],
    "编织手工组": ["巾帼", "巧手", "暖冬", "妈妈", "织梦", "针线情", "银针", "彩线"],
    "读书会": ["书香", "亲子", "银发", "夜读", "红色经典", "绘本", "诗词", "青藤"],
    "环保志愿队": ["垃圾分类", "护河", "绿色", "旧物新生", "低碳", "小河长", "清洁家园", "碧水"],
    "邻里调解室": ["老娘舅", "退休法官", "楼道", "和为贵", "知心大姐", "老党员", "说和", "同心"],
    "助老帮扶队": ["党员", "巾帼", "青年", "邻里", "暖心", "银龄互助", "红马甲", "爱心理发"],
    "象棋协会": ["楚河汉界", "老年", "少儿", "棋友", "弈趣", "银发", "梧桐", "乐弈"],
    "亲子志愿队": ["小手拉大手", "萌娃", "好家风", "阳光", "小候鸟", "童心", "向日葵", "七彩"],
    "楼道议事会": [
        "滨湖花园",
        "翠竹苑",
        "锦江小区",
        "春晖里",
        "和平新村",
        "幸福家园",
        "金桂园",
        "阳光城",
    ],
}
# Where the small groups go: streets that should meet the density targets get more.
# Sized so that 青山区 reaches the urban target (10 per community) and 溪口县 the rural one (5 per
# village), while 明溪区 reaches neither: the bureau's results then show targets met and missed.
SMALL_GROUP_PLAN = {
    ("青山区", "湖滨街道"): 30,
    ("溪口县", "石桥镇"): 16,
    ("明溪区", "南门街道"): 6,
    ("青山区", "梧桐街道"): 26,
    ("青山区", "云锦街道"): 16,
    ("溪口县", "青溪乡"): 10,
    ("溪口县", "溪口镇"): 6,
}
PINYIN_STREETS = {
    "湖滨街道": "hubin",
    "石桥镇": "shiqiao",
    "南门街道": "nanmen",
    "梧桐街道": "wutong",
    "云锦街道": "yunjin",
    "青溪乡": "qingxi",
    "溪口镇": "xikouzhen",
}


def _areas(root: Path) -> dict[tuple[str, str], list[tuple[str, str]]]:
    raw = yaml.safe_load((root / "content" / "areas.yml").read_text(encoding="utf-8"))
    streets: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for district in raw["districts"]:
        for street in district["streets"]:
            streets[(district["name"], street["name"])] = [
                (c["name"], c["type"]) for c in street["communities"]
            ]
    return streets


def uscc_for(org: dict[str, Any], rng: random.Random) -> str:
    region = REGION_CODES[org["area"][0]]
    body = "".join(rng.choice(USCC_CHARSET[:10] + "MNPQRTUWXY") for _ in range(9))
    return uscc_with_check(f"5{org['registered_kind'] or '2'}{region}{body}")


def certificate(org: dict[str, Any]) -> dict[str, Any]:
    """The registration certificate's facts (no random draw: the other records stay as they were):
    renewed every five years from the registration (the one in force on the day the example
    speaks for), the domicile the venue's address."""
    start = date.fromisoformat(org["status_date"])
    while start.replace(year=start.year + 5) <= EXAMPLE_DAY:
        start = start.replace(year=start.year + 5)
    return {
        "legal_representative": (org.get("leader") or {}).get("name", ""),
        "funds_cny": 10_000 * (3 + len(org["id"]) % 5),
        "domicile": (org.get("venue") or {}).get("address", ""),
        "certificate_valid_from": start.isoformat(),
        "certificate_valid_until": (
            start.replace(year=start.year + 5) - timedelta(days=1)
        ).isoformat(),
        "business_scope": org["purpose"],
    }


def filing_no(org: dict[str, Any], index: int) -> str:
    year = org["status_date"][:4]
    district = REGION_CODES[org["area"][0]][-2:]
    return f"YX{district}-{year}-{index:03d}"


def org_record(
    org: dict[str, Any], index: int, rng: random.Random, confirms: dict[str, list[str]]
) -> dict[str, Any]:
    district, street, community = org["area"]
    record: dict[str, Any] = {
        "name": org["name"],
        "short_name": org["short_name"],
        "former_names": org.get("former_names", []),
        "status": org["status"],
    }
    if org["status"] == "registered":
        record |= {
            "uscc": uscc_for(org, rng),
            "registration_authority": org["authority"],
            "registered_on": org["status_date"],
            "registration": certificate(org),
        }
    elif org["status"] == "filed":
        record |= {
            "filing_no": filing_no(org, index),
            "filing_authority": org["authority"],
            "filed_on": org["status_date"],
        }
    record |= {
        "guiding_unit": org["guiding_unit"],
        "incubated_by": [
            {"platform": platform, "since": since, "until": until}
            for platform, since, until in org.get("incubated_by", [])
        ],
        "member_of": org.get("member_of", []),
        "founded": org["founded"],
        "category": org["category"],
        "fields": org["fields"],
        "service_targets": org["service_targets"],
        "purpose": org["purpose"],
        "area": {"district": district, "street": street, "community": community},
        "venue": org.get("venue") or {},
        "contact": {
            "phone": org.get("phone", ""),
            "email": org.get("email", ""),
            "wechat_official_account": org.get("wechat", ""),
        },
        "leader": org.get("leader") or {},
        "people": org.get("people") or {},
        "party": org.get("party") or {},
        "brand": {
            "logo": "logo.png" if org.get("initial") else "",
            "color": org.get("color", ""),
            "slogan": org.get("slogan", ""),
            "story": org.get("story", "").replace("\n\n", "\n\n"),
            "highlights": [{"title": t, "value": v} for t, v in org.get("highlights", [])],
        },
        "honors": [{"title": t, "awarded_by": b, "year": y} for t, b, y in org.get("honors", [])],
        "maintainers": org["maintainers"],
        # what this organization confirms of the links others declare (links.py)
        "members": confirms["members"],
        "incubated": confirms["incubated"],
        "joined": confirms["joined"],
    }
    return clean(record)


def project_record(project: dict[str, Any]) -> dict[str, Any]:
    return clean(
        {
            "title": project["title"],
            "summary": project["summary"],
            "description": project.get("description", ""),
            "plan": project["plan"],
            "fields": project["fields"],
            "service_targets": project.get("service_targets", []),
            "period": {"start": project["start"], "end": project.get("end", "")},
            "status": project["status"],
            "funding": [
                {
                    "type": item[0],
                    "funder": item[1],
                    "amount_cny": item[2],
                    "awarded_on": item[3],
                    "reference": item[4] if len(item) > 4 else "",
                }
                for item in project.get("funding", [])
            ],
            "beneficiaries": project.get("beneficiaries") or {},
            "partners": project.get("partners", []),
            "outcomes": [{"title": t, "value": v} for t, v in project.get("outcomes", [])],
            "brand_project": bool(project.get("brand_project")),
            "judged": project.get("judged", []),
            "seeking": project.get("seeking", []),
            "answers": project.get("answers", []),
        }
    )


def activity_record(activity: dict[str, Any], photos: list[dict[str, Any]]) -> dict[str, Any]:
    return clean(
        {
            "title": activity["title"],
            "date": activity["date"],
            "end_date": activity.get("end_date", ""),
            "place": activity["place"],
            "project": activity.get("project", ""),
            "type": activity.get("type", ""),
            "theme": activity.get("theme", ""),
            "co_organizers": activity.get("co_organizers", []),
            "participants": activity.get("participants"),
            "person_times": activity.get("person_times"),
            "volunteers": activity.get("volunteers"),
            "volunteer_hours": activity.get("volunteer_hours"),
            "description": activity.get("description", ""),
            "cover": photos[0]["file"] if photos else "",
            "photos": photos,
            "judged": activity.get("judged", []),
        }
    )


def _exif_for(serial: int, date_text: str, rng: random.Random) -> dict[str, Any] | None:
    """Some photos carry camera, time, GPS and orientation tags, so stripping and rotation are exercised."""
    if serial % 3:
        return None
    make, model = CAMERAS[serial % len(CAMERAS)]
    exif: dict[str, Any] = {
        "make": make,
        "model": model,
        "datetime": date_text.replace("-", ":") + " 09:30:00",
    }
    if serial % 2 == 0:
        exif["gps"] = (CENTER[0] + rng.uniform(-0.05, 0.05), CENTER[1] + rng.uniform(-0.05, 0.05))
    if serial % 9 == 0:
        exif["orientation"] = 6
    elif serial % 15 == 0:
        exif["orientation"] = 8
    return exif


def clear_folder(folder: Path, *, keep_photos: bool) -> None:
    """Empty an organization's folder before writing it; without drawing (--no-photos) the photos
    already drawn stay, so records can be rewritten quickly without losing them."""
    if not folder.exists():
        return
    if not keep_photos:
        shutil.rmtree(folder)
        return
    for path in sorted(folder.rglob("*"), reverse=True):
        if path.is_dir():
            if not any(path.iterdir()):
                path.rmdir()
        elif not (path.suffix == ".jpg" and path.parent.parent.name == "activities"):
            path.unlink()


def write_org(root: Path, org: dict[str, Any], index: int, city: City, *, photos: bool) -> None:
    """Write one organization's folder: profile, logo, projects, activities, photos, reports."""
    rng = random.Random(f"{SEED}-{org['id']}")
    folder = root / "orgs" / org["id"]
    clear_folder(folder, keep_photos=not photos)
    (folder / "projects").mkdir(parents=True, exist_ok=True)
    (folder / "org.yml").write_text(
        dump(org_record(org, index, rng, city.confirms[org["id"]])), encoding="utf-8"
    )
    if org.get("initial"):
        logo = draw_logo(
            seed=SEED + index,
            name=org["short_name"],
            initial=org["initial"],
            color=org["color"],
            size=512,
        )
        logo.save(folder / "logo.png", optimize=True)
    for project in org.get("projects", []):
        (folder / "projects" / f"{project['id']}.yml").write_text(
            dump(project_record(project)), encoding="utf-8"
        )
    activities_dir = folder / "activities"
    serial = index * 100
    for activity in org.get("activities", []):
        stem = f"{activity['date']}-{activity['slug']}"
        activities_dir.mkdir(exist_ok=True)
        photo_entries = []
        alts = activity.get("photo_alts", [])
        if photos and activity.get("photos"):
            (activities_dir / stem).mkdir(parents=True, exist_ok=True)
        for number in range(activity.get("photos", 0)):
            serial += 1
            name = f"{number + 1:03d}.jpg"
            portrait = serial % 7 == 0
            width, height = PORTRAIT_SIZE if portrait else PHOTO_SIZE
            if photos:
                image = draw_photo(
                    seed=SEED + serial,
                    scene=activity.get("scene", "meeting_room"),
                    banner_text=(activity.get("banner") or None) if number == 0 else None,
                    width=width,
                    height=height,
                    children=bool(activity.get("children")),
                )
                save_photo_jpeg(
                    image,
                    activities_dir / stem / name,
                    quality=PHOTO_QUALITY,
                    exif=_exif_for(serial, activity["date"], rng),
                )
            entry: dict[str, Any] = {
                "file": name,
                "alt": alts[number] if number < len(alts) else activity["title"],
            }
            if activity.get("children"):
                entry |= {"contains_minors": True, "consent": True}
            photo_entries.append(entry)
        (activities_dir / f"{stem}.yml").write_text(
            dump(activity_record(activity, photo_entries)), encoding="utf-8"
        )
    write_reports(folder, org, city.by_id, city.members)


def small_groups(root: Path) -> list[dict[str, Any]]:
    """Profiles of the many small filed teams a real city has (no photos, generated names)."""
    streets = _areas(root)
    rng = random.Random(SEED)
    groups = []
    named: dict[tuple[str, str], list[str]] = {}
    for (district, street), count in SMALL_GROUP_PLAN.items():
        communities = streets[(district, street)]
        for number in range(count):
            community, kind_of_place = communities[number % len(communities)]
            kind = SMALL_GROUP_KINDS[(number * 5 + len(groups)) % len(SMALL_GROUP_KINDS)]
            suffix, category, fields, targets, purpose, _initial = kind
            brands = named.setdefault((community, suffix), list(SMALL_GROUP_BRANDS[suffix]))
            brand = brands.pop(0)
            year = rng.randint(2014, 2022)
            groups.append(
                {
                    "id": f"{PINYIN_STREETS[street]}-{number + 1:02d}",
                    "name": f"{community}{brand}{suffix}",
                    "short_name": f"{community[:2]}{brand}{suffix}",
                    "status": "filed",
                    "authority": f"{street}{'办事处' if street.endswith('街道') else '人民政府'}",
                    "status_date": f"{year + 1}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                    "registered_kind": "",
                    "guiding_unit": f"{community}{'居民委员会' if kind_of_place == 'urban' else '村民委员会'}",
                    "member_of": street_hubs(district, street, number),
                    "incubated_by": street_platform_incubated(
                        f"{PINYIN_STREETS[street]}-{number + 1:02d}"
                    ),
                    "founded": f"{year}-{rng.randint(1, 12):02d}",
                    "category": category,
                    "fields": fields,
                    "service_targets": targets,
                    "purpose": purpose,
                    "area": [district, street, community],
                    "people": {"members": rng.randint(8, 60), "volunteers": rng.randint(0, 30)},
                    "maintainers": [f"{PINYIN_STREETS[street]}-team"],
                }
            )
            groups[-1] |= SMALL_GROUP_EXTRAS.get(groups[-1]["id"], {})
            if groups[-1]["id"] in BASIC_GROUPS:
                groups[-1] |= basic_facts(groups[-1], number)
    return groups


def basic_facts(group: dict[str, Any], number: int) -> dict[str, Any]:
    """Contacts, leader and meeting place of a small group that published them (no random draw:
    the other groups' records stay as they were)."""
    district, street, community = group["area"]
    place = f"{community}党群服务中心" if community.endswith("社区") else f"{community}文化礼堂"
    return {
        "phone": f"0599-86{40 + number:02d} {3100 + 7 * number}",
        "leader": {"role": "队长"},
        "venue": {
            "name": place,
            "address": f"云溪市{district}{street}{community}{place[len(community) :]}",
        },
    }


class City:
    """All organizations and the links between them, which each folder's records depend on."""

    def __init__(self, orgs: list[dict[str, Any]]) -> None:
        self.orgs = orgs
        self.by_id = {org["id"]: org for org in orgs}
        self.confirms = confirmations(orgs)
        self.members = hub_members(orgs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write the example city into a site repository")
    parser.add_argument("--root", default=".", help="site repository root")
    parser.add_argument("--only", nargs="*", help="only these organizations (records and photos)")
    parser.add_argument("--no-photos", action="store_true", help="write records but draw no photos")
    args = parser.parse_args(argv)
    root = Path(args.root)
    # organizations added later come last, so the numbering of the first edition stays stable
    first = [dict(org) for org in ORGS] + small_groups(root) + [dict(o) for o in LATER_ORGS]
    city = City([grow(org) for org in first] + [dict(o) for o in NEWCOMERS])
    for index, org in enumerate(city.orgs):
        if args.only and org["id"] not in args.only:
            continue
        write_org(root, org, index, city, photos=not args.no_photos)
    if not args.only:
        write_bureau(root, city.orgs)
    return 0


__all__ = ["Decimal", "main"]
