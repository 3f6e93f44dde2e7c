"""Swedish first, English when switched: the English translation is complete and is used."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from ui import i18n
from ui.project.window import ProjectWindow
from ui.start.window import StartWindow

ROOT = Path(__file__).parents[2]


def test_every_ui_string_has_an_english_translation() -> None:
    result = subprocess.run(
        [sys.executable, "packaging/translations.py", "check"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout[-2000:]


def test_switching_language_retranslates(qtbot: QtBot, tmp_path: Path, project_with_guide) -> None:
    start = StartWindow(tmp_path)
    qtbot.addWidget(start)
    assert start.new_button.text() == "&Nytt projekt…"
    try:
        assert i18n.install("en")
        start.retranslate()
        assert (
            start.new_button.text() != "&Nytt projekt…"
            and "project" in start.new_button.text().lower()
        )
        window = ProjectWindow(project_with_guide)
        qtbot.addWidget(window)
        assert window.model.headerData(0, Qt.Orientation.Horizontal) == "Participant code"
        assert window.new_button.text() == "New interview"
    finally:
        i18n.install("sv")
    start.retranslate()
    assert start.new_button.text() == "&Nytt projekt…"
