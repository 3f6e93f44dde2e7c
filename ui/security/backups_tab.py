"""The backups tab of the security dialog: back up now, restore a backup.

The list shows this computer's rolling backups (made at every close) by date and time.
"Säkerhetskopiera till en mapp…" writes a verified, encrypted copy where the user chooses (a
USB stick). Restoring asks for the passphrase that was valid when the copy was made and a
confirmation; the app controller then closes the project and restores in the background
(:func:`app.security.restore.restore_backup`: verified before it lands, erasures re-applied,
the current project moved aside, never deleted).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.security.backup import backup, backup_time, backups_dir, list_backups
from app.store.folder import is_project_folder, project_path
from app.store.project import Project
from ui.errors import message_for
from ui.tasks import Tasks
from ui.widgets import file_dialogs
from ui.widgets.common import error_label


def backup_label(folder: Path) -> str:
    moment = backup_time(folder)
    return "?" if moment is None else moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


class BackupsTab(QWidget):
    """Signals:
    restore_requested(object, str): restore this backup folder with this passphrase.
    """

    restore_requested = Signal(object, str)

    #: Where a chosen folder comes from (tests replace these).
    choose_folder = staticmethod(file_dialogs.existing_directory)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        intro = QLabel(
            self.tr(
                "Samtal gör en kontrollerad, krypterad säkerhetskopia på den här datorn varje "
                "gång projektet stängs. Gör också en kopia till ett USB-minne eller en "
                "nätverksmapp som organisationen ansvarar för."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Säkerhetskopior på den här datorn"))
        self.list.currentRowChanged.connect(lambda _r: self._update())
        self.backup_button = QPushButton(self.tr("Säkerhetskopiera till en mapp…"))
        self.backup_button.setAccessibleName(self.tr("Gör en säkerhetskopia i en mapp du väljer"))
        self.backup_button.clicked.connect(self.backup_to_folder)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenordet som gällde när kopian gjordes"))
        self.passphrase.textChanged.connect(lambda _t: self._update())
        form = QFormLayout()
        form.addRow(self.tr("Lösenord &då kopian gjordes:"), self.passphrase)
        self.restore_button = QPushButton(self.tr("Återställ vald kopia…"))
        self.restore_button.setAccessibleName(self.tr("Återställ den valda säkerhetskopian"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_other_button = QPushButton(self.tr("Återställ en kopia från en annan mapp…"))
        self.restore_other_button.setAccessibleName(
            self.tr("Återställ en säkerhetskopia från en annan mapp")
        )
        self.restore_other_button.clicked.connect(self.restore_other)
        self.error = error_label()
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Resultat"))
        self.result.hide()
        row = QHBoxLayout()
        row.addWidget(self.restore_button)
        row.addWidget(self.restore_other_button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Säkerhetskopior på den här datorn:")))
        layout.addWidget(self.list, 1)
        layout.addWidget(self.backup_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(self.result)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        folder = backups_dir(self.project.project_id) if self.project.project_id else None
        for b in list_backups(folder) if folder else []:
            item = QListWidgetItem(backup_label(b))
            item.setData(Qt.ItemDataRole.UserRole, str(b))
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.list.addItem(self.tr("(inga än – en görs när projektet stängs)"))
            self.list.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
        self._update()

    def _selected(self) -> Path | None:
        item = self.list.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return Path(value) if value else None

    def _update(self) -> None:
        has_passphrase = bool(self.passphrase.text())
        self.restore_button.setEnabled(self._selected() is not None and has_passphrase)
        self.restore_other_button.setEnabled(has_passphrase)

    # -- back up now -------------------------------------------------------------------------------
    def backup_to_folder(self) -> None:
        chosen = self.choose_folder(self, self.tr("Välj mapp för säkerhetskopian"), "")
        if not chosen:
            return
        project = self.project
        self.backup_button.setEnabled(False)
        Tasks.run(
            lambda: backup(project, Path(chosen)),
            self._backed_up,
            self._failed,
            self,
            self.tr("Gör säkerhetskopia…"),
        )

    def _backed_up(self, made: Path) -> None:
        self.backup_button.setEnabled(True)
        self.error.hide()
        self.result.setText(
            self.tr("Säkerhetskopian är kontrollerad och sparad: %1").replace("%1", str(made))
        )
        self.result.show()

    def _failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.result.hide()
        self.error.setText(message_for(exc))
        self.error.show()

    # -- restore -----------------------------------------------------------------------------------
    @classmethod
    def ask_restore(cls, parent: QWidget, when: str) -> bool:
        """Confirm replacing the open project (tests replace this)."""
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            parent.tr("Återställ säkerhetskopia"),
            parent.tr(
                "Projektet ersätts av säkerhetskopian från %1. Det nuvarande projektet flyttas "
                "undan och raderas inte. Intervjuer som raderats sedan kopian gjordes raderas "
                "igen."
            ).replace("%1", when),
            QMessageBox.StandardButton.Cancel,
            parent,
        )
        restore = box.addButton(parent.tr("Återställ"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is restore

    def restore_selected(self) -> None:
        folder = self._selected()
        if folder is not None:
            self._restore(folder)

    def restore_other(self) -> None:
        chosen = self.choose_folder(self, self.tr("Välj säkerhetskopian (en .samtal-mapp)"), "")
        if not chosen:
            return
        folder = project_path(chosen, must_exist=True)
        if not is_project_folder(folder):
            self.error.setText(self.tr("Mappen är ingen säkerhetskopia av ett Samtal-projekt."))
            self.error.show()
            return
        self._restore(folder)

    def _restore(self, folder: Path) -> None:
        if not self.passphrase.text() or not self.ask_restore(self, backup_label(folder)):
            return
        passphrase = self.passphrase.text()
        self.passphrase.clear()
        self.restore_requested.emit(folder, passphrase)
