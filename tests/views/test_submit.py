"""The submission form at /submit/, in headless Chromium: a person fills each kind of record (by
keyboard too), the YAML it writes passes `gongshi validate` in a fixture site, mistakes show next
to their fields, drafts survive a reload, nothing typed runs as script, and the form and the
command line agree on the shared test vectors in tests/vectors/."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

from generator.findings import Finding, Report
from generator.input.config import Settings, SiteConfig, load_config
from generator.input.forms import HEADINGS, MODELS, schema_url
from generator.input.yamlio import load_text
from generator.model.load import load_site
from generator.views import edit_links, submit
from generator.workflow.scaffold import example_data, render
from tests.conftest import CHROMIUM, REPO, SITES, build, serious_accessibility_problems, serve

VECTORS = REPO / "tests" / "vectors"
PHOTO = SITES / "minimal" / "orgs" / "yangguang" / "activities" / "2024-05-12-yiyuan" / "001.jpg"
VENDOR = REPO / "generator" / "templates" / "assets" / "gongshi" / "vendor"
REPO_URL = "https://github.com/example/test-site"

_needs_chromium = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="Debian chromium is not installed (make test installs it)"
)


def browser_only(test: Any) -> Any:
    """A test in headless Chromium (marked `browser`, skipped without Debian's chromium)."""
    return pytest.mark.browser(_needs_chromium(test))


# -- fixtures -----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def submit_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """tests/sites/minimal with a GitHub repository, so that edit and new-file links exist."""
    repo = tmp_path_factory.mktemp("submit") / "repo"
    shutil.copytree(SITES / "minimal", repo)
    config = repo / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("docs_dir:", f"repo_url: {REPO_URL}\ndocs_dir:"), "utf-8")
    return repo


@pytest.fixture(scope="module")
def submit_site(submit_repo: Path) -> Path:
    out = submit_repo.parent / "site"
    result = build(submit_repo, out)
    assert result.built, [f.as_text() for f in result.report.findings]
    return out


@pytest.fixture(scope="module")
def submit_url(submit_site: Path) -> Iterator[str]:
    server, url = serve(submit_site)
    yield url + "submit/"
    server.shutdown()


@pytest.fixture
def page(browser: Any, submit_url: str) -> Iterator[Any]:
    """The form in a fresh browser profile (empty localStorage), ready to type into."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="zh-CN")
    tab = context.new_page()
    errors: list[str] = []
    tab.on("pageerror", lambda error: errors.append(str(error)))
    tab.goto(submit_url, wait_until="load")
    tab.evaluate("() => window.GongshiSubmit.ready")
    yield tab
    context.close()
    assert errors == []


# -- helpers ------------------------------------------------------------------------------------


def field(page: Any, pointer: str) -> Any:
    """The input of one record field, by its place in the record ("/brand/color")."""
    return page.locator(f'[name="{pointer}"]')


def choose(page: Any, title: str) -> None:
    page.get_by_role("radio", name=title).check()


def preview(page: Any) -> str:
    """The YAML exactly as the page shows it (after the last keystroke's update)."""
    page.evaluate("() => GongshiSubmit.flush()")
    return page.locator("[data-gs-yaml]").text_content()


def shown_path(page: Any) -> str:
    page.evaluate("() => GongshiSubmit.flush()")
    return page.locator("[data-gs-path]").text_content()


def cli_findings(site: Path, rel: str, text: str, photos: tuple[str, ...] = ()) -> list[Finding]:
    """Write one record into a copy of the fixture site and validate it as `gongshi validate` does."""
    target = site / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")
    for name in photos:
        folder = target.with_suffix("")
        folder.mkdir(exist_ok=True)
        shutil.copy(PHOTO, folder / name)
    report = Report()
    load_site(site, report)
    stem = rel[: -len(".yml")]
    return [f for f in report.findings if f.path == rel or f.path.startswith(stem + "/")]


def type_into(page: Any, pointer: str, text: str) -> None:
    field(page, pointer).click()
    page.keyboard.type(text)


# -- what is published --------------------------------------------------------------------------


def test_areas_and_schemas_are_published(submit_site: Path, submit_repo: Path) -> None:
    areas = json.loads((submit_site / "data" / "areas.json").read_text(encoding="utf-8"))
    assert [d["name"] for d in areas["districts"]] == ["青山区", "溪口县"]
    assert areas["districts"][0]["streets"][0]["communities"][1]["name"] == "荷塘社区"
    for kind in submit.FORM_KINDS:
        assert (submit_site / "schema" / f"{kind}.schema.json").is_file()
    html = (submit_site / "submit" / "index.html").read_text(encoding="utf-8")
    assert "assets/gongshi/vendor/ajv2020.min.js" in html
    config = json.loads(re.search(r'id="gs-submit-config">(.*?)</script>', html, re.S).group(1))
    assert config["host"]["url"] == f"{REPO_URL}/new/main"
    assert config["kinds"]["activity"]["order"]["Activity"][:3] == ["title", "date", "end_date"]


def bare_config(repo_url: str) -> SiteConfig:
    """Settings of a site that names only its repository."""
    return SiteConfig(
        root=Path("."),
        repo_url=repo_url,
        edit_uri="",
        settings=Settings(),
        raw={"docs_dir": "content"},
    )


def test_the_form_data_comes_from_the_models() -> None:
    data = submit.form_data(bare_config("https://github.com/example/gongshi"))
    assert list(data["kinds"]) == ["organization", "project", "activity", "annual-report"]
    organization = data["kinds"]["organization"]
    assert organization["order"]["Organization"][:3] == ["name", "short_name", "former_names"]
    assert organization["order"]["Area"] == ["district", "street", "community"]
    assert data["labels"]["funding_type"]["venture"] == "公益创投"
    assert data["host"] == {
        "host": "github",
        "label": "GitHub",
        "url": "https://github.com/example/gongshi/new/main",
        "path_param": "filename",
        "content_param": "value",
        "max_length": edit_links.MAX_URL_LENGTH,
        "prefills": True,
    }
    assert data["patterns"]["id"] == "^[a-z0-9]+(?:-[a-z0-9]+)*$"
    assert submit.form_data(bare_config(""))["host"] is None


def test_record_pages_link_to_the_web_editor(submit_site: Path) -> None:
    org = (submit_site / "orgs" / "yangguang" / "index.html").read_text(encoding="utf-8")
    assert f'href="{REPO_URL}/edit/main/orgs/yangguang/org.yml"' in org
    assert f'href="{REPO_URL}/edit/main/orgs/yangguang/reports/2023.yml"' in org  # per report row
    activity = (
        submit_site / "orgs" / "yangguang" / "activities" / "2024-05-12-yiyuan" / "index.html"
    )
    assert f"{REPO_URL}/edit/main/orgs/yangguang/activities/2024-05-12-yiyuan.yml" in (
        activity.read_text(encoding="utf-8")
    )
    project = submit_site / "orgs" / "yangguang" / "projects" / "zhucan" / "index.html"
    assert f"{REPO_URL}/edit/main/orgs/yangguang/projects/zhucan.yml" in project.read_text("utf-8")


def test_vendor_bundle_is_reproducible(tmp_path: Path) -> None:
    """ajv2020.min.js is what vendor/.src/package.json's build command makes of the locked packages."""
    source = VENDOR / ".src"
    esbuild = source / "node_modules" / ".bin" / "esbuild"
    if not esbuild.exists():
        pytest.skip(
            "run `npm ci` in generator/templates/assets/gongshi/vendor/.src to check the bundle"
        )
    command = json.loads((source / "package.json").read_text("utf-8"))["scripts"]["build"]
    command = command.split(" && ")[0].replace("--outfile=../ajv2020.min.js", "")
    out = tmp_path / "ajv2020.min.js"
    subprocess.run(
        f"{esbuild} {command.removeprefix('esbuild ')} --outfile={out}",
        shell=True,
        cwd=source,
        check=True,
        capture_output=True,
    )
    assert out.read_bytes() == (VENDOR / "ajv2020.min.js").read_bytes()


# -- filling the forms --------------------------------------------------------------------------


@browser_only
def test_organization_by_keyboard(page: Any, site_copy: Path) -> None:
    page.get_by_role("radio", name="机构基本信息").focus()
    assert page.get_by_role("radio", name="机构基本信息").is_checked()
    page.keyboard.press("Tab")  # into the location fieldset: the new organization's id
    page.keyboard.type("hetang-linli")
    page.keyboard.press("Tab")
    page.keyboard.type("荷塘社区邻里互助队")  # 机构名称
    page.keyboard.press("Tab")
    page.keyboard.type("邻里互助队")  # 简称
    assert field(page, "/name").input_value() == "荷塘社区邻里互助队"
    field(page, "/status").focus()
    page.keyboard.press("ArrowDown")  # 登记
    page.keyboard.press("ArrowDown")  # 备案
    assert field(page, "/status").input_value() == "filed"
    type_into(page, "/filing_no", "HB-2023-007")
    type_into(page, "/filing_authority", "湖滨街道办事处")
    type_into(page, "/filed_on", "2023年3月15日")
    type_into(page, "/founded", "2022-09")
    field(page, "/category").select_option("居民互助类")
    page.get_by_role("checkbox", name="邻里互助").focus()
    page.keyboard.press("Space")
    page.get_by_role("checkbox", name="老年人").check()
    type_into(page, "/purpose", "组织低龄老人和热心居民结对帮助独居老人。")
    # district → street → community, chosen in cascade with the keyboard
    field(page, "/area/district").focus()
    page.keyboard.press("ArrowDown")
    assert field(page, "/area/district").input_value() == "青山区"
    field(page, "/area/street").focus()
    page.keyboard.press("ArrowDown")
    assert field(page, "/area/street").input_value() == "湖滨街道"
    field(page, "/area/community").focus()
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    assert field(page, "/area/community").input_value() == "荷塘社区"
    type_into(page, "/brand/color", "#1B5E20")
    page.get_by_role("button", name="添加一条亮点数字").press("Enter")
    assert page.evaluate("document.activeElement.name") == "/brand/highlights/0/title"
    page.keyboard.type("结对老人")
    page.keyboard.press("Tab")
    page.keyboard.type("48 位")
    type_into(page, "/maintainers", "linli-team")
    page.get_by_role("button", name="检查填写内容").click()
    assert page.locator("[data-gs-count]").text_content() == "检查通过：可以提交了。"
    assert shown_path(page) == "orgs/hetang-linli/org.yml"
    text = preview(page)
    assert 'filed_on: "2023年3月15日"  # 备案日期' in text
    assert "  - title: 结对老人  # 名称：简短的说明，如“服务老人”（必填）" in text
    assert cli_findings(site_copy, "orgs/hetang-linli/org.yml", text) == []


@browser_only
def test_project_with_funding_lines(page: Any, site_copy: Path) -> None:
    choose(page, "服务项目")
    type_into(page, "/@where/org", "yangguang")
    type_into(page, "/@where/project", "dushu-jiao")
    type_into(page, "/title", "邻里读书角")
    type_into(page, "/summary", "每月在社区图书角开展一次亲子共读。")
    field(page, "/plan").select_option("role")
    page.get_by_role("checkbox", name="儿童关爱").check()
    type_into(page, "/period/start", "2024/1/1")
    field(page, "/status").select_option("running")
    for _ in range(2):
        page.get_by_role("button", name="添加一条资金来源").click()
    field(page, "/funding/0/type").select_option("government_purchase")
    type_into(page, "/funding/0/amount_cny", "30,000")  # thousands separators are fine
    field(page, "/funding/1/type").select_option("donation")
    type_into(page, "/funding/1/amount_cny", "2500.50")
    page.get_by_role("button", name="删除第 2 条").click()
    page.get_by_role("button", name="添加一条资金来源").click()
    field(page, "/funding/1/type").select_option("self_raised")
    type_into(page, "/funding/1/amount_cny", "500")
    type_into(page, "/partners", "荷塘社区卫生服务站\n湖滨街道老年协会")
    page.get_by_label("品牌项目", exact=True).check()
    assert shown_path(page) == "orgs/yangguang/projects/dushu-jiao.yml"
    text = preview(page)
    assert 'amount_cny: "30,000"' in text and "amount_cny: 500" in text
    assert "partners: [荷塘社区卫生服务站, 湖滨街道老年协会]" in text
    assert cli_findings(site_copy, "orgs/yangguang/projects/dushu-jiao.yml", text) == []


@browser_only
def test_activity_with_photos(page: Any, site_copy: Path, tmp_path: Path) -> None:
    choose(page, "活动")
    type_into(page, "/@where/org", "yangguang")
    type_into(page, "/@where/slug", "liuyi-youyuan")
    type_into(page, "/title", "六一亲子游园会")
    type_into(page, "/date", "２０２４年６月１日")  # full-width digits, as typed with a Chinese IME
    type_into(page, "/place", "柳岸社区文化广场")
    field(page, "/type").select_option("文化活动")
    type_into(page, "/participants", "120")
    type_into(page, "/description", "孩子和家长一起参加游园。\n\n志愿者负责签到。")
    for name in ("a.jpg", "b.jpg"):
        shutil.copy(PHOTO, tmp_path / name)
    page.get_by_label("从手机或电脑选择照片，自动填写文件名").set_input_files(
        [str(tmp_path / "a.jpg"), str(tmp_path / "b.jpg")]
    )
    assert field(page, "/photos/0/file").input_value() == "a.jpg"
    type_into(page, "/photos/0/alt", "志愿者在签到台为家长登记")
    type_into(page, "/photos/1/alt", "孩子们在套圈游戏前排队")
    field(page, "/photos/1/contains_minors").check()
    field(page, "/photos/1/consent").check()
    type_into(page, "/cover", "a.jpg")
    rel = "orgs/yangguang/activities/2024-06-01-liuyi-youyuan.yml"
    assert shown_path(page) == rel
    steps = page.locator("[data-gs-steps]").text_content()
    assert (
        "orgs/yangguang/activities/2024-06-01-liuyi-youyuan/" in steps and "a.jpg、b.jpg" in steps
    )
    text = preview(page)
    assert "description: |  # 活动介绍" in text
    assert cli_findings(site_copy, rel, text, photos=("a.jpg", "b.jpg")) == []


@browser_only
def test_annual_report(page: Any, site_copy: Path) -> None:
    choose(page, "年度报告")
    type_into(page, "/@where/org", "yangguang")
    type_into(page, "/year", "2022")
    type_into(page, "/activities_count", "20")
    type_into(page, "/income/government_purchase", "30000")
    type_into(page, "/income/donation", "2000")
    type_into(page, "/income/total", "32000")
    type_into(page, "/expenditure/program", "32000")
    type_into(page, "/expenditure/total", "32000")
    page.get_by_role("button", name="添加一条更正记录").click()
    type_into(page, "/corrections/0/on", "2023-04-01")
    type_into(page, "/corrections/0/note", "更正了捐赠收入金额。")
    assert shown_path(page) == "orgs/yangguang/reports/2022.yml"
    assert cli_findings(site_copy, "orgs/yangguang/reports/2022.yml", preview(page)) == []


# -- mistakes, drafts, safety ------------------------------------------------------------------


@browser_only
def test_a_mistake_is_shown_next_to_its_field(page: Any) -> None:
    choose(page, "活动")
    date_field = field(page, "/date")
    date_field.click()
    page.keyboard.type("下周六")
    page.keyboard.press("Tab")
    assert date_field.get_attribute("aria-invalid") == "true"
    error_id = date_field.get_attribute("aria-describedby").split()[-1]
    message = page.locator(f"#{error_id}")
    assert message.is_visible()
    assert "请写成日期，如 2024-05-12" in message.text_content()
    date_field.fill("2024-02-30")  # the right form, a day that does not exist
    page.keyboard.press("Tab")
    assert "这一天不存在" in message.text_content()
    date_field.fill("2024-02-29")
    page.keyboard.press("Tab")
    assert date_field.get_attribute("aria-invalid") is None and not message.is_visible()
    # untouched required fields are listed once the person asks for a check
    assert field(page, "/title").get_attribute("aria-invalid") is None
    page.get_by_role("button", name="检查填写内容").click()
    assert field(page, "/title").get_attribute("aria-invalid") == "true"
    summary = page.locator("[data-gs-summary-list]")
    assert "请填写“活动名称”" in summary.text_content()
    summary.get_by_role("link", name="请填写“活动名称”").click()
    assert page.evaluate("document.activeElement.name") == "/title"
    # opening the host with mistakes left does not leave the page: it shows what to fix
    page.locator("[data-gs-open]").click()
    page.wait_for_timeout(300)
    assert len(page.context.pages) == 1
    assert page.evaluate("document.activeElement.id") == "gs-summary-heading"


@browser_only
def test_drafts_survive_a_reload(page: Any) -> None:
    choose(page, "活动")
    type_into(page, "/@where/org", "yangguang")
    type_into(page, "/title", "重阳节敬老茶话会")
    page.get_by_role("button", name="添加一条照片").click()
    page.keyboard.type("001.jpg")
    type_into(page, "/photos/0/alt", "老人和志愿者一起包饺子")
    choose(page, "机构基本信息")
    field(page, "/area/district").select_option("溪口县")
    field(page, "/area/street").select_option("石桥镇")
    field(page, "/area/community").select_option("石桥村")
    page.reload(wait_until="load")
    page.evaluate("() => window.GongshiSubmit.ready")
    assert "已恢复" in page.locator("[data-gs-status]").text_content()
    assert page.get_by_role("radio", name="机构基本信息").is_checked()
    assert field(page, "/area/community").input_value() == "石桥村"
    choose(page, "活动")
    assert field(page, "/title").input_value() == "重阳节敬老茶话会"
    assert field(page, "/photos/0/file").input_value() == "001.jpg"
    assert field(page, "/photos/0/alt").input_value() == "老人和志愿者一起包饺子"


HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>'


@browser_only
def test_nothing_typed_runs_as_script(page: Any, site_copy: Path) -> None:
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    choose(page, "活动")
    type_into(page, "/@where/org", HOSTILE)
    type_into(page, "/@where/slug", "x")
    type_into(page, "/title", HOSTILE[:60])
    type_into(page, "/date", "2024-06-01")
    type_into(page, "/place", "'\"><svg onload=alert(1)>")
    type_into(page, "/description", f"{HOSTILE}\n[点我](javascript:window.__pwned=3)")
    page.get_by_role("button", name="添加一条照片").click()
    page.keyboard.type('"><img src=x onerror=alert(2)>.jpg')
    page.get_by_role("button", name="检查填写内容").click()
    page.reload(wait_until="load")
    page.evaluate("() => window.GongshiSubmit.ready")
    page.get_by_role("button", name="检查填写内容").click()
    assert page.evaluate("window.__pwned") is None and dialogs == []
    assert page.locator("[data-gs-submit] img, [data-gs-submit] script, svg[onload]").count() == 0
    assert HOSTILE[:60] in preview(page)  # shown as the text it is
    # the YAML stays data for the command line too: only the photo and its alt text are missing
    page.evaluate(
        "() => { const d = GongshiSubmit.current().data; d.title = 'x'; GongshiSubmit.fill('activity', d, {org: 'yangguang', slug: 'x'}); }"
    )
    codes = {
        f.code
        for f in cli_findings(
            site_copy, "orgs/yangguang/activities/2024-06-01-x.yml", preview(page)
        )
    }
    assert codes <= {"photo-missing", "missing-field"}, codes  # the photo and its alt text


@browser_only
def test_a_broken_draft_is_kept_aside(browser: Any, submit_url: str) -> None:
    origin = submit_url.split("/submit/")[0]

    def open_with(draft: str) -> Any:
        storage = {
            "origins": [
                {"origin": origin, "localStorage": [{"name": "gongshi-submit-v1", "value": draft}]}
            ]
        }
        context = browser.new_context(storage_state=storage)
        tab = context.new_page()
        tab.on("pageerror", lambda error: errors.append(str(error)))
        tab.goto(submit_url, wait_until="load")
        tab.evaluate("() => window.GongshiSubmit.ready")
        assert tab.locator("[data-gs-form]").is_visible()
        return tab

    errors: list[str] = []
    tab = open_with("{not json <script>")
    assert tab.evaluate("localStorage.getItem('gongshi-submit-v1-unreadable')") == (
        "{not json <script>"
    )
    tab.context.close()
    wrong_shapes = {
        "kind": "activity",
        "drafts": {
            "activity": {"where": 5, "values": {"title": {"a": 1}, "photos": "x", "date": ["2024"]}}
        },
    }
    tab = open_with(json.dumps(wrong_shapes))
    assert tab.get_by_role("radio", name="活动").is_checked()
    assert field(tab, "/date").input_value() == "2024"
    tab.context.close()
    assert errors == []


# -- the code host ------------------------------------------------------------------------------


@browser_only
def test_the_pull_request_link_is_the_one_python_builds(
    page: Any, submit_repo: Path, tmp_path: Path
) -> None:
    choose(page, "服务项目")
    data = {
        "title": "邻里读书角",
        "summary": "每月在社区图书角开展一次亲子共读。",
        "plan": "role",
        "fields": ["儿童关爱"],
        "period": {"start": "2024-01-01"},
        "status": "running",
    }
    page.evaluate(
        "([d]) => GongshiSubmit.fill('project', d, {org: 'yangguang', project: 'dushu'})", [data]
    )
    href = page.locator("[data-gs-open]").get_attribute("href")
    config = load_config(submit_repo, Report())
    rel = "orgs/yangguang/projects/dushu.yml"
    assert href == edit_links.new_file_url(config, rel, preview(page))
    assert href.startswith(
        f"{REPO_URL}/new/main?filename=orgs%2Fyangguang%2Fprojects%2Fdushu.yml&value="
    )
    page.context.route("https://github.com/**", lambda route: route.fulfill(body="ok"))
    with page.context.expect_page() as opened:
        page.locator("[data-gs-open]").click()
    assert urlsplit(opened.value.url).netloc == "github.com"


@browser_only
def test_gitee_gets_the_text_by_copy_and_paste(browser: Any, tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", repo)
    config_file = repo / "site_config.yml"
    text = config_file.read_text(encoding="utf-8")
    config_file.write_text(
        text.replace("docs_dir:", "repo_url: https://gitee.com/ceshi/gongshi\ndocs_dir:").replace(
            "today:", "repo_branch: master\n      today:"
        ),
        encoding="utf-8",
    )
    assert build(repo, tmp_path / "site").built
    server, url = serve(tmp_path / "site")
    context = browser.new_context()
    context.grant_permissions(["clipboard-read", "clipboard-write"])
    context.route("https://gitee.com/**", lambda route: route.fulfill(body="ok"))
    try:
        tab = context.new_page()
        tab.goto(url + "submit/", wait_until="load")
        tab.evaluate("() => window.GongshiSubmit.ready")
        assert "不能自动填入内容" in tab.locator("[data-gs-host-note]").text_content()
        choose(tab, "年度报告")
        tab.evaluate(
            "() => GongshiSubmit.fill('annual-report', {year: '2022', activities_count: '3'}, {org: 'yangguang'})"
        )
        rel = "orgs/yangguang/reports/2022.yml"
        written = preview(tab)
        link = tab.get_by_role("link", name="在 Gitee 上打开并提交")
        site_config = load_config(repo, Report())
        assert link.get_attribute("href") == edit_links.new_file_url(site_config, rel, written)
        assert (
            link.get_attribute("href")
            == "https://gitee.com/ceshi/gongshi/new/master/orgs/yangguang/reports"
        )
        assert (
            "文件名填 orgs/yangguang/reports/2022.yml"
            in tab.locator("[data-gs-steps]").text_content()
        )
        with context.expect_page():
            link.click()
        tab.wait_for_function(
            "document.querySelector('[data-gs-status]').textContent.includes('已复制')"
        )
        assert tab.evaluate("() => navigator.clipboard.readText()") == written
    finally:
        context.close()
        server.shutdown()


# -- one source of truth ------------------------------------------------------------------------


@browser_only
@pytest.mark.parametrize("kind", list(submit.FORM_KINDS))
def test_the_form_writes_what_gongshi_new_writes(page: Any, submit_repo: Path, kind: str) -> None:
    config = load_config(submit_repo, Report())
    site = load_site(submit_repo, Report())
    data = example_data(kind, config=config, areas=site.areas, when=date(2024, 5, 12), year=2023)
    expected = render(
        MODELS[kind], data, schema_url=schema_url(config, kind), heading=HEADINGS[kind]
    )
    assert page.evaluate("([k, d]) => GongshiSubmit.yaml(k, d)", [kind, data]) == expected


def _vectors() -> list[Path]:
    return sorted(VECTORS.glob("*/*.yml"))


def _header(text: str) -> dict[str, str]:
    return dict(re.findall(r"^# ([a-z-]+): (.*)$", text, re.M))


@browser_only
@pytest.mark.parametrize("vector", _vectors(), ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_form_and_command_line_agree(page: Any, site_copy: Path, vector: Path) -> None:
    kind = vector.parent.name
    text = vector.read_text(encoding="utf-8")
    head = _header(text)
    document = load_text(text, rel=head["path"], report=Report())
    assert document is not None
    data = document.data  # every scalar as text, exactly as the command line reads it
    photos = tuple(
        p["file"] for p in data.get("photos") or [] if isinstance(p, dict) and p.get("file")
    )
    findings = cli_findings(site_copy, head["path"], text, photos)
    form_errors = page.evaluate("([k, d]) => GongshiSubmit.validate(k, d)", [kind, data])
    if vector.name.startswith("valid-"):
        assert findings == [], [f.as_text() for f in findings]
        assert form_errors == []
        return
    errors = {f.code for f in findings if f.severity == "error"}
    assert set(head["expect-cli"].replace(" ", "").split(",")) <= errors, errors
    expect_form = head.get("expect-form", "refuse")
    if "known-gap" in head and expect_form == "refuse" and not form_errors:
        pytest.xfail(head["known-gap"])
    assert bool(form_errors) == (expect_form == "refuse"), form_errors


@browser_only
@pytest.mark.parametrize(
    "vector",
    [p for p in _vectors() if p.name.startswith("valid-")],
    ids=lambda p: f"{p.parent.name}/{p.stem}",
)
def test_valid_vectors_round_trip_through_the_form(
    page: Any, site_copy: Path, vector: Path
) -> None:
    """A valid record loaded into the form comes out as a file the command line accepts."""
    kind = vector.parent.name
    text = vector.read_text(encoding="utf-8")
    head = _header(text)
    data = load_text(text, rel=head["path"], report=Report()).data
    page.evaluate("([k, d]) => GongshiSubmit.fill(k, d, {})", [kind, data])
    written = preview(page)
    photos = tuple(p["file"] for p in data.get("photos") or [])
    assert cli_findings(site_copy, head["path"], written, photos) == []
    assert (
        page.evaluate(
            "() => GongshiSubmit.current().errors.filter(e => !e.path.startsWith('/@where'))"
        )
        == []
    )


# -- phones and accessibility -------------------------------------------------------------------


@browser_only
@pytest.mark.parametrize("kind", list(submit.FORM_KINDS.values()))
def test_no_horizontal_scroll_on_a_phone(browser: Any, submit_url: str, kind: str) -> None:
    context = browser.new_context(
        viewport={"width": 360, "height": 740}, device_scale_factor=2, is_mobile=True
    )
    tab = context.new_page()
    tab.goto(submit_url, wait_until="load")
    tab.evaluate("() => window.GongshiSubmit.ready")
    tab.get_by_role("radio", name=kind).check()
    for button in tab.get_by_role("button", name=re.compile("^添加一条")).all():
        button.click()
    tab.get_by_role("button", name="检查填写内容").click()
    width = tab.evaluate("document.documentElement.scrollWidth")
    context.close()
    assert width <= 360, (kind, width)


@browser_only
@pytest.mark.parametrize("kind", list(submit.FORM_KINDS.values()))
def test_axe_finds_no_serious_problem(page: Any, kind: str) -> None:
    choose(page, kind)
    for button in page.get_by_role("button", name=re.compile("^添加一条")).all():
        button.click()
    page.get_by_role("button", name="检查填写内容").click()  # with every message shown
    serious = serious_accessibility_problems(page)
    assert serious == [], serious


@browser_only
def test_the_example_site_links_the_form_and_loads_nothing_foreign(
    browser: Any, example_site: Path, example_url: str
) -> None:
    home = (example_site / "index.html").read_text(encoding="utf-8")
    assert "参与和提交" in home and 'href="submit/"' in home
    tab = browser.new_page()
    requests: list[str] = []
    tab.on("request", lambda request: requests.append(request.url))
    tab.goto(example_url + "submit/", wait_until="networkidle")
    tab.evaluate("() => window.GongshiSubmit.ready")
    assert tab.locator("[data-gs-form]").is_visible()
    tab.close()
    host = urlsplit(example_url).netloc
    assert [u for u in requests if urlsplit(u).netloc not in (host, "")] == []


# -- plain Chinese -------------------------------------------------------------------------------


@browser_only
def test_choices_and_help_speak_plain_chinese(page: Any) -> None:
    """Closed lists show their Chinese labels only, and no help text shows YAML: no [lists],
    no codes like registered（登记）, no true, no keys where the form shows a title."""
    choose(page, "机构基本信息")
    labels = page.locator('[name="/status"] option').all_text_contents()
    assert labels == ["请选择", "登记", "备案", "培育中"]
    for kind in ("机构基本信息", "服务项目", "活动", "年度报告"):
        choose(page, kind)
        helps = page.locator(".gs-field__help").all_text_contents()
        assert helps
        for help_text in helps:
            assert not re.search(r"\[|\]|\btrue\b|\bfalse\b|[a-z_]+（", help_text), (
                kind,
                help_text,
            )
            assert not re.search(r"\b(member_of|incubated_by|registered|pending)\b", help_text)
    choose(page, "服务项目")
    plans = page.locator('[name="/plan"] option').all_text_contents()
    assert all(not re.search("[a-z]", label) for label in plans)


@browser_only
def test_an_organization_is_picked_by_its_chinese_name(page: Any) -> None:
    choose(page, "年度报告")
    offered = page.locator("datalist option").evaluate_all("os => os.map(o => o.value)")
    assert offered == ["柳岸社区阳光助老服务中心", "石桥村互助养老队"]  # names in pinyin order
    type_into(page, "/@where/org", "柳岸社区阳光助老服务中心")
    type_into(page, "/year", "2022")
    assert shown_path(page) == "orgs/yangguang/reports/2022.yml"
    field(page, "/@where/org").fill("没有这个机构")
    page.evaluate("() => GongshiSubmit.flush()")
    errors = page.evaluate("() => GongshiSubmit.current().errors.map(e => e.message)")
    assert any("没有找到“没有这个机构”" in e for e in errors)
    assert not any("小写英文字母" in e for e in errors)


@browser_only
def test_an_activity_file_is_named_from_its_date_and_title(page: Any) -> None:
    """The file name follows the title's pinyin (lowercase ASCII, hyphens) and the date, until
    staff type a name of their own; emptied, it follows the title again."""
    choose(page, "活动")
    page.wait_for_function("document.querySelectorAll('datalist option').length > 1")
    name = next(
        v
        for v in page.locator("datalist option").evaluate_all("os => os.map(o => o.value)")
        if "阳光" in v or "柳岸" in v
    )
    type_into(page, "/@where/org", name)
    type_into(page, "/title", "重阳节 DIY 茶话会")
    type_into(page, "/date", "2024年10月11日")
    page.wait_for_function(
        "document.querySelector('[name=\"/@where/slug\"]').value.startsWith('zhong-yang')"
    )
    assert field(page, "/@where/slug").input_value() == "zhong-yang-jie-diy-cha-hua-hui"
    rel = "orgs/yangguang/activities/2024-10-11-zhong-yang-jie-diy-cha-hua-hui.yml"
    assert shown_path(page) == rel
    field(page, "/@where/slug").fill("")
    type_into(page, "/@where/slug", "chongyang")
    type_into(page, "/title", "又一年")
    assert shown_path(page) == "orgs/yangguang/activities/2024-10-11-chongyang.yml"
    field(page, "/@where/slug").fill("")
    field(page, "/@where/slug").dispatch_event("input")
    type_into(page, "/title", "！")
    assert (
        field(page, "/@where/slug")
        .input_value()
        .startswith("zhong-yang-jie-diy-cha-hua-hui-you-yi")
    )


def test_the_syllable_table_is_published(submit_site: Path) -> None:
    table = json.loads((submit_site / "submit" / "pinyin.json").read_text(encoding="utf-8"))
    assert "重" in table["zhong"] and "阳" in table["yang"] and "绿" in table["lv"]
