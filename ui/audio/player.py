"""A player for audio held in memory: one QAudioSink fed from :class:`PlaybackStream`.

The decrypted recording never becomes a file or a media URL: blocks of PCM (time-stretched
for speeds other than 1×, pitch kept) are written to the sink as it has room.

One sink lives as long as the audio is loaded and is never stopped: on PulseAudio a *new*
stream takes 0.3–1.5 s before it plays, a running one takes new data within its buffer
(~0.1 s). So a seek or a speed change only starts a new *segment* of the stream; the sink's
processed-time counter tells which segment, and where in it, the listener is.

Signals:
    positionChanged(int): milliseconds on the recording, ~30 times a second while playing.
    playingChanged(bool)
    speedChanged(float)
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QIODevice, QObject, QTimer, Signal
from PySide6.QtMultimedia import QAudioFormat, QAudioSink, QMediaDevices

from app.audio.playback import PcmSource, PlaybackStream, clamp_speed

log = logging.getLogger(__name__)


class AudioPlayer(QObject):
    positionChanged = Signal(int)
    playingChanged = Signal(bool)
    speedChanged = Signal(float)

    FEED_MS = 10
    BUFFER_MS = 120
    POSITION_EVERY = 3  # feeds between position signals

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._stream: PlaybackStream | None = None
        self._sink: QAudioSink | None = None
        self._io: QIODevice | None = None
        self._rate = 16000
        self._playing = False
        self._written = 0  # output samples written to the sink, silence included
        self._segment_base = 0  # value of _written when the current segment began
        self._paused_at = 0  # source sample while not playing
        self._ticks = 0
        self._volume = 1.0
        self._timer = QTimer(self)
        self._timer.setInterval(self.FEED_MS)
        self._timer.timeout.connect(self._feed)

    # -- loading ----------------------------------------------------------------------
    def load(self, source: PcmSource) -> None:
        """Take audio (already in memory) and open the output, ready to play."""
        self.unload()
        self._stream = PlaybackStream(source)
        self._rate = source.sample_rate
        self._paused_at = 0
        self._open_sink()
        self.positionChanged.emit(0)

    def unload(self) -> None:
        """Stop and drop the audio from memory (lock, window closed)."""
        was = self._playing
        self._playing = False
        self._timer.stop()
        if self._sink is not None:
            self._sink.stop()
            self._sink.deleteLater()
        self._sink = None
        self._io = None
        self._stream = None
        self._paused_at = 0
        if was:
            self.playingChanged.emit(False)

    @property
    def loaded(self) -> bool:
        return self._stream is not None

    @property
    def duration_ms(self) -> int:
        s = self._stream
        return 0 if s is None else s.source.total_samples * 1000 // self._rate

    @property
    def playing(self) -> bool:
        return self._playing

    @property
    def speed(self) -> float:
        return 1.0 if self._stream is None else self._stream.speed

    # -- position ---------------------------------------------------------------------
    def _heard(self) -> int:
        """Output samples the sink has processed since it was opened."""
        return 0 if self._sink is None else self._sink.processedUSecs() * self._rate // 1_000_000

    def _position_samples(self) -> int:
        stream = self._stream
        if stream is None:
            return 0
        if not self._playing:
            return self._paused_at
        into = self._heard() - self._segment_base
        if into <= 0:  # the sink still plays what it had before the seek
            return stream.start
        return stream.position(into)

    def position_ms(self) -> int:
        return self._position_samples() * 1000 // self._rate

    # -- control ----------------------------------------------------------------------
    def play(self) -> None:
        stream = self._stream
        if stream is None or self._playing:
            return
        if self._paused_at >= stream.source.total_samples:
            self._paused_at = 0
        self._begin_segment(self._paused_at)
        self._playing = True
        self._feed()
        self.playingChanged.emit(True)

    def pause(self, step_back_ms: int = 0) -> None:
        """Pause; ``step_back_ms`` moves back so playing again repeats the last words."""
        if not self._playing:
            return
        pos = self._position_samples()
        self._playing = False
        self._paused_at = max(0, pos - step_back_ms * self._rate // 1000)
        self.playingChanged.emit(False)
        self.positionChanged.emit(self.position_ms())

    def toggle(self, step_back_ms: int = 0) -> None:
        if self._playing:
            self.pause(step_back_ms)
        else:
            self.play()

    def stop(self) -> None:
        self.pause()

    def seek_ms(self, ms: int) -> None:
        stream = self._stream
        if stream is None:
            return
        sample = max(0, min(ms * self._rate // 1000, stream.source.total_samples))
        if self._playing:
            self._begin_segment(sample)
            self._feed()
        else:
            self._paused_at = sample
        self.positionChanged.emit(sample * 1000 // self._rate)

    def skip(self, delta_ms: int) -> None:
        self.seek_ms(self.position_ms() + delta_ms)

    def set_speed(self, speed: float) -> None:
        stream = self._stream
        if stream is None:
            return
        speed = clamp_speed(speed)
        if speed == stream.speed:
            return
        pos = self._position_samples()
        stream.set_speed(speed, pos)
        if self._playing:
            self._begin_segment(pos)
            self._feed()
        self.speedChanged.emit(speed)

    def set_volume(self, volume: float) -> None:
        self._volume = max(0.0, min(1.0, volume))
        if self._sink is not None:
            self._sink.setVolume(self._volume)

    # -- sink -------------------------------------------------------------------------
    def _open_sink(self) -> None:
        fmt = QAudioFormat()
        fmt.setSampleRate(self._rate)
        fmt.setChannelCount(1)
        fmt.setSampleFormat(QAudioFormat.SampleFormat.Int16)
        sink = QAudioSink(QMediaDevices.defaultAudioOutput(), fmt, self)
        sink.setBufferSize(self._rate * 2 * self.BUFFER_MS // 1000)
        sink.setVolume(self._volume)
        self._sink = sink
        self._io = sink.start()
        self._written = 0
        self._segment_base = 0
        self._timer.start()

    def _begin_segment(self, sample: int) -> None:
        assert self._stream is not None
        self._stream.seek(sample)
        self._segment_base = self._written

    def _feed(self) -> None:
        sink, io, stream = self._sink, self._io, self._stream
        if sink is None or io is None or stream is None:
            return
        free = sink.bytesFree() // 2
        if free > 0:
            if self._playing:
                block = stream.read(free)
                data = block.tobytes()
            elif self._heard() == 0:
                data = bytes(free * 2)  # silence until the output runs (see module doc)
            else:
                data = b""
            if data:
                self._written += io.write(data) // 2
        if not self._playing:
            return
        self._ticks += 1
        if self._ticks % self.POSITION_EVERY == 0:
            self.positionChanged.emit(self.position_ms())
        if stream.at_end and self._heard() >= self._written:
            self._playing = False
            self._paused_at = stream.source.total_samples
            self.playingChanged.emit(False)
            self.positionChanged.emit(self.position_ms())
