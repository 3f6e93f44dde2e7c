"""Screenshots of audio features (transcription mode, recording in the runner) into
docs/screenshots/. Runs offscreen with a private PulseAudio (``make screenshots``)."""

from __future__ import annotations

import os
import sys
import tempfile
import wave
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402


def transcription(out: Path, tmp: Path) -> None:
    from PySide6.QtWidgets import QApplication

    from app.audio import records
    from app.audio.library import import_audio_file
    from app.guide.jsonformat import load_guide
    from app.guide.repository import add_guide, default_guide_version_id
    from app.interview.consent import ConsentRecord, record_consent
    from app.interview.quotes import add_quote
    from app.interview.records import create_interview
    from app.paths import default_guide_path
    from app.store import KdfParams, Project
    from tests.fixtures.pulse import speech_seconds
    from ui.audio.transcription_window import TranscriptionWindow

    app = QApplication.instance() or QApplication(sys.argv)
    pw = "skärmbild-lösenord"
    project = Project.create(tmp / "demo", pw, kdf=KdfParams(1, 8 * 1024, 1))
    db = project.db
    add_guide(db, load_guide(default_guide_path()))
    iv = create_interview(db, guide_version_id=default_guide_version_id(db))
    record_consent(
        db,
        iv.id,
        ConsentRecord.all_required(
            "AB", consent_quotes=True, consent_audio=True, informed_audio_deleted=True
        ),
    )
    qids = [int(r[0]) for r in db.query("SELECT id FROM question ORDER BY id LIMIT 6")]
    for i, qid in enumerate(qids):
        db.execute(
            "INSERT INTO question_state (interview_id, question_id, status, first_at_ms)"
            " VALUES (?, ?, 'covered', ?)",
            (iv.id, qid, 5_000 + i * 95_000),
        )
    add_quote(db, iv.id, "Hen [handläggaren] förstår mig.", question_id=qids[1], at_ms=140_000)
    add_quote(db, iv.id, "Det kändes som att ingen lyssnade.", question_id=qids[3], at_ms=330_000)
    root = project.audio_key
    src = tmp / "i.wav"
    with wave.open(str(src), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(16000)
        w.writeframes(np.asarray(speech_seconds(600), "<i2").tobytes())
    info = import_audio_file(project.folder, root, src)
    src.unlink()
    rec = records.add_recording(db, iv.id, info.recording_id, "imported")
    records.update_recording(db, rec.uuid, info.duration_ms, info.chunk_count, True)
    records.save_transcript(
        db,
        iv.id,
        "[00:00:05] I: Hur var det första mötet med socialtjänsten?\n"
        "[00:00:12] IP: Jag var nervös innan. Handläggaren tog sig tid och förklarade"
        " vad som skulle hända.\n"
        "[00:01:40] I: Kände du dig förstådd?\n"
        "[00:01:46] IP: Ja, faktiskt. Hen [handläggaren] förstår mig. Om jag blir stressad"
        " kan jag låta arg, men hen tar det inte personligt.\n"
        "[00:02:31] I: ",
    )
    window = TranscriptionWindow(project, iv, root)
    window.resize(1200, 720)
    window.show()
    window.player.seek_ms(146_000)
    window.player.set_speed(0.8)
    app.processEvents()
    cursor = window.editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    window.editor.setTextCursor(cursor)
    window.editor.setFocus()
    app.processEvents()
    window.grab().save(str(out / "audio-transcription.png"))
    window.player.unload()
    window.close()
    project.close()


def runner_recording(out: Path, tmp: Path, pulse: object) -> None:
    """The guide runner while recording: the bar, the level meter, the SPELAR IN mark."""
    import time

    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from app.demo import create_demo
    from app.interview.records import create_interview
    from app.store import KdfParams, Project
    from tests.fixtures.pulse import speech_seconds
    from tests.ui.session_helpers import type_text
    from ui.session.window import SessionWindow

    app = QApplication.instance() or QApplication(sys.argv)
    project = Project.create(tmp / "runner", "skärmbild-lösenord", kdf=KdfParams(1, 8 * 1024, 1))
    create_demo(project.db, interviews=1, words_per_interview=300)
    iv = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    window = SessionWindow(project, iv.id)
    window.resize(1366, 800)
    window.show()
    for key, box in window.consent_page.boxes.items():
        box.setChecked(key != "quotes_after_review")
    window.consent_page.record()
    window.clock._base_ms = 6 * 60_000 + 12_000
    for _ in range(2):
        window.next_question()
    player = pulse.play(speech_seconds(20))  # type: ignore[attr-defined]
    window.recording.toggle()
    type_text(window.page.note_editor, "Berättar om första besöket. Fick vänta länge i telefon.")
    deadline = time.monotonic() + 15
    while window.recording.bar.recorded_ms < 4500 and time.monotonic() < deadline:
        app.processEvents()
        QTest.qWait(20)
    window.grab().save(str(out / "audio-runner-recording.png"))
    window.recording.bar.stop()
    player.kill()
    player.wait()
    window.close()
    project.close()


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    from tests.fixtures.pulse import ensure_packages, start_pulse

    with tempfile.TemporaryDirectory() as t:
        tmp = Path(t)
        pulse = None
        if ensure_packages() is None:
            pulse = start_pulse(tmp / "pulse")
            os.environ["PULSE_SERVER"] = pulse.server
        try:
            if pulse is not None:
                runner_recording(out, tmp, pulse)
            transcription(out, tmp)
        finally:
            if pulse is not None:
                pulse.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
