"""The audio room in the app: transcription mode from the project window, closed and saved on
lock; the recordings dialog with the retention rule, and its reminder at unlock."""

from __future__ import annotations

import wave
from datetime import date, timedelta
from pathlib import Path

import numpy as np
from PySide6.QtCore import Qt

from app.audio import records
from app.audio.chunks import audio_root
from app.audio.library import import_audio_file
from app.interview.records import create_interview
from app.store import Project
from tests.fixtures.pulse import speech_seconds
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import CTRL, SHIFT, key, type_text
from ui.app_controller import AppController
from ui.audio.dialogs import DeleteAudioDialog


def _with_audio(project: Project, tmp_path: Path, held_on: str) -> int:
    iv = create_interview(project.db, held_on=held_on, interviewer_code="AB")
    src = tmp_path / f"{iv.id}.wav"
    with wave.open(str(src), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(16000)
        f.writeframes(np.asarray(speech_seconds(6), "<i2").tobytes())
    info = import_audio_file(project.folder, project.audio_key, src)
    rec = records.add_recording(project.db, iv.id, info.recording_id, "imported")
    records.update_recording(project.db, rec.uuid, info.duration_ms, info.chunk_count, True)
    return iv.id


def _unlock(qtbot, controller: AppController) -> None:  # type: ignore[no-untyped-def]
    dialog = controller.unlock_dialog
    dialog.passphrase.setText(SESSION_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: controller.project is not None, timeout=10_000)


def test_transcription_mode_from_the_project_window_survives_a_lock(
    qtbot,
    session_project,
    tmp_path,  # type: ignore[no-untyped-def]
) -> None:
    interview_id = _with_audio(session_project, tmp_path, date.today().isoformat())
    controller = AppController(tmp_path / "p")
    controller.show_project(session_project)
    pw = controller.project_window
    pw.select_interview(interview_id)
    pw.activateWindow()
    qtbot.waitUntil(pw.isActiveWindow)
    key(pw.table, Qt.Key.Key_U, CTRL | SHIFT)
    window = controller.audio.transcription_window
    assert window is not None and window.player.duration_ms > 5000
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    type_text(window.editor, "IP: Det gick bra.")
    key(window.editor, Qt.Key.Key_L, CTRL)  # lock from transcription mode
    assert controller.project is None and controller.audio.transcription_window is None
    assert window.editor.toPlainText() == "" and not window.player.loaded
    _unlock(qtbot, controller)
    t = records.get_transcript(controller.project.db, interview_id)
    assert t is not None and t.body == "IP: Det gick bra."
    controller.shutdown()


def test_retention_reminder_at_unlock_and_delete_from_the_dialog(
    qtbot,
    session_project,
    tmp_path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    old = _with_audio(session_project, tmp_path, (date.today() - timedelta(days=45)).isoformat())
    recent = _with_audio(session_project, tmp_path, date.today().isoformat())
    controller = AppController(tmp_path / "p")
    controller.show_project(session_project)
    qtbot.waitUntil(lambda: controller.audio.audio_dialog is not None, timeout=5000)
    dialog = controller.audio.audio_dialog
    assert "äldre än regeln" in dialog.intro.text()
    due = [r.interview_id for r in dialog.selected_rows()]
    assert due == [old]  # the reminder selects what is due, nothing else
    monkeypatch.setattr(
        DeleteAudioDialog, "ask", classmethod(lambda c, p, code: ("AB", "retention"))
    )
    dialog.delete_button.click()
    db = controller.project.db
    assert records.audio_recordings(db, old) == []
    assert len(records.audio_recordings(db, recent)) == 1
    assert len(list(audio_root(controller.project.folder).iterdir())) == 1
    assert db.query("SELECT action, reason FROM deletion_log")[0][:] == (
        "deleted_audio",
        "retention",
    )
    dialog.days.setValue(1)  # a stricter rule: the recent one is not due until tomorrow
    assert records.audio_retention_days(db) == 1
    assert all(not r.due for r in dialog.rows if not r.recording.deleted)
    dialog.reject()
    controller.shutdown()
