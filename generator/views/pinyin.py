"""Chinese names in pinyin: the sort key of the directory's name order, and the syllable of each
character the submission form uses for an activity's file name (pypinyin's data, never a table
kept by hand).

pypinyin loads its phrase dictionary on import: half a second, a third of a build's start-up on
the example. So it is imported only when a name's key is not known yet: the keys and the syllable
table of earlier builds are kept in the cache folder (`recall` before the catalog, `keep` after
the build), checked on reading and tied to gongshi's code and pypinyin's version. A rebuild in
the same process (`gongshi serve`) keeps them in memory."""

from __future__ import annotations

import functools
import importlib.metadata
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import ClassVar

from generator.fingerprint import code_digest, digest, read_json, write_json

# A key sorts syllable by syllable (安 an1 before 昂 ang2, 秦 qin2 before 青 qing1): syllables
# with their tone joined by "-", then a space and the name itself so that two names of the same
# sound keep one order. The space sorts before "-", and "-" before every letter and digit, so a
# shorter name comes before a longer one that starts with it.
SYLLABLES = "-"
END = " "
FORMAT = 1


class _Known:
    """The keys and the table worked out so far, and whether any is new since `recall`."""

    keys: ClassVar[dict[str, str]] = {}
    syllables: ClassVar[dict[str, str] | None] = None
    changed: ClassVar[bool] = False


def sort_key(name: str) -> str:
    """The key that sorts names in pinyin order (Pagefind compares it as text)."""
    key = _Known.keys.get(name)
    if key is None:
        pypinyin = _pypinyin()
        syllables = pypinyin.lazy_pinyin(
            name, style=pypinyin.Style.TONE3, neutral_tone_with_five=True
        )
        key = SYLLABLES.join(s.strip().lower() for s in syllables) + END + name
        _Known.keys[name] = key
        _Known.changed = True
    return key


def syllable_table() -> dict[str, str]:
    """The common Han characters by their first reading, without tone: {"yang": "阳杨羊…"}.
    About 21,000 characters in 400 syllables (~70 KB), loaded by the form only when needed.
    Read from pypinyin's table directly (its reading of one character at a time costs a second
    for all of them; this, 30 ms); ü is written v, as pypinyin's plain style does."""
    if _Known.syllables is None:
        table: dict[str, list[str]] = {}
        readings_of = _pypinyin().pinyin_dict.pinyin_dict
        for codepoint in range(0x4E00, 0xA000):
            readings = readings_of.get(codepoint)
            if not readings:
                continue
            first = unicodedata.normalize("NFD", readings.split(",")[0]).replace("u\u0308", "v")
            plain = "".join(c for c in first if c.isascii()).lower()
            if plain.isalpha():
                table.setdefault(plain, []).append(chr(codepoint))
        _Known.syllables = {s: "".join(chars) for s, chars in sorted(table.items())}
        _Known.changed = True
    return _Known.syllables


def recall(cache_dir: Path | None) -> None:
    """Take the keys and the table an earlier build kept in cache_dir (None: no cache), when
    they were made by this code from this pypinyin; anything unexpected and they are worked out
    again."""
    if cache_dir is None:
        return
    stored = read_json(cache_dir / "pinyin.json")
    if not isinstance(stored, dict) or stored.get("made_by") != _maker():
        return
    keys, table = stored.get("keys"), stored.get("syllables")
    if isinstance(keys, dict) and all(
        isinstance(name, str) and isinstance(key, str) and key.endswith(END + name)
        for name, key in keys.items()
    ):
        _Known.keys = {**keys, **_Known.keys}
    if (
        _Known.syllables is None
        and isinstance(table, dict)
        and len(table) > 300  # about 400 syllables
        and all(isinstance(s, str) and isinstance(c, str) and c for s, c in table.items())
    ):
        _Known.syllables = table


def keep(cache_dir: Path | None) -> None:
    """Store what this build worked out for the next one (nothing when nothing is new)."""
    if cache_dir is None or not _Known.changed:
        return
    value = {"made_by": _maker(), "keys": _Known.keys, "syllables": _Known.syllables}
    try:
        write_json(cache_dir / "pinyin.json", value)
    except OSError:
        return  # a cache that cannot be written costs the next build half a second, no more
    _Known.changed = False


@functools.cache
def _maker() -> str:
    return digest(str(FORMAT), code_digest(), importlib.metadata.version("pypinyin"))


@functools.cache
def _pypinyin() -> ModuleType:
    import pypinyin  # half a second: only for a name no earlier build has seen
    import pypinyin.pinyin_dict

    return pypinyin
