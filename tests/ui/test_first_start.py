"""First start for a non-technical user: the language follows the system until the user picks
one, "Kom igång" is one key (F1) or one button away in both languages, and a synced (cloud)
project folder is warned about."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from app.paths import default_projects_dir
from ui import i18n
from ui.app_controller import AppController
from ui.settings import settings
from ui.start.help import HelpDialog, help_text
from ui.start.new_project import NewProjectDialog
from ui.start.window import StartWindow


@pytest.mark.parametrize(
    ("ui_languages", "language"),
    [
        (["sv-Latn-SE", "sv-SE", "sv"], "sv"),
        (["sv-FI", "sv"], "sv"),
        (["en-US", "en"], "en"),
        (["de-DE", "de"], "en"),
        (["nb-NO", "sv-SE"], "en"),  # the most preferred language decides
        (["C"], "sv"),  # a system that says nothing: Samtal's first language
        (["POSIX", "en_GB"], "en"),
        ([], "sv"),
    ],
)
def test_the_system_language_decides_swedish_or_english(
    ui_languages: list[str], language: str
) -> None:
    assert i18n.language_for(ui_languages) == language


def test_until_the_user_chooses_the_setting_is_the_systems() -> None:
    assert not settings().is_chosen("ui/language")
    assert settings().get("ui/language") == i18n.system_language() == "sv"  # LANGUAGE=sv (tests)
    settings().set("ui/language", "en")
    assert settings().is_chosen("ui/language") and settings().get("ui/language") == "en"


@pytest.fixture
def english() -> Iterator[None]:
    try:
        assert i18n.install("en")
        yield
    finally:
        i18n.install("sv")


def _shown_start(qtbot: QtBot, folder: Path) -> StartWindow:
    start = StartWindow(folder)
    qtbot.addWidget(start)
    start.show()
    start.activateWindow()
    qtbot.waitUntil(start.isActiveWindow)
    return start


def test_f1_opens_kom_igang_in_swedish(qtbot: QtBot, tmp_path: Path) -> None:
    start = _shown_start(qtbot, tmp_path / "projekt")
    QTest.keyClick(start, Qt.Key.Key_F1)
    dialog = start.help_dialog
    assert isinstance(dialog, HelpDialog) and dialog.isVisible()
    text = dialog.browser.toPlainText()
    assert text.startswith("Kom igång med Samtal")
    assert str(tmp_path / "projekt") in text and "demo-samtal" in text
    assert "{" not in text  # every placeholder filled in
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_button_opens_kom_igang_in_english(qtbot: QtBot, tmp_path: Path, english: None) -> None:
    start = _shown_start(qtbot, tmp_path)
    start.retranslate()
    assert "Getting started" in start.help_button.text()
    qtbot.mouseClick(start.help_button, Qt.MouseButton.LeftButton)
    dialog = start.help_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "Getting started with Samtal"
    assert dialog.browser.toPlainText().startswith("Getting started with Samtal")


def test_both_pages_say_the_same_things() -> None:
    folder = Path("/granskningar/här")
    sv, en = help_text("sv", folder), help_text("en", folder)
    assert sv.count("\n## ") == en.count("\n## ") >= 6
    for text in (sv, en):
        assert text.count(str(folder)) == 1 and "demo-samtal" in text and "OneDrive" in text
    assert help_text("fi", folder) == sv


def test_a_cloud_folder_for_a_new_project_is_warned_about(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = NewProjectDialog(None, default_projects_dir())
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.cloud_warning.isVisible()  # the default folder is local
    dialog.folder.setText(str(tmp_path / "OneDrive - Kommunen" / "Samtal"))
    assert dialog.cloud_warning.isVisible() and "OneDrive - Kommunen" in dialog.cloud_warning.text()
    monkeypatch.setenv("OneDrive", str(tmp_path / "Jobbmoln"))
    dialog.folder.setText(str(tmp_path / "Jobbmoln" / "projekt"))
    assert dialog.cloud_warning.isVisible() and "Jobbmoln" in dialog.cloud_warning.text()
    dialog.folder.setText(str(tmp_path / "lokalt"))
    assert not dialog.cloud_warning.isVisible()


def test_a_synced_default_folder_is_warned_about_in_the_start_window(
    qtbot: QtBot, tmp_path: Path
) -> None:
    local = StartWindow(tmp_path / "projekt")
    synced = StartWindow(tmp_path / "Dropbox" / "Samtal")
    for w in (local, synced):
        qtbot.addWidget(w)
        w.show()
    assert not local.cloud_warning.isVisible()
    assert synced.cloud_warning.isVisible() and "Dropbox" in synced.cloud_warning.text()


def test_the_language_chosen_in_installningar_wins(qtbot: QtBot, tmp_path: Path) -> None:
    controller = AppController(tmp_path / "projekt")
    qtbot.addWidget(controller.start)
    controller.show_start()
    try:
        controller.show_preferences()
        dialog = controller.preferences_dialog
        assert dialog is not None
        assert dialog.language.currentData() == "sv"
        dialog.save()  # unchanged: not yet a choice, the system's language still rules
        assert not settings().is_chosen("ui/language")
        controller.show_preferences()
        dialog = controller.preferences_dialog
        assert dialog is not None
        dialog.language.setCurrentIndex(dialog.language.findData("en"))
        dialog.save()
        assert settings().get("ui/language") == "en" and i18n.current() == "en"
        assert controller.start.new_button.text() == "&New project…"
        assert controller.start.language.currentData() == "en"
    finally:
        i18n.install("sv")
        controller.shutdown()


def test_an_empty_start_window_says_what_to_do_first(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "projekt"
    start = StartWindow(folder)
    qtbot.addWidget(start)
    start.show()
    assert start.empty_hint.isVisible() and not start.projects.isVisible()
    assert "demon" in start.empty_hint.text() and "F1" in start.empty_hint.text()
    project = folder / "Granskning.samtal"
    project.mkdir(parents=True)
    for name in ("samtal.db", "samtal.key"):
        (project / name).write_bytes(b"x")
    start.refresh_projects()
    assert start.projects.isVisible() and not start.empty_hint.isVisible()
    assert start.projects.count() == 1
