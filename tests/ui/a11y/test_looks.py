"""Issue 21 item 4 on real screens: with a dark system palette and with high contrast the
screens keep 4.5:1 for all their text and show the focus frame; Inställningar switches high
contrast on for every open window, by keyboard, and it is remembered."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from app.demo import create_demo
from app.interview.records import list_interviews
from app.store import Project
from tests.conftest import PASSPHRASE, fast_kdf
from tests.ui.a11y.palettes import system_palette
from tests.ui.a11y.seeing import check_contrast, check_focus_frame
from tests.ui.a11y.tabwalk import activate, focus, press
from ui.settings import settings
from ui.style import look as ui_look
from ui.style.contrast import ratio

Role = QPalette.ColorRole


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[Project]:
    p = Project.create(tmp_path / "d", PASSPHRASE, kdf=fast_kdf())
    create_demo(p.db, interviews=3, words_per_interview=300)
    yield p
    if not p.closed:
        p.close()


def _screens(project: Project, home: Path) -> list[Callable[[], QWidget]]:
    from ui.analysis.window import AnalysisWindow
    from ui.export.dialog import ExportDialog
    from ui.guide.window import GuideWindow
    from ui.review.window import ReviewWindow
    from ui.security.preferences import PreferencesDialog
    from ui.start.new_project import NewProjectDialog
    from ui.start.unlock import UnlockDialog
    from ui.start.window import StartWindow

    first = list_interviews(project.db)[0].id

    def analysis() -> QWidget:
        w = AnalysisWindow(project)
        w.search_field.setText("jag")
        w.run_search()
        w.tabs.setCurrentIndex(3)
        w.search_view.setCurrentIndex(w.search_model.index(0, 0))
        return w

    return [
        lambda: StartWindow(home),
        lambda: UnlockDialog(project.folder, None),
        lambda: NewProjectDialog(None, home),
        lambda: PreferencesDialog(None),
        lambda: GuideWindow(project, None),
        lambda: ReviewWindow(project, first),
        lambda: ExportDialog(project, None, folder=home),
        analysis,
    ]


@pytest.mark.parametrize(
    ("system", "high_contrast"),
    [("gnome-dark", False), ("macos-light", False), ("fusion-light", True), ("windows-dark", True)],
)
def test_screens_in_every_look(
    qtbot: QtBot,
    qapp: QApplication,
    demo: Project,
    tmp_path: Path,
    system: str,
    high_contrast: bool,
) -> None:
    try:
        applied = ui_look.apply(qapp, high_contrast, system=system_palette(system))
        assert applied.high_contrast == high_contrast
        for make in _screens(demo, tmp_path):
            window = make()
            qtbot.addWidget(window)
            activate(qtbot, window)
            problems = check_contrast(window)
            target = focus()
            assert target is not None
            QApplication.processEvents()
            problems += check_focus_frame(target)
            assert problems == [], "\n".join(problems)
            window.close()
    finally:
        ui_look.restore(qapp)


def test_high_contrast_from_preferences(qtbot: QtBot, qapp: QApplication) -> None:
    from ui.security.preferences import PreferencesDialog
    from ui.start.window import StartWindow

    try:
        ui_look.apply(qapp)
        start = StartWindow(Path.home())
        qtbot.addWidget(start)
        start.show()
        normal_text = start.version.palette().color(Role.WindowText)
        dialog = PreferencesDialog(start)
        qtbot.addWidget(dialog)
        activate(qtbot, dialog)
        assert not dialog.high_contrast.isChecked()
        press(Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)  # &Hög kontrast
        qtbot.waitUntil(dialog.high_contrast.isChecked)  # a mnemonic clicks with animation
        with qtbot.waitSignal(dialog.changed):
            press(Qt.Key.Key_Return)
        assert settings().get("ui/high_contrast") is True
        current = ui_look.current()
        assert current.high_contrast and current.focus_width >= 3
        assert qapp.style().name().lower() == "fusion"
        QApplication.processEvents()  # the palette reaches open windows by event
        # the open start window follows: black text on white, its hint in the strong tone
        palette = start.palette()
        assert ratio(palette.color(Role.WindowText), palette.color(Role.Window)) > 20
        hint = start.version.palette().color(Role.WindowText)
        assert hint != normal_text and ratio(hint, palette.color(Role.Window)) >= 7
        assert check_contrast(start) == []
    finally:
        ui_look.restore(qapp)
