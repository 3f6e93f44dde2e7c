"""The "Säkerhet" dialog of the project window: every security function in the window.

Four tabs, each with the same checks as the command line:

- **Lösenord**: change the passphrase; with "Lösenordet kan ha kommit ut" ticked the project
  and its rolling backups are re-encrypted under a new data key (with a progress bar), and
  the dialog says what that means for copies elsewhere and for the recovery key;
- **Återställningsnyckel**: make (or replace) the recovery key, shown once;
- **Säkerhetskopior** (:mod:`ui.security.backups_tab`): back up to a folder now, restore one
  of this computer's backups or one from elsewhere;
- **Radera intervju**: the withdrawal flow (:class:`ui.security.withdrawal.WithdrawalDialog`)
  for any interview, with the confirmation that names its participant code.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, WrongPassphrase
from app.interview.records import list_interviews
from app.security.passphrase import check_new_passphrase
from app.security.rotation import Rotation, rotate_key
from app.store.project import Project
from ui.errors import message_for
from ui.security.backups_tab import BackupsTab
from ui.security.progress import Progress, StepRunner
from ui.style.look import set_tone
from ui.style.palette import WARNING
from ui.widgets.a11y import describe_as
from ui.widgets.common import error_label
from ui.widgets.labels import status_name

TABS = ("passphrase", "recovery", "backups", "erase")


def _password_field(name: str) -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setAccessibleName(name)
    return field


def _note(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    return label


class SecurityDialog(QDialog):
    """Signals:
    rotated(): the data key was replaced (the project's database object is a new one).
    restore_requested(object, str): restore this backup folder with this passphrase.
    erase_requested(int): open the withdrawal flow for this interview.
    """

    rotated = Signal()
    restore_requested = Signal(object, str)
    erase_requested = Signal(int)

    def __init__(
        self,
        project: Project,
        parent: QWidget | None = None,
        *,
        tab: str = "passphrase",
        make_exclusive: Callable[[], bool] = lambda: True,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.make_exclusive = make_exclusive
        self.setWindowTitle(self.tr("Säkerhet"))
        self.setMinimumWidth(620)
        self.runner = StepRunner(self)
        self.runner.progressed.connect(self._progressed)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Säkerhet"))
        self.tabs.addTab(self._passphrase_tab(), self.tr("&Lösenord"))
        self.tabs.addTab(self._recovery_tab(), self.tr("Å&terställningsnyckel"))
        self.backups = BackupsTab(project, self)
        self.backups.restore_requested.connect(self._restore_requested)
        self.tabs.addTab(self.backups, self.tr("&Säkerhetskopior"))
        self.tabs.addTab(self._erase_tab(), self.tr("&Radera intervju"))
        self.tabs.setCurrentIndex(TABS.index(tab) if tab in TABS else 0)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.close_button = close.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setText(self.tr("Stäng"))
        self.close_button.setAccessibleName(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(close)

    # -- passphrase --------------------------------------------------------------------------------
    def _passphrase_tab(self) -> QWidget:
        page = QWidget()
        self.current = _password_field(self.tr("Nuvarande lösenord"))
        self.new = _password_field(self.tr("Nytt lösenord"))
        self.repeat = _password_field(self.tr("Upprepa det nya lösenordet"))
        self.exposed = QCheckBox(
            self.tr("Lösenordet kan ha kommit ut: kryptera om projektet med en ny nyckel")
        )
        self.exposed.setAccessibleName(self.tr("Lösenordet kan ha kommit ut"))
        self.exposed.toggled.connect(self._exposed_toggled)
        self.exposed_note = _note(
            self.tr(
                "Utan bocken byts bara lösenordet; äldre kopior av nyckelfilen (till exempel i "
                "säkerhetskopior) öppnar då fortfarande projektet med det gamla lösenordet. "
                "Med bocken krypteras projektet och säkerhetskopiorna på den här datorn om "
                "med en ny nyckel, så att det gamla lösenordet inte öppnar något nytt."
            )
        )
        form = QFormLayout()
        form.addRow(self.tr("&Nuvarande lösenord:"), self.current)
        form.addRow(self.tr("N&ytt lösenord:"), self.new)
        form.addRow(self.tr("&Upprepa det nya:"), self.repeat)
        self.change_button = QPushButton(self.tr("Byt lösenord"))
        self.change_button.setAccessibleName(self.tr("Byt lösenord"))
        self.change_button.clicked.connect(self.change_passphrase)
        self.passphrase_error = error_label()
        self.passphrase_result = _note("")
        self.passphrase_result.setAccessibleName(self.tr("Resultat"))
        self.passphrase_result.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Förlopp"))
        self.progress.hide()
        self.progress_label = QLabel()
        self.progress_label.hide()
        layout = QVBoxLayout(page)
        layout.addLayout(form)
        layout.addWidget(self.exposed)
        layout.addWidget(self.exposed_note)
        layout.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.progress_label)
        layout.addWidget(self.progress)
        layout.addWidget(self.passphrase_error)
        layout.addWidget(self.passphrase_result)
        layout.addStretch(1)
        return page

    def _exposed_toggled(self, exposed: bool) -> None:
        text = self.tr("Byt lösenord och kryptera om") if exposed else self.tr("Byt lösenord")
        self.change_button.setText(text)
        self.change_button.setAccessibleName(text)

    def _checked_new_passphrase(self) -> str | None:
        new = self.new.text()
        try:
            if new != self.repeat.text():
                raise InvalidInput("passphrase_mismatch")
            check_new_passphrase(new)
            if not self.project.verify_passphrase(self.current.text()):
                raise WrongPassphrase()
        except (InvalidInput, WrongPassphrase) as exc:
            self._passphrase_failed(exc)
            return None
        return new

    def change_passphrase(self) -> None:
        new = self._checked_new_passphrase()
        if new is None:
            return
        old = self.current.text()
        self.passphrase_error.hide()
        self.passphrase_result.hide()
        if not self.exposed.isChecked():
            try:
                self.project.change_passphrase(old, new)
            except Exception as exc:  # noqa: BLE001 - shown in the dialog
                self._passphrase_failed(exc)
                return
            self._clear_passphrases()
            self._show_result(self.tr("Lösenordet är bytt."))
            return
        if not self.make_exclusive():  # the interview window could not save: nothing changes
            return
        project = self.project

        def work(progress: Progress) -> Rotation:
            return rotate_key(project, old, new, progress=progress)

        self._set_busy(True)
        self.runner.start(work, self._rotated, self._rotation_failed)

    def _rotated(self, done: Rotation) -> None:
        self._set_busy(False)
        self._clear_passphrases()
        lines = [
            self.tr("Lösenordet är bytt och projektet är krypterat med en ny nyckel."),
            (
                self.tr("1 säkerhetskopia på den här datorn krypterades om.")
                if done.backups_rekeyed == 1
                else self.tr("%1 säkerhetskopior på den här datorn krypterades om.").replace(
                    "%1", str(done.backups_rekeyed)
                )
            ),
            self.tr(
                "Kopior som gjorts på andra ställen (USB-minne, nätverk) öppnas fortfarande med "
                "det gamla lösenordet: radera dem eller byt ut dem mot nya kopior."
            ),
        ]
        if done.recovery_key_dropped:
            lines.append(
                self.tr("Återställningsnyckeln gäller inte längre: skapa en ny under fliken ovan.")
            )
        self._show_result("\n".join(lines))
        self.recovery_status.setText(self._recovery_status_text())
        self.rotated.emit()

    def _rotation_failed(self, exc: BaseException) -> None:
        self._set_busy(False)
        self._passphrase_failed(exc)
        self.rotated.emit()  # the database object may have been reopened either way

    def _progressed(self, step: str, done: int, total: int) -> None:
        labels = {
            "check": self.tr("Kontrollerar projektet…"),
            "database": self.tr("Krypterar om projektet…"),
            "backup": self.tr("Krypterar om säkerhetskopiorna…"),
            "commit": self.tr("Byter till den nya nyckeln…"),
            "committed": self.tr("Byter till den nya nyckeln…"),
            "done": self.tr("Klart."),
        }
        self.progress.setRange(0, total)
        self.progress.setValue(done)
        self.progress_label.setText(labels.get(step, ""))

    def _set_busy(self, busy: bool) -> None:
        for w in (self.change_button, self.close_button, self.current, self.new, self.repeat):
            w.setEnabled(not busy)
        self.exposed.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress_label.setVisible(busy)

    def _passphrase_failed(self, exc: BaseException) -> None:
        self.passphrase_error.setText(message_for(exc))
        self.passphrase_error.show()

    def _show_result(self, text: str) -> None:
        self.passphrase_result.setText(text)
        self.passphrase_result.show()

    def _clear_passphrases(self) -> None:
        for field in (self.current, self.new, self.repeat):
            field.clear()
        self.exposed.setChecked(False)

    # -- recovery key ------------------------------------------------------------------------------
    def _recovery_tab(self) -> QWidget:
        page = QWidget()
        self.recovery_status = _note(self._recovery_status_text())
        describe_as(self.recovery_status, self.tr("Återställningsnyckelns status"))
        explanation = _note(
            self.tr(
                "En återställningsnyckel låser upp projektet om lösenordet glöms bort. Den visas "
                "bara en gång: skriv ut eller skriv ner den och förvara den inlåst. En ny "
                "nyckel gör den gamla ogiltig."
            )
        )
        self.recovery_passphrase = _password_field(self.tr("Lösenord"))
        form = QFormLayout()
        form.addRow(self.tr("&Lösenord:"), self.recovery_passphrase)
        self.recovery_button = QPushButton(self.tr("Skapa återställningsnyckel"))
        self.recovery_button.setAccessibleName(self.tr("Skapa återställningsnyckel"))
        self.recovery_button.clicked.connect(self.make_recovery_key)
        self.recovery_error = error_label()
        self.recovery_code = QLabel()
        self.recovery_code.setAccessibleName(self.tr("Återställningsnyckel"))
        self.recovery_code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = QFont("monospace")
        font.setStyleHint(QFont.StyleHint.Monospace)
        font.setPointSize(16)
        self.recovery_code.setFont(font)
        self.recovery_code.hide()
        self.recovery_shown_once = _note(
            self.tr("Visas bara nu. Skriv ner den innan du stänger fönstret.")
        )
        set_tone(self.recovery_shown_once, WARNING)
        self.recovery_shown_once.setStyleSheet("font-weight: 600;")
        self.recovery_shown_once.hide()
        layout = QVBoxLayout(page)
        layout.addWidget(self.recovery_status)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.recovery_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.recovery_error)
        layout.addWidget(self.recovery_code)
        layout.addWidget(self.recovery_shown_once)
        layout.addStretch(1)
        return page

    def _recovery_status_text(self) -> str:
        if self.project.has_recovery_key:
            return self.tr("Projektet har en återställningsnyckel.")
        return self.tr("Projektet har ingen återställningsnyckel.")

    def make_recovery_key(self) -> None:
        try:
            code = self.project.add_recovery_key(self.recovery_passphrase.text())
        except Exception as exc:  # noqa: BLE001 - shown in the dialog
            self.recovery_error.setText(message_for(exc))
            self.recovery_error.show()
            return
        self.recovery_error.hide()
        self.recovery_passphrase.clear()
        groups = code.split("-")
        self.recovery_code.setText("  ".join(groups[:4]) + "\n" + "  ".join(groups[4:]))
        self.recovery_code.show()
        self.recovery_shown_once.show()
        self.recovery_status.setText(self._recovery_status_text())

    # -- backups and erasure -----------------------------------------------------------------------
    def _restore_requested(self, folder: Path, passphrase: str) -> None:
        self.restore_requested.emit(folder, passphrase)
        self.accept()

    def _erase_tab(self) -> QWidget:
        page = QWidget()
        explanation = _note(
            self.tr(
                "Välj intervjun. Har informanten tagit tillbaka sitt samtycke registreras det "
                "först; sedan raderas allt om intervjun efter att du bekräftat med dess "
                "deltagarkod. En intervju utan samtycke (informanten avböjde) kan tas bort."
            )
        )
        self.interviews = QComboBox()
        self.interviews.setAccessibleName(self.tr("Intervju"))
        self.refresh_interviews()
        form = QFormLayout()
        form.addRow(self.tr("&Intervju:"), self.interviews)
        self.erase_button = QPushButton(self.tr("Återkalla samtycke eller radera…"))
        self.erase_button.setAccessibleName(self.tr("Återkalla samtycke eller radera intervjun"))
        self.erase_button.clicked.connect(self._erase_clicked)
        layout = QVBoxLayout(page)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.erase_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)
        return page

    def refresh_interviews(self) -> None:
        self.interviews.clear()
        for interview in list_interviews(self.project.db):
            self.interviews.addItem(
                f"{interview.participant_code}  ({status_name(interview.status.value)})",
                interview.id,
            )
        if hasattr(self, "erase_button"):
            self.erase_button.setEnabled(self.interviews.count() > 0)

    def _erase_clicked(self) -> None:
        interview_id = self.interviews.currentData()
        if interview_id is not None:
            self.erase_requested.emit(int(interview_id))
