"""Issue 14: project settings feed the receipt, the information letter and the consent page;
the consent texts and the receipt in English; no recording promised while there is none.
Real dialogs over a real encrypted project; exports written and read back with python-docx."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QDate

from app.audit import audit_info
from app.export.document import ExportKind
from app.export.service import ExportRequest, export_to_file
from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import create_interview, get_interview
from tests.ui.field.helpers import consented, open_window
from ui import i18n
from ui.project.settings_dialog import ProjectSettingsDialog
from ui.session.consent_page import ConsentPage
from ui.session.new_interview import NewInterviewDialog
from ui.session.receipt_dialog import ReceiptDialog

SETTINGS = {
    "organisation": "Brukarrevisionsbyrån Test",
    "contact_name": "Karin",
    "contact_phone": "076-008 20 84",
    "contact_email": "karin@example.se",
    "gift": "ett presentkort på 100 kr",
}
UNTIL = QDate.currentDate().addYears(2)


def fill(dialog: ProjectSettingsDialog) -> None:
    for name, value in SETTINGS.items():
        getattr(dialog, name).setText(value)
    dialog.minutes.setValue(50)
    dialog.has_date.setChecked(True)
    dialog.keep_until.setDate(UNTIL)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


# -- 6. per-project settings ------------------------------------------------------------------
def test_settings_dialog_feeds_letter_consent_page_and_receipt(qtbot, session_project, tmp_path):
    db = session_project.db
    version = audit_info(db).information_version
    dialog = ProjectSettingsDialog(db)
    qtbot.addWidget(dialog)
    fill(dialog)
    assert "Karin" in dialog.preview.toPlainText()  # the letter as the informant hears it
    dialog.save_button.click()
    audit = audit_info(db)
    until = UNTIL.toString("yyyy-MM-dd")
    assert (audit.organisation, audit.contact_name, audit.contact_phone) == (
        SETTINGS["organisation"],
        "Karin",
        "076-008 20 84",
    )
    assert audit.contact_email == "karin@example.se" and audit.gift == SETTINGS["gift"]
    assert audit.planned_minutes == 50 and audit.keep_until == until
    assert audit.information_version != version  # consent records name what was said

    expected = [SETTINGS["organisation"], "Karin", "076-008 20 84", "karin@example.se"]
    expected += ["ett presentkort på 100 kr", "50 minuter", until]
    # the consent page
    interview = create_interview(db, interviewer_code="AB")
    page = ConsentPage(db, interview)
    qtbot.addWidget(page)
    shown = page.info.toPlainText()
    assert all(e in shown for e in expected), shown
    assert page.information_version == audit.information_version
    # the receipt: participant code and the deletion date the letter promises
    new = NewInterviewDialog(db)
    qtbot.addWidget(new)
    receipt = new.receipt.toPlainText()
    assert new.code in receipt and until in receipt and "karin@example.se" in receipt
    # the information letter export
    out = export_to_file(db, ExportRequest(ExportKind.CONSENT), tmp_path / "brev.docx")
    letter = docx_text(out)
    assert all(e in letter for e in expected), letter
    assert "{" not in letter


def test_settings_refuse_bad_input_and_change_nothing(qtbot, session_project):
    db = session_project.db
    before = audit_info(db)
    dialog = ProjectSettingsDialog(db)
    qtbot.addWidget(dialog)
    dialog.show()
    fill(dialog)
    dialog.contact_email.setText("karin på byrån")
    dialog.save_button.click()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "e-post" in dialog.error.text()
    assert audit_info(db) == before


def test_receipt_prints_and_saves_as_word_and_pdf(qtbot, session_project, tmp_path, monkeypatch):
    from PySide6.QtPrintSupport import QPrinter

    db = session_project.db
    dialog = ProjectSettingsDialog(db)
    qtbot.addWidget(dialog)
    fill(dialog)
    dialog.save_button.click()
    window = open_window(qtbot, session_project, consented(session_project))
    code = window.interview.participant_code
    until = get_interview(db, window.interview.id).keep_until
    assert until == UNTIL.toString("yyyy-MM-dd")
    window.menu_actions.receipt_action.trigger()
    receipt = window.receipt_dialog
    assert isinstance(receipt, ReceiptDialog)
    assert code in receipt.view.toPlainText() and until in receipt.view.toPlainText()
    targets = iter([tmp_path / "kvitto.docx", tmp_path / "kvitto.pdf"])
    monkeypatch.setattr(ReceiptDialog, "ask_path", classmethod(lambda cls, *a: str(next(targets))))
    receipt.docx_button.click()
    text = docx_text(tmp_path / "kvitto.docx")
    assert code in text and until in text and "076-008 20 84" in text
    assert str(tmp_path / "kvitto.docx") in receipt.status.text()
    receipt.pdf_button.click()
    pdf = (tmp_path / "kvitto.pdf").read_bytes()
    assert pdf.startswith(b"%PDF") and pdf.rstrip().endswith(b"%%EOF")
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(tmp_path / "utskrift.pdf"))
    monkeypatch.setattr(ReceiptDialog, "ask_printer", classmethod(lambda cls, parent: printer))
    receipt.print_button.click()
    assert (tmp_path / "utskrift.pdf").read_bytes().startswith(b"%PDF")
    receipt.close()  # window-modal: left open, it would be the parent of the next test's dialogs


# -- 7. consent texts and receipt in English ----------------------------------------------------
@pytest.fixture
def english():
    assert i18n.install("en")
    from ui.settings import settings

    settings().set("ui/language", "en")
    yield
    settings().set("ui/language", "sv")
    i18n.install("sv")


def test_consent_checklist_texts_and_receipt_in_english(qtbot, session_project, english):
    db = session_project.db
    interview = create_interview(db, interviewer_code="AB")
    page = ConsentPage(db, interview)
    qtbot.addWidget(page)
    labels = {key: row.label.text() for key, row in page.rows.items()}
    assert labels["informed_purpose"] == "The purpose of the interview has been explained"
    swedish = ("Samtycker", "Informanten", "Syftet", "Att delta", "Vill se", "Det är")
    assert not any(label.startswith(swedish) for label in labels.values()), labels
    assert page.info.toPlainText().startswith("Information for you who are being interviewed")
    assert page.start_button.text() == "Save consent and start the interview"
    new = NewInterviewDialog(db)
    qtbot.addWidget(new)
    assert new.receipt.toPlainText().startswith("Receipt for your interview")
    new.show_receipt()
    assert new.receipt_dialog.windowTitle() == "Receipt for the informant"
    assert new.receipt_dialog.print_button.text() == "Print…"


# -- 12. a recording only where one can be made, and named only when consented to -------------
def test_consent_record_promises_a_recording_only_where_one_can_be_made(
    qtbot, session_project, tmp_path
):
    db = session_project.db
    interview = create_interview(db, interviewer_code="AB")
    # a computer that cannot record: no recording line, no recording promised
    page = ConsentPage(db, interview, recording=False)
    qtbot.addWidget(page)
    texts = [row.label.text().lower() for row in page.rows.values()]
    texts += [page.info.toPlainText().lower()]
    assert not any("inspelning" in t or "spelar vi in" in t for t in texts)
    assert "consent_audio" not in page.boxes
    # where it can: the lines are there, and what was ticked is recorded
    page = ConsentPage(db, interview, recording=True)
    qtbot.addWidget(page)
    assert "spelar vi in" in page.info.toPlainText()
    assert page.boxes["consent_audio"].accessibleName() == "Samtycker till ljudinspelning"
    assert page.rows["consent_audio"].label.text() == "Samtycker till ljudinspelning"
    for key, box in page.boxes.items():
        box.setChecked(key != "quotes_after_review")
    page.auditor.setText("AB")
    assert page.record() is not None
    # the transcript names a recording only when the informant consented to one
    out = export_to_file(
        db, ExportRequest(ExportKind.TRANSCRIPT, (interview.id,)), tmp_path / "med.docx"
    )
    assert "ljudinspelning" in docx_text(out).lower()
    other = create_interview(db, interviewer_code="AB")
    record_consent(db, other.id, ConsentRecord.all_required("AB"))
    out = export_to_file(
        db, ExportRequest(ExportKind.TRANSCRIPT, (other.id,)), tmp_path / "utan.docx"
    )
    assert "ljudinspelning" not in docx_text(out).lower()
    # an informant who consented keeps the lines on a computer without a microphone
    from ui.session.consent_page import offers_recording

    assert (
        offers_recording(db, interview.id) and "consent_audio" in ConsentPage(db, interview).boxes
    )


# -- 11. text details ---------------------------------------------------------------------------
def test_cannot_be_recovered_is_a_real_warning(qtbot, tmp_path):
    from PySide6.QtWidgets import QLabel

    from tests.ui.field.helpers import contrast
    from ui.start.new_project import NewProjectDialog

    dialog = NewProjectDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    labels = [w for w in dialog.findChildren(QLabel) if "kan inte återställas" in w.text()]
    assert len(labels) == 1 and labels[0].isVisible()
    assert contrast(labels[0]) >= 4.5


def test_undo_entries_read_as_sentences(qtbot):
    from app.guide.jsonformat import load_guide
    from app.paths import default_guide_path
    from tests.ui.session_helpers import type_text
    from ui.guide.editor import GuideEditor

    editor = GuideEditor(load_guide(default_guide_path()))
    qtbot.addWidget(editor)
    editor.show()
    guide = editor.model.guide
    under_tiden = guide.sections[1]
    q7 = next(q for q in under_tiden.questions if q.number == "7")
    editor.tree.setCurrentIndex(editor.model.index_of(q7))
    editor.question_text.setFocus()
    type_text(editor.question_text, " Berätta")
    editor.add_question_action.trigger()
    editor.tree.setCurrentIndex(editor.model.index_of(under_tiden.questions[0].follow_ups[0]))
    editor.remove_action.trigger()
    stack = editor.undo_stack
    entries = [stack.text(i) for i in range(stack.count())]
    assert entries == [
        "Ändrade texten i fråga Under tiden · 7.",
        "Lade till en fråga i avsnittet ”Under tiden”.",
        "Tog bort följdfrågan ”Vad behöver du göra?”.",
    ]
    assert editor.undo_action.toolTip() == "Ångra: Tog bort följdfrågan ”Vad behöver du göra?”."
    assert editor.undo_action.text() == "Ångra"


def test_review_says_why_in_plain_words(qtbot, project_with_guide):
    import re

    from PySide6.QtWidgets import QApplication

    from app.pseudonymise.engine import Pseudonymiser
    from app.pseudonymise.rules import known_rules, rule_sentence
    from tests.unit.test_export import audit as make_audit
    from ui.review.window import ReviewWindow

    project, a, _b = make_audit.__wrapped__(project_with_guide)
    window = ReviewWindow(project, a)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    # the project-wide review reads its findings in the background, then shows the first
    qtbot.waitUntil(lambda: bool(window.why.text()), timeout=60_000)
    why = window.why.text()
    assert why and "_" not in why and "säkerhet" not in why and "regel" not in why
    assert not re.search(r"\d\.\d\d", why)  # no score
    assert rule_sentence("hyphenated_name") == "Ett dubbelnamn med bindestreck."
    # every rule the engine gives on a text full of things to find has its own sentence
    text = (
        "Hon sa att Anna-Lena och Hans ringde. Han eller hon bor på Storgatan 12, 753 20 Uppsala. "
        "Ring 070-123 45 67 eller skriv till anna@example.se. Pnr 19811218-9876. "
        "Hans bror träffade Kjellberg. Sedan kom Mohammed och hans dotter."
    )
    rules = {f.rule for f in Pseudonymiser().analyse(text)}
    assert rules and rules <= known_rules(), rules - known_rules()
    assert all(rule_sentence(r, "en") != rule_sentence(r) for r in rules)


def test_review_says_why_in_english(qtbot, project_with_guide, english):
    from app.pseudonymise.rules import rule_sentence
    from tests.unit.test_export import audit as make_audit
    from ui.review.window import ReviewWindow

    project, a, _b = make_audit.__wrapped__(project_with_guide)
    window = ReviewWindow(project, a)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: bool(window.why.text()), timeout=60_000)
    item = window.current_item()
    assert item is not None
    why = window.why.text()
    english_why = rule_sentence(item.finding.rule, "en", str(item.finding.kind))
    assert why.endswith(": " + english_why), why
    assert english_why != rule_sentence(item.finding.rule, "sv", str(item.finding.kind))
    assert " in " in why and " i " not in why  # the frame around it is English too
