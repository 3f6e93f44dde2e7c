"""The recording as a bar: played position, question changes (ticks) and quote marks (dots).

Click or drag to seek; marks have tooltips. Signals:
    seekRequested(int): milliseconds on the recording.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.audio.transcript import format_timestamp
from ui.style.look import paint_colour
from ui.style.palette import HINT, WARNING


@dataclass(frozen=True)
class BarMark:
    ms: int  # on the recording
    kind: str  # "question" | "quote"
    label: str


class TimelineBar(QWidget):
    seekRequested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.duration_ms = 0
        self.position_ms = 0
        self.marks: list[BarMark] = []
        self.setMouseTracking(True)
        self.setMinimumHeight(34)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setAccessibleName(self.tr("Tidslinje"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(400, 34)

    def set_duration(self, ms: int) -> None:
        self.duration_ms = max(0, ms)
        self.update()

    def set_position(self, ms: int) -> None:
        self.position_ms = ms
        self.update()

    def set_marks(self, marks: list[BarMark]) -> None:
        self.marks = marks
        self.update()

    def _x(self, ms: int) -> float:
        w = self.width() - 12
        return 6 + (w * ms / self.duration_ms if self.duration_ms else 0)

    def _ms(self, x: float) -> int:
        w = max(1, self.width() - 12)
        return int(min(1.0, max(0.0, (x - 6) / w)) * self.duration_ms)

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        mid = self.height() / 2
        track = QRectF(6, mid - 3, self.width() - 12, 6)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(paint_colour("border"))
        p.drawRoundedRect(track, 3, 3)
        if self.duration_ms:
            played = QRectF(track.left(), track.top(), self._x(self.position_ms) - 6, 6)
            p.setBrush(paint_colour("highlight"))
            p.drawRoundedRect(played, 3, 3)
        for m in self.marks:
            x = self._x(m.ms)
            if m.kind == "question":
                p.setPen(QPen(paint_colour(HINT), 2))
                p.drawLine(QPointF(x, mid - 12), QPointF(x, mid + 12))
            else:
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(paint_colour(WARNING))
                p.drawEllipse(QPointF(x, mid - 10), 4, 4)
        if self.duration_ms:
            x = self._x(self.position_ms)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(paint_colour("highlight"))
            p.drawEllipse(QPointF(x, mid), 7, 7)
        p.end()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton and self.duration_ms:
            self.seekRequested.emit(self._ms(event.position().x()))

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        x = event.position().x()
        if event.buttons() & Qt.MouseButton.LeftButton and self.duration_ms:
            self.seekRequested.emit(self._ms(x))
            return
        near = [m for m in self.marks if abs(self._x(m.ms) - x) < 5]
        if near:
            text = "\n".join(f"{format_timestamp(m.ms)} {m.label[:80]}" for m in near[:4])
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
