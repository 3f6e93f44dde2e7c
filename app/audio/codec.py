"""Compression in memory: 16-bit mono PCM ⇄ Ogg/Opus bytes (FFmpeg's libopus through ``av``).

Nothing here touches the file system except :func:`decode_file`, which *reads* a file the
user chose for import. Encoded bytes go straight to :mod:`app.audio.chunks` to be sealed.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import av
import numpy as np
import numpy.typing as npt

from app.audio.errors import NotAudio

#: Recording format: Whisper's rate; 16 kHz Opus is "wideband", plenty for speech.
SAMPLE_RATE = 16000
CHANNELS = 1
#: 24 kbit/s Opus: ~11 MB per hour of speech.
BITRATE = 24000

Pcm = npt.NDArray[np.int16]


def encode_opus(pcm: Pcm, sample_rate: int = SAMPLE_RATE, bitrate: int = BITRATE) -> bytes:
    """Encode mono int16 PCM as a complete Ogg/Opus stream in memory."""
    out = io.BytesIO()
    with av.open(out, "w", format="ogg") as container:
        stream: Any = container.add_stream("libopus", rate=sample_rate)
        stream.bit_rate = bitrate
        stream.layout = "mono"
        frame = av.AudioFrame.from_ndarray(
            np.ascontiguousarray(pcm, dtype=np.int16).reshape(1, -1), format="s16", layout="mono"
        )
        frame.sample_rate = sample_rate
        for packet in stream.encode(frame):
            container.mux(packet)
        for packet in stream.encode(None):
            container.mux(packet)
    return out.getvalue()


def decode_bytes(data: bytes, sample_rate: int = SAMPLE_RATE) -> Pcm:
    """Decode an in-memory Ogg/Opus stream to mono int16 PCM at ``sample_rate``."""
    blocks = list(_decode(av.open(io.BytesIO(data), "r"), sample_rate))
    if not blocks:
        return np.zeros(0, dtype=np.int16)
    return np.concatenate(blocks)


def decode_file(
    path: Path,
    sample_rate: int = SAMPLE_RATE,
    on_progress: Callable[[float], None] | None = None,
) -> Iterator[Pcm]:
    """Decode any audio file FFmpeg knows (wav, mp3, m4a, ogg, flac, …) to mono int16 blocks.

    Raises:
        NotAudio: the file cannot be opened as media or has no audio stream.
    """
    try:
        container = av.open(str(path), "r")
    except (av.FFmpegError, OSError, UnicodeDecodeError):
        raise NotAudio(path.name) from None
    if not container.streams.audio:
        container.close()
        raise NotAudio(path.name)
    duration = (container.duration or 0) / 1_000_000  # av.time_base is microseconds
    done = 0
    try:
        for block in _decode(container, sample_rate):
            done += len(block)
            if on_progress is not None and duration > 0:
                on_progress(min(1.0, done / sample_rate / duration))
            yield block
    except av.FFmpegError:
        raise NotAudio(path.name) from None


def _decode(container: Any, sample_rate: int) -> Iterator[Pcm]:
    with container:
        resampler = av.AudioResampler(format="s16", layout="mono", rate=sample_rate)
        for frame in container.decode(audio=0):
            for out in resampler.resample(frame):
                yield out.to_ndarray().reshape(-1).astype(np.int16, copy=False)
        for out in resampler.resample(None):
            yield out.to_ndarray().reshape(-1).astype(np.int16, copy=False)
