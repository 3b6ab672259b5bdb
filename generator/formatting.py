"""How gongshi writes numbers, amounts of money, dates and excerpts in Chinese.

Plain functions of values, used by the views and tables (generator.views, generator.stats) and
registered as the templates' filters by generator.render.filters. Imports nothing of gongshi.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any

WEEKDAYS = "一二三四五六日"


def plain(text: str | None, limit: int = 120) -> str:
    """The first `limit` characters of a Markdown text as plain text (for excerpts and meta tags)."""
    if not text:
        return ""
    stripped = re.sub(r"[*_`>#\[\]()|-]+", " ", text)
    stripped = re.sub(r"\s+", " ", stripped).strip()
    return stripped if len(stripped) <= limit else stripped[: limit - 1] + "…"


def zh_date(value: date | str | None, style: str = "long") -> str:
    """2024年5月12日; 'month' gives 2024年5月; partial dates (2019-03) keep their precision."""
    if value is None or value == "":
        return ""
    if isinstance(value, str):
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 1:
            return f"{parts[0]}年"
        if len(parts) == 2:
            return f"{parts[0]}年{parts[1]}月"
        value = date(*parts)
    if style == "month":
        return f"{value.year}年{value.month}月"
    if style == "short":
        return f"{value.month}月{value.day}日"
    return f"{value.year}年{value.month}月{value.day}日"


def number(value: Any) -> str:
    """1,234 — thousands separators, no trailing .0."""
    if value is None or value == "":
        return ""
    if isinstance(value, Decimal):
        value = value.normalize()
        if value == value.to_integral():
            value = int(value)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int):
        return f"{value:,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def cny(value: Any) -> str:
    """¥35,000 or ¥3.5万 for large amounts."""
    if value is None or value == "":
        return ""
    amount = Decimal(str(value))
    if amount >= 100_000:
        return f"{number(round(amount / 10_000, 2))} 万元"
    return f"{number(amount)} 元"


def money_unit(values: Iterable[Any]) -> str:
    """The one unit of a column of amounts: 万元 when its largest reaches 100,000 (as cny() would
    write it), else 元 — so that "86,300 元" never stands beside "36.29 万元"."""
    amounts = [Decimal(str(v)) for v in values if isinstance(v, (int, float, Decimal))]
    return "万元" if amounts and max(amounts) >= 100_000 else "元"


def in_unit(value: Any, unit: str) -> str:
    """An amount as a bare number in its column's unit (named in the header): 8.63 and 36.29
    (万元, two decimals so that the column aligns), 86,300 (元)."""
    if value is None or value == "":
        return ""
    amount = Decimal(str(value))
    if unit == "万元":
        return f"{amount / 10_000:,.2f}"
    return number(amount)
