"""Benchmark: recording, storage, seeking and speech-to-text; prints one JSON object.

Figures, each with a floor measured in the same run and the ratio:

- ``record_cpu_share``: CPU time of the recording process per second of audio while
  recording speech (QAudioSource → level → Opus → AES-GCM → atomic write), against the same
  capture that throws the audio away.
- ``storage_per_hour``: bytes on disk per recorded hour of speech, against the bare Opus
  streams inside (the sealing and container overhead is the ratio).
- ``seek_latency``: a key press in transcription mode (F5/F3, a real key event) until the
  sink plays audio from the new position, against writing into a running sink with nothing
  in between (no key, no decoding, no time-stretch).
- ``stt_rtf``: speech-to-text time / audio time for the whole path (decrypt, decode, tiny
  Whisper model), against the model alone on the same array.

Needs the audio test tools (``packaging/sysdeps-audio.sh``); it starts its own PulseAudio.
"""

from __future__ import annotations

import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import numpy as np  # noqa: E402

from tests.fixtures.pulse import ensure_packages, speech_seconds, start_pulse  # noqa: E402

RATE = 16000


def _wait(app, predicate, timeout: float = 30.0) -> bool:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            return False
        app.processEvents()
        time.sleep(0.002)
    return True


def record_cpu(app, pulse, folder: Path, speech: np.ndarray, seconds: float) -> dict:  # type: ignore[no-untyped-def]
    from PySide6.QtMultimedia import QAudioSource

    from app.audio.keys import audio_root_key, new_recording_id
    from ui.audio.capture import AudioCapture, input_device, wanted_format

    root = audio_root_key(bytes(32))
    player = pulse.play(speech[: int((seconds * 2 + 4) * RATE)])
    try:
        # Floor: the same device read into nothing.
        src = QAudioSource(input_device(), wanted_format())
        io = src.start()
        got = [0]
        io.readyRead.connect(lambda: got.__setitem__(0, got[0] + len(io.readAll())))
        _wait(app, lambda: got[0] > 0)
        c0, got[0] = time.process_time(), 0
        _wait(app, lambda: got[0] >= seconds * RATE * 2, seconds * 3)
        floor = (time.process_time() - c0) / (got[0] / 2 / RATE)
        src.stop()

        capture = AudioCapture()
        capture.open_recording(folder, root, new_recording_id())
        capture.start(0)
        _wait(app, lambda: capture.recorded_ms > 200)
        c0, ms0 = time.process_time(), capture.recorded_ms
        _wait(app, lambda: capture.recorded_ms - ms0 >= seconds * 1000, seconds * 3)
        recorded = capture.recorded_ms - ms0
        capture.stop()  # includes the last encode and write
        ours = (time.process_time() - c0) / (recorded / 1000)
    finally:
        player.kill()
        player.wait()
        if player.stdin:
            player.stdin.close()
    return {
        "value_percent": round(ours * 100, 2),
        "floor_percent": round(floor * 100, 2),
        "ratio": round(ours / floor, 2) if floor else None,
        "seconds": seconds,
    }


def storage(folder: Path, speech: np.ndarray) -> dict:  # type: ignore[no-untyped-def]
    from app.audio.chunks import chunk_files, open_sealed, recording_folder
    from app.audio.keys import audio_root_key, new_recording_id, recording_key
    from app.audio.writer import ChunkWriter

    root = audio_root_key(bytes(32))
    rid = new_recording_id()
    w = ChunkWriter(folder, root, rid, threaded=False)
    w.start_segment(0)
    w.append(speech)
    w.close()
    files = chunk_files(recording_folder(folder, rid))
    on_disk = sum(p.stat().st_size for _, p in files)
    key = recording_key(root, rid)
    opus = sum(len(open_sealed(key, rid, i, p.read_bytes())[1]) for i, p in files)
    hours = len(speech) / RATE / 3600
    return {
        "value_mb_per_hour": round(on_disk / hours / 1e6, 2),
        "floor_mb_per_hour": round(opus / hours / 1e6, 2),
        "ratio": round(on_disk / opus, 3),
        "pcm_mb_per_hour": round(RATE * 2 * 3600 / 1e6, 1),
        "minutes_90_mb": round(on_disk / hours * 1.5 / 1e6, 1),
        "speech_seconds": round(len(speech) / RATE, 1),
    }


def seek_latency(app, folder: Path, speech: np.ndarray, jumps: int = 15) -> dict:  # type: ignore[no-untyped-def]
    """F5/F3 in transcription mode → the sink plays the new position (a real key event)."""
    from PySide6.QtCore import Qt
    from PySide6.QtMultimedia import QAudioSink, QMediaDevices
    from PySide6.QtTest import QTest

    from app.audio import records
    from app.audio.library import import_audio_file
    from app.interview.records import create_interview
    from app.store import KdfParams, Project
    from ui.audio.capture import wanted_format
    from ui.audio.player import AudioPlayer
    from ui.audio.transcription_window import TranscriptionWindow

    project = Project.create(folder / "seek", "bänk-lösenord", kdf=KdfParams(1, 8 * 1024, 1))
    iv = create_interview(project.db)
    src = folder / "seek.wav"
    import wave

    with wave.open(str(src), "wb") as f:
        f.setnchannels(1)
        f.setsampwidth(2)
        f.setframerate(RATE)
        f.writeframes(np.asarray(speech, "<i2").tobytes())
    info = import_audio_file(project.folder, project.audio_key, src)
    src.unlink()
    records.add_recording(project.db, iv.id, info.recording_id, "imported")
    window = TranscriptionWindow(project, iv, project.audio_key)
    window.show()
    window.activateWindow()
    _wait(app, window.isActiveWindow)
    window.editor.setFocus()
    player = window.player
    QTest.keyClick(window.editor, Qt.Key.Key_F4)  # play
    _wait(app, lambda: player.position_ms() > 300)
    ours = []
    for i in range(jumps):
        k = Qt.Key.Key_F5 if i % 2 == 0 else Qt.Key.Key_F3
        t0 = time.perf_counter()
        QTest.keyClick(window.editor, k)
        base = player._segment_base
        _wait(app, lambda: player._heard() > base)  # noqa: B023
        ours.append((time.perf_counter() - t0) * 1000)
        _wait(app, lambda: player._heard() > base + RATE // 5)  # noqa: B023
    window.close()
    project.close()

    # Floor: a bare running sink, new data written at once (no decode, no stretch).
    sink = QAudioSink(QMediaDevices.defaultAudioOutput(), wanted_format())
    sink.setBufferSize(RATE * 2 * AudioPlayer.BUFFER_MS // 1000)
    io = sink.start()
    written = [0]
    playing = [True]

    def feed() -> None:
        free = sink.bytesFree()
        if free and playing[0]:
            written[0] += io.write(speech[: free // 2].tobytes()) // 2

    from PySide6.QtCore import QTimer

    timer = QTimer()
    timer.timeout.connect(feed)
    timer.start(AudioPlayer.FEED_MS)
    heard = lambda: sink.processedUSecs() * RATE // 1_000_000  # noqa: E731
    _wait(app, lambda: heard() > RATE // 2)
    floor = []
    for _ in range(jumps):
        t0 = time.perf_counter()
        base = written[0]
        _wait(app, lambda: heard() > base)  # noqa: B023
        floor.append((time.perf_counter() - t0) * 1000)
        _wait(app, lambda: heard() > base + RATE // 5)  # noqa: B023
    timer.stop()
    sink.stop()
    m, f = statistics.median(ours), statistics.median(floor)
    return {
        "value_ms_median": round(m, 1),
        "value_ms_max": round(max(ours), 1),
        "floor_ms_median": round(f, 1),
        "ratio": round(m / f, 2) if f else None,
        "buffer_ms": AudioPlayer.BUFFER_MS,
        "jumps": jumps,
    }


def stt_rtf(folder: Path, speech: np.ndarray) -> dict:  # type: ignore[no-untyped-def]
    try:
        import faster_whisper  # noqa: F401
    except ImportError:
        return {"skipped": "the [stt] extra is not installed"}
    from app.audio.keys import audio_root_key, new_recording_id
    from app.audio.reader import RecordingReader
    from app.audio.stt import SpeechToText
    from app.audio.writer import ChunkWriter
    from tests.fixtures.tiny_whisper import build_tiny_whisper

    model_dir = build_tiny_whisper(folder / "tiny-whisper")
    root = audio_root_key(bytes(32))
    rid = new_recording_id()
    w = ChunkWriter(folder, root, rid, threaded=False)
    w.start_segment(0)
    w.append(speech)
    w.close()
    stt = SpeechToText(model_dir)
    stt.transcribe(speech[: 5 * RATE])  # warm up
    seconds = len(speech) / RATE
    t0 = time.perf_counter()
    pcm = RecordingReader(folder, root, rid).read_all()
    stt.transcribe(pcm)
    ours = (time.perf_counter() - t0) / seconds
    audio = speech.astype(np.float32) / 32768
    t0 = time.perf_counter()
    segments, _ = stt._model.transcribe(
        audio,
        language="sv",
        beam_size=1,
        vad_filter=False,
        condition_on_previous_text=False,
        temperature=0.0,
    )
    list(segments)
    floor = (time.perf_counter() - t0) / seconds
    return {
        "value_rtf": round(ours, 4),
        "floor_rtf": round(floor, 4),
        "ratio": round(ours / floor, 2) if floor else None,
        "model": "tiny random Whisper (d=64, 1+1 layers) — measures the path, not a real model",
        "audio_seconds": round(seconds, 1),
    }


def main() -> int:
    reason = ensure_packages()
    if reason:
        print(json.dumps({"benchmark": "audio", "skipped": reason}))
        return 0
    from PySide6.QtWidgets import QApplication

    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        pulse = start_pulse(tmpdir / "pulse")
        os.environ["PULSE_SERVER"] = pulse.server
        try:
            app = QApplication.instance() or QApplication(sys.argv)
            speech = speech_seconds(120)
            figures = {
                "benchmark": "audio",
                "storage_per_hour": storage(tmpdir, speech),
                "record_cpu_share": record_cpu(app, pulse, tmpdir, speech, 20.0),
                "seek_latency": seek_latency(app, tmpdir, speech),
                "stt_rtf": stt_rtf(tmpdir, speech[: 60 * RATE]),
            }
        finally:
            pulse.stop()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
