"""The reader of the workspace: a note (tag passages, edit) or a quote (edit its report version),
one at a time (:mod:`ui.analysis.note_reader`, :mod:`ui.analysis.quote_reader`)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QStackedWidget,
    QWidget,
)

from app.store.database import Database
from ui.analysis.models import ThemeTreeModel
from ui.analysis.note_reader import NoteReader
from ui.analysis.quote_reader import QuoteReader


class ReaderPane(QStackedWidget):
    """The note reader, the quote reader, or a hint while nothing is open.

    Signals:
        tags_changed(): forwarded from the readers.
    """

    tags_changed = Signal()

    def __init__(self, db: Database, themes: ThemeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.hint = QLabel(
            self.tr(
                "Välj en anteckning, ett stycke, ett citat eller en sökträff för att läsa och"
                " tagga."
            )
        )
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = NoteReader(db, themes)
        self.quote = QuoteReader(db, themes)
        for w in (self.hint, self.note, self.quote):
            self.addWidget(w)
        self.setContentsMargins(0, 0, 6, 0)  # not flush with the window's edge
        self.note.tags_changed.connect(self.tags_changed)
        self.quote.tags_changed.connect(self.tags_changed)

    def show_note(
        self, note_id: int, select: tuple[int, int] | None = None, focus: bool = False
    ) -> None:
        self.quote.save_now()
        self.setCurrentWidget(self.note)
        self.note.show_note(note_id, select, focus)

    def show_quote(
        self, quote_id: int, select: tuple[int, int, int] | None = None, focus: bool = False
    ) -> None:
        self.note.save_now()
        self.setCurrentWidget(self.quote)
        self.quote.show_quote(quote_id, select, focus)

    def tag(self, theme_ids: list[int] | None = None) -> None:
        """Tag what is open: the selected words of a note, or the quote."""
        if self.currentWidget() is self.note:
            self.note.tag_selection(theme_ids)
        elif self.currentWidget() is self.quote:
            self.quote.tag_quote(theme_ids)

    def tag_with_nth(self, n: int) -> None:
        ordered = self.note.themes.ordered()
        if 1 <= n <= len(ordered):
            self.tag([ordered[n - 1].id])

    def save_now(self) -> None:
        self.note.save_now()
        self.quote.save_now()
