"""How the search index weighs what it holds: the sections of a page's search document.

Pagefind scores a page by the words of the query it holds, each occurrence counted with the
weight of the element it is in (`data-pagefind-weight`, 0–10, default 1). gongshi writes every
page's words into weighted sections, so that what identifies a page counts more than what
merely mentions it (RANKING in generator.search says why, with the measured figures).
"""

from __future__ import annotations

NAME_WEIGHT = 10.0  # an organization's name, short name and former names
FIELD_WEIGHT = 8.0  # an organization's service fields
ORG_TEXT_WEIGHT = 1.0  # the rest of an organization's page: its story, purpose, area…
TITLE_WEIGHT = 1.5  # a project's or an activity's title
MENTION_WEIGHT = 0.5  # the rest of a project's or an activity's page


def sections(*parts: tuple[float, str]) -> str:
    """The body of a search document: each (weight, words) as a paragraph of that weight
    (words are ASCII tokens: nothing to escape); empty sections are left out."""
    out = []
    for weight, text in parts:
        if not text:
            continue
        if weight == 1:
            out.append(f"<p>{text}</p>")
        else:
            out.append(f'<p data-pagefind-weight="{weight:g}">{text}</p>')
    return "".join(out)
