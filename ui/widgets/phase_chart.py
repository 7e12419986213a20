"""A small horizontal bar chart of open cases by phase, painted with QPainter.

QtCharts is not part of the installed Qt, and a handful of bars needs no chart library. Colours
come from the palette (the highlight colour for bars, a faint wash of it for the track, the
window text for labels), so the chart reads the same in light and dark themes. For screen
readers the same numbers are the widget's accessible description (:meth:`PhaseChart.summary`).
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QSizePolicy, QStyle, QStyleOptionFocusRect, QWidget

from ui.i18n import translate

#: Padding around the bars and between label, bar and count (pixels).
PAD = 8


class PhaseChart(QWidget):
    """Bars of (label, count), in the given order. Zero counts are drawn as an empty track."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phase_chart")
        self.setAccessibleName(translate("PhaseChart", "Open cases by phase"))
        # Reachable with Tab so a screen reader announces the summary.
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._bars: list[tuple[str, int]] = []
        self._loaded = False
        self._update_text()

    # ------------------------------------------------------------------ content

    def set_bars(self, bars: Sequence[tuple[str, int]]) -> None:
        self._bars = [(label, int(count)) for label, count in bars]
        self._loaded = True
        self._update_text()
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self._bars = []
        self._loaded = False
        self._update_text()
        self.updateGeometry()
        self.update()

    def bars(self) -> list[tuple[str, int]]:
        return list(self._bars)

    @property
    def total(self) -> int:
        return sum(count for _, count in self._bars)

    def summary(self) -> str:
        """The chart as one sentence (its accessible description and tool tip)."""
        if not self._loaded:
            return ""
        if not self.total:
            return translate("PhaseChart", "No open cases.")
        parts = "; ".join(f"{label}: {count}" for label, count in self._bars if count)
        return translate("PhaseChart", "%n open case(s): ", None, self.total) + parts + "."

    def _update_text(self) -> None:
        text = self.summary()
        self.setAccessibleDescription(text)
        self.setToolTip(text)

    # ------------------------------------------------------------------ geometry

    def _row_height(self) -> int:
        return self.fontMetrics().height() + 12

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._bars))
        return QSize(360, rows * self._row_height() + 2 * PAD)

    def minimumSizeHint(self) -> QSize:
        return QSize(200, self.sizeHint().height())

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        bar_color = palette.color(QPalette.ColorRole.Highlight)
        track_color = QColor(bar_color)
        track_color.setAlpha(38)
        metrics = self.fontMetrics()
        area = self.rect().adjusted(PAD, PAD, -PAD, -PAD)

        if not self._bars:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            text = (
                translate("PhaseChart", "No open cases.")
                if self._loaded
                else translate("PhaseChart", "Loading…")
            )
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
            self._paint_focus(painter)
            painter.end()
            return

        widest_label = max(metrics.horizontalAdvance(label) for label, _ in self._bars)
        label_width = min(widest_label, int(area.width() * 0.55))
        largest = max(count for _, count in self._bars)
        count_width = metrics.horizontalAdvance(str(max(largest, 10))) + PAD
        bar_left = area.left() + label_width + PAD
        bar_space = max(1, area.right() - count_width - bar_left)
        row_height = self._row_height()
        bar_height = max(6, metrics.height() - 2)

        for i, (label, count) in enumerate(self._bars):
            top = area.top() + i * row_height
            middle = top + row_height / 2
            painter.setPen(text_color)
            elided = metrics.elidedText(label, Qt.TextElideMode.ElideRight, label_width)
            painter.drawText(
                QRectF(area.left(), top, label_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                elided,
            )
            track = QRectF(bar_left, middle - bar_height / 2, bar_space, bar_height)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(track_color)
            painter.drawRoundedRect(track, 3, 3)
            if count:
                width = max(4.0, bar_space * count / max(1, largest))
                painter.setBrush(bar_color)
                painter.drawRoundedRect(QRectF(track.left(), track.top(), width, bar_height), 3, 3)
            painter.setPen(text_color)
            painter.drawText(
                QRectF(bar_left + bar_space + PAD / 2, top, count_width, row_height),
                int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
                str(count),
            )
        self._paint_focus(painter)
        painter.end()

    def _paint_focus(self, painter: QPainter) -> None:
        if not self.hasFocus():
            return
        option = QStyleOptionFocusRect()
        option.initFrom(self)
        option.rect = self.rect().adjusted(1, 1, -1, -1)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_FrameFocusRect, option, painter, self)
