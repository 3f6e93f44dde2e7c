"""Shared pieces of the field-readiness tests (issue 14): an interview with consent, a session
window opened the way the app opens it, and the contrast of a label's text."""

from __future__ import annotations

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QWidget

from app.interview.consent import ConsentRecord, record_consent
from app.interview.records import create_interview
from app.store import Project
from ui.app_controller import AppController
from ui.session.window import SessionWindow


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

    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())


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
