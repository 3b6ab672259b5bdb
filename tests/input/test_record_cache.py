"""Records read once per content (.cache/records/) and validate's verdict on an unchanged
repository (.cache/validate.json): the findings are always those of a run without any cache,
checks across records are made again, and a cache entry that was tampered with is refused."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

import pytest
from pydantic import ValidationError

from generator.cli import main
from generator.findings import Report
from generator.input import recordcache
from generator.input.recordcache import RecordCache, forget_held
from generator.input.records import Activity
from generator.model.load import load_site

ACTIVITY = "orgs/yangguang/activities/2024-05-12-yiyuan.yml"
PROJECT = "orgs/yangguang/projects/zhucan.yml"


def _validate(root: Path, capsys, *extra: str) -> tuple[int, str]:
    code = main(["-C", str(root), "validate", "--format", "json", *extra])
    return code, capsys.readouterr().out


def _age(root: Path, seconds: float = 10) -> None:
    """Every file older than the racy window (as if written a while ago)."""
    past = time.time() - seconds
    for folder, _, files in os.walk(root):
        for name in [*files, "."]:
            os.utime(Path(folder) / name, (past, past))


def _fresh(root: Path, capsys) -> tuple[int, str]:
    return _validate(root, capsys, "--no-cache")


def test_second_validate_reads_records_from_the_cache(site_copy: Path) -> None:
    cache = site_copy / ".cache" / "records"
    first = Report()
    load_site(site_copy, first, cache_dir=cache)
    assert any(cache.iterdir())
    second = Report()
    site = load_site(site_copy, second, cache_dir=cache)
    assert second.findings == first.findings and second.files_checked == first.files_checked
    fresh = load_site(site_copy, Report())
    for org_id, folder in fresh.orgs.items():
        cached = site.orgs[org_id]
        assert cached.org == folder.org
        assert {k: e.record for k, e in cached.activities.items()} == {
            k: e.record for k, e in folder.activities.items()
        }
        assert {k: e.document.data for k, e in cached.activities.items()} == {
            k: e.document.data for k, e in folder.activities.items()
        }


def test_records_are_kept_as_data_one_file_per_organization(site_copy: Path) -> None:
    cache = site_copy / ".cache" / "records"
    load_site(site_copy, Report(), cache_dir=cache)
    packs = list(cache.glob("*.json"))
    stored = [json.loads(p.read_text(encoding="utf-8")) for p in packs]
    rels = {rel for pack in stored for rel in pack["entries"]}
    assert ACTIVITY in rels and PROJECT in rels
    org_files = {rel.split("/")[1] for rel in rels if rel.startswith("orgs/")}
    assert len([pack for pack in stored if next(iter(pack["entries"])).startswith("orgs/")]) == len(
        org_files
    )


def test_a_second_reading_takes_every_record_from_the_cache(site_copy: Path) -> None:
    cache = site_copy / ".cache" / "records"
    load_site(site_copy, Report(), cache_dir=cache)
    records = RecordCache(cache, {"choices": load_site(site_copy, Report()).config.choices()})
    text = (site_copy / ACTIVITY).read_text(encoding="utf-8")
    assert records.lookup(Activity, ACTIVITY, text) is not None
    assert records.lookup(Activity, ACTIVITY, text + "\n# 改动\n") is None


def test_a_change_to_one_record_rechecks_what_refers_to_it(site_copy: Path, capsys) -> None:
    _age(site_copy)
    assert _validate(site_copy, capsys)[0] == 0
    assert _validate(site_copy, capsys)[0] == 0  # the verdict of an unchanged repository
    (site_copy / PROJECT).unlink()  # the activity's project is gone: a finding on the activity
    code, out = _validate(site_copy, capsys)
    assert (code, out) == _fresh(site_copy, capsys)
    assert code == 1 and ACTIVITY in out


def test_an_edit_within_the_same_second_is_never_missed(site_copy: Path, capsys) -> None:
    _age(site_copy)
    assert _validate(site_copy, capsys)[0] == 0
    path = site_copy / ACTIVITY
    stamp = path.stat()
    text = path.read_text(encoding="utf-8").replace("participants: 80", "participants: 8x")
    path.write_text(text, encoding="utf-8")
    os.utime(path, ns=(stamp.st_atime_ns, stamp.st_mtime_ns))  # same size and mtime
    code, out = _validate(site_copy, capsys)
    assert code == 1 and (code, out) == _fresh(site_copy, capsys)


def test_files_just_written_leave_no_verdict(site_copy: Path, capsys) -> None:
    path = site_copy / ACTIVITY
    path.write_bytes(path.read_bytes())  # written just now
    assert _validate(site_copy, capsys)[0] == 0
    assert not (site_copy / ".cache" / "validate.json").exists()
    _age(site_copy)
    assert _validate(site_copy, capsys)[0] == 0
    assert (site_copy / ".cache" / "validate.json").exists()


def test_a_tampered_record_entry_is_refused(site_copy: Path, capsys) -> None:
    _age(site_copy)
    assert _validate(site_copy, capsys)[0] == 0
    (site_copy / ".cache" / "validate.json").unlink()
    for pack in (site_copy / ".cache" / "records").glob("*.json"):
        data = json.loads(pack.read_text(encoding="utf-8"))
        for entry in data["entries"].values():
            if "participants" in entry["record"]:
                entry["record"]["participants"] = "many"  # not a number: validation refuses it
                entry["record"]["title"] = "<script>alert(1)</script>"
            if "name" in entry["record"]:
                entry["record"]["name"] = {"not": "a name"}
        pack.write_text(json.dumps(data), encoding="utf-8")
    site = load_site(site_copy, Report(), cache_dir=site_copy / ".cache" / "records")
    fresh = load_site(site_copy, Report())
    assert site.orgs["yangguang"].org == fresh.orgs["yangguang"].org
    activity = site.orgs["yangguang"].activities["2024-05-12-yiyuan"].record
    assert activity == fresh.orgs["yangguang"].activities["2024-05-12-yiyuan"].record


def test_broken_cache_files_are_ignored(site_copy: Path, capsys) -> None:
    _age(site_copy)
    expected = _fresh(site_copy, capsys)
    assert _validate(site_copy, capsys) == expected
    for path in [site_copy / ".cache" / "validate.json", *(site_copy / ".cache").rglob("*.json")]:
        if path.exists():
            path.write_bytes(b"\xff{not json")
    assert _validate(site_copy, capsys) == expected
    (site_copy / ".cache" / "validate.json").write_text(
        json.dumps({"key": "x", "files_checked": 1, "findings": [{"path": 1}]}), encoding="utf-8"
    )
    assert _validate(site_copy, capsys) == expected


def test_a_settings_change_rereads_every_record(site_copy: Path, capsys) -> None:
    """The lists of site_config.yml are part of every record's key: a category removed from
    them makes the organizations that use it wrong, even though their files did not change."""
    _age(site_copy)
    assert _validate(site_copy, capsys)[0] == 0
    config = site_copy / "site_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(
        text.replace(
            "      today:",
            "      categories:\n        - {id: charity, name: 公益慈善类}\n      today:",
        ),
        encoding="utf-8",
    )
    code, out = _validate(site_copy, capsys)
    assert (code, out) == _fresh(site_copy, capsys)
    assert code == 1 and "orgs/yangguang/org.yml" in out


def _packs(root: Path) -> list[Path]:
    return sorted((root / ".cache" / "records").glob("*.json"))


def _with_a_mobile_number(site_copy: Path) -> Path:
    """Put a mobile number in an activity's description; the record cache's folder."""
    path = site_copy / ACTIVITY
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("量血压。", "量血压，联系 13912345678。"), encoding="utf-8")
    return site_copy / ".cache" / "records"


def test_privacy_findings_are_stored_with_their_record_and_replayed(site_copy: Path) -> None:
    """A mobile number in an activity's description: found on the first reading, kept beside the
    record, and the same finding (place, text, order) comes back from the cache."""
    cache = _with_a_mobile_number(site_copy)
    fresh = Report()
    load_site(site_copy, fresh)
    assert "personal-phone" in {f.code for f in fresh.findings}
    first, second = Report(), Report()
    load_site(site_copy, first, cache_dir=cache)
    stored = [json.loads(p.read_text(encoding="utf-8")) for p in _packs(site_copy)]
    entry = next(p["entries"][ACTIVITY] for p in stored if ACTIVITY in p["entries"])
    assert [f["code"] for f in entry["privacy"]] == ["personal-phone"]
    load_site(site_copy, second, cache_dir=cache)
    assert first.findings == second.findings == fresh.findings


def test_a_tampered_privacy_entry_is_made_again(site_copy: Path) -> None:
    cache = _with_a_mobile_number(site_copy)
    fresh = Report()
    load_site(site_copy, fresh)
    load_site(site_copy, Report(), cache_dir=cache)
    for broken in ([{"path": 1}], "none", [["x"]], [{"code": "x"}], []):
        for pack in _packs(site_copy):
            data = json.loads(pack.read_text(encoding="utf-8"))
            if ACTIVITY in data["entries"]:
                data["entries"][ACTIVITY]["privacy"] = broken
                pack.write_text(json.dumps(data), encoding="utf-8")
        forget_held()  # read from the folder, as a new process reads it
        again = Report()
        load_site(site_copy, again, cache_dir=cache)
        if broken == []:  # well-formed data is trusted (the key is the text and gongshi's code)
            assert "personal-phone" not in {f.code for f in again.findings}
        else:
            assert again.findings == fresh.findings


YANGGUANG = "orgs/yangguang/org.yml"
SHIQIAO = "orgs/shiqiao-huzhu/org.yml"


def test_cross_record_findings_of_unchanged_records_are_made_again(site_copy: Path, capsys) -> None:
    """Records from the cache, findings from a fresh look across them: one organization takes the
    other's name (a finding on the other's unchanged file), then the other is deleted (the first names it as the body
    it is a member of: a finding on a file that did not change) — each warm run gives exactly
    the findings, places and order of a run without any cache."""
    _age(site_copy)
    assert _validate(site_copy, capsys)[0] == 0
    assert _validate(site_copy, capsys)[0] == 0
    shiqiao = site_copy / SHIQIAO
    text = shiqiao.read_text(encoding="utf-8")
    shiqiao.write_text(
        text.replace("name: 石桥村互助养老队", "name: 柳岸社区阳光助老服务中心"), encoding="utf-8"
    )
    warm = _validate(site_copy, capsys)
    assert warm == _fresh(site_copy, capsys)
    found = json.loads(warm[1])["findings"]
    assert YANGGUANG in {f["path"] for f in found if "name" in f["code"]}  # unchanged file
    shiqiao.write_text(text, encoding="utf-8")
    _age(site_copy)
    assert _validate(site_copy, capsys)[0] == 0
    for path in sorted((site_copy / "orgs" / "yangguang").rglob("*"), reverse=True):
        path.rmdir() if path.is_dir() else path.unlink()
    (site_copy / "orgs" / "yangguang").rmdir()
    warm = _validate(site_copy, capsys)
    assert warm == _fresh(site_copy, capsys)
    assert SHIQIAO in {f["path"] for f in json.loads(warm[1])["findings"]}


def _records(site) -> dict[str, object]:
    """Every record of a site by its file."""
    found: dict[str, object] = {}
    for folder in site.orgs.values():
        entries = [folder.profile, *folder.projects.values(), *folder.activities.values()]
        found.update({e.rel: e.record for e in entries if e is not None})
    return found


def test_a_process_reading_again_keeps_the_records_of_unchanged_files(site_copy: Path) -> None:
    """`gongshi serve` reads the repository after every save: an unchanged file gives back the
    very record it gave before (frozen: nothing can change it in between), a changed one a new
    record, with the findings a reading without any cache gives."""
    cache = site_copy / ".cache" / "records"
    forget_held()
    before = _records(load_site(site_copy, Report(), cache_dir=cache))
    path = site_copy / ACTIVITY
    path.write_text(path.read_text("utf-8").replace("title: ", "title: 改", 1), "utf-8")
    again = Report()
    after = _records(load_site(site_copy, again, cache_dir=cache))
    assert after.keys() == before.keys()
    assert all(after[rel] is before[rel] for rel in before if rel != ACTIVITY)
    assert after[ACTIVITY] is not before[ACTIVITY] and after[ACTIVITY].title.startswith("改")
    fresh = Report()
    load_site(site_copy, fresh)
    assert again.findings == fresh.findings
    with pytest.raises(ValidationError):
        after[PROJECT].title = "另一个"  # type: ignore[misc]


def test_a_cache_folder_emptied_between_readings_is_written_again(site_copy: Path) -> None:
    """The records held in memory are no reason to leave the cache folder empty: a folder's file
    removed while `serve` runs is written again, for the next process."""
    cache = site_copy / ".cache" / "records"
    forget_held()
    load_site(site_copy, Report(), cache_dir=cache)
    names = sorted(p.name for p in cache.glob("*.json"))
    for pack in cache.glob("*.json"):
        pack.unlink()
    load_site(site_copy, Report(), cache_dir=cache)
    assert sorted(p.name for p in cache.glob("*.json")) == names
    forget_held()  # a new process: every record from the folder again
    again = load_site(site_copy, Report(), cache_dir=cache)
    assert _records(again) == _records(load_site(site_copy, Report()))


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The records' files the record cache reads from now on (content/areas.yml, read without
    the cache, aside)."""
    read: list[str] = []
    reading = recordcache.read_text

    def counted(path: Path | str, **kwargs: object) -> object:
        if kwargs["rel"] != "content/areas.yml":
            read.append(str(kwargs["rel"]))
        return reading(path, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(recordcache, "read_text", counted)
    return read


def test_a_file_unchanged_since_it_was_read_is_not_read_again(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`gongshi serve`: a file whose status (inode, size, times of its last write and change)
    is the one it had when read gives back its record without being read; a file written since,
    even to the same size, is read, and the records are those a reading without cache gives."""
    cache = site_copy / ".cache" / "records"
    monkeypatch.setattr(recordcache, "SETTLED", -1.0)  # every file settled when read
    forget_held()
    load_site(site_copy, Report(), cache_dir=cache)  # stored
    first = _records(load_site(site_copy, Report(), cache_dir=cache))  # held, with its status
    read = _reads(monkeypatch)
    kept = _records(load_site(site_copy, Report(), cache_dir=cache))
    assert read == [] and all(kept[rel] is first[rel] for rel in first)
    path = site_copy / ACTIVITY
    text = path.read_text("utf-8")
    edited = text.replace("五月义诊", "六月义诊", 1)
    assert edited != text and len(edited.encode()) == len(text.encode())
    path.write_text(edited, "utf-8")
    again = Report()
    after = _records(load_site(site_copy, again, cache_dir=cache))
    assert read == [ACTIVITY]
    assert after[ACTIVITY].title.startswith("六月") and after[PROJECT] is first[PROJECT]
    fresh = Report()
    assert _records(load_site(site_copy, fresh)) == after
    assert again.findings == fresh.findings


def test_after_a_first_reading_that_parsed_every_file_none_is_read_again(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`gongshi serve` starts with a cold cache: its first build parses every record. The
    first save after it reads the file saved alone (it read every file again, 15,485 at 2,000
    organizations, 0.4–0.5 s of that rebuild), with the records and findings of a reading
    without cache."""
    cache = site_copy / ".cache" / "records"
    monkeypatch.setattr(recordcache, "SETTLED", -1.0)  # every file settled when read
    forget_held()
    first = _records(load_site(site_copy, Report(), cache_dir=cache))  # parsed, stored
    read = _reads(monkeypatch)
    path = site_copy / ACTIVITY
    path.write_text(path.read_text("utf-8").replace("五月义诊", "六月义诊", 1), "utf-8")
    again = Report()
    after = _records(load_site(site_copy, again, cache_dir=cache))
    assert read == [ACTIVITY]
    assert after[ACTIVITY].title.startswith("六月")
    assert all(after[rel] is first[rel] for rel in first if rel != ACTIVITY)
    fresh = Report()
    assert _records(load_site(site_copy, fresh)) == after
    assert again.findings == fresh.findings


def test_a_file_written_just_before_it_was_read_is_read_again(
    site_copy: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A file written seconds before it was read may be written again within the same tick of
    the file system's clock, to the same size: its status proves nothing, it is read again."""
    cache = site_copy / ".cache" / "records"
    monkeypatch.setattr(recordcache, "SETTLED", 3600.0)  # the copy: written within the hour
    forget_held()
    load_site(site_copy, Report(), cache_dir=cache)
    load_site(site_copy, Report(), cache_dir=cache)
    read = _reads(monkeypatch)
    load_site(site_copy, Report(), cache_dir=cache)
    assert ACTIVITY in read and PROJECT in read
