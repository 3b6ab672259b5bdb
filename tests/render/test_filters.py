"""The templates' filters: record Markdown rendered safely, and its plain-prose shortcut."""

from __future__ import annotations

import datetime
import json

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render import filters as render
from generator.views.jsonld import StructuredData

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


def test_structured_data_is_written_as_a_dict_of_it_would_be() -> None:
    """A page's JSON-LD, made into text with its view (StructuredData), is written exactly as
    the same dict given by a theme override; text cannot close the script either way."""
    data = {
        "name": "柳岸</script><script>alert(1)</script>",
        "foundingDate": datetime.date(2019, 3, 1),
        "event": [{"@type": "Event", "name": "A & B > C"}],
        "@context": "https://schema.org",
    }
    written = render.json_ld(StructuredData.of(data))
    assert written == render.json_ld(data)
    body = written.removeprefix('<script type="application/ld+json">').removesuffix("</script>")
    assert "<" not in body and ">" not in body and "&" not in body
    assert json.loads(body) == {**data, "foundingDate": "2019-03-01"}
    assert list(json.loads(body)) == sorted(data)  # keys in order: the same text every build
