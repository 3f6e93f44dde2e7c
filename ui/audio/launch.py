"""The audio room as the app controller sees it: transcription mode, the recordings dialog
and the retention reminder at unlock, all closed on lock."""

from __future__ import annotations

import contextlib
import logging
from typing import TYPE_CHECKING

from app.interview.records import get_interview
from app.store import Project
from ui.audio.audio_dialog import AudioDialog
from ui.audio.keys import load_keys
from ui.audio.transcription_window import TranscriptionWindow
from ui.settings import settings
from ui.widgets.common import bring_to_front

if TYPE_CHECKING:
    from ui.app_controller import AppController

log = logging.getLogger(__name__)


def open_transcription(project: Project, interview_id: int) -> TranscriptionWindow | None:
    """A transcription window with the user's keys, jumps and model folder."""
    from ui.errors import show_error

    s = settings()
    try:
        window = TranscriptionWindow(
            project,
            get_interview(project.db, interview_id),
            project.audio_key,
            load_keys(s.get),
            settings_get=s.get,
            settings_put=s.set,
        )
    except Exception as exc:  # noqa: BLE001 - the error funnel
        show_error(None, exc)
        return None
    window.on_error = lambda exc: show_error(window, exc)
    geometry = s.get("window/transcription_geometry")
    if not geometry.isEmpty():
        window.restoreGeometry(geometry)
    bring_to_front(window)
    return window


class AudioRoom:
    def __init__(self, controller: AppController) -> None:
        self.controller = controller
        self.transcription_window: TranscriptionWindow | None = None
        self.audio_dialog: AudioDialog | None = None

    def transcribe(self, interview_id: int) -> None:
        c = self.controller
        if c.project is None:
            return
        self.close_transcription()
        self.transcription_window = open_transcription(c.project, interview_id)
        if self.transcription_window is not None:
            c._add_lock_shortcut(self.transcription_window)

    def show_audio(self, reminder: bool = False) -> None:
        c = self.controller
        if c.project is None or c.project_window is None:
            return
        self.audio_dialog = AudioDialog(c.project, c.today(), reminder, c.project_window)
        c._add_lock_shortcut(self.audio_dialog)
        self.audio_dialog.deleted.connect(self._deleted)
        self.audio_dialog.finished.connect(self._dialog_closed)
        self.audio_dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.audio_dialog = None

    def check_retention(self) -> None:
        """At unlock: a reminder when audio is past the project's rule (nothing is deleted)."""
        c = self.controller
        if c.project is None or self.audio_dialog is not None:
            return
        from app.audio.records import audio_due

        if audio_due(c.project.db, today=c.today()):
            log.info("audio retention reminder shown")
            self.show_audio(reminder=True)

    def _deleted(self, _removed: int) -> None:
        c = self.controller
        if c.project_window is not None and c.project is not None:
            c.project_window.refresh()

    def close_transcription(self) -> None:
        window, self.transcription_window = self.transcription_window, None
        if window is not None:
            with contextlib.suppress(RuntimeError):  # already deleted by Qt
                settings().set("window/transcription_geometry", window.saveGeometry())
                window.lock()
                window.close()
                window.deleteLater()

    def close_all(self) -> None:
        """Lock, close project, quit: save the transcript, drop audio and text from memory."""
        self.close_transcription()
        dialog, self.audio_dialog = self.audio_dialog, None
        if dialog is not None:
            with contextlib.suppress(RuntimeError):
                dialog.reject()
                dialog.deleteLater()
