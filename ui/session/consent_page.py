"""Consent before anything else: the information text, then the checklist ticked together.

The start button stays disabled until every required item is ticked and an auditor code is
given. Recording again appends a new consent record (the newest one counts); withdrawal is
recorded with time and auditor code. Nothing of this text is logged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamtalError
from app.interview.consent import (
    RECORDING_AVAILABLE,
    ConsentMethod,
    ConsentRecord,
    current_consent,
    offered_items,
    record_consent,
)
from app.interview.receipt import information_text
from app.interview.records import Interview
from app.paths import information_template
from app.store.database import Database
from ui.errors import message_for
from ui.session.runner_page import FollowUpRow
from ui.settings import settings
from ui.widgets.a11y import announce, describe_as, show_field_error
from ui.widgets.common import error_label


def consent_labels() -> dict[str, str]:
    """The checklist's lines in the UI language (literal strings, so the translation tool
    finds them in the ``ConsentPage`` context)."""

    return {
        "informed_purpose": QCoreApplication.translate(
            "ConsentPage", "Syftet med intervjun är förklarat"
        ),
        "informed_confidentiality": QCoreApplication.translate(
            "ConsentPage", "Konfidentialitet: inga namn sparas, rapporten pseudonymiseras"
        ),
        "informed_voluntary": QCoreApplication.translate(
            "ConsentPage", "Det är frivilligt att delta"
        ),
        "informed_withdraw": QCoreApplication.translate(
            "ConsentPage", "Informanten kan avbryta när som helst utan att säga varför"
        ),
        "informed_no_effect": QCoreApplication.translate(
            "ConsentPage", "Att delta påverkar inte kontakten med eller stödet från verksamheten"
        ),
        "consent_notes": QCoreApplication.translate(
            "ConsentPage", "Samtycker till att vi antecknar"
        ),
        "consent_audio": QCoreApplication.translate("ConsentPage", "Samtycker till ljudinspelning"),
        "informed_audio_deleted": QCoreApplication.translate(
            "ConsentPage", "Informerad om att inspelningen raderas när den skrivits ut"
        ),
        "consent_quotes": QCoreApplication.translate(
            "ConsentPage", "Samtycker till pseudonymiserade citat i rapporten"
        ),
        "quotes_after_review": QCoreApplication.translate(
            "ConsentPage", "Vill se citaten innan de används"
        ),
        "consent_special_category": QCoreApplication.translate(
            "ConsentPage", "Samtycker till att känsliga uppgifter (t.ex. hälsa) antecknas"
        ),
    }


def offers_recording(db: Database, interview_id: int) -> bool:
    """The recording lines: where this computer can record, or where the informant's consent
    already covers a recording (so it can be seen and taken back)."""
    consent = current_consent(db, interview_id)
    if consent is not None and consent.consent_audio:
        return True
    if not RECORDING_AVAILABLE:
        return False
    from ui.session.recording import recording_possible

    return recording_possible()


class ConsentPage(QWidget):
    """Signals:
    consent_recorded(object): a :class:`ConsentRecord` was stored; the session may start.
    withdraw_requested(): the informant takes back their consent, or declines to take part
        (the withdrawal flow, :class:`ui.security.withdrawal.WithdrawalDialog`, takes over).
    """

    consent_recorded = Signal(object)
    withdraw_requested = Signal()

    def __init__(
        self,
        db: Database,
        interview: Interview,
        parent: QWidget | None = None,
        recording: bool | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.interview = interview
        self.setObjectName("ConsentPage")
        if recording is None:
            recording = offers_recording(db, interview.id)
        self.recording = recording
        # nothing about a recording where this computer cannot record (the record promises
        # nothing the app does not do), unless the informant already consented to one
        text, self.information_version = information_text(
            db, lambda: information_template(settings().get("ui/language")), recording=recording
        )
        self.info = QTextBrowser()
        # one heading level down: the panel is narrow, an H1 would fill it
        self.info.setMarkdown(
            "\n".join("#" + line if line.startswith("#") else line for line in text.splitlines())
        )
        self.info.setOpenLinks(False)
        self.info.setAccessibleName(self.tr("Information till informanten"))
        self.info.setMinimumWidth(320)

        self.heading = QLabel(self.tr("Samtycke – gå igenom punkterna tillsammans med informanten"))
        self.heading.setWordWrap(True)
        self.heading.setStyleSheet("font-size: 15pt; font-weight: 600;")
        labels = consent_labels()
        self.boxes: dict[str, QCheckBox] = {}
        required_box = QGroupBox(self.tr("Krävs för att börja"))
        optional_box = QGroupBox(self.tr("Frivilligt"))
        rl = QVBoxLayout(required_box)
        ol = QVBoxLayout(optional_box)
        # each point wraps (a check box's own text does not: at 150 % it ran out of the pane);
        # the box is named by its text, and a click on the text ticks it
        self.rows: dict[str, FollowUpRow] = {}
        for item in offered_items(recording):
            row = FollowUpRow(labels[item.key], "")
            box = row.box
            box.setAccessibleName(labels[item.key])
            box.setObjectName(item.key)
            box.toggled.connect(self._update)
            self.boxes[item.key] = box
            self.rows[item.key] = row
            (rl if item.required else ol).addWidget(row)
        self.rows["quotes_after_review"].setEnabled(False)
        self.boxes["consent_quotes"].toggled.connect(self.rows["quotes_after_review"].setEnabled)

        self.method = QComboBox()
        self.method.addItem(self.tr("Muntligt"), ConsentMethod.ORAL.value)
        self.method.addItem(
            self.tr("Skriftligt (pappersblanketten förvaras utanför programmet)"),
            ConsentMethod.WRITTEN.value,
        )
        self.method.setAccessibleName(self.tr("Hur samtycket gavs"))
        self.auditor = QLineEdit(interview.interviewer_code)
        self.auditor.setMaxLength(12)
        self.auditor.setAccessibleName(self.tr("Revisorskod"))
        self.auditor.textChanged.connect(self._update)
        self.auditor.returnPressed.connect(self._enter_in_code)  # Enter starts, as the button
        self.time_label = QLabel(QDateTime.currentDateTime().toString("yyyy-MM-dd HH:mm"))
        describe_as(self.time_label, self.tr("Tidpunkt"))
        form = QFormLayout()
        form.addRow(self.tr("Samtycket gavs:"), self.method)
        form.addRow(self.tr("&Revisorskod:"), self.auditor)
        form.addRow(self.tr("Tid:"), self.time_label)

        self.status = QLabel()
        self.status.setWordWrap(True)
        describe_as(self.status, self.tr("Samtyckets status"))
        self.error = error_label()
        self.start_button = QPushButton(self.tr("Spara samtycket och starta intervjun"))
        self.start_button.setAccessibleName(self.tr("Spara samtycket och starta intervjun"))
        self.start_button.setMinimumHeight(44)
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.record)
        self.withdraw_button = QPushButton(self.tr("Informanten tar tillbaka sitt samtycke…"))
        self.withdraw_button.setAccessibleName(self.tr("Registrera att samtycket tas tillbaka"))
        self.withdraw_button.clicked.connect(self.withdraw_requested)
        self.decline_button = QPushButton(self.tr("Informanten vill inte delta…"))
        self.decline_button.setAccessibleName(
            self.tr("Informanten vill inte delta: ta bort intervjun")
        )
        self.decline_button.clicked.connect(self.withdraw_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.start_button)
        buttons.addStretch(1)
        buttons.addWidget(self.decline_button)
        buttons.addWidget(self.withdraw_button)

        checklist = QWidget()
        cl = QVBoxLayout(checklist)
        cl.addWidget(self.heading)
        cl.addWidget(required_box)
        cl.addWidget(optional_box)
        cl.addLayout(form)
        cl.addStretch(1)
        scroll = QScrollArea()
        scroll.setAccessibleName(self.tr("Samtyckets punkter"))
        scroll.setWidgetResizable(True)
        scroll.setWidget(checklist)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.info)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([560, 760])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.load_current()

    def load_current(self) -> None:
        """Show the newest stored consent (editing it records a new one)."""
        consent = current_consent(self.db, self.interview.id)
        if consent is not None and consent.active:
            for key, box in self.boxes.items():
                box.setChecked(bool(getattr(consent, key)))
            self.auditor.setText(consent.auditor_code)
            self.method.setCurrentIndex(max(0, self.method.findData(consent.method.value)))
            self.start_button.setText(self.tr("Spara samtycket och fortsätt"))
            self.start_button.setAccessibleName(self.tr("Spara samtycket och fortsätt"))
        self.withdraw_button.setEnabled(consent is not None and consent.active)
        self.withdraw_button.setVisible(consent is not None)
        self.decline_button.setVisible(consent is None)
        self._update()

    def record_from_boxes(self) -> ConsentRecord:
        record = ConsentRecord(
            auditor_code=self.auditor.text().strip().upper(),
            method=ConsentMethod(str(self.method.currentData())),
            information_version=self.information_version,
        )
        for key, box in self.boxes.items():
            setattr(record, key, box.isChecked() and box.isEnabled())
        return record

    def _update(self) -> None:
        record = self.record_from_boxes()
        missing = record.missing_required()
        ok = not missing and bool(record.auditor_code)
        self.start_button.setEnabled(ok)
        if missing:
            self.status.setText(
                self.tr("1 obligatorisk punkt återstår.")
                if len(missing) == 1
                else self.tr("{n} obligatoriska punkter återstår.").replace(
                    "{n}", str(len(missing))
                )
            )
        elif not record.auditor_code:
            self.status.setText(self.tr("Skriv revisorns kod (initialer)."))
        else:
            self.status.setText(self.tr("Allt som krävs är ibockat."))

    def record(self) -> ConsentRecord | None:
        if not self.start_button.isEnabled():
            return None
        record = self.record_from_boxes()
        try:
            record_consent(self.db, self.interview.id, record)
        except SamtalError as exc:
            show_field_error(self.error, message_for(exc), self.auditor)
            return None
        self.error.hide()
        self.withdraw_button.setEnabled(True)
        self.withdraw_button.show()
        self.decline_button.hide()
        self.consent_recorded.emit(record)
        return record

    def _enter_in_code(self) -> None:
        if self.start_button.isEnabled():
            self.start_button.click()
        else:  # say what is still missing (the start button cannot be pressed yet)
            announce(self.status, self.status.text(), assertive=True)

    def show_withdrawn(self) -> None:
        """The consent was withdrawn (through the withdrawal flow)."""
        self.withdraw_button.setEnabled(False)
        self.status.setText(self.tr("Samtycket är tillbakataget."))

    def clear_for_lock(self) -> None:
        self.info.clear()
        self.info.document().clearUndoRedoStacks()
