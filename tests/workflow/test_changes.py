"""Who may change what: `gongshi check-changes` on a real temporary git repository."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from generator.cli import main
from generator.workflow.changes import Change, ChangeError, parse_changes
from tests.conftest import SITES
from tests.workflow.conftest import git

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
PROFILE = "orgs/yangguang/org.yml"
OTHER_PROFILE = "orgs/shiqiao-huzhu/org.yml"
MAINTAINER, OTHER_MAINTAINER, BUREAU = "yangguang-team", "shiqiao-team", "bureau-admin"


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def write(root: Path, rel: str, text: str) -> None:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def check(root: Path, author: str, *args: str) -> tuple[int, list[str]]:
    """Exit code and finding codes of `gongshi check-changes` (JSON output)."""
    import contextlib
    import io

    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        code = main(
            ["-C", str(root), "check-changes", "--author", author, "--format", "json", *args]
        )
    if code == 2:
        return code, []
    document = json.loads(out.getvalue())
    return code, [finding["code"] for finding in document["findings"]]


# -- allowed ---------------------------------------------------------------------------------------


def test_maintainer_changes_own_activity(repo: Path) -> None:
    edit(repo, ACTIVITY, "participants: 80", "participants: 85")
    assert check(repo, MAINTAINER) == (0, [])


def test_logins_compare_case_insensitively(repo: Path) -> None:
    edit(repo, ACTIVITY, "participants: 80", "participants: 85")
    assert check(repo, "YangGuang-Team") == (0, [])


def test_maintainer_adds_a_co_maintainer_and_may_step_down(repo: Path) -> None:
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: [yangguang-team, li-lei]")
    assert check(repo, MAINTAINER) == (0, [])
    edit(repo, PROFILE, "maintainers: [yangguang-team, li-lei]", "maintainers: [li-lei]")
    assert check(repo, MAINTAINER) == (0, [])


def test_new_organization_listing_its_author(repo: Path) -> None:
    assert main(["-C", str(repo), "new", "org", "xin-zu"]) == 0
    edit(repo, "orgs/xin-zu/org.yml", "maintainers: [your-login]", "maintainers: [xin-zu-team]")
    assert check(repo, "xin-zu-team") == (0, [])


def test_rename_inside_own_organization(repo: Path) -> None:
    git(repo, "mv", ACTIVITY, "orgs/yangguang/activities/2024-05-12-yizhen.yml")
    git(repo, "mv", ACTIVITY[:-4], "orgs/yangguang/activities/2024-05-12-yizhen")
    assert check(repo, MAINTAINER) == (0, [])


def test_bureau_may_change_everything(repo: Path) -> None:
    with (repo / "content/index.md").open("a", encoding="utf-8") as handle:
        handle.write("新的首页说明。\n")
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: [someone-else]")
    (repo / OTHER_PROFILE).unlink()
    (repo / "orgs/shiqiao-huzhu/activities").mkdir(exist_ok=True)  # git keeps no empty folders
    git(repo, "mv", ACTIVITY, "orgs/shiqiao-huzhu/activities/2024-05-12-yiyuan.yml")

    write(repo, ".github/workflows/extra.yml", "name: x\n")
    assert check(repo, BUREAU) == (0, [])


def test_committed_branch_against_base(repo: Path) -> None:
    git(repo, "checkout", "-q", "-b", "change")
    edit(repo, ACTIVITY, "participants: 80", "participants: 85")
    git(repo, "commit", "-qam", "change")
    assert check(repo, MAINTAINER, "--base", "main") == (0, [])
    assert check(repo, OTHER_MAINTAINER, "--base", "main") == (1, ["not-maintainer"])


# -- refused ---------------------------------------------------------------------------------------


def test_non_maintainer_may_not_change_an_organization(repo: Path) -> None:
    edit(repo, ACTIVITY, "participants: 80", "participants: 85")
    write(repo, "orgs/yangguang/reports/2024.yml", "year: 2024\n")
    code, codes = check(repo, OTHER_MAINTAINER)
    assert (code, codes) == (1, ["not-maintainer"])  # one finding for the folder, not one per file


def test_foreign_maintainers_change(repo: Path) -> None:
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: [shiqiao-team]")
    code, codes = check(repo, OTHER_MAINTAINER)
    assert code == 1 and sorted(codes) == ["maintainers-foreign", "not-maintainer"]


def test_adding_oneself_to_another_organization(repo: Path) -> None:
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: [yangguang-team, mallory]")
    code, codes = check(repo, "mallory")
    assert code == 1 and "maintainers-foreign" in codes


def test_removing_the_last_maintainer(repo: Path) -> None:
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: []")
    assert check(repo, MAINTAINER) == (1, ["last-maintainer"])


def test_deleting_the_profile_removes_every_maintainer(repo: Path) -> None:
    (repo / PROFILE).unlink()
    assert check(repo, MAINTAINER) == (1, ["last-maintainer"])


def test_new_organization_without_its_author(repo: Path) -> None:
    assert main(["-C", str(repo), "new", "org", "xin-zu"]) == 0
    assert check(repo, "xin-zu-team") == (1, ["new-org-without-author"])


def test_new_organization_folder_without_a_profile(repo: Path) -> None:
    write(repo, "orgs/xin-zu/reports/2024.yml", "year: 2024\n")
    assert check(repo, "xin-zu-team") == (1, ["new-org-without-author"])


@pytest.mark.parametrize(
    "rel",
    [
        "content/index.md",
        "content/annual/2023.yml",
        "content/registers/listings.yml",
        "site_config.yml",
        ".github/workflows/pr.yml",
        ".github/CODEOWNERS",
        "theme/main.html",
        "generator/owners.py",
        "README.md",
        "orgs/README.md",
    ],
)
def test_only_the_bureau_changes_files_outside_organizations(repo: Path, rel: str) -> None:
    write(repo, rel, "changed\n")
    assert check(repo, MAINTAINER) == (1, ["bureau-only-path"])
    assert check(repo, BUREAU) == (0, [])


def test_a_change_cannot_make_its_author_a_bureau_maintainer(repo: Path) -> None:
    edit(repo, "site_config.yml", "[bureau-admin]", "[bureau-admin, yangguang-team]")
    edit(repo, "orgs/shiqiao-huzhu/reports/2023.yml", "year: 2023", "year: 2023\n")
    code, codes = check(repo, MAINTAINER)
    assert code == 1 and sorted(codes) == ["bureau-only-path", "not-maintainer"]


@pytest.mark.parametrize(
    ("rel", "line"),
    [
        (PROFILE, "grade: 5A\n"),
        ("orgs/yangguang/reports/2023.yml", "inspection: qualified\n"),
        (ACTIVITY, "abnormal_list: []\n"),
    ],
)
def test_bureau_facts_never_go_into_an_organization_folder(repo: Path, rel: str, line: str) -> None:
    with (repo / rel).open("a", encoding="utf-8") as handle:
        handle.write(line)
    code, codes = check(repo, MAINTAINER)
    assert (code, codes) == (1, ["bureau-fact-in-org"])
    assert check(repo, BUREAU)[1] == ["bureau-fact-in-org"]  # a fact's place, not a permission


def test_moving_files_across_organizations(repo: Path) -> None:
    (repo / "orgs/shiqiao-huzhu/activities").mkdir(exist_ok=True)  # git keeps no empty folders
    git(repo, "mv", ACTIVITY, "orgs/shiqiao-huzhu/activities/2024-05-12-yiyuan.yml")
    code, codes = check(repo, MAINTAINER)
    assert code == 1 and sorted(codes) == ["move-across-orgs", "not-maintainer"]


def test_move_across_organizations_from_a_change_list(repo: Path, tmp_path: Path) -> None:
    # even someone who maintains both organizations may not carry files across
    both = "maintainers: [shiqiao-team, yangguang-team]"
    edit(repo, OTHER_PROFILE, "maintainers: [shiqiao-team]", both)
    git(repo, "commit", "-qam", "both")
    changes = tmp_path / "changes.txt"
    changes.write_text(f"R100\t{ACTIVITY}\torgs/shiqiao-huzhu/activities/x.yml\n", "utf-8")
    assert check(repo, MAINTAINER, "--changes", str(changes)) == (1, ["move-across-orgs"])


# -- how the change set is given -------------------------------------------------------------------


def test_change_list_lines() -> None:
    text = (
        "M\torgs/a/org.yml\n"
        "A  orgs/a/reports/2024.yml\n"
        "D\tcontent/old.md\n"
        "R087\torgs/a/x.yml\torgs/b/x.yml\n"
        "R orgs/a/y.yml orgs/a/z.yml\n"
        'A\t"orgs/a/activities/2024-05-12-x/\\345\\220\\210\\345\\275\\261.jpg"\n'
        "C100\torgs/a/p.yml\torgs/a/q.yml\n"
        "\n# comments and blank lines are skipped\n"
    )
    assert parse_changes(text) == [
        Change("M", "orgs/a/org.yml"),
        Change("A", "orgs/a/reports/2024.yml"),
        Change("D", "content/old.md"),
        Change("R", "orgs/b/x.yml", "orgs/a/x.yml"),
        Change("R", "orgs/a/z.yml", "orgs/a/y.yml"),
        Change("A", "orgs/a/activities/2024-05-12-x/合影.jpg"),
        Change("A", "orgs/a/q.yml"),
    ]


@pytest.mark.parametrize(
    "line", ["X\torgs/a/org.yml", "R100\tonly-one-path", "M", "M\t../outside.yml", "M\t/etc/passwd"]
)
def test_bad_change_lists_are_usage_errors(line: str) -> None:
    with pytest.raises(ChangeError):
        parse_changes(line)


def test_change_list_file_as_the_workflow_writes_it(repo: Path, tmp_path: Path) -> None:
    edit(repo, ACTIVITY, "participants: 80", "participants: 85")
    listing = git(repo, "-c", "core.quotePath=false", "diff", "--name-status", "-M", "HEAD")
    changes = tmp_path / "changes.txt"
    changes.write_text(listing, encoding="utf-8")
    assert check(repo, MAINTAINER, "--changes", str(changes)) == (0, [])
    assert check(repo, OTHER_MAINTAINER, "--changes", str(changes)) == (1, ["not-maintainer"])
    changes.write_text("Q\tfoo\n", encoding="utf-8")
    assert check(repo, MAINTAINER, "--changes", str(changes))[0] == 2


def test_files_named_on_the_command_line(repo: Path) -> None:
    edit(repo, ACTIVITY, "participants: 80", "participants: 85")
    (repo / "orgs/yangguang/reports/2023.yml").unlink()
    assert check(repo, MAINTAINER, ACTIVITY, "orgs/yangguang/reports/2023.yml") == (0, [])
    assert check(repo, MAINTAINER, "orgs/shiqiao-huzhu") == (1, ["not-maintainer"])
    assert check(repo, MAINTAINER, "content/index.md") == (1, ["bureau-only-path"])
    assert check(repo, MAINTAINER, "orgs/nobody/org.yml")[0] == 2


def test_default_base_is_origin_main_when_it_exists(repo: Path) -> None:
    git(repo, "update-ref", "refs/remotes/origin/main", "HEAD")
    edit(repo, ACTIVITY, "participants: 80", "participants: 85")
    git(repo, "commit", "-qam", "change")
    # against origin/main the committed change is seen; against HEAD there is nothing to judge
    assert check(repo, OTHER_MAINTAINER) == (1, ["not-maintainer"])
    git(repo, "update-ref", "-d", "refs/remotes/origin/main")
    assert check(repo, OTHER_MAINTAINER) == (0, [])


def test_untracked_files_count_as_added(repo: Path) -> None:
    write(repo, "orgs/shiqiao-huzhu/reports/2024.yml", "year: 2024\n")
    assert check(repo, MAINTAINER) == (1, ["not-maintainer"])


def test_usage_errors(repo: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    plain = tmp_path / "plain"
    shutil.copytree(SITES / "minimal", plain)
    assert check(plain, MAINTAINER)[0] == 2  # not a git repository
    assert check(repo, MAINTAINER, "--base", "no-such-branch")[0] == 2
    assert check(repo, "not a login")[0] == 2
    assert check(repo, MAINTAINER, "--changes", str(tmp_path / "missing.txt"))[0] == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["-C", str(repo), "check-changes"])  # --author is required
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "不是 git 仓库" in err and "找不到基准版本" in err


def test_github_annotations_and_text(
    repo: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: []")
    args = ["-C", str(repo), "check-changes", "--author", MAINTAINER]
    assert main([*args, "--format", "github"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"::error file={PROFILE},line=")
    assert "title=last-maintainer%3A " in first
    assert "`last-maintainer`" in summary.read_text(encoding="utf-8")
    assert main(args) == 1
    text = capsys.readouterr().out
    assert "error[last-maintainer]: 这次修改会让机构 yangguang 没有任何维护人" in text
    assert "(this change leaves yangguang without any maintainer" in text


# -- --head: the pull request's files read from git alone (ownership.yml) ------------------------


def committed_as_head(repo: Path, branch: str = "head") -> str:
    """Commit the working tree's edits on a branch, go back to main: the head exists only in git."""
    git(repo, "checkout", "-q", "-B", branch)
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "head")
    git(repo, "checkout", "-q", "main")
    return git(repo, "rev-parse", branch).strip()


def test_head_files_are_read_from_git_not_the_work_tree(repo: Path) -> None:
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: []")
    head = committed_as_head(repo)
    assert "maintainers: [yangguang-team]" in (repo / PROFILE).read_text(encoding="utf-8")
    assert check(repo, MAINTAINER, "--base", "main", "--head", head) == (1, ["last-maintainer"])
    assert check(repo, MAINTAINER) == (0, [])  # the work tree (main) changes nothing


def test_head_foreign_maintainers_and_bureau_facts(repo: Path) -> None:
    edit(repo, PROFILE, "maintainers: [yangguang-team]", "maintainers: [yangguang-team, mallory]")
    with (repo / ACTIVITY).open("a", encoding="utf-8") as handle:
        handle.write("abnormal_list: []\n")
    head = committed_as_head(repo)
    code, codes = check(repo, "mallory", "--base", "main", "--head", head)
    assert code == 1 and sorted(set(codes)) == [
        "bureau-fact-in-org",
        "maintainers-foreign",
        "not-maintainer",
    ]
    code, codes = check(repo, MAINTAINER, "--base", "main", "--head", head)
    assert (code, codes) == (1, ["bureau-fact-in-org"])


def test_head_deleting_the_profile_and_a_symlink(repo: Path) -> None:
    (repo / PROFILE).unlink()
    head = committed_as_head(repo)
    assert check(repo, MAINTAINER, "--base", "main", "--head", head) == (1, ["last-maintainer"])
    (repo / ACTIVITY).unlink()
    (repo / ACTIVITY).symlink_to("/etc/passwd")
    head = committed_as_head(repo, "link")
    assert check(repo, MAINTAINER, "--base", "main", "--head", head) == (0, [])  # never followed


def test_head_with_a_file_list_or_an_unknown_commit_is_a_usage_error(repo: Path) -> None:
    assert check(repo, MAINTAINER, "--head", "main", ACTIVITY)[0] == 2
    assert check(repo, MAINTAINER, "--head", "no-such-commit")[0] == 2
