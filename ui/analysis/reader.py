"""The reader of the workspace: a note (tag passages, edit) or a quote (edit its report version).

Tags are background highlights (``ExtraSelection``) in the theme's colour. While the note is
edited, ``contentsChange`` moves every tag's offsets with the text; the debounced save writes
those offsets and the body in one transaction, and ``save_note`` re-anchors whatever the live
tracking could not know (see ``app.interview.anchors``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.analysis import codebook, reading
from app.interview.anchors import edit_span
from app.interview.notes import Paragraph, save_note
from app.interview.quotes import get_quote, update_quote
from app.store.database import Database
from ui.analysis.codebook_panel import ThemePicker, swatch
from ui.analysis.models import ThemeTreeModel
from ui.errors import show_error

SAVE_DELAY_MS = 800


def tint(colour: str, alpha: int = 90) -> QColor:
    c = QColor(colour)
    c.setAlpha(alpha)
    return c


class NoteReader(QWidget):
    """One note in full, editable, with its tagged passages highlighted.

    Signals:
        tags_changed(): a tag was added, removed or starred (counts change).
    """

    tags_changed = Signal()

    def __init__(self, db: Database, themes: ThemeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.themes = themes
        self.note_id: int | None = None
        self._interview_id = 0
        self._question_id: int | None = None
        self._times: list[int] = []
        self._tags: list[codebook.PassageTag] = []
        self._loading = False
        self._text = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #555;")
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Anteckningens text"))
        self.editor.setStyleSheet("font-size: 11pt;")
        self.editor.document().contentsChange.connect(self._contents_change)
        self.tag_list = QListWidget()
        self.tag_list.setAccessibleName(self.tr("Taggade stycken i anteckningen"))
        self.tag_list.setMaximumHeight(130)
        self.tag_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.tag_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.tag_list.itemActivated.connect(self._go_to_tag)
        self.tag_button = QPushButton(self.tr("Tagga… (Ctrl+T)"))
        self.tag_button.setAccessibleName(self.tr("Tagga markeringen med tema"))
        self.tag_button.clicked.connect(lambda: self.tag_selection())
        self.untag_button = QPushButton(self.tr("Ta bort tagg"))
        self.untag_button.setAccessibleName(self.tr("Ta bort vald tagg"))
        self.untag_button.clicked.connect(self.remove_current_tag)
        self.star_button = QPushButton(self.tr("★ Nyckelstycke"))
        self.star_button.setAccessibleName(self.tr("Stjärnmärk vald tagg"))
        self.star_button.clicked.connect(self.toggle_star)
        buttons = QHBoxLayout()
        for b in (self.tag_button, self.untag_button, self.star_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(self.editor, 1)
        layout.addLayout(buttons)
        layout.addWidget(QLabel(self.tr("Taggar:")))
        layout.addWidget(self.tag_list)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    # -- loading ------------------------------------------------------------------------
    def show_note(self, note_id: int, select: tuple[int, int] | None = None) -> None:
        self.save_now()
        source = reading.note_source(self.db, note_id)
        if source is None:
            return
        self.note_id = note_id
        self._interview_id = source.interview_id
        self._question_id = source.question_id
        self._times = source.paragraph_ms
        self.heading.setText(
            self.tr("Anteckning – intervju {code}").replace(
                "{code}", source.heading.participant_code
            )
        )
        question = source.heading.question if source.question_id else self.tr("Allmän anteckning")
        self.question.setText(question)
        self._loading = True
        self.editor.setPlainText(source.body)
        self._text = self.editor.toPlainText()
        self._loading = False
        self.reload_tags()
        if select is not None:
            self.select_range(*select)

    def reload_tags(self) -> None:
        if self.note_id is None:
            return
        self._tags = codebook.passage_tags(self.db, self.note_id)
        self._paint()

    def select_range(self, start: int, end: int) -> None:
        cursor = self.editor.textCursor()
        length = len(self.editor.toPlainText())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        self.editor.setFocus()

    def _paint(self) -> None:
        selections = []
        self.tag_list.clear()
        for tag in self._tags:
            name = self.themes.path(tag.theme_id)
            star = "★ " if tag.starred else ""
            if tag.orphaned:
                text = self.tr(
                    "{star}{theme}: \u201d{words}\u201d (orden finns inte längre i anteckningen)"
                )
            else:
                text = "{star}{theme}: \u201d{words}\u201d"
                fmt = QTextCharFormat()
                fmt.setBackground(tint(self.themes.colour(tag.theme_id)))
                sel = QTextEdit.ExtraSelection()
                cursor = QTextCursor(self.editor.document())
                cursor.setPosition(tag.start)
                cursor.setPosition(
                    min(tag.end, self.editor.document().characterCount() - 1),
                    QTextCursor.MoveMode.KeepAnchor,
                )
                sel.cursor = cursor  # type: ignore[attr-defined]
                sel.format = fmt  # type: ignore[attr-defined]
                selections.append(sel)
            words = " ".join(tag.exact.split())
            words = words if len(words) < 80 else words[:79] + "…"
            item = QListWidgetItem(
                swatch(self.themes.colour(tag.theme_id)),
                text.replace("{star}", star).replace("{theme}", name).replace("{words}", words),
            )
            item.setData(Qt.ItemDataRole.UserRole, tag.id)
            self.tag_list.addItem(item)
        self.editor.setExtraSelections(selections)

    # -- live tracking -----------------------------------------------------------------------
    def _contents_change(self, _pos: int, _removed: int, _added: int) -> None:
        if self._loading or self.note_id is None:
            return
        # Qt sometimes reports a whole block as changed; the real edit comes from a diff.
        new = self.editor.toPlainText()
        pos, old_end, new_end = edit_span(self._text, new)
        self._text = new
        removed, added = old_end - pos, new_end - pos
        if not removed and not added:
            return
        delta = added - removed
        for tag in self._tags:
            if tag.orphaned:
                continue
            if pos >= tag.end:
                continue  # after the passage
            if pos + removed <= tag.start:
                tag.start += delta  # wholly before: shift
                tag.end += delta
            else:  # touches the passage: keep its start, stretch or shrink its end
                tag.start = min(tag.start, pos) if pos < tag.start else tag.start
                tag.end = max(tag.start, tag.end + delta)
        self._paint()
        self._save_timer.start()

    def save_now(self) -> None:
        """Write the body and the live-tracked offsets in one transaction."""
        if not self._save_timer.isActive() or self.note_id is None:
            self._save_timer.stop()
            return
        self._save_timer.stop()
        body = self.editor.toPlainText()
        lines = body.split("\n")
        times = self._times + [self._times[-1] if self._times else 0] * max(
            0, len(lines) - len(self._times)
        )
        try:
            with self.db.atomic():
                for tag in self._tags:
                    if tag.orphaned:
                        continue
                    if tag.end <= tag.start:  # its words were deleted: keep it, orphaned
                        codebook.orphan_passage(self.db, tag.id)
                    else:
                        codebook.set_passage_offsets(self.db, tag.id, body, tag.start, tag.end)
                save_note(
                    self.db,
                    self._interview_id,
                    self._question_id,
                    [Paragraph(t, line) for t, line in zip(times, lines, strict=False)],
                )
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return
        self.reload_tags()

    # -- tagging -------------------------------------------------------------------------------
    def selection(self) -> tuple[int, int] | None:
        c = self.editor.textCursor()
        return (c.selectionStart(), c.selectionEnd()) if c.hasSelection() else None

    def tag_selection(self, theme_ids: list[int] | None = None) -> list[int]:
        """Tag the selected words (asks for themes unless given). Returns the new tag ids."""
        span = self.selection()
        if self.note_id is None or span is None:
            return []
        if theme_ids is None:
            theme_ids = ThemePicker.ask(self, self.themes)
        if not theme_ids:
            return []
        self.save_now()  # the database body must be what the offsets refer to
        made: list[int] = []
        try:
            with self.db.atomic():
                made = [codebook.tag_passage(self.db, self.note_id, t, *span) for t in theme_ids]
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
        self.reload_tags()
        self.tags_changed.emit()
        return made

    def _current_tag(self) -> int | None:
        item = self.tag_list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item else None

    def _go_to_tag(self, item: QListWidgetItem) -> None:
        tag_id = int(item.data(Qt.ItemDataRole.UserRole))
        tag = next((t for t in self._tags if t.id == tag_id), None)
        if tag and not tag.orphaned:
            self.select_range(tag.start, tag.end)

    def remove_current_tag(self) -> None:
        tag_id = self._current_tag()
        if tag_id is not None:
            codebook.untag_passage(self.db, tag_id)
            self.reload_tags()
            self.tags_changed.emit()

    def toggle_star(self) -> None:
        tag_id = self._current_tag()
        tag = next((t for t in self._tags if t.id == tag_id), None)
        if tag is not None:
            codebook.set_passage_starred(self.db, tag.id, not tag.starred)
            self.reload_tags()
            self.tags_changed.emit()


class QuoteReader(QWidget):
    """A quote: its verbatim words (read-only) and its report version ("[...]", brackets).

    Signals:
        tags_changed(): themes or the key-quote star changed.
    """

    tags_changed = Signal()

    def __init__(self, db: Database, themes: ThemeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.themes = themes
        self.quote_id: int | None = None
        self._loading = False
        self.heading = QLabel()
        self.heading.setStyleSheet("font-weight: 600;")
        self.question = QLabel()
        self.question.setWordWrap(True)
        self.question.setStyleSheet("color: #555;")
        self.verbatim = QPlainTextEdit()
        self.verbatim.setReadOnly(True)
        self.verbatim.setAccessibleName(self.tr("Ordagrant citat"))
        self.verbatim.setMaximumHeight(110)
        self.edited = QPlainTextEdit()
        self.edited.setAccessibleName(self.tr("Citatet i rapporten"))
        self.edited.setPlaceholderText(
            self.tr("Som det ordagranna citatet. Skriv här för att redigera.")
        )
        self.edited.setMaximumHeight(130)
        self.edited.textChanged.connect(self._edited_changed)
        self.omit_button = QPushButton(self.tr("[...] Utelämna"))
        self.omit_button.setAccessibleName(self.tr("Ersätt markeringen med [...]"))
        self.omit_button.setShortcut(QKeySequence("Ctrl+Shift+O"))
        self.omit_button.setToolTip(self.tr("Ersätt de markerade orden med [...] (Ctrl+Shift+O)"))
        self.omit_button.clicked.connect(self.insert_omission)
        self.bracket_button = QPushButton(self.tr("[ ] Förtydliga"))
        self.bracket_button.setAccessibleName(self.tr("Sätt markeringen inom hakparentes"))
        self.bracket_button.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.bracket_button.setToolTip(
            self.tr("Sätt markeringen inom hakparentes, t.ex. [Handläggaren] (Ctrl+Shift+B)")
        )
        self.bracket_button.clicked.connect(self.wrap_in_brackets)
        self.reset_button = QPushButton(self.tr("Återställ"))
        self.reset_button.setAccessibleName(
            self.tr("Återställ rapportversionen till det ordagranna")
        )
        self.reset_button.setToolTip(
            self.tr("Gör rapportversionen lika med det ordagranna citatet")
        )
        self.reset_button.clicked.connect(self.reset_to_verbatim)
        self.star = QCheckBox(self.tr("Nyckelcitat ★"))
        self.star.setAccessibleName(self.tr("Nyckelcitat"))
        self.star.toggled.connect(self._star_toggled)
        self.theme_list = QListWidget()
        self.theme_list.setAccessibleName(self.tr("Citatets teman"))
        self.theme_list.setMaximumHeight(100)
        self.tag_button = QPushButton(self.tr("Tagga… (Ctrl+T)"))
        self.tag_button.setAccessibleName(self.tr("Tagga citatet med tema"))
        self.tag_button.clicked.connect(lambda: self.tag_quote())
        self.untag_button = QPushButton(self.tr("Ta bort tema"))
        self.untag_button.setAccessibleName(self.tr("Ta bort valt tema från citatet"))
        self.untag_button.clicked.connect(self.remove_current_theme)
        edit_row = QHBoxLayout()
        for b in (self.omit_button, self.bracket_button, self.reset_button):
            edit_row.addWidget(b)
        edit_row.addStretch(1)
        tag_row = QHBoxLayout()
        for w in (self.star, self.tag_button, self.untag_button):
            tag_row.addWidget(w)
        tag_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.question)
        layout.addWidget(QLabel(self.tr("Ordagrant (ändras inte):")))
        layout.addWidget(self.verbatim)
        layout.addWidget(QLabel(self.tr("I rapporten:")))
        layout.addWidget(self.edited)
        layout.addLayout(edit_row)
        layout.addLayout(tag_row)
        layout.addWidget(self.theme_list)
        layout.addStretch(1)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    def show_quote(self, quote_id: int, select: tuple[int, int, int] | None = None) -> None:
        self.save_now()
        q = get_quote(self.db, quote_id)
        heading = reading.quote_heading(self.db, q.interview_id, q.question_id)
        self.quote_id = quote_id
        self._loading = True
        code = heading.participant_code if heading else ""
        self.heading.setText(self.tr("Citat – intervju {code}").replace("{code}", code))
        self.question.setText(heading.question if heading and q.question_id else "")
        self.verbatim.setPlainText(q.text)
        self.edited.setPlainText(q.edited_text if q.edited_text is not None else q.text)
        self.star.setChecked(q.starred)
        self._loading = False
        self._reload_themes()
        if select is not None:
            column, start, end = select
            target = self.edited if column == 1 else self.verbatim
            cursor = target.textCursor()
            cursor.setPosition(start)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            target.setTextCursor(cursor)
            target.setFocus()

    def _reload_themes(self) -> None:
        self.theme_list.clear()
        if self.quote_id is None:
            return
        for tid in codebook.quote_theme_ids(self.db, self.quote_id):
            item = QListWidgetItem(swatch(self.themes.colour(tid)), self.themes.path(tid))
            item.setData(Qt.ItemDataRole.UserRole, tid)
            self.theme_list.addItem(item)

    def _edited_changed(self) -> None:
        if not self._loading and self.quote_id is not None:
            self._save_timer.start()

    def save_now(self) -> None:
        if not self._save_timer.isActive() or self.quote_id is None:
            return
        self._save_timer.stop()
        text = self.edited.toPlainText()
        try:
            if text.strip() == self.verbatim.toPlainText().strip() or not text.strip():
                update_quote(self.db, self.quote_id, clear_edited=True)
            else:
                update_quote(self.db, self.quote_id, edited_text=text)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)

    def insert_omission(self) -> None:
        """Replace the selected words (or insert at the cursor) with "[...]"."""
        self.edited.textCursor().insertText("[...]")
        self.edited.setFocus()

    def wrap_in_brackets(self) -> None:
        """Put the selection in brackets: a clarification such as "[Handläggaren]"."""
        cursor = self.edited.textCursor()
        text = cursor.selectedText()
        cursor.insertText(f"[{text}]")
        if not text:
            cursor.movePosition(QTextCursor.MoveOperation.Left)
            self.edited.setTextCursor(cursor)
        self.edited.setFocus()

    def reset_to_verbatim(self) -> None:
        self.edited.setPlainText(self.verbatim.toPlainText())
        self.save_now()

    def _star_toggled(self, on: bool) -> None:
        if not self._loading and self.quote_id is not None:
            update_quote(self.db, self.quote_id, starred=on)
            self.tags_changed.emit()

    def tag_quote(self, theme_ids: list[int] | None = None) -> None:
        if self.quote_id is None:
            return
        if theme_ids is None:
            theme_ids = ThemePicker.ask(self, self.themes)
        if not theme_ids:
            return
        try:
            with self.db.atomic():
                for t in theme_ids:
                    codebook.tag_quote(self.db, self.quote_id, t)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
        self._reload_themes()
        self.tags_changed.emit()

    def remove_current_theme(self) -> None:
        item = self.theme_list.currentItem()
        if item is not None and self.quote_id is not None:
            codebook.untag_quote(self.db, self.quote_id, int(item.data(Qt.ItemDataRole.UserRole)))
            self._reload_themes()
            self.tags_changed.emit()


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
        self.note.tags_changed.connect(self.tags_changed)
        self.quote.tags_changed.connect(self.tags_changed)

    def show_note(self, note_id: int, select: tuple[int, int] | None = None) -> None:
        self.quote.save_now()
        self.setCurrentWidget(self.note)
        self.note.show_note(note_id, select)

    def show_quote(self, quote_id: int, select: tuple[int, int, int] | None = None) -> None:
        self.note.save_now()
        self.setCurrentWidget(self.quote)
        self.quote.show_quote(quote_id, select)

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
