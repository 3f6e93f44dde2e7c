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

#: Keys that mean "close this window" in every window (the platform's Close key).
CLOSE_KEYS = {"Ctrl+W", "Ctrl+F4"}


def meaning(text: str) -> str:
    """An action's text without mnemonics, ellipses and the key hints in brackets."""
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
    from ui.security.preferences import PreferencesDialog
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
    }
    for w in windows.values():
        qtbot.addWidget(w)
    return windows


@pytest.fixture
def windows(qtbot, session_project, tmp_path) -> dict[str, QWidget]:
    return all_windows(qtbot, session_project, tmp_path)


def test_no_shortcut_means_two_things_across_windows(windows):
    uses: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for name, w in windows.items():
        for action in set(w.findChildren(QAction)) | set(w.actions()):
            for key in action.shortcuts():
                uses[key.toString()].add((name, meaning(action.text())))
    clashes = {}
    for key, where in uses.items():
        meanings = {m for _w, m in where}
        if key in CLOSE_KEYS and all(m.startswith("stäng") for m in meanings):
            continue
        if len(meanings) > 1:
            clashes[key] = sorted(where)
    assert clashes == {}
    assert ("session", "allmän anteckning") in uses["Ctrl+Shift+E"]


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
