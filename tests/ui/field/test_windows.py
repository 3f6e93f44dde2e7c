"""Issue 14, every window: one meaning per shortcut, no literal "&" in labels, font size in every
window (real windows over a real encrypted project)."""

from __future__ import annotations

import re
from collections import defaultdict
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from tests.ui.field.helpers import consented, open_window

#: The platform's standard keys mean the same in every window: close this window, a new one
#: of what this window holds (project, interview, code), open one, save what it holds.
STANDARD_KEYS = {
    "Ctrl+W": "stäng",
    "Ctrl+F4": "stäng",
    "Ctrl+N": "ny",
    "Ctrl+O": "öppna",
    "Ctrl+S": "spara",
}
#: Delete removes what is selected in the window, whatever it is: a question in the guide, an
#: interview in the project window's list (through the withdrawal flow and its confirmation).
REMOVING_KEYS = {"Del": ("ta bort", "radera")}


def meaning(text: str) -> str:
    """An action's text without mnemonics, ellipses and the key hints (in brackets, or after a
    tab or two spaces as the transcription toolbar shows them)."""
    text = re.split(r"\t| {2}", text)[0]
    text = re.sub(r"\s*\(.*?\)", "", text.replace("&", "").replace("…", ""))
    return text.strip().lower()


def all_windows(qtbot, project, tmp_path: Path) -> dict[str, QWidget]:
    from app.audit import audit_info
    from app.interview.receipt import receipt
    from ui.analysis.window import AnalysisWindow
    from ui.export.dialog import ExportDialog
    from ui.guide.window import GuideWindow
    from ui.project.settings_dialog import ProjectSettingsDialog
    from ui.project.window import ProjectWindow
    from ui.review.window import ReviewWindow
    from ui.security.dialog import SecurityDialog
    from ui.security.preferences import PreferencesDialog
    from ui.security.recovery import RecoveryDialog
    from ui.security.withdrawal import WithdrawalDialog
    from ui.session.new_interview import NewInterviewDialog
    from ui.session.receipt_dialog import ReceiptDialog
    from ui.start.new_project import NewProjectDialog
    from ui.start.unlock import UnlockDialog
    from ui.start.window import StartWindow

    interview_id = consented(project)
    windows: dict[str, QWidget] = {
        "session": open_window(qtbot, project, interview_id),
        "project": ProjectWindow(project),
        "analysis": AnalysisWindow(project),
        "guide": GuideWindow(project),
        "review": ReviewWindow(project, interview_id),
        "export": ExportDialog(project, None, interview_id, tmp_path),
        "new interview": NewInterviewDialog(project.db),
        "start": StartWindow(tmp_path),
        "new project": NewProjectDialog(None, tmp_path),
        "unlock": UnlockDialog(project.folder),
        "preferences": PreferencesDialog(),
        "project settings": ProjectSettingsDialog(project.db),
        "receipt": ReceiptDialog(receipt("K7Q-XMA", audit_info(project.db), None), None, tmp_path),
        # the privacy windows (issue 12, issue 14 items 5 and 8)
        "security": SecurityDialog(project),
        "withdrawal": WithdrawalDialog(project, interview_id),
        "recovery": RecoveryDialog(project.folder),
    }
    for w in windows.values():
        qtbot.addWidget(w)
    return windows


@pytest.fixture
def windows(qtbot, session_project, tmp_path) -> dict[str, QWidget]:
    return all_windows(qtbot, session_project, tmp_path)


def shortcut_uses(windows: dict[str, QWidget]) -> dict[str, set[tuple[str, str]]]:
    """Every key of every window, with the window and what it does there."""
    from PySide6.QtGui import QShortcut
    from PySide6.QtWidgets import QAbstractButton

    uses: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, w in windows.items():
        for action in set(w.findChildren(QAction)) | set(w.actions()):
            for key in action.shortcuts():
                uses[key.toString()].add((name, meaning(action.text())))
        # keys without an action: a QShortcut (named by what it does, or by its window)
        # and a button's own key
        for shortcut in w.findChildren(QShortcut):
            what = shortcut.whatsThis() or f"{name}: {shortcut.objectName() or 'kortkommando'}"
            uses[shortcut.key().toString()].add((name, meaning(what)))
        for button in w.findChildren(QAbstractButton):
            if not button.shortcut().isEmpty() and "&" not in button.text():
                uses[button.shortcut().toString()].add((name, meaning(button.text())))
    return uses


def clashes(uses: dict[str, set[tuple[str, str]]]) -> dict[str, list[tuple[str, str]]]:
    found = {}
    for key, where in uses.items():
        meanings = {m for _w, m in where}
        prefix = STANDARD_KEYS.get(key)
        if prefix and all(m.startswith(prefix) for m in meanings):
            continue
        words = REMOVING_KEYS.get(key, ())
        if words and all(any(w in m for w in words) for m in meanings):
            continue
        if len(meanings) > 1:
            found[key] = sorted(where)
    return found


def test_no_shortcut_means_two_things_across_windows(windows):
    uses = shortcut_uses(windows)
    assert clashes(uses) == {}
    assert ("session", "allmän anteckning") in uses["Ctrl+Shift+E"]
    # the project window's Delete is the withdrawal flow: removing, like Delete in the guide
    assert {w for w, _m in uses["Del"]} == {"guide", "project"}


def test_transcription_and_colistener_keys_mean_one_thing_too(windows, qtbot, tmp_path):
    """The transcriber's F2–F7 and speaker keys and the co-listener's keys, beside every other
    window: Ctrl+1–9 tag with a theme wherever they exist, F2 is nobody else's."""
    from app.interview.records import create_interview
    from tests.ui.test_team_colistener import open_mode, quote_code
    from tests.unit.team_helpers import demo_laptop, laptop
    from ui.audio.transcription_window import TranscriptionWindow

    project = windows["project"].project
    stored: dict[str, object] = {}
    interview = create_interview(project.db, interviewer_code="AB")
    transcription = TranscriptionWindow(
        project,
        interview,
        project.audio_key,
        settings_get=stored.get,
        settings_put=stored.__setitem__,
    )
    qtbot.addWidget(transcription)
    interviewer = demo_laptop(tmp_path, "intervjuare", 2, seed=5)
    colistener = laptop(tmp_path, "medlyssnare")
    try:
        colistening = open_mode(qtbot, tmp_path, interviewer, colistener, quote_code(interviewer))
        every = {**windows, "transcription": transcription, "co-listener": colistening}
        uses = shortcut_uses(every)
        assert clashes(uses) == {}
        assert {m for _w, m in uses["Alt+P"]} == {"ny replik: ip"}
        assert {w for w, _m in uses["Ctrl+1"]} == {"analysis", "co-listener"}
        assert {w for w, _m in uses["Ctrl+Down"]} == {"session", "co-listener"}
        colistening.close()
    finally:
        interviewer.close()
        colistener.close()


def test_no_literal_ampersand_in_labels(windows):
    """A label shows "&" literally unless it is a mnemonic for a buddy field."""
    from PySide6.QtWidgets import QLabel

    literal = []
    for name, w in windows.items():
        for label in w.findChildren(QLabel):
            text = label.text().replace("&&", "")
            if "&" in text and label.buddy() is None and "&amp;" not in text:
                literal.append((name, label.text()))
    assert literal == []


def shown_title(title: str, app_name: str = "Samtal") -> str:
    """The title as a desktop shows it: Qt appends " — <display name>" unless it ends with it
    (QPlatformWindow::formatWindowTitle)."""
    return title if title.endswith(app_name) else f"{title} — {app_name}"


def test_window_titles_name_the_project_once(windows, session_project):
    from app.audit import audit_info

    name = audit_info(session_project.db).name
    for key in ("project", "session", "analysis"):
        title = shown_title(windows[key].windowTitle())
        assert title.count(name) == 1 and title.count("Samtal") == 1, (key, title)
    assert shown_title(windows["start"].windowTitle()) == "Samtal"


def test_a_second_copy_says_the_project_is_open_before_asking(
    qtbot, controller, session_project, tmp_path, monkeypatch
):
    """A real second process holds the project open; this one says so and asks nothing."""
    import os
    import subprocess
    import sys

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QLabel

    from tests.ui.conftest import SESSION_PASSPHRASE
    from ui.errors import ErrorBox

    folder = session_project.folder
    session_project.close()
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from app.store import Project; "
            "p = Project.open(sys.argv[1], sys.argv[2]); print('open', flush=True); "
            "sys.stdin.read(); p.close()",
            str(folder),
            SESSION_PASSPHRASE,
        ],
        cwd=Path(__file__).parents[3],
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
        # the real message box, looked at while it is up: its text fits
        monkeypatch.setattr(ErrorBox, "captured", None)
        seen: list[str] = []

        def look() -> None:
            box = QApplication.activeModalWidget()
            if box is None:
                QTimer.singleShot(20, look)
                return
            try:
                label = box.findChild(QLabel, "qt_msgbox_label")
                corner = label.mapTo(box, label.rect().bottomRight())
                seen.append(label.text())
                fits.append(
                    label.heightForWidth(label.width()) <= label.height()
                    and box.rect().contains(corner)
                )
            finally:
                box.accept()  # never leave the test waiting on a modal box

        fits: list[bool] = []
        QTimer.singleShot(0, look)
        controller.open_project(folder)
        assert seen and "redan öppet" in seen[0] and fits == [True]
        assert controller.unlock_dialog is None and controller.project is None
    finally:
        holder.stdin.close()
        holder.wait(timeout=30)
        holder.stdout.close()
    # once the other program has closed it, the passphrase is asked for as usual
    monkeypatch.setattr("ui.start.unlock.UnlockDialog.open", lambda self: None)
    controller.open_project(folder)
    assert controller.unlock_dialog is not None


def test_text_size_keys_work_in_every_window(qtbot, controller, session_project, monkeypatch):
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from tests.ui.session_helpers import CTRL
    from ui.tasks import Tasks

    monkeypatch.setattr(Tasks, "synchronous", True)
    interview_id = consented(session_project)
    controller.show_project(session_project)

    def check(name: str, window) -> None:
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        target = QApplication.focusWidget() or window
        before = window.font().pointSizeF()
        for key, size in ((Qt.Key.Key_Equal, 1), (Qt.Key.Key_Equal, 2), (Qt.Key.Key_Minus, 1)):
            QTest.keyClick(target, key, CTRL)
            qtbot.waitUntil(lambda s=size: window.font().pointSizeF() == before + s, timeout=2000)
        QTest.keyClick(target, Qt.Key.Key_0, CTRL)
        qtbot.waitUntil(lambda: window.font().pointSizeF() == before, timeout=2000)

    check("start", controller.start)
    check("project", controller.project_window)
    controller.open_analysis()
    check("analysis", controller.analysis_window)
    controller.analysis_window.close()
    for open_it, attr in (
        (controller.edit_guide, "guide_window"),
        (lambda: controller.review(interview_id), "review_window"),
        (controller.export, "export_dialog"),
        (controller.new_interview, "new_interview_dialog"),
        (controller.project_window.show_settings, "settings_dialog"),
        (controller.show_preferences, "preferences_dialog"),
        (lambda: controller.security.show_security("passphrase"), "dialog"),
        (lambda: controller.security.withdraw(interview_id), "withdrawal"),
    ):
        open_it()
        owner = {"settings_dialog": controller.project_window}.get(attr, controller)
        if attr in ("dialog", "withdrawal"):
            owner = controller.security
        window = getattr(owner, attr)
        check(attr, window)
        window.reject()
    # the unlock dialog's "Glömt lösenordet?" (before any project is open)
    from ui.security.recovery import RecoveryDialog

    recovery = RecoveryDialog(session_project.folder)
    qtbot.addWidget(recovery)
    check("recovery", recovery)
    recovery.reject()
