"""Privacy of free text: no ID-card numbers, personal mobiles or e-mail addresses in what is published.

Codes, file names and contacts are not free text (the contact phone has its own, milder check).
"""

from __future__ import annotations

import re
from typing import Any

from generator.findings import Report
from generator.input.codes import is_id_card
from generator.input.fielderrors import dotted
from generator.input.yamlio import YamlDocument

_ID_CARD = re.compile(
    r"(?<![0-9A-Za-z])([1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx])(?![0-9A-Za-z])"
)
_MOBILE = re.compile(r"(?<![0-9])(?:\+?86[- ]?)?1[3-9]\d(?:[- ]?\d{4}){2}(?![0-9])")
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_PURE_NUMBER = re.compile(r"^[\d.,，\s]+$")
_FOUR_DIGITS = re.compile(r"\d{4}")
# Keys whose values are codes, file names or contacts, not free text.
_NOT_FREE_TEXT = frozenset(
    {
        "uscc",
        "filing_no",
        "reference",
        "index_no",
        "doc_number",
        "contact",
        "maintainers",
        "file",
        "logo",
        "cover",
        "url",
        "website",
        "source_url",
        "color",
        "geo",
    }
)


def _strings(data: Any, path: tuple = ()) -> list[tuple[tuple, str]]:
    """(location, text) of every free-text string, depth first, in document order."""
    found: list[tuple[tuple, str]] = []
    _collect_strings(data, path, found)
    return found


def _collect_strings(data: Any, path: tuple, found: list[tuple[tuple, str]]) -> None:
    # Called for every record: strings are handled inline, a call is made only per dict or list.
    if isinstance(data, dict):
        for key, value in data.items():
            if key in _NOT_FREE_TEXT:
                continue
            if isinstance(value, str):
                if not _PURE_NUMBER.match(value):
                    found.append(((*path, key), value))
            elif isinstance(value, (dict, list)):
                _collect_strings(value, (*path, key), found)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, str):
                if not _PURE_NUMBER.match(value):
                    found.append(((*path, index), value))
            elif isinstance(value, (dict, list)):
                _collect_strings(value, (*path, index), found)
    elif isinstance(data, str) and not _PURE_NUMBER.match(data):
        found.append((path, data))


def check_privacy(document: YamlDocument, report: Report) -> None:
    """No ID numbers, personal mobiles or e-mail addresses in free text."""
    for path, text in _strings(document.data):
        if "@" not in text and not _FOUR_DIGITS.search(text):
            continue  # an ID number or a mobile has four digits in a row, an e-mail address an @
        codes = []
        if any(is_id_card(match.group(1)) for match in _ID_CARD.finditer(text)):
            codes.append("personal-id")
        if _MOBILE.search(text):
            codes.append("personal-phone")
        if "@" in text and _EMAIL.search(text):
            codes.append("personal-email")
        if codes:  # the position and the field name only for the rare text that has a finding
            field = dotted(path)
            line, column = document.at(path, value=True)
            for code in codes:
                report.add(code, document.path, line, column, field=field)


def is_mobile(phone: str) -> bool:
    """A personal mobile number (a contact phone should be an office or public number)."""
    return _MOBILE.fullmatch(phone.strip()) is not None
