"""Issue 21: the Säkerhet dialog (each tab) and the withdrawal confirmation pass every
accessibility check, in Swedish and English."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from app.interview.records import create_interview
from app.store import Project
from tests.ui.a11y.screen import check_screen, report
from ui import i18n
from ui.security.dialog import TABS, SecurityDialog
from ui.style.palette import Look


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> object:
    i18n.install(request.param)
    yield request.param
    i18n.install("sv")


@pytest.mark.parametrize("tab", TABS)
def test_security_dialog(
    qtbot: QtBot, project_with_guide: Project, look: Look, tab: str, language: str
) -> None:
    create_interview(project_with_guide.db, held_on="2026-03-01", participant_code="K7Q-XMA")
    dialog = SecurityDialog(project_with_guide, None, tab=tab)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog, language=language)
    assert problems == [], report(problems)


def test_withdrawal_dialog(qtbot: QtBot, project_with_guide: Project, look: Look) -> None:
    from ui.security.withdrawal import WithdrawalDialog

    iv = create_interview(project_with_guide.db, held_on="2026-03-01", participant_code="K7Q-XMA")
    dialog = WithdrawalDialog(project_with_guide, iv.id, None)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog)
    assert problems == [], report(problems)
