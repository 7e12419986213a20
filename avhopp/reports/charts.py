"""Charts of the council report, drawn with reportlab's graphics: vector, embedded, in the
house colours and fonts.

Each chart takes *published* figures (:class:`~avhopp.domain.council.Figure`) and draws only
what may be printed: a suppressed count (SMALL "<5", HIDDEN "×") gets no bar, only its symbol
at the baseline, so a bar's length can never give away a value the tables withhold.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth

from avhopp.domain.council import Figure
from avhopp.domain.disclosure import Status
from avhopp.reports.base import (
    FONT,
    FONT_BOLD,
    FRAME_WIDTH,
    INK,
    MUTED,
    RULE,
    SERIES,
    register_fonts,
)
from avhopp.reports.texts import fmt_int

#: Font sizes (points): tick and category labels, value labels, axis titles.
LABEL_SIZE = 7.5
VALUE_SIZE = 7
TITLE_SIZE = 7.5

_MONTHS = {
    "sv": ("jan", "feb", "mar", "apr", "maj", "jun", "jul", "aug", "sep", "okt", "nov", "dec"),
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
}


def figure_mark(figure: Figure, threshold: int) -> str | None:
    """The symbol printed instead of a value ("<5", "×", "–"), or None for an exact one."""
    if figure.status is Status.EXACT and figure.value is not None:
        return None
    if figure.status is Status.SMALL:
        return f"<{threshold}"
    if figure.status is Status.HIDDEN:
        return "×"
    return "–"


def nice_scale(maximum: float, *, intervals: int = 5) -> tuple[int, int]:
    """(top, step) of a count axis: whole steps of 1, 2 or 5 × 10^k, top ≥ ``maximum``."""
    if maximum <= 0:
        return 5, 1
    raw = maximum / intervals
    magnitude = 10 ** math.floor(math.log10(raw)) if raw >= 1 else 1
    step = next(m * magnitude for m in (1, 2, 5, 10) if m * magnitude >= raw)
    step = max(1, int(step))
    return int(math.ceil(maximum / step) * step), step


def _text(
    x: float,
    y: float,
    text: str,
    *,
    anchor: str = "start",
    size: float = LABEL_SIZE,
    color: colors.Color = INK,
    bold: bool = False,
) -> String:
    return String(
        x,
        y,
        text,
        fontName=FONT_BOLD if bold else FONT,
        fontSize=size,
        fillColor=color,
        textAnchor=anchor,
    )


def _rotated_title(x: float, y: float, text: str) -> Group:
    """An axis title read bottom to top, centred on (x, y)."""
    group = Group(_text(0, 0, text, anchor="middle", size=TITLE_SIZE, color=MUTED))
    group.transform = (0, 1, -1, 0, x, y)
    return group


def _fit(text: str, width: float, size: float) -> str:
    """``text`` shortened with an ellipsis to fit ``width`` points."""
    if stringWidth(text, FONT, size) <= width:
        return text
    while text and stringWidth(text + "…", FONT, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _exact(figure: Figure) -> float | None:
    return figure.value if figure.status is Status.EXACT else None


def month_labels(months: Sequence[str], language: str) -> list[tuple[str, str]]:
    """("jan", "2026") for "2026-01"."""
    names = _MONTHS.get(language, _MONTHS["sv"])
    out = []
    for month in months:
        year, _, number = month.partition("-")
        try:
            name = names[int(number) - 1]
        except (ValueError, IndexError):
            out.append((month, ""))
            continue
        out.append((name, year))
    return out


def column_chart(
    months: Sequence[str],
    values: Sequence[Figure],
    *,
    threshold: int,
    language: str,
    value_title: str,
    category_title: str,
    width: float = FRAME_WIDTH,
    height: float = 58 * mm,
) -> Drawing:
    """Vertical bars per month (e.g. active cases at each month's end). Suppressed months
    get no bar, only their symbol at the baseline."""
    register_fonts()
    drawing = Drawing(width, height)
    left, right, bottom, top = 16 * mm, 2 * mm, 13 * mm, 5 * mm
    plot_w, plot_h = width - left - right, height - bottom - top
    exact = [v for v in (_exact(f) for f in values) if v is not None]
    top_value, step = nice_scale(max(exact, default=0))
    scale = plot_h / top_value

    for tick in range(0, top_value + 1, step):
        y = bottom + tick * scale
        if tick:
            drawing.add(Line(left, y, left + plot_w, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_text(left - 3, y - 2.5, fmt_int(tick, language), anchor="end", color=MUTED))
    drawing.add(_rotated_title(4 * mm, bottom + plot_h / 2, value_title))

    count = max(1, len(values))
    slot = plot_w / count
    bar = min(slot * 0.62, 14 * mm)
    show_values = count <= 24
    every = max(1, math.ceil(count / 13))
    last_year = ""
    for index, (label, figure) in enumerate(
        zip(month_labels(months, language), values, strict=True)
    ):
        centre = left + index * slot + slot / 2
        value = _exact(figure)
        if value is not None and value > 0:
            height_pt = value * scale
            drawing.add(
                Rect(
                    centre - bar / 2,
                    bottom,
                    bar,
                    height_pt,
                    fillColor=SERIES[0],
                    strokeColor=None,
                )
            )
            if show_values:
                text = fmt_int(int(value), language)
                drawing.add(
                    _text(centre, bottom + height_pt + 2, text, anchor="middle", size=VALUE_SIZE)
                )
        elif value is not None:
            if show_values:
                drawing.add(_text(centre, bottom + 2, "0", anchor="middle", size=VALUE_SIZE))
        else:
            mark = figure_mark(figure, threshold) or ""
            drawing.add(
                _text(centre, bottom + 2.5, mark, anchor="middle", size=VALUE_SIZE, color=MUTED)
            )
        if index % every == 0:
            # The year under the first labelled month and wherever it changes.
            name, year = label
            drawing.add(_text(centre, bottom - 9, name, anchor="middle", color=INK))
            if year != last_year:
                drawing.add(_text(centre, bottom - 17, year, anchor="middle", color=MUTED))
                last_year = year
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=INK, strokeWidth=0.7))
    drawing.add(
        _text(left + plot_w / 2, 1, category_title, anchor="middle", size=TITLE_SIZE, color=MUTED)
    )
    return drawing


def _legend(names: Sequence[str], x: float, y: float) -> Group:
    """A swatch and a name per series, in a row from (x, y)."""
    legend = Group()
    for index, name in enumerate(names):
        legend.add(Rect(x, y, 7, 7, fillColor=SERIES[index % len(SERIES)], strokeColor=None))
        legend.add(_text(x + 10, y + 1, name, color=INK))
        x += 10 + stringWidth(name, FONT, LABEL_SIZE) + 14
    return legend


def bar_chart(
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[Figure]]],
    *,
    threshold: int,
    language: str,
    value_title: str,
    width: float = FRAME_WIDTH,
    label_width: float = 62 * mm,
) -> Drawing:
    """Horizontal bars per category, one bar per series (e.g. this period and the previous
    one), with a legend when there is more than one series. Suppressed values get no bar,
    only their symbol at the baseline."""
    register_fonts()
    n_series = max(1, len(series))
    thickness = 8.0 if n_series == 1 else 6.5
    gap = 1.5
    row_h = n_series * thickness + (n_series - 1) * gap + 6
    legend_h = 14.0 if n_series > 1 else 2.0
    axis_h = 24.0
    plot_h = max(1, len(categories)) * row_h
    height = legend_h + plot_h + axis_h
    drawing = Drawing(width, height)
    left = label_width
    plot_w = width - left - 10 * mm
    bottom = axis_h

    exact = [v for _, figures in series for v in (_exact(f) for f in figures) if v is not None]
    top_value, step = nice_scale(max(exact, default=0))
    scale = plot_w / top_value

    for tick in range(0, top_value + 1, step):
        x = left + tick * scale
        if tick:
            drawing.add(Line(x, bottom, x, bottom + plot_h, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(_text(x, bottom - 9, fmt_int(tick, language), anchor="middle", color=MUTED))
    drawing.add(
        _text(left + plot_w / 2, 2, value_title, anchor="middle", size=TITLE_SIZE, color=MUTED)
    )

    for row, category in enumerate(categories):
        row_top = bottom + plot_h - row * row_h
        centre = row_top - row_h / 2
        drawing.add(
            _text(left - 4, centre - 2.7, _fit(category, left - 6, LABEL_SIZE), anchor="end")
        )
        block = n_series * thickness + (n_series - 1) * gap
        for index, (_, figures) in enumerate(series):
            y = centre + block / 2 - (index + 1) * thickness - index * gap
            figure = figures[row]
            value = _exact(figure)
            colour = SERIES[index % len(SERIES)]
            if value is not None and value > 0:
                length = value * scale
                drawing.add(Rect(left, y, length, thickness, fillColor=colour, strokeColor=None))
                text = fmt_int(int(value), language)
                drawing.add(
                    _text(left + length + 2, y + thickness / 2 - 2.4, text, size=VALUE_SIZE)
                )
            elif value is not None:
                drawing.add(_text(left + 2, y + thickness / 2 - 2.4, "0", size=VALUE_SIZE))
            else:
                mark = figure_mark(figure, threshold) or ""
                drawing.add(
                    _text(left + 2, y + thickness / 2 - 2.4, mark, size=VALUE_SIZE, color=MUTED)
                )
    drawing.add(Line(left, bottom, left, bottom + plot_h, strokeColor=INK, strokeWidth=0.7))
    drawing.add(Line(left, bottom, left + plot_w, bottom, strokeColor=RULE, strokeWidth=0.4))

    if n_series > 1:
        drawing.add(_legend([name for name, _ in series], left, height - 9), name="legend")
    return drawing
