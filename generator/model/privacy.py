"""Privacy of free text: no ID-card numbers, personal mobiles, e-mail addresses or home addresses in
what is published, in the forms people write them (groups of digits, full-width characters, +86).

Codes, file names and contacts are not free text (the contact phone has its own, milder check);
places (an activity's place, the venue) may hold an address but no other personal data.
"""

from __future__ import annotations

import re
from typing import Any

from generator.findings import Report
from generator.input.codes import is_id_card
from generator.input.fielderrors import dotted
from generator.input.yamlio import YamlDocument

# Full-width forms (what Chinese input methods often produce) as ASCII, the ideographic space as a
# space and dash look-alikes as a hyphen: one character for one, so a match's place is its place in
# the text as written.
_HALF_WIDTH = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)} | {
    0x3000: " ",
    0x2010: "-",
    0x2011: "-",
    0x2012: "-",
    0x2013: "-",
    0x2014: "-",
    0x2212: "-",
}
# Eighteen characters of an ID number, written in one run or in groups split by a space, a hyphen
# or a dot; the groups are removed before the structure and the check digit are looked at.
_ID_RUN = re.compile(r"(?<![0-9A-Za-z])\d(?:[ .-]?\d){16}[ .-]?[0-9Xx](?![0-9A-Za-z])")
_ID_CARD = re.compile(
    r"[1-9]\d{5}(?:18|19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[0-9Xx]"
)
_ID_SEPARATORS = str.maketrans("", "", " .-")
_MOBILE = re.compile(
    r"(?<![0-9])(?:(?:\+|00)?86[ -]?|\(\+?86\)[ -]?)?(?:1[3-9]\d|\(1[3-9]\d\))"
    r"[ .-]?\d{4}[ .-]?\d{4}(?![0-9])"
)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
# A home address: a road, lane or village name, a door number (号) and a building, unit or room
# (栋/幢/单元/室/户), as in 湖滨路12号3幢2单元501室; or a village's group and door, as in 柳岸村5组23号.
_NUMBER = r"(?:\d+|[一二三四五六七八九十百零〇两]+)"
_HOME = re.compile(
    r"[\u4e00-\u9fff](?:"
    rf"(?:路|街|大道|道|巷|弄|胡同|里|村|小区|新村|花园|家园|公寓|苑){_NUMBER}(?:-{_NUMBER})?号[院楼]?"
    rf"(?:[ -]?[A-Za-z]?{_NUMBER}[A-Za-z]?(?:栋|幢|号楼|座|单元|楼|层|室|户))+"
    rf"|村{_NUMBER}组{_NUMBER}号"
    r")"
)
_DWELLING = re.compile(r"栋|幢|单元|室|户|组")
# Keys that hold a place (an activity's place, the venue and its address): an address there is
# the point of the field, and is checked for ID numbers, mobiles and e-mail only.
_PLACES = frozenset({"place", "venue", "address", "area", "location", "domicile"})
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
                found.append(((*path, key), value))
            elif isinstance(value, (dict, list)):
                _collect_strings(value, (*path, key), found)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            if isinstance(value, str):
                found.append(((*path, index), value))
            elif isinstance(value, (dict, list)):
                _collect_strings(value, (*path, index), found)
    elif isinstance(data, str):
        found.append((path, data))


def check_privacy(document: YamlDocument, report: Report) -> None:
    """No ID numbers, personal mobiles, e-mail addresses or home addresses in free text."""
    for path, text in _strings(document.data):
        plain = text.translate(_HALF_WIDTH)
        has_at = "@" in plain
        if not has_at and not _FOUR_DIGITS.search(plain) and "号" not in plain:
            continue  # every finding needs four digits in a row, an @ or a door number (号)
        found = personal_data(plain, address=not _PLACES.intersection(map(str, path)))
        if found:  # the position and the field name only for the rare text that has a finding
            field = dotted(path)
            for code, start, end in found:
                line, column = document.at_fragment(path, text[start:end])
                report.add(code, document.path, line, column, field=field)


def personal_data(text: str, *, address: bool = True) -> list[tuple[str, int, int]]:
    """(code, start, end) of every ID number, mobile, e-mail address and (when asked) home address
    in a text whose full-width characters are already half-width."""
    found: list[tuple[str, int, int]] = []
    if _FOUR_DIGITS.search(text):
        for match in _ID_RUN.finditer(text):
            digits = match.group().translate(_ID_SEPARATORS)
            if _ID_CARD.fullmatch(digits) and is_id_card(digits):
                found.append(("personal-id", match.start(), match.end()))
        found.extend(("personal-phone", m.start(), m.end()) for m in _MOBILE.finditer(text))
    if "@" in text:
        found.extend(("personal-email", m.start(), m.end()) for m in _EMAIL.finditer(text))
    if address and "号" in text:
        found.extend(
            ("personal-address", m.start(), m.end())
            for m in _HOME.finditer(text)
            if _DWELLING.search(m.group())
        )
    return found


def is_mobile(phone: str) -> bool:
    """A personal mobile number (a contact phone should be an office or public number)."""
    return _MOBILE.fullmatch(phone.strip().translate(_HALF_WIDTH)) is not None
