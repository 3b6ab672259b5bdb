"""The release workflow: built only from a v* tag, the wheel checked and installed before anything
is published, contents: write in the one job that publishes — and its shell steps run here."""

from __future__ import annotations

import os
import shutil
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.workflow.test_workflows import load, run_bash, step


def test_release_pipeline() -> None:
    release = load("release.yml")
    assert release["on"] == {"push": {"tags": ["v*"]}}  # tags only: no branch, no pull request
    assert release["concurrency"]["cancel-in-progress"] is False
    build, publish = release["jobs"]["build"], release["jobs"]["release"]
    assert build["permissions"] == {"contents": "read"}
    assert publish["permissions"] == {"contents": "write"}
    assert publish["needs"] == "build"
    assert step(release, "build", "取出标签")["with"]["fetch-depth"] == 0  # tags for setuptools-scm
    assert "python -m build --outdir dist ." in step(release, "build", "构建")["run"]
    check = step(release, "build", "在全新环境中安装")
    assert check["env"]["TAG"] == "${{ github.ref_name }}"
    assert 'python -m venv "$RUNNER_TEMP/fresh"' in check["run"]
    assert '"$RUNNER_TEMP/fresh/bin/gongshi" --version' in check["run"]
    assert '"gongshi ${TAG#v}"' in check["run"]
    example = step(release, "build", "生成示例网站")
    assert example["working-directory"] == "${{ runner.temp }}"  # templates only from the wheel
    upload = step(release, "build", "保存构建结果")
    assert upload["uses"].startswith("actions/upload-artifact@")
    download = step(release, "release", "取回构建结果")
    assert download["uses"].startswith("actions/download-artifact@")
    assert download["with"]["name"] == upload["with"]["name"]
    create = step(release, "release", "发布")
    assert create["env"]["GH_TOKEN"] == "${{ github.token }}"  # GITHUB_TOKEN, no other secret
    assert 'gh release create "$TAG" dist/* --verify-tag' in create["run"]


# -- the shell steps, run for real -----------------------------------------------------------------


def _wheel(folder: Path, names: list[str]) -> None:
    (folder / "dist").mkdir()
    with zipfile.ZipFile(folder / "dist" / "gongshi-0.2.0-py3-none-any.whl", "w") as wheel:
        for name in names:
            wheel.writestr(name, "")


GOOD_WHEEL = [
    "generator/__init__.py",
    "generator/templates/gongshi/shell.html",
    "generator/templates/assets/gongshi/vendor/ajv2020.min.js",
    "generator/workflow/init_files/site_config.yml",
    "gongshi-0.2.0.dist-info/METADATA",
]


@pytest.mark.parametrize(
    ("extra", "passes"),
    [
        ([], True),
        (["tools/examplecity/build.py"], False),
        (["tests/conftest.py"], False),
        (["generator/templates/assets/gongshi/vendor/.src/package.json"], False),
    ],
)
def test_release_checks_what_the_wheel_carries(
    tmp_path: Path, extra: list[str], passes: bool
) -> None:
    _wheel(tmp_path, GOOD_WHEEL + extra)
    script = step(load("release.yml"), "build", "检查 wheel 的内容")["run"]
    done = run_bash(script, tmp_path, RUNNER_TEMP=str(tmp_path), PATH=_python_first())
    assert (done.returncode == 0) is passes, done.stdout + done.stderr


def test_release_check_wants_the_templates(tmp_path: Path) -> None:
    _wheel(tmp_path, ["generator/__init__.py"])
    script = step(load("release.yml"), "build", "检查 wheel 的内容")["run"]
    done = run_bash(script, tmp_path, RUNNER_TEMP=str(tmp_path), PATH=_python_first())
    assert done.returncode != 0


def _python_first() -> str:
    """PATH with this Python's folder first, as setup-python leaves it."""
    return f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"


@pytest.mark.parametrize(
    ("tag", "notes", "flags"),
    [
        ("v0.1.0", "第一个版本 (The first version).", []),
        ("v0.2.0rc1", "CHANGELOG.md has no section for 0.2.0rc1.", ["--prerelease"]),
    ],
)
def test_release_step_publishes_the_changelog_section(
    tmp_path: Path, tag: str, notes: str, flags: list[str]
) -> None:
    """The release step, run with a stand-in `gh` that records what it was asked."""
    work, runner, tools = tmp_path / "work", tmp_path / "runner", tmp_path / "bin"
    for folder in (work / "dist", runner, tools):
        folder.mkdir(parents=True)
    shutil.copy(REPO / "CHANGELOG.md", work / "CHANGELOG.md")
    for name in ("gongshi-0.2.0.tar.gz", "gongshi-0.2.0-py3-none-any.whl"):
        (work / "dist" / name).write_text("", encoding="utf-8")
    gh = tools / "gh"
    gh.write_text(
        '#!/usr/bin/env bash\nprintf "%s\\n" "$@" > "$RUNNER_TEMP/gh-args.txt"\n', encoding="utf-8"
    )
    gh.chmod(0o755)
    script = step(load("release.yml"), "release", "发布")["run"]
    path = f"{tools}{os.pathsep}{os.environ.get('PATH', '')}"
    done = run_bash(script, work, TAG=tag, RUNNER_TEMP=str(runner), PATH=path)
    assert done.returncode == 0, done.stdout + done.stderr
    arguments = (runner / "gh-args.txt").read_text(encoding="utf-8").splitlines()
    version = tag.removeprefix("v")
    assert arguments == [
        "release",
        "create",
        tag,
        "dist/gongshi-0.2.0-py3-none-any.whl",
        "dist/gongshi-0.2.0.tar.gz",
        "--verify-tag",
        "--title",
        f"gongshi {version}",
        "--notes-file",
        str(runner / "notes.md"),
        *flags,
    ]
    written = (runner / "notes.md").read_text(encoding="utf-8")
    assert written.strip().splitlines()[0] == notes
    assert "## [" not in written  # one version's section, not the next one's
