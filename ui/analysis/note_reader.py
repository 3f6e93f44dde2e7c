"""The note reader: tag passages of a note and edit it, with the tags following their words.

Tags are background highlights (``ExtraSelection``) in the theme's colour. While the note is
edited, ``contentsChange`` moves every tag's offsets with the text; the debounced save writes
those offsets and the body in one transaction, and ``save_note`` re-anchors whatever the live
tracking could not know (see ``app.interview.anchors``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.analysis import reading, tagging
from app.interview.anchors import edit_span
from app.interview.notes import Paragraph, save_note
from app.store.database import Database
from ui.analysis.codebook_panel import ThemePicker, swatch
from ui.analysis.models import ThemeTreeModel
from ui.errors import show_error
from ui.style.look import current, set_tone
from ui.style.palette import HINT
from ui.widgets.a11y import describe_as

SAVE_DELAY_MS = 800


def tint(colour: str) -> QColor:
    """A theme's colour behind the note's text, as strong as the text's contrast allows."""
    return current().tint(colour)


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
        self._tags: list[tagging.PassageTag] = []
        self._loading = False
        self._text = ""
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-weight: 600;")
        self.question = QLabel()
        self.question.setWordWrap(True)
        set_tone(self.question, HINT)
        describe_as(self.question, self.tr("Frågan som anteckningen hör till"))
        self.editor = QPlainTextEdit()
        self.editor.setAccessibleName(self.tr("Anteckningens text"))
        self.editor.setTabChangesFocus(True)  # a tab character is never wanted in a note
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
        tags_label = QLabel(self.tr("Tagga&r:"))
        tags_label.setBuddy(self.tag_list)
        layout.addWidget(tags_label)
        layout.addWidget(self.tag_list)
        for a, b in zip(
            (self.editor, self.tag_button, self.untag_button),
            (self.tag_button, self.untag_button, self.star_button),
            strict=True,
        ):
            QWidget.setTabOrder(a, b)
        QWidget.setTabOrder(self.star_button, self.tag_list)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    # -- loading ------------------------------------------------------------------------
    def show_note(
        self, note_id: int, select: tuple[int, int] | None = None, focus: bool = False
    ) -> None:
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
            self.select_range(*select, focus=focus)
        elif focus:
            self.editor.setFocus()

    def reload_tags(self) -> None:
        if self.note_id is None:
            return
        self._tags = tagging.passage_tags(self.db, self.note_id)
        self._paint()

    def select_range(self, start: int, end: int, focus: bool = True) -> None:
        cursor = self.editor.textCursor()
        length = len(self.editor.toPlainText())
        cursor.setPosition(max(0, min(start, length)))
        cursor.setPosition(max(0, min(end, length)), QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.centerCursor()
        if focus:
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
                sel.cursor = cursor
                sel.format = fmt
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
                        tagging.orphan_passage(self.db, tag.id)
                    else:
                        tagging.set_passage_offsets(self.db, tag.id, body, tag.start, tag.end)
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
                made = [tagging.tag_passage(self.db, self.note_id, t, *span) for t in theme_ids]
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
            tagging.untag_passage(self.db, tag_id)
            self.reload_tags()
            self.tags_changed.emit()

    def toggle_star(self) -> None:
        tag_id = self._current_tag()
        tag = next((t for t in self._tags if t.id == tag_id), None)
        if tag is not None:
            tagging.set_passage_starred(self.db, tag.id, not tag.starred)
            self.reload_tags()
            self.tags_changed.emit()
