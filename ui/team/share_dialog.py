"""Dela: write an encrypted package of interviews (for the analysts) or a co-listener package.

The recipient is a saved mottagarnyckel (added once, see :mod:`ui.team.key_dialog`) or a
package passphrase. Writing runs off the UI thread with progress after half a second.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
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

from app.interview.records import list_interviews
from app.store.project import Project
from app.team.colisten import export_colistener
from app.team.envelope import MIN_PASSPHRASE_LENGTH, SUFFIX
from app.team.export import export_interviews, is_withdrawn
from app.team.recipients import list_recipients
from ui.errors import message_for
from ui.style.look import set_tone
from ui.style.palette import ERROR, HINT
from ui.tasks import Tasks
from ui.widgets import file_dialogs
from ui.widgets.a11y import describe_as
from ui.widgets.common import ok_cancel_buttons

ID_ROLE = Qt.ItemDataRole.UserRole
PASSPHRASE = "__passphrase__"


def default_package_folder() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


class ShareDialog(QDialog):
    """Signals:
    shared(Path): a package was written.
    keys_requested(): open the recipient-key dialog (to add a key), then call reload_keys().
    """

    shared = Signal(object)
    keys_requested = Signal()

    def __init__(
        self,
        project: Project,
        parent: QWidget | None = None,
        interview_id: int | None = None,
        folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ShareDialog")
        self.project = project
        self.folder = folder or default_package_folder()
        self.setWindowTitle(self.tr("Dela intervjuer"))
        self.setMinimumWidth(600)

        kind_box = QGroupBox(self.tr("Vad ska delas?"))
        kind_layout = QVBoxLayout(kind_box)
        self.kinds = QButtonGroup(self)
        self.interviews_kind = QRadioButton(
            self.tr("Intervjuer med allt som hör till (till analytikerna)")
        )
        self.colistener_kind = QRadioButton(
            self.tr("Medlyssnarpaket för en intervju (guide, kod, samtycke – inga anteckningar)")
        )
        for n, b in enumerate((self.interviews_kind, self.colistener_kind)):
            b.setAccessibleName(b.text())
            self.kinds.addButton(b, n)
            kind_layout.addWidget(b)

        self.all_box = QCheckBox(self.tr("Alla intervjuer"))
        self.all_box.setAccessibleName(self.tr("Markera alla intervjuer"))
        self.all_box.toggled.connect(self._all_toggled)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Intervjuer att dela"))
        self.list.setMinimumHeight(160)
        for interview in list_interviews(project.db):
            withdrawn = is_withdrawn(project.db, interview.id)
            label = f"{interview.participant_code}   {interview.held_on}"
            if withdrawn:
                label += "   " + self.tr("(samtycket återkallat – delas inte)")
            item = QListWidgetItem(label)
            item.setData(ID_ROLE, interview.id)
            item.setData(ID_ROLE + 1, interview.participant_code)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if withdrawn:
                flags &= ~Qt.ItemFlag.ItemIsEnabled
            item.setFlags(flags)
            checked = not withdrawn and interview_id in (None, interview.id)
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            if interview.id == interview_id:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemChanged.connect(lambda _i: self._update())

        self.recipient = QComboBox()
        self.recipient.setAccessibleName(self.tr("Mottagare"))
        self.recipient.currentIndexChanged.connect(lambda _i: self._update())
        self.keys_button = QPushButton(self.tr("Mottagarnycklar…"))
        self.keys_button.setAccessibleName(self.tr("Lägg till eller visa mottagarnycklar"))
        self.keys_button.clicked.connect(self.keys_requested)
        recipient_row = QHBoxLayout()
        recipient_row.addWidget(self.recipient, 1)
        recipient_row.addWidget(self.keys_button)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Lösenord för paketet"))
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat.setAccessibleName(self.tr("Upprepa lösenordet för paketet"))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        set_tone(self.hint, HINT)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, ERROR)
        describe_as(self.error, self.tr("Felmeddelande"))
        self.error.hide()

        self.form = QFormLayout()
        recipient_label = QLabel(self.tr("&Mottagare:"))
        recipient_label.setBuddy(self.recipient)
        self.form.addRow(recipient_label, recipient_row)
        self.form.addRow(self.tr("L&ösenord för paketet:"), self.passphrase)
        self.form.addRow(self.tr("&Upprepa:"), self.repeat)
        self.buttons, self.share_button = ok_cancel_buttons(
            self, self.tr("Spara paket…"), self.start
        )
        layout = QVBoxLayout(self)
        layout.addWidget(kind_box)
        layout.addWidget(self.all_box)
        layout.addWidget(self.list, 1)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kinds.idToggled.connect(self._kind_toggled)
        self.reload_keys()
        self.interviews_kind.setChecked(True)

    # -- state -----------------------------------------------------------------------------------
    def reload_keys(self) -> None:
        current = self.recipient.currentData()
        self.recipient.blockSignals(True)
        self.recipient.clear()
        for r in list_recipients(self.project.db):
            self.recipient.addItem(f"{r.label}  ({r.check_code})", r.key)
        self.recipient.addItem(
            self.tr("Inget mottagarprojekt – skydda med ett lösenord"), PASSPHRASE
        )
        index = self.recipient.findData(current)
        self.recipient.setCurrentIndex(max(0, index))
        self.recipient.blockSignals(False)
        self._update()

    def is_colistener(self) -> bool:
        return self.colistener_kind.isChecked()

    def uses_passphrase(self) -> bool:
        return bool(self.recipient.currentData() == PASSPHRASE)

    def _kind_toggled(self, _id: int, on: bool) -> None:
        if on:
            self._update()

    def checked_codes(self) -> list[str]:
        if self.is_colistener():
            item = self.list.currentItem()
            return [str(item.data(ID_ROLE + 1))] if item is not None else []
        return [
            str(self.list.item(i).data(ID_ROLE + 1))
            for i in range(self.list.count())
            if self.list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _all_toggled(self, on: bool) -> None:
        self.list.blockSignals(True)
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.flags() & Qt.ItemFlag.ItemIsEnabled:
                item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.list.blockSignals(False)
        self._update()

    def _update(self) -> None:
        passphrase = self.uses_passphrase()
        self.passphrase.setEnabled(passphrase)
        self.repeat.setEnabled(passphrase)
        self.all_box.setEnabled(not self.is_colistener())
        if self.is_colistener():
            self.hint.setText(
                self.tr(
                    "Medlyssnaren öppnar paketet i medlyssnarläge och skickar tillbaka ett "
                    "citatpaket som bara det här projektet kan öppna. Välj medlyssnarens "
                    "mottagarnyckel, eller ett lösenord som du säger till medlyssnaren."
                )
            )
        else:
            n = len(self.checked_codes())
            self.hint.setText(
                self.tr(
                    "%1 intervjuer delas, krypterade så att bara mottagaren kan öppna dem."
                ).replace("%1", str(n))
            )

    def _fail(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

    # -- writing ---------------------------------------------------------------------------------
    def start(self) -> None:
        self.error.hide()
        codes = self.checked_codes()
        if not codes:
            self._fail(self.tr("Välj minst en intervju."))
            return
        recipients: list[str] = []
        passphrase: str | None = None
        if self.uses_passphrase():
            if len(self.passphrase.text()) < MIN_PASSPHRASE_LENGTH:
                self._fail(
                    self.tr("Lösenordet för paketet måste ha minst %1 tecken.").replace(
                        "%1", str(MIN_PASSPHRASE_LENGTH)
                    )
                )
                return
            if self.passphrase.text() != self.repeat.text():
                self._fail(self.tr("Lösenorden är inte lika."))
                return
            passphrase = self.passphrase.text()
        else:
            recipients = [str(self.recipient.currentData())]
        path = self.choose_path(codes)
        if path is None:
            return
        project = self.project
        colistener = self.is_colistener()

        def work() -> Path:
            if colistener:
                export_colistener(
                    project, codes[0], path, recipients=recipients, passphrase=passphrase
                )
            else:
                export_interviews(
                    project, path, codes, recipients=recipients, passphrase=passphrase
                )
            return path

        self.share_button.setEnabled(False)
        Tasks.run(work, self._done, self._failed, self, self.tr("Krypterar paketet…"))

    def choose_path(self, codes: list[str]) -> Path | None:
        """Where to save (replaceable in tests)."""
        name = (
            f"Samtal_medlyssnare_{codes[0]}{SUFFIX}"
            if self.is_colistener()
            else f"Samtal_{len(codes)}_intervjuer{SUFFIX}"
        )
        chosen = file_dialogs.save_file_name(
            self,
            self.tr("Spara paket"),
            str(self.folder / name),
            self.tr("Samtal-paket (*.samtalpkg)"),
            "samtalpkg",
        )
        if not chosen:
            return None
        path = Path(chosen).expanduser()
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)

    def _done(self, path: Path) -> None:
        self.passphrase.clear()
        self.repeat.clear()
        self.shared.emit(path)
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.share_button.setEnabled(True)
        self._fail(message_for(exc))
