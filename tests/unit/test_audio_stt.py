"""Speech-to-text on a tiny random Whisper model built offline (the real faster-whisper path).

Skipped only when the optional ``[stt]`` extra is not installed (``make test`` installs it).
"""

from __future__ import annotations

import threading
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("faster_whisper", reason="the [stt] extra (faster-whisper) is not installed")

from app.audio.errors import Cancelled, SttModelInvalid  # noqa: E402
from app.audio.stt import SpeechToText, available, draft_text  # noqa: E402
from app.audio.transcript import parse_turns, timestamps  # noqa: E402
from tests.fixtures.tiny_whisper import build_tiny_whisper  # noqa: E402


@pytest.fixture(scope="session")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_tiny_whisper(tmp_path_factory.mktemp("tiny-whisper"))


def noise(seconds: float) -> np.ndarray:
    rng = np.random.default_rng(7)
    return (rng.standard_normal(int(seconds * 16000)) * 3000).astype(np.int16)


def test_transcribes_from_memory_with_progress(tiny_model: Path) -> None:
    assert available()
    stt = SpeechToText(tiny_model, threads=1)
    assert stt.multilingual  # so language="sv" is passed on, as with a real Swedish model
    progress: list[float] = []
    segments = stt.transcribe(noise(65), on_progress=progress.append)
    assert segments, "the random model always says something"
    assert all(0 <= s.start_ms <= s.end_ms <= 65_000 for s in segments)
    assert progress == sorted(progress) and progress[-1] == 1.0
    draft = draft_text(segments, offset_ms=1000)
    assert len(timestamps(draft)) == len(segments)
    assert parse_turns(draft)[0].start_ms == segments[0].start_ms // 1000 * 1000 + 1000


def test_cancel_stops_between_segments(tiny_model: Path) -> None:
    stt = SpeechToText(tiny_model, threads=1)
    cancel = threading.Event()
    seen: list[float] = []

    def progress(f: float) -> None:
        seen.append(f)
        cancel.set()

    with pytest.raises(Cancelled):
        stt.transcribe(noise(65), on_progress=progress, cancel=cancel)
    assert len(seen) == 1


def test_a_folder_without_its_tokenizer_is_refused_before_loading(
    tiny_model: Path, tmp_path: Path
) -> None:
    partial = tmp_path / "utan-tokenizer"
    partial.mkdir()
    for name in ("model.bin", "config.json", "vocabulary.json"):
        (partial / name).write_bytes((tiny_model / name).read_bytes())
    with pytest.raises(SttModelInvalid, match="tokenizer.json"):
        SpeechToText(partial)
    (partial / "tokenizer.json").write_text("{}", encoding="utf-8")
    (partial / "model.bin").write_bytes(b"inte en modell")
    with pytest.raises(SttModelInvalid):
        SpeechToText(partial)
