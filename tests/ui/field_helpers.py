"""Shared pieces of the field-readiness tests (issue 14): a controller, fake idle clocks, an
interview with consent, and a session window opened the way the app opens it.

Fixtures are imported by name into the test modules that use them.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import create_interview
from app.store import Project
from ui.app_controller import AppController
from ui.security.idle_lock import IdleWatcher
from ui.session.window import SessionWindow
from ui.widgets import clipboard


class Clocks:
    """Fake monotonic and wall clocks for the idle watcher."""

    def __init__(self) -> None:
        self.mono = 5000.0
        self.wall = 1_800_000_000.0

    def advance(self, seconds: float, asleep: bool = False) -> None:
        self.wall += seconds
        if not asleep:
            self.mono += seconds


@pytest.fixture
def clocks(monkeypatch: pytest.MonkeyPatch) -> Clocks:
    c = Clocks()
    monkeypatch.setattr(IdleWatcher, "monotonic", staticmethod(lambda: c.mono))
    monkeypatch.setattr(IdleWatcher, "wall_clock", staticmethod(lambda: c.wall))
    return c


@pytest.fixture
def controller(qtbot, tmp_path: Path) -> Iterator[AppController]:
    c = AppController(tmp_path / "projekt")
    qtbot.addWidget(c.start)
    yield c
    c.shutdown()
    for w in (c.project_window, c.unlock_dialog):
        if w is not None:
            w.hide()
    clipboard.clear_if_ours()


def consented(project: Project, quotes: bool = True) -> int:
    interview = create_interview(project.db, interviewer_code="AB", co_listener_code="CD")
    record_consent(
        project.db, interview.id, ConsentRecord.all_required("AB", consent_quotes=quotes)
    )
    return interview.id


def open_session(qtbot, controller: AppController, project: Project, interview_id: int):
    controller.show_project(project)
    controller.open_interview(interview_id)
    window = controller.session_window
    assert isinstance(window, SessionWindow)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def open_window(qtbot, project: Project, interview_id: int) -> SessionWindow:
    window = SessionWindow(project, interview_id)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def _luminance(c: QColor) -> float:
    def channel(v: float) -> float:
        return v / 12.92 if v <= 0.03928 else ((v + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
    )


def contrast(label: QLabel | QWidget) -> float:
    """WCAG contrast of a widget's text against its window colour, after style sheets apply."""
    label.ensurePolished()
    fg = label.palette().color(QPalette.ColorRole.WindowText)
    bg = label.palette().color(QPalette.ColorRole.Window)
    a = fg.alphaF()  # placeholder-text is the text colour at half alpha: blend it
    fg = QColor.fromRgbF(
        fg.redF() * a + bg.redF() * (1 - a),
        fg.greenF() * a + bg.greenF() * (1 - a),
        fg.blueF() * a + bg.blueF() * (1 - a),
    )
    hi, lo = sorted((_luminance(fg), _luminance(bg)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)
