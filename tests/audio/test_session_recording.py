"""Recording in the interview runner: Ctrl+R, the interview clock, question changes on the same
clock, lock and unlock in the middle, finish. Real widgets, real (virtual) microphone."""

from __future__ import annotations

from PySide6.QtCore import Qt

from app.audio import records
from app.audio.reader import RecordingReader
from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import create_interview
from app.interview.runner import load_states
from app.store import Project
from tests.fixtures.pulse import PulseServer, speech_seconds
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import CTRL, key
from ui.app_controller import AppController


def _consent(project: Project, audio: bool) -> int:
    iv = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    record_consent(
        project.db,
        iv.id,
        ConsentRecord.all_required(
            "AB", consent_quotes=True, consent_audio=audio, informed_audio_deleted=audio
        ),
    )
    return iv.id


def _open(qtbot, controller: AppController, project: Project, interview_id: int):  # type: ignore[no-untyped-def]
    controller.show_project(project)
    controller.open_interview(interview_id)
    window = controller.session_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def test_no_recording_without_consent(qtbot, session_project, tmp_path) -> None:  # type: ignore[no-untyped-def]
    interview_id = _consent(session_project, audio=False)
    controller = AppController(tmp_path / "p")
    window = _open(qtbot, controller, session_project, interview_id)
    bar = window.recording.bar
    assert not bar.record_button.isVisible()
    key(window.page.note_editor, Qt.Key.Key_R, CTRL)
    assert bar.state == "off" and records.recordings_for(session_project.db, interview_id) == []
    controller.shutdown()


def test_record_with_the_clock_through_lock_and_unlock(
    qtbot,
    session_project,
    tmp_path,
    pulse: PulseServer,  # type: ignore[no-untyped-def]
) -> None:
    project = session_project
    interview_id = _consent(project, audio=True)
    controller = AppController(tmp_path / "p")
    window = _open(qtbot, controller, project, interview_id)
    bar = window.recording.bar
    assert bar.record_button.isVisible() and bar.indicator.text() == "Spelar inte in"
    player = pulse.play(speech_seconds(30))
    try:
        key(window.page.note_editor, Qt.Key.Key_R, CTRL)  # record: the clock runs too
        assert bar.state == "recording" and window.clock.running
        assert "SPELAR IN" in bar.indicator.text()
        qtbot.waitUntil(lambda: bar.recorded_ms > 1500, timeout=15_000)
        key(window.page.note_editor, Qt.Key.Key_Down, CTRL)  # next question, on the clock
        qtbot.waitUntil(lambda: bar.recorded_ms > 3000, timeout=15_000)
        key(window.page.note_editor, Qt.Key.Key_P, CTRL)  # pause the interview: and the audio
        assert not window.clock.running and bar.state == "paused"
        key(window.page.note_editor, Qt.Key.Key_P, CTRL)  # and on again
        assert window.clock.running and bar.state == "recording"
        qtbot.waitUntil(lambda: bar.recorded_ms > 4000, timeout=15_000)

        key(window.page.note_editor, Qt.Key.Key_L, CTRL)  # lock mid-recording
        assert controller.project is None
        assert project.closed
        dialog = controller.unlock_dialog
        dialog.passphrase.setText(SESSION_PASSPHRASE)
        dialog.unlock_button.click()
        qtbot.waitUntil(lambda: controller.project is not None, timeout=10_000)
        window = controller.session_window
        assert window is not None and window.interview.id == interview_id
        bar = window.recording.bar
        assert bar.state == "paused" and "Fortsätt" in bar.record_button.text()
        before = bar.recorded_ms
        key(window.page.note_editor, Qt.Key.Key_R, CTRL)  # continue the same recording
        assert bar.state == "recording"
        qtbot.waitUntil(lambda: bar.recorded_ms > before + 1500, timeout=15_000)
        window.finish()
        assert bar.state == "off"
    finally:
        player.kill()
        player.wait(timeout=30)
        if player.stdin is not None:
            player.stdin.close()

    project = controller.project
    recs = records.recordings_for(project.db, interview_id)
    assert len(recs) == 1 and recs[0].finished and recs[0].duration_ms > 5000
    reader = RecordingReader(project.folder, project.audio_key, recs[0].uuid)
    assert abs(reader.duration_ms - recs[0].duration_ms) < 10
    # The question change sits inside the audio, at its moment on the interview clock.
    states, _ = load_states(project.db, interview_id)
    second = sorted(st.first_at_ms for st in states.values() if st.first_at_ms is not None)[1]
    sample = reader.sample_at_clock(second)
    assert 0 < sample < reader.total_samples
    assert abs(reader.clock_ms_at(sample) - second) <= 1
    assert len({c.clock_ms for c in reader.chunks}) == len(reader.chunks)
    controller.shutdown()
