"""The session window's menus and keyboard shortcuts (every function is in a menu or on a key).

The strings keep the ``SessionWindow`` translation context they had when this was part of
the window.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QMenu, QPlainTextEdit, QTextEdit, QWidget

from ui.session import speech
from ui.widgets.a11y import name_menus

if TYPE_CHECKING:
    from ui.session.window import SessionWindow


class SessionActions:
    """The actions of one :class:`~ui.session.window.SessionWindow`, added to it and its menus."""

    def __init__(self, w: SessionWindow) -> None:
        self.window = w
        m_interview = w.menuBar().addMenu(QCoreApplication.translate("SessionWindow", "&Intervju"))
        m_go = w.menuBar().addMenu(QCoreApplication.translate("SessionWindow", "&Gå till"))
        m_view = w.menuBar().addMenu(QCoreApplication.translate("SessionWindow", "Vi&sa"))
        self.next_action = self._action(
            QCoreApplication.translate("SessionWindow", "Nästa fråga"),
            ["Ctrl+Down", "Ctrl+PgDown"],
            w.next_question,
            m_go,
        )
        self.prev_action = self._action(
            QCoreApplication.translate("SessionWindow", "Föregående fråga"),
            ["Ctrl+Up", "Ctrl+PgUp"],
            w.previous_question,
            m_go,
        )
        self.jump_action = self._action(
            QCoreApplication.translate("SessionWindow", "Hoppa till fråga (dispositionen)"),
            ["Ctrl+J"],
            w.focus_outline,
            m_go,
        )
        self.skip_action = self._action(
            QCoreApplication.translate("SessionWindow", "Hoppa över frågan"),
            ["Ctrl+K"],
            w.skip_question,
            m_go,
        )
        m_go.addSeparator()
        self.notes_action = self._action(
            QCoreApplication.translate("SessionWindow", "Anteckningar till frågan"),
            ["Ctrl+E"],
            w.focus_notes,
            m_go,
        )
        self.general_action = self._action(
            QCoreApplication.translate("SessionWindow", "Allmän anteckning"),
            ["Ctrl+Shift+E"],
            w.focus_general,
            m_go,
        )
        self.quote_action = self._action(
            QCoreApplication.translate("SessionWindow", "Skriv citat"),
            ["Ctrl+Shift+Q", "Ctrl+Q"],
            w.focus_quote,
            m_go,
        )
        self.mark_action = self._action(
            QCoreApplication.translate("SessionWindow", "Markering som citat"),
            ["Ctrl+Shift+C"],
            w.mark_selection_as_quote,
            m_interview,
        )
        self.pause_action = self._action(
            QCoreApplication.translate("SessionWindow", "Pausa/fortsätt"),
            ["Ctrl+P"],
            w.toggle_pause,
            m_interview,
        )
        self.yes_action = self._action(
            QCoreApplication.translate("SessionWindow", "Svar ja"),
            ["Alt+J"],
            partial(w._answer_key, "yes"),
            m_interview,
        )
        self.no_action = self._action(
            QCoreApplication.translate("SessionWindow", "Svar nej"),
            ["Alt+N"],
            partial(w._answer_key, "no"),
            m_interview,
        )
        self.dk_action = self._action(
            QCoreApplication.translate("SessionWindow", "Svar vet ej"),
            ["Alt+V"],
            partial(w._answer_key, "dont_know"),
            m_interview,
        )
        self.declined_action = self._action(
            QCoreApplication.translate("SessionWindow", "Svar: vill inte svara"),
            ["Alt+W"],
            partial(w._answer_key, "declined"),
            m_interview,
        )
        self.answer_focus_action = self._action(
            QCoreApplication.translate("SessionWindow", "Svara med sifferknapparna"),
            [],
            w.focus_answer,
            m_go,
        )
        self.background_action = self._action(
            QCoreApplication.translate("SessionWindow", "Bakgrundsuppgifter…"),
            [],
            w.edit_background,
            m_interview,
        )
        m_interview.addSeparator()
        self.invite_action = self._action(
            QCoreApplication.translate("SessionWindow", "Bjud in medlyssnare…"),
            ["Ctrl+Shift+M"],
            w.live.invite,
            m_interview,
        )
        self.consent_action = self._action(
            QCoreApplication.translate("SessionWindow", "Samtycke…"),
            [],
            w.show_consent,
            m_interview,
        )
        self.receipt_action = self._action(
            QCoreApplication.translate("SessionWindow", "Kvitto till informanten…"),
            [],
            w.show_receipt,
            m_interview,
        )
        self.finish_action = self._action(
            QCoreApplication.translate("SessionWindow", "Avsluta intervjun…"),
            [],
            w.finish,
            m_interview,
        )
        self.lock_action = self._action(
            QCoreApplication.translate("SessionWindow", "Lås projektet"),
            ["Ctrl+L"],
            w.lock_requested.emit,
            m_interview,
        )
        self.close_action = self._action(
            QCoreApplication.translate("SessionWindow", "Stäng fönstret"),
            ["Ctrl+W"],
            w.close,
            m_interview,
        )
        self.follow_actions = [
            self._action(
                QCoreApplication.translate("SessionWindow", "Följdfråga %1").replace("%1", str(n)),
                [f"Alt+{n}"],
                partial(w.toggle_follow_up, n),
            )
            for n in range(1, 10)
        ]
        self.zoom_in_action = self._action(
            QCoreApplication.translate("SessionWindow", "Större text"),
            ["Ctrl++", "Ctrl+="],
            partial(w.zoom, 1),
            m_view,
        )
        self.zoom_out_action = self._action(
            QCoreApplication.translate("SessionWindow", "Mindre text"),
            ["Ctrl+-"],
            partial(w.zoom, -1),
            m_view,
        )
        self.quote_window_action = self._action(
            QCoreApplication.translate(
                "SessionWindow", "Citat i eget fönster (andra skärmen) eller bredvid frågorna"
            ),
            ["F8"],
            w.toggle_quote_window,
            m_view,
        )
        self.summary_action = self._action(
            QCoreApplication.translate("SessionWindow", "Sammanfattning (F9 igen: tillbaka)"),
            ["F9"],
            w.toggle_summary,
            m_view,
        )
        self.time_action = self._action(
            QCoreApplication.translate("SessionWindow", "Läs upp tiden (för skärmläsare)"),
            [speech.READ_TIME_KEY],
            partial(speech.read_time, w),
            m_view,
        )
        name_menus(w)

    def _action(
        self, text: str, keys: list[str], slot: Callable[[], object], menu: QMenu | None = None
    ) -> QAction:
        a = QAction(text, self.window)
        a.setShortcuts([QKeySequence(k) for k in keys])
        a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        a.triggered.connect(slot)
        self.window.addAction(a)
        if menu is not None:
            menu.addAction(a)
        return a


class WindowKeysFirst(QObject):
    """The session's keys reach the window from every text field.

    A line edit or text editor claims some Ctrl keys for itself (on Linux and macOS Ctrl+E is
    "end of line" and Ctrl+K "delete to the end of the line"), so in the quote field Ctrl+E
    moved the cursor instead of going to the notes, and Ctrl+K cut the typed words. Installed
    on a window's text fields, this lets every key that is one of the window's actions go to
    the action; all other keys (Ctrl+C, Ctrl+Z, …) stay with the field.
    """

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._window = window

    def install(self) -> None:
        for kind in (QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox):
            for field in self._window.findChildren(kind):
                field.installEventFilter(self)

    def _is_action_key(self, event: QKeyEvent) -> bool:
        pressed = QKeySequence(event.keyCombination())
        return any(
            key.matches(pressed) == QKeySequence.SequenceMatch.ExactMatch
            for action in self._window.actions()
            if action.isEnabled()
            for key in action.shortcuts()
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        is_override = event.type() == QEvent.Type.ShortcutOverride
        if is_override and isinstance(event, QKeyEvent) and self._is_action_key(event):
            event.ignore()  # not overridden: the shortcut fires
            return True
        return False
