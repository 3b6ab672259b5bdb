"""Records read once per content: a record file's validated record and findings, kept in the
cache folder (`.cache/records/`) and used again while its text is the same (the file's parsed
data is made again from its text only when something asks for it: YamlDocument.of_text).

A city changes a few of its tens of thousands of record files a day; reading one means
parsing its YAML, checking its text and validating it against its model. Here that is done
once per (text, path, model, settings' lists, gongshi's code): the result is stored as JSON
data (never a pickle, which could run code) and checked on reading — its key must match, and
the stored record is validated again by its model, so an entry that was tampered with or made
by other code can only be refused, never trusted. Records with errors are never stored (they are
read afresh, every finding included). Findings that depend on one record's text alone (the
privacy of its free text) are stored beside it (`derived`); findings across records are not
stored: they are made again from the records each time (generator.model.checks).

Entries are kept one file per folder of records (an organization's records together), so a
city's cache is a few thousand files, each rewritten only when one of its records changed.

A process that reads the repository again (`gongshi serve`, after every save) keeps the records
of its last reading in memory: a file whose text is the same gives back the same record and
findings without its entry being read and validated again. The record models are frozen, so
nothing between two readings can have changed a record it gives back. A file whose status is
still the one it had when read (device, inode, size, and the times of its last write and of its
last change — on Windows its creation, which a save to a new file and a rename also move) is
not even read again, as git trusts its index: only when both times were a few seconds old at
that reading, so that a write in the same tick of a coarse file-system clock cannot go unseen,
and when its reading said nothing of its encoding.
"""

from __future__ import annotations

import contextlib
import functools
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ValidationError

from generator.findings import Finding, Report
from generator.fingerprint import (
    code_digest,
    digest,
    digest_of_data,
    identity,
    known,
    read_json,
    write_json,
)
from generator.input.textfile import RECORD_MAX_BYTES, read_text
from generator.input.validation import validate_record
from generator.input.yamlio import YamlDocument, load_text

ModelT = TypeVar("ModelT", bound=BaseModel)
FORMAT = 2

# The records this process read last, by (cache folder, salt, path): `gongshi serve` reads the
# repository again after every save, and a file whose text is the same gives back the same
# record, with its findings, instead of its folder's stored entries read and the record
# validated anew. A record is wholly determined by its key (its model, path and text, under the
# salt: what the pages' fingerprints already take it for) and is never changed once read: the
# models are frozen.
Held = tuple[str, BaseModel, list[Finding], dict[str, Any]]  # key, record, findings, entry
_HELD: dict[tuple[str, str, str], Held] = {}
# the status of a held record's file when it was read, and its document (not read again while
# the file has that status)
Seen = tuple[tuple[int, ...], YamlDocument]
_SEEN: dict[tuple[str, str, str], Seen] = {}
SETTLED = 3.0  # seconds: a file written more recently than this when read is read again


@dataclass
class RecordCache:
    """The stored records of one repository (folder None: nothing stored, nothing reused)."""

    folder: Path | None
    context: dict[str, Any]
    salt: str = ""
    hits: int = 0
    misses: int = 0
    _packs: dict[str, dict[str, Any]] = field(default_factory=dict)
    _changed: set[str] = field(default_factory=set)
    # id(document) → (document, its entry, its path): the entries this reading checked
    _read: dict[int, tuple[YamlDocument, dict[str, Any], str]] = field(default_factory=dict)
    _held: dict[str, Held] = field(default_factory=dict)  # this reading's, by path
    _used: set[str] = field(default_factory=set)  # folders whose records were held, not read
    _seen: dict[str, Seen] = field(default_factory=dict)  # this reading's, by path

    def __post_init__(self) -> None:
        self.salt = digest(str(FORMAT), code_digest(), digest_of_data(self.context))

    def _where(self, rel: str) -> tuple[str, str, str]:
        """A record's place among the records held by the process: its cache folder, the salt
        and its path."""
        return str(self.folder), self.salt, rel

    def _pack(self, rel: str) -> dict[str, Any]:
        """The entries of the folder rel is in (read on first use)."""
        name = _pack_name(rel)
        pack = self._packs.get(name)
        if pack is None:
            stored = read_json(self.folder / f"{name}.json") if self.folder else None
            ok = isinstance(stored, dict) and stored.get("salt") == self.salt
            entries = stored.get("entries") if ok else None
            pack = entries if isinstance(entries, dict) else {}
            self._packs[name] = pack
        return pack

    def lookup(
        self, model: type[ModelT], rel: str, text: str
    ) -> tuple[YamlDocument, ModelT, list[Finding]] | None:
        """The stored reading of this text, checked; None when there is none to trust."""
        if self.folder is None:
            return None
        key = _key(model, rel, text)
        held = _HELD.get(self._where(rel))
        if held is not None and held[0] == key and type(held[1]) is model:
            _, record, findings, entry = held
            self._used.add(_pack_name(rel))
        else:
            entry = self._pack(rel).get(rel)
            if not isinstance(entry, dict) or entry.get("key") != key:
                return None
            try:
                record = model.model_validate(entry["record"], context=self.context)
            except (ValidationError, KeyError, TypeError):
                return None
            found = _findings(entry.get("findings"))
            if found is None:
                return None
            findings = found
        document = YamlDocument.of_text(rel, _unmarked(text))
        return self._given(rel, (key, record, findings, entry), document)  # type: ignore[return-value]

    def unchanged(
        self, model: type[ModelT], path: Path | str, rel: str
    ) -> tuple[YamlDocument, ModelT, list[Finding]] | None:
        """The record this process read last from a file that has not changed since (its
        status the same); None when it must be read."""
        if self.folder is None:
            return None
        where = self._where(rel)
        seen, held = _SEEN.get(where), _HELD.get(where)
        if seen is None or held is None or type(held[1]) is not model:
            return None
        try:
            if _status(os.stat(path)) != seen[0]:
                return None
        except OSError:
            return None
        self._used.add(_pack_name(rel))
        self._seen[rel] = seen
        return self._given(rel, held, seen[1])  # type: ignore[return-value]

    def carry(self, records: list[tuple[str, YamlDocument, BaseModel]]) -> bool:
        """Give back, as unchanged() does but without asking the file system, records of a
        folder the system said nothing of since this process read them (path, and the document
        and record that reading gave: generator.model.held); False, and nothing given, unless
        every one is held as that very record (so of its model)."""
        if self.folder is None:
            return False
        found = []
        for rel, document, record in records:
            where = self._where(rel)
            seen, held = _SEEN.get(where), _HELD.get(where)
            if seen is None or held is None or held[1] is not record:
                return False
            found.append((rel, seen, held, document))
        for rel, seen, held, document in found:
            self._used.add(_pack_name(rel))
            self._seen[rel] = seen
            self._given(rel, held, document)
        self.hits += len(found)
        return True

    def _given(
        self, rel: str, held: Held, document: YamlDocument
    ) -> tuple[YamlDocument, BaseModel, list[Finding]]:
        """A stored record this reading gives back: held for the next reading, known by its key
        (as its document is), its entry found again by its document (derived)."""
        key, record, findings, entry = held
        self._held[rel] = held
        self._known(key, document, record)
        self._read[id(document)] = (document, entry, rel)
        return document, record, findings

    def seen(self, rel: str, info: os.stat_result, document: YamlDocument) -> None:
        """The status of a record's file as it was read (held with its record): only a file
        whose last write and change were settled by then."""
        if self.folder is not None and time.time() - max(info.st_mtime, info.st_ctime) > SETTLED:
            self._seen[rel] = (_status(info), document)

    def _known(self, key: str, document: YamlDocument, record: BaseModel) -> None:
        """What pages are rendered from is fingerprinted by data (generator.fingerprint); a
        record read from a file is all of its file's text, path, model and settings."""
        known(record, f"record {self.salt} {key}")
        known(document, f"document {self.salt} {key}")

    def store(
        self, model: type[BaseModel], rel: str, text: str, document: YamlDocument, record: BaseModel
    ) -> None:
        if self.folder is None:
            return
        key = _key(model, rel, text)
        self._known(key, document, record)
        entry = {
            "key": key,
            # fields left at their defaults are left out (the model gives them again)
            "record": record.model_dump(mode="json", exclude_defaults=True),
            "findings": [],
        }
        self._pack(rel)[rel] = entry
        self._read[id(document)] = (document, entry, rel)
        self._changed.add(_pack_name(rel))
        self._held[rel] = (key, record, [], entry)

    def remember_findings(self, rel: str, findings: list[Finding]) -> None:
        entry = self._pack(rel).get(rel) if self.folder else None
        if isinstance(entry, dict):
            entry["findings"] = [asdict(found) for found in findings]
            held = self._held.get(rel)
            if held is not None and held[3] is entry:
                self._held[rel] = (*held[:2], list(findings), entry)

    def derived(
        self, document: YamlDocument, kind: str, make: Callable[[Report], None]
    ) -> list[Finding]:
        """The findings make(report) gives for a document that depend on its text alone (its
        path, text and gongshi's code: nothing else of the site), made once per text and stored
        beside its record; made afresh for a document whose record is not stored."""
        read = self._read.get(id(document))
        entry = read[1] if read is not None and read[0] is document else None
        if entry is not None:
            findings = _findings(entry.get(kind))
            if findings is not None:
                return findings
        own = Report()
        make(own)
        if entry is not None:
            entry[kind] = [asdict(found) for found in own.findings]
            rel = read[2]  # type: ignore[index]
            self._pack(rel)[rel] = entry  # a held record's entry: its folder's file is read
            self._changed.add(_pack_name(rel))
        return own.findings

    def save(self) -> None:
        """Write the folders whose records changed; drop those of folders no longer read."""
        if self.folder is None:
            return
        # the file of a folder whose records were held, deleted since (a cache folder emptied
        # while `serve` runs): written again from what is held, for the next process
        missing = {name for name in self._used if not (self.folder / f"{name}.json").exists()}
        for rel, held in self._held.items() if missing else ():
            name = _pack_name(rel)
            if name in missing:
                self._pack(rel).setdefault(rel, held[3])
                self._changed.add(name)
        with contextlib.suppress(OSError):
            for name in sorted(self._changed):
                write_json(
                    self.folder / f"{name}.json",
                    {"format": FORMAT, "salt": self.salt, "entries": self._packs[name]},
                )
            kept = self._used.union(self._packs)
            for stored in os.scandir(self.folder):
                if stored.name.endswith(".json") and stored.name[:-5] not in kept:
                    os.unlink(stored.path)
        self._changed.clear()
        _HELD.clear()  # what this reading read, for the next one in this process
        _HELD.update((self._where(rel), held) for rel, held in self._held.items())
        _SEEN.clear()
        _SEEN.update(
            (self._where(rel), seen) for rel, seen in self._seen.items() if rel in self._held
        )


def read_record(
    model: type[ModelT],
    path: Path | str,
    rel: str,
    report: Report,
    records: RecordCache,
    *,
    known_keys: frozenset[str],
    max_bytes: int | None = None,
) -> tuple[YamlDocument | None, ModelT | None, ModelT | None]:
    """(document, record, partial) of one record file, from the cache when its text was read
    before (by this process, and the file not changed since: not even read); findings go to the
    report either way."""
    found = records.unchanged(model, path, rel)
    if found is None:
        said = len(report.findings)
        text, info = read_text(
            path, rel=rel, report=report, max_bytes=max_bytes or RECORD_MAX_BYTES
        )
        if text is None:
            return None, None, None
        found = records.lookup(model, rel, text)
        if found is not None and info is not None and len(report.findings) == said:
            records.seen(rel, info, found[0])
    if found is not None:
        document, record, findings = found
        records.hits += 1
        for finding in findings:
            report.add_finding(finding)
        return document, record, record
    records.misses += 1
    own = Report()
    document = load_text(text, rel=rel, report=own, known_keys=known_keys)
    record, partial = (
        validate_record(model, document, own, context=records.context) if document else (None, None)
    )
    if document is not None and record is not None and not own.errors:
        records.store(model, rel, text, document, record)
        records.remember_findings(rel, own.findings)
        if info is not None and len(report.findings) == said:  # not read again while unchanged
            records.seen(rel, info, YamlDocument.of_text(rel, _unmarked(text)))
    for finding in own.findings:
        report.add_finding(finding)
    return document, record, partial


def _findings(stored: Any) -> list[Finding] | None:
    """Stored findings, checked: None unless a list of findings with text where text belongs."""
    if not isinstance(stored, list):
        return None
    try:
        findings = [Finding(**found) for found in stored]
    except TypeError:
        return None
    texts = ("path", "code", "severity", "message_zh", "message_en", "hint_zh", "hint_en")
    for found in findings:
        if not all(isinstance(getattr(found, name), str) for name in texts):
            return None
        if not isinstance(found.line, int) or not isinstance(found.column, int):
            return None
    return findings


def _key(model: type[BaseModel], rel: str, text: str) -> str:
    return digest(model.__name__, rel, text)


def _unmarked(text: str) -> str:
    """The text as load_text keeps it (without a byte order mark)."""
    return text[1:] if text.startswith("\ufeff") else text


def forget(folder: Path, rels: Iterable[str]) -> None:
    """Remove the stored records of the folders these files are in (a photo taken down: its
    organization's records name it, and are read afresh)."""
    for name in {_pack_name(rel) for rel in rels}:
        (folder / f"{name}.json").unlink(missing_ok=True)
    forget_held()


def forget_held() -> None:
    """Let go of the records this process read last (the next reading reads every file's
    entry from the cache folder, as a new process does)."""
    _HELD.clear()
    _SEEN.clear()


def _status(info: os.stat_result) -> tuple[int, ...]:
    """What says a file is still the one read: its identity (inode, size, last write) and its
    device and last change."""
    return (*identity(info), info.st_dev, info.st_ctime_ns)


def _pack_name(rel: str) -> str:
    """The cache file of a record's folder: orgs/<id>/… all in one, else the file's folder."""
    parts = rel.split("/")
    folder = "/".join(parts[:2]) if parts[0] == "orgs" and len(parts) > 2 else "/".join(parts[:-1])
    return _folder_name(folder)


@functools.lru_cache(maxsize=4096)
def _folder_name(folder: str) -> str:
    return digest(folder)[:32]
