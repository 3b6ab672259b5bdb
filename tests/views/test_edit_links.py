"""Links to the code host's web editor: edit one record, or create one with its text filled in."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from generator.input.config import Settings, SiteConfig
from generator.views import edit_links


def config(repo_url: str, edit_uri: str = "", **settings: str) -> SiteConfig:
    return SiteConfig(
        root=Path("."),
        repo_url=repo_url,
        edit_uri=edit_uri,
        settings=Settings(**settings),
        raw={"docs_dir": "content"},
    )


REL = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
YAML = 'title: 五月义诊进社区  # 活动名称（必填）\ndate: "2024-05-12"\nplace: A&B #1 100%\n'


@pytest.mark.parametrize(
    ("repo_url", "host"),
    [
        ("https://github.com/example/gongshi", "github"),
        ("https://github.com/example/gongshi.git", "github"),
        ("https://gitee.com/yunxi-mzj/gongshi", "gitee"),
        ("https://gitlab.com/yunxi/gongshi", "gitlab"),
        ("https://gitlab.yunxi.gov.cn/mzj/gongshi", "gitlab"),
        ("https://git.example.org/mzj/gongshi", None),
        ("", None),
    ],
)
def test_the_host_is_told_by_its_name(repo_url: str, host: str | None) -> None:
    assert edit_links.repo_host(config(repo_url)) == host


def test_the_setting_names_the_host_of_a_self_hosted_repository() -> None:
    site = config("https://code.yunxi.gov.cn/mzj/gongshi", repo_host="gitlab")
    assert (
        edit_links.edit_url(site, REL) == f"https://code.yunxi.gov.cn/mzj/gongshi/-/edit/main/{REL}"
    )


@pytest.mark.parametrize(
    ("edit_uri", "settings", "branch"),
    [
        ("", {}, "main"),
        ("edit/main/content/", {}, "main"),
        ("edit/master/docs/", {}, "master"),
        ("-/edit/trunk/content/", {}, "trunk"),
        ("blob/gh-pages/", {}, "gh-pages"),
        ("edit/master/content/", {"repo_branch": "gongshi"}, "gongshi"),
    ],
)
def test_the_branch(edit_uri: str, settings: dict[str, str], branch: str) -> None:
    assert edit_links.repo_branch(config("https://github.com/o/r", edit_uri, **settings)) == branch


def test_edit_urls_of_each_host() -> None:
    assert (
        edit_links.edit_url(config("https://github.com/example/gongshi/"), REL)
        == f"https://github.com/example/gongshi/edit/main/{REL}"
    )
    assert (
        edit_links.edit_url(config("https://gitee.com/yunxi/gongshi", repo_branch="master"), REL)
        == f"https://gitee.com/yunxi/gongshi/edit/master/{REL}"
    )
    assert (
        edit_links.edit_url(config("https://gitlab.com/yunxi/gongshi"), REL)
        == f"https://gitlab.com/yunxi/gongshi/-/edit/main/{REL}"
    )


def test_an_unknown_host_keeps_mkdocs_edit_uri() -> None:
    site = config("https://git.example.org/mzj/gongshi", "_edit/main/content/")
    assert edit_links.edit_url(site, REL) == f"https://git.example.org/mzj/gongshi/_edit/main/{REL}"


def test_no_repository_no_links() -> None:
    site = config("")
    assert edit_links.edit_url(site, REL) is None
    assert edit_links.new_file_url(site, REL, YAML) is None
    assert edit_links.new_file_page(site) is None
    assert edit_links.edit_url(config("https://github.com/o/r"), None) is None


def test_github_new_file_carries_path_and_text() -> None:
    url = edit_links.new_file_url(config("https://github.com/example/gongshi"), REL, YAML)
    parts = urlsplit(url)
    assert (
        f"{parts.scheme}://{parts.netloc}{parts.path}"
        == "https://github.com/example/gongshi/new/main"
    )
    assert parse_qs(parts.query) == {"filename": [REL], "value": [YAML]}
    assert "%23" in url and "%26" in url and "%E4%BA%94" in url  # '#', '&' and Chinese, encoded


def test_gitlab_new_file_carries_path_and_text() -> None:
    url = edit_links.new_file_url(config("https://gitlab.com/yunxi/gongshi"), REL, YAML)
    parts = urlsplit(url)
    assert parts.path == "/yunxi/gongshi/-/new/main/"
    assert parse_qs(parts.query) == {"file_name": [REL], "content": [YAML]}


def test_gitee_cannot_prefill_so_the_link_opens_the_folder() -> None:
    site = config("https://gitee.com/yunxi/gongshi", repo_branch="master")
    page = edit_links.new_file_page(site)
    assert page is not None and not page.prefills
    assert edit_links.new_file_url(site, REL, YAML) == (
        "https://gitee.com/yunxi/gongshi/new/master/orgs/yangguang/activities"
    )


def test_text_too_long_for_a_link_is_pasted_instead() -> None:
    site = config("https://github.com/example/gongshi")
    url = edit_links.new_file_url(site, REL, "描述：" + "很长" * 2000)
    assert url == f"https://github.com/example/gongshi/new/main?filename={REL.replace('/', '%2F')}"


def test_folder_pages_for_photos() -> None:
    folder = "orgs/yangguang/activities"
    assert edit_links.folder_url(config("https://github.com/o/r"), folder) == (
        f"https://github.com/o/r/tree/main/{folder}"
    )
    assert edit_links.folder_url(config("https://gitlab.com/o/r"), folder) == (
        f"https://gitlab.com/o/r/-/tree/main/{folder}"
    )
