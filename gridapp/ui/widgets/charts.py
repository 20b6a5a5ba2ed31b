"""Small charts drawn with QPainter: a coverage bar and a horizontal bar chart."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

GOOD = QColor("#2e7d32")
FAIR = QColor("#f9a825")
POOR = QColor("#c62828")
TRACK = QColor("#e6e9ee")
BLUE = QColor("#1565c0")


def ratio_color(ratio: float) -> QColor:
    if ratio >= 0.9:
        return GOOD
    if ratio >= 0.6:
        return FAIR
    return POOR


class CoverageBar(QWidget):
    """A label, a bar filled to ``visited / due`` and the figures, in one line."""

    def __init__(
        self,
        label: str,
        visited: int,
        due: int,
        parent: QWidget | None = None,
        elide: Qt.TextElideMode = Qt.TextElideMode.ElideMiddle,
    ) -> None:
        super().__init__(parent)
        self.label = label
        self.elide = elide
        self.visited = visited
        self.due = due
        self.setMinimumHeight(24)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setToolTip(f"{label}: {visited} / {due}")

    @property
    def ratio(self) -> float:
        return self.visited / self.due if self.due else 0.0

    def sizeHint(self) -> QSize:
        return QSize(360, 26)

    def _label_width(self) -> int:
        return min(
            max(self.fontMetrics().horizontalAdvance(self.label) + 12, 90), self.width() // 3
        )

    def shown_label(self) -> str:
        """The label as painted: elided in the middle (or where ``elide`` says), so the part
        that tells two long names apart stays."""
        return self.fontMetrics().elidedText(self.label, self.elide, self._label_width() - 6)

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        h = self.height()
        label_w = self._label_width()
        text = f"{self.visited}/{self.due}  {self.ratio:.0%}"
        text_w = fm.horizontalAdvance(text) + 12
        p.setPen(self.palette().text().color())
        p.drawText(
            QRectF(0, 0, label_w - 6, h),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            self.shown_label(),
        )
        bar = QRectF(label_w, h * 0.22, max(self.width() - label_w - text_w, 20), h * 0.56)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(TRACK)
        p.drawRoundedRect(bar, 4, 4)
        if self.due:
            filled = QRectF(bar.x(), bar.y(), bar.width() * min(self.ratio, 1.0), bar.height())
            p.setBrush(ratio_color(self.ratio))
            p.drawRoundedRect(filled, 4, 4)
        p.setPen(self.palette().text().color())
        p.drawText(
            QRectF(bar.right() + 6, 0, text_w, h),
            int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
            text,
        )
        p.end()


class BarChart(QWidget):
    """Horizontal bars with their labels and values; ``ratios`` shows values as percentages."""

    def __init__(self, title: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.items: list[tuple[str, float, QColor]] = []
        self.percent = False
        self.setFixedHeight(110)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_items(
        self, items: list[tuple[str, float]], percent: bool = False, colors: bool = False
    ) -> None:
        self.percent = percent
        self.items = [
            (label, value, ratio_color(value) if colors else BLUE) for label, value in items
        ]
        self.setFixedHeight((30 if self.title else 4) + 26 * max(len(items), 1))
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(420, 40 + 26 * max(len(self.items), 3))

    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        fm = p.fontMetrics()
        text_color = self.palette().text().color()
        y = 0.0
        if self.title:
            f = p.font()
            f.setBold(True)
            p.setFont(f)
            p.setPen(text_color)
            p.drawText(QRectF(0, 0, self.width(), 24), int(Qt.AlignmentFlag.AlignLeft), self.title)
            f.setBold(False)
            p.setFont(f)
            y = 26.0
        if not self.items:
            p.setPen(QColor("#888"))
            p.drawText(QRectF(0, y, self.width(), 24), int(Qt.AlignmentFlag.AlignLeft), "—")
            p.end()
            return
        label_w = min(max(fm.horizontalAdvance(i[0]) for i in self.items) + 12, self.width() // 3)
        top = max(v for _l, v, _c in self.items) or 1.0
        if self.percent:
            top = max(top, 1.0)
        row_h = min(26.0, (self.height() - y) / len(self.items))
        value_w = fm.horizontalAdvance("100.0%  ") + 8
        for label, value, color in self.items:
            p.setPen(text_color)
            p.drawText(
                QRectF(0, y, label_w - 6, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                fm.elidedText(label, Qt.TextElideMode.ElideRight, label_w - 6),
            )
            span = max(self.width() - label_w - value_w, 10)
            bar = QRectF(label_w, y + row_h * 0.18, span * (value / top), row_h * 0.64)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(color)
            p.drawRoundedRect(bar, 3, 3)
            p.setPen(text_color)
            shown = f"{value:.1%}" if self.percent else f"{value:g}"
            p.drawText(
                QRectF(bar.right() + 6, y, value_w, row_h),
                int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft),
                shown,
            )
            y += row_h
        p.end()
