"""Show a guide read from a Word or JSON file, with the importer's warnings, for correction
in the guide editor before it is saved to the project."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamtalError
from app.guide.outline import ImportedGuide
from app.guide.service import add_imported_guide, import_guide_file, list_guides
from app.messages import error_message
from app.store.database import Database
from ui.guide.editor import GuideEditor
from ui.widgets.common import error_label, fit_to_screen, message_box


class GuideImportDialog(QDialog):
    """The imported guide in a :class:`GuideEditor`, its warnings above it; Save stores it.

    After ``exec()`` returns Accepted, :attr:`saved_version_id` is the stored guide version.
    """

    def __init__(
        self,
        db: Database,
        imported: ImportedGuide,
        file_name: str = "",
        parent: QWidget | None = None,
        language: str = "sv",
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.language = language
        self.saved_version_id: int | None = None
        self.setWindowTitle(self.tr("Importera frågeguide"))
        self.setAccessibleName(self.tr("Importera frågeguide"))
        layout = QVBoxLayout(self)

        intro = self.tr("Kontrollera guiden innan den sparas och rätta det som blev fel.")
        if file_name:
            intro = self.tr("Från %1. ").replace("%1", file_name) + intro
        heading = QLabel(intro)
        heading.setWordWrap(True)
        heading.setAccessibleName(self.tr("Om importen"))
        layout.addWidget(heading)

        self.warnings = QListWidget()
        self.warnings.setAccessibleName(self.tr("Saker att kontrollera"))
        self.warnings.addItems([str(w) for w in imported.warnings])
        self.warnings.setMaximumHeight(self.warnings.fontMetrics().lineSpacing() * 6 + 12)
        warnings_label = QLabel(
            self.tr("&Att kontrollera (%1):").replace("%1", str(len(imported.warnings)))
        )
        warnings_label.setBuddy(self.warnings)
        for widget in (warnings_label, self.warnings):
            widget.setVisible(bool(imported.warnings))
            layout.addWidget(widget)

        self.editor = GuideEditor(imported.guide)
        layout.addWidget(self.editor, 1)

        target_row = QHBoxLayout()
        self.as_new = QRadioButton(self.tr("Spara som &ny guide"))
        self.as_new.setAccessibleName(self.tr("Spara som ny guide"))
        self.as_version = QRadioButton(self.tr("Spara som ny &version av:"))
        self.as_version.setAccessibleName(self.tr("Spara som ny version av en befintlig guide"))
        self.target_guide = QComboBox()
        self.target_guide.setAccessibleName(self.tr("Befintlig guide"))
        for g in list_guides(db):
            self.target_guide.addItem(
                self.tr("%1 (version %2)")
                .replace("%1", g.title)
                .replace("%2", str(g.latest_version)),
                g.id,
            )
        group = QButtonGroup(self)
        group.addButton(self.as_new)
        group.addButton(self.as_version)
        self.as_new.setChecked(True)
        has_guides = self.target_guide.count() > 0
        self.as_version.setEnabled(has_guides)
        self.target_guide.setEnabled(False)
        self.as_version.toggled.connect(self.target_guide.setEnabled)
        target_row.addWidget(self.as_new)
        target_row.addWidget(self.as_version)
        target_row.addWidget(self.target_guide, 1)
        layout.addLayout(target_row)

        self.error = error_label()
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("Spara i projektet"))
        self.save_button.setAccessibleName(self.tr("Spara i projektet"))
        cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setAccessibleName(self.tr("Avbryt"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, 1300, 860)

    def accept(self) -> None:
        """Check and store the guide; on a problem say what it is and stay open."""
        target = self.target_guide.currentData() if self.as_version.isChecked() else None
        try:
            self.saved_version_id = add_imported_guide(self.db, self.editor.guide(), target)
        except SamtalError as exc:
            self.error.setText(error_message(exc, self.language))
            self.error.show()
            return
        self.editor.undo_stack.setClean()
        super().accept()

    @classmethod
    def import_file(
        cls, parent: QWidget | None, db: Database, path: str | Path, language: str = "sv"
    ) -> int | None:
        """Read ``path``, show the dialog, and return the saved version id (None if cancelled
        or the file could not be read; then the reason has been shown)."""
        try:
            imported = import_guide_file(path)
        except SamtalError as exc:
            cls.show_error(parent, error_message(exc, language))
            return None
        dialog = cls(db, imported, Path(path).name, parent, language)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.saved_version_id

    @classmethod
    def show_error(cls, parent: QWidget | None, message: str) -> None:
        """Show why a file could not be imported (tests replace this)."""
        message_box(parent, QMessageBox.Icon.Warning, "Samtal", message).exec()
