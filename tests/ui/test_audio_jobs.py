"""Speech-to-text and long audio work off the UI thread, with progress and cancel."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton

from app.audio.errors import Cancelled
from app.audio.playback import ArraySource
from app.audio.transcript import timestamps
from ui.audio.jobs import CancellableJob


def test_job_reports_progress_and_result_on_the_ui_thread(qtbot) -> None:
    job = CancellableJob("Arbetar …")
    seen: list[float] = []
    job.progress.connect(seen.append)
    threads: list[int] = []

    def work(progress, cancel: threading.Event) -> str:  # type: ignore[no-untyped-def]
        threads.append(threading.get_ident())
        for i in range(1, 5):
            progress(i / 4)
        return "klart"

    with qtbot.waitSignal(job.finished, timeout=10_000) as done:
        job.start(work)
    assert done.args == ["klart"]
    assert threads[0] != threading.get_ident()
    qtbot.waitUntil(lambda: seen == [0.25, 0.5, 0.75, 1.0], timeout=5000)
    assert not job.running and job.dialog is None


def test_cancel_from_the_progress_dialog(qtbot) -> None:
    job = CancellableJob("Transkriberar …")
    job.PROGRESS_DELAY_MS = 0
    started = threading.Event()

    def work(progress, cancel: threading.Event) -> None:  # type: ignore[no-untyped-def]
        started.set()
        while not cancel.wait(0.01):  # a long job that checks its cancel flag
            progress(0.5)
        raise Cancelled()

    with qtbot.waitSignal(job.failed, timeout=20_000) as failed:
        job.start(work)
        qtbot.waitUntil(lambda: job.dialog is not None and job.dialog.isVisible(), timeout=5000)
        assert started.wait(5)
        button = job.dialog.findChild(QPushButton)
        assert button.text() == "Avbryt"
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert isinstance(failed.args[0], Cancelled)
    assert job.dialog is None


def test_speech_to_text_job_gives_a_timestamped_draft(qtbot, tmp_path: Path) -> None:
    pytest.importorskip("faster_whisper", reason="the [stt] extra is not installed")
    from tests.fixtures.tiny_whisper import build_tiny_whisper
    from ui.audio.stt_job import transcribe_job

    model = build_tiny_whisper(tmp_path / "modell")
    pcm = (np.random.default_rng(3).standard_normal(16000 * 35) * 3000).astype(np.int16)
    fractions: list[float] = []
    started = time.monotonic()
    job = transcribe_job(model, lambda: ArraySource(pcm, 16000), "Transkriberar …")
    job.progress.connect(fractions.append)
    with qtbot.waitSignal(job.finished, timeout=120_000) as done:
        pass
    draft = done.args[0]
    assert isinstance(draft, str) and timestamps(draft)
    assert fractions[0] == pytest.approx(0.05) and fractions[-1] == pytest.approx(1.0)
    assert time.monotonic() - started < 120
