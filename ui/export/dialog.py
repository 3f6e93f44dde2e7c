"""The export dialog: what to export, encryption (on by default), where, with progress.

Word documents (encrypted .docx) or a REFI-QDA project (.qdpx) for QualCoder, MAXQDA, NVivo
and ATLAS.ti; a .qdpx cannot be encrypted itself, so it goes into an AES-256 zip by default
and the dialog says so.

It says how many pseudonymisation findings still wait for a decision in the chosen
interviews ("N fynd väntar"), with a button into the project-wide review; an export that
the gate refuses names the interview and offers the same button.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import UnresolvedFindings
from app.export.document import (
    MIN_EXPORT_PASSWORD,
    ExportKind,
    cloud_sync_folder,
    default_file_name,
)
from app.export.qdpx import export_qdpx, never_exported
from app.export.service import ExportRequest, export_to_file
from app.interview.background import list_variables
from app.interview.records import list_interviews
from app.pseudonymise import review
from app.store.project import Project
from ui.errors import message_for
from ui.settings import settings
from ui.style.look import set_tone
from ui.style.palette import ERROR, SUCCESS, WARNING
from ui.tasks import Tasks
from ui.widgets import file_dialogs
from ui.widgets.a11y import announce, clear_field_error, describe_as, show_field_error
from ui.widgets.common import ask, error_label, ok_cancel_buttons
from ui.widgets.labels import count_text


def default_export_folder() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


class ExportDialog(QDialog):
    """Signals:
    exported(Path): the file was written.
    review_requested(object): open the review (an interview id to show first, or None).
    """

    exported = Signal(object)
    review_requested = Signal(object)

    def __init__(
        self,
        project: Project,
        parent: QWidget | None = None,
        interview_id: int | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.setWindowTitle(self.tr("Exportera"))
        self.setMinimumWidth(560)
        self.folder = folder or default_export_folder()
        rows = list_interviews(project.db)
        self._codes = {r.id: r.participant_code for r in rows}

        kind_box = QGroupBox(self.tr("Vad ska exporteras?"))
        kind_layout = QVBoxLayout(kind_box)
        self.kinds = QButtonGroup(self)
        labels = {
            ExportKind.TRANSCRIPT: self.tr("Intervjuutskrift (en intervju)"),
            ExportKind.QUOTES: self.tr("Citat per tema (valda intervjuer)"),
            ExportKind.GUIDE: self.tr("Frågeguiden som papperskopia"),
            ExportKind.CONSENT: self.tr("Informationsbrev och samtyckeslista"),
            ExportKind.SURVEY: self.tr("Sammanställning av slutna frågor (diagram och tabeller)"),
        }
        self.kind_buttons: dict[ExportKind, QRadioButton] = {}
        for i, (kind, label) in enumerate(labels.items()):
            b = QRadioButton(label)
            b.setAccessibleName(label)
            self.kinds.addButton(b, i)
            self.kind_buttons[kind] = b
            kind_layout.addWidget(b)
        self.by_combo = QComboBox()
        self.by_combo.setAccessibleName(self.tr("Dela upp efter bakgrundsvariabel"))
        self.by_combo.addItem(self.tr("Ingen uppdelning"), None)
        for v in list_variables(project.db):
            self.by_combo.addItem(self.tr("Uppdelat efter %1").replace("%1", v.label), v.key)
        kind_layout.addWidget(self.by_combo)
        qdpx_label = self.tr("Projekt för QDA-program, REFI-QDA (.qdpx; valda intervjuer)")
        self.qdpx_button = QRadioButton(qdpx_label)
        self.qdpx_button.setAccessibleName(qdpx_label)
        self.kinds.addButton(self.qdpx_button, len(labels))
        kind_layout.addWidget(self.qdpx_button)
        self.interviews = QListWidget()
        self.interviews.setAccessibleName(self.tr("Intervjuer"))
        self.interviews.setMaximumHeight(140)
        for r in rows:
            item = QListWidgetItem(f"{r.participant_code}  {r.held_on}")
            item.setData(Qt.ItemDataRole.UserRole, r.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if interview_id in (None, r.id) else Qt.CheckState.Unchecked
            )
            self.interviews.addItem(item)
            if r.id == interview_id:
                self.interviews.setCurrentItem(item)

        self.timestamps = QCheckBox(self.tr("Tidsstämplar före replikerna i utskriften"))
        self.timestamps.setAccessibleName(self.tr("Tidsstämplar i utskriften"))
        self.timestamps.setChecked(True)
        self.encrypt = QCheckBox(self.tr("Kryptera filen med ett lösenord (rekommenderas)"))
        self.encrypt.setAccessibleName(self.tr("Kryptera filen"))
        self.encrypt.setChecked(True)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setAccessibleName(self.tr("Lösenord för filen"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa lösenordet för filen"))
        self.plain_warning = QLabel(
            self.tr(
                "Varning: en okrypterad fil kan läsas av alla som kommer åt den, "
                "även i molnsynkade mappar."
            )
        )
        self.plain_warning.setWordWrap(True)
        set_tone(self.plain_warning, ERROR)
        self.qdpx_note = QLabel(
            self.tr(
                "För QualCoder, MAXQDA, NVivo, ATLAS.ti m.fl. En .qdpx-fil kan inte själv "
                "krypteras: QDA-programmet läser den som den är, och texterna är "
                "pseudonymiserade men ändå känsliga. Lägg den i en krypterad zip-fil (AES-256); "
                "mottagaren öppnar den med lösenordet, t.ex. i 7-Zip, och importerar sedan "
                ".qdpx-filen."
            )
        )
        self.qdpx_note.setWordWrap(True)
        set_tone(self.qdpx_note, WARNING)
        describe_as(self.qdpx_note, self.tr("Om .qdpx-filer"))
        self.target = QLineEdit()
        self.target.setAccessibleName(self.tr("Fil att spara"))
        browse = QPushButton(self.tr("Välj…"))
        browse.setAccessibleName(self.tr("Välj fil"))
        browse.clicked.connect(self._browse)
        target_row = QHBoxLayout()
        target_row.addWidget(self.target, 1)
        target_row.addWidget(browse)
        self.cloud_warning = QLabel()
        self.cloud_warning.setWordWrap(True)
        set_tone(self.cloud_warning, WARNING)
        # per interview: (findings waiting anywhere, waiting in quotes)
        self._pending: dict[int, tuple[int, int]] | None = None
        self._review_first: int | None = None
        self.pending = QLabel(self.tr("Kontrollerar pseudonymiseringen…"))
        self.pending.setWordWrap(True)
        describe_as(self.pending, self.tr("Fynd som väntar på granskning"))
        self.review_button = QPushButton(self.tr("&Granska…"))
        self.review_button.setAccessibleName(self.tr("Granska pseudonymiseringen"))
        self.review_button.clicked.connect(lambda: self.review_requested.emit(self._review_first))
        forward = getattr(parent, "review_requested", None)  # the project window's: the app
        if forward is not None:  # controller opens the review, over this dialog
            self.review_requested.connect(forward)
        self.review_button.hide()
        pending_row = QHBoxLayout()
        pending_row.addWidget(self.pending, 1)
        pending_row.addWidget(self.review_button)
        self.error = error_label()

        form = QFormLayout()
        form.addRow(self.tr("L&ösenord för filen:"), self.password)
        form.addRow(self.tr("&Upprepa:"), self.repeat)
        save_label = QLabel(self.tr("&Spara som:"))
        save_label.setBuddy(self.target)
        form.addRow(save_label, target_row)
        self.buttons, self.export_button = ok_cancel_buttons(
            self, self.tr("Exportera"), self.start_export
        )
        # after a successful export: where the file went, and the way to it
        self.done_label = QLabel()
        self.done_label.setWordWrap(True)
        self.done_label.setTextFormat(Qt.TextFormat.PlainText)
        self.done_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        describe_as(self.done_label, self.tr("Var filen sparades"))
        set_tone(self.done_label, SUCCESS)
        bold = self.done_label.font()
        bold.setBold(True)
        self.done_label.setFont(bold)
        self.open_folder_button = QPushButton(self.tr("Öppna mappen"))
        self.open_folder_button.setAccessibleName(self.tr("Öppna mappen där filen sparades"))
        self.open_folder_button.clicked.connect(self.open_folder)
        self.done_box = QWidget()
        done_row = QHBoxLayout(self.done_box)
        done_row.setContentsMargins(0, 0, 0, 0)
        done_row.addWidget(self.done_label, 1)
        done_row.addWidget(self.open_folder_button, 0, Qt.AlignmentFlag.AlignTop)
        self.done_box.hide()
        self.saved_path: Path | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(kind_box)
        layout.addWidget(self.interviews)
        layout.addLayout(pending_row)
        layout.addWidget(self.timestamps)
        layout.addWidget(self.qdpx_note)
        layout.addWidget(self.encrypt)
        layout.addLayout(form)
        layout.addWidget(self.plain_warning)
        layout.addWidget(self.cloud_warning)
        layout.addWidget(self.error)
        layout.addWidget(self.done_box)
        layout.addWidget(self.buttons)

        self.kinds.idToggled.connect(lambda _i, on: self._kind_changed() if on else None)
        self.encrypt.toggled.connect(self._encryption_changed)
        self.target.textChanged.connect(self._target_changed)
        self.kind_buttons[ExportKind.TRANSCRIPT if interview_id else ExportKind.QUOTES].setChecked(
            True
        )
        self._encryption_changed(True)
        self.interviews.itemChanged.connect(lambda _item: self._show_pending())
        self.interviews.currentItemChanged.connect(lambda *_: self._show_pending())
        self.refresh_pending()

    # -- state ------------------------------------------------------------------------------
    def is_qdpx(self) -> bool:
        return self.qdpx_button.isChecked()

    def kind(self) -> ExportKind:
        for kind, button in self.kind_buttons.items():
            if button.isChecked():
                return kind
        return ExportKind.QUOTES

    def selected_ids(self) -> tuple[int, ...]:
        if self.kind() is ExportKind.TRANSCRIPT and not self.is_qdpx():
            item = self.interviews.currentItem()
            return (int(item.data(Qt.ItemDataRole.UserRole)),) if item else ()
        return tuple(
            int(self.interviews.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.interviews.count())
            if self.interviews.item(i).checkState() == Qt.CheckState.Checked
        )

    def refresh_pending(self) -> None:
        """Count the findings that wait for a decision, per interview (in the background)."""
        db = self.project.db

        def count() -> dict[int, tuple[int, int]]:
            out = {}
            for r in review.analyse_project(db):
                waiting = r.unresolved()
                out[r.interview_id] = (len(waiting), sum(i.unit.is_quote for i in waiting))
            return out

        Tasks.run(
            count,
            self._pending_loaded,
            lambda _exc: self.pending.setText(""),
            self,
        )

    def _pending_loaded(self, pending: dict[int, tuple[int, int]]) -> None:
        self._pending = pending
        self._show_pending()

    def _show_pending(self) -> None:
        if self._pending is None:
            return
        kind = self.kind()
        if not self.is_qdpx() and kind not in (ExportKind.TRANSCRIPT, ExportKind.QUOTES):
            self.pending.setText(self.tr("Ingen intervjutext i den här exporten."))
            self.review_button.hide()
            return
        # a quotes export writes (and waits for) quotes only
        which = 1 if kind is ExportKind.QUOTES and not self.is_qdpx() else 0
        counts = {i: self._pending.get(i, (0, 0))[which] for i in self.selected_ids()}
        ids = [i for i, n in counts.items() if n]
        waiting = sum(counts.values())
        self._review_first = ids[0] if len(ids) == 1 else None
        if waiting == 0:
            self.pending.setText(self.tr("Pseudonymiseringen är granskad – inga fynd väntar."))
            set_tone(self.pending, SUCCESS)
            self.pending.setStyleSheet("")
        else:
            text = count_text(
                waiting,
                self.tr("1 fynd väntar på granskning ({codes})."),
                self.tr("{n} fynd väntar på granskning ({codes})."),
            )
            text += " " + self.tr("Exporten går inte förrän de är beslutade.")
            codes = ", ".join(self._codes[i] for i in ids)
            self.pending.setText(text.replace("{n}", str(waiting)).replace("{codes}", codes))
            set_tone(self.pending, WARNING)
            self.pending.setStyleSheet("font-weight: 600;")
        self.review_button.setVisible(waiting > 0)

    def _kind_changed(self) -> None:
        qdpx = self.is_qdpx()
        self.qdpx_note.setVisible(qdpx)
        self.timestamps.setVisible(False)
        self.encrypt.setText(
            self.tr("Lägg .qdpx-filen i en krypterad zip-fil med lösenord (rekommenderas)")
            if qdpx
            else self.tr("Kryptera filen med ett lösenord (rekommenderas)")
        )
        self._offer_exportable(qdpx)
        self.by_combo.setVisible(not qdpx and self.kind() is ExportKind.SURVEY)
        if qdpx:
            self.interviews.setEnabled(True)
            self.target.setText(str(self.folder / self._qdpx_name()))
            self._show_pending()
            return
        kind = self.kind()
        self.interviews.setEnabled(kind in (ExportKind.TRANSCRIPT, ExportKind.QUOTES))
        self.timestamps.setVisible(kind is ExportKind.TRANSCRIPT)
        self.by_combo.setVisible(kind is ExportKind.SURVEY)
        ids = self.selected_ids()
        code = self._codes.get(ids[0]) if kind is ExportKind.TRANSCRIPT and ids else None
        self.target.setText(str(self.folder / default_file_name(kind, code)))
        self._show_pending()

    def _offer_exportable(self, qdpx: bool) -> None:
        """A .qdpx never holds a withdrawn interview: not offered while .qdpx is chosen."""
        excluded = never_exported(self.project.db) if qdpx else set()
        for i in range(self.interviews.count()):
            item = self.interviews.item(i)
            if int(item.data(Qt.ItemDataRole.UserRole)) in excluded:
                item.setCheckState(Qt.CheckState.Unchecked)
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEnabled)

    def _qdpx_name(self) -> str:
        stem = Path(default_file_name(ExportKind.QUOTES)).stem.replace("_citat_", "_qdpx_")
        return stem + (".zip" if self.encrypt.isChecked() else ".qdpx")

    def _suffix(self) -> str:
        if self.is_qdpx():
            return ".zip" if self.encrypt.isChecked() else ".qdpx"
        return ".docx"

    def _encryption_changed(self, on: bool) -> None:
        self.password.setEnabled(on)
        self.repeat.setEnabled(on)
        self.plain_warning.setVisible(not on)
        if self.is_qdpx():  # .zip with a password, .qdpx without
            current = Path(self.target.text())
            if self.target.text() and current.suffix.lower() in (".zip", ".qdpx"):
                self.target.setText(str(current.with_suffix(self._suffix())))

    def _target_changed(self, text: str) -> None:
        cloud = cloud_sync_folder(Path(text).parent) if text else None
        self.cloud_warning.setText(
            self.tr(
                "Mappen synkas till molnet ({name}). Spara hellre lokalt, och kryptera alltid."
            ).replace("{name}", cloud or "")
        )
        self.cloud_warning.setVisible(bool(cloud))

    def _browse(self) -> None:
        # Qt's dialog, no history of export names kept (ui.widgets.file_dialogs)
        suffix = self._suffix()
        name_filter = {
            ".docx": self.tr("Word-dokument (*.docx)"),
            ".zip": self.tr("Krypterad zip-fil (*.zip)"),
            ".qdpx": self.tr("REFI-QDA-projekt (*.qdpx)"),
        }[suffix]
        chosen = file_dialogs.save_file_name(
            self, self.tr("Spara export"), self.target.text(), name_filter, suffix[1:]
        )
        if chosen:
            self.target.setText(chosen)

    def _fail(self, text: str, field: QWidget | None = None) -> None:
        clear_field_error(self.error, self.password, self.repeat, self.target, self.interviews)
        show_field_error(self.error, text, field)

    # -- export -----------------------------------------------------------------------------
    def start_export(self) -> None:
        clear_field_error(self.error, self.password, self.repeat, self.target, self.interviews)
        self.done_box.hide()
        password: str | None = None
        if self.encrypt.isChecked():
            if len(self.password.text()) < MIN_EXPORT_PASSWORD:
                self._fail(
                    self.tr("Lösenordet för filen måste ha minst {n} tecken.").replace(
                        "{n}", str(MIN_EXPORT_PASSWORD)
                    ),
                    self.password,
                )
                return
            if self.password.text() != self.repeat.text():
                self._fail(self.tr("Lösenorden är inte lika."), self.repeat)
                return
            password = self.password.text()
        path = Path(self.target.text()).expanduser()
        if path.suffix.lower() != self._suffix():
            path = path.with_suffix(self._suffix())
        needs_interviews = self.is_qdpx() or self.kind() in (
            ExportKind.TRANSCRIPT,
            ExportKind.QUOTES,
        )
        if not self.selected_ids() and needs_interviews:
            self._fail(self.tr("Välj minst en intervju."), self.interviews)
            return
        if path.exists() and not OverwriteQuestion.ask(self, path):
            return
        db = self.project.db
        self.export_button.setEnabled(False)
        if self.is_qdpx():
            ids = self.selected_ids()
            Tasks.run(
                lambda: (export_qdpx(db, path, ids, password=password), path)[1],
                self._done,
                self._failed,
                self,
                self.tr("Exporterar…"),
            )
            return
        language = str(settings().get("ui/language"))
        by = self.by_combo.currentData() if self.kind() is ExportKind.SURVEY else None
        request = ExportRequest(
            self.kind(),
            self.selected_ids(),
            password,
            timestamps=self.timestamps.isChecked(),
            by=by,
            language=language,
        )
        Tasks.run(
            lambda: export_to_file(db, request, path),
            self._done,
            self._failed,
            self,
            self.tr("Exporterar…"),
        )

    def _done(self, path: Path) -> None:
        """Say where the file went and offer its folder; the dialog stays for another export."""
        self.password.clear()
        self.repeat.clear()
        self.saved_path = path
        protected = (
            self.tr(" Den är krypterad med lösenordet du valde.")
            if self.encrypt.isChecked()
            else ""
        )
        self.done_label.setText(
            self.tr("Klart. Filen %1 är sparad i mappen %2.")
            .replace("%1", path.name)
            .replace("%2", str(path.parent))
            + protected
        )
        self.done_box.show()
        announce(self.done_label, self.done_label.text())  # focus goes to "Öppna mappen"
        self.export_button.setEnabled(True)
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Stäng"))
        cancel.setAccessibleName(self.tr("Stäng"))
        self.open_folder_button.setFocus()
        self.exported.emit(path)

    def open_folder(self) -> None:
        """The folder the file went to, in the system's file manager."""
        if self.saved_path is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.saved_path.parent)))

    def _failed(self, exc: BaseException) -> None:
        self.export_button.setEnabled(True)
        self._fail(message_for(exc))
        if isinstance(exc, UnresolvedFindings):
            # the gate names the interviews: the review opens on the first of them
            ids = exc.params.get("interview_ids") or ()
            self._review_first = next(iter(ids), None)  # type: ignore[call-overload]
            self.review_button.show()
            self.refresh_pending()


class OverwriteQuestion:
    """Replaceable in tests."""

    @classmethod
    def ask(cls, parent: QWidget, path: Path) -> bool:

        return ask(
            parent,
            parent.tr("Ersätta filen?"),
            parent.tr("{name} finns redan. Vill du ersätta den?").replace("{name}", path.name),
        )
