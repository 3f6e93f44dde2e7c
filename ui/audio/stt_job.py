"""Speech-to-text of a recording, off the UI thread: a timestamped draft for the editor.

The recording is decrypted and decoded in the worker into memory, handed to the model as an
array, and only the draft text comes back. The model folder is the user's choice (Inställningar);
nothing is downloaded.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from app.audio.playback import PcmSource
from app.audio.stt import SpeechToText, draft_text
from ui.audio.jobs import CancellableJob

#: Loading a real model takes a few seconds: it counts as the first 5 % of the bar.
LOAD_SHARE = 0.05


def transcribe_job(
    model_folder: Path,
    source: Callable[[], PcmSource],
    label: str,
    parent: QWidget | None = None,
    language: str = "sv",
) -> CancellableJob:
    """Start transcribing; connect to ``finished(str)`` (the draft) and ``failed``."""
    job = CancellableJob(label, parent)

    def work(progress: Callable[[float], None], cancel: threading.Event) -> str:
        stt = SpeechToText(model_folder)
        progress(LOAD_SHARE)
        pcm_source = source()
        pcm = pcm_source.read(0, pcm_source.total_samples)
        segments = stt.transcribe(
            pcm,
            sample_rate=pcm_source.sample_rate,
            language=language,
            on_progress=lambda f: progress(LOAD_SHARE + (1 - LOAD_SHARE) * f),
            cancel=cancel,
        )
        return draft_text(segments)

    job.start(work)
    return job
