"""Recording in the interview runner: the audio room's recording bar, tied to the session.

The bar sits under the runner's top bar. It records only with recording consent, on the
interview clock: pausing the clock (Ctrl+P) pauses the recording and starting it again
resumes a recording that the pause had stopped; starting to record starts the clock.
Finishing the interview stops the recording; closing the window or locking the project
ends the capture but keeps the recording open, so after unlock it can be continued.
Question changes and quote marks are stamped on the same clock, so each has its place in
the audio (``docs/audio-format.md``). Ctrl+R starts or pauses the recording.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from app.interview.consent import allows

if TYPE_CHECKING:
    from ui.audio.recording_bar import RecordingBar
    from ui.session.window import SessionWindow

log = logging.getLogger(__name__)


def recording_possible() -> bool:
    """Whether this Samtal can record (its audio stack, QtMultimedia, is installed): the
    consent page offers the recording lines only then. Asking the system for its microphones
    here would wake the sound server for every interview opened; a missing microphone is said
    when recording starts (``NoMicrophone``)."""
    from importlib.util import find_spec

    return find_spec("PySide6.QtMultimedia") is not None


class SessionRecording:
    def __init__(self, window: SessionWindow) -> None:
        from ui.audio.recording_bar import RecordingBar

        self.window = window
        self.bar: RecordingBar = RecordingBar(window.page)
        self.bar.failed.connect(self._failed)
        self.bar.stateChanged.connect(self._state_changed)
        self._resume_with_clock = False
        layout = window.page.layout()
        if layout is not None and hasattr(layout, "insertWidget"):
            layout.insertWidget(1, self.bar)
        self.action = QAction(
            QCoreApplication.translate("SessionWindow", "Spela in / pausa inspelningen"), window
        )
        self.action.setShortcut(QKeySequence("Ctrl+R"))
        self.action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.action.triggered.connect(self.toggle)
        window.addAction(self.action)
        menus = window.menuBar().actions()
        menu = menus[0].menu() if menus else None  # "Intervju"
        if isinstance(menu, QMenu) and menu.actions():
            first = menu.actions()[0]
            menu.insertAction(first, self.action)
            menu.insertSeparator(first)
        self.refresh_consent()

    def refresh_consent(self) -> None:
        w = self.window
        allowed = allows(w.db, w.interview.id, "audio")
        if not allowed and self.bar.state == "recording":
            self.bar.stop()
        self.bar.attach(
            w.project,
            w.interview.id,
            w.project.audio_key,
            w.clock.elapsed_ms,
            allowed,
            w.interview.planned_minutes,
        )
        self.action.setEnabled(allowed)

    def toggle(self) -> None:
        if self.bar.state == "recording":
            self.bar.pause()
            self._resume_with_clock = False
            return
        if not self.window.clock.running:
            self.window.toggle_pause()  # recording runs on the interview clock
        self.bar.start()

    def clock_changed(self, running: bool) -> None:
        """The interview clock was paused or started (Ctrl+P)."""
        if not running and self.bar.state == "recording":
            self.bar.pause()
            self._resume_with_clock = True
        elif running and self._resume_with_clock and self.bar.state == "paused":
            self._resume_with_clock = False
            self.bar.start()

    def finish(self) -> None:
        self._resume_with_clock = False
        self.bar.stop()

    def lock(self) -> None:
        """Window closing or project locking: end the capture, keep the recording open."""
        self._resume_with_clock = False
        self.bar.lock()

    def _state_changed(self, state: str) -> None:
        log.info("recording %s for interview %d", state, self.window.interview.id)

    def _failed(self, exc: object) -> None:
        from ui.errors import show_error

        if isinstance(exc, BaseException):
            show_error(self.window, exc)
