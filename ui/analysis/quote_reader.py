"""The quote reader: a quote's verbatim words beside its report version ([…], [brackets]),
its star and its themes."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QTextCursor
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.analysis import reading, tagging
from app.interview.quotes import get_quote, update_quote
from app.store.database import Database
from ui.analysis.codebook_panel import ThemePicker, swatch
from ui.analysis.models import ThemeTreeModel
from ui.analysis.note_reader import SAVE_DELAY_MS
from ui.errors import show_error
from ui.style.look import set_tone
from ui.style.palette import HINT
from ui.widgets.a11y import describe_as


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
        set_tone(self.question, HINT)
        describe_as(self.question, self.tr("Frågan som citatet hör till"))
        self.verbatim = QPlainTextEdit()
        self.verbatim.setReadOnly(True)
        self.verbatim.setAccessibleName(self.tr("Ordagrant citat"))
        self.verbatim.setMaximumHeight(110)
        self.verbatim.setTabChangesFocus(True)
        self.edited = QPlainTextEdit()
        self.edited.setTabChangesFocus(True)  # 27 tabs once ended up in a report version
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
        verbatim_label = QLabel(self.tr("&Ordagrant (ändras inte):"))
        verbatim_label.setBuddy(self.verbatim)
        edited_label = QLabel(self.tr("I ra&pporten:"))
        edited_label.setBuddy(self.edited)
        layout.addWidget(verbatim_label)
        layout.addWidget(self.verbatim)
        layout.addWidget(edited_label)
        layout.addWidget(self.edited)
        layout.addLayout(edit_row)
        layout.addLayout(tag_row)
        layout.addWidget(self.theme_list)
        layout.addStretch(1)
        chain: tuple[QWidget, ...] = (
            self.verbatim,
            self.edited,
            self.omit_button,
            self.bracket_button,
            self.reset_button,
            self.star,
            self.tag_button,
            self.untag_button,
            self.theme_list,
        )
        for before, after in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(before, after)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)

    def show_quote(
        self, quote_id: int, select: tuple[int, int, int] | None = None, focus: bool = False
    ) -> None:
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
            if focus:
                target.setFocus()
        elif focus:
            self.edited.setFocus()

    def _reload_themes(self) -> None:
        self.theme_list.clear()
        if self.quote_id is None:
            return
        for tid in tagging.quote_theme_ids(self.db, self.quote_id):
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
                    tagging.tag_quote(self.db, self.quote_id, t)
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
        self._reload_themes()
        self.tags_changed.emit()

    def remove_current_theme(self) -> None:
        item = self.theme_list.currentItem()
        if item is not None and self.quote_id is not None:
            tagging.untag_quote(self.db, self.quote_id, int(item.data(Qt.ItemDataRole.UserRole)))
            self._reload_themes()
            self.tags_changed.emit()
