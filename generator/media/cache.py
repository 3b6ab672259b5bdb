"""The derivatives of every photo and logo, cached outside site/ and published into it.

Entries are keyed by content hash, rendering settings and pipeline version. An entry is written
into a ``.tmp-*`` folder and renamed into place, and removed by renaming it away first, so an
interrupted or concurrent build never sees a half entry. A rebuild checks each unchanged photo
with one ``stat()``, a dictionary lookup and an existence check; new or changed photos are hashed
and rendered in a process pool sized to the cores.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import weakref
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import asdict, dataclass
from pathlib import Path

from generator import progress, runtime
from generator.media.formats import MAX_BYTES, ImageProblem, describe
from generator.media.images import (
    PIPELINE_VERSION,
    ImageEntry,
    derivative_widths,
    render_entry,
    rendering_settings,
)

log = logging.getLogger(__name__)

STALE_SECONDS = 600  # a .tmp-* folder untouched this long belongs to a build that died


@dataclass
class Job:
    source: Path
    rel: str
    kind: str  # "photo" or "logo"


def cache_key(content_hash: str, kind: str) -> str:
    """The cache entry of some content under the current settings."""
    return hashlib.sha256(f"{content_hash}|{rendering_settings(kind)}".encode()).hexdigest()[:24]


def _stamp(stat: os.stat_result) -> list[int]:
    """What tells an unchanged file without reading it (a copy, a checkout or an edit that keeps
    the mtime changes the inode or the ctime)."""
    return [stat.st_size, stat.st_mtime_ns, stat.st_ctime_ns, stat.st_ino]


def _read_meta(folder: Path) -> ImageEntry | None:
    try:
        return ImageEntry.from_dict(json.loads((folder / "meta.json").read_text(encoding="utf-8")))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def remove_entry(path: Path) -> None:
    """Remove an entry folder so that no reader ever sees part of it: rename it away first."""
    trash = path.with_name(f".tmp-trash-{path.name}-{os.getpid()}-{time.monotonic_ns()}")
    try:
        os.rename(path, trash)
    except OSError:
        return
    shutil.rmtree(trash, ignore_errors=True)


class ImageCache:
    """Derivatives on disk under .cache/images, keyed by content hash + settings + version.

    ``manifest.json`` remembers, per source path, the stat stamp and content hash seen last, and
    the entries of the last build, so that an unchanged photo costs a stat() and a lookup."""

    def __init__(self, root: Path, *, enabled: bool = True) -> None:
        self.root = root
        self.enabled = enabled
        self.manifest_path = root / "manifest.json"
        self.files: dict[str, list] = {}  # rel → [size, mtime_ns, ctime_ns, inode, content hash]
        self.entries: dict[str, dict] = {}  # key → entry (as in meta.json)
        self.used: set[str] = set()
        self.sources: dict[str, tuple[str, str]] = {}  # key → (source path, kind) of this build
        self._seen: dict[str, list] = {}
        self._loaded: tuple[dict, dict] = ({}, {})
        self._scratch: Path | None = None
        self._cleanup: weakref.finalize | None = None
        if enabled:
            try:
                data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
                if isinstance(data, dict) and data.get("version") == PIPELINE_VERSION:
                    files, entries = data.get("files"), data.get("entries")
                    if isinstance(files, dict) and isinstance(entries, dict):
                        self.files, self.entries = files, entries
            except (OSError, ValueError):
                pass
            self._loaded = (dict(self.files), dict(self.entries))

    def folder(self, key: str) -> Path:
        return self.root / key[:2] / key

    def load(self, key: str) -> ImageEntry | None:
        """The complete entry of a key, if the cache holds one."""
        if not self.enabled:
            return None
        return _read_meta(self.folder(key))

    def lookup(self, job: Job) -> ImageEntry | None:
        """The warm path: one stat(), dictionary lookups and an existence check; no reading."""
        if not self.enabled:
            return None
        try:
            stamp = _stamp(os.stat(job.source))
        except OSError:
            return None
        known = self.files.get(job.rel)
        if not known or known[:4] != stamp:
            return None
        try:
            key = cache_key(str(known[4]), job.kind)
            data = self.entries.get(key)
            if not os.path.isdir(self.folder(key)):
                return None
            entry = ImageEntry.from_dict(data) if data else self.load(key)
        except (ValueError, KeyError, TypeError, IndexError):
            return None
        if entry is None:
            return None
        self.remember(job, key, known, entry)
        return entry

    def remember(self, job: Job, key: str, record: list | None, entry: ImageEntry) -> None:
        """Note that this build uses an entry (record: the file's stamp and content hash)."""
        self.used.add(key)
        self.sources[key] = (str(job.source), job.kind)
        if record is not None:
            self._seen[job.rel] = record
        if key not in self.entries:
            self.entries[key] = asdict(entry)

    def save_manifest(self) -> None:
        """Write the manifest of this build (atomically: a temporary file renamed over it)."""
        if not self.enabled:
            return
        files = dict(sorted(self._seen.items()))
        entries = {key: self.entries[key] for key in sorted(self.used) if key in self.entries}
        if (files, entries) == self._loaded:
            return
        self.root.mkdir(parents=True, exist_ok=True)
        handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".tmp-manifest-")
        try:
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump({"version": PIPELINE_VERSION, "files": files, "entries": entries}, out)
            os.replace(temporary, self.manifest_path)
        except OSError as error:  # a full disk costs a re-hash next time, never the build
            log.warning("image cache manifest not written: %s", error)
            Path(temporary).unlink(missing_ok=True)
            return
        self._loaded = (files, entries)

    def prune(self) -> int:
        """Remove the entries this build did not use, and temporary folders and files left by
        builds that died (older than STALE_SECONDS: a younger one may be a running build's)."""
        removed = 0
        if not self.enabled or not self.root.is_dir():
            return removed
        stale = time.time() - STALE_SECONDS
        for item in list(self.root.iterdir()):
            if item.name.startswith(".tmp-"):
                removed += _remove_if_stale(item, stale)
                continue
            if not item.is_dir() or len(item.name) != 2:
                continue
            for entry in list(item.iterdir()):
                if entry.name.startswith(".tmp-"):
                    removed += _remove_if_stale(entry, stale)
                elif entry.name not in self.used:
                    remove_entry(entry)
                    removed += 1
            with contextlib.suppress(OSError):
                item.rmdir()  # only when empty
        return removed

    def purge(self, keys: set[str]) -> int:
        """Remove these entries at once, and every mention of them in the manifest, whether this
        build uses the cache or not (a photo taken down: consent withdrawn)."""
        removed = 0
        for key in sorted(keys):
            folder = self.folder(key)
            if folder.is_dir():
                remove_entry(folder)
                removed += 1
            self.entries.pop(key, None)
        try:
            data = json.loads(self.manifest_path.read_text(encoding="utf-8"))
            files, entries = data["files"], data["entries"]
            kept = {
                rel: record
                for rel, record in files.items()
                if not any(cache_key(str(record[4]), kind) in keys for kind in ("photo", "logo"))
            }
            if kept == files and not keys & set(entries):
                return removed
            data["files"] = kept
            data["entries"] = {key: entry for key, entry in entries.items() if key not in keys}
        except (OSError, ValueError, KeyError, TypeError, IndexError):
            return removed
        handle, temporary = tempfile.mkstemp(dir=self.root, prefix=".tmp-manifest-")
        with os.fdopen(handle, "w", encoding="utf-8") as out:
            json.dump(data, out)
        os.replace(temporary, self.manifest_path)
        return removed

    def scratch(self) -> Path:
        """Where a build without cache renders: removed once published (or with this object,
        or at exit, when the build stops before)."""
        if self._scratch is None:
            self._scratch = Path(tempfile.mkdtemp(prefix="gongshi-images-"))
            self._cleanup = weakref.finalize(self, shutil.rmtree, self._scratch, True)
        return self._scratch

    def discard_scratch(self) -> None:
        if self._cleanup is not None:
            self._cleanup()
        self._scratch = self._cleanup = None


def _remove_if_stale(path: Path, stale: float) -> int:
    try:
        if path.lstat().st_mtime >= stale:
            return 0
    except OSError:
        return 0
    if path.is_dir() and not path.is_symlink():
        shutil.rmtree(path, ignore_errors=True)
    else:
        path.unlink(missing_ok=True)
    return 1


# -- work -------------------------------------------------------------------------------------


def keys_of(paths: list[Path], kind: str = "photo") -> set[str]:
    """The cache entries of these files' present content (files that cannot be read: none)."""
    keys = set()
    for path in paths:
        with contextlib.suppress(OSError):
            keys.add(cache_key(hashlib.sha256(path.read_bytes()).hexdigest(), kind))
    return keys


def _process(args: tuple[str, str, str, str]) -> tuple:
    """Worker: read, hash and (unless the cache has it) render one image.

    Returns (rel, kind, record, key, entry, problem code, params); record is the file's stamp
    and content hash, None when the file changed while it was read (then nothing is remembered).
    The key is the hash of the bytes actually decoded, so an entry always matches its name."""
    source, rel, kind, root = args
    path = Path(source)
    try:
        before = os.stat(path)
        if before.st_size > MAX_BYTES:
            detail = f"{path.name}: {before.st_size / 1048576:.1f} MB"
            return rel, kind, None, None, None, "image-too-large", {"detail": detail}
        with path.open("rb") as handle:
            data = handle.read(MAX_BYTES + 1)
            after = os.fstat(handle.fileno())
        content = hashlib.sha256(data).hexdigest()
        record = [*_stamp(before), content] if _stamp(before) == _stamp(after) else None
        key = cache_key(content, kind)
        final = Path(root) / key[:2] / key
        entry = _read_meta(final)
        if entry is None:
            entry = render_into(final, path, key, kind, data)
        return rel, kind, record, key, asdict(entry), None, {}
    except ImageProblem as problem:
        params = {k: str(v) for k, v in problem.params.items()}
        return rel, kind, None, None, None, problem.code, params
    except Exception as error:  # e.g. the file vanished, the disk is full
        detail = f"{path.name}: {describe(error)}"
        return rel, kind, None, None, None, "image-unreadable", {"detail": detail}


def render_into(final: Path, source: Path, key: str, kind: str, data: bytes) -> ImageEntry:
    """Render into a temporary folder beside `final`, then rename it into place."""
    final.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(dir=final.parent, prefix=f".tmp-{key[:8]}-"))
    try:
        entry = render_entry(source, key, staging, derivative_widths(kind), data=data)
        (staging / "meta.json").write_text(json.dumps(asdict(entry)), encoding="utf-8")
        try:
            os.rename(staging, final)
        except OSError:  # another build finished the same entry first: theirs is complete
            shutil.rmtree(staging, ignore_errors=True)
        return entry
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise


def process(
    jobs: list[Job], cache: ImageCache, *, workers: int | None = None
) -> tuple[dict[str, ImageEntry], dict[str, tuple[str, dict]]]:
    """Derivatives for every job: (rel → entry, rel → (problem code, params))."""
    entries: dict[str, ImageEntry] = {}
    problems: dict[str, tuple[str, dict]] = {}
    root = cache.root if cache.enabled else cache.scratch()
    tasks: list[tuple[str, str, str, str]] = []
    queued: set[tuple[str, str]] = set()
    by_rel: dict[tuple[str, str], Job] = {}
    for job in jobs:
        cached = cache.lookup(job)
        if cached is not None:
            entries[job.rel] = cached
        elif (job.rel, job.kind) not in queued:
            queued.add((job.rel, job.kind))
            by_rel[(job.rel, job.kind)] = job
            tasks.append((str(job.source), job.rel, job.kind, str(root)))
    count = min(len(tasks), workers or runtime.cores())
    with progress.task("images", total=len(tasks)) as shown, contextlib.ExitStack() as pool:
        done: Iterator[tuple] = map(_process, tasks)
        if count > 1:
            executor = pool.enter_context(
                ProcessPoolExecutor(count, initializer=runtime.worker_start)
            )
            done = executor.map(_process, tasks, chunksize=max(1, min(len(tasks) // count, 64)))
        for rel, kind, record, key, data, code, params in done:
            shown.advance()
            if data is None or key is None:
                problems[rel] = (code or "image-unreadable", params)
                continue
            entry = ImageEntry.from_dict(data)
            entries[rel] = entry
            cache.remember(by_rel[(rel, kind)], key, record, entry)
    if not cache.enabled:
        cache.root = root  # publish from the scratch folder
    cache.save_manifest()
    return entries, problems
