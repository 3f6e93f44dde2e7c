"""The sound a player sends to the speaker: PCM from a recording, from any position, at any
speed from 0.5× to 2× without changing the pitch (FFmpeg's ``atempo`` filter through ``av``).

No Qt: the Qt player (``ui/audio/player.py``) asks this stream for blocks and tells it what
the device has played; the stream knows which recording position that was.
"""

from __future__ import annotations

from collections import deque
from fractions import Fraction
from typing import Any, Protocol

import av
import numpy as np

from app.audio.codec import Pcm

MIN_SPEED = 0.5
MAX_SPEED = 2.0


class PcmSource(Protocol):
    sample_rate: int

    @property
    def total_samples(self) -> int: ...

    def read(self, start: int, count: int) -> Pcm: ...


class ArraySource:
    """A PCM array as a source (tests, benchmarks, decoded imports)."""

    def __init__(self, pcm: Pcm, sample_rate: int) -> None:
        self.pcm = pcm
        self.sample_rate = sample_rate

    @property
    def total_samples(self) -> int:
        return len(self.pcm)

    def read(self, start: int, count: int) -> Pcm:
        return self.pcm[max(0, start) : max(0, start) + max(0, count)]


def clamp_speed(speed: float) -> float:
    return min(MAX_SPEED, max(MIN_SPEED, round(speed, 2)))


class PlaybackStream:
    """Blocks of output PCM from a position at a speed; maps output played → source position.

    ``read(n)`` gives about ``n`` output samples (fewer near the end); ``position(played)``
    turns the number of output samples the device has played since the last :meth:`seek`
    into a source sample position. Changing the speed restarts the stream at a position.
    """

    IN_BLOCK = 1600  # 0.1 s at 16 kHz

    def __init__(self, source: PcmSource) -> None:
        self.source = source
        self.sample_rate = source.sample_rate
        self.speed = 1.0
        self._graph: Any = None
        self._src: Any = None
        self._sink: Any = None
        self._pending: deque[Pcm] = deque()
        self.seek(0)

    # -- control ----------------------------------------------------------------------
    def seek(self, sample: int) -> None:
        self.start = max(0, min(int(sample), self.source.total_samples))
        self._fed = self.start  # next source sample to feed
        self._produced = 0  # output samples handed out since the seek
        self._pending.clear()
        self._eof_sent = False
        self._graph = self._make_graph() if self.speed != 1.0 else None

    def set_speed(self, speed: float, at_sample: int) -> None:
        self.speed = clamp_speed(speed)
        self.seek(at_sample)

    @property
    def at_end(self) -> bool:
        return self._fed >= self.source.total_samples and not self._pending and self._eof_sent

    # -- data -------------------------------------------------------------------------
    def read(self, count: int) -> Pcm:
        """Up to ``count`` output samples (an empty array at the end)."""
        parts: list[Pcm] = []
        have = 0
        while have < count:
            if not self._pending and not self._fill():
                break
            block = self._pending.popleft()
            if have + len(block) > count:
                self._pending.appendleft(block[count - have :])
                block = block[: count - have]
            parts.append(block)
            have += len(block)
        self._produced += have
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)

    def position(self, played: int) -> int:
        """The source position heard after the device played ``played`` output samples.

        ``atempo`` keeps output time proportional to input time from the first sample on, so
        one mark (the seek) is enough.
        """
        pos = self.start + int(played * self.speed)
        return max(0, min(pos, self.source.total_samples))

    # -- internals --------------------------------------------------------------------
    def _fill(self) -> bool:
        """Put at least one block into ``_pending``; False at the end."""
        total = self.source.total_samples
        while not self._pending:
            if self._fed >= total:
                if self._graph is None or self._eof_sent:
                    self._eof_sent = True
                    return False
                self._eof_sent = True
                self._push(None)
                continue
            block = self.source.read(self._fed, self.IN_BLOCK)
            if len(block) == 0:
                self._fed = total
                continue
            if self._graph is None:
                self._pending.append(block)
            else:
                self._push(block)
            self._fed += len(block)
        return True

    def _push(self, block: Pcm | None) -> None:
        if block is None:
            self._src.push(None)
        else:
            frame = av.AudioFrame.from_ndarray(
                np.ascontiguousarray(block).reshape(1, -1), format="s16", layout="mono"
            )
            frame.sample_rate = self.sample_rate
            frame.pts = self._fed
            frame.time_base = Fraction(1, self.sample_rate)
            self._src.push(frame)
        while True:
            try:
                out = self._sink.pull()
            except (av.BlockingIOError, av.EOFError):
                break
            self._pending.append(out.to_ndarray().reshape(-1).astype(np.int16, copy=False))

    def _make_graph(self) -> Any:
        graph = av.filter.Graph()
        src = graph.add_abuffer(
            format="s16",
            sample_rate=self.sample_rate,
            layout="mono",
            time_base=Fraction(1, self.sample_rate),
        )
        tempo = graph.add("atempo", f"{self.speed}")
        sink = graph.add("abuffersink")
        src.link_to(tempo)
        tempo.link_to(sink)
        graph.configure()
        self._src, self._sink = src, sink
        return graph
