"""A street's folder of calls (content/calls/<folder>/) is owned like an organization's folder:
`gongshi check-changes` lets its maintainers (site_config.yml's call_folders, as on the base
commit) change it, and nothing else of the bureau's."""

from __future__ import annotations

from pathlib import Path

from tests.workflow.conftest import git
from tests.workflow.test_changes import check, edit, write

CALL = """title: 湖滨街道微项目征集
kind: government_purchase
issuer: 湖滨街道办事处
summary: 街道购买邻里互助服务。
opens_on: 2024-09-01
deadline: 2024-10-31
"""
FOLDERS = (
    "      call_folders:\n        - {id: hubin, street: 湖滨街道, maintainers: [Hubin-Jiedao]}\n"
)


def _with_folders(repo: Path) -> None:
    edit(repo, "site_config.yml", "      today:", FOLDERS + "      today:")
    git(repo, "commit", "-qam", "call folders")


def test_a_street_changes_its_own_folder_only(repo: Path) -> None:
    _with_folders(repo)
    write(repo, "content/calls/hubin/2024-weixin.yml", CALL)
    assert check(repo, "hubin-jiedao") == (0, [])  # logins compare case-insensitively
    write(repo, "content/calls/2024-city.yml", CALL)
    assert check(repo, "hubin-jiedao") == (1, ["bureau-only-path"])


def test_nobody_else_writes_in_a_streets_folder(repo: Path) -> None:
    _with_folders(repo)
    write(repo, "content/calls/hubin/2024-weixin.yml", CALL)
    assert check(repo, "yangguang-team") == (1, ["bureau-only-path"])
    assert check(repo, "bureau-admin") == (0, [])


def test_a_folder_granted_in_the_same_change_grants_nothing(repo: Path) -> None:
    edit(repo, "site_config.yml", "      today:", FOLDERS + "      today:")
    write(repo, "content/calls/hubin/2024-weixin.yml", CALL)
    code, codes = check(repo, "hubin-jiedao")
    assert code == 1 and set(codes) == {"bureau-only-path"}
