"""Issue 21: the interview screens (project window, new interview, consent, runner, quote window,
summary, co-listener mode) pass every accessibility check, in Swedish and English."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import create_interview
from app.store import Project
from tests.ui.a11y.screen import check_screen, report
from ui import i18n
from ui.project.window import ProjectWindow
from ui.session.window import SessionWindow
from ui.style.palette import Look
from ui.team.colistener_window import ColistenerWindow


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
