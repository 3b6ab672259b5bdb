"""Chinese names in pinyin: the sort key of the directory's name order, and the syllable of each
character the submission form uses for an activity's file name (pypinyin's data, never a table
kept by hand)."""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from pypinyin import Style, lazy_pinyin, pinyin_dict

# A key sorts syllable by syllable (安 an1 before 昂 ang2, 秦 qin2 before 青 qing1): syllables
# with their tone joined by "-", then a space and the name itself so that two names of the same
# sound keep one order. The space sorts before "-", and "-" before every letter and digit, so a
# shorter name comes before a longer one that starts with it.
SYLLABLES = "-"
END = " "


def sort_key(name: str) -> str:
    """The key that sorts names in pinyin order (Pagefind compares it as text)."""
    syllables = lazy_pinyin(name, style=Style.TONE3, neutral_tone_with_five=True)
    return SYLLABLES.join(s.strip().lower() for s in syllables) + END + name


@lru_cache(maxsize=1)
def syllable_table() -> dict[str, str]:
    """The common Han characters by their first reading, without tone: {"yang": "阳杨羊…"}.
    About 21,000 characters in 400 syllables (~70 KB), loaded by the form only when needed.
    Read from pypinyin's table directly (its reading of one character at a time costs a second
    for all of them; this, 30 ms); ü is written v, as pypinyin's plain style does."""
    table: dict[str, list[str]] = {}
    for codepoint in range(0x4E00, 0xA000):
        readings = pinyin_dict.pinyin_dict.get(codepoint)
        if not readings:
            continue
        first = unicodedata.normalize("NFD", readings.split(",")[0]).replace("u\u0308", "v")
        plain = "".join(c for c in first if c.isascii()).lower()
        if plain.isalpha():
            table.setdefault(plain, []).append(chr(codepoint))
    return {syllable: "".join(chars) for syllable, chars in sorted(table.items())}
