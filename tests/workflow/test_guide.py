"""CONTRIBUTING.md and the site's contributing page: the finding table is generated, never stale."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import markdown
import pytest
import yaml
from mkdocs.utils.meta import get_data

from generator.cli import main
from generator.media import formats, images
from generator.messages import MESSAGES, Message
from generator.workflow import guide
from tests.conftest import REPO


def test_contributing_and_site_page_are_up_to_date() -> None:
    for rel, text in guide.expected(REPO).items():
        current = (REPO / rel).read_text(encoding="utf-8")
        assert current == text, f"{rel} 不是最新的：运行 make guide (out of date: run make guide)"


def test_every_code_and_topic_is_in_the_guide() -> None:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    table = text[text.index(guide.START) : text.index(guide.END)]
    for code in MESSAGES:
        assert f"| `{code}` |" in table, code
    for topic in {message.topic for message in MESSAGES.values()}:
        assert f"### {topic} ({guide.TOPIC_EN[topic]})" in table
    assert table.index("### 权限 (Permissions)") > table.index("### 照片 (Photos)")


def test_table_cells_are_escaped_and_fields_named() -> None:
    messages = {
        "demo-code": Message(
            "warning",
            "“{field}”写在 content/annual/<年份>.yml 里 | A*B_{suggest_zh}",
            "see `gongshi new org {org}` & <YEAR>{suggest_en}",
            "{hint_zh}",
            "{hint_en}",
            "权限",
        )
    }
    table = guide.findings_table(messages)
    row = next(line for line in table.splitlines() if line.startswith("| `demo-code`"))
    assert row == (
        "| `demo-code` | 警告<br>warning | “‹field›”写在 content/annual/&lt;年份&gt;.yml 里 \\| A\\*B\\_"
        "<br>(see `gongshi new org ‹org›` &amp; &lt;YEAR&gt;) | 随问题给出<br>(given with the finding) |"
    )


def _site_markdown() -> markdown.Markdown:
    config = yaml.safe_load((REPO / "site_config.yml").read_text(encoding="utf-8"))
    names, options = [], {}
    for entry in config["markdown_extensions"]:
        name, settings = next(iter(entry.items())) if isinstance(entry, dict) else (entry, None)
        names.append(name)
        if settings:
            options[name] = settings
    return markdown.Markdown(extensions=names, extension_configs=options)


def test_site_page_renders_with_the_sites_markdown_extensions() -> None:
    source = (REPO / guide.PAGE_FILE).read_text(encoding="utf-8")
    body, meta = get_data(source)
    assert meta == {"title": "参与和提交"}
    html = _site_markdown().convert(body)
    topics = {message.topic for message in MESSAGES.values()}
    # + the folder, scaffold, old shapes, registers and plausibility tables, and the allowed values
    allowed = len(guide.CHOICE_FIELDS) + len(guide.ENUM_FIELDS)
    assert html.count("<table>") == len(topics) + 5 + allowed
    assert html.count("<h1") == 1 and html.count("<pre><code>") == 33  # indented code blocks
    for block in re.finditer("<pre><code>", html):  # none swallowed into a list item
        before = html[: block.start()]
        assert before.count("<li>") == before.count("</li>"), html[
            block.start() : block.start() + 40
        ]
    assert "```" not in source  # the site has no fenced_code extension
    assert "<li>" not in html[html.index("<pre><code>photos:") - 30 : html.index("photos:")]
    assert "findings:start" not in html and "{" not in re.sub(
        r"<pre>.*?</pre>", "", html, flags=re.S
    )
    assert "<td><code>not-maintainer</code></td>" in html
    assert "orgs/&lt;本机构编号&gt;/" in html  # shown, not swallowed as an HTML tag
    assert "\\*" not in html and "\\_" not in html


def test_the_limits_the_guide_states_are_the_codes() -> None:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    assert f"不超过 {formats.MAX_BYTES >> 20} MB" in text
    assert f"至少 {images.MIN_PHOTO_WIDTH} 像素" in text
    assert f"{formats.MAX_PIXELS // 10_000} 万像素" in text


def test_guide_command_checks_and_writes(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (REPO / "CONTRIBUTING.md").read_text(encoding="utf-8")
    stale = (
        text[: text.index(guide.START) + len(guide.START)] + "\n" + text[text.index(guide.END) :]
    )
    (site_copy / "CONTRIBUTING.md").write_text(stale, encoding="utf-8")
    assert main(["-C", str(site_copy), "guide", "--check"]) == 1
    assert not (site_copy / guide.PAGE_FILE).exists()
    assert main(["-C", str(site_copy), "guide"]) == 0
    assert main(["-C", str(site_copy), "guide", "--check"]) == 0
    assert (site_copy / "CONTRIBUTING.md").read_text(encoding="utf-8") == text
    page = (site_copy / guide.PAGE_FILE).read_text(encoding="utf-8")
    assert page == (REPO / guide.PAGE_FILE).read_text(encoding="utf-8")
    assert "不是最新的" in capsys.readouterr().err


def test_guide_without_markers_is_a_usage_error(
    site_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["-C", str(site_copy), "guide"]) == 2  # no CONTRIBUTING.md at all
    shutil.copy(REPO / "README.md", site_copy / "CONTRIBUTING.md")
    assert main(["-C", str(site_copy), "guide"]) == 2
    assert "findings:start" in capsys.readouterr().err
