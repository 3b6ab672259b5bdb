"""Chinese line breaks: a soft break between two Chinese characters adds no space, in record
Markdown and in the hand-written pages alike; between Latin words it stays."""

from __future__ import annotations

import markdown
import pytest

from generator.engine.theme import LINE_BREAKS_EXTENSION
from generator.render import filters, linebreaks

CASES = [
    ("打工，\n老人", "<p>打工，老人</p>"),
    ("登记。\n我们运营", "<p>登记。我们运营</p>"),
    ("社区\n社会组织", "<p>社区社会组织</p>"),
    ("他说：\n“你好”", "<p>他说：“你好”</p>"),
    ("养 \n老", "<p>养老</p>"),  # a stray space at the end of the line goes too
    ("hello\nworld", "<p>hello\nworld</p>"),  # Latin words keep their space
    ("服务\nAI 课堂", "<p>服务\nAI 课堂</p>"),  # Chinese and Latin: kept
    ("2024 年\n5 月", "<p>2024 年\n5 月</p>"),
    ("打工，\n**老人**来了", "<p>打工，<strong>老人</strong>来了</p>"),
    ("**打工**\n老人", "<p><strong>打工</strong>老人</p>"),
    ("a\n\n中\n文", "<p>a</p>\n<p>中文</p>"),
]


@pytest.mark.parametrize(("text", "html"), CASES)
def test_record_markdown_joins_chinese_lines(text: str, html: str) -> None:
    assert str(filters.markdown(text)) == html
    assert str(filters.full_markdown(text)) == html


@pytest.mark.parametrize(("text", "html"), CASES)
def test_content_pages_join_chinese_lines(text: str, html: str) -> None:
    """The extension MkDocs is given for content/ pages does the same."""
    assert markdown.markdown(text, extensions=[LINE_BREAKS_EXTENSION]) == html


def test_code_keeps_its_lines() -> None:
    html = markdown.markdown(
        "```\n中\n文\n```\n\n    缩进\n    代码", extensions=[LINE_BREAKS_EXTENSION, "fenced_code"]
    )
    assert "中\n文" in html
    assert "缩进\n代码" in html


def test_lists_and_tables_join_too() -> None:
    html = markdown.markdown(
        "- 第一项\n  接着写\n\n| 列 |\n|---|\n| 单元 |",
        extensions=[LINE_BREAKS_EXTENSION, "tables"],
    )
    assert "<li>第一项接着写</li>" in html


def test_join_lines_only_between_chinese() -> None:
    assert linebreaks.join_lines("一\n二\nthree\nfour\n五") == "一二\nthree\nfour\n五"
