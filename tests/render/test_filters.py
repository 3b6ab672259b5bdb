"""The templates' filters: record Markdown rendered safely, and its plain-prose shortcut."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render import filters as render

PIECES = [
    *"养老服务社区志愿者，。、；：“”（）！？—…《》abcXYZ0123456789 ,;'\"?%/@$^",
    *["\n", "\n\n", "\n \n", "\u3000", "\u00a0", "\u2028", "\x85", "\u200b", "😀", "\t"],
    *["*", "1.", "-", "&", "<", "  \n"],
]
PROSE = st.lists(st.sampled_from(PIECES), max_size=60).map("".join)


@settings(max_examples=3000, deadline=None)
@given(PROSE)
def test_plain_prose_shortcut_equals_markdown(text: str) -> None:
    """Plain paragraphs skip Python-Markdown; whatever the text, the result is the full path's."""
    assert render.markdown(text) == render.full_markdown(text)
