"""content/policies/: the policy explainers, Markdown with their facts in a YAML front matter."""

from __future__ import annotations

from generator.findings import Report
from generator.input.recordcache import RecordCache
from generator.input.records import Policy
from generator.input.textfile import read_file, split_front_matter
from generator.input.validation import validate_record
from generator.input.yamlio import load_text
from generator.model.load_calls import KNOWN_KEYS
from generator.model.site import RECORD_ID, Entry, PolicyPage, Site


def load_policies(site: Site, report: Report, context: RecordCache) -> None:
    """Every policy page but the index, its front matter validated, by its file's stem."""
    folder = site.root / "content" / "policies"
    if not folder.is_dir():
        return
    for path in sorted(folder.glob("*.md")):
        if path.name in ("index.md", "README.md"):
            continue
        rel = f"content/policies/{path.name}"
        report.files_checked += 1
        text = read_file(path, rel=rel, report=report)
        if text is None:
            continue
        front, body, offset = split_front_matter(text)
        if front is None:
            report.add(
                "missing-field",
                rel,
                1,
                1,
                fields="文件头（--- 之间的 title、issuer 等）",
                where_zh="文件开头",
                where_en="at the top",
            )
            continue
        document = load_text(
            front, rel=rel, report=report, line_offset=offset, known_keys=KNOWN_KEYS
        )
        if document is None:
            continue
        record, _ = validate_record(Policy, document, report, context=context.context)
        if not RECORD_ID.match(path.stem):
            report.add(
                "bad-filename",
                rel,
                name=path.name,
                hint_zh="文件名只用小写字母、数字和连字符",
                hint_en="lowercase letters, digits, hyphens",
            )
            continue
        if record:
            site.policies[path.stem] = PolicyPage(Entry(path.stem, rel, document, record), body)
