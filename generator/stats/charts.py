"""Small, accessible bar charts as static inline SVG, drawn at build time (no chart library).

Horizontal bars, one row per label: the label above its bar, the value after it, so Chinese labels
stay readable on a phone. Colours come from CSS classes (`gs-chart__bar--1` …) and `currentColor`,
so the page's light, dark and print styles decide them; targets are dashed lines across a row.
Every bar carries `data-value` so tests (and curious readers) can check it against its table.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal

from markupsafe import Markup, escape

from generator.formatting import number

Number = int | Decimal

WIDTH = 320  # viewBox units; CSS scales the chart to the column (and caps its width)
LABEL_SIZE = 12
VALUE_SIZE = 11
ROW_HEIGHT = 36
BAR_TOP = 17  # from the top of a row
BAR_HEIGHT = 13
LEGEND_ROW = 20
PALETTE_SIZE = 6


@dataclass(frozen=True)
class Series:
    """One kind of bar: its label (shown in the legend) and a value per row."""

    label: str
    values: Sequence[Number | None]


def text_width(text: str, size: float) -> float:
    """Rough rendered width: CJK characters are square, Latin ones about 0.6 em."""
    return sum(size if ord(ch) >= 0x2E80 else size * 0.6 for ch in text)


def _fit(text: str, size: float, room: float) -> str:
    if text_width(text, size) <= room:
        return text
    while text and text_width(text + "…", size) > room:
        text = text[:-1]
    return text + "…"


def _plain(value: Number) -> str:
    """The exact value as data: 1200, 35000.5 — no separators, no exponent."""
    if isinstance(value, Decimal):
        text = format(value.normalize(), "f")
        return text
    return str(value)


def _num(value: float) -> str:
    """A coordinate with at most two decimals."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return "0" if text in ("-0", "") else text


def bar_chart(
    *,
    chart_id: str,
    title: str,
    description: str,
    labels: Sequence[str],
    series: Sequence[Series],
    targets: Sequence[Number | None] | None = None,
    target_label: str = "目标",
    unit: str = "",
) -> Markup:
    """Horizontal bars (stacked when there are several series), with optional per-row targets."""
    rows = len(labels)
    targets = list(targets or [None] * rows)
    totals: list[Decimal] = []
    for index in range(rows):
        parts = [s.values[index] if index < len(s.values) else None for s in series]
        totals.append(sum((Decimal(v) for v in parts if v is not None and v > 0), Decimal(0)))
    top_value = max(
        [*totals, *(Decimal(t) for t in targets if t is not None and t > 0)], default=Decimal(0)
    )
    value_room = max(
        (text_width(number(total) + unit, VALUE_SIZE) for total in totals), default=0.0
    )
    bar_room = max(WIDTH - value_room - 8, WIDTH / 2)
    scale = Decimal(str(bar_room)) / top_value if top_value > 0 else Decimal(0)

    legend: list[tuple[str, str]] = [
        (f"gs-chart__swatch gs-chart__bar--{i % PALETTE_SIZE + 1}", s.label)
        for i, s in enumerate(series)
        if len(series) > 1
    ]
    if any(t is not None for t in targets):
        legend.append(("gs-chart__swatch gs-chart__swatch--target", target_label))
    parts: list[str] = []
    x, y = 0.0, 0.0
    for css_class, text in legend:
        item = 16 + text_width(text, VALUE_SIZE) + 14
        if x and x + item > WIDTH:
            x, y = 0.0, y + LEGEND_ROW
        if "target" in css_class:
            parts.append(
                f'<line class="gs-chart__target" x1="{_num(x)}" x2="{_num(x + 12)}" '
                f'y1="{_num(y + 8)}" y2="{_num(y + 8)}"/>'
            )
        else:
            parts.append(
                f'<rect class="{css_class}" x="{_num(x)}" y="{_num(y + 2)}" width="12" height="12"/>'
            )
        parts.append(
            f'<text x="{_num(x + 16)}" y="{_num(y + 13)}" font-size="{VALUE_SIZE}" '
            f'fill="currentColor">{escape(text)}</text>'
        )
        x += item
    top = (y + LEGEND_ROW + 6) if legend else 0.0

    for index, label in enumerate(labels):
        row_y = top + index * ROW_HEIGHT
        parts.append(f'<g class="gs-chart__row" data-row="{index}">')
        parts.append(
            f'<text class="gs-chart__label" x="0" y="{_num(row_y + 13)}" '
            f'font-size="{LABEL_SIZE}" fill="currentColor">'
            f"{escape(_fit(label, LABEL_SIZE, WIDTH))}</text>"
        )
        offset = Decimal(0)
        for position, item in enumerate(series):
            value = item.values[index] if index < len(item.values) else None
            if value is None:
                continue
            length = Decimal(value) * scale if value > 0 else Decimal(0)
            name = f"{label} · {item.label}" if len(series) > 1 else label
            parts.append(
                f'<rect class="gs-chart__bar gs-chart__bar--{position % PALETTE_SIZE + 1}" '
                f'x="{_num(float(offset))}" y="{_num(row_y + BAR_TOP)}" '
                f'width="{_num(float(length))}" height="{BAR_HEIGHT}" '
                f'data-series="{position}" data-value="{_plain(value)}">'
                f"<title>{escape(name)}：{escape(number(value))}{escape(unit)}</title></rect>"
            )
            offset += length
        value_text = number(totals[index]) + unit
        value_x = float(offset) + 4
        target = targets[index] if index < len(targets) else None
        target_at = float(Decimal(target) * scale) if target is not None and target > 0 else 0.0
        if (
            target is not None
            and offset <= target_at <= value_x + text_width(value_text, VALUE_SIZE) + 3
        ):
            value_x = target_at + 4  # the value after the target line, never under it
        parts.append(
            f'<text class="gs-chart__value" x="{_num(value_x)}" '
            f'y="{_num(row_y + BAR_TOP + BAR_HEIGHT - 2)}" font-size="{VALUE_SIZE}" '
            f'fill="currentColor">{escape(value_text)}</text>'
        )
        if target is not None:
            target_x = _num(target_at)
            parts.append(
                f'<line class="gs-chart__target" x1="{target_x}" x2="{target_x}" '
                f'y1="{_num(row_y + BAR_TOP - 4)}" y2="{_num(row_y + BAR_TOP + BAR_HEIGHT + 4)}" '
                f'data-value="{_plain(target)}"/>'
            )
        parts.append("</g>")

    height = top + rows * ROW_HEIGHT + 4
    title_id, desc_id = f"{chart_id}-title", f"{chart_id}-desc"
    svg = (
        f'<svg class="gs-chart" id="{escape(chart_id)}" xmlns="http://www.w3.org/2000/svg" '
        f'viewBox="0 0 {WIDTH} {_num(height)}" width="{WIDTH}" height="{_num(height)}" '
        f'role="img" aria-labelledby="{escape(title_id)} {escape(desc_id)}">'
        f'<title id="{escape(title_id)}">{escape(title)}</title>'
        f'<desc id="{escape(desc_id)}">{escape(description)}</desc>' + "".join(parts) + "</svg>"
    )
    return Markup(svg)


__all__ = ["Series", "bar_chart", "text_width"]
