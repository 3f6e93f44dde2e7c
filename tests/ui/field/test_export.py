"""Issue 14, export: success says where the file went and opens its folder; no command-line
advice anywhere in the window (real dialog, real files)."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from PySide6.QtCore import QObject, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from pytestqt.qtbot import QtBot

from app.errors import SamtalError, UnresolvedFindings
from app.messages import _MESSAGES, cli_error_message, error_message
from app.pseudonymise import review
from app.store import Project
from tests.unit.test_export import audit  # noqa: F401 - fixture
from ui.export.dialog import ExportDialog
from ui.tasks import Tasks

ROOT = Path(__file__).parents[3]
COMMAND = re.compile(
    r"\bsamtal (project|guide|export|review|pseudonymise|keys|backup|erase|search|themes|init)\b"
)


class FileUrls(QObject):
    """Receives the file: URLs the app asks the desktop to open (Qt's own URL handler hook)."""

    def __init__(self) -> None:
        super().__init__()
        self.opened: list[QUrl] = []

    @Slot(QUrl)
    def open_url(self, url: QUrl) -> None:
        self.opened.append(url)


def test_export_success_says_where_and_opens_the_folder(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    monkeypatch.setattr(Tasks, "synchronous", True)
    project, a, _b = audit
    review.accept_all(project.db, a)
    dialog = ExportDialog(project, None, interview_id=a, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.password.setText("ett bra exportlösen")
    dialog.repeat.setText("ett bra exportlösen")
    with qtbot.waitSignal(dialog.exported, timeout=10_000) as signal:
        dialog.export_button.click()
    path: Path = signal.args[0]
    assert path.exists() and dialog.isVisible() and dialog.done_box.isVisible()
    said = dialog.done_label.text()
    assert path.name in said and str(tmp_path) in said and "krypterad" in said
    urls = FileUrls()
    QDesktopServices.setUrlHandler("file", urls, "open_url")
    try:
        dialog.open_folder_button.click()
    finally:
        QDesktopServices.unsetUrlHandler("file")
    assert [Path(u.toLocalFile()) for u in urls.opened] == [tmp_path]


def test_no_command_line_advice_in_the_window(
    qtbot: QtBot,
    audit: tuple[Project, int, int],  # noqa: F811
    tmp_path: Path,
    monkeypatch,
) -> None:
    for code in _MESSAGES:
        for language in ("sv", "en"):
            text = error_message(SamtalError(code, count=2, codes="K7Q-XMA"), language)
            assert not COMMAND.search(text), (code, text)
    blocked = UnresolvedFindings("findings", count=2, codes="K7Q-XMA")
    assert "samtal review" in cli_error_message(blocked)  # the command line keeps its hint
    for path in (ROOT / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                assert not COMMAND.search(node.value), (path, node.value)
    # a blocked export in the dialog
    monkeypatch.setattr(Tasks, "synchronous", True)
    project, a, _b = audit
    dialog = ExportDialog(project, None, interview_id=a, folder=tmp_path)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.encrypt.setChecked(False)
    dialog.export_button.click()
    assert dialog.error.isVisible() and "Pseudonymisering" in dialog.error.text()
    assert not COMMAND.search(dialog.error.text())
