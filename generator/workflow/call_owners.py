"""Who may change a street's folder of calls (content/calls/<folder>/): the logins the settings'
`call_folders` give it, as site_config.yml says in the base commit — never as the change says, so
nobody grants themselves a folder in the change that uses it. The bureau may change every folder.
"""

from __future__ import annotations

from pathlib import Path

from generator.findings import Report
from generator.input.config import CONFIG_FILE, plugin_options
from generator.input.textfile import decode
from generator.input.yamlio import load_text
from generator.workflow.gitread import show


def call_folder_of(path: str) -> str | None:
    """The street folder of content/calls/ that holds path, or None."""
    parts = path.split("/")
    return parts[2] if len(parts) >= 4 and parts[:2] == ["content", "calls"] and parts[2] else None


def folders_in(options: object) -> dict[str, list[str]]:
    """call_folders of the gongshi options, leniently read: folder id → logins (lowercase)."""
    entries = options.get("call_folders") if isinstance(options, dict) else None
    found: dict[str, list[str]] = {}
    for entry in entries if isinstance(entries, list) else []:
        if not isinstance(entry, dict) or not isinstance(entry.get("id"), str):
            continue
        logins = entry.get("maintainers")
        logins = [logins] if isinstance(logins, str) else logins if isinstance(logins, list) else []
        found[entry["id"].strip()] = [x.strip().lower() for x in logins if isinstance(x, str)]
    return found


def call_folder_maintainers(root: Path, base: str) -> dict[str, list[str]]:
    """call_folders as the base commit's site_config.yml gives them."""
    raw = show(root, base, CONFIG_FILE)
    if raw is None:
        return {}
    scratch = Report()
    text = decode(raw, rel=CONFIG_FILE, report=scratch)
    document = load_text(text, rel=CONFIG_FILE, report=scratch) if text is not None else None
    if document is None or not isinstance(document.data, dict):
        return {}
    options, _ = plugin_options(document.data)
    return folders_in(options)


def may_change_call(path: str, author: str, folders: dict[str, list[str]]) -> bool:
    """Whether the author keeps a street's folder of calls that holds path."""
    folder = call_folder_of(path)
    return folder is not None and author.lower() in folders.get(folder, [])
