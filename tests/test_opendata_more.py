"""Open data says everything the pages say (issue 21, item 7): former names, corrections,
memberships and incubations (confirmed only), co-organizer roles, grades with the organizations'
names, training delivered and attended; every column of every table is documented in the table's
JSON Schema and on the /data/ dictionary page, CSV and JSON alike."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from generator.exports.formats import HEADERS_ZH
from generator.exports.opendata_columns import COLUMNS, TABLES
from tests.conftest import build

NEW_TABLES = ("reports", "corrections", "memberships", "incubations", "grades", "platforms")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    import shutil

    from tests.conftest import SITES

    root = tmp_path_factory.mktemp("od") / "site"
    shutil.copytree(SITES / "minimal", root)
    org = root / "orgs/yangguang/org.yml"
    org.write_text(
        org.read_text(encoding="utf-8").replace(
            "short_name: 阳光助老\n",
            "short_name: 阳光助老\nformer_names: [柳岸助老队]\n",
        ),
        encoding="utf-8",
    )
    (root / "content/registers/platforms.yml").write_text(
        "platforms:\n- id: shiqiao-jidi\n  name: 石桥镇孵化基地\n  operator: 某社工站\n"
        "  incubated:\n  - {org: shiqiao-huzhu, since: 2021-09-01}\n",
        encoding="utf-8",
    )
    hub = root / "orgs/shiqiao-huzhu/org.yml"
    hub.write_text(
        hub.read_text(encoding="utf-8") + "incubated_by:\n- {platform: shiqiao-jidi}\n",
        encoding="utf-8",
    )
    out = root.parent / "out"
    result = build(root, out)
    assert result.built and not result.report.errors, [f.as_text() for f in result.report.errors]
    return out


def _json(out: Path, name: str) -> list[dict]:
    return json.loads((out / f"data/{name}.json").read_text(encoding="utf-8"))


def test_new_tables_hold_what_pages_show(built: Path) -> None:
    org = next(r for r in _json(built, "organizations") if r["id"] == "yangguang")
    assert org["former_names"] == ["柳岸助老队"] and org["members"] == ["shiqiao-huzhu"]
    (membership,) = _json(built, "memberships")
    assert (membership["org_id"], membership["hub_id"], membership["confirmed_by"]) == (
        "shiqiao-huzhu", "yangguang", "other",
    )  # fmt: skip
    (incubation,) = _json(built, "incubations")
    assert (incubation["platform_name"], incubation["since"], incubation["confirmed_by"]) == (
        "石桥镇孵化基地", "2021-09-01", "platforms",
    )  # fmt: skip
    corrections = _json(built, "corrections")
    assert [(c["org_id"], c["year"], c["note"]) for c in corrections] == [
        ("yangguang", 2023, "更正了捐赠收入金额。")
    ]
    reports = {(r["org_id"], r["year"]): r for r in _json(built, "reports")}
    assert reports[("yangguang", 2023)]["corrections"] == 1
    assert {"training_delivered", "training_attended"} <= set(reports[("yangguang", 2023)])
    grades = _json(built, "grades")
    assert grades and all(g["org_name"] for g in grades)
    (platform,) = _json(built, "platforms")
    assert platform["incubated"] == ["shiqiao-huzhu"]


def test_every_column_is_documented_in_schema_and_dictionary(built: Path) -> None:
    page = (built / "data/index.html").read_text(encoding="utf-8")
    for name in TABLES:
        rows = _json(built, name)
        keys = list(rows[0]) if rows else list(COLUMNS[name])
        assert keys == list(COLUMNS[name]), name  # documented, in the files' order
        schema = json.loads((built / f"schema/data-{name}.schema.json").read_text(encoding="utf-8"))
        for key in keys:
            assert schema["items"]["properties"][key]["description"], (name, key)
            assert key in HEADERS_ZH or key == "parent", key  # parent kept its header
            assert f"<code>{key}</code>" in page
        text = (built / f"data/{name}.csv").read_bytes().decode("utf-8-sig")
        header = next(csv.reader(io.StringIO(text)))  # a table without rows keeps its header
        assert header == [HEADERS_ZH.get(k, k) for k in keys]
        assert f'href="{name}.csv"' in page or f"{name}.csv" in page
