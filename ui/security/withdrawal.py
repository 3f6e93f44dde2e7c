"""Withdrawal as one flow that ends in erasure, from the interview list or the session.

1. The informant takes back their consent: recorded at once (with the auditor's code). From
   then on the interview is never exported, searched or shown in analysis.
2. Erasure is offered in the same dialog, with a confirmation that names the participant
   code: the button says "Radera K7Q-XMA" and is enabled once that code is typed. "Inte nu"
   keeps the interview withdrawn (and never exported); the list offers erasure again.

An interview whose consent was declined or never given holds no content: the dialog offers
to remove it the same way (a content-free deletion-log row is all that stays). After any
erasure the rolling backups on this computer are re-made without the interview, and the
dialog says that copies made elsewhere still hold it until they are restored (which erases
it again).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.interview.codes import normalise_code
from app.security import withdrawal
from app.security.backup import erase_in_rolling_backups
from app.store.project import Project
from ui.errors import message_for
from ui.security.progress import Progress, StepRunner
from ui.style.look import set_tone
from ui.style.palette import ERROR
from ui.widgets.common import error_label


class WithdrawalDialog(QDialog):
    """Signals:
    withdrawn(int): the consent of this interview was withdrawn (it stays until erased).
    erased(str): the interview was erased (its participant code).
    """

    withdrawn = Signal(int)
    erased = Signal(str)

    def __init__(
        self,
        project: Project,
        interview_id: int,
        parent: QWidget | None = None,
        auditor_code: str = "",
        before_erase: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.interview_id = interview_id
        #: Saves and closes the interview's own window, if open; False: not erased now.
        self.before_erase = before_erase
        state = withdrawal.state(project.db, interview_id)
        self.code = state.interview.participant_code
        self.no_consent = state.removable_without_consent
        self.setWindowTitle(self.tr("Återkalla samtycke och radera – %1").replace("%1", self.code))
        self.setMinimumWidth(560)
        self.runner = StepRunner(self)
        self.runner.progressed.connect(self._progressed)

        self.auditor = QLineEdit(auditor_code)
        self.auditor.setMaxLength(12)
        self.auditor.setAccessibleName(self.tr("Din revisorskod"))
        self.auditor.setPlaceholderText(self.tr("t.ex. AB"))
        self.pages = QStackedWidget()
        self.pages.addWidget(self._withdraw_page())
        self.pages.addWidget(self._erase_page())
        self.error = error_label()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Förlopp"))
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        form = QFormLayout()
        form.addRow(self.tr("Din &revisorskod:"), self.auditor)
        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(self.pages)
        layout.addLayout(form)
        layout.addWidget(self.confirm_label)
        layout.addWidget(self.confirm)
        layout.addWidget(self.error)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        if state.withdrawn or self.no_consent:
            self._show_erase_page()
        else:
            self.pages.setCurrentIndex(0)
            self.withdraw_button.setDefault(True)
            self.withdraw_button.setFocus()
        self._update()

    # -- pages -------------------------------------------------------------------------------------
    def _withdraw_page(self) -> QWidget:
        page = QWidget()
        heading = QLabel(
            self.tr("Informanten tar tillbaka sitt samtycke för intervju %1").replace(
                "%1", self.code
            )
        )
        heading.setWordWrap(True)
        heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        text = QLabel(
            self.tr(
                "Återkallelsen registreras direkt. Efter det exporteras, visas och söks "
                "intervjun aldrig mer. I nästa steg kan du radera allt om den."
            )
        )
        text.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(heading)
        layout.addWidget(text)
        self.buttons = QDialogButtonBox()
        self.withdraw_button = QPushButton(self.tr("Registrera återkallelsen"))
        self.withdraw_button.setAccessibleName(self.tr("Registrera att samtycket återkallas"))
        self.withdraw_button.clicked.connect(self.withdraw)
        self.buttons.addButton(self.withdraw_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.close_button = self.buttons.addButton(
            self.tr("Avbryt"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.close_button.setAccessibleName(self.tr("Avbryt utan att ändra något"))
        self.buttons.rejected.connect(self.reject)
        return page

    def _erase_page(self) -> QWidget:
        page = QWidget()
        self.erase_heading = QLabel()
        self.erase_heading.setWordWrap(True)
        self.erase_heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.erase_text = QLabel()
        self.erase_text.setWordWrap(True)
        self.erase_backups = QLabel()
        self.erase_backups.setWordWrap(True)
        self.confirm = QLineEdit()
        self.confirm.setAccessibleName(self.tr("Skriv deltagarkoden för att bekräfta"))
        self.confirm.textChanged.connect(self._update)
        self.confirm.hide()
        self.confirm_label = QLabel(
            self.tr("Skriv deltagarkoden &%1 för att bekräfta:").replace("%1", self.code)
        )
        self.confirm_label.setBuddy(self.confirm)
        self.confirm_label.setWordWrap(True)
        self.confirm_label.setStyleSheet("font-weight: 600;")
        self.confirm_label.hide()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(10)
        layout.addWidget(self.erase_heading)
        layout.addWidget(self.erase_text)
        layout.addWidget(self.erase_backups)
        self.erase_button = QPushButton(self.tr("Radera %1").replace("%1", self.code))
        set_tone(self.erase_button, ERROR)  # enabled: red; disabled: the style's grey
        self.erase_button.setStyleSheet("font-weight: 600;")
        self.erase_button.setAccessibleName(
            self.tr("Radera intervju %1 för alltid").replace("%1", self.code)
        )
        self.erase_button.clicked.connect(self.erase)
        return page

    def _show_erase_page(self) -> None:
        if self.no_consent:
            self.erase_heading.setText(
                self.tr("Intervju %1 har inget samtycke").replace("%1", self.code)
            )
            self.erase_text.setText(
                self.tr(
                    "Informanten avböjde, eller samtycket registrerades aldrig. Inget har "
                    "antecknats. Ta bort intervjun: kvar blir bara en rad utan innehåll i "
                    "raderingsloggen."
                )
            )
            self.erase_backups.hide()
            self.erase_button.setText(self.tr("Ta bort %1").replace("%1", self.code))
        else:
            self.erase_heading.setText(
                self.tr("Radera allt om intervju %1 nu?").replace("%1", self.code)
            )
            self.erase_text.setText(
                self.tr(
                    "Anteckningar, citat, samtycke och namnlista tas bort för alltid; kvar blir "
                    "bara en rad utan innehåll i raderingsloggen. Väljer du Inte nu är "
                    "intervjun kvar men exporteras aldrig."
                )
            )
            self.erase_backups.setText(
                self.tr(
                    "Säkerhetskopiorna på den här datorn görs om utan intervjun. Kopior som "
                    "gjorts på andra ställen (USB-minne, nätverk) innehåller den fortfarande; "
                    "återställs en sådan raderas intervjun igen."
                )
            )
        self.buttons.removeButton(self.withdraw_button)
        self.withdraw_button.hide()
        self.buttons.addButton(self.erase_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.close_button.setText(self.tr("Inte nu"))
        self.close_button.setAccessibleName(self.tr("Inte nu: intervjun raderas inte"))
        self.pages.setCurrentIndex(1)
        self.confirm_label.show()
        self.confirm.show()
        self.confirm.setFocus()
        self._update()

    def _update(self) -> None:
        typed = normalise_code(self.confirm.text()) == normalise_code(self.code)
        self.erase_button.setEnabled(typed and not self.runner.running)

    # -- actions -----------------------------------------------------------------------------------
    def _auditor_code(self) -> str:
        return self.auditor.text().strip().upper()

    def withdraw(self) -> None:
        try:
            withdrawal.withdraw(self.project.db, self.interview_id, self._auditor_code())
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self._failed(exc)
            return
        self.error.hide()
        self.withdrawn.emit(self.interview_id)
        self._show_erase_page()

    def erase(self) -> None:
        if not self.erase_button.isEnabled():
            return
        if not self.before_erase():
            return
        project, interview_id, auditor = self.project, self.interview_id, self._auditor_code()
        no_consent = self.no_consent

        def work(progress: Progress) -> str:
            progress("erase", 0, 2)
            if no_consent:
                code = withdrawal.remove_unconsented(project.db, interview_id, auditor)
            else:
                code = withdrawal.erase_withdrawn(project.db, interview_id, auditor)
            progress("backups", 1, 2)
            erase_in_rolling_backups(project)
            progress("done", 2, 2)
            return code

        self.erase_button.setEnabled(False)
        self.close_button.setEnabled(False)
        self.confirm.setEnabled(False)
        self.runner.start(work, self._erased, self._failed)

    def _progressed(self, step: str, done: int, total: int) -> None:
        labels = {
            "erase": self.tr("Raderar intervjun…"),
            "backups": self.tr("Gör om säkerhetskopiorna på den här datorn…"),
            "done": self.tr("Klart."),
        }
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(labels.get(step, ""))
        self.progress.show()
        self.progress_label.show()

    def _erased(self, code: str) -> None:
        self.erased.emit(code)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.close_button.setEnabled(True)
        self.confirm.setEnabled(True)
        self.progress.hide()
        self.progress_label.hide()
        self.error.setText(message_for(exc))
        self.error.show()
        self._update()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter erases only from the confirmation field, once the code is typed there.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.pages.currentIndex() == 1:
            if self.erase_button.isEnabled() and self.focusWidget() is self.confirm:
                self.erase()
            return
        super().keyPressEvent(event)
