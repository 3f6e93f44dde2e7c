"""Drive the real program's first start with real key presses and clicks, and say what it saw.

Run by ``tests/e2e/test_first_start.py`` as ``python -m tests.e2e.first_start_driver`` in a
scratch home (no ``SAMTAL_HOME``: the data folder is the one the OS gets). It runs
``ui.main.main`` (the program ``make run`` starts) and, once the start window is interactive:
presses F1, closes the help with Esc, clicks "Kom igång", presses Ctrl+N for the new-project
dialog, and prints one line ``FIRST-START {json}`` before it quits. No assertions here: the test
decides.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from app.paths import config_dir, data_dir
from app.store.location import cloud_sync_folder
from ui import i18n
from ui.main import main
from ui.start.help import HelpDialog
from ui.start.new_project import NewProjectDialog
from ui.start.window import StartWindow


def wait_for(condition: Callable[[], bool], timeout: float = 20.0) -> bool:
    """Process events until ``condition()`` holds (or the timeout passes)."""
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            return False
        QTest.qWait(10)
    return True


def help_seen(start: StartWindow) -> dict[str, object]:
    dialog = start.help_dialog
    if dialog is None or not wait_for(dialog.isVisible):
        return {"shown": False}
    assert isinstance(dialog, HelpDialog)
    text = dialog.browser.toPlainText()
    seen = {
        "shown": True,
        "title": dialog.windowTitle(),
        "first_line": text.splitlines()[0] if text else "",
        "names_projects_dir": str(start.projects_dir) in text,
        "placeholders_left": "{" in text,
    }
    QTest.keyClick(dialog, Qt.Key.Key_Escape)
    seen["closed_by_esc"] = wait_for(lambda: not dialog.isVisible())
    return seen


def drive(window: QWidget) -> None:
    assert isinstance(window, StartWindow)
    start = window
    start.activateWindow()
    seen: dict[str, object] = {
        "active": wait_for(start.isActiveWindow),
        "language": i18n.current(),
        "data_dir": str(data_dir()),
        "config_dir": str(config_dir()),
        "projects_dir": str(start.projects_dir),
        "projects_dir_cloud": cloud_sync_folder(start.projects_dir),
        "cloud_warning": start.cloud_warning.text() if start.cloud_warning.isVisible() else None,
        "empty_hint": start.empty_hint.text() if start.empty_hint.isVisible() else None,
        "help_button": start.help_button.text(),
    }
    QTest.keyClick(start, Qt.Key.Key_F1)
    seen["f1"] = help_seen(start)
    first = start.help_dialog
    QTest.mouseClick(start.help_button, Qt.MouseButton.LeftButton)
    seen["button"] = help_seen(start)
    seen["button_made_a_new_dialog"] = start.help_dialog is not first
    start.activateWindow()
    wait_for(start.isActiveWindow)
    QTest.keySequence(start, QKeySequence(QKeySequence.StandardKey.New))
    seen["new_project"] = None

    def new_dialog() -> NewProjectDialog | None:
        found = [w for w in QApplication.topLevelWidgets() if isinstance(w, NewProjectDialog)]
        return found[0] if found and found[0].isVisible() else None

    if wait_for(lambda: new_dialog() is not None):
        dialog = new_dialog()
        assert dialog is not None
        warning = dialog.cloud_warning
        seen["new_project"] = {
            "folder": dialog.folder.text(),
            "cloud_warning": warning.text() if warning.isVisible() else None,
        }
    print("FIRST-START " + json.dumps(seen, ensure_ascii=False), flush=True)
    app = QCoreApplication.instance()
    assert app is not None
    app.quit()


if __name__ == "__main__":
    sys.exit(main(["--report-ready", *sys.argv[1:]], on_ready=drive))
