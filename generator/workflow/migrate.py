"""`gongshi migrate`: rewrite a repository's records of an older shape to the current ones, keeping
comments and everything not migrated byte for byte (edits are splices: see yamledit).

- org.yml `parent: x` → `member_of: [x]` (merged into an existing member_of);
- org.yml `verified: {on, by}` → removed, appended to content/registers/verifications.yml;
- reports' `trained_person_times: N` → `training: {delivered: N}` with a comment asking to move
  the members' attendance to `attended`;
- content/annual/<year>.yml `grades`, `inspections`, `abnormal_list`, `commendations` → the
  bureau's registers (content/registers/grades.yml, inspections.yml, listings.yml,
  commendations.yml), the deciding authority being the annual file's publisher.

Idempotent: a migrated repository has nothing left to migrate, and an entry already in a register
is not added twice (so a run stopped half-way can simply be run again). A file that cannot be read,
or whose layout these edits do not handle, is left untouched and reported.
"""

from __future__ import annotations

import contextlib
import functools
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from generator.findings import Report
from generator.input.textfile import RECORD_MAX_BYTES
from generator.workflow.migrate_shapes import (
    MOVED_FROM,
    REGISTERS,
    Change,
    Manual,
    annual_file,
    current_listings,
    org_file,
    report_file,
)
from generator.workflow.yamledit import EditError, Source, append_items

_SAME = {  # what makes two register entries the same entry
    "verifications": ("org", "on", "by"),
    "grades": ("org", "grade", "awarded_on"),
    "inspections": ("org", "year"),
    "listings": ("org", "list", "listed_on"),
    "commendations": ("title", "on"),
}


@dataclass
class Plan:
    """What a migration changes: the new text of each file, and a line for each change."""

    texts: dict[str, str] = field(default_factory=dict)
    boms: dict[str, bool] = field(default_factory=dict)
    changes: list[Change] = field(default_factory=list)
    report: Report = field(default_factory=Report)


class _Migration:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.plan = Plan()
        self.pending: dict[str, list[tuple[list[dict], list[str], str]]] = {}
        self.seen: dict[str, set[tuple]] = {}
        self.registers: dict[str, Source | bool | None] = {}

    # -- reading -------------------------------------------------------------------------------

    def read(self, rel: str) -> Source | None:
        path = self.root / rel
        report = self.plan.report
        if path.is_symlink() or not path.is_file():
            report.add("migrate-unreadable", rel, detail="不是普通文件 (not a regular file)")
            return None
        raw = path.read_bytes()
        if len(raw) > RECORD_MAX_BYTES:
            report.add("migrate-unreadable", rel, detail=f"{len(raw)} bytes")
            return None
        bom = raw.startswith(b"\xef\xbb\xbf")
        try:
            text = raw[3 if bom else 0 :].decode("utf-8")
        except UnicodeDecodeError:
            report.add("migrate-unreadable", rel, detail="不是 UTF-8 编码 (not UTF-8)")
            return None
        scratch = Report()
        source = Source.parse(rel, text, scratch)
        if source is None:
            first = scratch.findings[0] if scratch.findings else None
            line = first.line if first else 1
            detail = f"{first.code}: {first.message_zh}" if first else "yaml"
            report.add("migrate-unreadable", rel, line, detail=detail)
            return None
        self.plan.boms[rel] = bom
        return source

    def register(self, name: str) -> Source | bool | None:
        """The register file's source; None when it does not exist yet, False if unreadable."""
        if name not in self.registers:
            rel = f"{REGISTERS}/{name}.yml"
            if not (self.root / rel).exists() and not (self.root / rel).is_symlink():
                self.registers[name] = None
            else:
                source = self.read(rel)
                self.registers[name] = source if source is not None else False
            existing = self.registers[name]
            items = existing.data.get(name) if isinstance(existing, Source) else None
            self.seen[name] = {
                _same(name, item) for item in (items or []) if isinstance(item, dict)
            }
        return self.registers[name]

    # -- one file --------------------------------------------------------------------------------

    def migrate_file(self, rel: str, edit, *, keep_comments: frozenset[str] = frozenset()) -> None:
        """Run one file's edits; all of them or none (a finding says what to do by hand)."""
        source = self.read(rel)
        if source is None:
            return
        source.keep_comments = keep_comments
        moved: dict[str, tuple[list[dict], list[str]]] = {}
        changes: list[Change] = []
        try:
            edit(source, moved, changes)
            for name in moved:
                if self.register(name) is False:
                    raise Manual(name, 1, f"{REGISTERS}/{name}.yml 无法读取 (unreadable)")
            text = source.result()
        except Manual as manual:
            self.plan.report.add(
                "migrate-manual", rel, manual.line, key=manual.key, detail=manual.detail
            )
            return
        except EditError as error:
            self.plan.report.add("migrate-manual", rel, 1, key="", detail=str(error))
            return
        fresh = {
            name: [e for e in entries if _same(name, e) not in self.seen[name]]
            for name, (entries, _) in moved.items()
        }
        known = frozenset(MOVED_FROM[n] for n in moved if moved[n][1] and not fresh[n])
        if known - keep_comments:
            # entries the register already holds: their comments stay where they were
            return self.migrate_file(rel, edit, keep_comments=keep_comments | known)
        if text == source.text:
            return
        self.plan.texts[rel] = text
        self.plan.changes += changes
        for name, entries in fresh.items():
            unique = list({_same(name, e): e for e in entries}.values())
            self.seen[name].update(_same(name, e) for e in unique)
            if unique:
                self.pending.setdefault(name, []).append((unique, moved[name][1], rel))

    def finish_registers(self) -> None:
        for name, batches in sorted(self.pending.items()):
            rel = f"{REGISTERS}/{name}.yml"
            source = self.register(name)
            assert source is not False
            entries = [entry for batch, _, _ in batches for entry in batch]
            comments = [comment for _, batch_comments, _ in batches for comment in batch_comments]
            origins = [origin for _, _, origin in batches]
            base = source.text if isinstance(source, Source) else ""
            existing = source if isinstance(source, Source) else None
            text = append_items(existing, name, entries, comments)
            self.plan.texts[rel] = text
            self.plan.boms.setdefault(rel, False)
            where = "、".join(origins[:3]) + (
                f" 等 {len(origins)} 个文件" if len(origins) > 3 else ""
            )
            what = f"添加 {len(entries)} 条 (added {len(entries)} entries)，来自 {where}"
            self.plan.changes.append(Change(rel, _first_changed_line(base, text), what))


def _first_changed_line(old: str, new: str) -> int:
    for number, (a, b) in enumerate(zip(old.splitlines(), new.splitlines(), strict=False), 1):
        if a != b:
            return number
    return min(len(old.splitlines()), len(new.splitlines())) + 1


def _same(name: str, entry: dict) -> tuple:
    return tuple(str(entry.get(key)) for key in _SAME[name])


# -- running -------------------------------------------------------------------------------------


def plan_migration(root: Path) -> Plan:
    """Everything a migration of the repository at root would change (nothing is written)."""
    migration = _Migration(root)
    orgs = root / "orgs"
    for folder in sorted(orgs.iterdir()) if orgs.is_dir() else []:
        if not folder.is_dir() or folder.is_symlink():
            continue
        if (folder / "org.yml").exists():
            migration.migrate_file(f"orgs/{folder.name}/org.yml", org_file)
        for report in sorted((folder / "reports").glob("*.yml")):
            migration.migrate_file(f"orgs/{folder.name}/reports/{report.name}", report_file)
    current = current_listings(root / "content" / "annual")
    for annual in sorted((root / "content" / "annual").glob("*.yml")):
        edit = functools.partial(annual_file, current=current)
        migration.migrate_file(f"content/annual/{annual.name}", edit)
    migration.finish_registers()
    return migration.plan


def write_plan(root: Path, plan: Plan) -> None:
    """Write every changed file atomically (a temporary file renamed over it); the registers
    first, so a run stopped half-way has only added entries a second run will not add again."""
    order = sorted(plan.texts, key=lambda rel: (not rel.startswith(REGISTERS), rel))
    for rel in order:
        path = root / rel
        data = (b"\xef\xbb\xbf" if plan.boms.get(rel) else b"") + plan.texts[rel].encode("utf-8")
        path.parent.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
        try:
            with os.fdopen(handle, "wb") as out:
                out.write(data)
            with contextlib.suppress(OSError):
                os.chmod(temporary, path.stat().st_mode if path.exists() else 0o644)
            os.replace(temporary, path)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
