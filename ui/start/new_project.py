"""The new-project dialog: name, folder and passphrase (twice).

The slow part (Argon2id key derivation, ~0.1–0.5 s) runs in the background and the dialog
stays open with a clear message when something is wrong.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from app.analysis.themes import add_default_themes
from app.errors import InvalidInput, ProjectExists, ProjectNotFound
from app.guide.service import add_default_guide
from app.paths import default_projects_dir
from app.store.keyfile import MIN_PASSPHRASE_LENGTH
from app.store.location import cloud_sync_folder
from app.store.project import Project, project_path
from ui.errors import message_for
from ui.style.look import set_tone
from ui.style.palette import HINT, WARNING
from ui.tasks import Tasks
from ui.widgets import file_dialogs
from ui.widgets.a11y import clear_field_error, describe_as, show_field_error
from ui.widgets.common import error_label, ok_cancel_buttons
from ui.widgets.zoom import install_zoom


class NewProjectDialog(QDialog):
    """Name, folder and passphrase (twice) for a new encrypted project.

    Signals:
        created(Project): the project was created and is open.
    """

    created = Signal(object)

    def __init__(self, parent: QWidget | None = None, folder: Path | None = None) -> None:
        super().__init__(parent)
        install_zoom(self)  # Ctrl+= / Ctrl+− text size, as in every window
        self.setWindowTitle(self.tr("Nytt projekt"))
        self.setMinimumWidth(520)
        self.project: Project | None = None
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("t.ex. Ekonomiskt bistånd 2026"))
        self.name.setAccessibleName(self.tr("Granskningens namn"))
        self.folder = QLineEdit(str(folder or default_projects_dir()))
        self.folder.setAccessibleName(self.tr("Mapp"))
        self.cloud_warning = QLabel()
        self.cloud_warning.setWordWrap(True)
        set_tone(self.cloud_warning, WARNING)
        self.folder.textChanged.connect(self._check_folder)
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
        folder_label = QLabel(self.tr("&Mapp:"))
        folder_label.setBuddy(self.folder)  # a row of two widgets: the label names the field
        form.addRow(folder_label, folder_row)
        form.addRow(self.tr("&Lösenord:"), self.passphrase)
        form.addRow(self.tr("&Upprepa lösenordet:"), self.repeat)
        hint = QLabel(
            self.tr("Minst {n} tecken. Projektet krypteras på den här datorn.").replace(
                "{n}", str(MIN_PASSPHRASE_LENGTH)
            )
        )
        hint.setWordWrap(True)
        set_tone(hint, HINT)
        # a warning that must be read, not pale help text
        self.warning = QLabel(
            self.tr(
                "Lösenordet kan inte återställas. Skriv ner det och förvara det säkert: "
                "utan det går projektet inte att öppna."
            )
        )
        self.warning.setWordWrap(True)
        describe_as(self.warning, self.tr("Varning"))
        set_tone(self.warning, WARNING)
        bold = self.warning.font()
        bold.setBold(True)
        self.warning.setFont(bold)
        icon = QLabel()
        icon.setAccessibleName(self.tr("Varning"))
        size = self.warning.fontMetrics().height() * 3 // 2
        icon.setPixmap(
            self.style()
            .standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            .pixmap(QSize(size, size))
        )
        warning_row = QHBoxLayout()
        warning_row.addWidget(icon, 0, Qt.AlignmentFlag.AlignTop)
        warning_row.addWidget(self.warning, 1)
        # short check box texts (a check box does not wrap); the rest below each, wrapped,
        # and read with it as its description
        self.with_guide = QCheckBox(self.tr("Börja med frågeguiden från Uppsala-rapporten"))
        self.with_guide.setChecked(True)
        guide_note = self._note(
            self.with_guide, self.tr("Ekonomiskt bistånd. Guiden kan ändras eller bytas.")
        )
        self.with_themes = QCheckBox(self.tr("Börja med de fem temana från Uppsala-rapporten"))
        self.with_themes.setChecked(True)
        themes_note = self._note(
            self.with_themes,
            self.tr(
                "Engagemang, förståelse, respekt, tydlighet, förutsägbarhet. Temana kan ändras "
                "eller tas bort."
            ),
        )
        self.error = error_label()
        self.buttons, self.create_button = ok_cancel_buttons(
            self, self.tr("Skapa projekt"), self._create
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.cloud_warning)
        layout.addWidget(hint)
        layout.addLayout(warning_row)
        layout.addWidget(self.with_guide)
        layout.addWidget(guide_note)
        layout.addWidget(self.with_themes)
        layout.addWidget(themes_note)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._check_folder()

    def _check_folder(self) -> None:
        """Warn (without refusing) when the chosen folder is synced to a cloud service."""
        text = self.folder.text().strip()
        cloud = cloud_sync_folder(Path(text)) if text else None
        self.cloud_warning.setText(
            self.tr(
                "Mappen ligger i {name}, som synkas till molnet. Synkprogram kan förstöra "
                "databasen och kopierar den till en server: välj hellre en lokal mapp, till "
                "exempel standardmappen."
            ).replace("{name}", cloud or "")
        )
        self.cloud_warning.setVisible(bool(cloud))

    @staticmethod
    def _note(box: QCheckBox, text: str) -> QLabel:
        note = QLabel(text)
        note.setWordWrap(True)
        indent = box.style().pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth) + 8
        note.setContentsMargins(indent, 0, 0, 4)
        set_tone(note, HINT)
        box.setAccessibleDescription(text)
        return note

    def _browse(self) -> None:
        folder = file_dialogs.existing_directory(
            self, self.tr("Välj mapp för projektet"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def _show_error(self, text: str, field: QWidget) -> None:
        clear_field_error(self.error, self.name, self.folder, self.passphrase, self.repeat)
        show_field_error(self.error, text, field)

    def _create(self) -> None:
        name = self.name.text().strip()
        if not name:
            self._show_error(self.tr("Skriv ett namn på granskningen."), self.name)
            return
        if self.passphrase.text() != self.repeat.text():
            self.repeat.clear()
            self._show_error(self.tr("Lösenorden är inte lika."), self.repeat)
            return
        file_name = (
            "".join(ch if ch.isalnum() or ch in "-_ " else "_" for ch in name).strip() or "projekt"
        )
        path = project_path(Path(self.folder.text()).expanduser() / file_name)
        passphrase = self.passphrase.text()
        self.create_button.setEnabled(False)

        with_guide = self.with_guide.isChecked()
        with_themes = self.with_themes.isChecked()

        def fill(p: Project) -> None:
            if with_guide:
                add_default_guide(p.db)
            if with_themes:
                add_default_themes(p.db)

        def work() -> Project:
            path.parent.mkdir(parents=True, exist_ok=True)
            return Project.create_filled(path, passphrase, fill, audit_name=name)

        Tasks.run(work, self._done, self._failed, self, self.tr("Skapar krypterat projekt…"))

    def _done(self, project: Project) -> None:
        self.project = project
        self.passphrase.clear()
        self.repeat.clear()
        self.created.emit(project)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.create_button.setEnabled(True)
        field: QWidget = self.passphrase
        if isinstance(exc, OSError):
            exc = InvalidInput(exc.strerror or "os")
            field = self.folder
        elif isinstance(exc, ProjectExists):
            field = self.name
        elif isinstance(exc, ProjectNotFound):
            field = self.folder
        self._show_error(message_for(exc), field)
