"""Recording controls for the interview runner: start, pause, stop on the interview clock,
a level meter, a clear "Spelar in" indicator and a disk-space check.

Only shown as usable when the informant consented to recording. Chunks are sealed and written
as they fill (``ui/audio/capture.py``); the database row follows every chunk, so a crash leaves
a recording that can be continued. Lock stops the capture (the key is dropped) but not the
recording: after unlock "Fortsätt" appends to it.

Signals:
    stateChanged(str): "off", "recording", "paused".
    failed(object): an error for the error funnel (no microphone, disk full …).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from app.audio import records
from app.audio.keys import new_recording_id
from app.audio.library import recording_info
from app.audio.transcript import format_timestamp
from app.audio.writer import bytes_per_hour, enough_space
from app.store import Project
from ui.audio.level_meter import LevelMeter
from ui.style.look import badge_style, set_tone
from ui.style.palette import ERROR, HINT, WARNING
from ui.widgets.a11y import describe_as

if TYPE_CHECKING:
    from ui.audio.capture import AudioCapture

log = logging.getLogger(__name__)

#: Below this much room for recording, starting is refused.
MIN_MINUTES = 10


class RecordingBar(QWidget):
    stateChanged = Signal(str)
    failed = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecordingBar")
        self._capture: AudioCapture | None = None  # QtMultimedia loads on first use
        self.project: Project | None = None
        self.interview_id = 0
        self.root_key = b""
        self.clock: Callable[[], int] = lambda: 0
        self.planned_minutes = 90
        self.allowed = False
        self.recording: records.Recording | None = None
        self._recorded_ms = 0

        self.record_button = QPushButton(self.tr("● Spela in"))
        self.record_button.setObjectName("RecordButton")
        self.record_button.setToolTip(self.tr("Starta eller fortsätt inspelningen (Ctrl+R)"))
        self.stop_button = QPushButton(self.tr("■ Stoppa"))
        self.stop_button.setToolTip(self.tr("Avsluta inspelningen"))
        self.meter = LevelMeter()
        self.indicator = QLabel()
        self.indicator.setObjectName("RecordingIndicator")
        describe_as(self.indicator, self.tr("Inspelningsstatus"))
        self.elapsed = QLabel()
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        self.meter.setMaximumWidth(220)
        row.addWidget(self.indicator)
        row.addWidget(self.elapsed)
        row.addWidget(self.meter)
        row.addWidget(self.record_button)
        row.addWidget(self.stop_button)
        row.addStretch(1)

        self.record_button.clicked.connect(self.toggle)
        self.stop_button.clicked.connect(self.stop)
        self._tick = QTimer(self)
        self._tick.setInterval(500)
        self._tick.timeout.connect(self._refresh)
        self._blink = False
        self._refresh()

    @property
    def capture(self) -> AudioCapture:
        """The capture device wrapper, made (and QtMultimedia loaded) on first use."""
        if self._capture is None:
            from ui.audio.capture import AudioCapture

            c = AudioCapture(self)
            c.level.connect(self.meter.set_level)
            c.chunkWritten.connect(self._on_chunk)
            c.failed.connect(self._on_failed)
            c.stateChanged.connect(lambda _s: self._refresh())
            self._capture = c
        return self._capture

    @property
    def capture_state(self) -> str:
        return "stopped" if self._capture is None else self._capture.state

    @property
    def recorded_ms(self) -> int:
        live = 0 if self._capture is None else self._capture.recorded_ms
        return live or self._recorded_ms

    # -- set-up ---------------------------------------------------------------------------
    def attach(
        self,
        project: Project,
        interview_id: int,
        root_key: bytes,
        clock: Callable[[], int],
        allowed: bool,
        planned_minutes: int | None = None,
    ) -> None:
        """Bind to an interview (after unlock too): an unfinished recording can be continued."""
        self.project, self.interview_id, self.root_key = project, interview_id, root_key
        self.clock = clock
        self.allowed = allowed
        self.planned_minutes = planned_minutes or 90
        self.recording = records.open_recording(project.db, interview_id) if allowed else None
        self._recorded_ms = self.recording.duration_ms if self.recording else 0
        self._refresh()

    @property
    def state(self) -> str:
        if self.capture_state == "recording":
            return "recording"
        return "paused" if self.recording is not None else "off"

    # -- control --------------------------------------------------------------------------
    def toggle(self) -> None:
        if self.capture_state == "recording":
            self.pause()
        else:
            self.start()

    def start(self) -> None:
        """Start a new recording or continue the open one, at the interview clock."""
        if not self.allowed or self.project is None:
            return
        if self.capture_state == "recording":
            return
        try:
            if self.recording is None and not self._space_ok():
                return
            if self.capture.state == "stopped":
                if self.recording is None:
                    self.recording = records.add_recording(
                        self.project.db, self.interview_id, new_recording_id(), "recorded"
                    )
                self.capture.open_recording(self.project.folder, self.root_key, self.recording.uuid)
            self.capture.start(self.clock)
        except Exception as exc:  # noqa: BLE001 - to the error funnel
            self._on_failed(exc)
            return
        self._tick.start()
        self._refresh()
        self.stateChanged.emit(self.state)

    def pause(self) -> None:
        if self.capture_state != "recording":
            return
        self.capture.pause()
        self._save_row(finished=False)
        self._refresh()
        self.stateChanged.emit(self.state)

    def stop(self) -> None:
        """End the recording (a new one can be started later)."""
        if self.recording is None:
            return
        if self._capture is not None:
            self._capture.stop(final=True)
        self._save_row(finished=True)
        self.recording = None
        self._tick.stop()
        self.meter.set_level(-90)
        self._refresh()
        self.stateChanged.emit(self.state)

    def lock(self) -> None:
        """The project is locking: write what is captured, keep the recording open."""
        if self._capture is not None and self._capture.state != "stopped":
            self._capture.stop(final=False)
            self._save_row(finished=False)
        self._tick.stop()
        self.project = None
        self.root_key = b""
        self._refresh()

    # -- internals ------------------------------------------------------------------------
    def _space_ok(self) -> bool:
        assert self.project is not None
        ok, free = enough_space(self.project.folder, self.planned_minutes)
        minutes = int(free / bytes_per_hour() * 60)
        if minutes < MIN_MINUTES:
            QMessageBox.warning(
                self,
                self.tr("Diskutrymme"),
                self.tr(
                    "Det finns bara plats för ungefär %1 minuters inspelning. Frigör utrymme först."
                ).replace("%1", str(minutes)),
            )
            return False
        if not ok:
            answer = QMessageBox.question(
                self,
                self.tr("Diskutrymme"),
                self.tr(
                    "Det finns plats för ungefär %1 minuters inspelning. Spela in ändå?"
                ).replace("%1", str(minutes)),
            )
            return answer == QMessageBox.StandardButton.Yes
        return True

    def _on_chunk(self, index: int, ms: int) -> None:
        if self.project is None or self.recording is None:
            return
        try:
            records.update_recording(
                self.project.db, self.recording.uuid, ms, index + 1, finished=False
            )
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(exc)

    def _save_row(self, finished: bool) -> None:
        """Duration and chunk count as the files say (after pause, stop, lock)."""
        if self.project is None or self.recording is None:
            return
        try:
            info = recording_info(self.project.folder, self.root_key, self.recording.uuid)
            records.update_recording(
                self.project.db, self.recording.uuid, info.duration_ms, info.chunk_count, finished
            )
            self._recorded_ms = info.duration_ms
        except Exception as exc:  # noqa: BLE001
            self.failed.emit(exc)

    def _on_failed(self, exc: object) -> None:
        log.error("recording failed: %s", type(exc).__name__)
        self._tick.stop()
        self._refresh()
        self.stateChanged.emit(self.state)
        self.failed.emit(exc)

    def _refresh(self) -> None:
        state = self.state
        self.setVisible(True)
        self.record_button.setEnabled(self.allowed and self.project is not None)
        self.stop_button.setEnabled(self.recording is not None)
        self.meter.setVisible(self.allowed)
        if not self.allowed:
            self.indicator.setText(self.tr("Ingen inspelning (inget samtycke till ljudinspelning)"))
            self.indicator.setStyleSheet("")
            set_tone(self.indicator, HINT)
            self.record_button.setVisible(False)
            self.stop_button.setVisible(False)
            self.elapsed.clear()
            return
        self.record_button.setVisible(True)
        self.stop_button.setVisible(True)
        if state == "recording":
            self._blink = not self._blink
            dot = "●" if self._blink else "○"
            self.indicator.setText(f"{dot} " + self.tr("SPELAR IN"))
            self.indicator.setStyleSheet(badge_style(ERROR))
            self.record_button.setText(self.tr("❚❚ Pausa inspelning"))
        elif state == "paused":
            self.indicator.setText(self.tr("Inspelningen pausad"))
            self.indicator.setStyleSheet(badge_style(WARNING))
            self.record_button.setText(self.tr("● Fortsätt inspelningen"))
        else:
            self.indicator.setText(self.tr("Spelar inte in"))
            self.indicator.setStyleSheet("")
            set_tone(self.indicator, HINT)
            self.record_button.setText(self.tr("● Spela in"))
        ms = self.recorded_ms
        self.elapsed.setText(format_timestamp(ms)[1:-1] if self.recording else "")
        self.record_button.setAccessibleName(self.record_button.text())
