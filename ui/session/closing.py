"""Finishing and closing an interview's window (the seam of :mod:`ui.session.window`).

Closing mid-interview asks whether to pause it (it resumes where it was) or end it; a lock,
a project close or quitting saves and closes without asking. If the text cannot be written
(disk full) the window stays open with the text on screen.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from app.errors import SamtalError
from app.interview.records import Status, get_interview
from app.interview.runner import interrupt_session, pause_session
from ui.errors import show_error
from ui.settings import settings
from ui.widgets.common import message_box

if TYPE_CHECKING:
    from ui.session.window import SessionWindow

log = logging.getLogger(__name__)


def ask_finish(parent: QWidget) -> bool:
    """ "Ja" (the default: the user chose to finish) or "Nej", in the UI's language."""
    box = message_box(
        parent,
        QMessageBox.Icon.Question,
        parent.tr("Avsluta intervjun"),
        parent.tr("Avsluta intervjun? Anteckningar och citat kan redigeras efteråt."),
        question=True,
    )
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_close(parent: QWidget) -> str:
    """ "pause", "finish" or "cancel"."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(parent.tr("Stäng intervjun"))
    box.setText(parent.tr("Intervjun pågår. Vill du pausa den eller avsluta den?"))
    box.setInformativeText(
        parent.tr(
            "En pausad intervju fortsätter där den slutade när du öppnar den igen. "
            "Allt som skrivits är sparat."
        )
    )
    pause = box.addButton(parent.tr("Pausa och stäng"), QMessageBox.ButtonRole.AcceptRole)
    finish = box.addButton(
        parent.tr("Avsluta intervjun och stäng"), QMessageBox.ButtonRole.DestructiveRole
    )
    cancel = box.addButton(parent.tr("Fortsätt intervjun"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(pause)
    box.setEscapeButton(cancel)
    box.exec()
    clicked = box.clickedButton()
    return "pause" if clicked is pause else "finish" if clicked is finish else "cancel"


def mid_interview(w: SessionWindow) -> bool:
    return w.stack.currentWidget() is not w.consent_page and w.interview.status in (
        Status.IN_PROGRESS,
        Status.PAUSED,
        Status.INTERRUPTED,
    )


def save_for_close(w: SessionWindow) -> bool:
    """Ask (unless quiet), write everything and note the interview's status. False: stay open."""
    choice = "interrupt"
    if not w._quiet_close and mid_interview(w):
        choice = w.ask_close(w)
        if choice == "cancel":
            return False
        if choice == "finish" and not w._finish_now():
            return False
    if w.runner.live:
        w.runner.pause_question()
    was_running = w.clock.running
    w.clock.pause()
    w.recording.lock()
    if not w.flush():
        if was_running:
            w.clock.start()
            w.runner.resume_question()
        return False
    try:
        interview = get_interview(w.db, w.interview.id)
        if choice == "pause":
            pause_session(w.db, interview)
        else:
            interrupt_session(w.db, interview)
    except SamtalError as exc:
        show_error(w, exc)
    w.tick_timer.stop()
    w.live.suspend()  # co-listeners queue their marks and resume when it reopens
    w.autosaver.close()
    settings().set("window/session_geometry", w.saveGeometry())
    settings().set("window/session_splitter", w.page.splitter.saveState())
    settings().set("window/session_state", w.saveState())
    w.quote_dock.dock_beside()
    w._closing_done = True
    w._announce_clock()
    log.info("session window closed for interview %d", w.interview.id)
    return True
