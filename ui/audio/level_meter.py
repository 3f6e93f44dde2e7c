"""A small horizontal level meter (dBFS), with a peak hold that falls back slowly."""

from __future__ import annotations

import time

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from ui.style.look import paint_colour
from ui.style.palette import ERROR, SUCCESS, WARNING

FLOOR_DB = -60.0


class LevelMeter(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.level_db = FLOOR_DB
        self.peak_db = FLOOR_DB
        self._peak_at = 0.0
        self.setMinimumSize(90, 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(self.tr("Ljudnivå"))

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(140, 14)

    def set_level(self, db: float) -> None:
        self.level_db = max(FLOOR_DB, min(0.0, db))
        now = time.monotonic()
        if self.level_db >= self.peak_db or now - self._peak_at > 1.5:
            self.peak_db, self._peak_at = self.level_db, now
        self.setAccessibleDescription(f"{self.level_db:.0f} dBFS")
        self.update()

    @staticmethod
    def fraction(db: float) -> float:
        return (max(FLOOR_DB, min(0.0, db)) - FLOOR_DB) / -FLOOR_DB

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        p = QPainter(self)
        r = QRectF(self.rect()).adjusted(0.5, 0.5, -0.5, -0.5)
        p.setPen(paint_colour("border"))
        p.setBrush(paint_colour("base"))
        p.drawRoundedRect(r, 3, 3)
        w = (r.width() - 2) * self.fraction(self.level_db)
        color = (
            paint_colour(ERROR)
            if self.level_db > -1  # clipping
            else paint_colour(WARNING)
            if self.level_db > -9
            else paint_colour(SUCCESS)
        )
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(color)
        p.drawRoundedRect(QRectF(r.left() + 1, r.top() + 1, w, r.height() - 2), 2, 2)
        x = r.left() + 1 + (r.width() - 2) * self.fraction(self.peak_db)
        p.setPen(paint_colour("text"))
        p.drawLine(int(x), int(r.top() + 1), int(x), int(r.bottom() - 1))
        p.end()
