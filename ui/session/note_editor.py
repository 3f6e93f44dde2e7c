"""The note editor: plain paragraphs, each stamped with the interview time it was begun.

The stamp lives in ``QTextBlock.userState()`` (milliseconds since start; -1 = not yet
stamped), so it moves with the paragraph when text is inserted above it. Each question has
its own ``QTextDocument``, so undo/redo stays per note.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QMimeData, Qt, Signal
from PySide6.QtGui import QFocusEvent, QTextDocument
from PySide6.QtWidgets import QTextEdit, QWidget

from app.interview.notes import Paragraph
from ui.widgets.clipboard import secret_mime_data

UNSTAMPED = -1


def new_note_document(paragraphs: list[Paragraph], parent: QWidget | None = None) -> QTextDocument:
    """A document holding ``paragraphs`` with their stamps and an empty undo stack."""
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    doc.setPlainText("\n".join(p.text for p in paragraphs))
    block = doc.firstBlock()
    for p in paragraphs:
        if not block.isValid():
            break
        block.setUserState(int(p.at_ms))
        block = block.next()
    doc.setUndoRedoEnabled(True)
    doc.setModified(False)
    return doc


def document_paragraphs(doc: QTextDocument, now_ms: int) -> list[Paragraph]:
    """The document's paragraphs; unstamped ones get ``now_ms``. Trailing empty lines dropped."""
    out: list[Paragraph] = []
    block = doc.firstBlock()
    while block.isValid():
        state = block.userState()
        out.append(Paragraph(state if state >= 0 else now_ms, block.text()))
        block = block.next()
    while out and not out[-1].text:
        out.pop()
    return out


class NoteEditor(QTextEdit):
    """A plain-text editor that stamps new paragraphs with the session clock.

    Signals:
        edited(): the user changed the text.
        focus_left(): focus moved elsewhere (a save point).
    """

    edited = Signal()
    focus_left = Signal()

    def __init__(self, clock_ms: Callable[[], int], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._clock_ms = clock_ms
        self.setAcceptRichText(False)
        self.setTabChangesFocus(True)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self._connected: QTextDocument | None = None
        self.set_note_document(self.document())

    def set_note_document(self, doc: QTextDocument) -> None:
        if self._connected is not None and self._connected is not doc:
            self._connected.contentsChange.disconnect(self._on_change)
        if self._connected is not doc:
            doc.contentsChange.connect(self._on_change)
        self._connected = doc
        doc.setDefaultFont(self.font())
        if self.document() is not doc:
            self.setDocument(doc)
        self.moveCursor(self.textCursor().MoveOperation.End)

    def _on_change(self, position: int, removed: int, added: int) -> None:
        doc = self.document()
        block = doc.findBlock(position)
        end = doc.findBlock(position + added)
        now = self._clock_ms()
        while block.isValid():
            if block.userState() < 0 and block.text():
                block.setUserState(now)
            if block == end:
                break
            block = block.next()
        if removed or added:
            self.edited.emit()

    def createMimeDataFromSelection(self) -> QMimeData:  # noqa: N802
        """Copies and drags of notes are plain text marked secret (:mod:`ui.widgets.clipboard`)."""
        return secret_mime_data(self.textCursor().selection().toPlainText())

    def clear_for_lock(self) -> None:
        """Forget the text on screen and the undo history (lock)."""
        if self._connected is not None:
            self._connected.contentsChange.disconnect(self._on_change)  # clearing is no edit
            self._connected = None
        doc = self.document()
        doc.clear()
        doc.clearUndoRedoStacks()

    def paragraphs(self) -> list[Paragraph]:
        return document_paragraphs(self.document(), self._clock_ms())

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.document().setDefaultFont(self.font())

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        if event.reason() != Qt.FocusReason.PopupFocusReason:
            self.focus_left.emit()
