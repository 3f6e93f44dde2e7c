"""Co-listener mode on real widgets: the offline round trip, quotes tied to the right questions."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from app.interview.consent import current_consent
from app.interview.records import find_interview
from app.store import Project
from app.team.colisten import export_colistener, export_quotes, question_at
from app.team.colisten_store import LocalColisten, get_session, session_for
from app.team.importer import import_package
from app.team.keys import recipient_key
from tests.ui.session_helpers import ALT, CTRL, SHIFT, key, type_text
from tests.unit.team_helpers import demo_laptop, laptop
from ui.team.colistener_window import ColistenerWindow


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Project, Project]]:
    interviewer = demo_laptop(tmp_path, "intervjuare", 3, seed=9)
    colistener = laptop(tmp_path, "medlyssnare")
    yield interviewer, colistener
    interviewer.close()
    colistener.close()


def quote_code(project: Project) -> str:
    for (code,) in project.db.query("SELECT participant_code FROM interview ORDER BY id"):
        consent = current_consent(project.db, find_interview(project.db, str(code)).id)
        if consent is not None and consent.consent_quotes:
            return str(code)
    raise AssertionError


def open_mode(
    qtbot: QtBot, tmp_path: Path, interviewer: Project, colistener: Project, code: str
) -> ColistenerWindow:
    briefing = tmp_path / "medlyssnare.samtalpkg"
    export_colistener(interviewer, code, briefing, recipients=[recipient_key(colistener.db)])
    import_package(colistener, briefing)
    uid = str(
        interviewer.db.scalar("SELECT uid FROM interview WHERE participant_code = ?", (code,))
    )
    window = ColistenerWindow(LocalColisten(colistener.db, session_for(colistener.db, uid)))
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.quote.setFocus()
    return window


def test_round_trip_on_real_widgets(
    qtbot: QtBot, tmp_path: Path, laptops: tuple[Project, Project]
) -> None:
    interviewer, colistener = laptops
    code = quote_code(interviewer)
    window = open_mode(qtbot, tmp_path, interviewer, colistener, code)
    refs = [q.ref for q in window.briefing.questions]
    assert window.current == refs[0]

    key(window.quote, Qt.Key.Key_K, CTRL | SHIFT)  # the co-listener's own clock starts with one key
    assert window.clock.running
    session = get_session(colistener.db, window.backend.session.id)  # type: ignore[attr-defined]
    assert session.clock_started_at is not None

    key(window.quote, Qt.Key.Key_Down, CTRL)
    key(window.quote, Qt.Key.Key_Down, CTRL)
    assert window.current == refs[2]
    assert window.briefing.questions[2].question.text in window.question_label.text()
    type_text(window.quote, "Man vill bli sedd, inte bara vara ett ärende.")
    key(window.quote, Qt.Key.Key_1, CTRL)  # first theme
    key(window.quote, Qt.Key.Key_S, ALT)  # star
    assert window.star.isChecked() and window.theme_boxes[0][1].isChecked()
    with qtbot.waitSignal(window.mark_saved):
        key(window.quote, Qt.Key.Key_Return)
    assert window.quote.toPlainText() == "" and not window.star.isChecked()

    # typing starts at question 4; the interviewer moves on before Enter: the quote keeps 4
    key(window.quote, Qt.Key.Key_Down, CTRL)
    assert window.current == refs[3]
    type_text(window.quote, "Jag fick inget besked på tre veckor.")
    key(window.quote, Qt.Key.Key_Down, CTRL)
    with qtbot.waitSignal(window.mark_saved):
        key(window.quote, Qt.Key.Key_Return)
    assert window.marks.count() == 2

    # "*" on a saved mark stars that mark (Ctrl+8 would tag with a theme here); the field's
    # star for the next quote stays as it was
    window.marks.setFocus()
    window.marks.setCurrentRow(1)
    assert not window.backend.sink.marks()[1].starred
    key(window.marks, Qt.Key.Key_Asterisk)
    assert window.backend.sink.marks()[1].starred and not window.star.isChecked()
    assert window.marks.currentRow() == 1 and "★" in window.marks.item(1).text()
    key(window.marks, Qt.Key.Key_Asterisk)  # and takes it away again
    assert not window.backend.sink.marks()[1].starred
    window.quote.setFocus()

    # Shift+Enter is a new line, not a save
    type_text(window.quote, "Första raden")
    key(window.quote, Qt.Key.Key_Return, SHIFT)
    assert window.marks.count() == 2 and "\n" in window.quote.toPlainText()
    window.quote.clear()

    # following the clock takes over the current question
    key(window.quote, Qt.Key.Key_L, CTRL | SHIFT)
    assert window.follow_box.isChecked()
    assert window.current == question_at(window.briefing, window.clock.elapsed_ms())
    key(window.quote, Qt.Key.Key_Down, CTRL)  # one key takes it back
    assert not window.follow_box.isChecked()

    with qtbot.waitSignal(window.return_requested):
        key(window.quote, Qt.Key.Key_S, CTRL | SHIFT)
    window.close()
    back = tmp_path / "citat.samtalpkg"
    session = get_session(colistener.db, session.id)
    assert session.current_question is not None
    export_quotes(colistener, session, back)
    report = import_package(interviewer, back)
    assert report.quotes is not None and report.quotes.added == 2

    iid = find_interview(interviewer.db, code).id
    question_ids = [
        int(r[0])
        for r in interviewer.db.query(
            "SELECT q.id FROM question q JOIN section s ON s.id = q.section_id"
            " JOIN interview i ON i.guide_version_id = s.guide_version_id WHERE i.id = ?"
            " ORDER BY s.position, q.position",
            (iid,),
        )
    ]
    rows = interviewer.db.query(
        "SELECT text, question_id, starred FROM quote WHERE interview_id = ? AND source ="
        " 'import' ORDER BY at_ms, id",
        (iid,),
    )
    assert [(r[0], r[1], r[2]) for r in rows] == [
        ("Man vill bli sedd, inte bara vara ett ärende.", question_ids[2], 1),
        ("Jag fick inget besked på tre veckor.", question_ids[3], 0),
    ]
    theme = interviewer.db.scalar(
        "SELECT t.name FROM quote q JOIN quote_theme qt ON qt.quote_id = q.id"
        " JOIN theme t ON t.id = qt.theme_id WHERE q.text LIKE 'Man vill bli sedd%'"
    )
    assert theme == window.briefing.themes[0]["path"][-1]


def test_no_quote_consent_no_quotes(
    qtbot: QtBot, tmp_path: Path, laptops: tuple[Project, Project]
) -> None:
    interviewer, colistener = laptops
    iid = int(interviewer.db.scalar("SELECT id FROM interview ORDER BY id LIMIT 1"))
    interviewer.db.execute("UPDATE consent SET consent_quotes = 0 WHERE interview_id = ?", (iid,))
    code = str(interviewer.db.scalar("SELECT participant_code FROM interview WHERE id = ?", (iid,)))
    window = open_mode(qtbot, tmp_path, interviewer, colistener, code)
    assert window.consent_banner.isVisible() and not window.quote.isEnabled()
    window.quote.setPlainText("Ska inte sparas")
    window.submit()
    assert window.marks.count() == 0
    assert colistener.db.scalar("SELECT count(*) FROM colisten_quote") == 0
