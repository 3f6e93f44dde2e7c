"""Transcription window commands: import audio and transcripts, machine draft, delete audio,
keys. Real files, real jobs off the UI thread, real player."""

from __future__ import annotations

import wave
from pathlib import Path

import docx
import numpy as np
import pytest

from app.audio import records
from app.audio.chunks import audio_root
from app.interview.records import create_interview
from app.store import Project
from tests.fixtures.pulse import speech_seconds
from ui.audio import transcription_actions as actions
from ui.audio.dialogs import DeleteAudioDialog, KeysDialog, RemoveOriginal, ReplaceOrAppend
from ui.audio.keys import TranscriptionKeys
from ui.audio.transcription_window import TranscriptionWindow


@pytest.fixture
def window(qtbot, project: Project, monkeypatch):  # type: ignore[no-untyped-def]
    iv = create_interview(project.db, interviewer_code="AB")
    root = project.audio_key
    stored: dict[str, object] = {}
    w = TranscriptionWindow(
        project, iv, root, settings_get=stored.get, settings_put=stored.__setitem__
    )
    w.stored = stored  # type: ignore[attr-defined]
    qtbot.addWidget(w)
    w.show()
    errors: list[BaseException] = []
    w.on_error = errors.append
    w.errors = errors  # type: ignore[attr-defined]
    return w


def _wav(path: Path, seconds: float) -> Path:
    with wave.open(str(path), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(16000)
        f.writeframes(np.asarray(speech_seconds(seconds), "<i2").tobytes())
    return path


def test_import_audio_offers_to_remove_the_original_then_delete_audio(
    qtbot,
    window,
    tmp_path: Path,
    monkeypatch,  # type: ignore[no-untyped-def]
) -> None:
    source = _wav(tmp_path / "diktafon.wav", 8)
    monkeypatch.setattr(actions.ChooseFile, "open", classmethod(lambda c, p, cap, f: source))
    asked: list[Path] = []
    monkeypatch.setattr(
        RemoveOriginal, "ask", classmethod(lambda c, p, path: asked.append(path) or True)
    )
    assert "Ingen inspelning" in window.banner.text()
    window.commands.import_audio_action.trigger()
    qtbot.waitUntil(lambda: window.player.loaded, timeout=30_000)
    assert asked == [source] and not source.exists()
    assert abs(window.player.duration_ms - 8000) < 100
    assert window.commands.delete_action.isEnabled()

    monkeypatch.setattr(
        DeleteAudioDialog, "ask", classmethod(lambda c, p, code: (code, "transcribed"))
    )
    window.commands.delete_action.trigger()
    assert not window.player.loaded
    assert not any(audio_root(window.project.folder).rglob("*.sac"))
    assert "Ljudet raderades" in window.banner.text()
    log = window.project.db.query("SELECT action, auditor_code, reason FROM deletion_log")
    assert [tuple(r) for r in log] == [("deleted_audio", "AB", "transcribed")]
    assert not window.commands.delete_action.isEnabled()
    assert window.errors == []


def test_import_word_transcript_and_append(window, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    d = docx.Document()
    d.add_paragraph("(00:00:03) I: Hur var bemötandet?")
    d.add_paragraph("IP: Bra, hon lyssnade.")
    d.save(str(tmp_path / "utskrift.docx"))
    monkeypatch.setattr(
        actions.ChooseFile, "open", classmethod(lambda c, p, cap, f: tmp_path / "utskrift.docx")
    )
    window.commands.import_text_action.trigger()
    assert (
        window.editor.toPlainText() == "[00:00:03] I: Hur var bemötandet?\nIP: Bra, hon lyssnade."
    )
    t = records.get_transcript(window.project.db, window.interview.id)
    assert t is not None and t.origin == "imported"
    monkeypatch.setattr(ReplaceOrAppend, "ask", classmethod(lambda c, p, w: "append"))
    window.commands.import_text_action.trigger()
    assert window.editor.toPlainText().count("Hur var bemötandet?") == 2
    (tmp_path / "fel.docx").write_bytes(b"PK\x03\x04trasig")
    monkeypatch.setattr(
        actions.ChooseFile, "open", classmethod(lambda c, p, cap, f: tmp_path / "fel.docx")
    )
    window.commands.import_text_action.trigger()
    assert len(window.errors) == 1  # a clear error, nothing changed
    assert window.editor.toPlainText().count("Hur var bemötandet?") == 2


def test_machine_draft_is_marked_until_confirmed(
    qtbot, window, tmp_path: Path, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    pytest.importorskip("faster_whisper", reason="the [stt] extra is not installed")
    from tests.fixtures.tiny_whisper import build_tiny_whisper

    model = build_tiny_whisper(tmp_path / "modell")
    source = _wav(tmp_path / "a.wav", 12)
    monkeypatch.setattr(actions.ChooseFile, "open", classmethod(lambda c, p, cap, f: source))
    monkeypatch.setattr(RemoveOriginal, "ask", classmethod(lambda c, p, path: False))
    window.commands.import_audio_action.trigger()
    qtbot.waitUntil(lambda: window.player.loaded, timeout=30_000)
    assert source.exists()  # kept: the user said so
    monkeypatch.setattr(actions.ChooseFile, "folder", classmethod(lambda c, p, cap: model))
    window.commands.draft_action.trigger()
    with qtbot.waitSignal(window.commands.job.finished, timeout=120_000):
        pass
    qtbot.waitUntil(lambda: "[00:00:" in window.editor.toPlainText(), timeout=10_000)
    assert "Maskinutkast" in window.banner.text()
    assert window.stored["audio/stt_model_folder"] == str(model)
    assert window.commands.confirm_action.isVisible()
    window.commands.confirm_action.trigger()
    assert "Maskinutkast" not in window.banner.text()
    t = records.get_transcript(window.project.db, window.interview.id)
    assert t is not None and t.origin == "machine" and not t.machine_draft


def test_keys_dialog_changes_the_shortcuts(window, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    keys = TranscriptionKeys.defaults()
    keys.keys["play_pause"] = "Ctrl+Space"
    keys.step_ms = 5000
    monkeypatch.setattr(KeysDialog, "ask", classmethod(lambda c, p, k: keys))
    window.commands.keys_action.trigger()
    assert window.actions_by_name["play_pause"].shortcut().toString() == "Ctrl+Space"
    assert window.stored["audio/step_ms"] == 5000
    assert "play_pause=Ctrl+Space" in str(window.stored["audio/transcription_keys"])


def test_keys_dialog_refuses_a_key_twice(qtbot) -> None:  # type: ignore[no-untyped-def]
    d = KeysDialog(TranscriptionKeys.defaults())
    qtbot.addWidget(d)
    from PySide6.QtGui import QKeySequence

    d.edits["back"].setKeySequence(QKeySequence("F4"))
    d._accept()
    assert "F4" in d.error.text() and d.result() == 0


def test_saved_keys_keep_a_choice_but_not_a_retired_default() -> None:
    """Ctrl+1/2/3 were the speaker keys once; they tag with a theme in every other window. A
    saved settings value holding them reads as today's Alt+I/P/A; any other choice is kept."""
    saved = "play_pause=F9;speaker_i=Ctrl+1;speaker_ip=Ctrl+2;speaker_other=Ctrl+Shift+O"
    keys = TranscriptionKeys.decode(saved, 3000, 1500)
    assert keys.keys["play_pause"] == "F9"
    assert keys.keys["speaker_i"] == "Alt+I" and keys.keys["speaker_ip"] == "Alt+P"
    assert keys.keys["speaker_other"] == "Ctrl+Shift+O"
    assert keys.conflicts() == []
