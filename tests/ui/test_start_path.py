"""Start window → new project → project window → lock → unlock, on real widgets."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.interview import records as interviews
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.ui.session_helpers import type_text
from ui.app_controller import DEMO_PASSPHRASE, AppController
from ui.project.interview_model import InterviewTableModel
from ui.settings import ALLOWED_KEYS, settings
from ui.start.new_project import NewProjectDialog
from ui.start.unlock import UnlockDialog
from ui.start.window import ProjectChooser


@pytest.fixture
def controller(qtbot: QtBot, tmp_path: Path) -> AppController:
    c = AppController(tmp_path / "projekt")
    qtbot.addWidget(c.start)
    c.show_start()
    yield c
    c.shutdown()
    if c.project_window:
        c.project_window.close_for_good()


def test_new_project_to_project_window(qtbot: QtBot, controller: AppController) -> None:
    qtbot.mouseClick(controller.start.new_button, Qt.MouseButton.LeftButton)
    dialog = controller.new_dialog
    assert isinstance(dialog, NewProjectDialog) and dialog.isVisible()
    type_text(dialog.name, "Ekonomiskt bistånd 2026")
    type_text(dialog.passphrase, PASSPHRASE)
    type_text(dialog.repeat, "något annat")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error.isVisible() and "inte lika" in dialog.error.text()
    type_text(dialog.repeat, PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.project_window is not None and controller.project_window.isVisible(),
        timeout=10_000,
    )
    window = controller.project_window
    assert window is not None
    assert window.title.text() == "Ekonomiskt bistånd 2026"
    assert not controller.start.isVisible()
    assert window.model.rowCount() == 0 and window.empty_hint.isVisible()
    folder = controller.projects_dir / "Ekonomiskt bistånd 2026.samtal"
    assert folder.is_dir()
    # nothing about the project in the settings file
    settings().sync()
    assert set(settings().all_keys()) <= ALLOWED_KEYS
    ini = Path(settings().file_name)
    if ini.exists():
        assert "bistånd" not in ini.read_text(encoding="utf-8", errors="replace")


def test_lock_then_unlock_with_wrong_and_right_passphrase(
    qtbot: QtBot, controller: AppController, tmp_path: Path
) -> None:
    folder = controller.projects_dir / "p.samtal"
    controller.projects_dir.mkdir()
    p = Project.create(folder, PASSPHRASE, audit_name="Låstest", kdf=fast_kdf())
    interviews.create_interview(p.db, mode="video")
    controller.show_project(p)
    window = controller.project_window
    assert window is not None and window.model.rowCount() == 1
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert p.closed and controller.project is None and not window.isVisible()
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.passphrase.hasFocus()
    type_text(dialog.passphrase, "fel lösenord")
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=10_000)
    assert "Fel lösenord" in dialog.error.text() and dialog.passphrase.text() == ""
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.isVisible(), timeout=10_000)
    assert controller.project is not None and not controller.project.closed
    assert window.model.rowCount() == 1


def test_open_existing_project_from_start_window(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller.projects_dir.mkdir()
    Project.create(controller.projects_dir / "befintlig", PASSPHRASE, kdf=fast_kdf()).close()
    controller.start.refresh_projects()
    assert controller.start.projects.count() == 1
    monkeypatch.setattr(
        ProjectChooser, "choose", classmethod(lambda cls, parent, start: start / "befintlig.samtal")
    )
    controller.start.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is controller.start)
    qtbot.keyClick(controller.start.projects, Qt.Key.Key_O, Qt.KeyboardModifier.ControlModifier)
    dialog = controller.unlock_dialog
    assert dialog is not None and dialog.isVisible()
    type_text(dialog.passphrase, PASSPHRASE)
    qtbot.mouseClick(dialog.unlock_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.project_window is not None and controller.project_window.isVisible(),
        timeout=10_000,
    )
    with qtbot.waitSignal(controller.backup_finished, timeout=20_000):
        controller.project_window.close_requested.emit()
    assert controller.project is None and controller.start.isVisible()


def test_open_demo(qtbot: QtBot, controller: AppController) -> None:
    qtbot.mouseClick(controller.start.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: controller.project_window is not None and controller.project_window.isVisible(),
        timeout=30_000,
    )
    window = controller.project_window
    assert window.model.rowCount() == 8
    assert window.title.text().startswith("DEMO")
    with qtbot.waitSignal(controller.backup_finished, timeout=20_000):
        controller.close_project()
    # the demo opens again with its published passphrase
    Project.open(controller.projects_dir / "Demo.samtal", DEMO_PASSPHRASE).close()


def test_interview_model_passes_modeltester(
    qtmodeltester: object, project_with_guide: Project
) -> None:
    for mode in ("phone", "video", "on_site"):
        interviews.create_interview(project_with_guide.db, mode=mode)
    model = InterviewTableModel(project_with_guide.db)
    assert model.rowCount() == 3 and model.columnCount() == 6
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.headerData(0, Qt.Orientation.Horizontal) == "Deltagarkod"


def test_settings_refuse_unknown_keys() -> None:
    with pytest.raises(KeyError):
        settings().set("recent/projects", ["/home/anna/Uppsala.samtal"])
    settings().set("session/font_point_size", 400)
    assert settings().get("session/font_point_size") == 48


def test_new_project_starts_with_the_bundled_guide_and_guide_window_saves(
    qtbot: QtBot, controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from app.guide import service
    from ui.guide.window import GuideWindow, UnsavedQuestion

    controller.new_project()
    dialog = controller.new_dialog
    assert dialog is not None and dialog.with_guide.isChecked()
    dialog.name.setText("Med guide")
    dialog.passphrase.setText(PASSPHRASE)
    dialog.repeat.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: controller.project is not None, timeout=10_000)
    db = controller.project.db
    assert [g.title for g in service.list_guides(db)] == [
        "Frågeguide Socialtjänst – Ekonomiskt bistånd"
    ]
    controller.edit_guide()
    window = controller.guide_window
    assert isinstance(window, GuideWindow) and window.editor.guide().questions()
    edited = window.editor.guide()
    edited.sections[0].title = "Inledning"
    window.editor.set_guide(edited)
    assert window.save() and "version 1" in window.status.text()
    interviews.create_interview(db)  # the guide is now in use: the next save makes version 2
    edited.sections[0].title = "Inledningen"
    window.editor.set_guide(edited)
    assert window.save() and "version 2" in window.status.text()
    monkeypatch.setattr(UnsavedQuestion, "ask", classmethod(lambda cls, parent: "discard"))
    window.close()


def test_project_window_buttons_reach_every_action(
    qtbot: QtBot, project_with_guide: Project
) -> None:
    from ui.project.window import ProjectWindow

    window = ProjectWindow(project_with_guide)
    qtbot.addWidget(window)
    with qtbot.waitSignal(window.guide_requested):
        qtbot.mouseClick(window.guide_button, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(window.export_requested):
        qtbot.mouseClick(window.export_button, Qt.MouseButton.LeftButton)
    assert not window.review_button.isEnabled()  # nothing to review without interviews
    interviews.create_interview(project_with_guide.db)
    window.refresh()
    with qtbot.waitSignal(window.review_requested) as signal:
        qtbot.mouseClick(window.review_button, Qt.MouseButton.LeftButton)
    assert signal.args == [window.current_interview_id()]
    window.close_for_good()
