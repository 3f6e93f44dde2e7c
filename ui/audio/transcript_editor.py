"""The transcript editor: plain text with speaker turns and clickable timestamps.

Signals:
    timestampClicked(int): a click on a ``[hh:mm:ss]`` stamp (milliseconds), to seek there.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import (
    QFont,
    QMouseEvent,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)
from PySide6.QtWidgets import QPlainTextEdit, QWidget

from app.audio.transcript import TIMESTAMP, format_timestamp, timestamps
from ui.style.look import paint_colour

_SPEAKER_AFTER_STAMP = r"^(?:\[[0-9:.,-]+\]\s*)?([A-ZÅÄÖ][\wÅÄÖåäö.]{0,11})\s?:"


class _Highlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        import re

        self._speaker = re.compile(_SPEAKER_AFTER_STAMP)
        self.stamp = QTextCharFormat()
        self.stamp.setForeground(paint_colour("link"))
        self.stamp.setFontUnderline(True)
        self.speaker = QTextCharFormat()
        self.speaker.setFontWeight(QFont.Weight.Bold)

    def highlightBlock(self, text: str) -> None:  # noqa: N802 - Qt override
        for m in TIMESTAMP.finditer(text):
            self.setFormat(m.start(), m.end() - m.start(), self.stamp)
        s = self._speaker.match(text)
        if s:
            self.setFormat(s.start(1), s.end(1) - s.start(1) + 1, self.speaker)


class TranscriptEditor(QPlainTextEdit):
    timestampClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Utskrift"))
        self.setTabChangesFocus(True)  # Tab moves on (issue 21); a transcript has no tabs
        self._highlighter = _Highlighter(self.document())
        self._press: QPoint | None = None
        self.setMouseTracking(True)

    # -- editing helpers ---------------------------------------------------------------------
    def insert_timestamp(self, ms: int) -> None:
        cursor = self.textCursor()
        before = cursor.block().text()[: cursor.positionInBlock()]
        space = "" if not before or before.endswith(" ") else " "
        cursor.insertText(f"{space}{format_timestamp(ms)} ")
        self.setTextCursor(cursor)

    def insert_turn(self, speaker: str, ms: int) -> None:
        """A new paragraph ``[hh:mm:ss] SPEAKER: `` (on the current line if it is empty)."""
        cursor = self.textCursor()
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
        if cursor.block().text().strip():
            cursor.insertText("\n")
        cursor.insertText(f"{format_timestamp(ms)} {speaker}: ")
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def stamp_at(self, pos: QPoint) -> int | None:
        """The milliseconds of the timestamp under a point of the viewport, if any."""
        cursor = self.cursorForPosition(pos)
        block = cursor.block()
        col = cursor.positionInBlock()
        for start, end, ms in timestamps(block.text()):
            if start <= col <= end:
                return ms
        return None

    # -- clicks on stamps --------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        pos = event.position().toPoint()
        if (
            event.button() == Qt.MouseButton.LeftButton
            and self._press is not None
            and (pos - self._press).manhattanLength() < 4
            and not self.textCursor().hasSelection()
        ):
            ms = self.stamp_at(pos)
            if ms is not None:
                self.timestampClicked.emit(ms)
        self._press = None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mouseMoveEvent(event)
        over = self.stamp_at(event.position().toPoint()) is not None
        shape = Qt.CursorShape.PointingHandCursor if over else Qt.CursorShape.IBeamCursor
        self.viewport().setCursor(shape)
