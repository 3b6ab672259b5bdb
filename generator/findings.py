"""Findings: what is wrong, where, and how to fix it — collected from every stage into one report."""

from __future__ import annotations

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from generator.messages import MESSAGES, Severity

OutputFormat = Literal["text", "github", "json"]


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

    def extend(self, other: Report) -> None:
        for finding in other.findings:
            key = (finding.path, finding.line, finding.column, finding.code, finding.message_en)
            if key not in self._seen:
                self._seen.add(key)
                self.findings.append(finding)
        self.files_checked += other.files_checked

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]

    def sorted(self) -> list[Finding]:
        return sorted(self.findings, key=lambda f: (f.path, f.line, f.column, f.code))

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
        lines = [f.as_text(lang=lang) for f in self.sorted()]
        lines.append(self.summary_en() if lang == "en" else self.summary())
        return "\n".join(lines)

    def to_json(self) -> str:
        document = {
            "findings": [asdict(f) for f in self.sorted()],
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
        for f in self.sorted():
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

    def to_markdown(self) -> str:
        """The step summary shown on the pull request's checks page."""
        out = ["## gongshi 校验结果", "", self.summary(), ""]
        if self.findings:
            out += ["| 文件 | 行 | 级别 | 代码 | 问题 | 如何修改 |", "|---|---|---|---|---|---|"]
            for f in self.sorted():
                cells = [
                    f"`{f.path}`",
                    str(f.line),
                    "错误" if f.severity == "error" else "警告",
                    f"`{f.code}`",
                    f.message_zh,
                    f.hint_zh,
                ]
                out.append("| " + " | ".join(_escape_cell(c) for c in cells) + " |")
        return "\n".join(out) + "\n"

    def write_step_summary(self) -> None:
        target = os.environ.get("GITHUB_STEP_SUMMARY")
        if target:
            with open(target, "a", encoding="utf-8") as handle:
                handle.write(self.to_markdown())


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
