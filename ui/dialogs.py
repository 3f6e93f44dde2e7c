"""Small dialogs of the start path: new project and unlock.

Both run the slow part (Argon2id key derivation, ~0.1–0.5 s) in the background and keep the
dialog open with a clear message on a wrong passphrase or a damaged project.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.backup import newest_good_backup, restore
from app.errors import DamagedProject, InvalidInput, SamtalError
from app.paths import default_projects_dir
from app.store.keyfile import MIN_PASSPHRASE_LENGTH
from app.store.project import Project, project_path
from ui import file_dialogs
from ui.errors import message_for
from ui.tasks import Tasks
from ui.widgets import ok_cancel_buttons


def _error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setStyleSheet("color: #b00020;")
    label.setAccessibleName("Felmeddelande")
    label.hide()
    return label


class NewProjectDialog(QDialog):
    """Name, folder and passphrase (twice) for a new encrypted project.

    Signals:
        created(Project): the project was created and is open.
    """

    created = Signal(object)

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Nytt projekt"))
        self.setMinimumWidth(520)
        self.project: Project | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("t.ex. Ekonomiskt bistånd 2026"))
        self.name.setAccessibleName(self.tr("Granskningens namn"))
        self.folder = QLineEdit(str(folder or default_projects_dir()))
        self.folder.setAccessibleName(self.tr("Mapp"))
        browse = QPushButton(self.tr("Välj…"))
        browse.setAccessibleName(self.tr("Välj mapp"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(browse)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenord"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa lösenordet"))
        form = QFormLayout()
        form.addRow(self.tr("&Namn på granskningen:"), self.name)
        form.addRow(self.tr("&Mapp:"), folder_row)
        form.addRow(self.tr("&Lösenord:"), self.passphrase)
        form.addRow(self.tr("&Upprepa lösenordet:"), self.repeat)
        hint = QLabel(
            self.tr(
                "Minst {n} tecken. Lösenordet kan inte återställas: skriv ner det och förvara det "
                "säkert. Projektet krypteras på den här datorn."
            ).replace("{n}", str(MIN_PASSPHRASE_LENGTH))
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(mid);")
        self.with_guide = QCheckBox(
            self.tr(
                "Börja med frågeguiden från Uppsala-rapporten (ekonomiskt bistånd) – "
                "den kan ändras eller bytas"
            )
        )
        self.with_guide.setChecked(True)
        self.with_guide.setAccessibleName(self.tr("Börja med exempelguiden"))
        self.error = _error_label()
        self.buttons, self.create_button = ok_cancel_buttons(
            self, self.tr("Skapa projekt"), self._create
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.with_guide)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _browse(self) -> None:
        folder = file_dialogs.existing_directory(
            self, self.tr("Välj mapp för projektet"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    def _create(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._show_error(self.tr("Skriv ett namn på granskningen."))
            self.name.setFocus()
            return
        if self.passphrase.text() != self.repeat.text():
            self._show_error(self.tr("Lösenorden är inte lika."))
            self.repeat.clear()
            self.repeat.setFocus()
            return
        file_name = (
            "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in name).strip() or "projekt"
        )
        path = project_path(Path(self.folder.text()).expanduser() / file_name)
        passphrase = self.passphrase.text()
        self.create_button.setEnabled(False)

        with_guide = self.with_guide.isChecked()

        def work() -> Project:
            path.parent.mkdir(parents=True, exist_ok=True)
            from ui.guide_window import add_default_guide

            return Project.create_filled(
                path, passphrase, lambda p: with_guide and add_default_guide(p), audit_name=name
            )

        Tasks.run(work, self._done, self._failed, self, self.tr("Skapar krypterat projekt…"))

    def _done(self, project: Project) -> None:
        self.project = project
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(project)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        if isinstance(exc, OSError):
            exc = InvalidInput(exc.strerror or "os")
        self._show_error(message_for(exc))


class UnlockDialog(QDialog):
    """Ask for the passphrase and open the project in the background.

    Signals:
        unlocked(Project): the project is open.
    """

    unlocked = Signal(object)

    def __init__(self, folder: Path, parent: QWidget | None = None, message: str = "") -> None:
        super().__init__(parent)
        self.folder = folder
        self.project: Project | None = None
        self.setWindowTitle(self.tr("Lås upp projekt"))
        self.setMinimumWidth(440)
        title = QLabel(f"<b>{folder.name.removesuffix('.samtal')}</b>")
        title.setTextFormat(Qt.TextFormat.RichText)
        title.setAccessibleName(self.tr("Projekt"))
        self.info = QLabel(message or self.tr("Skriv projektets lösenord."))
        self.info.setWordWrap(True)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenord"))
        self.error = _error_label()
        self.buttons, self.unlock_button = ok_cancel_buttons(self, self.tr("Lås upp"), self._unlock)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(self.info)
        layout.addWidget(self.passphrase)
        layout.addWidget(self.error)
        self.backup: Path | None = None
        self.restore_box = QLabel()
        self.restore_box.setWordWrap(True)
        self.restore_box.setAccessibleName(self.tr("Säkerhetskopia"))
        self.restore_box.hide()
        self.restore_button = QPushButton(self.tr("Återställ säkerhetskopian"))
        self.restore_button.setAccessibleName(self.tr("Återställ säkerhetskopian"))
        self.restore_button.clicked.connect(self._restore)
        self.restore_button.hide()
        layout.addWidget(self.restore_box)
        layout.addWidget(self.restore_button)
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
        self.passphrase.setFocus()
        if not isinstance(exc, SamtalError):
            exc = SamtalError(exc.__class__.__name__)
        self.error.setText(message_for(exc))
        self.error.show()
        if isinstance(exc, DamagedProject) and self.backup is None:
            self.offer_backup()

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
    """The backup's local date and time from its stamped name (…-20260123T101500Z.samtal)."""
    import re
    from datetime import UTC, datetime

    found = re.search(r"\d{8}T\d{6}Z", folder.name)
    if found is None:
        return "?"
    moment = datetime.strptime(found[0], "%Y%m%dT%H%M%SZ").replace(tzinfo=UTC).astimezone()
    return moment.strftime("%Y-%m-%d %H:%M")
