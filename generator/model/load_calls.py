"""content/calls/: the bureau's calls (<id>.yml), and the calls of streets whose staff the
settings give a folder of their own (<folder>/<id>.yml, owned like an organization's folder).

A call's id is its path under content/calls/ without .yml: `2025-chuangtou`, `hubin/2025-weixin`.
A subfolder the settings do not name is an error (nobody owns it), as is any other file.
"""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.input.records import Call, known_keys
from generator.input.validation import validate_record
from generator.input.yamlio import load_file
from generator.model.site import RECORD_ID, Entry, Site, list_folder

CALLS_DIR = ("content", "calls")
IGNORED = frozenset({".DS_Store", "Thumbs.db", "desktop.ini", ".gitkeep", "README.md"})
KNOWN_KEYS = known_keys()


def load_calls(site: Site, report: Report, context: dict) -> dict[str, Entry[Call]]:
    """Every call file, validated, by its id."""
    folder = site.root.joinpath(*CALLS_DIR)
    calls: dict[str, Entry[Call]] = {}
    if not folder.is_dir():
        return calls
    street_folders = {item.id for item in site.config.settings.call_folders}
    for item in list_folder(folder):
        if item.name in IGNORED or item.name.startswith("."):
            continue
        rel = f"content/calls/{item.name}"
        if item.is_symlink():
            report.add("path-outside", rel, value=item.name, folder="content/calls")
        elif item.is_dir():
            if item.name not in street_folders:
                report.add("calls-folder-unknown", rel, name=item.name)
                continue
            for inner in list_folder(item.path):
                if inner.name in IGNORED or inner.name.startswith("."):
                    continue
                _load_one(
                    inner.path, f"{rel}/{inner.name}", f"{item.name}/", calls, report, context
                )
        else:
            _load_one(item.path, rel, "", calls, report, context)
    return calls


def _load_one(
    path: Path,
    rel: str,
    prefix: str,
    calls: dict[str, Entry[Call]],
    report: Report,
    context: dict,
) -> None:
    if (
        path.is_symlink()
        or not path.is_file()
        or path.suffix != ".yml"
        or not RECORD_ID.match(path.stem)
    ):
        report.add(
            "bad-filename",
            rel,
            name=path.name,
            hint_zh="征集文件名只用小写字母、数字和连字符，扩展名 .yml，如 2025-chuangtou.yml",
            hint_en="lowercase letters, digits and hyphens, ending in .yml, e.g. 2025-chuangtou.yml",
        )
        return
    report.files_checked += 1
    document = load_file(path, rel=rel, report=report, known_keys=KNOWN_KEYS)
    record, partial = (
        validate_record(Call, document, report, context=context) if document else (None, None)
    )
    call_id = prefix + path.stem
    calls[call_id] = Entry(id=call_id, rel=rel, document=document, record=record, partial=partial)
