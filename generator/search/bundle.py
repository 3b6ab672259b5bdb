"""One Pagefind bundle from a list of documents: the Pagefind command, pinned to one CPU."""

from __future__ import annotations

import asyncio
import functools
import json
import os
import subprocess
import tempfile
from pathlib import Path

from generator import runtime
from generator.fingerprint import installed

LANGUAGE = "zh"


class SearchUnavailable(Exception):
    """The Pagefind binary is not installed."""


@functools.cache
def find_binary() -> Path:
    try:
        from pagefind_bin_extended import get_executable
    except ImportError:
        try:
            from pagefind_bin import get_executable
        except ImportError:
            raise SearchUnavailable("没有安装 Pagefind: pip install 'pagefind[extended]'") from None
    return Path(get_executable())


def pagefind_version() -> str:
    """The installed Pagefind package's version (part of a cached bundle's key)."""
    return installed("pagefind") or "unknown"


# Files of a Pagefind bundle the site's search code never loads (Pagefind's own UI), and what a
# bundle keeps besides its index, by its role: a merged part nothing (the primary bundle brings
# pagefind.js and the WebAssembly); the header box's bundle (generator.search.header) is the
# primary one of a Pagefind instance of its own, which loads the WebAssembly from its folder.
_UNUSED = ("pagefind-ui.js", "pagefind-ui.css", "pagefind-modular-ui.js",
           "pagefind-modular-ui.css", "pagefind-highlight.js")  # fmt: skip
_OWN = ("pagefind.js", "wasm.unknown.pagefind")
_KEEPS = {"primary": _OWN, "header": ("wasm.unknown.pagefind",), "part": ()}


def index_bundle(
    documents: list[tuple[str, str]],
    output: Path,
    role: str,
    pinner: runtime.CorePinner,
) -> tuple[int, list[str]]:
    """Index the documents into the bundle `output` ("primary", "header" or "part", _KEEPS):
    (pages, Pagefind's errors)."""
    # Pagefind indexes a folder of files far faster than records sent one by one through its
    # service (measured: 8,263 pages in 14 s against 6,799 records in 700 s), so the records are
    # written as tiny documents at their URLs in a scratch folder and indexed from there, by the
    # command-line indexer: the Python API's service is stopped (SIGTERM) once it has answered
    # "files written", and Pagefind writes through tokio's buffered files, so a busy machine
    # could lose the end of a file (seen: an empty pagefind-entry.json in one of two builds);
    # the command finishes its writes before it exits.
    with tempfile.TemporaryDirectory(
        prefix="gongshi-search-", dir=runtime.scratch_folder()
    ) as scratch:
        root = Path(scratch)
        for url, document in documents:
            target = root / url / "index.html"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(document, encoding="utf-8")
        if not documents:  # the command refuses an empty folder; the service makes an empty index
            return asyncio.run(_index_nothing(root, output, role))
        command = [str(find_binary()), "--site", str(root), "--output-path", str(output)]
        with pinner.one_cpu():
            run = subprocess.run(
                [*command, "--force-language", LANGUAGE, "--silent"],
                capture_output=True,
                text=True,
                errors="replace",
                check=False,
            )
    problems = [line for line in (run.stderr + run.stdout).splitlines() if line.strip()]
    entry = output / "pagefind-entry.json"
    try:
        languages = json.loads(entry.read_text(encoding="utf-8"))["languages"].values()
        count = sum(int(language.get("page_count", 0)) for language in languages)
    except (OSError, ValueError, KeyError, AttributeError, TypeError):
        return 0, problems or [f"Pagefind wrote no usable {entry.name} (exit {run.returncode})"]
    if run.returncode != 0:
        return count, problems or [f"Pagefind exited with {run.returncode}"]
    _drop_unused(output, role)
    return count, []


async def _index_nothing(root: Path, output: Path, role: str) -> tuple[int, list[str]]:
    """A bundle without pages (a site with nothing to search yet): Pagefind's service, whose
    few files are read back, and written again if the stopped service lost the end of one."""
    from pagefind.index import IndexConfig, PagefindIndex

    os.environ["PAGEFIND_BINARY_PATH"] = str(find_binary())  # the service runs this binary
    config = IndexConfig(force_language=LANGUAGE, output_path=str(output))
    for _ in range(3):
        async with PagefindIndex(config=config) as index:
            answer = await index.add_directory(path=str(root))
        try:
            json.loads((output / "pagefind-entry.json").read_text(encoding="utf-8"))["languages"]
            complete = all(f.stat().st_size for f in output.rglob("*") if f.is_file())
        except (OSError, ValueError, KeyError, TypeError):
            complete = False
        if complete:
            break
    _drop_unused(output, role)
    return int(answer.get("page_count", 0)), list(answer.get("errors") or [])


def _drop_unused(output: Path, role: str) -> None:
    for name in _UNUSED + tuple(name for name in _OWN if name not in _KEEPS[role]):
        (output / name).unlink(missing_ok=True)
