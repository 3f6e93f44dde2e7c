"""Small dialogs of the audio room. Each modal question has a ``classmethod ask`` that tests
replace (the house rule for modal dialogs)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QMessageBox,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.audio.records import AudioDeletionReason
from ui.audio.keys import ACTIONS, TranscriptionKeys, label
from ui.style.look import set_tone
from ui.style.palette import ERROR


class DeleteAudioDialog(QDialog):
    """ "Radera ljudet": who and why; explains that it cannot be undone."""

    def __init__(self, auditor_code: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Radera ljudet"))
        text = QLabel(
            self.tr(
                "Alla ljudfiler för intervjun tas bort ur projektet. Det går inte att ångra. "
                "Utskriften och anteckningarna finns kvar, och raderingsloggen får en rad med "
                "kod, tid, vem och varför – inget innehåll."
            )
        )
        text.setWordWrap(True)
        self.auditor = QLineEdit(auditor_code)
        self.auditor.setMaxLength(12)
        self.auditor.setAccessibleName(self.tr("Din kod"))
        self.reason = QComboBox()
        self.reason.setAccessibleName(self.tr("Skäl"))
        for value, name in (
            (AudioDeletionReason.TRANSCRIBED, self.tr("Utskriften är klar")),
            (AudioDeletionReason.RETENTION, self.tr("Gallring enligt tidsgräns")),
            (AudioDeletionReason.ERROR, self.tr("Felaktig inspelning")),
        ):
            self.reason.addItem(name, str(value))
        form = QFormLayout()
        form.addRow(self.tr("Din kod (initialer):"), self.auditor)
        form.addRow(self.tr("Skäl:"), self.reason)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Radera ljudet"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.auditor.textChanged.connect(lambda t: ok.setEnabled(bool(t.strip())))
        ok.setEnabled(bool(auditor_code.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, auditor_code: str) -> tuple[str, str] | None:
        """(auditor code, reason) or None."""
        d = cls(auditor_code, parent)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        return d.auditor.text().strip(), str(d.reason.currentData())


class KeysDialog(QDialog):
    """The transcription keys and jump sizes."""

    def __init__(self, keys: TranscriptionKeys, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tangenter för transkribering"))
        self.edits: dict[str, QKeySequenceEdit] = {}
        form = QFormLayout()
        for a in ACTIONS:
            edit = QKeySequenceEdit(keys.sequence(a.name))
            edit.setMaximumSequenceLength(1)
            edit.setClearButtonEnabled(True)
            edit.setAccessibleName(label(a))
            self.edits[a.name] = edit
            form.addRow(label(a) + ":", edit)
        self.step = QSpinBox()
        self.step.setRange(1, 30)
        self.step.setSuffix(" s")
        self.step.setValue(max(1, keys.step_ms // 1000))
        self.step.setAccessibleName(self.tr("Hopp bakåt/framåt"))
        self.step_back = QSpinBox()
        self.step_back.setRange(0, 10_000)
        self.step_back.setSingleStep(250)
        self.step_back.setSuffix(" ms")
        self.step_back.setValue(keys.step_back_ms)
        self.step_back.setAccessibleName(self.tr("Tillbaka vid paus"))
        form.addRow(self.tr("Hopp bakåt/framåt:"), self.step)
        form.addRow(self.tr("Tillbaka vid paus:"), self.step_back)
        self.error = QLabel()
        set_tone(self.error, ERROR)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Avbryt"))
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).setText(self.tr("Standard"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(
            self._defaults
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def result_keys(self) -> TranscriptionKeys:
        return TranscriptionKeys(
            {name: e.keySequence().toString() for name, e in self.edits.items()},
            self.step.value() * 1000,
            self.step_back.value(),
        )

    def _defaults(self) -> None:
        d = TranscriptionKeys.defaults()
        for name, edit in self.edits.items():
            edit.setKeySequence(d.sequence(name))
        self.step.setValue(d.step_ms // 1000)
        self.step_back.setValue(d.step_back_ms)

    def _accept(self) -> None:
        clashes = self.result_keys().conflicts()
        if clashes:
            self.error.setText(
                self.tr("Samma tangent används två gånger: %1").replace("%1", ", ".join(clashes))
            )
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, keys: TranscriptionKeys) -> TranscriptionKeys | None:
        d = cls(keys, parent)
        return d.result_keys() if d.exec() == QDialog.DialogCode.Accepted else None


class RemoveOriginal:
    """After an import: offer to remove the original file, and say what it cannot reach."""

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> bool:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(box.tr("Ljudet är importerat"))
        box.setText(
            box.tr("Ljudet finns nu krypterat i projektet. Ta bort originalfilen %1?").replace(
                "%1", path.name
            )
        )
        box.setInformativeText(
            box.tr(
                "Andra kopior – i inspelaren, på minneskortet, i molnet, i e-post eller i "
                "papperskorgen – måste du själv ta bort."
            )
        )
        remove = box.addButton(box.tr("Ta bort originalet"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(box.tr("Behåll"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        return box.clickedButton() is remove


class ReplaceOrAppend:
    """The transcript already has text: replace it, append, or cancel."""

    @classmethod
    def ask(cls, parent: QWidget | None, what: str) -> str | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(what)
        box.setText(box.tr("Utskriften har redan text. Vad ska hända med den?"))
        append = box.addButton(box.tr("Lägg till sist"), QMessageBox.ButtonRole.AcceptRole)
        replace = box.addButton(box.tr("Ersätt"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(box.tr("Avbryt"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        return "append" if clicked is append else "replace" if clicked is replace else None
