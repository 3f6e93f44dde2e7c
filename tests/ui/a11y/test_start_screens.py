"""Issue 21: start, unlock, new project and preferences pass every accessibility check."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from app.store import Project
from tests.ui.a11y.screen import check_screen, report
from tests.ui.a11y.tabwalk import activate, focus, press
from tests.ui.a11y.tree import interface
from tests.ui.session_helpers import type_text
from ui import i18n
from ui.security.preferences import PreferencesDialog
from ui.start.new_project import NewProjectDialog
from ui.start.unlock import UnlockDialog
from ui.start.window import StartWindow
from ui.style.palette import Look


def test_start_window(qtbot: QtBot, tmp_path: Path, look: Look) -> None:
    window = StartWindow(tmp_path)
    qtbot.addWidget(window)
    problems = check_screen(qtbot, window)
    assert problems == [], report(problems)


def test_unlock_dialog(qtbot: QtBot, project: Project, look: Look) -> None:
    dialog = UnlockDialog(project.folder, None)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog)
    assert problems == [], report(problems)


def test_unlock_error_is_read_and_tied_to_the_field(
    qtbot: QtBot, project: Project, look: Look
) -> None:
    """A wrong passphrase: the message is read as what it says, the passphrase field carries
    it as its description and gets the focus back."""
    folder = project.folder
    project.close()
    dialog = UnlockDialog(folder, None)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_text(dialog.passphrase, "fel lösenord")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert focus() is dialog.passphrase
    shown = dialog.error.text()
    assert shown
    assert interface(dialog.error).text(QAccessible.Text.Name) == shown
    assert shown in interface(dialog.passphrase).text(QAccessible.Text.Description)
    problems = check_screen(qtbot, dialog)
    assert problems == [], report(problems)


def test_new_project_dialog(qtbot: QtBot, tmp_path: Path, look: Look) -> None:
    dialog = NewProjectDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog)
    assert problems == [], report(problems)


def test_new_project_error_moves_focus_to_the_field(
    qtbot: QtBot, tmp_path: Path, look: Look
) -> None:
    dialog = NewProjectDialog(None, tmp_path)
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    type_text(dialog.name, "Granskning")
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    press(Qt.Key.Key_Tab)
    assert focus() is dialog.passphrase
    type_text(dialog.passphrase, "ett långt lösenord")
    press(Qt.Key.Key_Tab)
    type_text(dialog.repeat, "ett annat lösenord")
    press(Qt.Key.Key_Return)
    assert dialog.error.isVisible()
    assert focus() is dialog.repeat
    assert dialog.error.text() in interface(dialog.repeat).text(QAccessible.Text.Description)
    assert interface(dialog.error).text(QAccessible.Text.Name) == dialog.error.text()


def test_preferences_dialog(qtbot: QtBot, look: Look) -> None:
    dialog = PreferencesDialog(None)
    qtbot.addWidget(dialog)
    problems = check_screen(qtbot, dialog)
    assert problems == [], report(problems)


def test_start_screens_in_english(
    qtbot: QtBot, tmp_path: Path, project: Project, look: Look
) -> None:
    try:
        assert i18n.install("en")
        for window in (
            StartWindow(tmp_path),
            UnlockDialog(project.folder, None),
            NewProjectDialog(None, tmp_path),
            PreferencesDialog(None),
        ):
            qtbot.addWidget(window)
            if isinstance(window, StartWindow):
                window.retranslate()
            problems = check_screen(qtbot, window, language="en", frames=False)
            assert problems == [], report(problems)
            window.close()
    finally:
        i18n.install("sv")
