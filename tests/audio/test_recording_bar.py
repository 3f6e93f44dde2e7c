"""Recording controls: consent gate, start/pause/stop on the clock, lock and continue."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt

from app.audio import records
from app.audio.chunks import recording_folder
from app.audio.keys import recording_key
from app.audio.reader import scan_recording
from app.interview.records import create_interview
from app.store import Project
from tests.fixtures.pulse import PulseServer, speech_seconds
from ui.audio.recording_bar import RecordingBar


@pytest.fixture
def bar(qtbot, project: Project):  # type: ignore[no-untyped-def]
    widget = RecordingBar()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_without_recording_consent_nothing_can_be_recorded(bar, project: Project) -> None:  # type: ignore[no-untyped-def]
    iv = create_interview(project.db)
    bar.attach(project, iv.id, b"k" * 32, lambda: 0, allowed=False)
    assert not bar.record_button.isVisible() and not bar.record_button.isEnabled()
    assert "samtycke" in bar.indicator.text()
    bar.start()
    assert bar.state == "off" and records.recordings_for(project.db, iv.id) == []


def test_record_pause_lock_continue_stop(
    qtbot,
    bar,
    project: Project,
    pulse: PulseServer,  # type: ignore[no-untyped-def]
) -> None:
    iv = create_interview(project.db)
    root = project.audio_key
    clock = [12_000]
    bar.attach(project, iv.id, root, lambda: clock[0], allowed=True, planned_minutes=1)
    assert bar.indicator.text() == "Spelar inte in"
    levels: list[float] = []
    bar.capture.level.connect(levels.append)
    player = pulse.play(speech_seconds(12))
    try:
        qtbot.mouseClick(bar.record_button, Qt.MouseButton.LeftButton)
        assert bar.state == "recording" and "SPELAR IN" in bar.indicator.text()
        qtbot.waitUntil(lambda: bar.capture.recorded_ms > 2500, timeout=15_000)
        assert max(levels) > -30
        qtbot.waitUntil(lambda: bar.meter.level_db > -40, timeout=5000)
        bar.pause()
        assert bar.state == "paused" and "pausad" in bar.indicator.text()
        bar.lock()  # the project locks: capture ends, the recording stays open
        uuid = records.open_recording(project.db, iv.id).uuid  # type: ignore[union-attr]
        clock[0] = 50_000
        bar.attach(project, iv.id, root, lambda: clock[0], allowed=True)  # after unlock
        assert bar.state == "paused" and "Fortsätt" in bar.record_button.text()
        bar.start()
        before = bar.capture.recorded_ms  # the length so far: the recording continues
        assert before > 2500
        qtbot.waitUntil(lambda: bar.capture.recorded_ms > before + 1500, timeout=15_000)
        qtbot.mouseClick(bar.stop_button, Qt.MouseButton.LeftButton)
    finally:
        player.kill()
        player.wait(timeout=30)
        if player.stdin is not None:
            player.stdin.close()
    assert bar.state == "off"
    rec = records.get_recording(project.db, uuid)
    assert rec.finished and rec.duration_ms > 4000
    scan = scan_recording(recording_folder(project.folder, uuid), recording_key(root, uuid), uuid)
    assert scan.finished and scan.damaged == []
    clocks = [c.clock_ms for c in scan.audio_chunks]
    # Each segment is anchored where its first audio arrived (clock less that first block).
    assert 11_000 < clocks[0] <= 12_000
    assert any(49_000 < c <= 50_000 for c in clocks)
    assert np.all(np.diff([c.start_sample for c in scan.chunks]) >= 0)
