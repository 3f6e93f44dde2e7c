"""Preferences: the language, how soon the project locks itself, how long copied text
stays, and high contrast (applied at once to every window)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import LANGUAGES
from ui.settings import LIMITS, settings
from ui.style import look
from ui.style.palette import HINT
from ui.widgets.zoom import install_zoom


class PreferencesDialog(QDialog):
    """Signals:
    changed(): the settings were saved (the idle watcher picks up the new time).
    language_chosen(str): the user picked another language ("sv" or "en"); it is saved.
    """

    changed = Signal()
    language_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_zoom(self)  # Ctrl+= / Ctrl+− text size, as in every window
        self.setWindowTitle(self.tr("Inställningar"))
        self.setMinimumWidth(460)
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self._language_shown = settings().get("ui/language")
        self.language.setCurrentIndex(max(0, self.language.findData(self._language_shown)))
        self.language.setAccessibleName(self.tr("Språk"))
        self.idle_minutes = self._spin("security/idle_lock_minutes", self.tr(" min"))
        self.idle_minutes.setAccessibleName(self.tr("Lås efter så många minuter utan aktivitet"))
        self.clipboard_seconds = self._spin("security/clipboard_clear_seconds", self.tr(" s"))
        self.clipboard_seconds.setAccessibleName(self.tr("Töm urklipp efter så många sekunder"))
        self.high_contrast = QCheckBox(self.tr("&Hög kontrast: svart text på vitt, tydliga ramar"))
        self.high_contrast.setAccessibleName(self.tr("Hög kontrast"))
        self.high_contrast.setAccessibleDescription(
            self.tr("Svart text på vitt (vit på svart med mörkt tema) och en tjockare fokusram")
        )
        self.high_contrast.setChecked(bool(settings().get("ui/high_contrast")))
        form = QFormLayout()
        form.addRow(self.tr("&Språk:"), self.language)
        form.addRow(self.tr("&Lås projektet efter inaktivitet:"), self.idle_minutes)
        form.addRow(self.tr("&Töm kopierad text efter:"), self.clipboard_seconds)
        form.addRow(self.high_contrast)
        hint = QLabel(
            self.tr(
                "Projektet låses också när datorn går i viloläge eller skärmen låses, och "
                "när du trycker Ctrl+L. Kopierad text märks så att urklippshistorik inte "
                "sparar den, och töms när projektet låses eller Samtal avslutas."
            )
        )
        hint.setWordWrap(True)
        look.set_tone(hint, HINT)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Spara"))
        save.setAccessibleName(self.tr("Spara inställningarna"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Avbryt"))
        cancel.setAccessibleName(self.tr("Avbryt utan att spara"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)

    @staticmethod
    def _spin(key: str, suffix: str) -> QSpinBox:
        lo, hi = LIMITS[key]
        spin = QSpinBox()
        spin.setRange(lo, hi)
        spin.setSuffix(suffix)
        spin.setValue(int(settings().get(key)))
        return spin

    def save(self) -> None:
        language = self.language.currentData()
        if language != self._language_shown:  # a choice: from now on it wins over the system's
            settings().set("ui/language", language)
        settings().set("security/idle_lock_minutes", self.idle_minutes.value())
        settings().set("security/clipboard_clear_seconds", self.clipboard_seconds.value())
        high = self.high_contrast.isChecked()
        settings().set("ui/high_contrast", high)
        settings().sync()
        app = QApplication.instance()
        if isinstance(app, QApplication) and high != look.high_contrast_active():
            look.apply(app, high)
        self.changed.emit()
        if language != self._language_shown:
            self.language_chosen.emit(language)
        self.accept()
