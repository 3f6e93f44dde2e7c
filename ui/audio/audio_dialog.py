"""Ljud och gallring: every recording of the project, the retention rule, "Radera ljudet".

Opened from the project window, and at unlock when audio is past the rule (the reminder).
Shows codes, dates and lengths only — never audio or text.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.audio import records
from app.audio.transcript import format_timestamp
from app.store import Project
from ui.audio.dialogs import DeleteAudioDialog
from ui.style.look import paint_colour
from ui.style.palette import ERROR, HINT

log = logging.getLogger(__name__)


class AudioDialog(QDialog):
    """Signals:
    deleted(int): chunk files removed (the project window refreshes).
    """

    deleted = Signal(int)

    def __init__(
        self,
        project: Project,
        today: date | None = None,
        reminder: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.today = today or date.today()
        self.setWindowTitle(self.tr("Ljud och gallring"))
        self.setMinimumSize(640, 380)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.days = QSpinBox()
        self.days.setRange(1, records.MAX_RETENTION_DAYS)
        self.days.setSuffix(self.tr(" dagar"))
        self.days.setAccessibleName(self.tr("Radera ljudet så många dagar efter intervjun"))
        self.days.setValue(records.audio_retention_days(project.db))
        self.days.valueChanged.connect(self._days_changed)
        rule = QHBoxLayout()
        rule.addWidget(QLabel(self.tr("Ljudet ska raderas")))
        rule.addWidget(self.days)
        rule.addWidget(QLabel(self.tr("efter intervjun.")))
        rule.addStretch(1)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Kod"), self.tr("Intervjudag"), self.tr("Längd"), self.tr("Ljudet")]
        )
        self.table.setAccessibleName(self.tr("Inspelningar"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(self.tr("Radera ljudet för markerade…"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.table.itemSelectionChanged.connect(self._update_button)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(rule)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.reminder = reminder
        self.reload()

    def reload(self) -> None:
        self.rows = records.audio_overview(self.project.db, self.today)
        due = [r for r in self.rows if r.due]
        if self.reminder and due:
            self.intro.setText(
                self.tr(
                    "Ljudet för %1 intervjuer är äldre än regeln säger. Radera det när "
                    "utskriften är klar – de markerade nedan."
                ).replace("%1", str(len({r.interview_id for r in due})))
            )
        else:
            self.intro.setText(
                self.tr(
                    "Inspelningarna ligger krypterade i projektet. Metoden är att radera ljudet "
                    "när intervjun är utskriven; raderingen loggas utan innehåll."
                )
            )
        self.table.setRowCount(len(self.rows))
        for i, r in enumerate(self.rows):
            rec = r.recording
            state = (
                self.tr("raderat %1").replace("%1", (rec.deleted_at or "")[:10])
                if rec.deleted
                else self.tr("ska raderas")
                if r.due
                else self.tr("finns")
            )
            cells = [
                r.participant_code,
                r.held_on,
                format_timestamp(rec.duration_ms)[1:-1],
                state,
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if r.due:
                    item.setForeground(paint_colour(ERROR))
                if rec.deleted:
                    item.setForeground(paint_colour(HINT))
                self.table.setItem(i, col, item)
        self.table.clearSelection()
        if self.reminder:
            for i, r in enumerate(self.rows):
                if r.due:
                    self.table.selectionModel().select(
                        self.table.model().index(i, 0),
                        self.table.selectionModel().SelectionFlag.Select
                        | self.table.selectionModel().SelectionFlag.Rows,
                    )
        self._update_button()

    def selected_rows(self) -> list[records.AudioOverviewRow]:
        picked = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [r for i, r in enumerate(self.rows) if i in picked and not r.recording.deleted]

    def _update_button(self) -> None:
        self.delete_button.setEnabled(bool(self.selected_rows()))

    def _days_changed(self, days: int) -> None:
        records.set_audio_retention_days(self.project.db, days)
        self.reminder = False
        self.reload()

    def delete_selected(self) -> None:
        chosen = self.selected_rows()
        if not chosen:
            return
        answer = DeleteAudioDialog.ask(self, "")
        if answer is None:
            return
        auditor, reason = answer
        removed = 0
        try:
            for r in chosen:
                removed += records.delete_audio(
                    self.project.db, Path(self.project.folder), r.recording, auditor, reason
                )
        except Exception as exc:  # noqa: BLE001 - to the error funnel
            from ui.errors import show_error

            show_error(self, exc)
        log.info("audio deleted for %d recordings", len(chosen))
        self.reload()
        self.deleted.emit(removed)
