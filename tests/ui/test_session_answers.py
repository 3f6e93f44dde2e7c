"""Answering closed questions in the runner by keyboard and mouse, for every kind; answers are
timed, autosaved, shown in the outline and the summary, changeable, and still there on resume."""

from __future__ import annotations

import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from app.guide.answers import DECLINED
from app.guide.model import Guide, Question, QuestionKind, Section
from app.guide.repository import add_guide, load_guide
from app.interview.background import define_variable, interview_background
from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import create_interview
from app.interview.runner import load_states
from app.store import Project
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import ALT, CTRL, key, type_text
from ui.session.window import SessionWindow

GUIDE = Guide(
    "Enkätfrågor",
    sections=[
        Section(
            "Korta frågor",
            questions=[
                Question("Berätta om första kontakten.", number="1"),
                Question("Fick du besked i tid?", number="2", kind=QuestionKind.YES_NO),
                Question("Jag blir lyssnad på.", number="3", kind=QuestionKind.AGREEMENT),
                Question("Vilket betyg ger du?", number="4", kind=QuestionKind.GRADE),
                Question(
                    "Vad hängde det ihop med?",
                    number="5",
                    kind=QuestionKind.MULTI_CHOICE,
                    options=["Kön", "Ålder", "Ursprung"],
                ),
            ],
        )
    ],
)


def start(qtbot, project: Project, fake_time) -> tuple[SessionWindow, int, Guide]:
    version_id = add_guide(project.db, GUIDE)
    interview = create_interview(project.db, interviewer_code="AB", guide_version_id=version_id)
    record_consent(project.db, interview.id, ConsentRecord.all_required("AB"))
    window = SessionWindow(project, interview.id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    if window.stack.currentWidget() is window.consent_page:
        qtbot.mouseClick(window.consent_page.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page
    if not window.clock.running:
        window.toggle_pause()
    return window, interview.id, load_guide(project.db, version_id)


def answers(
    project: Project, interview_id: int, guide: Guide
) -> list[tuple[str | None, int | None]]:
    states, _f = load_states(project.db, interview_id)
    return [
        (states[q.id].answer, states[q.id].answered_at_ms) if q.id in states else (None, None)
        for q in guide.questions()
    ]


def test_every_kind_by_keyboard_then_resume(qtbot, session_project, fake_time):
    project = session_project
    window, interview_id, guide = start(qtbot, project, fake_time)
    page = window.page
    panel = page.answer_widget
    assert not panel.isVisibleTo(window)  # an open question: notes only

    # yes/no: the panel takes the keyboard; J / N / V, and Alt+J from anywhere
    fake_time.advance(30)
    key(page.note_editor, Qt.Key.Key_Down, CTRL)
    assert panel.isVisibleTo(window) and panel.hasFocus()
    key(panel, Qt.Key.Key_N)
    assert window.runner.state(window.runner.current).answer == "no"
    key(page.note_editor, Qt.Key.Key_J, ALT)
    assert window.runner.state(window.runner.current).answer == "yes"
    assert page.answer_buttons["yes"].isChecked() and not page.answer_buttons["no"].isChecked()

    # agreement: number keys 1–5; changeable; Alt+W "vill inte svara"; Delete clears
    fake_time.advance(20)
    key(panel, Qt.Key.Key_Down, CTRL)
    assert panel.hasFocus()
    key(panel, Qt.Key.Key_4)
    assert window.runner.state(window.runner.current).answer == "4"
    key(panel, Qt.Key.Key_2)
    assert window.runner.state(window.runner.current).answer == "2"
    assert page.answer_buttons["2"].isChecked()
    key(panel, Qt.Key.Key_W, ALT)
    assert window.runner.state(window.runner.current).answer == DECLINED
    assert page.answer_buttons[DECLINED].isChecked()
    key(panel, Qt.Key.Key_Delete)
    assert window.runner.state(window.runner.current).answer is None
    key(panel, Qt.Key.Key_1)
    # the answer is in the outline too
    outline_item = page.outline._items[window.runner.current.id]
    assert "3. [Mycket bra] Jag blir lyssnad på." in outline_item.text(0)

    # grade: 1–9 and 0 for 10; Ctrl+E goes on to the notes, where digits are text
    fake_time.advance(20)
    key(panel, Qt.Key.Key_Down, CTRL)
    key(panel, Qt.Key.Key_0)
    assert window.runner.state(window.runner.current).answer == "10"
    key(panel, Qt.Key.Key_7)
    assert window.runner.state(window.runner.current).answer == "7"
    key(panel, Qt.Key.Key_E, CTRL)
    assert QApplication.focusWidget() is page.note_editor
    type_text(page.note_editor, "Betyget 7 för att det tog tid.")
    assert window.runner.state(window.runner.current).answer == "7"

    # multiple choice: digits tick and untick options; the mouse works too
    fake_time.advance(20)
    key(page.note_editor, Qt.Key.Key_Down, CTRL)
    assert panel.hasFocus()
    key(panel, Qt.Key.Key_1)
    key(panel, Qt.Key.Key_3)
    key(panel, Qt.Key.Key_1)
    assert json.loads(window.runner.state(window.runner.current).answer) == ["Ursprung"]
    qtbot.mouseClick(page.answer_buttons["Ålder"], Qt.MouseButton.LeftButton)
    assert json.loads(window.runner.state(window.runner.current).answer) == ["Ålder", "Ursprung"]

    # the summary page (F9) lists the answers
    window.show_summary()
    summary_html = window.summary.details.toHtml()
    assert "Stämmer mycket bra" in summary_html and ">7<" in summary_html

    # autosave: on disk without closing; timed in ms since the start
    window.save_now()
    saved = answers(project, interview_id, guide)
    assert [a for a, _t in saved] == [None, "yes", "1", "7", '["Ålder", "Ursprung"]']
    times = [t for _a, t in saved[1:]]
    assert all(t is not None and t > 0 for t in times) and times == sorted(times)

    # resume: close, reopen the project, open the interview again
    window.close()
    project.close()
    again = Project.open(project.folder, SESSION_PASSPHRASE)
    try:
        resumed = SessionWindow(again, interview_id)
        qtbot.addWidget(resumed)
        resumed.show()
        resumed.activateWindow()
        qtbot.waitUntil(resumed.isActiveWindow)
        states = [resumed.runner.state(q).answer for q in resumed.runner.questions]
        assert states == [None, "yes", "1", "7", '["Ålder", "Ursprung"]']
        resumed.go_to_question(resumed.runner.questions[2].id)
        assert resumed.page.answer_buttons["1"].isChecked()
        assert QApplication.focusWidget() is resumed.page.note_editor  # outline jumps: notes
        resumed.menu_actions.answer_focus_action.trigger()  # Gå till → Svara med sifferknapparna
        assert resumed.page.answer_widget.hasFocus()
        key(resumed.page.answer_widget, Qt.Key.Key_3)
        assert resumed.runner.state(resumed.runner.current).answer == "3"
        resumed.close()
    finally:
        again.close()


def test_background_set_in_new_interview_dialog(qtbot, session_project):
    from ui.session.new_interview import NewInterviewDialog

    db = session_project.db
    age = define_variable(db, "Åldersgrupp", ["18–29", "30–49", "50+"])
    dialog = NewInterviewDialog(db)
    qtbot.addWidget(dialog)
    combo = dialog.background.combos[age.key]
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Ej angivet",
        "18–29",
        "30–49",
        "50+",
    ]
    assert not combo.isEditable()  # never free text
    combo.setCurrentIndex(2)
    type_text(dialog.interviewer, "ab")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.interview is not None
    assert interview_background(db, dialog.interview.id) == {age.key: "30–49"}
