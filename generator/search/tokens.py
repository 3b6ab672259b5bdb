"""Chinese as search words: every run of Chinese as overlapping character pairs, encoded as ASCII.

Why not let Pagefind segment Chinese itself (measured on this machine): Pagefind 1.5 segments the
pages with a dictionary (jieba) at build time but the query with the browser's Intl.Segmenter, and
the two disagree (Pagefind issue #1237): recall of two-character words fell to 96%, with words such
as 助残 and 邻里 losing most of their pages; Pagefind 1.4 agrees better but its segmenting indexer
slows down superlinearly (8,263 pages: 1,030 s, against 14 s for 1.5), and 1.5 writes different
files for identical input. So gongshi indexes every run of Chinese as overlapping character pairs,
the way search engines index CJK without a dictionary, encoded as plain ASCII words, with Pagefind
1.4 (deterministic); the browser turns a query into the same words
(generator/templates/assets/gongshi/search.js mirrors this module; a test keeps them equal), so
both sides always agree: any run of two or more characters is found, whatever the words.
"""

from __future__ import annotations

import re

_WORD = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+|[0-9A-Za-z]+")

_LETTERS = "abcdefghijklmnopqrstuvwxyz"

_CODES: dict[int, str] = {}  # code point → four letters, for str.translate()


def _codes() -> dict[int, str]:
    """Every Chinese character _WORD matches as four lowercase letters (base 26 of its code point): the
    table str.translate() turns a run of Chinese into its codes with, in C (28,096 entries, made
    once a process from the 676 pairs of letters, ~6 ms; a lookup per character in Python cost
    8 times as much). Made aside and published whole: the indexer's threads may ask for it at the
    same moment, and one that read a half-made table left characters untranslated."""
    global _CODES
    if not _CODES:
        pairs = [first + second for first in _LETTERS for second in _LETTERS]
        _CODES = {
            number: pairs[number // 676 % 676] + pairs[number % 676]
            for first, last in ((0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF))
            for number in range(first, last + 1)
        }
    return _CODES


def tokens(text: str) -> list[str]:
    """Search tokens of a text: Latin words and numbers as themselves (lowercase), each run of
    Chinese as its overlapping pairs of characters ("y" + codes; a lone character as "y" + code).
    search.js implements the same function for queries (a one-character query matches as a prefix
    of the pairs that start with it); tests check that the two agree."""

    out: list[str] = []
    for match in _WORD.finditer(text):
        run = match.group(0)
        if run[0] < "\u3400":  # _WORD's runs are all Chinese or all Latin letters and digits
            out.append(run.lower())
            continue
        codes = run.translate(_CODES or _codes())  # four letters a character
        if len(run) == 1:
            out.append("y" + codes)  # a lone character: found as the start of its pairs too
        else:  # character i and i + 1: codes[4i : 4i + 8]
            out.extend(["y" + codes[i : i + 8] for i in range(0, len(codes) - 4, 4)])
    return out


def words(title: str, text: str) -> str:
    """What Pagefind indexes of a page: the tokens of its title and text, space-separated."""
    return " ".join(tokens(f"{title} {text}"))
