"""How the search index weighs what it holds: the sections of a page's search document.

Pagefind scores a page by the words of the query it holds, each occurrence counted with the
weight of the element it is in (`data-pagefind-weight`, 0–10, default 1). gongshi writes every
page's words into weighted sections, so that what identifies a page counts more than what
merely mentions it (RANKING in generator.search says why, with the measured figures).

A word counts at most REPEATS times in a section: Pagefind's score saturates after a few
occurrences anyway (BM25), while every occurrence is a location the browser downloads, scores and
passes from the WebAssembly to the script for every page that holds the word — a city's
organization pages said 社区 15 times each (73,000 locations, 180 ms a search for 社区 at 5,000
organizations; 2 a section: 70 ms). A story repeating a word no longer ties with a name holding
it once.
"""

from __future__ import annotations

NAME_WEIGHT = 10.0  # an organization's name, short name and former names
FIELD_WEIGHT = 8.0  # an organization's service fields
ORG_TEXT_WEIGHT = 1.0  # the rest of an organization's page: its story, purpose, area…
TITLE_WEIGHT = 1.5  # a project's or an activity's title
MENTION_WEIGHT = 0.5  # the rest of a project's or an activity's page
REPEATS = 2  # the occurrences of a word that count in one section


def sections(*parts: tuple[float, str]) -> str:
    """The body of a search document: each (weight, words) as a paragraph of that weight, a word
    at most REPEATS times (words are ASCII tokens: nothing to escape); empty sections are left
    out."""
    out = []
    for weight, words in parts:
        seen: dict[str, int] = {}
        kept = []
        for word in words.split():
            seen[word] = seen.get(word, 0) + 1
            if seen[word] <= REPEATS:
                kept.append(word)
        text = " ".join(kept)
        if not text:
            continue
        if weight == 1:
            out.append(f"<p>{text}</p>")
        else:
            out.append(f'<p data-pagefind-weight="{weight:g}">{text}</p>')
    return "".join(out)
