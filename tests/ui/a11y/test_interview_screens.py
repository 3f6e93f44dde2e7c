"""Issue 21: the interview screens (project window, new interview, consent, runner, quote window,
summary, co-listener mode) pass every accessibility check, in Swedish and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.analysis.themes import add_default_themes
from app.errors import DiskFull
from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.guide.repository import add_guide
from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import create_interview
from app.store import Project
from tests.ui.a11y.screen import check_screen, report
from tests.ui.a11y.seeing import check_contrast
from tests.ui.a11y.tabwalk import activate
from tests.ui.a11y.tree import interface
from tests.ui.conftest import SESSION_PASSPHRASE, session_kdf
from tests.ui.session_helpers import CTRL, SHIFT
from ui import i18n
from ui.project.window import ProjectWindow
from ui.session.new_interview import NewInterviewDialog
from ui.session.window import SessionWindow
from ui.style.palette import Look
from ui.team.colistener_window import ColistenerWindow
from ui.widgets import a11y


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> Iterator[str]:
    i18n.install(request.param)
    yield request.param
    i18n.install("sv")


def session(qtbot: QtBot, project: Project, consent: bool = True) -> SessionWindow:
    interview = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    if consent:
        record_consent(
            project.db, interview.id, ConsentRecord.all_required("AB", consent_quotes=True)
        )
    window = SessionWindow(project, interview.id)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    return window


def test_project_window(qtbot: QtBot, session_project: Project, look: Look, language: str) -> None:
    for code in ("K7Q-XMA", "P2R-TNB"):
        create_interview(session_project.db, participant_code=code, interviewer_code="AB")
    window = ProjectWindow(session_project)
    qtbot.addWidget(window)
    window.resize(1100, 650)
    problems = check_screen(qtbot, window, language=language)
    assert problems == [], report(problems)


def test_new_interview_dialog(
    qtbot: QtBot, session_project: Project, look: Look, language: str
) -> None:
    dialog = NewInterviewDialog(session_project.db, None)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog, language=language)
    assert problems == [], report(problems)


def test_consent_page(qtbot: QtBot, session_project: Project, look: Look, language: str) -> None:
    window = session(qtbot, session_project, consent=False)
    assert window.stack.currentWidget() is window.consent_page
    problems = check_screen(qtbot, window, language=language)
    assert problems == [], report(problems)


def field_guide() -> Guide:
    """A guide as the field uses it: a section read out first, a question with three
    follow-ups (one with a hint), a yes/no question and an open one."""
    return Guide(
        title="Fältguide",
        sections=[
            Section(
                "Vid inledande kontakt",
                intro="Nu kommer några frågor om hur du fick kontakt med verksamheten.",
                planned_minutes=10,
                questions=[
                    Question(
                        "Hur fick du information om stödet och vad du kunde få hjälp med?",
                        number="1",
                        hint="ta reda på hur informationen upplevdes",
                        follow_ups=[
                            FollowUp("Var det tydligt vad som gällde?"),
                            FollowUp("Vem gav informationen?", hint="handläggare, växel, webb"),
                            FollowUp("Fick du något skriftligt att läsa i lugn och ro?"),
                        ],
                    ),
                    Question(
                        "Har du bytt handläggare?",
                        number="2",
                        kind=QuestionKind.YES_NO,
                        follow_ups=[FollowUp("Hur var överlämningen?", condition="yes")],
                    ),
                    Question("Vad är ett gott bemötande för dig?", number="3"),
                ],
            )
        ],
    )


@pytest.fixture
def field_project(tmp_path: Path) -> Iterator[Project]:
    project = Project.create(
        tmp_path / "falt", SESSION_PASSPHRASE, audit_name="Testgranskning", kdf=session_kdf()
    )
    add_guide(project.db, field_guide())
    add_default_themes(project.db)
    yield project
    if not project.closed:
        project.close()


@pytest.mark.parametrize("where", ["intro and three follow-ups", "yes/no answered", "open"])
def test_runner(
    qtbot: QtBot, field_project: Project, look: Look, language: str, where: str
) -> None:
    window = session(qtbot, field_project)
    assert window.stack.currentWidget() is window.page
    if where != "intro and three follow-ups":
        window.next_question()
        if where == "yes/no answered":
            window.page.answer_widget.choose("yes")
            assert len(window.page.follow_checks) == 1
        else:
            window.next_question()
    else:
        assert window.page.intro_box.isVisibleTo(window)
        assert len(window.page.follow_checks) == 3
    problems = check_screen(qtbot, window, language=language)
    assert problems == [], report(problems)


def test_the_question_is_read_as_shown_and_with_the_notes(
    qtbot: QtBot, field_project: Project, look: Look
) -> None:
    """The current question is read as what it says (not "Aktuell fråga"), the notes field
    carries it as its description, and moving on announces the next one."""
    window = session(qtbot, field_project)
    activate(qtbot, window)
    page = window.page
    shown = page.question_label.text()
    assert interface(page.question_label).text(QAccessible.Text.Name) == shown
    assert interface(page.note_editor).text(QAccessible.Text.Description) == shown
    a11y.announced.clear()
    window.next_question()
    assert page.question_label.text() in a11y.announced[-1][0]
    # the time is read only when asked for
    assert not any("Intervjun" in text for text, _ in a11y.announced)
    page.note_editor.setFocus()
    QTest.keyClick(page.note_editor, Qt.Key.Key_H, CTRL | SHIFT)
    text, assertive = a11y.announced[-1]
    assert text.startswith("Intervjun 00:00 av 60:00") and not assertive


def test_a_failed_save_is_announced(qtbot: QtBot, field_project: Project, look: Look) -> None:
    window = session(qtbot, field_project)
    activate(qtbot, window)
    a11y.announced.clear()
    window._on_save_failed(DiskFull())
    label = window.page.saved_label
    assert a11y.announced[-1] == (label.text(), True)
    assert interface(label).text(QAccessible.Text.Name) == label.text()
    problems = check_contrast(window)
    assert problems == [], report(problems)


def test_quote_window(qtbot: QtBot, session_project: Project, look: Look, language: str) -> None:
    window = session(qtbot, session_project)
    activate(qtbot, window)
    window.toggle_quote_window()  # F8: the quotes float into a window of their own
    quotes = window.quote_window
    assert quotes is not None and quotes.isFloating()
    problems = check_screen(qtbot, quotes, language=language)
    assert problems == [], report(problems)


def test_summary(qtbot: QtBot, session_project: Project, look: Look, language: str) -> None:
    window = session(qtbot, session_project)
    activate(qtbot, window)
    window.show_summary()
    problems = check_screen(qtbot, window, language=language)
    assert problems == [], report(problems)


def test_receipt_dialog(qtbot: QtBot, session_project: Project, look: Look, language: str) -> None:
    from app.audit import audit_info
    from app.interview.receipt import receipt
    from ui.session.receipt_dialog import ReceiptDialog

    dialog = ReceiptDialog(receipt("K7Q-XMA", audit_info(session_project.db), None, language))
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog, language=language)
    assert problems == [], report(problems)


def test_project_settings_dialog(
    qtbot: QtBot, session_project: Project, look: Look, language: str
) -> None:
    from ui.project.settings_dialog import ProjectSettingsDialog

    dialog = ProjectSettingsDialog(session_project.db, None)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog, language=language)
    assert problems == [], report(problems)


@pytest.fixture
def colistener_window(qtbot: QtBot, tmp_path: Path, language: str) -> Iterator[ColistenerWindow]:
    from app.team.colisten import export_colistener
    from app.team.colisten_store import LocalColisten, session_for
    from app.team.importer import import_package
    from app.team.keys import recipient_key
    from tests.ui.test_team_colistener import quote_code
    from tests.unit.team_helpers import demo_laptop, laptop

    interviewer = demo_laptop(tmp_path, "intervjuare", 3, seed=9)
    colistener = laptop(tmp_path, "medlyssnare")
    code = quote_code(interviewer)
    briefing = tmp_path / "medlyssnare.samtalpkg"
    export_colistener(interviewer, code, briefing, recipients=[recipient_key(colistener.db)])
    import_package(colistener, briefing)
    uid = str(
        interviewer.db.scalar("SELECT uid FROM interview WHERE participant_code = ?", (code,))
    )
    window = ColistenerWindow(LocalColisten(colistener.db, session_for(colistener.db, uid)))
    qtbot.addWidget(window)
    yield window
    window.close()
    interviewer.close()
    colistener.close()


def test_colistener_mode(
    qtbot: QtBot, colistener_window: ColistenerWindow, look: Look, language: str
) -> None:
    colistener_window.resize(1100, 700)
    problems = check_screen(qtbot, colistener_window, language=language)
    assert problems == [], report(problems)


def test_join_dialog(qtbot: QtBot, look: Look, language: str) -> None:
    from ui.team.live_join import JoinDialog

    dialog = JoinDialog(None)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog, language=language)
    assert problems == [], report(problems)
