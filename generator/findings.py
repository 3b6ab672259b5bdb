"""Findings: what is wrong, where, and how to fix it — collected from every stage into one report."""

from __future__ import annotations

import json
import os
import posixpath
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from generator.messages import MESSAGES, Severity

OutputFormat = Literal["text", "github", "json"]
GROUP_OVER = 5  # more findings than this of one code in one folder are shown as one
PLACES_SHOWN = 3  # the places a grouped finding names
SUMMARY_BYTES = 900 * 1024  # GitHub shows at most 1 MiB of a step's summary


class _Blank(dict):
    """Formatting parameters where a missing field renders as nothing rather than raising."""

    def __missing__(self, key: str) -> str:
        return ""


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    column: int
    code: str
    severity: Severity
    message_zh: str
    message_en: str
    hint_zh: str = ""
    hint_en: str = ""

    def as_text(self, *, lang: str = "zh") -> str:
        where = f"{self.path}:{self.line}:{self.column}" if self.line else f"{self.path}:1:1"
        head = f"{where}: {self.severity}[{self.code}]: "
        if lang == "en":
            hint = f"; {self.hint_en}" if self.hint_en else ""
            return f"{head}{self.message_en}{hint}"
        joiner = "" if self.message_zh.endswith(("？", "。", "！")) else "。"
        hint_zh = f"{joiner}{self.hint_zh}" if self.hint_zh else ""
        hint_en = f"; {self.hint_en}" if self.hint_en else ""
        return f"{head}{self.message_zh}{hint_zh} ({self.message_en}{hint_en})"


@dataclass(frozen=True)
class Group:
    """Findings of one code and severity in one folder, shown as one finding in the text and
    GitHub formats (the JSON format keeps every one of them)."""

    folder: str
    code: str
    severity: Severity
    members: tuple[Finding, ...]

    def places(self) -> list[str]:
        return [f"{f.path}:{f.line}:{f.column}" for f in self.members[:PLACES_SHOWN]]

    def as_finding(self) -> Finding:
        """One finding at the first place: the count, the first places, the first message."""
        first, count = self.members[0], len(self.members)
        folder = self.folder or "."
        places = [  # in the folder: the file's name is enough
            f"{posixpath.basename(f.path)}:{f.line}:{f.column}" for f in self.members[:PLACES_SHOWN]
        ]
        places_zh, places_en = "、".join(places), ", ".join(places)
        return Finding(
            path=first.path,
            line=first.line,
            column=first.column,
            code=self.code,
            severity=self.severity,
            message_zh=f"“{folder}”中共有 {count} 处同类问题，前 {PLACES_SHOWN} 处："
            f"{places_zh}；第一处：{first.message_zh}",
            message_en=f"{count} findings of this kind in {folder}, the first at {places_en}; "
            f"the first: {first.message_en}",
            hint_zh=(f"{first.hint_zh}。" if first.hint_zh else "")
            + "每一处见 --format json 的输出",
            hint_en=(f"{first.hint_en}; " if first.hint_en else "")
            + "every one of them is listed by --format json",
        )


def _group_key(finding: Finding) -> tuple[str, str, str]:
    return (posixpath.dirname(finding.path), finding.code, finding.severity)


@dataclass
class Report:
    """All findings of one run; stages add to it and never raise on bad input."""

    findings: list[Finding] = field(default_factory=list)
    files_checked: int = 0
    _seen: set[tuple] = field(default_factory=set, repr=False)

    def add(
        self,
        code: str,
        path: str,
        line: int = 1,
        column: int = 1,
        *,
        severity: Severity | None = None,
        **params: Any,
    ) -> None:
        message = MESSAGES[code]
        values = _Blank({key: _shorten(value) for key, value in params.items()})
        finding = Finding(
            path=path,
            line=max(line, 1),
            column=max(column, 1),
            code=code,
            severity=severity or message.severity,
            message_zh=message.zh.format_map(values),
            message_en=message.en.format_map(values),
            hint_zh=message.hint_zh.format_map(values),
            hint_en=message.hint_en.format_map(values),
        )
        key = (finding.path, finding.line, finding.column, finding.code, finding.message_en)
        if key not in self._seen:
            self._seen.add(key)
            self.findings.append(finding)

    def add_finding(self, finding: Finding) -> None:
        """A finding made before (another report's, or a stored one), unless already here."""
        key = (finding.path, finding.line, finding.column, finding.code, finding.message_en)
        if key not in self._seen:
            self._seen.add(key)
            self.findings.append(finding)

    def extend(self, other: Report) -> None:
        for finding in other.findings:
            self.add_finding(finding)
        self.files_checked += other.files_checked

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=lambda f: (f.path, f.line, f.column, f.code))

    def groups(self) -> list[Group]:
        """More than GROUP_OVER findings of one code and severity in one folder, in order."""
        members: dict[tuple[str, str, str], list[Finding]] = {}
        for finding in self.sorted():
            members.setdefault(_group_key(finding), []).append(finding)
        return [
            Group(folder, code, severity, tuple(found))  # type: ignore[arg-type]
            for (folder, code, severity), found in members.items()
            if len(found) > GROUP_OVER
        ]

    def shown(self) -> list[Finding]:
        """The findings as the text and GitHub formats show them: each group as one."""
        groups = {(g.folder, g.code, g.severity): g for g in self.groups()}
        out = []
        for finding in self.sorted():
            group = groups.get(_group_key(finding))
            if group is None:
                out.append(finding)
            elif finding is group.members[0]:
                out.append(group.as_finding())
        return out

    def only(self, paths: list[str]) -> Report:
        """A report holding the findings under the given repository-relative files or folders."""
        prefixes = [p.rstrip("/") for p in paths]
        kept = Report(files_checked=self.files_checked)
        for finding in self.findings:
            if any(finding.path == p or finding.path.startswith(p + "/") for p in prefixes):
                kept.findings.append(finding)
        return kept

    def summary(self) -> str:
        errors, warnings = len(self.errors), len(self.warnings)
        files = self.files_checked
        english = (
            f"{errors} error{'s' if errors != 1 else ''}, "
            f"{warnings} warning{'s' if warnings != 1 else ''} "
            f"in {files} file{'s' if files != 1 else ''}"
        )
        return f"共检查 {files} 个文件：{errors} 个错误，{warnings} 个警告 ({english})"

    def summary_en(self) -> str:
        return self.summary().split(" (", 1)[1].rstrip(")")

    # -- output ------------------------------------------------------------------------------

    def render(self, fmt: OutputFormat = "text", *, lang: str = "zh") -> str:
        if fmt == "json":
            return self.to_json()
        if fmt == "github":
            return self.to_github()
        lines = [f.as_text(lang=lang) for f in self.shown()]
        lines.append(self.summary_en() if lang == "en" else self.summary())
        return "\n".join(lines)

    def to_json(self) -> str:
        """Every finding; those shown as one in the other formats name their group."""
        groups = self.groups()
        number = {_group_key(g.members[0]): index for index, g in enumerate(groups)}
        findings = []
        for finding in self.sorted():
            entry = asdict(finding)
            entry["group"] = number.get(_group_key(finding))
            findings.append(entry)
        document = {
            "findings": findings,
            "groups": [
                {
                    "folder": g.folder,
                    "code": g.code,
                    "severity": g.severity,
                    "count": len(g.members),
                    "places": g.places(),
                    "message_zh": g.as_finding().message_zh,
                    "message_en": g.as_finding().message_en,
                }
                for g in groups
            ],
            "summary": {
                "errors": len(self.errors),
                "warnings": len(self.warnings),
                "files": self.files_checked,
                "codes": dict(sorted(Counter(f.code for f in self.findings).items())),
            },
        }
        return json.dumps(document, ensure_ascii=False, indent=2)

    def to_github(self) -> str:
        lines = []
        for f in self.shown():
            props = ",".join(
                [
                    f"file={_escape_property(f.path)}",
                    f"line={max(f.line, 1)}",
                    f"col={max(f.column, 1)}",
                    f"title={_escape_property(f'{f.code}: ' + f.message_zh)}",
                ]
            )
            body = f"{f.message_zh}。{f.hint_zh}\n({f.message_en}; {f.hint_en})"
            lines.append(f"::{f.severity} {props}::{_escape_data(body)}")
        lines.append(self.summary())
        return "\n".join(lines)

    def to_markdown(self, budget: int = SUMMARY_BYTES) -> str:
        """The step summary shown on the pull request's checks page: at most budget bytes
        (UTF-8), rows left off beyond it are counted in a last line."""
        out = ["## gongshi 校验结果", "", self.summary(), ""]
        shown = self.shown()
        if shown:
            out += ["| 文件 | 行 | 级别 | 代码 | 问题 | 如何修改 |", "|---|---|---|---|---|---|"]
        size = sum(len(line.encode("utf-8")) + 1 for line in out) + 200  # room for the last line
        for index, f in enumerate(shown):
            cells = [
                f"`{f.path}`",
                str(f.line),
                "错误" if f.severity == "error" else "警告",
                f"`{f.code}`",
                f.message_zh,
                f.hint_zh,
            ]
            row = "| " + " | ".join(_escape_cell(c) for c in cells) + " |"
            size += len(row.encode("utf-8")) + 1
            if size > budget:
                left = len(shown) - index
                out += [
                    "",
                    f"另有 {left} 条未列出，完整列表见运行日志或 --format json "
                    f"({left} more not listed: see the job's log or --format json)",
                ]
                break
            out.append(row)
        return "\n".join(out) + "\n"

    def write_step_summary(self) -> None:
        """Append the summary, within what GitHub shows of a step's summary file."""
        target = os.environ.get("GITHUB_STEP_SUMMARY")
        if target:
            used = os.path.getsize(target) if os.path.isfile(target) else 0
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(self.to_markdown(budget=max(SUMMARY_BYTES - used, 0)))


def did_you_mean(matches: list[str]) -> dict[str, str]:
    """Message parameters suggesting the closest match, if there is one (difflib's result)."""
    if not matches:
        return {"suggest_zh": "", "suggest_en": ""}
    return {
        "suggest_zh": f"，是否应为“{matches[0]}”？",
        "suggest_en": f'; did you mean "{matches[0]}"?',
    }


def _shorten(value: Any, limit: int = 80) -> Any:

    if isinstance(value, str) and len(value) > limit:
        return value[: limit - 1] + "…"
    return value


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _escape_cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")
