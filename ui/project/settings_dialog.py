"""Project settings: who does the audit, whom informants contact, how long the interview takes,
the thank-you gift and how long data is kept. The information letter, the consent page and
the receipt are filled in from these; the preview shows the letter as the informant hears it.

The contact details are the organisation's (a staff member), never an informant's.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.audit import MINUTES_RANGE, AuditSettings, audit_info, update_audit_settings
from app.errors import SamtalError
from app.interview.receipt import fill_information
from app.paths import information_template
from app.store.database import Database
from ui.errors import message_for
from ui.settings import settings
from ui.widgets.a11y import DateField
from ui.widgets.common import error_label, ok_cancel_buttons
from ui.widgets.zoom import install_zoom


class ProjectSettingsDialog(QDialog):
    """Signals:
    saved(): the settings were stored.
    """

    saved = Signal()

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_zoom(self)
        self.setObjectName("ProjectSettingsDialog")
        self.db = db
        self.audit = audit_info(db)
        self.setWindowTitle(self.tr("Projektinställningar"))
        self.setMinimumWidth(900)

        def line(value: str, name: str, placeholder: str = "") -> QLineEdit:
            edit = QLineEdit(value)
            edit.setAccessibleName(name)
            edit.setPlaceholderText(placeholder)
            edit.textChanged.connect(self._preview)
            return edit

        a = self.audit
        self.organisation = line(
            a.organisation, self.tr("Organisation"), self.tr("t.ex. Brukarrevisionsbyrån")
        )
        self.contact_name = line(a.contact_name, self.tr("Kontaktperson"), self.tr("förnamn"))
        self.contact_phone = line(a.contact_phone, self.tr("Kontaktpersonens telefon"))
        self.contact_email = line(a.contact_email, self.tr("Kontaktpersonens e-post"))
        self.gift = line(a.gift, self.tr("Tack till informanten"), self.tr("t.ex. ett presentkort"))
        self.minutes = QSpinBox()
        self.minutes.setRange(*MINUTES_RANGE)
        self.minutes.setValue(a.planned_minutes)
        self.minutes.setSuffix(self.tr(" minuter"))
        self.minutes.setAccessibleName(self.tr("Intervjuns längd i minuter"))
        self.minutes.valueChanged.connect(self._preview)
        self.has_date = QCheckBox(self.tr("Allt raderas senast:"))
        self.has_date.setAccessibleName(self.tr("Ange datum då allt raderas"))
        self.keep_until = DateField()
        self.keep_until.setCalendarPopup(True)
        self.keep_until.setDisplayFormat("yyyy-MM-dd")
        self.keep_until.setAccessibleName(self.tr("Datum då allt raderas"))
        self.keep_until.setMinimumDate(QDate.currentDate())
        if a.keep_until:
            self.keep_until.setDate(QDate.fromString(a.keep_until[:10], "yyyy-MM-dd"))
            self.has_date.setChecked(True)
        else:
            self.keep_until.setDate(QDate.currentDate().addYears(1))
        self.keep_until.setEnabled(self.has_date.isChecked())
        self.has_date.toggled.connect(self.keep_until.setEnabled)
        self.has_date.toggled.connect(self._preview)
        self.keep_until.dateChanged.connect(self._preview)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.keep_until)
        date_row.addStretch(1)

        form = QFormLayout()
        form.addRow(self._label(self.tr("&Organisation:"), self.organisation), self.organisation)
        form.addRow(self._label(self.tr("&Kontaktperson:"), self.contact_name), self.contact_name)
        form.addRow(self._label(self.tr("&Telefon:"), self.contact_phone), self.contact_phone)
        form.addRow(self._label(self.tr("&E-post:"), self.contact_email), self.contact_email)
        form.addRow(self._label(self.tr("&Intervjun tar:"), self.minutes), self.minutes)
        form.addRow(self._label(self.tr("T&ack till informanten:"), self.gift), self.gift)
        form.addRow(self.tr("Sparas:"), date_row)
        whose = QLabel(
            self.tr(
                "Kontaktuppgifterna är organisationens, till den som informanterna kan höra av "
                "sig till. Skriv aldrig en informants uppgifter här."
            )
        )
        whose.setWordWrap(True)
        when = QLabel(
            self.tr(
                "Nya intervjuer får datumet. En intervju som redan är gjord behåller datumet "
                "som står på informantens kvitto."
            )
        )
        when.setWordWrap(True)
        self.error = error_label()
        self.buttons, self.save_button = ok_cancel_buttons(self, self.tr("Spara"), self.save)
        self.save_button.setAccessibleName(self.tr("Spara projektinställningarna"))

        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(whose)
        left.addWidget(when)
        left.addStretch(1)
        left.addWidget(self.error)
        preview_title = QLabel(self.tr("Informationen till informanten blir:"))
        preview_title.setStyleSheet("font-weight: 600;")
        self.preview = QTextBrowser()
        self.preview.setAccessibleName(self.tr("Förhandsvisning av informationen"))
        self.preview.setMinimumWidth(400)
        right = QVBoxLayout()
        right.addWidget(preview_title)
        right.addWidget(self.preview, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(columns, 1)
        layout.addWidget(self.buttons)
        self.resize(980, 620)
        self._preview()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    def value(self) -> AuditSettings:
        return AuditSettings(
            organisation=self.organisation.text(),
            contact_name=self.contact_name.text(),
            contact_phone=self.contact_phone.text(),
            contact_email=self.contact_email.text(),
            planned_minutes=self.minutes.value(),
            gift=self.gift.text(),
            keep_until=(
                self.keep_until.date().toString("yyyy-MM-dd") if self.has_date.isChecked() else None
            ),
        )

    def _preview(self) -> None:
        v = self.value()
        audit = replace(
            self.audit,
            organisation=v.organisation,
            contact_name=v.contact_name,
            contact_phone=v.contact_phone,
            contact_email=v.contact_email,
            planned_minutes=v.planned_minutes,
            gift=v.gift,
            keep_until=v.keep_until,
        )
        text = self.audit.information_text or information_template(settings().get("ui/language"))
        filled = fill_information(text, audit)
        self.preview.setMarkdown(
            "\n".join("#" + ln if ln.startswith("#") else ln for ln in filled.splitlines())
        )

    def save(self) -> None:
        self.error.hide()
        try:
            self.audit = update_audit_settings(self.db, self.value())
        except SamtalError as exc:
            self.error.setText(message_for(exc))
            self.error.show()
            return
        self.saved.emit()
        self.accept()
