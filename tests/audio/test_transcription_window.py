"""Transcription mode: keys drive a real player over the virtual sound server."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from app.audio import records
from app.audio.library import import_audio_file
from app.audio.transcript import parse_turns
from app.guide.repository import default_guide_version_id
from app.interview.consent import ConsentRecord, record_consent
from app.interview.quotes import add_quote
from app.interview.records import create_interview
from app.store import Project
from tests.fixtures.pulse import speech_seconds
from ui.audio.keys import TranscriptionKeys
from ui.audio.transcription_window import TranscriptionWindow


@pytest.fixture
def transcribing(qtbot, project_with_guide: Project, tmp_path):  # type: ignore[no-untyped-def]
    project = project_with_guide
    db = project.db
    iv = create_interview(db, guide_version_id=default_guide_version_id(db))
    qids = [int(r[0]) for r in db.query("SELECT id FROM question ORDER BY id LIMIT 3")]
    for i, qid in enumerate(qids):
        db.execute(
            "INSERT INTO question_state (interview_id, question_id, status, first_at_ms)"
            " VALUES (?, ?, 'covered', ?)",
            (iv.id, qid, 2000 + i * 6000),
        )
    record_consent(
        db,
        iv.id,
        ConsentRecord.all_required(
            "AB", consent_quotes=True, consent_audio=True, informed_audio_deleted=True
        ),
    )
    add_quote(db, iv.id, "Jag fick vänta länge", question_id=qids[1], at_ms=9000)
    root = project.audio_key
    import wave

    import numpy as np

    pcm = speech_seconds(24)
    src = tmp_path / "intervju.wav"
    with wave.open(str(src), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(np.asarray(pcm, "<i2").tobytes())
    info = import_audio_file(project.folder, root, src, clock_ms=1000)
    rec = records.add_recording(db, iv.id, info.recording_id, "imported")
    records.update_recording(db, rec.uuid, info.duration_ms, info.chunk_count, True)
    keys = TranscriptionKeys.defaults()
    keys.step_ms = 4000
    keys.step_back_ms = 1000
    window = TranscriptionWindow(project, iv, root, keys)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.editor.setFocus()
    yield window, iv
    window.close()


def test_keys_drive_the_player_and_write_the_transcript(qtbot, transcribing) -> None:  # type: ignore[no-untyped-def]
    window, iv = transcribing
    player, editor = window.player, window.editor
    assert player.duration_ms == 24_000
    # Question changes and the quote mark are on the timeline, at their place in the audio.
    kinds = sorted((m.kind, m.ms) for m in window.timeline.marks)
    assert kinds == [("question", 1000), ("question", 7000), ("question", 13000), ("quote", 8000)]

    qtbot.keyClick(editor, Qt.Key.Key_F4)  # play
    qtbot.waitUntil(lambda: player.playing and player.position_ms() > 400, timeout=15_000)
    before = player.position_ms()
    qtbot.keyClick(editor, Qt.Key.Key_F5)  # forward by the configured step
    assert abs(player.position_ms() - (before + 4000)) < 400
    after_forward = player.position_ms()
    qtbot.keyClick(editor, Qt.Key.Key_F3)  # back
    assert abs(player.position_ms() - (after_forward - 4000)) < 400
    qtbot.keyClick(editor, Qt.Key.Key_F6)  # faster
    assert player.speed == pytest.approx(1.1)
    assert window.speed_label.text() == "1,1×"
    qtbot.keyClick(editor, Qt.Key.Key_F2)
    qtbot.keyClick(editor, Qt.Key.Key_F2)  # slower twice
    assert player.speed == pytest.approx(0.9)

    editor.insertPlainText("Hej och välkommen.")
    qtbot.keyClick(editor, Qt.Key.Key_P, Qt.KeyboardModifier.AltModifier)  # IP turn
    editor.insertPlainText("Tack.")
    heard = player.position_ms()
    qtbot.keyClick(editor, Qt.Key.Key_F7)  # timestamp at the position heard
    turns = parse_turns(editor.toPlainText())
    assert turns[-1].speaker == "IP"
    stamp_ms = int(editor.toPlainText().rsplit("[", 1)[1][:8].replace(":", "")[-2:]) * 1000
    assert abs(stamp_ms - heard // 1000 * 1000) <= 2000

    qtbot.waitUntil(lambda: player.position_ms() > 2500, timeout=15_000)
    at = player.position_ms()
    qtbot.keyClick(editor, Qt.Key.Key_F4)  # pause steps back
    assert not player.playing
    assert abs(player.position_ms() - (at - 1000)) < 400

    # A click on a timestamp seeks there.
    cursor = editor.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.Start)
    editor.setTextCursor(cursor)
    editor.insert_turn("I", 15_000)
    rect = editor.cursorRect(_cursor_at(editor, 1, 3))  # inside "[00:00:15]"
    qtbot.mouseClick(editor.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert player.position_ms() == 15_000

    with qtbot.waitSignal(window.saved, timeout=5000):
        pass  # autosave after typing stops
    saved = records.get_transcript(window.project.db, iv.id)
    assert saved is not None and saved.body == editor.toPlainText()


def _cursor_at(editor, block: int, column: int) -> QTextCursor:  # type: ignore[no-untyped-def]
    cursor = QTextCursor(editor.document().findBlockByNumber(block))
    cursor.movePosition(QTextCursor.MoveOperation.Right, n=column)
    return cursor


def test_lock_saves_and_empties(qtbot, transcribing) -> None:  # type: ignore[no-untyped-def]
    window, iv = transcribing
    window.editor.insertPlainText("IP: Något viktigt.")
    window.lock()
    assert window.editor.toPlainText() == "" and not window.player.loaded
    saved = records.get_transcript(window.project.db, iv.id)
    assert saved is not None and saved.body == "IP: Något viktigt."
