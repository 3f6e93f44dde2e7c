"""The background-task helper on real widgets and a real backup: a job outlives the window that
started it, errors reach the error funnel, quitting waits for a running job, and Ctrl+W then
quit leaves no crash report (the false "Samtal avslutades oväntat" of issue 11).

The backup is held at a gate (a ``threading.Event``) until the test has made the window go
away, so the order of events is the same on a busy machine as on an idle one.
"""

from __future__ import annotations

import io
import sys
import threading
from collections.abc import Callable, Iterator
from typing import Any

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from app import logsetup
from app.errors import DiskFull
from app.security import backup as backup_module
from app.store import Project
from tests.ui.session_helpers import CTRL, key
from ui import tasks
from ui.app_controller import AppController
from ui.errors import ErrorBox
from ui.tasks import Tasks
from ui.widgets import clipboard


@pytest.fixture
def crash_reports(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[], str | None]]:
    """Samtal's own crash handler, as in the app: an exception in a slot writes a report."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    monkeypatch.setattr(logsetup, "_fault_file", object())  # no faulthandler file in tests
    logsetup.install_crash_handler()
    assert logsetup.pending_crash_report() is None
    yield logsetup.pending_crash_report


@pytest.fixture
def gate(monkeypatch: pytest.MonkeyPatch) -> Iterator[threading.Event]:
    """The rolling backup at close waits until the test opens the gate (then runs for real)."""
    opened = threading.Event()
    real = backup_module.rolling_backup

    def gated(project: Project, *args: Any, **kwargs: Any) -> Any:
        assert opened.wait(60), "the test never opened the gate"
        return real(project, *args, **kwargs)

    monkeypatch.setattr(backup_module, "rolling_backup", gated)
    monkeypatch.setattr(tasks, "PROGRESS_DELAY_MS", 0)  # the progress dialog shows at once
    yield opened
    opened.set()


def progress_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def delete_now(qtbot: Any, widget: QWidget) -> None:
    widget.close()
    widget.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(widget))


def close_with_ctrl_w(qtbot: Any, controller: AppController, project: Project) -> None:
    controller.show_project(project)
    window = controller.project_window
    assert window is not None
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(window, Qt.Key.Key_W, CTRL)
    assert controller.project is None and controller.start.isVisible()


def test_ctrl_w_then_quit_leaves_no_crash_report(
    qtbot, session_project, tmp_path, gate, crash_reports
):
    """Quit while the close's backup still runs: quitting waits, the result is delivered."""
    controller = AppController(tmp_path / "projekt")
    finished: list[backup_module.CloseOutcome] = []
    controller.backup_finished.connect(finished.append)
    close_with_ctrl_w(qtbot, controller, session_project)
    qtbot.waitUntil(lambda: bool(progress_dialogs()))
    gate.set()
    controller.shutdown()  # what QApplication.aboutToQuit runs
    delete_now(qtbot, controller.start)  # then the windows go, as at the end of the program
    assert [o.error for o in finished] == [None]
    assert finished[0].backup is not None and finished[0].backup.is_dir()
    assert backup_module.newest_good_backup(session_project.folder) == finished[0].backup
    assert session_project.closed and Tasks.running() == 0
    assert crash_reports() is None
    clipboard.clear_if_ours()


def test_job_outlives_its_deleted_parent_window(
    qtbot, session_project, tmp_path, gate, crash_reports
):
    """Ctrl+W, then the start window (the progress dialog's parent) is deleted mid-backup."""
    controller = AppController(tmp_path / "projekt")
    finished: list[backup_module.CloseOutcome] = []
    controller.backup_finished.connect(finished.append)
    close_with_ctrl_w(qtbot, controller, session_project)
    qtbot.waitUntil(lambda: bool(progress_dialogs()))
    dialog = progress_dialogs()[0]
    delete_now(qtbot, controller.start)
    assert not shiboken6.isValid(dialog)  # it went with its parent
    gate.set()
    qtbot.waitUntil(lambda: bool(finished), timeout=30_000)
    assert finished[0].error is None and finished[0].backup is not None
    qtbot.waitUntil(lambda: Tasks.running() == 0)
    assert crash_reports() is None
    controller.shutdown()
    clipboard.clear_if_ours()


def test_result_for_a_deleted_widget_is_dropped(qtbot, crash_reports):
    """A dialog closed while its job runs: the job ends cleanly, the dialog's slot never runs."""
    opened = threading.Event()
    widget = QWidget()
    calls: list[object] = []

    class Receiver(QWidget):
        def done(self, result: object) -> None:
            calls.append(result)

    receiver = Receiver(widget)
    Tasks.run(lambda: opened.wait(60), receiver.done, receiver.done, widget, "Arbetar…")
    delete_now(qtbot, widget)
    opened.set()
    qtbot.waitUntil(lambda: Tasks.running() == 0, timeout=30_000)
    assert calls == [] and crash_reports() is None


def test_errors_reach_the_error_funnel_by_default(qtbot, monkeypatch):
    monkeypatch.setattr(ErrorBox, "captured", [])
    parent = QWidget()
    qtbot.addWidget(parent)

    def full() -> None:
        raise DiskFull("write")

    Tasks.run(full, lambda _r: None, parent=parent)
    qtbot.waitUntil(lambda: bool(ErrorBox.captured))
    assert len(ErrorBox.captured) == 1 and ErrorBox.captured[0]


@pytest.mark.parametrize("synchronous", [False, True])
def test_both_paths_catch_the_same_errors(qtbot, monkeypatch, synchronous):
    """The synchronous (test) path hands on what the threaded path hands on, BaseException too."""
    monkeypatch.setattr(Tasks, "synchronous", synchronous)
    errors: list[BaseException] = []

    class Stop(BaseException):
        pass

    def stop() -> None:
        raise Stop

    Tasks.run(stop, lambda _r: None, errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], Stop)


def test_quit_waits_for_a_running_job(qtbot):
    opened = threading.Event()
    results: list[str] = []
    Tasks.run(lambda: opened.wait(60) and "klar", results.append)
    assert Tasks.running() == 1
    threading.Timer(0.05, opened.set).start()  # released from another thread, any time
    assert Tasks.wait_all(60_000)
    assert results == ["klar"] and Tasks.running() == 0
