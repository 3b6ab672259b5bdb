"""Text files written by hand, often on Windows: size-capped, read in one go, decoded as UTF-8 with or
without BOM; UTF-16 is read and reported, GBK/GB18030 recognised and reported with how to convert."""

from __future__ import annotations

import os
from pathlib import Path

from generator.findings import Report

RECORD_MAX_BYTES = 512 * 1024


def decode(raw: bytes, *, rel: str, report: Report) -> str | None:
    """Text of a file: UTF-8 with or without BOM; other encodings become findings."""
    if raw.startswith(b"\xef\xbb\xbf"):
        raw = raw[3:]
    elif raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        report.add("encoding-utf16", rel, 1, 1)
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError:
            return None
    if b"\x00" in raw:
        report.add("binary-file", rel, raw[: raw.index(b"\x00")].count(b"\n") + 1, 1)
        return None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        try:
            text = raw.decode("gb18030")
        except UnicodeDecodeError:
            report.add("encoding-unknown", rel, line, 1, at_line=line)
            return raw.decode("utf-8", errors="replace")
        report.add("encoding-gbk", rel, line, 1)
        return text


def read_file(
    path: Path | str, *, rel: str, report: Report, max_bytes: int = RECORD_MAX_BYTES
) -> str | None:
    """Read and decode one text file, or report why it cannot be."""
    return read_text(path, rel=rel, report=report, max_bytes=max_bytes)[0]


def read_text(
    path: Path | str, *, rel: str, report: Report, max_bytes: int = RECORD_MAX_BYTES
) -> tuple[str | None, os.stat_result | None]:
    """read_file(), with the status of the file read (None when it could not be opened)."""
    try:
        with open(path, "rb") as stream:  # one open and fstat, not a stat by path and an open
            info = os.fstat(stream.fileno())
            if info.st_size > max_bytes:
                report.add("file-too-large", rel, 1, 1, size=info.st_size, limit=max_bytes)
                return None, info
            raw = stream.read()
    except OSError as error:
        report.add("internal-error", rel, 1, 1, detail=f"cannot read file: {error.strerror}")
        return None, None
    return decode(raw, rel=rel, report=report), info


def split_front_matter(text: str) -> tuple[str | None, str, int]:
    """(front matter, body, line number where the front matter starts) of a Markdown file."""
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.startswith("---"):
        return None, text, 0
    lines = text.split("\n")
    if lines[0].strip() != "---":
        return None, text, 0
    for index in range(1, len(lines)):
        if lines[index].strip() in ("---", "..."):
            return "\n".join(lines[1:index]), "\n".join(lines[index + 1 :]), 1
    return None, text, 0
