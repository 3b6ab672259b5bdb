"""Dates and numbers in their plain form (what the record cache stores, and most records hold)
are read by a shorter way; the result, and the error of a wrong one, is that of the general way."""

from __future__ import annotations

from datetime import date

import pytest
from pydantic_core import PydanticCustomError

from generator.input.fieldtypes import parse_date, parse_decimal, parse_int, parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-05-12", date(2024, 5, 12)),
        (" 2024-05-12 ", date(2024, 5, 12)),
        ("2024-5-2", date(2024, 5, 2)),
        ("２０２４-０５-１２", date(2024, 5, 12)),
        ("2024年5月12日", date(2024, 5, 12)),
        ("0000-01-01", "no such date"),
        ("2024-02-30", "no such date"),
        ("2024-13-01", "no such date"),
        ("٢٠٢٤-٠٥-١٢", date(2024, 5, 12)),  # other digits: normalised by the general way
        ("2024-05-12\n", date(2024, 5, 12)),
        ("2024-05-123", "not a date"),
    ],
)
def test_dates(text: str, expected: object) -> None:
    if isinstance(expected, date):
        assert parse_date(text) == expected
    else:
        with pytest.raises(PydanticCustomError) as raised:
            parse_date(text)
        assert raised.value.message() == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12", "12"),
        ("-12.50", "-12.50"),
        ("1,200", "1200"),
        (" 7 ", "7"),
        ("１２", "12"),
        ("12.", None),
        ("1e3", None),
        ("+5", None),
        ("5\n", "5"),
    ],
)
def test_numbers(text: str, expected: str | None) -> None:
    if expected is None:
        with pytest.raises(PydanticCustomError):
            parse_number(text)
    else:
        assert parse_number(text) == expected
    if expected is not None:
        assert str(parse_decimal(text)) == expected
        if "." not in expected:
            assert parse_int(text) == int(expected)
