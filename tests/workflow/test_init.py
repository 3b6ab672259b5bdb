"""`gongshi init`: a new city's repository that validates and builds with no theme/ of its own,
CI files that parse, and credentials only where a pull request's run can never reach them."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import __version__
from generator.cli import main
from generator.findings import Report
from generator.model.load import load_site
from generator.workflow import init
from generator.workflow.init import DEPLOYS, HOSTS, InitError, init_site, site_files
from tests.workflow.test_workflows import actionlint_binary, assert_base_only

COMBINATIONS = [(host, deploy) for host in HOSTS for deploy in DEPLOYS]
# The credentials each publishing target needs (GitLab: protected CI/CD variables).
GITLAB_CREDENTIALS = ("AWS_ACCESS_KEY_ID", "AWS_SECRET_ACCESS_KEY", "DEPLOY_SSH_KEY")
GITLAB_KEYWORDS = {"workflow", "default", "variables", "stages"}


def ci_files(files: dict[str, str]) -> dict[str, dict[str, Any]]:
    """The parsed CI files of a new repository (YAML 1.1 reads `on:` as True: put it back)."""
    parsed = {}
    for rel, text in files.items():
        if rel.startswith(".github/") or rel == ".gitlab-ci.yml":
            document = yaml.safe_load(text)
            if True in document:
                document["on"] = document.pop(True)
            parsed[rel] = document
    return parsed


def jobs_naming(document: dict[str, Any], pattern: str) -> set[str]:
    """The jobs (or GitLab's hidden templates) whose text mentions pattern."""
    source = document.get("jobs", document)
    return {
        name
        for name, job in source.items()
        if isinstance(job, dict) and re.search(pattern, yaml.safe_dump(job, allow_unicode=True))
    }


@pytest.mark.parametrize(("host", "deploy"), COMBINATIONS)
def test_every_combination_writes_ci_files_that_parse(host: str, deploy: str) -> None:
    files = site_files(city="云溪市", host=host, deploy=deploy)
    parsed = ci_files(files)
    expected = {
        "github": {
            ".github/workflows/pr.yml",
            ".github/workflows/ownership.yml",
            ".github/workflows/publish.yml",
        },
        "gitlab": {".gitlab-ci.yml"},
    }[host]
    assert set(parsed) == expected
    for rel, text in files.items():
        assert not re.search(r"@[a-z_]+@", text), f"a placeholder left in {rel}"
        if rel.endswith(".yml"):
            assert yaml.safe_load(text) is not None, rel
    for text in (files[rel] for rel in parsed):
        assert f'pip install --quiet "gongshi{init.requirement(__version__)}"' in text
        assert "pip install --quiet ." not in text


@pytest.mark.parametrize("deploy", DEPLOYS)
def test_github_pull_requests_run_read_only_and_without_secrets(deploy: str) -> None:
    files = site_files(host="github", deploy=deploy)
    parsed = ci_files(files)
    checks, publish = parsed[".github/workflows/pr.yml"], parsed[".github/workflows/publish.yml"]
    assert set(checks["on"]) == {"pull_request"}
    assert checks["permissions"] == {}
    assert all(job["permissions"] == {"contents": "read"} for job in checks["jobs"].values())
    assert not jobs_naming(checks, r"secrets\.")
    assert not jobs_naming(checks, r"check-changes")  # ownership is judged as it is on main
    restores = [s for s in checks["jobs"]["site"]["steps"] if "cache" in s.get("uses", "")]
    assert all(s["uses"].startswith("actions/cache/restore@") for s in restores)
    ownership_text = files[".github/workflows/ownership.yml"]
    assert_base_only(parsed[".github/workflows/ownership.yml"], ownership_text)
    assert f'pip install --quiet "gongshi{init.requirement(__version__)}"' in ownership_text
    for rel, text in files.items():
        if rel != ".github/workflows/ownership.yml":
            assert "pull_request_target" not in text, rel
    assert "pull_request" not in publish["on"] and "pull_request_target" not in publish["on"]
    assert publish["on"]["push"] == {"branches": ["main"]}
    assert publish["jobs"]["build"]["permissions"] == {"contents": "read"}
    using_secrets = jobs_naming(publish, r"secrets\.")
    if deploy == "pages":
        assert not using_secrets  # Pages deploys with the job's own short-lived token
    else:
        assert using_secrets == {"deploy"}
        assert publish["jobs"]["deploy"]["environment"] == {"name": "production"}
    for document in parsed.values():
        for job in document["jobs"].values():
            for step in job["steps"]:
                if "uses" in step:  # every action pinned to a commit
                    assert re.fullmatch(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}", step["uses"]), step


@pytest.mark.parametrize("deploy", DEPLOYS)
def test_gitlab_credentials_only_in_the_default_branch_job(deploy: str) -> None:
    """Protected variables reach only pipelines of the protected default branch, where the
    publishing job is the only job; a merge request's pipeline runs the checks alone."""
    pipeline = ci_files(site_files(host="gitlab", deploy=deploy))[".gitlab-ci.yml"]
    publishing = "pages" if deploy == "pages" else "deploy"
    jobs = {name for name in pipeline if name not in GITLAB_KEYWORDS and not name.startswith(".")}
    assert jobs == {"merge-request", publishing}
    assert pipeline[publishing]["rules"] == [{"if": "$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH"}]
    assert pipeline["merge-request"]["rules"] == [
        {"if": '$CI_PIPELINE_SOURCE == "merge_request_event"'}
    ]
    credentials = rf"\b({'|'.join(GITLAB_CREDENTIALS)}|S3_\w+|DEPLOY_\w+)\b|aws |rsync "
    assert jobs_naming(pipeline, credentials) <= {publishing}
    if deploy == "pages":
        assert pipeline["pages"]["artifacts"]["paths"] == ["public/"]
    else:
        assert jobs_naming(pipeline, credentials) == {"deploy"}
        assert pipeline["deploy"]["environment"] == "production"


def test_site_config_needs_no_theme_folder_and_links_to_its_host() -> None:
    for host in HOSTS:
        text = site_files(city="云溪市", host=host, deploy="pages")["site_config.yml"]
        config = yaml.safe_load(text)
        assert "custom_dir" not in config["theme"]
        assert "custom_dir: theme" in text  # the comment saying how to add overrides
        assert config["theme"]["language"] == "zh" and config["theme"]["font"] is False
        assert config["docs_dir"] == "content"
        options = config["plugins"][0]["gongshi"]
        assert options["city"] == "云溪市" and options["bureau"] == "云溪市民政局"
        assert options["repo_host"] == host
    assert (
        "# edit_uri: edit/main/content/"
        in site_files(host="github", deploy="pages")["site_config.yml"]
    )
    assert (
        "# edit_uri: -/edit/main/content/"
        in site_files(host="gitlab", deploy="pages")["site_config.yml"]
    )


def test_placeholder_names_say_they_are_placeholders() -> None:
    config = yaml.safe_load(site_files(host="github", deploy="pages")["site_config.yml"])
    options = config["plugins"][0]["gongshi"]
    assert (options["city"], options["bureau"]) == ("某市", "某市民政局")
    assert options["bureau_maintainers"] == []


@pytest.mark.parametrize("host", HOSTS)
def test_the_new_repository_validates_clean(tmp_path: Path, host: str) -> None:
    init_site(tmp_path / "city", city="云溪市", host=host, deploy="s3")
    report = Report()
    site = load_site(tmp_path / "city", report)
    assert not report.findings, [finding.as_text() for finding in report.findings]
    assert site.config.settings.city == "云溪市"
    assert site.areas.tree  # the placeholder district > street > community


def test_the_new_repository_builds_an_organization_with_no_theme_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    city, output = tmp_path / "city", tmp_path / "site"
    assert main(["init", str(city), "--city", "云溪市"]) == 0
    assert main(["-C", str(city), "new", "org", "yangguang"]) == 0
    assert main(["-C", str(city), "validate"]) == 0
    assert "0 errors, 0 warnings" in capsys.readouterr().out
    assert main(["-C", str(city), "build", "-o", str(output), "--workers", "1"]) == 0
    assert not (city / "theme").exists()
    page = (output / "orgs" / "yangguang" / "index.html").read_text(encoding="utf-8")
    assert '<article class="gs-org"' in page  # gongshi's own template, from the package
    assert (output / "index.html").exists()
    assert not list(output.rglob(".gitkeep"))


def test_creates_a_missing_folder(tmp_path: Path) -> None:
    written = init_site(tmp_path / "a" / "b", host="gitlab", deploy="rsync")
    assert "site_config.yml" in written and ".gitlab-ci.yml" in written
    assert (tmp_path / "a" / "b" / "orgs").is_dir()


def test_writes_into_a_freshly_cloned_empty_repository(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    assert "site_config.yml" in init_site(tmp_path)


def test_refuses_a_folder_that_is_not_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    assert main(["init", str(tmp_path)]) == 2
    error = capsys.readouterr().err
    assert "不是空的" in error and "not empty" in error
    assert [path.name for path in tmp_path.iterdir()] == ["notes.txt"]
    with pytest.raises(InitError):
        init_site(tmp_path / "notes.txt")


@pytest.mark.parametrize("city", ["", "Yunxi City", "云溪 市", "x" * 10, "云" * 31, "云溪:市"])
def test_refuses_a_name_that_is_not_a_plain_chinese_name(
    tmp_path: Path, city: str, capsys: pytest.CaptureFixture[str]
) -> None:
    if city == "":
        assert main(["init", str(tmp_path / "ok"), "--city", city]) == 0  # the placeholder
        return
    assert main(["init", str(tmp_path / "site"), "--city", city]) == 2
    assert "--city" in capsys.readouterr().err
    assert not (tmp_path / "site").exists()


@pytest.mark.parametrize("deploy", DEPLOYS)
def test_github_workflows_are_actionlint_clean(tmp_path: Path, deploy: str) -> None:
    binary = actionlint_binary()
    if binary is None:
        pytest.skip("actionlint binary absent: set ACTIONLINT, or put it on PATH")
    init_site(tmp_path, host="github", deploy=deploy)
    workflows = sorted((tmp_path / ".github" / "workflows").glob("*.yml"))
    result = subprocess.run(
        [binary, "-no-color", *map(str, workflows)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_ci_installs_a_version_the_package_index_has() -> None:
    """A release is pinned exactly; a development copy asks for the releases of its minor
    version (its own version exists on no package index)."""
    assert init.requirement("0.2.0") == "==0.2.0"
    assert init.requirement("0.1.1.dev98+ge65ab2317.d20261206") == "~=0.1.0"
    assert init.requirement("1.4.0rc1") == "~=1.4.0"
