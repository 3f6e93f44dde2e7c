"""The recording writer: PCM in, sealed chunks out, never a plaintext byte on disk.

PCM arrives in small blocks (from the capture device or an import). Every ``chunk_seconds`` of
it is cut off, compressed to Ogg/Opus in memory, sealed and written with an atomic rename
(a temp name holding only ciphertext, fsync, rename, fsync the folder). So a crash or SIGKILL
loses at most the chunk being filled, and never leaves a half-written chunk behind under a
chunk's name. Encoding runs on one worker thread so the caller (the UI thread) never waits.
"""

from __future__ import annotations

import contextlib
import logging
import queue
import shutil
import threading
from collections.abc import Callable
from pathlib import Path

import numpy as np

from app.audio.chunks import (
    ChunkFlags,
    ChunkMeta,
    chunk_name,
    recording_folder,
    seal,
)
from app.audio.codec import BITRATE, SAMPLE_RATE, Pcm, encode_opus
from app.audio.errors import AudioError
from app.audio.keys import recording_key
from app.audio.reader import scan_recording
from app.store.atomic_file import os_error_to_store_error, write_atomic

log = logging.getLogger(__name__)

CHUNK_SECONDS = 5.0
#: Head room kept free on the disk besides the recording itself.
SPARE_BYTES = 50 * 1024 * 1024


def bytes_per_hour() -> int:
    """The expected size of an hour of recording (Opus bit rate plus container and sealing)."""
    return int(BITRATE / 8 * 3600 * 1.08)


def enough_space(folder: Path, minutes: float = 120) -> tuple[bool, int]:
    """Whether ``minutes`` of recording fit on the disk holding ``folder``; and bytes free."""
    free = shutil.disk_usage(folder).free
    need = int(bytes_per_hour() * minutes / 60) + SPARE_BYTES
    return free >= need, free


class ChunkWriter:
    """Writes one recording's chunks. Not thread-safe: call it from one thread.

    Args:
        project_folder: the ``NAME.samtal`` folder.
        root_key: the project's audio root key (:func:`app.audio.keys.audio_root_key`).
        recording_id: 32 hex digits; an existing recording is continued after its last chunk.
        on_chunk: called (on the worker thread) with each chunk's meta after it is on disk.
        on_error: called (on the worker thread) once, with the first error.
        threaded: encode on a worker thread (recording) or inline (import, tests).
    """

    def __init__(
        self,
        project_folder: Path,
        root_key: bytes,
        recording_id: str,
        *,
        sample_rate: int = SAMPLE_RATE,
        chunk_seconds: float = CHUNK_SECONDS,
        on_chunk: Callable[[ChunkMeta], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        threaded: bool = True,
    ) -> None:
        self.recording_id = recording_id
        self.folder = recording_folder(project_folder, recording_id)
        self.sample_rate = sample_rate
        self.chunk_samples = max(1, int(sample_rate * chunk_seconds))
        self._key = recording_key(root_key, recording_id)
        self._on_chunk = on_chunk
        self._on_error = on_error
        self._error: BaseException | None = None
        self._buffer = bytearray()
        self._segment_clock_ms: int | None = None
        self._segment_samples = 0
        self._closed = False
        try:
            self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise os_error_to_store_error(exc, "audio") from None
        for leftover in self.folder.glob(".*.tmp"):  # a crash mid-write: ciphertext, unnamed
            with contextlib.suppress(OSError):
                leftover.unlink()
        existing = scan_recording(self.folder, self._key, recording_id)
        self._next_index = existing.next_index
        self._next_sample = existing.total_samples
        self._queue: queue.Queue[tuple[ChunkMeta, Pcm] | None] = queue.Queue()
        self._thread: threading.Thread | None = None
        if threaded:
            self._thread = threading.Thread(target=self._work, name="audio-writer", daemon=True)
            self._thread.start()

    # -- feeding ----------------------------------------------------------------------
    @property
    def recording(self) -> bool:
        return self._segment_clock_ms is not None

    @property
    def total_samples(self) -> int:
        """Samples handed over so far (written or waiting), over all segments."""
        return self._next_sample + len(self._buffer) // 2

    @property
    def error(self) -> BaseException | None:
        return self._error

    def start_segment(self, clock_ms: int) -> None:
        """Begin (or resume after a pause) at ``clock_ms`` on the interview clock."""
        self._check()
        if self._segment_clock_ms is not None:
            self.end_segment()
        self._segment_clock_ms = int(clock_ms)
        self._segment_samples = 0

    def append(self, pcm: bytes | Pcm) -> None:
        """Add mono 16-bit PCM (bytes in native little-endian order, or an int16 array)."""
        self._check()
        if self._segment_clock_ms is None:
            raise AudioError("not recording")
        self._buffer += pcm.tobytes() if isinstance(pcm, np.ndarray) else pcm
        size = self.chunk_samples * 2
        while len(self._buffer) >= size:
            block = bytes(self._buffer[:size])
            del self._buffer[:size]
            self._cut(block, ChunkFlags.NONE)

    def end_segment(self) -> None:
        """Pause: what is buffered becomes a (shorter) chunk now, so a pause loses nothing."""
        self._check()
        if self._segment_clock_ms is None:
            return
        self._cut(bytes(self._buffer), ChunkFlags.SEGMENT_END)
        self._buffer.clear()
        self._segment_clock_ms = None

    def close(self, final: bool = True) -> None:
        """Stop: write what is buffered, mark the recording finished, wait for the disk.

        ``final=False`` (lock, quit mid-recording) writes the buffer but leaves the recording
        open to be continued. Raises the first write error, if any.
        """
        if self._closed:
            return
        try:
            if self._error is None:
                if self._segment_clock_ms is not None:
                    flags = ChunkFlags.SEGMENT_END | (ChunkFlags.FINAL if final else 0)
                    self._cut(bytes(self._buffer), ChunkFlags(flags))
                    self._buffer.clear()
                    self._segment_clock_ms = None
                elif final and self._next_index > 0:
                    self._segment_clock_ms = 0
                    self._cut(b"", ChunkFlags.FINAL)  # an empty terminator chunk
                    self._segment_clock_ms = None
        finally:
            self._closed = True
            if self._thread is not None:
                self._queue.put(None)
                self._thread.join()
            self._buffer.clear()
        if self._error is not None:
            raise self._error

    # -- internals --------------------------------------------------------------------
    def _check(self) -> None:
        if self._closed:
            raise AudioError("writer closed")
        if self._error is not None:
            raise self._error

    def _cut(self, block: bytes, flags: ChunkFlags) -> None:
        samples = len(block) // 2
        if samples == 0 and not flags & ChunkFlags.FINAL:
            return
        assert self._segment_clock_ms is not None
        meta = ChunkMeta(
            index=self._next_index,
            sample_rate=self.sample_rate,
            channels=1,
            samples=samples,
            clock_ms=self._segment_clock_ms + self._segment_samples * 1000 // self.sample_rate,
            start_sample=self._next_sample,
            flags=flags,
        )
        self._next_index += 1
        self._next_sample += samples
        self._segment_samples += samples
        pcm = np.frombuffer(block, dtype=np.int16)
        if self._thread is None:
            self._write(meta, pcm)
            if self._error is not None:
                raise self._error
        else:
            self._queue.put((meta, pcm))

    def _work(self) -> None:
        while (job := self._queue.get()) is not None:
            if self._error is None:
                self._write(*job)

    def _write(self, meta: ChunkMeta, pcm: Pcm) -> None:
        try:
            encoded = encode_opus(pcm, meta.sample_rate) if meta.samples else b""
            write_atomic(
                self.folder / chunk_name(meta.index),
                seal(self._key, self.recording_id, meta, encoded),
            )
        except BaseException as exc:  # noqa: BLE001 - reported to the caller
            log.error("audio chunk %d not written: %s", meta.index, type(exc).__name__)
            self._error = exc
            if self._on_error is not None:
                self._on_error(exc)
            return
        if self._on_chunk is not None:
            self._on_chunk(meta)
