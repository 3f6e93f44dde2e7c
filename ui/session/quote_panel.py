"""Quote marks: the co-listener types what the informant said and presses Enter.

The same widget sits beside the runner or floats in a window of its own for a second screen
(:class:`QuoteDock`, F8), with the question being asked at the top. Each saved mark carries
the current question, the time since start, an optional star and themes. Marks are listed
below, newest last, and can be edited in place (F2), starred ("*" on the list; not
Ctrl+8, which tags with a theme elsewhere) or deleted
(Delete).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QPersistentModelIndex,
    QSignalBlocker,
    Qt,
    Signal,
)
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDockWidget,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QVBoxLayout,
    QWidget,
)

from app.analysis.themes import Theme
from app.errors import ConsentRequired, SamtalError
from app.interview import quotes as quote_store
from app.interview.quotes import QuoteMark
from app.interview.runner import format_clock
from app.store.database import Database
from ui.errors import message_for
from ui.settings import settings
from ui.style.look import set_tone
from ui.style.palette import ERROR, HINT, WARNING
from ui.widgets.a11y import announce, describe_as
from ui.widgets.clipboard import copy_text
from ui.widgets.keys import is_star_key

QUOTE_ID_ROLE = Qt.ItemDataRole.UserRole
RAW_TEXT_ROLE = (
    Qt.ItemDataRole.UserRole + 1
)  # the quote's own text (display adds time and question)
EDITED_ROLE = Qt.ItemDataRole.UserRole + 2  # what the user typed in the in-place editor
AT_MS_ROLE = Qt.ItemDataRole.UserRole + 3  # the interview clock, for the list's order


class QuoteDelegate(QStyledItemDelegate):
    """Edit only the quote's words, not the time and question shown under them."""

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:  # noqa: N802
        if isinstance(editor, QLineEdit):
            editor.setText(str(index.data(RAW_TEXT_ROLE) or ""))
        else:
            super().setEditorData(editor, index)

    def setModelData(  # noqa: N802
        self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        if isinstance(editor, QLineEdit):
            model.setData(index, editor.text(), EDITED_ROLE)
        else:
            super().setModelData(editor, model, index)


class QuoteList(QListWidget):
    """Signals:
    delete_requested(int): Delete pressed on a quote mark.
    star_requested(int): toggle the star of a quote mark.
    """

    delete_requested = Signal(int)
    star_requested = Signal(int)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if item is not None and self.state() != QAbstractItemView.State.EditingState:
            if event.matches(QKeySequence.StandardKey.Copy):
                copy_text(str(item.data(RAW_TEXT_ROLE) or ""))  # the words, marked secret
                return
            quote_id = int(item.data(QUOTE_ID_ROLE))
            if event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit(quote_id)
                return
            if is_star_key(event):
                self.star_requested.emit(quote_id)
                return
        super().keyPressEvent(event)


class QuotePanel(QWidget):
    """Type a quote mark, see and edit the interview's quote marks.

    Signals:
        changed(): a quote mark was added, edited or deleted (other panels refresh).
    """

    changed = Signal()

    def __init__(
        self,
        db: Database,
        interview_id: int,
        context: Callable[[], tuple[int | None, int]],
        themes: list[Theme],
        created_by: str = "",
        question_label: Callable[[int | None], str] = lambda _q: "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.interview_id = interview_id
        self.context = context
        self.created_by = created_by
        self.question_label = question_label
        self.themes = themes
        self.setObjectName("QuotePanel")

        self.heading = QLabel(self.tr("Citat"))
        self.heading.setStyleSheet("font-weight: 600;")
        # the question a new quote is saved with (the co-listener may sit at another screen)
        self.current_question = QLabel()
        self.current_question.setWordWrap(True)
        self.current_question.setTextFormat(Qt.TextFormat.PlainText)
        describe_as(self.current_question, self.tr("Frågan som ställs nu"))
        self.current_question.hide()
        self.consent_banner = QLabel(
            self.tr("Informanten har inte samtyckt till citat. Citat kan inte sparas.")
        )
        self.consent_banner.setWordWrap(True)
        set_tone(self.consent_banner, WARNING)
        self.input = QLineEdit()
        self.input.setPlaceholderText(self.tr("Vad sa informanten? Enter sparar"))
        self.input.setAccessibleName(self.tr("Nytt citat"))
        self.input.returnPressed.connect(self.submit)
        self.star = QCheckBox(self.tr("Stjärna"))
        self.star.setAccessibleName(self.tr("Stjärnmärk nästa citat"))
        self.theme_boxes: list[tuple[int, QCheckBox]] = []
        theme_row = QGridLayout()
        theme_row.setHorizontalSpacing(12)
        theme_row.setVerticalSpacing(2)
        theme_row.addWidget(self.star, 0, 0)
        for n, t in enumerate(themes, 1):
            box = QCheckBox(t.name)
            box.setAccessibleName(self.tr("Tema: %1").replace("%1", t.name))
            self.theme_boxes.append((t.id, box))
            theme_row.addWidget(box, n // 2, n % 2)
        theme_row.setColumnStretch(2, 1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        set_tone(self.message, ERROR)
        describe_as(self.message, self.tr("Meddelande om citat"))
        self.message.hide()
        self.list = QuoteList()
        self.list.setAccessibleName(self.tr("Sparade citat"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setItemDelegate(QuoteDelegate(self.list))
        self.list.setSpacing(2)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
        )
        self.list.itemChanged.connect(self._item_edited)
        self.list.delete_requested.connect(self.delete_quote)
        self.list.star_requested.connect(self.toggle_star)
        self.star_button = QPushButton(self.tr("Växla stjärna"))
        self.star_button.setAccessibleName(self.tr("Växla stjärna på markerat citat"))
        self.star_button.clicked.connect(self._star_current)
        self.delete_button = QPushButton(self.tr("Ta bort"))
        self.delete_button.setAccessibleName(self.tr("Ta bort markerat citat"))
        self.delete_button.clicked.connect(self._delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.star_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        self.help = QLabel(self.tr("F2 redigerar, Delete tar bort, * växlar stjärna."))
        set_tone(self.help, HINT)
        self.help.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.current_question)
        layout.addWidget(self.consent_banner)
        layout.addWidget(self.input)
        layout.addLayout(theme_row)
        layout.addWidget(self.message)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.help)
        self.refresh()

    def set_current_question(self, name: str, text: str) -> None:
        """Show the question being asked ("Under tiden · 7 – Hur upplever du …?")."""
        question = f"{name} – {text}" if name and text else (name or text)
        self.current_question.setText(self.tr("Nu: %1").replace("%1", question))
        self.current_question.setVisible(bool(question))

    # -- consent -------------------------------------------------------------------
    def set_quotes_allowed(self, allowed: bool) -> None:
        self.consent_banner.setVisible(not allowed)

    # -- adding ----------------------------------------------------------------------
    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
        if text:  # a refused quote: said at once (the words typed stay in the field)
            announce(self.message, text, assertive=True)

    def submit(self) -> QuoteMark | None:
        text = self.input.text()
        if not text.strip():
            return None
        question_id, at_ms = self.context()
        themes = [tid for tid, box in self.theme_boxes if box.isChecked()]
        mark = self.add(text, question_id, at_ms, self.star.isChecked(), themes, "panel")
        if mark is not None:
            self.input.clear()
            self.star.setChecked(False)
            for _tid, box in self.theme_boxes:
                box.setChecked(False)
        return mark

    def add(
        self,
        text: str,
        question_id: int | None,
        at_ms: int,
        starred: bool,
        theme_ids: list[int],
        source: str,
    ) -> QuoteMark | None:
        """Save a quote mark; on refusal (no consent, empty) show why and keep the text."""
        try:
            mark = quote_store.add_quote(
                self.db,
                self.interview_id,
                text,
                question_id=question_id,
                at_ms=at_ms,
                starred=starred,
                theme_ids=theme_ids,
                source=source,
                created_by=self.created_by,
            )
        except ConsentRequired:
            self.show_message(
                self.tr(
                    "Citatet sparades inte: informanten har inte samtyckt till citat. "
                    "Ändra samtycket först om informanten vill det."
                )
            )
            return None
        except SamtalError as exc:
            self.show_message(message_for(exc))
            return None
        self.show_message("")
        self.refresh()
        self.changed.emit()
        return mark

    # -- listing and editing ------------------------------------------------------------
    def refresh(self) -> None:
        current = self.list.currentItem()
        current_id = current.data(QUOTE_ID_ROLE) if current else None
        with QSignalBlocker(self.list):
            self.list.clear()
            for mark in quote_store.quotes_for_interview(self.db, self.interview_id):
                item = self._item(mark)
                self.list.addItem(item)
                if mark.id == current_id:
                    self.list.setCurrentItem(item)
        self.list.scrollToBottom()

    def insert_mark(self, mark: QuoteMark) -> None:
        """Show a quote stored elsewhere (a live co-listener's) without reading the database:
        in the list's order (interview clock), the current item and any edit left alone."""
        row = self.list.count()
        while row > 0 and int(self.list.item(row - 1).data(AT_MS_ROLE)) > mark.at_ms:
            row -= 1
        with QSignalBlocker(self.list):
            self.list.insertItem(row, self._item(mark))
        if row == self.list.count() - 1 and self.list.state() != self.list.State.EditingState:
            self.list.scrollToBottom()

    def _item(self, mark: QuoteMark) -> QListWidgetItem:
        names = {t.id: t.name for t in self.themes}
        item = QListWidgetItem()
        item.setData(QUOTE_ID_ROLE, mark.id)
        item.setData(RAW_TEXT_ROLE, mark.text)
        item.setData(AT_MS_ROLE, mark.at_ms)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
        meta = [format_clock(mark.at_ms), self.question_label(mark.question_id)]
        meta += [names[t] for t in mark.theme_ids if t in names]
        if mark.starred:
            meta.insert(0, "★")
        tip = " · ".join(m for m in meta if m)
        item.setToolTip(tip)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tip)
        item.setText(f"{'★ ' if mark.starred else ''}{mark.text}\n{tip.removeprefix('★ · ')}")
        return item

    def _item_edited(self, item: QListWidgetItem) -> None:
        quote_id = int(item.data(QUOTE_ID_ROLE))
        edited = item.data(EDITED_ROLE)
        if edited is None:
            return
        text = str(edited)
        try:
            quote_store.update_quote(self.db, quote_id, text=text)
        except SamtalError as exc:
            self.show_message(message_for(exc))
        self.refresh()
        self.changed.emit()

    def toggle_star(self, quote_id: int) -> None:
        mark = quote_store.get_quote(self.db, quote_id)
        quote_store.update_quote(self.db, quote_id, starred=not mark.starred)
        self.refresh()
        self.changed.emit()

    def delete_quote(self, quote_id: int) -> None:
        if not self.ask_delete(self):
            return
        quote_store.delete_quote(self.db, quote_id)
        self.refresh()
        self.changed.emit()

    @classmethod
    def ask_delete(cls, parent: QWidget) -> bool:
        """Confirm a deletion (tests replace this)."""
        answer = QMessageBox.question(
            parent, parent.tr("Ta bort citat"), parent.tr("Ta bort citatet?")
        )
        return answer == QMessageBox.StandardButton.Yes

    def _current_id(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(QUOTE_ID_ROLE))

    def _star_current(self) -> None:
        if (qid := self._current_id()) is not None:
            self.toggle_star(qid)

    def _delete_current(self) -> None:
        if (qid := self._current_id()) is not None:
            self.delete_quote(qid)

    def clear_for_lock(self) -> None:
        """Forget every quote on screen (lock); the panel is rebuilt after unlock."""
        with QSignalBlocker(self.list):
            self.list.clear()
        self.input.setText("")  # setText (unlike clear) also empties the undo history
        self.show_message("")

    def focus_input(self) -> None:
        self.input.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.input.selectAll()


class QuoteDock(QDockWidget):
    """The quote panel beside the runner, or floating in a window of its own (F8): on one
    screen it sits beside the questions instead of covering them; on a second screen the
    co-listener has it to themselves. The session's keys work in both (a floating dock is a
    tool window of the session window), and it cannot be closed, only docked or floated.
    """

    def __init__(self, panel: QuotePanel, title: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.setObjectName("QuoteDock")
        self.panel = panel
        self.setAccessibleName(self.tr("Citat"))
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.setAllowedAreas(
            Qt.DockWidgetArea.LeftDockWidgetArea | Qt.DockWidgetArea.RightDockWidgetArea
        )
        panel.heading.hide()  # the dock's title says it
        holder = QWidget()
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(panel)
        self.setWidget(holder)
        self.topLevelChanged.connect(self._floating_changed)

    def _floating_changed(self, floating: bool) -> None:
        margins = (16, 12, 16, 12) if floating else (6, 4, 6, 4)
        layout = self.widget().layout()
        if layout is not None:
            layout.setContentsMargins(*margins)

    def float_away(self) -> None:
        """Into a window of its own: on a second screen if there is one, else where it was."""
        self.setFloating(True)
        geometry = settings().get("window/quote_window_geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
            return
        main = self.parentWidget()
        screens = QGuiApplication.screens()
        here = main.screen() if main is not None else None
        other = [sc for sc in screens if sc is not here]
        area = (
            other[0] if other else (here or QGuiApplication.primaryScreen())
        ).availableGeometry()
        self.resize(560, 640)
        self.move(area.center() - self.rect().center())

    def toggle(self) -> None:
        """Float into a window of its own, or dock beside the runner again (F8)."""
        if self.isFloating():
            self.dock_beside()
            main = self.parentWidget()
            if main is not None:  # back in the session window: it gets the keyboard again
                main.activateWindow()
        else:
            self.float_away()
            self.show()
            self.activateWindow()
        self.panel.focus_input()

    def dock_beside(self) -> None:
        if self.isFloating():
            settings().set("window/quote_window_geometry", self.saveGeometry())
        self.setFloating(False)
