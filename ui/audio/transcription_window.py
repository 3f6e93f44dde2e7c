"""Transcription mode: the transcript editor beside a player, the guide alongside.

The audio is decrypted and decoded into memory only (``RecordingReader`` → ``AudioPlayer``).
Keys (configurable, :mod:`ui.audio.keys`) drive the player while the cursor stays in the
editor; pausing steps back a little so playing again repeats the last words; a timestamp or a
new speaker turn is inserted at the position heard. The transcript saves itself a moment
after typing stops, and on close and lock, like notes.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from app.audio import records
from app.audio.reader import RecordingReader
from app.audio.timeline import guide_items, timeline_marks
from app.audio.transcript import format_timestamp
from app.interview.records import Interview
from app.store import Project
from ui.audio.keys import SPEED_STEP, TranscriptionKeys
from ui.audio.player import AudioPlayer
from ui.audio.timeline_bar import BarMark, TimelineBar
from ui.audio.transcript_editor import TranscriptEditor
from ui.style.look import paint_colour, set_panel
from ui.style.palette import HINT, WARNING
from ui.widgets.a11y import describe_as

log = logging.getLogger(__name__)

AUTOSAVE_MS = 800


class TranscriptionWindow(QMainWindow):
    """Signals:
    saved(int): the transcript's new revision.
    """

    saved = Signal(int)

    def __init__(
        self,
        project: Project,
        interview: Interview,
        root_key: bytes,
        keys: TranscriptionKeys | None = None,
        parent: QWidget | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        settings_get: Callable[[str], object] | None = None,
        settings_put: Callable[[str, object], None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.interview = interview
        self.root_key = root_key
        self.keys = keys or TranscriptionKeys.defaults()
        self.on_error = on_error
        self.other_speaker = ""
        self.reader: RecordingReader | None = None
        self._dirty = False
        self._locked = False
        self.setWindowTitle(
            self.tr("Transkribering – %1").replace("%1", interview.participant_code)
        )
        self.setObjectName("TranscriptionWindow")

        self.player = AudioPlayer(self)
        self.editor = TranscriptEditor()
        self.timeline = TimelineBar()
        self.time_label = QLabel("00:00:00 / 00:00:00")
        describe_as(self.time_label, self.tr("Position"))
        self.speed_label = QLabel("1,0×")
        describe_as(self.speed_label, self.tr("Hastighet"))
        self.play_button = QPushButton(self.tr("Spela"))
        self.recording_choice = QComboBox()
        self.recording_choice.setAccessibleName(self.tr("Inspelning"))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setObjectName("TranscriptionBanner")
        set_panel(self.banner, "#TranscriptionBanner", WARNING)
        self.status = QLabel()
        self.guide_list = QListWidget()
        self.guide_list.setAccessibleName(self.tr("Frågeguiden"))
        self.quote_list = QListWidget()
        self.quote_list.setAccessibleName(self.tr("Citat"))
        for lst in (self.guide_list, self.quote_list):
            lst.setWordWrap(True)
            lst.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            lst.setTextElideMode(Qt.TextElideMode.ElideNone)
        font = self.editor.font()
        font.setPointSize(max(font.pointSize(), 12))
        self.editor.setFont(font)
        self.editor.setViewportMargins(6, 6, 6, 6)
        self._build_layout()
        self._build_actions()

        self._autosave = QTimer(self)
        self._autosave.setSingleShot(True)
        self._autosave.setInterval(AUTOSAVE_MS)
        self._autosave.timeout.connect(self.save)
        self.editor.textChanged.connect(self._on_text_changed)
        self.editor.timestampClicked.connect(self.player.seek_ms)
        self.timeline.seekRequested.connect(self.player.seek_ms)
        self.player.positionChanged.connect(self._on_position)
        self.player.playingChanged.connect(self._on_playing)
        self.player.speedChanged.connect(self._on_speed)
        self.play_button.clicked.connect(self.toggle_play)
        self.guide_list.itemActivated.connect(self._seek_to_item)
        self.quote_list.itemActivated.connect(self._seek_to_item)
        self.recording_choice.currentIndexChanged.connect(self._load_chosen)
        self._recordings: list[records.Recording] = []
        self.reload()
        from ui.audio.transcription_actions import TranscriptionActions

        self.commands = TranscriptionActions(
            self, settings_get or (lambda _k: None), settings_put or (lambda _k, _v: None)
        )

    # -- layout ---------------------------------------------------------------------------
    def _build_layout(self) -> None:
        player_row = QHBoxLayout()
        player_row.addWidget(self.play_button)
        player_row.addWidget(self.timeline, 1)
        player_row.addWidget(self.time_label)
        player_row.addWidget(self.speed_label)
        player_row.addWidget(self.recording_choice)
        left = QWidget()
        lv = QVBoxLayout(left)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(self.banner)
        lv.addLayout(player_row)
        lv.addWidget(self.editor, 1)
        lv.addWidget(self.status)
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("Frågeguiden (dubbelklicka för att lyssna)")))
        rv.addWidget(self.guide_list, 3)
        rv.addWidget(QLabel(self.tr("Citatmarkeringar")))
        rv.addWidget(self.quote_list, 1)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        self.setCentralWidget(split)
        self.resize(1100, 700)
        split.setSizes([680, 420])

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        bar = QToolBar(self.tr("Transkribering"))
        bar.setObjectName("TranscriptionToolbar")
        self.addToolBar(bar)
        handlers: dict[str, Callable[[], None]] = {
            "play_pause": self.toggle_play,
            "back": lambda: self.player.skip(-self.keys.step_ms),
            "forward": lambda: self.player.skip(self.keys.step_ms),
            "slower": lambda: self.player.set_speed(self.player.speed - SPEED_STEP),
            "faster": lambda: self.player.set_speed(self.player.speed + SPEED_STEP),
            "timestamp": lambda: self.editor.insert_timestamp(self.player.position_ms()),
            "speaker_i": lambda: self.new_turn("I"),
            "speaker_ip": lambda: self.new_turn("IP"),
            "speaker_other": self.new_turn_other,
        }
        from ui.audio.keys import ACTIONS, label

        for a in ACTIONS:
            act = QAction(label(a), self)
            act.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            act.triggered.connect(handlers[a.name])
            self.addAction(act)
            self.actions_by_name[a.name] = act
            if a.name in ("play_pause", "back", "forward", "timestamp"):
                bar.addAction(act)
        self.apply_keys(self.keys)
        bar.addSeparator()
        save = QAction(self.tr("Spara"), self)
        save.setShortcut(QKeySequence.StandardKey.Save)
        save.triggered.connect(self.save)
        self.addAction(save)

    def apply_keys(self, keys: TranscriptionKeys) -> None:
        self.keys = keys
        from ui.audio.keys import ACTIONS, label

        for a in ACTIONS:
            act = self.actions_by_name[a.name]
            act.setShortcut(keys.sequence(a.name))
            seq = keys.sequence(a.name).toString(QKeySequence.SequenceFormat.NativeText)
            act.setText(f"{label(a)}  {seq}" if seq else label(a))
        play = keys.sequence("play_pause").toString(QKeySequence.SequenceFormat.NativeText)
        self.play_button.setToolTip(play)

    # -- data -----------------------------------------------------------------------------
    def reload(self) -> None:
        db = self.project.db
        t = records.get_transcript(db, self.interview.id)
        self.editor.blockSignals(True)
        self.editor.setPlainText(t.body if t else "")
        self.editor.blockSignals(False)
        self._dirty = False
        self.recording_choice.blockSignals(True)
        self.recording_choice.clear()
        self._recordings = records.audio_recordings(db, self.interview.id)
        for i, r in enumerate(self._recordings, 1):
            self.recording_choice.addItem(
                self.tr("Inspelning %1 (%2)")
                .replace("%1", str(i))
                .replace("%2", format_timestamp(r.duration_ms)),
            )
        self.recording_choice.setVisible(len(self._recordings) > 1)
        self.recording_choice.blockSignals(False)
        self._load_chosen()
        self._fill_guide()
        self._update_banner(t)

    def _load_chosen(self) -> None:
        self.player.unload()
        self.reader = None
        idx = self.recording_choice.currentIndex()
        if 0 <= idx < len(self._recordings):
            try:
                self.reader = RecordingReader(
                    self.project.folder, self.root_key, self._recordings[idx].uuid
                )
            except Exception as exc:  # noqa: BLE001 - to the error funnel
                self._error(exc)
        has_audio = self.reader is not None and self.reader.total_samples > 0
        if has_audio and self.reader is not None:
            self.player.load(self.reader)
        for name in ("play_pause", "back", "forward", "slower", "faster"):
            self.actions_by_name[name].setEnabled(has_audio)
        self.play_button.setEnabled(has_audio)
        self.timeline.set_duration(self.player.duration_ms if has_audio else 0)
        self._place_marks()
        self._on_position(0)

    def _audio_ms(self, clock_ms: int) -> int:
        if self.reader is None:
            return 0
        return self.reader.sample_at_clock(clock_ms) * 1000 // self.reader.sample_rate

    def _place_marks(self) -> None:
        marks = timeline_marks(self.project.db, self.interview.id) if self.reader else []
        self.timeline.set_marks(
            [BarMark(self._audio_ms(m.clock_ms), m.kind, m.label) for m in marks]
        )

    def _fill_guide(self) -> None:
        self.guide_list.clear()
        self.quote_list.clear()
        section = None
        for g in guide_items(self.project.db, self.interview.id):
            if g.section != section:
                section = g.section
                head = QListWidgetItem(section)
                head.setFlags(Qt.ItemFlag.ItemIsEnabled)
                f = head.font()
                f.setBold(True)
                head.setFont(f)
                self.guide_list.addItem(head)
            asked = g.first_at_ms is not None and self.reader is not None
            ms = self._audio_ms(g.first_at_ms or 0)
            when = format_timestamp(ms)[1:-1] if asked else "–"
            item = QListWidgetItem(f"{when}   {g.number} {g.text}".strip())
            if asked:
                item.setData(Qt.ItemDataRole.UserRole, ms)
            else:
                item.setForeground(paint_colour(HINT))
            self.guide_list.addItem(item)
        for m in timeline_marks(self.project.db, self.interview.id):
            if m.kind != "quote":
                continue
            ms = self._audio_ms(m.clock_ms)
            item = QListWidgetItem(f"{format_timestamp(ms)} {m.label}")
            item.setData(Qt.ItemDataRole.UserRole, ms if self.reader is not None else None)
            self.quote_list.addItem(item)

    def _update_banner(self, t: records.Transcript | None = None) -> None:
        parts = []
        deleted = records.audio_deleted_at(self.project.db, self.interview.id)
        if deleted:
            parts.append(
                self.tr("Ljudet raderades %1. Utskriften finns kvar.").replace("%1", deleted[:10])
            )
        elif not self._recordings:
            parts.append(self.tr("Ingen inspelning. Importera ljud eller skriv utskriften direkt."))
        if t is not None and t.machine_draft:
            parts.append(self.tr("Maskinutkast: gå igenom texten mot ljudet innan den används."))
        self.banner.setText("  ".join(parts))
        self.banner.setVisible(bool(parts))

    # -- playing --------------------------------------------------------------------------
    def toggle_play(self) -> None:
        self.player.toggle(step_back_ms=self.keys.step_back_ms)

    def new_turn(self, speaker: str) -> None:
        self.editor.insert_turn(speaker, self.player.position_ms())
        self.editor.setFocus()

    def new_turn_other(self) -> None:
        if not self.other_speaker:
            name, ok = QInputDialog.getText(
                self, self.tr("Annan talare"), self.tr("Beteckning (t.ex. T för tolk):"), text="T"
            )
            if not ok or not name.strip():
                return
            self.other_speaker = name.strip().rstrip(":")[:12]
        self.new_turn(self.other_speaker)

    def _seek_to_item(self, item: QListWidgetItem) -> None:
        ms = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(ms, int):
            self.player.seek_ms(ms)

    def _on_position(self, ms: int) -> None:
        self.timeline.set_position(ms)
        self.time_label.setText(
            f"{format_timestamp(ms)[1:-1]} / {format_timestamp(self.player.duration_ms)[1:-1]}"
        )

    def _on_playing(self, playing: bool) -> None:
        self.play_button.setText(self.tr("Pausa") if playing else self.tr("Spela"))

    def _on_speed(self, speed: float) -> None:
        self.speed_label.setText(f"{speed:.1f}×".replace(".", ","))

    # -- saving ---------------------------------------------------------------------------
    def _on_text_changed(self) -> None:
        self._dirty = True
        self.status.setText(self.tr("Ändrat"))
        self._autosave.start()

    def save(self) -> None:
        self._autosave.stop()
        if not self._dirty or self._locked:
            return
        try:
            revision = records.save_transcript(
                self.project.db, self.interview.id, self.editor.toPlainText()
            )
        except Exception as exc:  # noqa: BLE001 - keep the text, report, retry on next change
            self._error(exc)
            return
        self._dirty = False
        self.status.setText(self.tr("Sparat"))
        self.saved.emit(revision)

    def lock(self) -> None:
        """Save, drop the audio and the text from memory (the project is being locked)."""
        self.save()
        self._locked = True  # nothing on screen may be saved over the transcript now
        self._autosave.stop()
        self.player.unload()
        self.reader = None
        self.editor.blockSignals(True)
        self.editor.clear()
        self.editor.blockSignals(False)
        self.editor.document().clearUndoRedoStacks()
        self._dirty = False

    def _error(self, exc: BaseException) -> None:
        log.error("transcription: %s", type(exc).__name__)
        if self.on_error is not None:
            self.on_error(exc)
        else:
            raise exc

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.save()
        self.player.unload()
        super().closeEvent(event)

    @property
    def project_folder(self) -> Path:
        return self.project.folder
