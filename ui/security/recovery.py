"""A forgotten passphrase: open the project with the recovery key and choose a new passphrase.

Reached from the unlock dialog ("Glömt lösenordet?"). The same checks as
``samtal passphrase P --recovery-file FIL``: the code is read as typed (case, spaces and
dashes do not matter, O/I/L read as 0/1/1), the new passphrase needs at least 8 characters
and must be typed twice. The recovery key stays valid; the old passphrase stops working.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialog, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from app.errors import InvalidInput, SamtalError
from app.security.passphrase import check_new_passphrase
from app.store.project import Project
from app.store.recovery import normalise_recovery_code
from ui.errors import message_for
from ui.tasks import Tasks
from ui.widgets.common import error_label, ok_cancel_buttons
from ui.widgets.zoom import install_zoom


class RecoveryDialog(QDialog):
    """Signals:
    unlocked(Project): the project is open, with the new passphrase set.
    """

    unlocked = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.folder = folder
        self.setWindowTitle(self.tr("Glömt lösenordet"))
        self.setMinimumWidth(520)
        install_zoom(self)  # Ctrl+= / Ctrl+− text size, as in every window
        intro = QLabel(
            self.tr(
                "Skriv återställningsnyckeln (40 tecken, den skrevs ut när den skapades) och "
                "välj ett nytt lösenord. Det gamla lösenordet slutar gälla."
            )
        )
        intro.setWordWrap(True)
        self.code = QLineEdit()
        self.code.setAccessibleName(self.tr("Återställningsnyckel"))
        self.code.setPlaceholderText("XXXXX-XXXXX-…")
        self.new = QLineEdit()
        self.new.setEchoMode(QLineEdit.EchoMode.Password)
        self.new.setAccessibleName(self.tr("Nytt lösenord"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa det nya lösenordet"))
        form = QFormLayout()
        form.addRow(self.tr("Å&terställningsnyckel:"), self.code)
        form.addRow(self.tr("N&ytt lösenord:"), self.new)
        form.addRow(self.tr("&Upprepa det nya:"), self.repeat)
        self.error = error_label()
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Lås upp och byt lösenord"), self.submit
        )
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.code.setFocus()

    def submit(self) -> None:
        code, new = self.code.text(), self.new.text()
        try:
            normalise_recovery_code(code)
            if new != self.repeat.text():
                raise InvalidInput("passphrase_mismatch")
            check_new_passphrase(new)
        except SamtalError as exc:
            self._failed(exc)
            return
        folder = self.folder

        def work() -> Project:
            project = Project.open(folder, code, secret_kind="recovery")
            try:
                project.change_passphrase(code, new, old_kind="recovery")
            except BaseException:
                project.close()
                raise
            return project

        self.ok_button.setEnabled(False)
        Tasks.run(work, self._done, self._failed, self, self.tr("Låser upp…"))

    def _done(self, project: Project) -> None:
        for field in (self.code, self.new, self.repeat):
            field.clear()
        self.unlocked.emit(project)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.error.setText(message_for(exc))
        self.error.show()
