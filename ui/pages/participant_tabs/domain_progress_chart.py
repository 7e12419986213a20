"""Life domains at a glance: for each domain a thin bar for the first score and a thick bar for
the latest, on the 1–5 scale, with the change beside them. Painted with QPainter (QtCharts is
not shipped); colours come from the palette, so light and dark themes both work."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from avhopp.domain.support import MAX_SCORE, MIN_SCORE
from ui.i18n import translate
from ui.models.domain_progress_model import BETTER_COLOR, WORSE_COLOR, change_text

ROW_HEIGHT = 30
MARGIN = 8


class DomainProgressChart(QWidget):
    """Shows a sequence of ``DomainProgress``; ``label`` turns a domain code into its label."""

    def __init__(self, label: Callable[[str], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("domain_progress_chart")
        self.setAccessibleName(translate("DomainProgressChart", "Life domains, start and now"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._label = label
        self._rows: list[Any] = []

    def set_progress(self, rows: Sequence[Any]) -> None:
        self._rows = list(rows)
        self.setAccessibleDescription(self.summary_text())
        self.setToolTip(self.summary_text())
        self.updateGeometry()
        self.update()

    def clear(self) -> None:
        self.set_progress([])

    def summary_text(self) -> str:
        """The chart in words (screen readers, tooltip)."""
        lines = []
        for row in self._rows:
            name = self._label(row.life_domain)
            if row.start_score is None:
                lines.append(
                    translate("DomainProgressChart", "%1: not assessed").replace("%1", name)
                )
            else:
                lines.append(
                    translate("DomainProgressChart", "%1: start %2, now %3")
                    .replace("%1", name)
                    .replace("%2", str(row.start_score))
                    .replace("%3", str(row.latest_score))
                )
        return "\n".join(lines)

    # ------------------------------------------------------------------ geometry

    def _header_height(self) -> int:
        return self.fontMetrics().height() + 10

    def sizeHint(self) -> QSize:
        rows = max(1, len(self._rows))
        return QSize(420, self._header_height() + rows * ROW_HEIGHT + 2 * MARGIN)

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    # ------------------------------------------------------------------ painting

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_color = palette.color(QPalette.ColorRole.WindowText)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        now_color = palette.color(QPalette.ColorRole.Highlight)
        start_color = QColor(grid)
        metrics = self.fontMetrics()

        if not self._rows:
            painter.setPen(muted)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter,
                translate("DomainProgressChart", "No life-domain assessment yet."),
            )
            painter.end()
            return

        label_width = min(
            max(metrics.horizontalAdvance(self._label(r.life_domain)) for r in self._rows) + 12,
            int(self.width() * 0.4),
        )
        change_width = metrics.horizontalAdvance("\u22124") + 16
        left = MARGIN + label_width
        right = self.width() - MARGIN - change_width
        span = max(1.0, right - left)
        steps = MAX_SCORE - MIN_SCORE + 1

        def x_of(score: float) -> float:
            return left + span * score / steps

        # Scale: 1..5 at the top, faint vertical lines down the rows, and the legend.
        top = MARGIN + self._header_height()
        bottom = top + len(self._rows) * ROW_HEIGHT
        painter.setPen(QPen(grid, 1, Qt.PenStyle.DotLine))
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            x = x_of(score)
            painter.drawLine(QPointF(x, top - 2), QPointF(x, bottom))
        painter.setPen(muted)
        for score in range(MIN_SCORE, MAX_SCORE + 1):
            x = x_of(score)
            painter.drawText(
                QRectF(x - 20, MARGIN, 40, self._header_height() - 6),
                Qt.AlignmentFlag.AlignCenter,
                str(score),
            )
        self._legend(painter, start_color, now_color, text_color, MARGIN)

        for i, row in enumerate(self._rows):
            y = top + i * ROW_HEIGHT
            name = metrics.elidedText(
                self._label(row.life_domain), Qt.TextElideMode.ElideRight, label_width - 8
            )
            painter.setPen(text_color)
            painter.drawText(
                QRectF(MARGIN, y, label_width - 8, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
            if row.start_score is None:
                painter.setPen(muted)
                painter.drawText(
                    QRectF(left + 4, y, span, ROW_HEIGHT),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    translate("DomainProgressChart", "not assessed"),
                )
                continue
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(start_color)
            painter.drawRoundedRect(QRectF(left, y + 5, x_of(row.start_score) - left, 6), 2, 2)
            painter.setBrush(now_color)
            painter.drawRoundedRect(QRectF(left, y + 13, x_of(row.latest_score) - left, 11), 2, 2)
            change = row.change
            if change:
                painter.setPen(QColor(BETTER_COLOR if change > 0 else WORSE_COLOR))
            else:
                painter.setPen(muted)
            painter.drawText(
                QRectF(right + 4, y, change_width - 4, ROW_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight,
                change_text(change),
            )
        painter.end()

    def _legend(
        self, painter: QPainter, start: QColor, now: QColor, text: QColor, y: float
    ) -> None:
        metrics = self.fontMetrics()
        height = self._header_height() - 6
        items = [
            (start, 6, translate("DomainProgressChart", "Start")),
            (now, 11, translate("DomainProgressChart", "Now")),
        ]
        x = float(MARGIN)
        for color, thickness, label in items:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(QRectF(x, y + (height - thickness) / 2, 18, thickness), 2, 2)
            painter.setPen(text)
            width = metrics.horizontalAdvance(label) + 4
            painter.drawText(
                QRectF(x + 22, y, width, height),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                label,
            )
            x += 22 + width + 14
