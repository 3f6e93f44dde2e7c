"""The whole path on real widgets: new interview → consent → guide by keyboard → notes →
follow-ups → quotes (panel and selection) → close → reopen the project → everything is there."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit

from app.interview.consent import REQUIRED_ITEMS
from app.interview.notes import get_note
from app.interview.quotes import quotes_for_interview
from app.interview.runner import load_states
from app.store import Project
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import ALT, CTRL, SHIFT, key, type_text
from ui.app_controller import AppController
from ui.session.window import SessionWindow


def questions(db):
    return [
        r["id"]
        for r in db.query(
            "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
            " ORDER BY s.position, q.position"
        )
    ]


def test_whole_session_path(qtbot, session_project, fake_time, tmp_path):
    project = session_project
    folder = project.folder
    controller = AppController(tmp_path)
    controller.show_project(project)
    qtbot.addWidget(controller.project_window)

    # -- new interview -------------------------------------------------------------------
    controller.project_window.new_interview_requested.emit()
    dialog = controller.new_interview_dialog
    assert dialog is not None and dialog.isVisible()
    code = dialog.code
    assert dialog.code_label.text() == code
    assert (
        code in dialog.receipt.toPlainText()
        and "utan att uppge ditt namn" in dialog.receipt.toPlainText()
    )
    dialog.mode.setCurrentIndex(dialog.mode.findData("phone"))
    type_text(dialog.interviewer, "ab")
    type_text(dialog.co_listener, "cd")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window = controller.session_window
    assert isinstance(window, SessionWindow)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    interview_id = window.interview.id
    assert window.interview.interviewer_code == "AB" and window.interview.co_listener_code == "CD"

    # -- consent: start stays disabled until every required item is ticked ------------------------
    page = window.consent_page
    assert window.stack.currentWidget() is page
    assert "Information till dig" in page.info.toPlainText()
    assert not page.start_button.isEnabled()
    for name in REQUIRED_ITEMS:
        assert not page.start_button.isEnabled()
        box: QCheckBox = page.boxes[name]
        box.setFocus()
        key(box, Qt.Key.Key_Space)
        assert box.isChecked()
    assert page.start_button.isEnabled()
    assert not page.boxes["consent_quotes"].isChecked()
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page
    assert window.clock.running

    # -- a quote mark without quote consent is refused with a message ---------------------------
    panel = window.quote_panel
    assert panel.consent_banner.isVisibleTo(window)
    key(window.page.note_editor, Qt.Key.Key_Q, CTRL | SHIFT)
    assert QApplication.focusWidget() is panel.input
    type_text(panel.input, "Man vill bli sedd")
    key(panel.input, Qt.Key.Key_Return)
    assert panel.message.isVisibleTo(window)
    assert "samtyckt till citat" in panel.message.text()
    assert panel.input.text() == "Man vill bli sedd"  # kept, not lost
    assert quotes_for_interview(project.db, interview_id) == []
    panel.input.clear()

    # -- notes on question 1, with follow-ups ticked by keyboard ----------------------------------
    q = questions(project.db)
    editor = window.page.note_editor
    key(window, Qt.Key.Key_E, CTRL)
    assert QApplication.focusWidget() is editor
    assert window.runner.current.id == q[0]
    fake_time.advance(30)
    type_text(editor, "Fick ett brev från kommunen.\n")
    fake_time.advance(15)
    type_text(editor, "Förstod inte vad som gällde – ringde två gånger.")
    key(editor, Qt.Key.Key_1, ALT)
    key(editor, Qt.Key.Key_2, ALT)
    assert [b.isChecked() for _f, b in window.page.follow_checks] == [True, True]
    key(editor, Qt.Key.Key_2, ALT)  # untick again
    assert [b.isChecked() for _f, b in window.page.follow_checks] == [True, False]

    # -- keyboard navigation: next, yes/no with an "Om ja" branch ---------------------------------
    fake_time.advance(60)
    key(editor, Qt.Key.Key_Down, CTRL)
    assert window.runner.current.id == q[1]
    assert window.page.answer_widget.isVisibleTo(window)
    assert len(window.page.follow_checks) == 1
    key(editor, Qt.Key.Key_J, ALT)  # answer yes
    assert window.page.answer_buttons["yes"].isChecked()
    assert len(window.page.follow_checks) == 2
    assert "Om ja" in window.page.follow_rows[1].label.text()
    key(editor, Qt.Key.Key_2, ALT)
    fake_time.advance(20)
    type_text(editor, "Ja, två gånger på ett år.")

    # skip question 3 (Ctrl+K), land on question 4
    fake_time.advance(40)
    key(editor, Qt.Key.Key_Down, CTRL)
    assert window.runner.current.id == q[2]
    key(editor, Qt.Key.Key_K, CTRL)
    assert window.runner.current.id == q[3]
    fake_time.advance(10)
    type_text(editor, "Att bli lyssnad på.")
    # back with Ctrl+Up (asking it after all), skip it again
    key(editor, Qt.Key.Key_Up, CTRL)
    assert window.runner.current.id == q[2]
    assert window.runner.states[q[2]].status.value == "covered"
    key(editor, Qt.Key.Key_K, CTRL)
    assert window.runner.current.id == q[3]
    # jump through the outline (Ctrl+J, arrows, Enter), out of order
    key(window, Qt.Key.Key_J, CTRL)
    outline = window.page.outline
    assert QApplication.focusWidget() is outline
    for _ in range(3):
        key(outline, Qt.Key.Key_Up)
    key(outline, Qt.Key.Key_Return)
    assert window.runner.current.id == q[1]
    assert QApplication.focusWidget() is editor
    key(window, Qt.Key.Key_J, CTRL)
    for _ in range(3):
        key(outline, Qt.Key.Key_Down)
    key(outline, Qt.Key.Key_Return)
    assert window.runner.current.id == q[3]
    assert QApplication.focusWidget() is editor
    assert editor.toPlainText() == "Att bli lyssnad på."

    # general note
    key(editor, Qt.Key.Key_E, CTRL | SHIFT)
    assert QApplication.focusWidget() is window.page.general_editor
    type_text(window.page.general_editor, "Lugnt rum, informanten ville ha paus.")

    # -- quotes: change consent, then the panel and a selection in the notes ---------------------
    window.show_consent()
    assert page.start_button.isEnabled()
    page.boxes["consent_quotes"].setChecked(True)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page
    assert not panel.consent_banner.isVisibleTo(window)
    fake_time.advance(5)
    key(editor, Qt.Key.Key_Q, CTRL | SHIFT)
    type_text(panel.input, "Man vill ju bli sedd som en människa.")
    panel.star.setChecked(True)
    panel.theme_boxes[2][1].setChecked(True)
    key(panel.input, Qt.Key.Key_Return)
    assert panel.input.text() == "" and not panel.message.isVisible()
    assert panel.list.count() == 1 and panel.list.item(0).text().startswith("★")
    # a selection in the notes of question 1 becomes a quote
    key(window, Qt.Key.Key_J, CTRL)
    for _ in range(4):
        key(outline, Qt.Key.Key_Up)
    key(outline, Qt.Key.Key_Return)
    assert window.runner.current.id == q[0]
    editor.setFocus()
    cursor = editor.textCursor()
    cursor.movePosition(cursor.MoveOperation.Start)
    cursor.movePosition(cursor.MoveOperation.NextBlock)
    cursor.movePosition(cursor.MoveOperation.EndOfWord, cursor.MoveMode.KeepAnchor)
    cursor.movePosition(cursor.MoveOperation.NextWord, cursor.MoveMode.KeepAnchor)
    cursor.movePosition(cursor.MoveOperation.EndOfWord, cursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    assert editor.textCursor().selectedText() == "Förstod inte"
    key(editor, Qt.Key.Key_C, CTRL | SHIFT)
    assert panel.list.count() == 2
    # edit (F2) and delete (Delete) in the list, by keyboard
    panel.list.setFocus()
    panel.list.setCurrentRow(1)
    key(panel.list, Qt.Key.Key_F2)
    line = QApplication.focusWidget()
    assert isinstance(line, QLineEdit) and line.text() == "Man vill ju bli sedd som en människa."
    line.setText("Man vill ju bli sedd.")
    key(line, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isinstance(QApplication.focusWidget(), QLineEdit))  # queued commit
    assert any(
        m.text == "Man vill ju bli sedd." for m in quotes_for_interview(project.db, interview_id)
    )
    # "*" stars the selected quote (or takes the star away)
    before = panel.list.item(1).text().startswith("★")
    key(panel.list, Qt.Key.Key_Asterisk)
    assert panel.list.item(1).text().startswith("★") != before
    key(panel.list, Qt.Key.Key_Asterisk)
    assert panel.list.item(1).text().startswith("★") == before
    panel.input.setText("Det här citatet tas bort")
    panel.submit()
    assert panel.list.count() == 3
    panel.list.setFocus()
    panel.list.setCurrentRow(2)
    key(panel.list, Qt.Key.Key_Delete)
    assert panel.list.count() == 2
    editor.setFocus()

    # undo is the editor's own
    type_text(editor, "X")
    editor.undo()
    assert not editor.toPlainText().endswith("X")

    # -- close the window, close the project -----------------------------------------------------
    key(window, Qt.Key.Key_W, CTRL)
    assert controller.session_window is None
    with qtbot.waitSignal(controller.backup_finished, timeout=20_000):  # backup in the background
        controller.close_project()
    assert project.closed

    # -- reopen: everything is there, in order, with times ---------------------------------------
    again = Project.open(folder, SESSION_PASSPHRASE)
    try:
        db = again.db
        assert again.integrity_problems() == []
        n1 = get_note(db, interview_id, q[0])
        assert [p.text for p in n1.paragraphs] == [
            "Fick ett brev från kommunen.",
            "Förstod inte vad som gällde – ringde två gånger.",
        ]
        assert [p.at_ms for p in n1.paragraphs] == [30_000, 45_000]
        n2 = get_note(db, interview_id, q[1])
        assert [(p.at_ms, p.text) for p in n2.paragraphs] == [
            (125_000, "Ja, två gånger på ett år.")
        ]
        assert get_note(db, interview_id, q[3]).text == "Att bli lyssnad på."
        assert get_note(db, interview_id, None).text == "Lugnt rum, informanten ville ha paus."
        states, follow = load_states(db, interview_id)
        assert [states[i].status.value for i in q] == ["covered", "covered", "skipped", "covered"]
        assert states[q[1]].answer == "yes"
        assert states[q[0]].first_at_ms == 0 and states[q[1]].first_at_ms == 105_000
        assert states[q[0]].time_spent_ms >= 105_000
        done = {
            r["text"]: bool(follow.get(r["id"], (False, None))[0])
            for r in db.query("SELECT * FROM follow_up")
        }
        assert done == {
            "Var det tydligt?": True,
            "Vem gav informationen?": False,
            "Hur länge har du haft stöd?": False,
            "Hur var överlämningen?": True,
        }
        marks = quotes_for_interview(db, interview_id)
        assert [(m.source, m.question_id) for m in marks] == [("selection", q[0]), ("panel", q[3])]
        assert marks[0].text == "Förstod inte" and marks[0].at_ms == 45_000
        assert (
            marks[1].text == "Man vill ju bli sedd."
            and marks[1].starred
            and marks[1].at_ms == 180_000
        )
        assert len(marks[1].theme_ids) == 1 and marks[1].created_by == "CD"
        row = db.query_one("SELECT * FROM interview WHERE id = ?", (interview_id,))
        assert row["status"] == "paused" and row["mode"] == "phone"
        assert row["elapsed_ms"] == 180_000 and row["current_question_id"] == q[0]
        consents = db.query(
            "SELECT consent_quotes FROM consent WHERE interview_id = ? ORDER BY id", (interview_id,)
        )
        assert [r[0] for r in consents] == [0, 1]
        assert json.loads(
            db.scalar("SELECT paragraph_ms FROM note WHERE question_id = ?", (q[0],))
        ) == [30_000, 45_000]

        # -- reopening the interview resumes it where it was --------------------------------------
        resumed = SessionWindow(again, interview_id)
        qtbot.addWidget(resumed)
        resumed.show()
        resumed.activateWindow()
        qtbot.waitUntil(resumed.isActiveWindow)
        assert resumed.stack.currentWidget() is resumed.page
        assert resumed.runner.current.id == q[0]
        assert resumed.page.note_editor.toPlainText().startswith("Fick ett brev från kommunen.")
        assert resumed.clock.elapsed_ms() == 180_000 and not resumed.clock.running
        assert "03:00" in resumed.page.clock_label.text()
        key(resumed, Qt.Key.Key_P, CTRL)
        assert resumed.clock.running
        resumed.close()
    finally:
        again.close()
