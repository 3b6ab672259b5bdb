"""A published year is frozen: `gongshi publish-year` on a copy of tests/sites/annual, the pages
and downloads built from its snapshot, the bureau's warnings when the records move, an
organization's edit of a published report, and `--correct`."""

from __future__ import annotations

import functools
import json
import re
import shutil
from datetime import date
from pathlib import Path

import pytest

from generator.cli import main
from generator.findings import Report
from generator.model.load import load_site
from generator.views.published import check_published
from generator.workflow.changes import Change, check_changes
from generator.workflow.publish_year import PublishError, publish_year, snapshot_text
from tests.conftest import SITES, build
from tests.workflow.test_changes import git

REPORT = "orgs/a-registered/reports/2023.yml"
SNAPSHOT = "content/annual/2023.published.json"
ON = date(2024, 6, 10)


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    root = tmp_path / "repo"
    shutil.copytree(SITES / "annual", root)
    return root


def publish(root: Path, **options: object) -> Report:
    report = Report()
    publish_year(root, 2023, as_of=ON, report=report, **options)  # type: ignore[arg-type]
    return report


def _all_findings(root: Path) -> list[tuple[str, str, int, str]]:
    report = Report()
    site = load_site(root, report)
    check_published(site, report)
    return [(f.code, f.path, f.line, f.severity) for f in report.findings]


@functools.cache
def _fixture_findings() -> frozenset[tuple[str, str, int, str]]:
    """What the untouched fixture gives already: its annual files' lists in the old shape
    (deprecated) and training delivered without a published 培训 activity (warnings)."""
    found = _all_findings(SITES / "annual")
    assert all(severity == "warning" for *_, severity in found), found
    return frozenset(found)


def findings(root: Path) -> list[tuple[str, str, int, str]]:
    """validate's findings beyond the fixture's own, as (code, path, line, severity)."""
    return [f for f in _all_findings(root) if f not in _fixture_findings()]


def edit(root: Path, rel: str, old: str, new: str) -> None:
    path = root / rel
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {rel}"
    path.write_text(text.replace(old, new), encoding="utf-8")


def append(root: Path, rel: str, text: str) -> None:
    with (root / rel).open("a", encoding="utf-8") as handle:
        handle.write(text)


def training_table(html: str) -> str:
    match = re.search(r'<table class="gs-data" id="training-table".*?</table>', html, re.S)
    assert match
    return match.group(0)


def outputs(site: Path) -> dict[str, bytes]:
    """The annual pages and downloads of a built site."""
    files = [*site.joinpath("annual").rglob("*.html"), *site.joinpath("data/annual").rglob("*.*")]
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in files}


def test_the_snapshot_is_sorted_indented_and_never_overwritten(repo: Path) -> None:
    publish(repo)
    text = (repo / SNAPSHOT).read_text(encoding="utf-8")
    data = json.loads(text)
    assert text == snapshot_text(data)  # sorted keys, two-space indent: reviewable as a diff
    assert data["year"] == 2023 and data["published_on"] == "2024-03-15"
    assert {"city", "qingshan", "xikou"} <= set(data["scopes"])
    training = next(t for t in data["scopes"]["city"]["tables"] if t["id"] == "training")
    assert training["totals"][0]["reported"] == 45
    assert data["contributions"][REPORT]["figures"]["training.delivered"] == 30
    with pytest.raises(PublishError, match="已存在"):
        publish(repo)
    assert (repo / SNAPSHOT).read_text(encoding="utf-8") == text
    assert findings(repo) == []  # the records give what was published


def test_only_a_published_year_can_be_frozen(repo: Path) -> None:
    with pytest.raises(PublishError, match="2021"):
        publish_year(repo, 2021, as_of=ON, report=Report())
    with pytest.raises(PublishError):  # published_on is after the build's date
        publish_year(repo, 2023, as_of=date(2024, 1, 1), report=Report())
    with pytest.raises(PublishError, match="还没有公示快照"):
        publish(repo, correct=True, note="x")
    assert not (repo / SNAPSHOT).exists()


def test_pages_and_downloads_from_the_snapshot_are_those_of_the_records(
    repo: Path, tmp_path: Path
) -> None:
    before = build(repo, tmp_path / "before")
    assert before.built
    publish(repo)
    after = build(repo, tmp_path / "after")
    assert after.built, [f.as_text() for f in after.report.findings]
    assert outputs(tmp_path / "before") == outputs(tmp_path / "after")
    assert not list((tmp_path / "after").rglob("*.published.json"))  # not published as a file


TRAINING = "training:\n  delivered: 30\n  attended: 12\n"


def line_of(root: Path, rel: str, text: str) -> int:
    lines = (root / rel).read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, 1) if text in line)


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        (TRAINING, "training:\n  delivered: 99999999\n  attended: 12\n", "training.delivered"),
        (TRAINING, "trained_person_times: 99999999\n", "trained_person_times"),  # deprecated
    ],
)
def test_an_inflated_figure_is_an_error_and_the_published_page_unchanged(
    repo: Path, tmp_path: Path, old: str, new: str, field: str
) -> None:
    """The issue's case: an organization sets 99,999,999 trained in its own 2023 report."""
    publish(repo)
    built = build(repo, tmp_path / "before")
    assert built.built
    page = (tmp_path / "before/annual/2023/index.html").read_text(encoding="utf-8")
    csv_before = (tmp_path / "before/data/annual/2023/training.csv").read_bytes()
    edit(repo, REPORT, old, new)
    inflated = line_of(repo, REPORT, "99999999")
    found = findings(repo)
    assert ("published-report-changed", REPORT, inflated, "error") in found
    assert ("implausible-limit", REPORT, inflated, "error") in found
    assert any(code == "published-figures-moved" and path == SNAPSHOT for code, path, *_ in found)
    failed = build(repo, tmp_path / "refused")
    assert not failed.built
    # the organization declares a correction and explains the figure: it builds, and the
    # published results still say what was published, with a notice
    append(
        repo,
        REPORT,
        f"corrections:\n  - {{on: 2024-06-01, note: 补报}}\nexplanations:\n"
        f"  - {{field: {field}, note: 全市线上培训}}\n",
    )
    found = findings(repo)
    corrected = line_of(repo, REPORT, "note: 补报")  # the correction entry
    assert ("published-report-corrected", REPORT, corrected, "warning") in found
    assert not [f for f in found if f[3] == "error"]
    result = build(repo, tmp_path / "after")
    assert result.built
    now = (tmp_path / "after/annual/2023/index.html").read_text(encoding="utf-8")
    assert training_table(now) == training_table(page)
    assert "99,999,999" not in now and "待民政局审核" in now
    assert (tmp_path / "after/data/annual/2023/training.csv").read_bytes() == csv_before


def test_a_correction_dated_before_the_publication_does_not_count(repo: Path) -> None:
    publish(repo)
    edit(repo, REPORT, "beneficiaries: 1200", "beneficiaries: 1300")
    append(repo, REPORT, "corrections:\n  - {on: 2024-01-05, note: 早先的更正}\n")
    codes = {code for code, path, _, _ in findings(repo) if path == REPORT}
    assert codes == {"published-report-changed"}


def test_a_correction_dated_the_day_of_the_publication_counts(repo: Path) -> None:
    """The bureau settled the figures on the publication day: a correction of that same day (an
    organization's mistake found on the day the results went up) is a correction."""
    publish(repo)
    on = json.loads((repo / "content/annual/2023.published.json").read_text())["published_on"]
    edit(repo, REPORT, "beneficiaries: 1200", "beneficiaries: 1300")
    append(repo, REPORT, f"corrections:\n  - {{on: {on}, note: 当天发现的漏报}}\n")
    codes = {code for code, path, _, _ in findings(repo) if path == REPORT}
    assert codes == {"published-report-corrected"}


def test_a_report_after_publication_is_not_counted(repo: Path) -> None:
    publish(repo)
    (repo / "orgs/e-filed/reports").mkdir()
    (repo / "orgs/e-filed/reports/2023.yml").write_text(
        "year: 2023\nbeneficiaries: 50\n", encoding="utf-8"
    )
    found = findings(repo)
    assert ("published-report-late", "orgs/e-filed/reports/2023.yml", 1, "warning") in found
    moved = [f for f in found if f[0] == "published-figures-moved"]
    assert moved  # the bureau sees the totals the late report would move


def test_a_profile_change_is_named_as_the_source(repo: Path) -> None:
    publish(repo)
    edit(repo, "orgs/b-filed/org.yml", "category: 文体娱乐类", "category: 居民互助类")
    found = findings(repo)
    assert ("published-source-changed", "orgs/b-filed/org.yml", 1, "warning") in found
    assert any(f[0] == "published-figures-moved" for f in found)


def test_correct_records_each_changed_figure_and_the_page_lists_them(
    repo: Path, tmp_path: Path
) -> None:
    publish(repo)
    edit(repo, REPORT, "beneficiaries: 1200", "beneficiaries: 1250")
    append(repo, REPORT, "corrections:\n  - {on: 2024-06-01, note: 漏报一场活动}\n")
    with pytest.raises(PublishError, match="--note"):
        publish(repo, correct=True)
    publish(repo, correct=True, note="核实后接受更正")
    data = json.loads((repo / SNAPSHOT).read_text(encoding="utf-8"))
    assert data["published_on"] == "2024-03-15"
    city = [c for c in data["corrections"] if c["scope"] == "city" and c["table"] == "service"]
    assert {"table": "service", "row": "青山区", "column": "beneficiaries", "old": 1500,
            "new": 1550, "on": "2024-06-10", "note": "核实后接受更正"}.items() <= city[0].items()  # fmt: skip
    assert findings(repo) == []  # accepted: the figures are settled again
    result = build(repo, tmp_path / "site")
    assert result.built
    page = (tmp_path / "site/annual/2023/index.html").read_text(encoding="utf-8")
    assert "发布后更正" in page and "1,500 → 1,550" in page and "核实后接受更正" in page
    corrections = (tmp_path / "site/data/annual/2023/corrections.csv").read_bytes()
    assert corrections.startswith(b"\xef\xbb\xbf") and b"1550" in corrections
    listed = json.loads((tmp_path / "site/data/annual/2023/corrections.json").read_text("utf-8"))
    assert listed["corrections"][0]["old"] == 1500
    assert (tmp_path / "site/data/annual/2023/qingshan/corrections.csv").exists()
    # a later edit needs a correction dated after the last accepted one
    edit(repo, REPORT, "beneficiaries: 1250", "beneficiaries: 1260")
    codes = {code for code, path, _, _ in findings(repo) if path == REPORT}
    assert codes == {"published-report-changed"}


def test_a_broken_snapshot_is_a_finding_not_a_crash(repo: Path) -> None:
    (repo / SNAPSHOT).write_text('{\n  "year": 2023,\n  oops\n}\n', encoding="utf-8")
    assert ("published-snapshot-invalid", SNAPSHOT, 3, "error") in findings(repo)
    (repo / SNAPSHOT).write_text('{"year": 2022, "scopes": {}}\n', encoding="utf-8")
    assert ("published-snapshot-invalid", SNAPSHOT, 1, "error") in findings(repo)


def test_the_command_line(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-C", str(repo), "publish-year", "2023", "--as-of", "2024-06-10"]) == 0
    assert (repo / SNAPSHOT).exists()
    assert main(["-C", str(repo), "publish-year", "2023"]) == 2
    assert "--correct" in capsys.readouterr().err
    assert main(["-C", str(repo), "publish-year", "2023", "--correct", "--note", "无变动"]) == 0
    assert "没有变动" in capsys.readouterr().err


def test_an_organization_cannot_touch_the_snapshot(repo: Path) -> None:
    """The snapshot is the bureau's: an organization's maintainer changing it is refused."""
    publish(repo)
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    edit(repo, SNAPSHOT, '"reported": 45', '"reported": 99999999')
    changes = [Change("M", SNAPSHOT)]
    refused = check_changes(repo, author="a-team", base="main", changes=changes)
    assert [(f.code, f.path) for f in refused.errors] == [("bureau-only-path", SNAPSHOT)]
    allowed = check_changes(repo, author="bureau-admin", base="main", changes=changes)
    assert allowed.errors == []
