"""Reading a recording back: authenticate every chunk, decode into memory only.

The reader keeps the (small) Opus bytes of every chunk and decodes a chunk to PCM when it is
needed, so playing or seeking in a 90-minute recording holds ~15 MB, not 170 MB of PCM.
"""

from __future__ import annotations

import bisect
from collections import OrderedDict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from app.audio.chunks import ChunkFlags, ChunkMeta, chunk_files, open_sealed, recording_folder
from app.audio.codec import SAMPLE_RATE, Pcm, decode_bytes
from app.audio.errors import DamagedChunk, RecordingNotFound
from app.audio.keys import recording_key


@dataclass
class RecordingScan:
    """What the chunk files of a recording say (after authenticating each one)."""

    chunks: list[ChunkMeta] = field(default_factory=list)
    #: Indices whose file failed authentication, or that are missing in the sequence.
    damaged: list[int] = field(default_factory=list)
    encoded: dict[int, bytes] = field(default_factory=dict)
    bytes_on_disk: int = 0

    @property
    def next_index(self) -> int:
        indices = [c.index for c in self.chunks] + self.damaged
        return max(indices) + 1 if indices else 0

    @property
    def total_samples(self) -> int:
        return self.chunks[-1].end_sample if self.chunks else 0

    @property
    def sample_rate(self) -> int:
        return self.chunks[0].sample_rate if self.chunks else SAMPLE_RATE

    @property
    def duration_ms(self) -> int:
        return self.total_samples * 1000 // self.sample_rate

    @property
    def finished(self) -> bool:
        """Stopped properly (the last chunk carries the final mark), i.e. not cut by a crash."""
        return bool(self.chunks) and bool(self.chunks[-1].flags & ChunkFlags.FINAL)

    @property
    def audio_chunks(self) -> list[ChunkMeta]:
        return [c for c in self.chunks if c.samples > 0]


def scan_recording(
    folder: Path, key: bytes, recording_id: str, keep_audio: bool = False
) -> RecordingScan:
    """Authenticate every chunk of a recording folder (a missing folder is an empty scan)."""
    scan = RecordingScan()
    expected = 0
    for index, path in chunk_files(folder):
        while expected < index:  # a hole in the sequence
            scan.damaged.append(expected)
            expected += 1
        expected = index + 1
        data = path.read_bytes()
        scan.bytes_on_disk += len(data)
        try:
            meta, encoded = open_sealed(key, recording_id, index, data)
        except DamagedChunk:
            scan.damaged.append(index)
            continue
        scan.chunks.append(meta)
        if keep_audio:
            scan.encoded[index] = encoded
    return scan


class RecordingReader:
    """Random access to a recording's PCM, decrypted and decoded in memory only.

    Positions are sample offsets on the recording's own timeline (pauses removed); chunk
    headers map them to the interview clock (:meth:`clock_ms_at`, :meth:`sample_at_clock`).
    """

    CACHE_CHUNKS = 6

    def __init__(self, project_folder: Path, root_key: bytes, recording_id: str) -> None:
        folder = recording_folder(project_folder, recording_id)
        if not folder.is_dir():
            raise RecordingNotFound(recording_id)
        scan = scan_recording(folder, recording_key(root_key, recording_id), recording_id, True)
        self.scan = scan
        self.chunks = scan.audio_chunks
        self.sample_rate = scan.sample_rate
        self._starts = [c.start_sample for c in self.chunks]
        self._cache: OrderedDict[int, Pcm] = OrderedDict()

    @property
    def total_samples(self) -> int:
        return self.chunks[-1].end_sample if self.chunks else 0

    @property
    def duration_ms(self) -> int:
        return self.total_samples * 1000 // self.sample_rate

    def _chunk_at(self, sample: int) -> int:
        """Position in ``self.chunks`` of the chunk holding ``sample`` (clamped)."""
        return max(0, bisect.bisect_right(self._starts, sample) - 1)

    def chunk_pcm(self, pos: int) -> Pcm:
        meta = self.chunks[pos]
        if meta.index in self._cache:
            self._cache.move_to_end(meta.index)
            return self._cache[meta.index]
        pcm = decode_bytes(self.scan.encoded[meta.index], meta.sample_rate)
        if len(pcm) != meta.samples:  # codec rounding: keep the timeline exact
            pcm = np.resize(pcm, meta.samples) if len(pcm) else np.zeros(meta.samples, np.int16)
        self._cache[meta.index] = pcm
        while len(self._cache) > self.CACHE_CHUNKS:
            self._cache.popitem(last=False)
        return pcm

    def read(self, start: int, count: int) -> Pcm:
        """Up to ``count`` samples from ``start`` (fewer at the end)."""
        start = max(0, start)
        end = min(self.total_samples, start + max(0, count))
        parts: list[Pcm] = []
        pos = start
        while pos < end:
            i = self._chunk_at(pos)
            meta = self.chunks[i]
            pcm = self.chunk_pcm(i)
            take = pcm[pos - meta.start_sample : min(end, meta.end_sample) - meta.start_sample]
            if len(take) == 0:
                break
            parts.append(take)
            pos += len(take)
        return np.concatenate(parts) if parts else np.zeros(0, dtype=np.int16)

    def read_all(self) -> Pcm:
        return self.read(0, self.total_samples)

    def clock_ms_at(self, sample: int) -> int:
        """The interview clock when ``sample`` was recorded."""
        if not self.chunks:
            return 0
        meta = self.chunks[self._chunk_at(sample)]
        return meta.clock_ms + (sample - meta.start_sample) * 1000 // meta.sample_rate

    def sample_at_clock(self, clock_ms: int) -> int:
        """The recording position for a moment on the interview clock (a pause maps to the
        first sample after it)."""
        for meta in self.chunks:
            end_clock = meta.clock_ms + meta.duration_ms
            if clock_ms < meta.clock_ms:
                return meta.start_sample
            if clock_ms < end_clock:
                return meta.start_sample + (clock_ms - meta.clock_ms) * meta.sample_rate // 1000
        return self.total_samples
