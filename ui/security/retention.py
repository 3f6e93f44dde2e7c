"""At unlock: interviews past their keep-until date, erased only after explicit confirmation.

The list shows participant codes and dates only. Erasing asks for the auditor's code (it
goes into the content-free deletion log). "Inte nu" keeps everything; the question comes
back at the next unlock.
"""

from __future__ import annotations

import logging
from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.security.retention import Overdue, erase_overdue
from app.store.database import Database
from ui.errors import message_for
from ui.tasks import Tasks
from ui.widgets.a11y import show_field_error
from ui.widgets.common import error_label

log = logging.getLogger(__name__)


class RetentionDialog(QDialog):
    """Signals:
    erased(list): the participant codes of the erased interviews.
    """

    erased = Signal(list)

    @classmethod
    def offer(cls, db: Database, today: date, parent: QWidget) -> RetentionDialog | None:
        """Open the dialog if interviews are past their keep-until date (None if none are);
        nothing is erased unless the user confirms there."""
        from app.security.retention import overdue_interviews
        from ui.errors import show_error

        try:
            overdue = overdue_interviews(db, today)
        except Exception as exc:  # noqa: BLE001 - shown through the error funnel
            show_error(parent, exc)
            return None
        if not overdue:
            return None
        log.info("retention: %d interviews overdue", len(overdue))
        dialog = cls(db, overdue, today, parent)
        dialog.open()
        return dialog

    def __init__(
        self, db: Database, overdue: list[Overdue], today: date, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.overdue = overdue
        self.today = today
        self.setWindowTitle(self.tr("Intervjuer att radera"))
        self.setMinimumWidth(520)
        n = len(overdue)
        intro = QLabel(
            (
                self.tr("1 intervju har passerat sitt sista sparandedatum.")
                if n == 1
                else self.tr("%1 intervjuer har passerat sitt sista sparandedatum.").replace(
                    "%1", str(n)
                )
            )
            + " "
            + self.tr(
                "Enligt granskningens regler ska de raderas. Allt om dem tas bort: "
                "anteckningar, citat, samtycke och namnlista. Det går inte att ångra."
            )
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(n, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Deltagarkod"), self.tr("Spara till")])
        self.table.setAccessibleName(self.tr("Intervjuer som ska raderas"))
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        for row, o in enumerate(overdue):
            self.table.setItem(row, 0, QTableWidgetItem(o.participant_code))
            self.table.setItem(row, 1, QTableWidgetItem(o.keep_until[:10]))
        self.table.setSelectionMode(QTableWidget.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a list to read; keys go to the code
        self.table.resizeRowsToContents()
        visible_rows = sum(self.table.rowHeight(r) for r in range(min(n, 8)))
        self.table.setFixedHeight(
            visible_rows
            + self.table.horizontalHeader().sizeHint().height()
            + 2 * self.table.frameWidth()
        )
        self.auditor = QLineEdit()
        self.auditor.setMaxLength(12)
        self.auditor.setAccessibleName(self.tr("Din granskarkod"))
        self.auditor.setPlaceholderText(self.tr("t.ex. AB"))
        self.auditor.textChanged.connect(self._update_button)
        form = QFormLayout()
        form.addRow(self.tr("Din &granskarkod:"), self.auditor)
        self.error = error_label()
        self.buttons = QDialogButtonBox()
        self.erase_button = self.buttons.addButton(
            self.tr("Radera %1").replace(
                "%1",
                self.tr("1 intervju") if n == 1 else self.tr("%1 intervjuer").replace("%1", str(n)),
            ),
            QDialogButtonBox.ButtonRole.DestructiveRole,
        )
        self.erase_button.setAccessibleName(self.tr("Radera intervjuerna"))
        self.erase_button.setEnabled(False)
        self.erase_button.clicked.connect(self.erase)
        self.later_button = self.buttons.addButton(
            self.tr("Inte nu"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.later_button.setAccessibleName(self.tr("Inte nu, fråga igen nästa gång"))
        self.later_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.auditor.setFocus()

    def _update_button(self) -> None:
        self.erase_button.setEnabled(bool(self.auditor.text().strip()))

    def erase(self) -> None:
        code = self.auditor.text().strip().upper()
        if not code:
            self.auditor.setFocus()
            return
        ids = [o.interview_id for o in self.overdue]
        self.erase_button.setEnabled(False)
        Tasks.run(
            lambda: erase_overdue(self.db, ids, code, self.today),
            self._done,
            self._failed,
            self,
            self.tr("Raderar…"),
        )

    def _done(self, codes: list[str]) -> None:
        self.erased.emit(codes)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.erase_button.setEnabled(True)
        show_field_error(self.error, message_for(exc), self.auditor)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Enter must not erase
        if (
            event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and self.focusWidget() is self.auditor
        ):
            return
        super().keyPressEvent(event)
