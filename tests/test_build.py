"""`gongshi build` on the fixture site: pages, open data, feeds, sitemap, and the guarantees of
CONTRACT.md — atomic output, determinism, repository untouched, no markup from records."""

from __future__ import annotations

import csv
import gc
import hashlib
import io
import json
import re
import shutil
import threading
import time
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path

import pytest

from generator import pipeline
from generator.cli import main
from tests.conftest import SITES, build

ORG = "orgs/yangguang/org.yml"
ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"


def _tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """The fixture site built once: (repository, output)."""
    base = tmp_path_factory.mktemp("built")
    repo = base / "repo"
    shutil.copytree(SITES / "minimal", repo)
    result = build(repo, base / "out", use_cache=True)
    assert result.built, [f.as_text() for f in result.report.findings]
    return repo, base / "out"


def test_every_record_has_a_page(built: tuple[Path, Path]) -> None:
    _, out = built
    for path in (
        "index.html",
        "orgs/index.html",
        "orgs/yangguang/index.html",
        "orgs/yangguang/poster/index.html",
        "orgs/yangguang/projects/zhucan/index.html",
        "orgs/yangguang/activities/2024-05-12-yiyuan/index.html",
        "orgs/shiqiao-huzhu/index.html",
        "areas/index.html",
        "areas/qingshan/hubin/liuan/index.html",
        "categories/life-service/index.html",
        "fields/elderly/index.html",
        "targets/elderly/index.html",
        "activities/index.html",
        "projects/index.html",
        "policies/guideline/index.html",
        "404.html",
    ):
        assert (out / path).is_file(), path
    assert not (out / "areas.yml").exists() and not (out / "annual/2023.yml").exists()


def test_brand_page_holds_the_disclosure_in_order(built: tuple[Path, Path]) -> None:
    _, out = built
    html = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    labels = ["登记状态", "统一社会信用代码", "登记管理机关", "成立登记日期", "成立时间", "类别", "服务领域",
              "服务对象", "所在区域", "年检（年报）结论", "评估等级", "活动异常名录"]  # fmt: skip
    positions = [html.index(f"<dt data-pagefind-ignore>{label}</dt>") for label in labels]
    assert positions == sorted(positions)
    assert "52330102MJ1234567J" in html and "4A（测试市民政局评定，有效期至 2028年5月31日）" in html
    assert "2024年3月1日：更正了捐赠收入金额。" in html  # the report's correction is shown
    assert 'src="qr.svg"' in html  # the page's QR code, decoded in tests/test_browser.py
    svg = (out / "orgs/yangguang/qr.svg").read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "<title>扫码查看柳岸社区阳光助老服务中心</title>" in svg
    assert "石桥村互助养老队" in html  # a member of the hub


def test_abnormal_list_is_shown(built: tuple[Path, Path]) -> None:
    _, out = built
    html = (out / "orgs/shiqiao-huzhu/index.html").read_text(encoding="utf-8")
    assert "已列入活动异常名录" in html and "未按时报送年度报告" in html


def test_json_ld_and_open_graph(built: tuple[Path, Path]) -> None:
    _, out = built
    html = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    block = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    assert block
    data = json.loads(block.group(1))
    assert data["@type"] == "NGO"
    assert data["identifier"] == {
        "@type": "PropertyValue",
        "propertyID": "统一社会信用代码",
        "value": "52330102MJ1234567J",
    }
    assert data["url"] == "https://test.example.org/orgs/yangguang/"
    assert data["event"][0]["startDate"] == "2024-05-12"
    assert '<link rel="canonical" href="https://test.example.org/orgs/yangguang/">' in html
    activity = (out / "orgs/yangguang/activities/2024-05-12-yiyuan/index.html").read_text(
        encoding="utf-8"
    )
    image = re.search(r'<meta property="og:image" content="([^"]+)">', activity)
    assert image and image.group(1).startswith("https://test.example.org/media/")
    assert (out / image.group(1).removeprefix("https://test.example.org/")).is_file()
    project = (out / "orgs/yangguang/projects/zhucan/index.html").read_text(encoding="utf-8")
    assert '"@type": "Project"' in project


def test_open_data_parses_back(built: tuple[Path, Path]) -> None:
    _, out = built
    raw = (out / "data/organizations.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert [r["编号"] for r in rows] == ["shiqiao-huzhu", "yangguang"]
    assert rows[1]["统一社会信用代码"] == "52330102MJ1234567J"
    assert rows[0]["列入活动异常名录"] == "是"
    records = json.loads((out / "data/organizations.json").read_text(encoding="utf-8"))
    assert [r["id"] for r in records] == [r["编号"] for r in rows]
    activities = json.loads((out / "data/activities.json").read_text(encoding="utf-8"))
    assert activities[0]["participants"] == 80 and activities[0]["date"] == "2024-05-12"
    schema = json.loads((out / "schema/organization.schema.json").read_text(encoding="utf-8"))
    assert schema["title"] == "社区社会组织"


def test_open_data_names_and_codes_beside_the_ids(built: tuple[Path, Path]) -> None:
    """Each row that names an organization by its id also gives its name and the code residents
    know (USCC, filing number or 培育中); the ids stay, the schemas describe the new columns,
    and the columns that were there keep their order (new ones come last)."""
    _, out = built
    text = (out / "data/organizations.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    codes = {r["编号"]: r["统一社会信用代码或备案编号"] for r in rows}
    assert codes == {"shiqiao-huzhu": "SQ-2022-003", "yangguang": "52330102MJ1234567J"}
    header = next(csv.reader(io.StringIO(text)))
    assert header[:3] == ["编号", "名称", "简称"]
    at = header.index("统一社会信用代码或备案编号")  # appended after the registers' columns
    assert header[at + 1] == "所属枢纽型组织名称" and at > header.index("公示等级起始日期")
    for name in ("projects", "activities"):
        records = json.loads((out / f"data/{name}.json").read_text(encoding="utf-8"))
        assert records and all(r["org_code"] == codes[r["org_id"]] for r in records), name
        assert list(records[0])[:2] == ["org_id", "org_name"]
        schema = json.loads((out / f"schema/data-{name}.schema.json").read_text(encoding="utf-8"))
        assert "统一社会信用代码" in schema["items"]["properties"]["org_code"]["description"]
    activity = json.loads((out / "data/activities.json").read_text(encoding="utf-8"))[0]
    assert len(activity["co_organizer_names"]) == len(activity["co_organizers"])


def test_feeds_and_sitemap(built: tuple[Path, Path]) -> None:
    _, out = built
    atom = "{http://www.w3.org/2005/Atom}"
    feed = ET.parse(out / "feed.xml").getroot()
    entries = feed.findall(f"{atom}entry")
    assert [e.findtext(f"{atom}title") for e in entries] == ["五月义诊进社区"]
    org_feed = ET.parse(out / "orgs/yangguang/feed.xml").getroot()
    assert org_feed.findtext(f"{atom}title").startswith("柳岸社区阳光助老服务中心")
    sitemap = ET.parse(out / "sitemap.xml").getroot()
    locs = {u.findtext("{http://www.sitemaps.org/schemas/sitemap/0.9}loc") for u in sitemap}
    assert "https://test.example.org/orgs/yangguang/" in locs
    assert "https://test.example.org/policies/guideline/" in locs
    assert not (out / "sitemap.xml.gz").exists()


def test_photos_of_minors_without_consent_are_never_published(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    path = repo / ACTIVITY
    path.write_text(
        path.read_text(encoding="utf-8").replace("consent: true", "consent: false"),
        encoding="utf-8",
    )
    result = build(repo, tmp_path / "out")
    # consent: false written out is a withdrawal: the build goes on without the photo (refusing
    # it would leave the photo on the published site); tests/media/test_takedown.py follows it
    assert result.built and [f.code for f in result.report.findings] == ["photo-consent-withdrawn"]
    assert "孩子们为老人表演节目" not in (
        tmp_path / "out/orgs/yangguang/activities/2024-05-12-yiyuan/index.html"
    ).read_text(encoding="utf-8")
    path.write_text(
        path.read_text(encoding="utf-8").replace("    consent: false\n", ""), encoding="utf-8"
    )
    result = build(repo, tmp_path / "again")  # no consent recorded at all: refused
    assert not result.built and any(f.code == "minor-consent" for f in result.report.errors)
    assert not (tmp_path / "again").exists()


def test_output_is_deterministic(built: tuple[Path, Path], tmp_path: Path) -> None:
    repo, out = built
    again = build(repo, tmp_path / "again", use_cache=False)
    assert again.built
    assert _tree_digest(out) == _tree_digest(tmp_path / "again")


def test_repository_is_never_modified(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    before = _tree_digest(repo)
    assert main(["-C", str(repo), "validate"]) == 0
    assert main(["-C", str(repo), "build", "-o", str(tmp_path / "out"), "--no-cache"]) == 0
    after = _tree_digest(repo)  # .cache/ is the caches' folder (git ignores it): validate keeps
    assert {rel: d for rel, d in after.items() if not rel.startswith(".cache/")} == before
    assert main(["-C", str(repo), "validate", "--no-cache"]) == 0
    assert _tree_digest(repo) == after  # and without a cache, nothing at all is written


def test_failed_build_leaves_previous_output_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    out = tmp_path / "out"
    assert main(["-C", str(repo), "build", "-o", str(out)]) == 0
    before = _tree_digest(out)
    path = repo / ORG
    path.write_text(
        path.read_text(encoding="utf-8").replace("status: registered", "status: 登记"),
        encoding="utf-8",
    )
    assert main(["-C", str(repo), "build", "-o", str(out)]) == 1
    assert _tree_digest(out) == before
    assert "invalid-value" in capsys.readouterr().out
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "repo"]  # no staging folder left


def test_broken_photo_fails_the_build_and_keeps_the_old_site(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    out = tmp_path / "out"
    assert build(repo, out).built
    before = _tree_digest(out)
    photo = repo / "orgs/yangguang/activities/2024-05-12-yiyuan/001.jpg"
    photo.write_bytes(photo.read_bytes()[:2000])  # truncated
    result = build(repo, out, use_cache=False)
    assert not result.built
    assert [f.code for f in result.report.errors] == ["image-unreadable"]
    assert _tree_digest(out) == before


HOSTILE = (
    '<script>alert("x")</script><img src=x onerror=alert(1)><a href="javascript:alert(2)">点我</a>'
)


def test_markup_in_records_never_reaches_pages(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    org = repo / ORG
    text = org.read_text(encoding="utf-8")
    text = text.replace("short_name: 阳光助老", f"short_name: '{HOSTILE[:20]}'")
    text = text.replace("slogan: 有我在，您放心", "slogan: '<b onmouseover=alert(1)>x</b>'")
    text = text.replace("每周三，志愿者给老人送去热饭。", f"每周三 {HOSTILE}")
    text = text.replace("purpose: 为社区", f"purpose: 为社区 {HOSTILE[:60]}")
    org.write_text(text, encoding="utf-8")
    activity = repo / ACTIVITY
    text = activity.read_text(encoding="utf-8")
    text = text.replace("title: 五月义诊进社区", "title: '</script><script>alert(3)</script>'")
    text = text.replace(
        "description: 社区卫生服务站的医生为老人量血压。",
        f"description: '{HOSTILE} [链接](javascript:alert(4))'",
    )
    text = text.replace("alt: 医生为老人测量血压", "alt: '\" onload=\"alert(5)'")
    activity.write_text(text, encoding="utf-8")
    result = build(repo, tmp_path / "out")
    assert result.built, [f.as_text() for f in result.report.findings]
    pages = list((tmp_path / "out").rglob("*.html"))
    assert len(pages) > 20
    seen_text = False
    for page in pages:
        audit = _Audit()
        audit.feed(page.read_text(encoding="utf-8"))
        assert audit.problems == [], (page, audit.problems)
        seen_text = seen_text or audit.saw_hostile_text
    assert seen_text  # the hostile text is shown, as text


class _Audit(HTMLParser):
    """Parses a page as a browser would and lists anything from the records that could run."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self.in_script = False
        self.saw_hostile_text = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"<{tag} {name}>")
            if (
                name in ("href", "src", "srcset", "action")
                and value
                and "javascript:" in value.lower()
            ):
                self.problems.append(f"<{tag} {name}={value}>")
        self.in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self.in_script = False

    def handle_data(self, data: str) -> None:
        if self.in_script and "alert(" in data and '"@context"' not in data:
            self.problems.append(f"script: {data[:80]}")
        if not self.in_script and "alert(" in data:
            self.saw_hostile_text = True


def test_rebuild_retires_the_old_output_in_the_background(tmp_path: Path) -> None:
    """A rebuild swaps the new site in and deletes the old one in a process of its own."""
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    out = tmp_path / "out"
    assert main(["-C", str(repo), "build", "-o", str(out)]) == 0
    marker = out / "marker-from-the-old-site"
    marker.write_text("old", encoding="utf-8")
    assert main(["-C", str(repo), "build", "-o", str(out)]) == 0
    assert not marker.exists() and (out / "index.html").is_file()
    deadline = time.monotonic() + 60
    while any(p.name.startswith(".out.old-") for p in tmp_path.iterdir()):
        assert time.monotonic() < deadline, "the retired output was never deleted"
        time.sleep(0.1)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "repo"]


def test_a_city_gets_a_sitemap_index() -> None:
    """More URLs than one sitemap may hold (50,000): sitemap.xml becomes an index of parts."""
    from datetime import date

    from generator.exports.feeds import sitemap_files

    base = "https://city.example.org/"
    urls = [(f"{base}orgs/o{n}/", date(2024, 5, n % 28 + 1)) for n in range(5)]
    assert list(sitemap_files(urls, base, limit=5)) == ["sitemap.xml"]
    files = sitemap_files(urls, base, limit=2)
    assert sorted(files) == ["sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml", "sitemap.xml"]
    ns = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    index = ET.fromstring(files["sitemap.xml"])
    assert index.tag == f"{ns}sitemapindex"
    parts = [loc.text for loc in index.iter(f"{ns}loc")]
    assert parts == [f"{base}sitemap-{n}.xml" for n in (1, 2, 3)]
    found = [
        loc.text
        for name in ("sitemap-1.xml", "sitemap-2.xml", "sitemap-3.xml")
        for loc in ET.fromstring(files[name]).iter(f"{ns}loc")
    ]
    assert found == [url for url, _ in urls]


def test_chinese_line_breaks_add_no_space(built: tuple[Path, Path]) -> None:
    """A line break between Chinese characters is dropped, in a record's story and in a page of
    content/; between Latin words it stays a space."""
    _, out = built
    org = (out / "orgs/yangguang/index.html").read_text(encoding="utf-8")
    assert "志愿者给老人送去热饭" in org
    policy = (out / "policies/guideline/index.html").read_text(encoding="utf-8")
    assert "正文第一行，接着第二行。" in policy
    assert re.search(r"The English\swords keep", policy)


def test_a_build_makes_no_pass_of_the_collector(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Everything a build reads and makes lives to its end: the collector stays off while its
    stages run, in every thread of the build (its passes over the young objects alone were
    0.4–0.6 s of a rebuild at 2,000 organizations), and is on again after it."""
    running = threading.Event()
    passes: list[bool] = []  # a pass: whether the build's stages were running
    stages = pipeline._build

    def observed(*args: object, **kwargs: object) -> object:
        running.set()
        try:
            return stages(*args, **kwargs)
        finally:
            running.clear()

    def counted(phase: str, info: dict) -> None:
        if phase == "start":
            passes.append(running.is_set())

    monkeypatch.setattr(pipeline, "_build", observed)
    gc.collect()
    gc.callbacks.append(counted)
    try:
        result = build(SITES / "minimal", tmp_path / "site", use_cache=False)
        made = [[] for _ in range(200_000)]  # plenty of new objects: a pass once it is on
        for item in made:
            item.append(made)
        del made
    finally:
        gc.callbacks.remove(counted)
    assert result.built and result.stats["pages"] > 0
    assert passes and True not in passes, passes
    assert gc.isenabled()
