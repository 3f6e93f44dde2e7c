"""Issue 14, the interview: no idle lock while the clock runs, section introductions, focus and
shortcuts, a calm layout, and closing mid-interview (real widgets, a real encrypted project)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from tests.ui.field.helpers import consented, open_session
from tests.ui.session_helpers import CTRL, SHIFT, key
from ui.settings import settings
from ui.start.unlock import UnlockDialog


# -- 1. no idle lock while the interview clock runs -------------------------------------------
def pass_time(controller, clocks, seconds: int) -> None:
    """Awake: the idle watcher's check runs every 5 s, as its timer would."""
    for _ in range(seconds // 5):
        clocks.advance(5)
        controller.idle.check()


def test_idle_lock_waits_while_the_clock_runs_and_resumes_on_pause(
    qtbot, controller, session_project, clocks, monkeypatch
):
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    settings().set("security/idle_lock_minutes", 1)
    window = open_session(qtbot, controller, session_project, consented(session_project))
    assert window.clock.running
    pass_time(controller, clocks, 15 * 60)  # the interviewer listens for a quarter of an hour
    assert controller.project is not None and window.isVisible()
    key(window.page.note_editor, Qt.Key.Key_P, CTRL)  # pause
    assert not window.clock.running
    pass_time(controller, clocks, 50)
    assert controller.project is not None  # idle time counts from the pause, not from before
    pass_time(controller, clocks, 15)
    assert controller.project is None and session_project.closed


def test_idle_lock_resumes_when_the_interview_ends(
    qtbot, controller, session_project, clocks, monkeypatch
):
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    settings().set("security/idle_lock_minutes", 1)
    window = open_session(qtbot, controller, session_project, consented(session_project))
    pass_time(controller, clocks, 300)
    assert controller.project is not None
    window.finish()
    pass_time(controller, clocks, 65)
    assert controller.project is None


def test_os_lock_sleep_and_ctrl_l_still_lock_while_the_clock_runs(
    qtbot, controller, session_project, clocks, monkeypatch
):
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    interview_id = consented(session_project)
    folder = session_project.folder
    from app.store import Project
    from tests.ui.conftest import SESSION_PASSPHRASE

    triggers = [
        lambda w: controller.idle.os_signals.on_screensaver(True),
        lambda w: controller.idle.os_signals.on_prepare_for_sleep(True),
        lambda w: key(w.page.note_editor, Qt.Key.Key_L, CTRL),
    ]
    project = session_project
    for trigger in triggers:
        window = open_session(qtbot, controller, project, interview_id)
        if not window.clock.running:
            window.toggle_pause()
        assert window.clock.running and controller.idle.idle_suspended
        trigger(window)
        assert controller.project is None and project.closed
        project = Project.open(folder, SESSION_PASSPHRASE)
    # asleep 20 minutes with the clock running: the first tick after waking locks
    window = open_session(qtbot, controller, project, interview_id)
    if not window.clock.running:
        window.toggle_pause()
    controller.idle.check()
    clocks.advance(20 * 60, asleep=True)
    controller.idle.check()
    assert controller.project is None and project.closed


# -- 2. section introductions; 4. names, clocks, calm widths, readable hints -------------------
def guide_window(qtbot, project):
    from app.interview.records import create_interview
    from tests.ui.field.helpers import open_window

    interview = create_interview(project.db, interviewer_code="AB")
    from app.interview.consent import ConsentRecord, record_consent

    record_consent(project.db, interview.id, ConsentRecord.all_required("AB", consent_quotes=True))
    return open_window(qtbot, project, interview.id)


def test_section_introduction_shows_on_the_first_question_of_its_section(qtbot, project_with_guide):
    window = guide_window(qtbot, project_with_guide)
    page = window.page
    assert window.runner.current.text.startswith("Hur fick du information")
    assert page.intro_box.isVisible()
    assert page.intro_label.text().startswith("Nedanstående frågor ska vi inte fördjupa oss i")
    # read aloud: as large as the notes, in the normal text colour
    from tests.ui.field.helpers import contrast

    assert page.intro_label.font().pointSizeF() >= page.note_editor.font().pointSizeF()
    assert contrast(page.intro_label) >= 4.5
    window.next_question()
    assert not page.intro_box.isVisible()
    while not window.runner.current.text.startswith("Berätta hur det känns"):
        window.next_question()
    assert page.intro_box.isVisible()
    assert page.intro_label.text().startswith("I detta avsnitt vill vi ta reda på")
    window.next_question()
    assert not page.intro_box.isVisible()


def test_questions_are_named_by_section_and_own_number(qtbot, project_with_guide):
    window = guide_window(qtbot, project_with_guide)
    while not window.runner.current.text.startswith("Hur upplever du bemötandet från"):
        window.next_question()
    assert window.page.section_label.text() == "Under tiden · 7"
    texts = [w.text() for w in window.page.findChildren(QLabel) if w.isVisible()]
    assert not any("av 19" in t or "Fråga 9" in t for t in texts)
    window.quote_panel.input.setText("Det var bra")
    window.quote_panel.submit()
    assert "Under tiden · 7" in window.quote_panel.list.item(0).text()


def test_clocks_read_time_against_plan_and_the_section_clock_ticks(
    qtbot, session_project, fake_time
):
    from tests.ui.field.helpers import consented, open_window

    window = open_window(qtbot, session_project, consented(session_project))
    fake_time.advance(48)
    window._tick()
    assert window.page.section_clock.text().endswith("00:48 / 05:00")
    assert window.page.clock_label.text() == "00:48 / 60:00"
    section = window.page.outline.topLevelItem(0)
    assert section.text(1) == "00:48 / 05:00"
    fake_time.advance(1)
    window._tick()
    assert section.text(1) == "00:49 / 05:00"  # every second, not every ten


def test_panel_widths_stay_put_between_questions(qtbot, project_with_guide):
    from app.guide.model import FollowUp
    from app.guide.repository import load_guide

    window = guide_window(qtbot, project_with_guide)
    long = (
        "Har din handläggare frågat om du har egna förslag och idéer, och har ni i så fall "
        "pratat om hur de förslagen kan bli en del av planeringen framåt för dig och din familj?"
    )
    q = window.runner.questions[3]
    q.follow_ups.append(FollowUp(long, id=10_000, hint="ta reda på om det blev så " * 6))
    assert load_guide  # the window's guide object is the one shown
    window.resize(1360, 820)
    qtbot.wait(10)
    sizes = window.page.splitter.sizes()
    for _ in range(len(window.runner.questions) - 1):
        window.next_question()
        QApplication.processEvents()
        assert window.page.splitter.sizes() == sizes, window.runner.current.text


def test_hints_are_readable(qtbot, project_with_guide):
    from tests.ui.field.helpers import contrast

    window = guide_window(qtbot, project_with_guide)
    while not window.runner.current.follow_ups or not any(
        f.hint for f in window.runner.current.follow_ups
    ):
        window.next_question()
    window.runner.set_answer("yes")
    window.page.show_question(window.runner)
    assert contrast(window.page.hint_label) >= 4.5
    hints = [r.hint for r in window.page.follow_rows if r.hint.text()]
    assert hints and all(contrast(h) >= 4.5 for h in hints)
    base = window.page.note_editor.font().pointSizeF()
    assert all(h.font().pointSizeF() >= 0.85 * base for h in hints)


# -- 3. focus and shortcuts -------------------------------------------------------------------
def test_ctrl_e_goes_to_the_notes_from_the_quote_field(qtbot, session_project):
    from tests.ui.field.helpers import open_window
    from tests.ui.session_helpers import type_text

    window = open_window(qtbot, session_project, consented(session_project))
    field = window.quote_panel.input
    for floating in (False, True):
        if floating:
            window.toggle_quote_window()
            window.quote_dock.activateWindow()
            qtbot.waitUntil(window.quote_dock.isActiveWindow)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        type_text(field, "hen sa att")
        key(field, Qt.Key.Key_Home)
        key(field, Qt.Key.Key_E, CTRL)
        qtbot.waitUntil(window.page.note_editor.hasFocus)
        assert field.text() == "hen sa att" and field.cursorPosition() == 0
        field.clear()
    # Ctrl+K in the quote field skips the question; it does not cut the typed words
    key(window.page.note_editor, Qt.Key.Key_Q, CTRL | SHIFT)
    qtbot.waitUntil(field.hasFocus)
    type_text(field, "ord")
    key(field, Qt.Key.Key_Home)
    before = window.runner.index
    key(field, Qt.Key.Key_K, CTRL)
    assert field.text() == "ord" and window.runner.index == before + 1


def test_quote_window_shows_the_question_and_docks_beside_the_runner(qtbot, session_project):
    from PySide6.QtCore import QRect

    from tests.ui.field.helpers import open_window

    window = open_window(qtbot, session_project, consented(session_project))
    window.resize(1360, 820)
    panel = window.quote_panel
    assert panel.current_question.isVisible()
    assert "Vid inledande kontakt · 1" in panel.current_question.text()
    assert "Hur fick du information" in panel.current_question.text()
    window.next_question()
    assert "Vid inledande kontakt · 2 – Har du bytt" in panel.current_question.text()
    key(window.page.note_editor, Qt.Key.Key_F8)  # a window of its own
    assert window.quote_dock.isFloating() and window.quote_dock.isVisible()
    assert "Vid inledande kontakt · 2" in panel.current_question.text()
    window.next_question()
    assert "Under tiden · 1" in panel.current_question.text()
    key(window.page.note_editor, Qt.Key.Key_F8)  # beside the runner on one screen
    dock = window.quote_dock
    assert not dock.isFloating() and dock.isVisible()

    def rect(w):
        return QRect(w.mapTo(window, w.rect().topLeft()), w.size())

    qtbot.waitUntil(lambda: not rect(window.page).intersects(rect(dock)))
    assert rect(dock).width() >= 260 and rect(dock).left() >= rect(window.page).right()


def test_f9_summary_has_a_way_back(qtbot, session_project):
    from tests.ui.field.helpers import open_window

    window = open_window(qtbot, session_project, consented(session_project))
    window.next_question()
    key(window.page.note_editor, Qt.Key.Key_F9)
    assert window.stack.currentWidget() is window.summary
    assert "Tillbaka" in window.summary.edit_button.text()
    key(window.summary.edit_button, Qt.Key.Key_F9)
    assert window.stack.currentWidget() is window.page and window.runner.index == 1
    assert window.clock.running
    key(window.page.note_editor, Qt.Key.Key_F9)
    key(window.summary, Qt.Key.Key_Escape)
    assert window.stack.currentWidget() is window.page


# -- 5. closing mid-interview asks: pause or end ------------------------------------------------
def test_closing_mid_interview_asks_pause_or_end(qtbot, session_project, monkeypatch):
    from app.interview.records import get_interview
    from tests.ui.field.helpers import open_window
    from ui.session.window import SessionWindow

    asked: list[str] = []
    answers = iter(["cancel", "pause", "finish"])

    def ask(cls, parent):
        asked.append(parent.objectName())
        return next(answers)

    monkeypatch.setattr(SessionWindow, "ask_close", classmethod(ask))
    interview_id = consented(session_project)
    window = open_window(qtbot, session_project, interview_id)
    key(window.page.note_editor, Qt.Key.Key_W, CTRL)  # cancel: the interview goes on
    assert window.isVisible() and window.clock.running and len(asked) == 1
    window.close()  # pause
    assert not window.isVisible() and len(asked) == 2
    assert get_interview(session_project.db, interview_id).status.value == "paused"
    window = open_window(qtbot, session_project, interview_id)  # resumes, clock waiting
    window.toggle_pause()
    window.close()  # finish
    assert get_interview(session_project.db, interview_id).status.value == "finished"
    # a finished interview closes without asking
    window = open_window(qtbot, session_project, interview_id)
    window.close()
    assert len(asked) == 3


def test_locking_mid_interview_does_not_ask(qtbot, controller, session_project, monkeypatch):
    from ui.session.window import SessionWindow

    def ask(cls, parent):
        raise AssertionError("a lock must not ask")

    monkeypatch.setattr(SessionWindow, "ask_close", classmethod(ask))
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    window = open_session(qtbot, controller, session_project, consented(session_project))
    key(window.page.note_editor, Qt.Key.Key_L, CTRL)
    assert controller.project is None


def test_project_window_counts_follow_the_running_interview(qtbot, controller, session_project):
    from tests.ui.session_helpers import type_text

    interview_id = consented(session_project)
    window = open_session(qtbot, controller, session_project, interview_id)
    table = controller.project_window.model
    row = next(r for r in range(table.rowCount()) if table.interview_id(r) == interview_id)
    column = {name: i for i, name in enumerate(table.COLUMNS)}

    def count(name: str) -> str:
        return table.index(row, column[name]).data()

    assert (count("notes"), count("quotes")) == ("0", "0")
    window.quote_panel.input.setText("Det var bra")
    window.quote_panel.submit()
    qtbot.waitUntil(lambda: count("quotes") == "1", timeout=5000)
    window.page.note_editor.setFocus()
    type_text(window.page.note_editor, "Hen berättade.")
    qtbot.waitUntil(lambda: count("notes") == "1", timeout=5000)
    assert window.isVisible() and controller.project_window.current_interview_id() == interview_id


def test_closing_the_interview_leaves_no_refresh_pending(qtbot, controller, session_project):
    """The interview window's last save asks the project window for a refresh within a second;
    closing the window refreshes it at once, so none is left to fire into a key rotation or an
    erasure that starts right after (the database is replaced or busy then)."""
    from tests.ui.session_helpers import type_text

    window = open_session(qtbot, controller, session_project, consented(session_project))
    project_window = controller.project_window
    window.page.note_editor.setFocus()
    type_text(window.page.note_editor, "Hen berättade.")
    window.save_now()
    qtbot.waitUntil(project_window._refresh_timer.isActive, timeout=5000)
    assert controller.close_session() and controller.session_window is None
    assert not project_window._refresh_timer.isActive()
