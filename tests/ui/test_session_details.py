"""Session details on real widgets: accessibility, autosave, disk full, lock, finish, withdraw."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.errors import DiskFull
from app.interview.autosave import save_batch
from app.interview.consent import ConsentRecord, current_consent, record_consent
from app.interview.notes import get_note
from app.interview.records import create_interview, get_interview
from app.store import Project
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import CTRL, key, type_text
from ui.app_controller import AppController
from ui.session.new_interview import NewInterviewDialog
from ui.session.quote_panel import QuoteDock
from ui.session.window import SessionWindow
from ui.settings import settings

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QTextEdit,
    QPlainTextEdit,
    QComboBox,
    QAbstractItemView,
    QDateEdit,
)


def consented(project: Project, quotes: bool = True) -> int:
    interview = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    record_consent(
        project.db,
        interview.id,
        ConsentRecord.all_required("AB", consent_quotes=quotes),
    )
    return interview.id


def open_window(qtbot, project: Project, interview_id: int) -> SessionWindow:
    window = SessionWindow(project, interview_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for w in [root, *root.findChildren(QWidget)]:
        if isinstance(w, INTERACTIVE) and not w.isHidden() and not w.accessibleName().strip():
            if w.objectName().startswith("qt_") or type(w).__name__.startswith("QCalendar"):
                continue  # Qt's own internals (scroll-area viewports, spin box line edits)
            if isinstance(w.parent(), (QComboBox, QDateEdit)) or w.window() is not root.window():
                continue  # a combo box's own popup list
            missing.append(
                f"{type(w).__name__}:{w.objectName()}:{getattr(w, 'text', lambda: '')()}"
            )
    return missing


def test_every_control_has_an_accessible_name(qtbot, session_project):
    dialog = NewInterviewDialog(session_project.db)
    qtbot.addWidget(dialog)
    assert unnamed(dialog) == []
    new = create_interview(session_project.db, interviewer_code="AB")
    window = open_window(qtbot, session_project, new.id)
    assert window.stack.currentWidget() is window.consent_page
    assert unnamed(window) == []
    interview_id = consented(session_project)
    window.close()
    window = open_window(qtbot, session_project, interview_id)
    window.toggle_quote_window()
    assert isinstance(window.quote_window, QuoteDock)
    assert unnamed(window) == [] and unnamed(window.quote_window) == []
    window.toggle_quote_window()
    window.show_summary()
    assert unnamed(window) == []
    window.close()


def test_autosave_within_a_second_while_typing(qtbot, session_project):
    interview_id = consented(session_project)
    window = open_window(qtbot, session_project, interview_id)
    assert window.autosaver.interval_ms == 800
    qid = window.runner.current.id
    editor = window.page.note_editor
    editor.setFocus()
    type_text(editor, "Första stycket.\nAndra stycket med å, ä och ö.")
    qtbot.waitUntil(
        lambda: (
            (n := get_note(session_project.db, interview_id, qid)) is not None
            and n.text == "Första stycket.\nAndra stycket med å, ä och ö."
        ),
        timeout=1500,
    )
    qtbot.waitUntil(lambda: window.page.saved_label.text().startswith("Sparat "), timeout=1000)
    window.close()


def test_disk_full_keeps_text_and_retries(qtbot, session_project, monkeypatch):
    interview_id = consented(session_project)
    window = open_window(qtbot, session_project, interview_id)
    qid = window.runner.current.id
    failing = {"on": True}

    def writer(batch):
        if failing["on"]:
            raise DiskFull("samtal.db")
        save_batch(session_project.db, interview_id, batch)

    monkeypatch.setattr(window.autosaver, "_writer", writer)
    window.autosaver._retry.setInterval(200)
    editor = window.page.note_editor
    editor.setFocus()
    type_text(editor, "Det här får inte försvinna.")
    qtbot.waitUntil(
        lambda: "disken är full" in window.page.saved_label.text().lower(), timeout=2000
    )
    assert editor.toPlainText() == "Det här får inte försvinna."
    # closing is refused while the text is not on disk
    assert not window.save_and_close()
    assert window.isVisible()
    failing["on"] = False
    qtbot.waitUntil(lambda: window.page.saved_label.text().startswith("Sparat "), timeout=3000)
    assert get_note(session_project.db, interview_id, qid).text == "Det här får inte försvinna."
    assert window.save_and_close()


def test_lock_saves_and_closes_the_session(qtbot, session_project, tmp_path, monkeypatch):
    from ui.start.unlock import UnlockDialog

    interview_id = consented(session_project)
    controller = AppController(tmp_path)
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    controller.show_project(session_project)
    qtbot.addWidget(controller.project_window)
    controller.open_interview(interview_id)
    window = controller.session_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qid = window.runner.current.id
    editor = window.page.note_editor
    editor.setFocus()
    type_text(editor, "Skrivet precis före låsningen.")
    key(
        window, Qt.Key.Key_L, CTRL
    )  # no wait: the text is only in the editor when lock is asked for
    assert controller.session_window is None and controller.project is None
    with Project.open(session_project.folder, SESSION_PASSPHRASE) as again:
        assert get_note(again.db, interview_id, qid).text == "Skrivet precis före låsningen."
        assert get_interview(again.db, interview_id).status.value == "interrupted"


def test_finish_shows_coverage_and_reopens_to_summary(qtbot, session_project):
    interview_id = consented(session_project)
    window = open_window(qtbot, session_project, interview_id)
    key(window, Qt.Key.Key_K, CTRL)  # skip question 1
    key(window, Qt.Key.Key_Down, CTRL)  # ask question 3
    window.finish()
    assert window.stack.currentWidget() is window.summary
    facts = window.summary.facts.text()
    assert "Avslutad" in facts and "2 av 4 frågor ställda, 1 överhoppade, 1 inte ställda" in facts
    assert "Frågor som inte ställdes" in window.summary.details.toPlainText()
    # editing afterwards: back to the guide, navigation changes no coverage
    window.summary.edit_button.click()
    assert window.stack.currentWidget() is window.page
    key(window, Qt.Key.Key_Down, CTRL)
    assert window.runner.coverage().not_asked == 1
    editor = window.page.note_editor
    editor.setFocus()
    type_text(editor, "Tillägg efteråt.")
    window.close()
    again = open_window(qtbot, session_project, interview_id)
    assert again.stack.currentWidget() is again.summary
    assert get_interview(session_project.db, interview_id).status.value == "finished"
    assert any(
        n.text == "Tillägg efteråt."
        for n in [get_note(session_project.db, interview_id, q.id) for q in again.runner.questions]
        if n
    )
    again.close()


def test_withdrawn_consent_refuses_quotes(qtbot, session_project):
    interview_id = consented(session_project, quotes=True)
    window = open_window(qtbot, session_project, interview_id)
    window.show_consent()
    window.consent_page.withdraw_button.click()  # the withdrawal flow opens
    dialog = window.withdrawal_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.withdraw_button.click()
    assert current_consent(session_project.db, interview_id).withdrawn_at is not None
    dialog.reject()  # "Inte nu": withdrawn, not erased
    assert not window.quote_panel.consent_banner.isHidden()
    window.quote_panel.input.setText("Ett citat")
    window.quote_panel.submit()
    assert "samtyckt till citat" in window.quote_panel.message.text()
    window.close()


def test_font_size_is_remembered(qtbot, session_project):
    interview_id = consented(session_project)
    window = open_window(qtbot, session_project, interview_id)
    before = window.font_points
    key(window, Qt.Key.Key_Plus, CTRL)
    key(window, Qt.Key.Key_Equal, CTRL)
    assert window.font_points == before + 2
    assert settings().get("session/font_point_size") == before + 2
    key(window, Qt.Key.Key_Minus, CTRL)
    assert settings().get("session/font_point_size") == before + 1
    assert (
        window.page.question_label.font().pointSizeF() > window.page.note_editor.font().pointSizeF()
    )
    window.close()


def test_pause_stops_the_clock(qtbot, session_project, fake_time):
    interview_id = consented(session_project)
    window = open_window(qtbot, session_project, interview_id)
    assert window.clock.running
    fake_time.advance(10)
    key(window, Qt.Key.Key_P, CTRL)
    assert not window.clock.running
    fake_time.advance(100)
    assert window.clock.elapsed_ms() == 10_000
    assert "Starta klockan" in window.page.pause_button.text()
    key(window, Qt.Key.Key_P, CTRL)
    fake_time.advance(5)
    assert window.clock.elapsed_ms() == 15_000
    window.close()
    assert get_interview(session_project.db, interview_id).elapsed_ms == 15_000
    assert QApplication.activeWindow() is not window
