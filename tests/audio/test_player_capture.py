"""Capture and playback through QtMultimedia and a real (virtual) sound server."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import numpy as np
import pytest

from app.audio.chunks import ChunkFlags, recording_folder
from app.audio.keys import audio_root_key, new_recording_id, recording_key
from app.audio.playback import ArraySource
from app.audio.reader import RecordingReader, scan_recording
from tests.fixtures.pulse import PulseServer, speech_seconds
from ui.audio.capture import AudioCapture
from ui.audio.player import AudioPlayer

RATE = 16000


@pytest.fixture(scope="module")
def speech() -> np.ndarray:
    return speech_seconds(20)


def test_capture_records_pauses_and_stops(
    qtbot, pulse: PulseServer, tmp_path: Path, speech: np.ndarray
) -> None:
    root = audio_root_key(bytes(range(32)))
    rid = new_recording_id()
    capture = AudioCapture()
    levels: list[float] = []
    capture.level.connect(levels.append)
    chunks: list[int] = []
    capture.chunkWritten.connect(lambda i, _ms: chunks.append(i))
    capture.open_recording(tmp_path, root, rid, chunk_seconds=1.0)
    player = pulse.play(speech[: 6 * RATE])
    try:
        with qtbot.waitSignal(capture.stateChanged, timeout=10_000):
            capture.start(2_000)
        qtbot.waitUntil(lambda: len(chunks) >= 3, timeout=30_000)
        assert max(levels) > -30  # the speech, not silence
        capture.pause()
        assert capture.state == "paused"
        paused_chunks = len(chunks)  # the pause's own chunk may still be on its way
        capture.start(60_000)
        qtbot.waitUntil(lambda: len(chunks) >= paused_chunks + 2, timeout=30_000)
        capture.stop()
    finally:
        player.kill()
        player.wait(timeout=30)
        if player.stdin is not None:
            player.stdin.close()
    assert capture.state == "stopped"
    scan = scan_recording(recording_folder(tmp_path, rid), recording_key(root, rid), rid)
    assert scan.finished and scan.damaged == []
    ends = [c for c in scan.chunks if c.flags & ChunkFlags.SEGMENT_END]
    assert len(ends) == 2  # the pause and the stop
    first_after_pause = scan.chunks[scan.chunks.index(ends[0]) + 1]
    assert first_after_pause.clock_ms == 60_000
    assert scan.chunks[0].clock_ms == 2_000
    pcm = RecordingReader(tmp_path, root, rid).read_all()
    assert np.abs(pcm).max() > 3000


def _monitor(pulse: PulseServer) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [
            "parec",
            "--device=samtal_speaker.monitor",
            "--format=s16le",
            "--rate=16000",
            "--channels=1",
            "--raw",
            "--latency-msec=20",
        ],
        stdout=subprocess.PIPE,
        env=pulse.env_for_clients(),
    )


def test_player_plays_seeks_and_changes_speed(
    qtbot, pulse: PulseServer, speech: np.ndarray
) -> None:
    player = AudioPlayer()
    player.load(ArraySource(speech, RATE))
    assert player.duration_ms == 20_000
    monitor = _monitor(pulse)
    try:
        with qtbot.waitSignal(player.playingChanged, timeout=5000):
            player.play()
        qtbot.waitUntil(lambda: player.position_ms() > 500, timeout=15_000)

        # A skip moves the position by the step at once, and playing goes on from there.
        before = player.position_ms()
        with qtbot.waitSignal(player.positionChanged, timeout=5000) as sig:
            player.skip(5_000)
        assert abs(sig.args[0] - (before + 5_000)) < 300
        target = sig.args[0]
        qtbot.waitUntil(lambda: player.position_ms() > target + 300, timeout=15_000)

        # 2×: the position moves twice as fast as the sink consumes audio.
        with qtbot.waitSignal(player.speedChanged, timeout=5000):
            player.set_speed(2.0)
        qtbot.waitUntil(lambda: player.position_ms() > target + 800, timeout=15_000)
        p0, h0 = player.position_ms(), player._heard()
        qtbot.waitUntil(lambda: player._heard() > h0 + RATE, timeout=15_000)
        p1, h1 = player.position_ms(), player._heard()
        rate = (p1 - p0) / ((h1 - h0) * 1000 / RATE)
        assert 1.7 < rate < 2.3, rate

        # Pause with the transcriber's step back.
        at = player.position_ms()
        player.pause(step_back_ms=2_000)
        assert not player.playing
        assert abs(player.position_ms() - (at - 2_000)) < 200
        player.seek_ms(10**9)
        assert player.position_ms() == 20_000
    finally:
        player.unload()
        monitor.terminate()
        out, _ = monitor.communicate(timeout=30)
    heard = np.frombuffer(out[: len(out) // 2 * 2], dtype="<i2")
    assert np.abs(heard).max() > 3000, "the speech reached the speaker"


def test_player_reaches_the_end(qtbot, speech: np.ndarray) -> None:
    player = AudioPlayer()
    player.load(ArraySource(speech[:RATE], RATE))
    player.play()
    started = time.monotonic()
    qtbot.waitUntil(lambda: not player.playing, timeout=20_000)
    assert time.monotonic() - started >= 0.9
    assert player.position_ms() == 1000
    player.unload()
