"""New interview: a fresh participant code (large, with a receipt), mode, date and auditor codes."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.audit import audit_info
from app.errors import SamtalError
from app.interview.background import list_variables, set_background
from app.interview.codes import new_participant_code, spoken
from app.interview.receipt import receipt, receipt_text
from app.interview.records import Interview, Mode, create_interview, exists
from app.store.database import Database
from ui.errors import message_for
from ui.session.background_fields import BackgroundFields
from ui.settings import settings
from ui.style.look import set_tone
from ui.style.palette import HINT
from ui.widgets.a11y import DateField, describe_as, show_field_error
from ui.widgets.common import error_label, ok_cancel_buttons
from ui.widgets.labels import mode_name


class NewInterviewDialog(QDialog):
    """Signals:
    created(object): the new :class:`Interview`.
    """

    created = Signal(object)

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.interview: Interview | None = None
        self.setObjectName("NewInterviewDialog")
        self.setWindowTitle(self.tr("Ny intervju"))
        self.setMinimumWidth(620)
        self.code = new_participant_code(lambda c: exists(db, c))
        self.audit = audit_info(db)
        self.audit_name = self.audit.name
        self.keep_until = self.audit.keep_until

        code_title = QLabel(self.tr("Deltagarkod"))
        set_tone(code_title, HINT)
        self.code_label = QLabel(self.code)
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 2.6)
        font.setBold(True)
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.code_label.setFont(font)
        self.code_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # read as shown ("PKW-M4R"), then spelt out
        describe_as(self.code_label, self.tr("Deltagarkod: %1").replace("%1", spoken(self.code)))
        self.spoken_label = QLabel(self.tr("Utläst: %1").replace("%1", spoken(self.code)))
        self.receipt = QPlainTextEdit(
            receipt_text(self.code, self.audit, self.keep_until, settings().get("ui/language"))
        )
        self.receipt.setReadOnly(True)
        self.receipt.setAccessibleName(self.tr("Kvitto till informanten"))
        self.receipt.setTabChangesFocus(True)
        self.receipt.setMinimumHeight(130)
        self.receipt.setMaximumHeight(170)
        receipt_hint = QLabel(
            self.tr(
                "Läs upp eller skriv ut kvittot åt informanten. Med koden kan hen ta tillbaka "
                "sitt samtycke utan att uppge sitt namn."
            )
        )
        receipt_hint.setWordWrap(True)
        self.receipt_button = QPushButton(self.tr("Skriv ut eller spara kvittot…"))
        self.receipt_button.setAccessibleName(self.tr("Skriv ut eller spara kvittot"))
        self.receipt_button.clicked.connect(self.show_receipt)

        self.mode = QComboBox()
        for m in Mode:
            self.mode.addItem(mode_name(m.value), m.value)
        self.mode.setAccessibleName(self.tr("Intervjuform"))
        self.held_on = DateField(QDate.currentDate())
        self.held_on.setCalendarPopup(True)
        self.held_on.setDisplayFormat("yyyy-MM-dd")
        self.held_on.setAccessibleName(self.tr("Datum"))
        self.interviewer = QLineEdit()
        self.interviewer.setMaxLength(12)
        self.interviewer.setPlaceholderText(self.tr("initialer, t.ex. AB"))
        self.interviewer.setAccessibleName(self.tr("Intervjuarens kod"))
        self.co_listener = QLineEdit()
        self.co_listener.setMaxLength(12)
        self.co_listener.setPlaceholderText(self.tr("initialer, t.ex. CD"))
        self.co_listener.setAccessibleName(self.tr("Medlyssnarens kod"))
        form = QFormLayout()
        form.addRow(self.tr("&Form:"), self.mode)
        form.addRow(self.tr("&Datum:"), self.held_on)
        form.addRow(self.tr("&Intervjuare:"), self.interviewer)
        form.addRow(self.tr("&Medlyssnare:"), self.co_listener)
        # Background variables (coarse categories; can also be set later).
        self.background = BackgroundFields(list_variables(db))
        self.background.setVisible(bool(self.background.variables))

        self.error = error_label()
        self.buttons, self.ok_button = ok_cancel_buttons(
            self, self.tr("Vidare till samtycke"), self._create
        )

        layout = QVBoxLayout(self)
        layout.setSpacing(10)
        layout.addWidget(code_title)
        layout.addWidget(self.code_label)
        layout.addWidget(self.spoken_label)
        layout.addWidget(self.receipt)
        layout.addWidget(receipt_hint)
        layout.addWidget(self.receipt_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addLayout(form)
        layout.addWidget(self.background)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.interviewer.setFocus()

    def show_receipt(self) -> None:
        from ui.session.receipt_dialog import ReceiptDialog

        self.receipt_dialog = ReceiptDialog(
            receipt(self.code, self.audit, self.keep_until, settings().get("ui/language")), self
        )
        self.receipt_dialog.open()

    def _create(self) -> None:
        try:
            with self.db.atomic():  # the interview and its background, or neither
                self.interview = create_interview(
                    self.db,
                    mode=str(self.mode.currentData()),
                    held_on=date.fromisoformat(self.held_on.date().toString("yyyy-MM-dd")),
                    interviewer_code=self.interviewer.text().strip().upper(),
                    co_listener_code=self.co_listener.text().strip().upper(),
                    participant_code=self.code,
                )
                set_background(self.db, self.interview.id, self.background.values())
        except SamtalError as exc:
            show_field_error(self.error, message_for(exc), self.interviewer)
            return
        self.created.emit(self.interview)
        self.accept()
