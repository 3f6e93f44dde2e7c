"""The project's question guide: edit it (new version once an interview has used it) or
import one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import GuideFormatError, SamtalError
from app.guide import service
from app.guide.model import Guide
from app.guide.repository import add_guide, load_guide
from app.store.project import Project
from ui.errors import message_for
from ui.guide.editor import GuideEditor
from ui.guide.import_dialog import GuideImportDialog
from ui.settings import settings
from ui.widgets import file_dialogs
from ui.widgets.common import fit_to_screen


class GuideWindow(QDialog):
    """Signals:
    saved(int): a guide version was stored (its id).
    """

    saved = Signal(int)

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.db = project.db
        self.setWindowTitle(self.tr("Frågeguide"))
        fit_to_screen(self, 1300, 800)
        self.editor = GuideEditor()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleDescription(self.tr("Guidens status"))
        self.save_button = QPushButton(self.tr("&Spara guiden"))
        self.save_button.setAccessibleName(self.tr("Spara guiden"))
        self.save_button.clicked.connect(self.save)
        self.import_button = QPushButton(self.tr("&Importera från Word eller JSON…"))
        self.import_button.setAccessibleName(self.tr("Importera från Word eller JSON"))
        self.import_button.clicked.connect(self.choose_import)
        close = QPushButton(self.tr("Stäng"))
        close.setAccessibleName(self.tr("Stäng frågeguiden"))
        close.clicked.connect(self.close)
        save = QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        save.setWhatsThis(self.tr("Spara guiden"))
        row = QHBoxLayout()
        row.addWidget(self.save_button)
        row.addWidget(self.import_button)
        row.addWidget(self.status, 1)
        row.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 1)
        layout.addLayout(row)
        self.guide_id: int | None = None
        self.reload()

    def reload(self) -> None:
        guides = service.list_guides(self.db)
        if not guides:
            self.guide_id = None
            self.editor.set_guide(Guide(title=self.tr("Ny frågeguide")))
            self.status.setText(
                self.tr("Projektet har ingen frågeguide än. Skriv en här eller importera en.")
            )
            return
        self.guide_id = service.default_guide_id(self.db)
        version_id = service.version_id_of(self.db, self.guide_id)
        guide = load_guide(self.db, version_id)
        self.editor.set_guide(guide)
        self.status.setText(
            self.tr(
                "Version {v}. Har en intervju använt den blir ändringar en ny version."
            ).replace("{v}", str(guide.version))
        )

    def save(self) -> bool:
        try:
            self.editor.check()
            if self.guide_id is None:
                version_id = add_guide(self.db, self.editor.guide())
                self.guide_id = service.guide_id_of_version(self.db, version_id)
            else:
                version_id = self.editor.save(self.db, self.guide_id)
        except (SamtalError, GuideFormatError) as exc:
            self.status.setText(message_for(exc))
            return False
        version = load_guide(self.db, version_id).version
        self.status.setText(self.tr("Sparad som version {v}.").replace("{v}", str(version)))
        self.saved.emit(version_id)
        return True

    def choose_import(self) -> None:
        chosen = file_dialogs.open_file_name(  # no history kept (ui.widgets.file_dialogs)
            self,
            self.tr("Importera frågeguide"),
            Path.home(),
            self.tr("Frågeguider (*.docx *.json)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> None:
        version_id = GuideImportDialog.import_file(
            self, self.db, path, settings().get("ui/language")
        )
        if version_id is not None:
            self.reload()
            self.saved.emit(version_id)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        if self.editor.is_modified():
            answer = UnsavedQuestion.ask(self)
            if answer == "cancel" or (answer == "save" and not self.save()):
                event.ignore()
                return
        super().closeEvent(event)


class UnsavedQuestion:
    """Save / discard / cancel; replaceable in tests."""

    @classmethod
    def ask(cls, parent: QWidget) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(
            QMessageBox.Icon.Question,
            parent.tr("Frågeguide"),
            parent.tr("Guiden har ändringar som inte är sparade. Spara dem?"),
            parent=parent,
        )
        save = box.addButton(parent.tr("Spara"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(parent.tr("Spara inte"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(parent.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "save" if clicked is save else "discard" if clicked is discard else "cancel"
