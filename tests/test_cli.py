"""The gongshi command as users and CI call it: output formats, exit codes, scaffolds, schemas."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from generator.cli import main
from tests.conftest import REPO, validate

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"


def _break(root: Path) -> None:
    path = root / ACTIVITY
    path.write_text(
        path.read_text(encoding="utf-8").replace("participants: 80", "participants: -1"),
        encoding="utf-8",
    )


def test_clean_site_exits_zero(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(site_copy), "validate"]) == 0
    out = capsys.readouterr().out.strip().splitlines()
    assert out[-1] == "共检查 13 个文件：0 个错误，0 个警告 (0 errors, 0 warnings in 13 files)"


def test_errors_exit_one_with_compiler_style_lines(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _break(site_copy)
    assert main(["-C", str(site_copy), "validate"]) == 1
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines[0].startswith(f"{ACTIVITY}:6:15: error[negative-number]: “participants”不能是负数")
    assert '("participants" cannot be negative: -1' in lines[0]
    assert lines[-1].endswith("(1 error, 0 warnings in 13 files)")


def test_english_only(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(site_copy)
    main(["-C", str(site_copy), "validate", "--lang", "en"])
    lines = capsys.readouterr().out.strip().splitlines()
    assert lines == [
        f'{ACTIVITY}:6:15: error[negative-number]: "participants" cannot be negative: -1; '
        "counts, amounts and hours are ≥ 0",
        "1 error, 0 warnings in 13 files",
    ]


def test_json_format(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(site_copy)
    assert main(["-C", str(site_copy), "validate", "--format", "json"]) == 1
    document = json.loads(capsys.readouterr().out)
    assert document["summary"] == {
        "errors": 1,
        "warnings": 0,
        "files": 13,
        "codes": {"negative-number": 1},
    }
    assert document["findings"][0]["path"] == ACTIVITY and document["findings"][0]["line"] == 6


def test_github_format_and_step_summary(
    site_copy: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _break(site_copy)
    summary = tmp_path / "summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    assert main(["-C", str(site_copy), "validate", "--format", "github"]) == 1
    first = capsys.readouterr().out.splitlines()[0]
    assert first.startswith(f"::error file={ACTIVITY},line=6,col=15,title=negative-number%3A ")
    assert "\n" not in first and "%0A" in first
    text = summary.read_text(encoding="utf-8")
    assert "| 文件 | 行 |" in text and f"`{ACTIVITY}`" in text


def test_paths_limit_the_report(site_copy: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _break(site_copy)
    assert main(["-C", str(site_copy), "validate", str(site_copy / "orgs/shiqiao-huzhu")]) == 0
    assert main(["-C", str(site_copy), "validate", str(site_copy / ACTIVITY)]) == 1


def test_usage_errors_exit_two(
    site_copy: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(tmp_path / "nope"), "validate"]) == 2
    assert main(["-C", str(tmp_path), "validate"]) == 2
    assert main(["-C", str(site_copy), "validate", "no/such/file.yml"]) == 2
    with pytest.raises(SystemExit) as exit_info:
        main(["validate", "--format", "xml"])
    assert exit_info.value.code == 2
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and "不是站点仓库" in err


def test_internal_bug_exits_three_without_traceback(
    site_copy: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    import generator.model.load

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(generator.model.load, "load_site", broken)
    assert main(["-C", str(site_copy), "validate"]) == 3
    err = capsys.readouterr().err
    assert "Traceback" not in err and "请报告" in err and "RuntimeError" in err


@pytest.mark.parametrize(
    ("args", "written"),
    [
        (["org", "xin-zu"], "orgs/xin-zu/org.yml"),
        (["project", "yangguang", "new-proj"], "orgs/yangguang/projects/new-proj.yml"),
        (
            ["activity", "yangguang", "2024年6月1日", "liuyi"],
            "orgs/yangguang/activities/2024-06-01-liuyi.yml",
        ),
        (["report", "yangguang", "2024"], "orgs/yangguang/reports/2024.yml"),
    ],
)
def test_scaffolds_validate_clean(site_copy: Path, args: list[str], written: str) -> None:
    assert main(["-C", str(site_copy), "new", *args]) == 0
    text = (site_copy / written).read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=https://test.example.org/schema/")
    assert "（必填）" in text
    report = validate(site_copy)
    assert report.findings == [], [f.as_text() for f in report.findings]
    assert main(["-C", str(site_copy), "new", *args]) == 2  # never overwrites


def test_scaffold_refuses_bad_ids(site_copy: Path) -> None:
    assert main(["-C", str(site_copy), "new", "org", "Bad Name"]) == 2
    assert main(["-C", str(site_copy), "new", "project", "nobody", "x"]) == 2
    assert main(["-C", str(site_copy), "new", "activity", "yangguang", "2024-13-01", "x"]) == 2
    assert not (site_copy / "orgs/Bad Name").exists()


def test_schema_command_writes_every_kind(site_copy: Path, tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    assert main(["-C", str(site_copy), "schema", "-o", str(out)]) == 0
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted(
        f"{kind}.schema.json"
        for kind in (
            "organization",
            "project",
            "activity",
            "annual-report",
            "bureau-year",
            "policy",
            "areas",
            "registers",
            "call",
        )
    )
    org = json.loads((out / "organization.schema.json").read_text(encoding="utf-8"))
    assert org["properties"]["name"]["title"] == "机构名称"
    assert "生活服务类" in org["properties"]["category"]["enum"]
    assert org["additionalProperties"] is False
    assert {"if", "then"} <= set(org["allOf"][0])


def test_python_dash_m_and_console_script(site_copy: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    result = subprocess.run(
        [sys.executable, "-m", "generator", "-C", str(site_copy), "validate"],
        capture_output=True, text=True, env=env, cwd=REPO, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert "0 errors, 0 warnings" in result.stdout
