"""Issue 21: the guide editor, the pseudonymisation review and the export dialog pass every
accessibility check (in Swedish and English)."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from app.store import Project
from tests.ui.a11y.screen import check_screen, report
from tests.ui.a11y.tabwalk import activate
from tests.unit.test_export import audit  # noqa: F401 - fixture
from ui import i18n
from ui.export.dialog import ExportDialog
from ui.guide.window import GuideWindow
from ui.review.window import ReviewWindow
from ui.style.palette import Look


@pytest.fixture(params=["sv", "en"])
def language(request: pytest.FixtureRequest) -> object:
    i18n.install(request.param)
    yield request.param
    i18n.install("sv")


@pytest.mark.parametrize("select", ["nothing", "section", "question", "follow-up"])
def test_guide_editor(
    qtbot: QtBot, project_with_guide: Project, look: Look, select: str, language: str
) -> None:
    window = GuideWindow(project_with_guide, None)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    editor = window.editor
    guide = editor.model.guide
    node = {
        "nothing": None,
        "section": guide.sections[0],
        "question": guide.sections[0].questions[0],
        "follow-up": next(q for q in guide.questions() if q.follow_ups).follow_ups[0],
    }[select]
    activate(qtbot, window)
    editor.select(node)
    editor.tree.setFocus()
    problems = check_screen(qtbot, window, language=language, frames=select == "question")
    assert problems == [], report(problems)


def test_review_window(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    look: Look,
    language: str,
) -> None:
    project, a, _b = audit
    window = ReviewWindow(project, a)
    qtbot.addWidget(window)
    window.resize(1200, 700)
    problems = check_screen(qtbot, window, language=language)
    assert problems == [], report(problems)


@pytest.mark.parametrize("kind", ["transcript", "qdpx", "plain"])
def test_export_dialog(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
    look: Look,
    kind: str,
    language: str,
) -> None:
    project, a, _b = audit
    dialog = ExportDialog(project, None, interview_id=a, folder=tmp_path)
    qtbot.addWidget(dialog)
    if kind == "qdpx":
        dialog.qdpx_button.setChecked(True)
    if kind == "plain":
        dialog.encrypt.setChecked(False)
    problems = check_screen(qtbot, dialog, language=language)
    assert problems == [], report(problems)


def test_message_boxes_and_small_dialogs(
    qtbot: QtBot,
    project_with_guide: Project,
    look: Look,
    language: str,
) -> None:
    """No Qt "OK" anywhere: message boxes close with "Stäng", questions say "Ja"/"Nej", the
    theme picker tags, the codebook's input dialogs save."""
    from PySide6.QtWidgets import QMessageBox

    from app.analysis.themes import add_default_themes
    from ui.analysis.codebook_panel import ThemePicker, _input_dialog
    from ui.analysis.models import ThemeTreeModel
    from ui.widgets.common import message_box

    add_default_themes(project_with_guide.db)
    themes = ThemeTreeModel(project_with_guide.db)
    for make in (
        lambda: _input_dialog(None, "Tema", "Q7:"),
        lambda: message_box(None, QMessageBox.Icon.Warning, "Samtal", "Något gick fel."),
        lambda: message_box(None, QMessageBox.Icon.Question, "Samtal", "Ta bort?", True),
        lambda: ThemePicker(None, themes),
    ):
        dialog = make()
        qtbot.addWidget(dialog)
        problems = check_screen(qtbot, dialog, language=language, frames=False)
        assert problems == [], report(problems)
        dialog.close()
