"""Field types shared by the record models: every value arrives as text and is typed here.

Dates accept 2024-05-12, 2024/5/12, 2024.5.12 and 2024年5月12日; digits may be full-width;
numbers may carry thousands separators. Anything else is a finding with a stable code.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any

from pydantic import AfterValidator, BeforeValidator, Field, ValidationInfo, WithJsonSchema
from pydantic_core import PydanticCustomError

_DATE_FORMS = (
    re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})[日号]?$"),
)
_PARTIAL_FORMS = (
    re.compile(r"^(\d{4})$"),
    re.compile(r"^(\d{4})年$"),
    re.compile(r"^(\d{4})[-/.](\d{1,2})$"),
    re.compile(r"^(\d{4})年(\d{1,2})月$"),
)
_NUMBER = re.compile(r"^-?\d+(\.\d+)?$")
# What model_dump writes and most records hold (ASCII, no spaces): read without normalising,
# to the same result the general forms give
_PLAIN_DATE = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})")
_PLAIN_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_HEX_COLOR = re.compile(r"^#[0-9A-Fa-f]{6}$")
_TRUE = frozenset({"true", "yes", "y", "on", "1", "是", "有", "对"})
_FALSE = frozenset({"false", "no", "n", "off", "0", "否", "无", "没有"})
DATE_PATTERN = r"^\s*[0-9０-９]{4}\s*(?:[-/.／－．]\s*[0-9０-９]{1,2}\s*[-/.／－．]\s*[0-9０-９]{1,2}|年\s*[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*[日号]?)\s*$"
PARTIAL_DATE_PATTERN = r"^\s*[0-9０-９]{4}(?:\s*[-/.年／－．]\s*[0-9０-９]{1,2}\s*月?(?:\s*[-/.／－．]\s*[0-9０-９]{1,2}\s*[日号]?)?|年)?\s*$"
ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
LOGIN_PATTERN = r"^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$"


def normalize_text(value: str) -> str:
    """Full-width digits and punctuation to ASCII, spaces trimmed (for dates and numbers only)."""
    return unicodedata.normalize("NFKC", value).strip()


def parse_date(value: Any) -> date:
    if isinstance(value, date):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("gongshi_wrong_type", "date expected", {"expected": "date"})
    match = _PLAIN_DATE.fullmatch(value)
    if match is None:
        text = re.sub(r"\s+", "", normalize_text(value))
        match = next((found for form in _DATE_FORMS if (found := form.match(text))), None)
    if match is None:
        raise PydanticCustomError("gongshi_invalid_date", "not a date", {"value": value})
    year, month, day = (int(part) for part in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise PydanticCustomError(
            "gongshi_invalid_date",
            "no such date",
            {"value": value, "extra_zh": "；这一天不存在", "extra_en": "; no such day"},
        ) from None


def parse_partial_date(value: Any) -> str:
    """A year, a year and month, or a full date, normalised to YYYY, YYYY-MM or YYYY-MM-DD."""
    if isinstance(value, date):
        return value.isoformat()
    if not isinstance(value, str):
        raise PydanticCustomError("gongshi_wrong_type", "date expected", {"expected": "date"})
    text = re.sub(r"\s+", "", normalize_text(value))
    for form in _PARTIAL_FORMS:
        if match := form.match(text):
            parts = [int(part) for part in match.groups()]
            if len(parts) == 2 and not 1 <= parts[1] <= 12:
                break
            return "-".join(
                f"{part:02d}" if index else f"{part:04d}" for index, part in enumerate(parts)
            )
    return parse_date(value).isoformat()


def parse_number(value: Any) -> Any:
    if isinstance(value, (int, float, Decimal)) and not isinstance(value, bool):
        return value
    if not isinstance(value, str):
        raise PydanticCustomError("gongshi_wrong_type", "number expected", {"expected": "number"})
    if _PLAIN_NUMBER.fullmatch(value):
        return value
    text = normalize_text(value).replace(",", "").replace("，", "").replace(" ", "")
    if not _NUMBER.match(text):
        raise PydanticCustomError("gongshi_invalid_number", "not a number", {"value": value})
    return text


def parse_decimal(value: Any) -> Decimal:
    text = parse_number(value)
    try:
        return Decimal(str(text))
    except InvalidOperation:
        raise PydanticCustomError(
            "gongshi_invalid_number", "not a number", {"value": value}
        ) from None


def parse_int(value: Any) -> int:
    text = str(parse_number(value))
    if "." in text:
        whole, _, fraction = text.partition(".")
        if fraction.strip("0"):
            raise PydanticCustomError(
                "gongshi_invalid_number", "whole number expected", {"value": value}
            )
        text = whole
    return int(text)


def parse_bool(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str):
        text = normalize_text(value).lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
    raise PydanticCustomError("gongshi_wrong_type", "yes or no expected", {"expected": "boolean"})


def check_url(value: str) -> str:
    text = value.strip()
    lowered = text.lower()
    if not (lowered.startswith("https://") or lowered.startswith("http://")) or len(text) < 11:
        raise PydanticCustomError("gongshi_bad_url", "only http and https", {"value": value})
    if any(ch in text for ch in " \"'<>\\`") or any(ord(ch) < 32 for ch in text):
        raise PydanticCustomError("gongshi_bad_url", "only http and https", {"value": value})
    return text


def check_color(value: str) -> str:
    text = value.strip()
    if not _HEX_COLOR.match(text):
        raise PydanticCustomError("gongshi_bad_color", "hex colour", {"value": value})
    return text.upper()


def check_choice(list_name: str):
    """A validator that accepts a controlled list's name or id and returns its id."""

    def validate(value: str, info: ValidationInfo) -> str:
        choices = (info.context or {}).get("choices")
        if choices is None:
            return value
        lookup = choices.get(list_name, {})
        if value in lookup:
            return lookup[value]
        raise PydanticCustomError(
            "gongshi_invalid_choice", "not in the list", {"value": value, "list": list_name}
        )

    return validate


def _text_schema(description: str, pattern: str | None = None) -> dict:
    schema: dict[str, Any] = {"type": "string", "description": description}
    if pattern:
        schema["pattern"] = pattern
    return schema


def _strip(value: Any) -> Any:
    return value.strip() if isinstance(value, str) else value


_BREAKS = re.compile(r"[\n\r\t\u2028\u2029]")


def one_line(value: str) -> str:
    """A name, title, address or number is one line: a line break or tab inside it (a `|` block,
    an escaped "\\n", a tab pasted from a spreadsheet) would split a table row, a page title or
    a CSV cell."""
    found = _BREAKS.search(value)
    if found:
        char = found.group()
        name_zh, name_en = {"\t": ("制表符", "a tab")}.get(char, ("换行", "a line break"))
        raise PydanticCustomError(
            "gongshi_text_line_break",
            "one line expected",
            {"char_zh": name_zh, "char_en": name_en},
        )
    return value


# Text is one line; Para (descriptions, notes, stories: fields of 200 characters or more) may
# hold line breaks and Markdown paragraphs.
Text = Annotated[str, BeforeValidator(_strip), AfterValidator(one_line)]
Para = Annotated[str, BeforeValidator(_strip)]
Date = Annotated[
    date,
    BeforeValidator(parse_date),
    WithJsonSchema(
        _text_schema("日期，如 2024-05-12（也接受 2024/5/12、2024年5月12日）", DATE_PATTERN)
    ),
]
PartialDate = Annotated[
    str,
    BeforeValidator(parse_partial_date),
    WithJsonSchema(
        _text_schema("年份、年月或日期，如 2019、2019-03、2019年3月", PARTIAL_DATE_PATTERN)
    ),
]
Count = Annotated[
    int,
    BeforeValidator(parse_int),
    Field(ge=0),
    WithJsonSchema(
        {"type": ["integer", "string"], "minimum": 0, "pattern": r"^\s*[0-9０-９,，]+\s*$"}
    ),
]
Money = Annotated[
    Decimal,
    BeforeValidator(parse_decimal),
    Field(ge=0),
    WithJsonSchema(
        {
            "type": ["number", "string"],
            "minimum": 0,
            "pattern": r"^\s*[0-9０-９,，]+(?:[.．][0-9０-９]+)?\s*$",
        }
    ),
]
Bool = Annotated[
    bool,
    BeforeValidator(parse_bool),
    WithJsonSchema(
        {"type": ["boolean", "string"], "enum": [True, False, "true", "false", "是", "否"]}
    ),
]
Url = Annotated[
    str,
    AfterValidator(check_url),
    WithJsonSchema(
        _text_schema("以 http:// 或 https:// 开头的网址", r"^[Hh][Tt][Tt][Pp][Ss]?://\S+$")
    ),
]
Color = Annotated[
    str,
    AfterValidator(check_color),
    WithJsonSchema(_text_schema('十六进制颜色，如 "#1B5E20"', r"^\s*#[0-9A-Fa-f]{6}\s*$")),
]
Id = Annotated[str, Field(pattern=ID_PATTERN, max_length=64)]
Login = Annotated[str, Field(pattern=LOGIN_PATTERN)]


def Choice(list_name: str) -> Any:
    """A value from a controlled list of site_config.yml (its Chinese name or its id)."""
    return Annotated[
        str,
        AfterValidator(check_choice(list_name)),
        Field(json_schema_extra={"x-gongshi-choices": list_name}),
    ]
