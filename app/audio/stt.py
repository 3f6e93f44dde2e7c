"""Optional local speech-to-text: ``faster-whisper`` on a model folder the user chose.

Installed with ``pip install samtal[stt]``. The app never downloads a model: only a folder
holding a CTranslate2 Whisper model *and* its ``tokenizer.json`` is accepted (without the
tokenizer file faster-whisper would fetch one from the internet), and the Hugging Face hub is
switched to offline before faster-whisper is imported. Audio is passed as an array from
memory; the result is a timestamped draft, marked as machine-made by the caller.
"""

from __future__ import annotations

import importlib.util
import json
import os
import threading
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from app.audio.codec import SAMPLE_RATE, Pcm
from app.audio.errors import Cancelled, SttModelInvalid, SttUnavailable
from app.audio.transcript import format_timestamp

REQUIRED_FILES = ("model.bin", "config.json", "tokenizer.json")


@dataclass(frozen=True)
class SttSegment:
    start_ms: int
    end_ms: int
    text: str


def available() -> bool:
    """Whether the ``[stt]`` extra is installed."""
    return importlib.util.find_spec("faster_whisper") is not None


def check_model_folder(folder: Path) -> None:
    """Refuse a folder that is not a usable local model (one-line reason in the error)."""
    if not folder.is_dir():
        raise SttModelInvalid(f"{folder.name}: ingen mapp")
    missing = [name for name in REQUIRED_FILES if not (folder / name).is_file()]
    if missing:
        raise SttModelInvalid(f"{folder.name}: saknar {', '.join(missing)}")
    try:
        config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        raise SttModelInvalid(f"{folder.name}: config.json kan inte läsas") from None
    if not isinstance(config, dict) or "alignment_heads" not in config:
        raise SttModelInvalid(f"{folder.name}: inte en Whisper-modell för CTranslate2")


class SpeechToText:
    """A loaded model. Loading takes seconds for real models: do it off the UI thread."""

    def __init__(self, folder: Path, threads: int = 0, compute_type: str = "int8") -> None:
        if not available():
            raise SttUnavailable()
        check_model_folder(folder)
        os.environ["HF_HUB_OFFLINE"] = "1"  # belt and braces: never reach a model hub
        from faster_whisper import WhisperModel

        try:
            self._model: Any = WhisperModel(
                str(folder),
                device="cpu",
                compute_type=compute_type,  # int8 on a laptop CPU: ~3× faster than float32
                cpu_threads=threads or max(1, (os.cpu_count() or 2) - 1),
                local_files_only=True,
            )
        except (RuntimeError, ValueError, OSError) as exc:
            raise SttModelInvalid(f"{folder.name}: {type(exc).__name__}") from None
        self.folder = folder

    @property
    def multilingual(self) -> bool:
        return bool(self._model.model.is_multilingual)

    def transcribe(
        self,
        pcm: Pcm,
        *,
        sample_rate: int = SAMPLE_RATE,
        language: str = "sv",
        on_progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
        on_segment: Callable[[SttSegment], None] | None = None,
    ) -> list[SttSegment]:
        """Transcribe mono int16 PCM (16 kHz) held in memory.

        Progress is the share of the audio passed so far; ``cancel`` is checked between
        segments (the current 30-second window finishes first).

        Raises:
            Cancelled
        """
        if sample_rate != SAMPLE_RATE:
            raise ValueError("speech-to-text needs 16 kHz audio")
        audio = pcm.astype(np.float32) / 32768.0
        duration_ms = len(pcm) * 1000 // sample_rate
        segments, _info = self._model.transcribe(
            audio,
            language=language if self.multilingual else None,
            task="transcribe",
            beam_size=1,
            vad_filter=False,
            condition_on_previous_text=False,
            temperature=0.0,
        )
        out: list[SttSegment] = []
        for seg in segments:
            if cancel is not None and cancel.is_set():
                raise Cancelled()
            start = min(duration_ms, int(seg.start * 1000))
            end = min(duration_ms, max(start, int(seg.end * 1000)))
            item = SttSegment(start, end, str(seg.text).strip())
            if item.text:
                out.append(item)
                if on_segment is not None:
                    on_segment(item)
            if on_progress is not None and duration_ms:
                on_progress(min(1.0, end / duration_ms))
        if cancel is not None and cancel.is_set():
            raise Cancelled()
        if on_progress is not None:
            on_progress(1.0)
        return out


def draft_text(segments: list[SttSegment], offset_ms: int = 0) -> str:
    """Segments as transcript paragraphs with timestamps (no speaker: the model does not know
    who speaks)."""
    return "\n".join(f"{format_timestamp(s.start_ms + offset_ms)} {s.text}" for s in segments)
