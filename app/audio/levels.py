"""Level meter figures and format conversion for captured PCM (no Qt)."""

from __future__ import annotations

import math
from typing import Any

import av
import numpy as np

from app.audio.codec import SAMPLE_RATE, Pcm

SILENCE_DB = -90.0


def peak_dbfs(pcm: Pcm) -> float:
    """Peak level in dB relative to full scale (−90 for silence)."""
    if len(pcm) == 0:
        return SILENCE_DB
    peak = int(np.max(np.abs(pcm.astype(np.int32))))
    return SILENCE_DB if peak == 0 else max(SILENCE_DB, 20 * math.log10(peak / 32768))


def rms_dbfs(pcm: Pcm) -> float:
    if len(pcm) == 0:
        return SILENCE_DB
    rms = float(np.sqrt(np.mean(pcm.astype(np.float64) ** 2)))
    return SILENCE_DB if rms == 0 else max(SILENCE_DB, 20 * math.log10(rms / 32768))


class Converter:
    """Device PCM (any rate, channels, int16/int32/float32) → mono int16 at 16 kHz.

    For devices that do not offer 16 kHz mono themselves (some Windows and macOS drivers).
    """

    _FORMATS = {"s16": np.int16, "s32": np.int32, "flt": np.float32, "u8": np.uint8}

    def __init__(self, rate: int, channels: int, sample_format: str = "s16") -> None:
        self.rate, self.channels, self.sample_format = rate, channels, sample_format
        self.passthrough = rate == SAMPLE_RATE and channels == 1 and sample_format == "s16"
        self._resampler: Any = None
        self._pts = 0
        if not self.passthrough:
            self._resampler = av.AudioResampler(format="s16", layout="mono", rate=SAMPLE_RATE)

    def convert(self, data: bytes) -> Pcm:
        if self.passthrough:
            return np.frombuffer(data[: len(data) // 2 * 2], dtype=np.int16)
        dtype = self._FORMATS[self.sample_format]
        width = np.dtype(dtype).itemsize * self.channels
        raw = np.frombuffer(data[: len(data) // width * width], dtype=dtype)
        if raw.size == 0:
            return np.zeros(0, dtype=np.int16)
        layout = "mono" if self.channels == 1 else "stereo" if self.channels == 2 else None
        if layout is None:  # more channels: keep the first two
            raw = raw.reshape(-1, self.channels)[:, :2].reshape(-1)
            layout = "stereo"
        frame = av.AudioFrame.from_ndarray(
            raw.reshape(1, -1), format=self.sample_format, layout=layout
        )
        frame.sample_rate = self.rate
        frame.pts = self._pts
        self._pts += raw.size // (2 if layout == "stereo" else 1)
        out = [f.to_ndarray().reshape(-1) for f in self._resampler.resample(frame)]
        return np.concatenate(out).astype(np.int16) if out else np.zeros(0, dtype=np.int16)
