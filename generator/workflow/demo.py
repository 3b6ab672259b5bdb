"""`gongshi demo`: a synthetic site repository of N organizations, for scale tests and benchmarks.

Realistic shapes, deterministic from a seed: districts and streets of uneven size, a long tail of
activity counts (most organizations report a few activities, some report many), one or two
projects each, annual reports, and optionally phone-size photos drawn quickly; hubs and their
members, training delivered and attended, and the bureau's registers (see demo_links).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta
from pathlib import Path

from generator.input.codes import USCC_CHARSET, uscc_with_check
from generator.input.config import (
    DEFAULT_ACTIVITY_TYPES,
    DEFAULT_CATEGORIES,
    DEFAULT_FIELDS,
    DEFAULT_SERVICE_TARGETS,
    DEFAULT_THEMES,
)
from generator.model.checks_names import within_one_edit
from generator.workflow.demo_links import REPORT_YEAR, Held, Registry, link_lines
from generator.workflow.init import GITIGNORE

SYLLABLES = [
    "安",
    "宁",
    "和",
    "顺",
    "康",
    "乐",
    "福",
    "春",
    "晖",
    "阳",
    "光",
    "青",
    "松",
    "翠",
    "柏",
    "明",
    "月",
    "清",
    "风",
    "溪",
    "山",
    "湖",
    "滨",
    "桥",
    "园",
    "林",
    "景",
    "秀",
    "华",
    "新",
]
SUFFIXES = [
    "志愿服务队",
    "互助会",
    "文体队",
    "助老服务社",
    "四点半课堂",
    "调解室",
    "巡防队",
    "读书会",
    "合唱团",
    "环保队",
]
ACTIVITY_WORDS = ["探访", "义诊", "培训", "联欢", "清洁", "讲座", "集市", "演出", "比赛", "议事"]
TRAINING = next(kind.name for kind in DEFAULT_ACTIVITY_TYPES if kind.id == "training")
PLACES = ["党群服务中心", "社区广场", "活动室", "文化礼堂", "小区花园", "邻里中心"]
PARAGRAPH = (
    "我们是一支扎根社区的志愿队伍，坚持每周开展服务。队员们来自各行各业，"
    "有退休教师、社区医生，也有刚毕业的年轻人。大家商量着把居民的需要一件件办好。"
)


def distinct_name(community: str, taken: list[str], used: set[str], rng: random.Random) -> str:
    """A name for a new organization of a community: none other on the site has it, none other
    there is within a character of it (the checks would warn). `taken` (the community's names)
    and `used` (the site's) gain it."""
    for attempt in range(400):  # two syllables first, three when a community is crowded
        name = community + "".join(rng.sample(SYLLABLES, 2 + attempt // 200)) + rng.choice(SUFFIXES)
        if name not in used and not any(within_one_edit(name, other) for other in taken):
            break
    else:  # never reached at any size tried (10,000 organizations), but never a repeat either
        name = f"{community}第{len(used) + 1}号{rng.choice(SUFFIXES)}"
    taken.append(name)
    used.add(name)
    return name


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def _weights(count: int, rng: random.Random) -> list[float]:
    """Uneven sizes: a Zipf-like spread, shuffled."""
    weights = [1 / (rank + 1) ** 0.8 for rank in range(count)]
    rng.shuffle(weights)
    return weights


def write_areas(root: Path, orgs: int, rng: random.Random) -> list[tuple[str, str, str, str]]:
    """content/areas.yml sized to the city: (district, street, community, type) of each community."""
    districts = max(3, min(16, orgs // 600 + 3))
    streets_per = max(3, min(14, orgs // (districts * 60) + 3))
    communities_per = max(3, min(12, orgs // (districts * streets_per * 8) + 3))
    lines = ["city: 合成市", 'code: "990100"', "districts:"]
    places = []
    for d in range(districts):
        lines += [f"  - name: 第{d + 1}区", f"    id: d{d + 1}", f'    code: "9901{d + 1:02d}"']
        lines += ["    streets:"]
        for s in range(streets_per):
            township = s % 4 == 3
            lines += [
                f"      - name: {'第' + str(s + 1) + ('镇' if township else '街道')}",
                f"        id: d{d + 1}-s{s + 1}",
                f"        kind: {'township' if township else 'street'}",
                "        communities:",
            ]
            for c in range(communities_per):
                kind = "rural" if township and c % 3 else "urban"
                name = f"第{c + 1}{'村' if kind == 'rural' else '社区'}"
                lines.append(
                    f"          - {{name: {name}, id: d{d + 1}-s{s + 1}-c{c + 1}, type: {kind}}}"
                )
                places.append(
                    (f"第{d + 1}区", f"第{s + 1}{'镇' if township else '街道'}", name, kind)
                )
    (root / "content").mkdir(parents=True, exist_ok=True)
    (root / "content" / "areas.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
    return places


# What phones send: mostly 12 MP in landscape or portrait, some older 8 MP, some already reduced
# by a messaging app. (width, height), weight.
PHOTO_SIZES = [
    ((4000, 3000), 4),
    ((3000, 4000), 2),
    ((4032, 3024), 1),
    ((3264, 2448), 2),
    ((1600, 1200), 1),
]
_GRAIN: dict[tuple[int, int], object] = {}


def _grain(size: tuple[int, int]) -> object:
    """Sensor-like grain of one size (deterministic: Python's generator, not Pillow's rand())."""
    from PIL import Image

    if size not in _GRAIN:
        noise = random.Random(size[0] * 10_000 + size[1]).randbytes(size[0] * size[1])
        _GRAIN[size] = Image.frombytes("L", size, noise).convert("RGB")
    return _GRAIN[size]


def _photo(path: Path, rng: random.Random) -> tuple[int, int]:
    """A quick phone-size picture: sky, ground and a few figures drawn at an eighth of the size,
    enlarged, with grain; JPEG quality 90 (about 3 MB at 12 MP). About 0.2 s at 12 MP."""
    from PIL import Image, ImageDraw

    ((width, height),) = rng.choices([size for size, _ in PHOTO_SIZES], [w for _, w in PHOTO_SIZES])
    small_w, small_h = width // 8, height // 8
    top = tuple(rng.randrange(60, 200) for _ in range(3))
    image = Image.linear_gradient("L").resize((small_w, small_h)).convert("RGB")
    image = Image.blend(image, Image.new("RGB", (small_w, small_h), top), 0.6)
    draw = ImageDraw.Draw(image)
    draw.rectangle(
        (0, small_h * 0.62, small_w, small_h), fill=tuple(rng.randrange(80, 160) for _ in range(3))
    )
    unit = min(small_w, small_h) / 150
    for _ in range(rng.randint(3, 9)):
        x = rng.randrange(12, small_w - 12)
        y = rng.randrange(int(small_h * 0.55), int(small_h * 0.8))
        scale = (0.6 + y / small_h) * unit
        colour = tuple(rng.randrange(0, 255) for _ in range(3))
        draw.ellipse(
            (x - 3 * scale, y - 19 * scale, x + 3 * scale, y - 13 * scale), fill=(230, 190, 160)
        )
        draw.rounded_rectangle(
            (x - 5 * scale, y - 13 * scale, x + 5 * scale, y + 5 * scale), 2, fill=colour
        )
    image = image.resize((width, height), Image.Resampling.BILINEAR)
    image = Image.blend(image, _grain((width, height)), 0.08)  # type: ignore[arg-type]
    image.save(path, "JPEG", quality=90)
    return width, height


def write_demo(
    root: Path, *, orgs: int, photos_per_activity: float = 0.0, seed: int = 1
) -> dict[str, int]:
    """Write the repository; returns counts of what was written."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    (root / "site_config.yml").write_text(
        "\n".join(
            [
                "site_name: 合成市社区社会组织公示（规模测试）",
                "site_url: https://demo.example.org/",
                "docs_dir: content",
                "exclude_docs: |\n  *.yml",
                "theme:\n  name: material\n  language: zh\n  font: false\n  features: [navigation.tabs]",
                "plugins:\n  - gongshi:\n      city: 合成市\n      bureau: 合成市民政局\n      bureau_maintainers: [bureau]",
                "      today: '2024-12-31'",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    # Like `gongshi init`: a build's output and caches stay out of git.
    (root / ".gitignore").write_text(GITIGNORE, encoding="utf-8")
    places = write_areas(root, orgs, rng)
    (root / "content" / "index.md").write_text(
        "# 合成市社区社会组织\n\n用于规模测试的合成数据。\n", encoding="utf-8"
    )
    weights = _weights(len(places), rng)
    counts = {"orgs": 0, "projects": 0, "activities": 0, "photos": 0, "megapixels": 0, "reports": 0}
    pixels = 0
    registry = Registry(seed)
    names: dict[tuple[str, str, str], list[str]] = {}
    used_names: set[str] = set()
    start = date(2022, 1, 1)
    for index in range(orgs):
        org_id = f"org-{index + 1:05d}"
        folder = root / "orgs" / org_id
        (folder / "projects").mkdir(parents=True)
        district, street, community, _kind = rng.choices(places, weights)[0]
        place = names.setdefault((district, street, community), [])
        name = distinct_name(community, place, used_names, rng)
        category = rng.choice(DEFAULT_CATEGORIES).name
        fields = rng.sample(DEFAULT_FIELDS, rng.randint(1, 3))
        targets = rng.sample(DEFAULT_SERVICE_TARGETS, rng.randint(1, 3))
        status = rng.choices(["filed", "registered", "pending"], [6, 3, 1])[0]
        founded = start - timedelta(days=rng.randint(100, 4000))
        lines = [
            f"name: {_q(name)}",
            f"status: {status}",
        ]
        if status == "registered":
            body = "".join(rng.choice(USCC_CHARSET[:10]) for _ in range(9))
            lines += [
                f"uscc: {uscc_with_check('52990100' + body)}",
                "registration_authority: 合成市民政局",
                f"registered_on: {founded + timedelta(days=60)}",
                "registration:",
                f"  funds_cny: {rng.choice((30000, 50000, 100000))}",
                f"  certificate_valid_from: {founded + timedelta(days=60)}",
                f"  certificate_valid_until: {founded + timedelta(days=60 + 5 * 365)}",
            ]
        elif status == "filed":
            lines += [
                f"filing_no: DEMO-{index + 1:05d}",
                f"filing_authority: {_q(street + '办事处')}",
                f"filed_on: {founded + timedelta(days=30)}",
            ]
        lines += [
            f"founded: {founded.isoformat()[:7]}",
            f"category: {category}",
            f"fields: [{', '.join(f.name for f in fields)}]",
            f"service_targets: [{', '.join(t.name for t in targets)}]",
            f"purpose: {_q(name + '服务社区居民，开展' + fields[0].name + '等志愿服务。')}",
            f"area: {{district: {district}, street: {street}, community: {community}}}",
            "contact: {phone: 0599-8800 0000}",
            "brand:",
            f"  slogan: {_q(rng.choice(SYLLABLES) + rng.choice(SYLLABLES) + '相伴，邻里同心')}",
            "  story: |",
            *(f"    {PARAGRAPH}" if line % 2 == 0 else "" for line in range(5)),
            f"maintainers: [team-{index + 1:05d}]",
            *link_lines(index, orgs),
        ]
        (folder / "org.yml").write_text("\n".join(lines) + "\n", encoding="utf-8")
        counts["orgs"] += 1
        projects = []
        for p in range(rng.choice([1, 1, 2])):
            project_id = f"p{p + 1}"
            projects.append(project_id)
            begin = start + timedelta(days=rng.randint(0, 500))
            (folder / "projects" / f"{project_id}.yml").write_text(
                "\n".join(
                    [
                        f"title: {_q(name[-6:] + '服务项目' + str(p + 1))}",
                        f"summary: {_q('面向' + targets[0].name + '的' + fields[0].name + '项目，每月开展活动。')}",
                        f"plan: {rng.choice(['cultivation', 'capacity', 'role', 'management'])}",
                        f"fields: [{fields[0].name}]",
                        f"period: {{start: {begin}, end: {begin + timedelta(days=365)}}}",
                        f"status: {rng.choice(['running', 'finished'])}",
                        "funding:",
                        f"  - {{type: {rng.choice(['government_purchase', 'venture', 'donation', 'self_raised'])}, amount_cny: {rng.randrange(5000, 200000, 1000)}, awarded_on: {begin}}}",
                    ]
                )
                + "\n",
                encoding="utf-8",
            )
            counts["projects"] += 1
        activity_count = min(60, int(rng.paretovariate(2.0) * 2.6))
        used: set[str] = set()
        held = Held()
        for a in range(activity_count):
            day = start + timedelta(days=rng.randint(0, 1000))
            stem = f"{day}-a{a + 1}"
            if stem in used:
                continue
            used.add(stem)
            activities = folder / "activities"
            activities.mkdir(exist_ok=True)
            photo_lines = []
            photo_count = int(photos_per_activity) + (
                1 if rng.random() < photos_per_activity % 1 else 0
            )
            if photo_count:
                (activities / stem).mkdir()
                photo_lines.append("photos:")
                for number in range(photo_count):
                    file_name = f"{number + 1:03d}.jpg"
                    width, height = _photo(activities / stem / file_name, rng)
                    pixels += width * height
                    counts["megapixels"] = round(pixels / 1e6)
                    photo_lines += [
                        f"  - file: {file_name}",
                        f"    alt: {_q('志愿者和居民在' + rng.choice(PLACES) + '活动')}",
                    ]
                    counts["photos"] += 1
            word = rng.choice(ACTIVITY_WORDS)
            place, project = rng.choice(PLACES), rng.choice(projects)
            kind = rng.choice(DEFAULT_ACTIVITY_TYPES).name
            theme = [f"theme: {rng.choice(DEFAULT_THEMES).name}"] if rng.random() < 0.3 else []
            participants = rng.randint(8, 200)
            if kind == TRAINING and day.year == REPORT_YEAR:
                held.trained += participants
                held.trainings += 1
            (activities / f"{stem}.yml").write_text(
                "\n".join(
                    [
                        f"title: {_q(community + word + '活动')}",
                        f"date: {day}",
                        f"place: {_q(community + place)}",
                        f"project: {project}",
                        f"type: {kind}",
                        *theme,
                        f"participants: {participants}",
                        f"volunteers: {rng.randint(2, 30)}",
                        f"volunteer_hours: {rng.randint(4, 120)}",
                        f"description: {_q(PARAGRAPH)}",
                        *photo_lines,
                    ]
                )
                + "\n",
                encoding="utf-8",
            )
            counts["activities"] += 1
        (folder / "reports").mkdir()
        income = rng.randrange(2000, 300000, 100)
        admin = income // 10
        (folder / "reports" / "2023.yml").write_text(
            f"year: 2023\nactivities_count: {activity_count + rng.randint(0, 10)}\n"
            + registry.training_line(index, orgs, held)
            + f"income: {{self_raised: {income}, total: {income}}}\n"
            f"expenditure: {{program: {income - admin}, admin: {admin}, total: {income}}}\n",
            encoding="utf-8",
        )
        counts["reports"] += 1
        registry.note(index, status, street)
    registry.write(root)
    return counts
