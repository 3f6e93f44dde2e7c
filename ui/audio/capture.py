"""Capture from the default microphone into memory (QAudioSource), into a chunk writer.

QtMultimedia's QMediaRecorder writes a plaintext file; this never does. Each block read from
the device is measured for the level meter, converted to 16 kHz mono if the device could not
deliver that, and handed to :class:`app.audio.writer.ChunkWriter`, which seals it in chunks.

Signals:
    level(float): peak level of the latest block in dBFS (about 10 per second).
    chunkWritten(int, int): index and recorded milliseconds, after a chunk is on disk.
    failed(object): the device or the disk failed; recording has stopped.
    stateChanged(str): "recording", "paused" or "stopped".
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from pathlib import Path

import numpy as np
from PySide6.QtCore import QIODevice, QObject, Qt, Signal
from PySide6.QtMultimedia import QAudio, QAudioDevice, QAudioFormat, QAudioSource, QMediaDevices

from app.audio.chunks import ChunkMeta
from app.audio.codec import SAMPLE_RATE
from app.audio.errors import NoMicrophone
from app.audio.levels import Converter, peak_dbfs
from app.audio.writer import CHUNK_SECONDS, ChunkWriter

log = logging.getLogger(__name__)

_SAMPLE_FORMATS = {
    QAudioFormat.SampleFormat.Int16: "s16",
    QAudioFormat.SampleFormat.Int32: "s32",
    QAudioFormat.SampleFormat.Float: "flt",
    QAudioFormat.SampleFormat.UInt8: "u8",
}


NoInputDevice = NoMicrophone  # the audio room's typed error; the funnel words it


def wanted_format() -> QAudioFormat:
    fmt = QAudioFormat()
    fmt.setSampleRate(SAMPLE_RATE)
    fmt.setChannelCount(1)
    fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
    return fmt


def input_device() -> QAudioDevice:
    device = QMediaDevices.defaultAudioInput()
    if device.isNull():
        raise NoInputDevice()
    return device


class AudioCapture(QObject):
    level = Signal(float)
    chunkWritten = Signal(int, int)
    failed = Signal(object)
    stateChanged = Signal(str)
    _chunkOnDisk = Signal(int, int)  # from the writer thread
    _writerFailed = Signal(object)

    LEVEL_INTERVAL_BYTES = 3200  # 0.1 s at 16 kHz mono int16

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._writer: ChunkWriter | None = None
        self._source: QAudioSource | None = None
        self._io: QIODevice | None = None
        self._converter: Converter | None = None
        self._state = "stopped"
        self._level_acc = bytearray()
        self._clock: Callable[[], int] = lambda: 0
        self._anchor_on_first_data = False
        self._chunkOnDisk.connect(self.chunkWritten, Qt.ConnectionType.QueuedConnection)
        self._writerFailed.connect(self._on_writer_failed, Qt.ConnectionType.QueuedConnection)

    @property
    def state(self) -> str:
        return self._state

    @property
    def recorded_ms(self) -> int:
        w = self._writer
        return 0 if w is None else w.total_samples * 1000 // w.sample_rate

    def open_recording(
        self,
        project_folder: Path,
        root_key: bytes,
        recording_id: str,
        chunk_seconds: float = CHUNK_SECONDS,
    ) -> None:
        """Open a new recording or continue one (after a lock or a crash); then :meth:`start`.

        Raises:
            DiskFull, ReadOnly: the recording folder cannot be made.
        """
        self._writer = ChunkWriter(
            project_folder,
            root_key,
            recording_id,
            chunk_seconds=chunk_seconds,
            on_chunk=self._chunk_on_disk,
            on_error=self._writerFailed.emit,
        )

    # -- control ----------------------------------------------------------------------
    def start(self, clock: int | Callable[[], int]) -> None:
        """Start or resume recording on the interview clock.

        With a clock *function* the segment is anchored when the first audio arrives (its
        time then, less the length of that first block), not when the device was asked to
        start: a sound server can take a second or more to deliver, and quote marks and
        question changes must land where they were said.

        Raises:
            NoInputDevice
        """
        if self._writer is None:
            raise RuntimeError("no writer")
        if self._state == "recording":
            return
        device = input_device()
        fmt = wanted_format()
        if not device.isFormatSupported(fmt):
            fmt = device.preferredFormat()
        self._converter = Converter(
            fmt.sampleRate(), fmt.channelCount(), _SAMPLE_FORMATS.get(fmt.sampleFormat(), "s16")
        )
        if callable(clock):
            self._clock = clock
            self._anchor_on_first_data = True
        else:
            fixed = int(clock)
            self._clock = lambda: fixed
            self._anchor_on_first_data = False
        if not self._anchor_on_first_data:
            self._writer.start_segment(self._clock())
        self._source = QAudioSource(device, fmt, self)
        self._source.stateChanged.connect(self._on_source_state)
        self._io = self._source.start()
        if self._io is None:
            self._fail(NoInputDevice())
            return
        self._io.readyRead.connect(self._read)
        self._set_state("recording")
        log.info("recording started")

    def pause(self) -> None:
        if self._state != "recording":
            return
        self._stop_source()
        assert self._writer is not None
        try:
            self._writer.end_segment()
        except Exception as exc:  # noqa: BLE001 - to the error funnel
            self._fail(exc)
            return
        self._set_state("paused")

    def stop(self, final: bool = True) -> None:
        """Stop and close the writer (``final=False``: the recording can be continued later,
        e.g. after a lock)."""
        self._stop_source()
        writer, self._writer = self._writer, None
        self._set_state("stopped")
        if writer is not None:
            try:
                writer.close(final=final)
            except Exception as exc:  # noqa: BLE001
                self.failed.emit(exc)
        log.info("recording stopped")

    # -- internals --------------------------------------------------------------------
    def _read(self) -> None:
        if self._io is None or self._writer is None or self._converter is None:
            return
        data = bytes(self._io.readAll().data())
        if not data:
            return
        pcm = self._converter.convert(data)
        try:
            if not self._writer.recording:
                first_ms = len(pcm) * 1000 // SAMPLE_RATE
                self._writer.start_segment(max(0, self._clock() - first_ms))
            self._writer.append(pcm)
        except Exception as exc:  # noqa: BLE001
            self._fail(exc)
            return
        self._level_acc += pcm.tobytes()
        if len(self._level_acc) >= self.LEVEL_INTERVAL_BYTES:
            self.level.emit(peak_dbfs(np.frombuffer(bytes(self._level_acc), dtype=np.int16)))
            self._level_acc.clear()

    def _stop_source(self) -> None:
        if self._source is not None:
            if self._io is not None:
                self._read()  # what the device still holds
            self._source.stateChanged.disconnect(self._on_source_state)
            self._source.stop()
            self._source.deleteLater()
        self._source = None
        self._io = None
        self._level_acc.clear()
        self.level.emit(-90.0)

    def _on_source_state(self, state: QAudio.State) -> None:
        if self._source is None:
            return
        if state == QAudio.State.StoppedState and self._source.error().name != "NoError":
            log.error("audio input failed: %s", self._source.error().name)
            self._fail(NoInputDevice(self._source.error().name))

    def _chunk_on_disk(self, meta: ChunkMeta) -> None:  # writer thread
        self._chunkOnDisk.emit(meta.index, meta.end_sample * 1000 // meta.sample_rate)

    def _on_writer_failed(self, exc: BaseException) -> None:
        self._fail(exc)

    def _fail(self, exc: BaseException) -> None:
        if self._state == "stopped" and self._writer is None:
            return
        self._stop_source()
        writer, self._writer = self._writer, None
        self._set_state("stopped")
        if writer is not None:
            with contextlib.suppress(Exception):  # the first error is the one reported
                writer.close(final=False)
        self.failed.emit(exc)

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.stateChanged.emit(state)
