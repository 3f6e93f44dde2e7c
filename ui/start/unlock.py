"""The unlock dialog, with the offer to restore the newest good backup of a damaged project.

The slow part (Argon2id key derivation, ~0.1–0.5 s) runs in the background and the dialog
stays open with a clear message on a wrong passphrase or a damaged project.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import DamagedProject, SamtalError, SavesLost
from app.security.backup import backup_time, newest_good_backup
from app.security.restore import restore
from app.store.project import Project
from ui.errors import message_for
from ui.tasks import Tasks
from ui.widgets.a11y import describe_as, show_field_error
from ui.widgets.common import error_label, ok_cancel_buttons
from ui.widgets.zoom import install_zoom


class UnlockDialog(QDialog):
    """Ask for the passphrase and open the project in the background.

    Signals:
        unlocked(Project): the project is open.
    """

    unlocked = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None, message: str = "") -> None:
        super().__init__(parent)
        install_zoom(self)  # Ctrl+= / Ctrl+− text size, as in every window
        self.folder = folder
        self.project: Project | None = None
        self.setWindowTitle(self.tr("Lås upp projekt"))
        self.setMinimumWidth(440)
        title = QLabel(f"<b>{folder.name.removesuffix('.samtal')}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        describe_as(title, self.tr("Projekt"))
        self.info = QLabel(message or self.tr("Skriv projektets lösenord."))
        self.info.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenord"))
        self.error = error_label()
        self.buttons, self.unlock_button = ok_cancel_buttons(self, self.tr("Lås upp"), self._unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.info)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        self.backup: Path | None = None
        self.restore_box = QLabel()
        self.restore_box.setWordWrap(True)
        describe_as(self.restore_box, self.tr("Säkerhetskopia"))
        self.restore_box.hide()
        self.restore_button = QPushButton(self.tr("Återställ säkerhetskopian"))
        self.restore_button.setAccessibleName(self.tr("Återställ säkerhetskopian"))
        self.restore_button.clicked.connect(self._restore)
        self.restore_button.hide()
        self.continue_button = QPushButton(self.tr("Fortsätt med det som finns"))
        self.continue_button.setAccessibleName(
            self.tr("Öppna projektet med det som finns kvar efter kraschen")
        )
        self.continue_button.clicked.connect(self._accept_lost_saves)
        self.continue_button.hide()
        self.forgot_button = QPushButton(self.tr("Glömt lösenordet? Använd återställningsnyckeln…"))
        self.forgot_button.setAccessibleName(self.tr("Lås upp med återställningsnyckeln"))
        self.forgot_button.setFlat(True)
        self.forgot_button.clicked.connect(self.use_recovery_key)
        layout.addWidget(self.restore_box)
        layout.addWidget(self.restore_button)
        layout.addWidget(self.continue_button)
        layout.addWidget(self.forgot_button)
        layout.addWidget(self.buttons)
        self.passphrase.setFocus()

    def _unlock(self) -> None:
        if not self.passphrase.text():
            self.passphrase.setFocus()
            return
        passphrase = self.passphrase.text()
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        Tasks.run(
            lambda: Project.open(self.folder, passphrase),
            self._done,
            self._failed,
            self,
            self.tr("Låser upp…"),
        )

    def _done(self, project: Project) -> None:
        self.project = project
        self.passphrase.clear()
        self.unlocked.emit(project)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.unlock_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        self.passphrase.clear()
        if not isinstance(exc, SamtalError):
            exc = SamtalError(exc.__class__.__name__)
        show_field_error(self.error, message_for(exc), self.passphrase)
        if isinstance(exc, DamagedProject) and self.backup is None:
            self.offer_backup()
        if isinstance(exc, SavesLost):
            # The database is otherwise intact: going on with what is there is a choice too.
            self.continue_button.show()
        self.adjustSize()  # the dialog grows to fit the message

    def use_recovery_key(self) -> None:
        """A forgotten passphrase: the recovery key opens the project and sets a new one."""
        from ui.security.recovery import RecoveryDialog

        self.recovery = RecoveryDialog(self.folder, self)
        self.recovery.unlocked.connect(self._done)
        self.recovery.open()

    def _accept_lost_saves(self) -> None:
        if not self.passphrase.text():
            self.passphrase.setFocus()
            return
        passphrase = self.passphrase.text()
        self.continue_button.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        Tasks.run(
            lambda: Project.open(self.folder, passphrase, accept_lost_saves=True),
            self._done,
            self._continue_failed,
            self,
            self.tr("Låser upp…"),
        )

    def _continue_failed(self, exc: BaseException) -> None:
        self.continue_button.setEnabled(True)
        self._failed(exc)

    # -- a damaged project: offer the newest good backup ----------------------------------------
    def offer_backup(self) -> None:
        try:
            self.backup = newest_good_backup(self.folder)
        except SamtalError:
            self.backup = None
        if self.backup is None:
            self.restore_box.setText(
                self.tr(
                    "Det finns ingen säkerhetskopia av projektet på den här datorn. "
                    "Ingenting har skrivits över; kontakta den som ansvarar för granskningen."
                )
            )
            self.restore_box.show()
            return
        when = _backup_time(self.backup)
        self.restore_box.setText(
            self.tr(
                "Det finns en kontrollerad säkerhetskopia från %1. Skriv lösenordet som gällde då "
                "och välj Återställ. Det skadade projektet flyttas undan och raderas inte."
            ).replace("%1", when)
        )
        self.restore_box.show()
        self.restore_button.show()
        self.restore_button.setDefault(True)
        self.unlock_button.setDefault(False)

    def _restore(self) -> None:
        if self.backup is None:
            return
        if not self.passphrase.text():
            self.passphrase.setFocus()
            return
        passphrase = self.passphrase.text()
        backup, folder = self.backup, self.folder
        self.restore_button.setEnabled(False)
        self.unlock_button.setEnabled(False)
        self.passphrase.setEnabled(False)

        def work() -> Project:
            restore(backup, folder, passphrase, replace=True)
            return Project.open(folder, passphrase)

        Tasks.run(
            work, self._done, self._restore_failed, self, self.tr("Återställer säkerhetskopian…")
        )

    def _restore_failed(self, exc: BaseException) -> None:
        self.restore_button.setEnabled(True)
        self._failed(exc)


def _backup_time(folder: Path) -> str:
    """The backup's local date and time, for the restore offer."""
    moment = backup_time(folder)
    return "?" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M")
