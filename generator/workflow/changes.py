"""Who may change what: the check of a change set (`gongshi check-changes`) against the owners.

An organization's maintainers change its folder `orgs/<id>/`; the bureau's maintainers (named in
site_config.yml) change everything; the other organizations a change names are listed for the
reviewers (workflow/named.py). What the base version says decides: a pull request cannot grant
its author rights by editing maintainers or bureau_maintainers, because the old versions of those
files are read from git (`git show <base>:<path>`).
"""

from __future__ import annotations

import os
import posixpath
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from generator.findings import Report
from generator.input.config import CONFIG_FILE, plugin_options
from generator.input.fieldtypes import LOGIN_PATTERN
from generator.input.records import BUREAU_OWNED_KEYS
from generator.input.textfile import RECORD_MAX_BYTES, decode
from generator.input.yamlio import YamlDocument, load_text
from generator.workflow.call_owners import call_folder_maintainers, may_change_call
from generator.workflow.explained import review_notes
from generator.workflow.gitread import ChangeError, blob, exists_at, run_git, show
from generator.workflow.named import note_named

DEFAULT_BASE = "origin/main"

_LOGIN = re.compile(LOGIN_PATTERN)
_STATUS = re.compile(r"^(?P<letter>[AMDRCTU])(?P<score>\d{0,3})$")
_YAML_SUFFIXES = (".yml", ".yaml")


@dataclass(frozen=True)
class Change:
    """One line of `git diff --name-status -M`: A, M or D a path, or R(ename) old_path to path."""

    status: str
    path: str
    old_path: str | None = None


# -- reading a change set ----------------------------------------------------------------------


def parse_changes(text: str) -> list[Change]:
    """Lines of `git diff --name-status -M` (tab-separated, or `R old new` with spaces)."""
    changes = []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        fields = line.split("\t") if "\t" in line else line.split()
        match = _STATUS.match(fields[0].strip())
        if not match:
            raise ChangeError(
                f"改动清单第 {number} 行无法识别：{line!r}，应为“M 路径”“A 路径”“D 路径”或“R 旧路径 新路径”"
                f" (change list line {number} is not `M|A|D path` or `R old new`)"
            )
        letter = match["letter"]
        paths = [_unquote(field) for field in fields[1:]]
        expected = 2 if letter in "RC" else 1
        if len(paths) != expected or not all(paths):
            raise ChangeError(
                f"改动清单第 {number} 行应有 {expected} 个路径：{line!r}"
                f" (change list line {number} needs {expected} path(s))"
            )
        changes.append(_change(letter, [_normal(p) for p in paths]))
    return changes


def _change(letter: str, paths: list[str]) -> Change:
    if letter == "R":
        return Change("R", paths[1], paths[0])
    if letter == "C":  # a copy adds its target
        return Change("A", paths[1])
    return Change({"T": "M", "U": "M"}.get(letter, letter), paths[0])


def _unquote(field: str) -> str:
    """git quotes unusual paths C-style ("orgs/a/\\345\\220\\210.jpg"); undo that."""
    field = field.strip()
    if not (len(field) >= 2 and field.startswith('"') and field.endswith('"')):
        return field
    body, out, index = field[1:-1], bytearray(), 0
    simple = {"n": "\n", "t": "\t", '"': '"', "\\": "\\", "a": "\a", "b": "\b", "f": "\f"}
    simple |= {"r": "\r", "v": "\v"}
    while index < len(body):
        char = body[index]
        if char == "\\" and index + 1 < len(body):
            following = body[index + 1]
            octal = body[index + 1 : index + 4]
            if re.fullmatch(r"[0-7]{3}", octal):
                out.append(int(octal, 8))
                index += 4
                continue
            out += simple.get(following, following).encode("utf-8")
            index += 2
            continue
        out += char.encode("utf-8")
        index += 1
    return out.decode("utf-8", errors="replace")


def _normal(path: str) -> str:
    clean = posixpath.normpath(path.replace("\\", "/"))
    if clean.startswith(("/", "../")) or clean in ("..", "."):
        raise ChangeError(f"路径不在仓库中 (path outside the repository): {path}")
    return clean


# -- git -----------------------------------------------------------------------------------------


def resolve_base(root: Path, base: str | None) -> str:
    """The commit to compare with: the given one, else origin/main if it exists, else HEAD."""
    inside = run_git(root, "rev-parse", "--is-inside-work-tree")
    if inside.returncode != 0 or inside.stdout.strip() != b"true":
        raise ChangeError(f"{root} 不是 git 仓库 (not a git repository)")
    candidates = [base] if base else [DEFAULT_BASE, "HEAD"]
    for candidate in candidates:
        if candidate.startswith("-"):
            break
        found = run_git(root, "rev-parse", "--verify", "--quiet", f"{candidate}^{{commit}}")
        if found.returncode == 0:
            return found.stdout.decode().strip()
    raise ChangeError(
        f"找不到基准版本 {base or 'origin/main 或 HEAD'} (no such revision: {base or 'origin/main, HEAD'})"
    )


def changes_from_git(root: Path, base: str, head: str | None = None) -> list[Change]:
    """What the working tree (or the commit head, from where it left base) changes against base:
    `git diff -M`, plus, for the working tree, files git does not track yet."""
    since = [f"{base}...{head}"] if head else [base]
    diff = run_git(root, "diff", "--name-status", "-z", "-M", "--relative", *since, "--")
    if diff.returncode != 0:
        raise ChangeError(
            f"git diff 失败 (git diff failed): {diff.stderr.decode(errors='replace')}"
        )
    tokens = [t.decode("utf-8", errors="replace") for t in diff.stdout.split(b"\0") if t]
    changes, index = [], 0
    while index < len(tokens):
        match = _STATUS.match(tokens[index])
        if not match:
            raise ChangeError(
                f"无法理解 git diff 的输出 (unexpected git diff output): {tokens[index]}"
            )
        count = 2 if match["letter"] in "RC" else 1
        paths = [_normal(p) for p in tokens[index + 1 : index + 1 + count]]
        changes.append(_change(match["letter"], paths))
        index += 1 + count
    if head:
        return changes
    untracked = run_git(root, "ls-files", "-z", "--others", "--exclude-standard")
    for raw in untracked.stdout.split(b"\0"):
        if raw:
            changes.append(Change("A", _normal(raw.decode("utf-8", errors="replace"))))
    return changes


def changes_for_paths(root: Path, base: str, paths: Sequence[str]) -> list[Change]:
    """Changes for files named by the user (repository-relative): added, modified or deleted."""
    changes = []
    for raw in paths:
        path = _normal(raw)
        on_disk = root / path
        if on_disk.is_dir():
            listed = run_git(root, "ls-tree", "-r", "-z", "--name-only", base, "--", f"./{path}")
            old = {p.decode("utf-8", errors="replace") for p in listed.stdout.split(b"\0") if p}
            new = {
                (Path(folder) / name).relative_to(root).as_posix()
                for folder, _, names in os.walk(on_disk)
                for name in names
            }
            changes += [Change("A" if p not in old else "M", p) for p in sorted(new)]
            changes += [Change("D", p) for p in sorted(old - new)]
            continue
        before, now = exists_at(root, base, path), on_disk.exists()
        if not before and not now:
            raise ChangeError(f"找不到 (not found, now or in the base): {raw}")
        changes.append(Change("M" if before and now else ("A" if now else "D"), path))
    return changes


# -- judging a change set ------------------------------------------------------------------------


def org_of(path: str) -> str | None:
    """The organization whose folder holds path (orgs/<id>/...), or None."""
    parts = path.split("/")
    return parts[1] if len(parts) >= 3 and parts[0] == "orgs" and parts[1] else None


@dataclass
class _Maintainers:
    logins: list[str]
    document: YamlDocument | None = None

    def has(self, login: str) -> bool:
        return login.lower() in {m.lower() for m in self.logins}

    def line(self) -> tuple[int, int]:
        return self.document.at(("maintainers",)) if self.document else (1, 1)


def _maintainers_in(raw: bytes | None, rel: str) -> _Maintainers | None:
    """maintainers of an org.yml's text, leniently read; None when the file cannot be read."""
    if raw is None:
        return None
    scratch = Report()
    text = decode(raw, rel=rel, report=scratch)
    document = load_text(text, rel=rel, report=scratch) if text is not None else None
    if document is None or not isinstance(document.data, dict):
        return None
    value = document.data.get("maintainers")
    values = [value] if isinstance(value, str) else value if isinstance(value, list) else []
    return _Maintainers([v.strip() for v in values if isinstance(v, str) and v.strip()], document)


def bureau_maintainers(root: Path, base: str) -> list[str]:
    """bureau_maintainers as site_config.yml says in the base commit (never as the change says)."""
    raw = show(root, base, CONFIG_FILE)
    if raw is None:
        return []
    scratch = Report()
    text = decode(raw, rel=CONFIG_FILE, report=scratch)
    document = load_text(text, rel=CONFIG_FILE, report=scratch) if text is not None else None
    if document is None or not isinstance(document.data, dict):
        return []
    options, _ = plugin_options(document.data)
    value = (options or {}).get("bureau_maintainers") or []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


class _Judge:
    """Applies the ownership rules to one change set."""

    def __init__(
        self, root: Path, base: str, author: str, report: Report, head: str | None = None
    ) -> None:
        self.root, self.base, self.author, self.report = root, base, author, report
        self.head = head  # read the changed files from this commit (as data), not the work tree
        self.is_bureau = author.lower() in {b.lower() for b in bureau_maintainers(root, base)}
        self.call_folders = call_folder_maintainers(root, base)  # streets' folders of calls

    def judge(self, changes: Sequence[Change]) -> None:
        touched: dict[str, list[str]] = {}
        refused_paths: set[str] = set()
        for change in changes:
            sides = [change.path] if change.old_path is None else [change.old_path, change.path]
            if change.old_path is not None:
                self._check_move(change)
            for path in sides:
                org = org_of(path)
                if org is not None:
                    touched.setdefault(org, [])
                    if path not in touched[org]:
                        touched[org].append(path)
                elif not (
                    self.is_bureau
                    or path in refused_paths
                    or may_change_call(path, self.author, self.call_folders)
                ):
                    refused_paths.add(path)
                    self.report.add("bureau-only-path", path, file=path, author=self.author)
            if change.status != "D" and (org := org_of(change.path)):
                self._check_bureau_facts(change.path)
                old = change.old_path or change.path
                note_named(change.path, org, now=self._read(change.path), report=self.report,
                           before=lambda old=old: show(self.root, self.base, old))  # fmt: skip
        if not self.is_bureau:
            for org, paths in sorted(touched.items()):
                self._check_org(org, paths)

    def _check_move(self, change: Change) -> None:
        old_org, new_org = org_of(change.old_path or ""), org_of(change.path)
        if old_org and new_org and old_org != new_org and not self.is_bureau:
            self.report.add(
                "move-across-orgs", change.path, org=old_org, other=new_org, file=change.old_path
            )

    def _check_org(self, org: str, paths: list[str]) -> None:
        profile = f"orgs/{org}/org.yml"
        existed = run_git(self.root, "cat-file", "-e", f"{self.base}:./orgs/{org}").returncode == 0
        now = _maintainers_in(self._read(profile), profile)
        if not existed:
            if now is None or not now.has(self.author):
                line, column = now.line() if now else (1, 1)
                where = profile if self._exists(profile) else paths[0]
                self.report.add(
                    "new-org-without-author", where, line, column, org=org, author=self.author
                )
            return
        before = _maintainers_in(show(self.root, self.base, profile), profile) or _Maintainers([])
        if not before.has(self.author):
            self.report.add(
                "not-maintainer", min(paths), org=org, author=self.author, count=len(paths)
            )
            if profile in paths and _changed(before, now):
                line, column = now.line() if now else (1, 1)
                self.report.add(
                    "maintainers-foreign", profile, line, column, org=org, author=self.author
                )
            return
        deleted = not self._exists(profile)
        if profile in paths and (deleted or (now is not None and not now.logins)):
            line, column = now.line() if now else (1, 1)
            self.report.add("last-maintainer", profile, line, column, org=org)

    def _check_bureau_facts(self, path: str) -> None:
        if not path.endswith(_YAML_SUFFIXES):
            return
        raw = self._read(path)
        if raw is None:
            return
        scratch = Report()
        text = decode(raw, rel=path, report=scratch)
        document = load_text(text, rel=path, report=scratch) if text is not None else None
        if document is None or not isinstance(document.data, dict):
            return
        for key in document.data:
            if key in BUREAU_OWNED_KEYS:
                line, column = document.at((key,))
                self.report.add("bureau-fact-in-org", path, line, column, field=key)

    def _exists(self, path: str) -> bool:
        if self.head:
            return exists_at(self.root, self.head, path)
        return (self.root / path).exists()

    def _read(self, path: str) -> bytes | None:
        """A changed file as it is now; None when absent, a symlink or too large for a record."""
        if self.head:
            return blob(self.root, self.head, path)
        target = self.root / path
        try:
            if not target.is_file() or target.is_symlink():
                return None
            if target.stat().st_size > RECORD_MAX_BYTES:  # validate reports it (file-too-large)
                return None
            return target.read_bytes()
        except OSError:
            return None


def _changed(before: _Maintainers, now: _Maintainers | None) -> bool:
    if now is None:
        return True
    return sorted(m.lower() for m in before.logins) != sorted(m.lower() for m in now.logins)


def check_changes(
    root: Path, *, author: str, base: str, changes: Sequence[Change], head: str | None = None
) -> Report:
    """Findings for every change the author may not make; an empty report means allowed. With
    head, the changed files are read from that commit with `git show` (data only, never a work
    tree), and the review notes, which load the whole site, are left to the unprivileged run."""
    if not _LOGIN.match(author):
        raise ChangeError(f"账号“{author}”格式不对 (not a valid login)")
    report = Report(files_checked=len({c.path for c in changes}))
    _Judge(root, base, author, report, head).judge(changes)
    if head is None:
        review_notes(root, changes, report)  # explained figures, for the bureau's reviewers
    return report


def run_check(
    root: Path,
    *,
    author: str,
    base: str | None = None,
    changes_file: str | None = None,
    paths: Sequence[str] = (),
    head: str | None = None,
) -> Report:
    """`gongshi check-changes`: read the change set the way it was given, then judge it."""
    resolved = resolve_base(root, base)
    head = resolve_base(root, head) if head else None
    if head and paths:
        raise ChangeError("--head 与文件列表不能同用 (--head takes no file list)")
    if changes_file:
        try:
            text = (
                sys.stdin.read() if changes_file == "-" else Path(changes_file).read_text("utf-8")
            )
        except (OSError, UnicodeDecodeError) as error:
            raise ChangeError(f"无法读取改动清单 (cannot read the change list): {error}") from None
        changes = parse_changes(text)
    elif paths:
        changes = changes_for_paths(root, resolved, paths)
    else:
        changes = changes_from_git(root, resolved, head)
    return check_changes(root, author=author, base=resolved, changes=changes, head=head)
