"""Recording through the real audio stack into encrypted chunks, killed with SIGKILL.

A private PulseAudio daemon plays speech-like audio (espeak-ng) into a virtual microphone; a
separate process records it with QAudioSource → ChunkWriter. After ~30 s on disk the process
is killed mid-chunk. Every chunk before the lost one must authenticate, decode and sound like
the signal; no file the process could touch may hold plaintext audio.
"""

from __future__ import annotations

import contextlib
import os
import queue
import signal
import subprocess
import sys
import threading
from pathlib import Path

import numpy as np
import pytest

from app.audio.chunks import ChunkFlags, chunk_files, recording_folder
from app.audio.keys import audio_root_key, new_recording_id, recording_key
from app.audio.reader import RecordingReader, scan_recording
from app.audio.writer import ChunkWriter
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.fixtures.audio_leaks import pcm_needles, scan_audio
from tests.fixtures.pulse import PulseServer, speech_seconds

pytestmark = pytest.mark.slow
ROOT = Path(__file__).resolve().parents[2]
CHUNK_S = 5.0
LINE_TIMEOUT = 60.0


class Lines:
    """Lines of a child's stdout, read on a thread so waiting can time out."""

    def __init__(self, proc: subprocess.Popen[bytes]) -> None:
        self.q: queue.Queue[str | None] = queue.Queue()
        assert proc.stdout is not None
        out = proc.stdout

        def pump() -> None:
            for raw in out:
                self.q.put(raw.decode("utf-8", "replace").strip())
            self.q.put(None)

        self.out = out
        self.thread = threading.Thread(target=pump, daemon=True)
        self.thread.start()

    def close(self) -> None:
        self.thread.join(timeout=30)  # the child is gone: the pipe ends
        self.out.close()

    def until(self, predicate, timeout: float = LINE_TIMEOUT) -> str:  # type: ignore[no-untyped-def]
        while True:
            line = self.q.get(timeout=timeout)
            if line is None:
                raise AssertionError("recorder exited early")
            if line.startswith("failed"):
                raise AssertionError(line)
            if predicate(line):
                return line


def _envelope(pcm: np.ndarray, frame: int = 320) -> np.ndarray:
    n = len(pcm) // frame
    x = pcm[: n * frame].astype(np.float64).reshape(n, frame)
    return np.sqrt((x**2).mean(axis=1))


def _best_correlation(recorded: np.ndarray, reference: np.ndarray) -> float:
    a, b = _envelope(recorded), _envelope(reference)
    best = -1.0
    for lag in range(0, min(len(a) // 2, 400)):  # the recording starts before the signal
        n = min(len(a) - lag, len(b))
        if n < 100:
            break
        c = np.corrcoef(a[lag : lag + n], b[:n])[0, 1]
        best = max(best, float(c))
    return best


def test_sigkill_mid_recording_loses_at_most_the_last_chunk(
    pulse: PulseServer, tmp_path: Path
) -> None:
    folder = tmp_path / "inspelning.samtal"
    Project.create(folder, PASSPHRASE, kdf=fast_kdf()).close()
    sandbox = {name: tmp_path / name for name in ("tmp", "cache", "home", "samtal-home")}
    for d in sandbox.values():
        d.mkdir()
    env = pulse.env_for_clients()
    env.update(
        SAMTAL_PASSPHRASE=PASSPHRASE,
        TMPDIR=str(sandbox["tmp"]),
        XDG_CACHE_HOME=str(sandbox["cache"]),
        HOME=str(sandbox["home"]),
        SAMTAL_HOME=str(sandbox["samtal-home"]),
        QT_QPA_PLATFORM="offscreen",
        PYTHONPATH=str(ROOT),
    )
    rid = new_recording_id()
    signal_pcm = speech_seconds(45)
    recorder = subprocess.Popen(
        [sys.executable, "-m", "tests.audio.recorder_process", str(folder), rid],
        stdout=subprocess.PIPE,
        env=env,
        cwd=ROOT,
    )
    player = None
    lines = Lines(recorder)
    try:
        lines.until(lambda s: s == "ready")
        player = pulse.play(signal_pcm)
        # Six chunks (30 s) on disk, then 2.5 s into the seventh: kill.
        lines.until(lambda s: s.startswith("chunk 5 "))
        levels_after = 0

        def count(line: str) -> bool:
            nonlocal levels_after
            levels_after += line.startswith("level ")
            return levels_after >= 25

        lines.until(count)
        os.kill(recorder.pid, signal.SIGKILL)
        recorder.wait(timeout=30)
    finally:
        if recorder.poll() is None:
            recorder.kill()
            recorder.wait(timeout=30)
        lines.close()
        if player is not None:
            player.kill()
            player.wait(timeout=30)
            if player.stdin is not None:
                with contextlib.suppress(OSError):
                    player.stdin.close()

    project = Project.open(folder, PASSPHRASE)
    try:
        root = project.audio_key
        assert root == audio_root_key(project.keyfile.unwrap(PASSPHRASE))
        rfolder = recording_folder(folder, rid)
        files = chunk_files(rfolder)
        indices = [i for i, _ in files]
        assert indices == list(range(len(indices)))
        assert 6 <= len(indices) <= 7  # the seventh only if it was written before the kill
        scan = scan_recording(rfolder, recording_key(root, rid), rid)
        assert scan.damaged == []
        assert not scan.finished  # killed: no final mark
        full = [c for c in scan.chunks if c.index < 6]
        assert all(c.samples == int(CHUNK_S * 16000) for c in full)
        assert [c.start_sample for c in full] == [i * 80000 for i in range(6)]
        assert [c.clock_ms for c in full] == [i * 5000 for i in range(6)]

        reader = RecordingReader(folder, root, rid)
        recorded = reader.read(0, 6 * 80000)
        assert len(recorded) == 6 * 80000
        assert _best_correlation(recorded, signal_pcm) > 0.8  # it is the speech, not noise

        # Nothing plaintext anywhere the recorder could write (chunks are ciphertext).
        hits = scan_audio(
            [folder, *sandbox.values()],
            pcm_needles(signal_pcm[: 30 * 16000]),
        )
        assert hits == [], [str(h) for h in hits]

        # The recording continues after the crash, and then ends properly.
        writer = ChunkWriter(folder, root, rid, threaded=False)
        writer.start_segment(40_000)
        writer.append(signal_pcm[:16000])
        writer.close()
        after = scan_recording(rfolder, recording_key(root, rid), rid)
        assert after.finished
        assert after.chunks[-1].flags & ChunkFlags.FINAL
        assert after.next_index == len(indices) + 1
    finally:
        project.close()
