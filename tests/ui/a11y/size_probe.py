"""Open Samtal's screens on one screen size and report how they fit (run in a subprocess).

``python -m tests.ui.a11y.size_probe OUT.json SCREEN…`` with ``QT_QPA_PLATFORM`` set to an
offscreen screen of the size under test (``offscreen:configfile=…``) and ``QT_SCALE_FACTOR``
for 150 %. For each screen it writes the available screen area, the window's frame, its
minimum size and the labels and buttons the layout cuts short (a word-wrapped label lower
than its text needs, a button or one-line label narrower than its text). Screenshots go
next to OUT.json when ``SAMTAL_SIZE_SHOTS`` is set.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QPoint, QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel, QLineEdit, QWidget

from app.demo import create_demo
from app.store import KdfParams, Project

PASSPHRASE = "storlek-på-skärmen"

Build = Callable[[Project, Path], QWidget]


def _start(project: Project, home: Path) -> QWidget:
    from ui.start.window import StartWindow

    return StartWindow(home)


def _unlock(project: Project, home: Path) -> QWidget:
    from ui.start.unlock import UnlockDialog

    return UnlockDialog(project.folder, None)


def _new_project(project: Project, home: Path) -> QWidget:
    from ui.start.new_project import NewProjectDialog

    return NewProjectDialog(None, home)


def _preferences(project: Project, home: Path) -> QWidget:
    from ui.security.preferences import PreferencesDialog

    return PreferencesDialog(None)


def _guide(project: Project, home: Path) -> QWidget:
    from ui.guide.window import GuideWindow

    window = GuideWindow(project, None)
    question = window.editor.model.guide.sections[0].questions[0]
    window.editor.select(question)
    return window


def _review(project: Project, home: Path) -> QWidget:
    from app.interview.records import list_interviews
    from ui.review.window import ReviewWindow

    return ReviewWindow(project, list_interviews(project.db)[0].id)


def _export(project: Project, home: Path) -> QWidget:
    from ui.export.dialog import ExportDialog

    dialog = ExportDialog(project, None, folder=home)
    dialog.qdpx_button.setChecked(True)  # the longest note
    dialog.encrypt.setChecked(False)  # and the warning
    return dialog


def _analysis(tab: int) -> Build:
    def build(project: Project, home: Path) -> QWidget:
        from ui.analysis.window import AnalysisWindow

        window = AnalysisWindow(project)
        window.tabs.setCurrentIndex(tab)
        views = (
            window.question_view,
            window.theme_view,
            window.interview_items_view,
            window.search_view,
        )
        if tab == 3:
            window.search_field.setText("jag")
            window.run_search()
        if tab < len(views):
            views[tab].setCurrentIndex(views[tab].model().index(0, 0))
        return window

    return build


def _security(tab: str) -> Build:
    def build(project: Project, home: Path) -> QWidget:
        from ui.security.dialog import SecurityDialog

        return SecurityDialog(project, None, tab=tab)

    return build


def _withdrawal(project: Project, home: Path) -> QWidget:
    from app.interview.records import list_interviews
    from ui.security.withdrawal import WithdrawalDialog

    return WithdrawalDialog(project, list_interviews(project.db)[0].id, None)


def _project(project: Project, home: Path) -> QWidget:
    from ui.project.window import ProjectWindow

    return ProjectWindow(project)


def _new_interview(project: Project, home: Path) -> QWidget:
    from ui.session.new_interview import NewInterviewDialog

    return NewInterviewDialog(project.db, None)


def _session(where: str) -> Build:
    """The interview window: consent, the runner on a question with a section's introduction
    and three follow-ups (one with a hint), the quotes floating (F8), or the summary."""

    def build(project: Project, home: Path) -> QWidget:
        from app.guide.repository import add_guide
        from app.interview.consent import ConsentRecord, record_consent
        from app.interview.records import create_interview
        from tests.ui.a11y.test_interview_screens import field_guide
        from ui.session.window import SessionWindow

        version = add_guide(project.db, field_guide(), make_default=False)
        interview = create_interview(
            project.db, interviewer_code="AB", co_listener_code="CD", guide_version_id=version
        )
        if where != "consent":
            record = ConsentRecord.all_required("AB", consent_quotes=True)
            record_consent(project.db, interview.id, record)
        window = SessionWindow(project, interview.id)
        if where == "summary":
            window.show_summary()
        return window

    return build


def _quote_window(project: Project, home: Path) -> QWidget:
    window = _session("runner")(project, home)
    window.show()
    QApplication.processEvents()
    window.toggle_quote_window()  # type: ignore[attr-defined]
    dock: QWidget = window.quote_window  # type: ignore[attr-defined]
    dock.save_and_close = window.save_and_close  # type: ignore[attr-defined]
    return dock


def _receipt(project: Project, home: Path) -> QWidget:
    from app.audit import audit_info
    from app.interview.receipt import receipt
    from ui.session.receipt_dialog import ReceiptDialog

    return ReceiptDialog(receipt("K7Q-XMA", audit_info(project.db), "2027-06-30"))


def _project_settings(project: Project, home: Path) -> QWidget:
    from ui.project.settings_dialog import ProjectSettingsDialog

    return ProjectSettingsDialog(project.db, None)


SCREENS: dict[str, Build] = {
    "start": _start,
    "unlock": _unlock,
    "new-project": _new_project,
    "preferences": _preferences,
    "guide-editor": _guide,
    "review": _review,
    "export": _export,
    "analysis-question": _analysis(0),
    "analysis-theme": _analysis(1),
    "analysis-interview": _analysis(2),
    "analysis-search": _analysis(3),
    "analysis-summary": _analysis(4),
    "security-passphrase": _security("passphrase"),
    "security-recovery": _security("recovery"),
    "security-backups": _security("backups"),
    "security-erase": _security("erase"),
    "withdrawal": _withdrawal,
    "project": _project,
    "project-settings": _project_settings,
    "new-interview": _new_interview,
    "receipt": _receipt,
    "consent": _session("consent"),
    "runner": _session("runner"),
    "quote-window": _quote_window,
    "summary": _session("summary"),
}


def cut_short(window: QWidget) -> list[str]:
    """Labels and buttons the layout makes smaller than their text."""
    found = []
    for w in window.findChildren(QWidget):
        if not w.isVisible() or w.width() <= 0:
            continue
        visible = w.visibleRegion().boundingRect()
        if visible.isEmpty():
            continue  # scrolled away inside a scroll area: reachable by scrolling
        if isinstance(w, QLabel) and w.text():
            if w.wordWrap():
                need = w.heightForWidth(w.width())
                if need > w.height() + 1:
                    found.append(f"label {w.text()[:50]!r} {w.height()}px high, needs {need}")
            elif w.minimumSizeHint().width() > w.width() + 1:
                found.append(
                    f"label {w.text()[:50]!r} {w.width()}px wide, "
                    f"needs {w.minimumSizeHint().width()}"
                )
        elif isinstance(w, QAbstractButton) and w.text():
            if isinstance(w.parent(), QLineEdit):
                continue  # a field's clear button: Qt sizes it to the field
            if w.minimumSizeHint().width() > w.width() + 1:
                found.append(
                    f"button {w.text()[:50]!r} {w.width()}px wide, "
                    f"needs {w.minimumSizeHint().width()}"
                )
    return found


def probe(name: str, window: QWidget, shots: Path | None) -> dict[str, object]:
    window.show()
    QApplication.processEvents()
    QApplication.processEvents()
    screen = window.screen() or QGuiApplication.primaryScreen()
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    minimum = window.minimumSizeHint().expandedTo(window.minimumSize())
    if shots is not None:
        window.grab().save(str(shots / f"{name}.png"))
    return {
        "available": [available.width(), available.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "minimum": [minimum.width(), minimum.height()],
        "inside": available.contains(QRect(frame.topLeft(), frame.size())),
        "fits_minimum": minimum.width() <= available.width()
        and minimum.height() <= available.height(),
        "cut": cut_short(window),
        "scale": screen.devicePixelRatio(),
        "origin": [window.mapToGlobal(QPoint(0, 0)).x(), window.mapToGlobal(QPoint(0, 0)).y()],
    }


def main(argv: list[str]) -> int:
    out = Path(argv[0])
    names = argv[1:] or list(SCREENS)
    app = QApplication(sys.argv[:1])
    app.setApplicationDisplayName("Samtal")
    from ui.style import look

    look.apply(app)
    shots = out.parent if os.environ.get("SAMTAL_SIZE_SHOTS") else None
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        kdf = KdfParams(time_cost=1, memory_kib=8 * 1024, parallelism=1)
        project = Project.create(home / "storlek", PASSPHRASE, kdf=kdf)
        create_demo(project.db, interviews=3, words_per_interview=300)
        from ui.tasks import Tasks

        for name in names:
            window = SCREENS[name](project, home)
            results[name] = probe(name, window, shots)
            Tasks.wait_all(30_000)  # a chart still drawing
            # an interview window closes without asking (as when the project locks)
            close = getattr(window, "save_and_close", None) or window.close
            close()
            window.deleteLater()
            QApplication.processEvents()
        project.close()
    out.write_text(json.dumps(results, indent=1, ensure_ascii=False), "utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
