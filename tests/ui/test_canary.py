"""The canary test (R14, research §2): unique markers typed in a scripted session on real
widgets must appear in plaintext nowhere: not in the project folder (database, WAL, SHM,
key file), the app's config/data/log/crash/backup folders, Qt's own settings, the export
folder or new files in the temp folder. The encrypted export is a CFB container without
them; opened with its password it holds the pseudonymised text (name → xxx, personnummer →
[personnummer]) and the quote.

Session: new interview → consent (quotes too) → notes with a name and a test personnummer
→ general note → quote mark → copy a note (clipboard) → name added to the name list in the
review window → every finding accepted → encrypted transcript through the export dialog
(its "browse" file dialog included) → lock (Ctrl+L) → unlock → quit (backup).
"""

from __future__ import annotations

import io
import logging
import os
import tempfile
import time
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import QApplication, QLineEdit

from app import logsetup
from app.export.document import ExportKind, decrypt_docx
from app.interview.consent import REQUIRED_ITEMS
from app.pseudonymise import review
from app.pseudonymise.name_lists import project_names
from app.store import Project
from tests.leakscan import scan_bytes, scan_folders
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import CTRL, SHIFT, key, type_text
from ui.app_controller import AppController
from ui.start.unlock import UnlockDialog

NAME = "ZQXHedvigsson"  # a surname, typed as a name would be
PNR = "19121212-1212"  # Skatteverket's test personnummer
PNR_FORMS = (PNR, "191212121212", "121212-1212")
QUOTE = "zqxkanelbullen"  # a word in a quote
GENERAL = "zqxallmanplats"  # a word in the general note
MARKERS = (NAME, *PNR_FORMS, QUOTE, GENERAL)
EXPORT_PASSWORD = "exportlösen-123"
CFB_MAGIC = bytes.fromhex("d0cf11e0a1b11ae1")


def _new_temp_files(root: Path, since: float, skip: tuple[Path, ...]) -> list[Path]:
    """Files under ``root`` changed since ``since`` (other tests' folders skipped)."""
    found = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=lambda _e: None):
        here = Path(dirpath)
        dirnames[:] = [d for d in dirnames if not any((here / d) == s for s in skip)]
        for name in filenames:
            path = here / name
            try:
                if path.is_file() and path.stat().st_mtime >= since:
                    found.append(path)
            except OSError:
                continue
    return found


@pytest.fixture
def qt_settings_folder(tmp_path):
    folder = tmp_path / "qt-user-settings"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(Path.home() / ".config"))


@pytest.fixture
def app_log():
    path = logsetup.setup_logging()
    yield path
    root = logging.getLogger()
    for handler in [h for h in root.handlers if getattr(h, "_samtal", False)]:
        root.removeHandler(handler)
        handler.close()


def test_canary_markers_leak_nowhere(
    qtbot, tmp_path, tmp_path_factory, _session_home, qt_settings_folder, app_log, monkeypatch
):
    run_canary(qtbot, tmp_path, tmp_path_factory, _session_home, qt_settings_folder, app_log)


def run_canary(  # noqa: PLR0915 - one scripted session, read top to bottom
    qtbot,
    tmp_path,
    tmp_path_factory,
    _session_home,
    qt_settings_folder,
    app_log,
    recording=None,
):
    """The scripted session and the scan. ``recording`` (``CanaryRecording`` in
    tests/audio/test_canary_recording.py): recording consent too, speech recorded while typing,
    a transcript with the markers typed in transcription mode; the scan then also looks for
    plaintext audio.
    """
    started = time.time() - 1
    temp_root = Path(tempfile.gettempdir())
    projects = tmp_path / "projekt"
    projects.mkdir()
    exports = tmp_path / "export"
    exports.mkdir()
    from app.analysis.themes import add_default_themes
    from app.guide.repository import add_guide
    from tests.ui.conftest import session_kdf, small_guide

    project = Project.create(
        projects / "kanari", SESSION_PASSPHRASE, audit_name="Kanariegranskning", kdf=session_kdf()
    )
    add_guide(project.db, small_guide())
    add_default_themes(project.db)
    folder = project.folder

    controller = AppController(projects)
    qtbot.addWidget(controller.start)
    controller.show_project(project)

    # -- new interview, consent with quotes ---
    controller.project_window.new_interview_requested.emit()
    dialog = controller.new_interview_dialog
    type_text(dialog.interviewer, "ab")
    type_text(dialog.co_listener, "cd")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    window = controller.session_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    interview_id = window.interview.id
    page = window.consent_page
    audio_items = ("consent_audio", "informed_audio_deleted") if recording else ()
    for name in (*REQUIRED_ITEMS, "consent_quotes", *audio_items):
        page.boxes[name].setChecked(True)
    qtbot.mouseClick(page.start_button, Qt.MouseButton.LeftButton)
    assert window.stack.currentWidget() is window.page
    if recording is not None:
        speech = recording.start(window)

    # -- typing: notes with name and personnummer, general note, a quote ---
    editor = window.page.note_editor
    key(window, Qt.Key.Key_E, CTRL)
    type_text(editor, f"Informanten {NAME} har personnummer {PNR}. Hon ringde två gånger.\n")
    type_text(editor, f"Handläggaren sa till {NAME} att vänta.")
    key(window, Qt.Key.Key_E, CTRL | SHIFT)
    type_text(window.page.general_editor, f"Träffades på {GENERAL} i stan.")
    key(window, Qt.Key.Key_Q, CTRL | SHIFT)
    type_text(window.quote_panel.input, f"Jag fick en {QUOTE} och väntade")
    key(window.quote_panel.input, Qt.Key.Key_Return)
    assert window.quote_panel.list.count() == 1
    # copy a piece of the notes (the clipboard is cleared at lock)
    editor.setFocus()
    editor.selectAll()
    key(editor, Qt.Key.Key_C, CTRL)
    assert NAME in QGuiApplication.clipboard().text()
    if recording is not None:
        recording.stop(window)
    key(window, Qt.Key.Key_W, CTRL)  # close the session window (saves)
    assert controller.session_window is None
    if recording is not None:
        recording.transcribe(controller, interview_id, NAME, PNR, QUOTE)

    # -- the name list (the project-wide review), then every finding accepted ---
    from ui.review.window import NameListQuestion

    controller.review(interview_id)
    rw = controller.review_window
    qtbot.waitUntil(lambda: rw.tree.topLevelItemCount() > 0, timeout=30_000)  # loads off-thread
    found = None
    for row in range(rw.tree.topLevelItemCount()):
        rw.tree.setCurrentItem(rw.tree.topLevelItem(row))
        if NAME in rw.source.toPlainText():
            found = rw.source.document().find(NAME, 0, QTextDocument.FindFlag.FindCaseSensitively)
            break
    assert found is not None and not found.isNull()
    rw.source.setTextCursor(found)
    with pytest.MonkeyPatch.context() as patch:  # "add to the project's name list?" - yes
        patch.setattr(NameListQuestion, "ask", classmethod(lambda cls, parent, word: True))
        qtbot.mouseClick(rw.add_name_button, Qt.MouseButton.LeftButton)
    assert NAME in project_names(controller.project.db)
    rw.reject()
    review.accept_all(controller.project.db, interview_id, "AB")
    assert review.unresolved_count(controller.project.db, interview_id) == 0

    # -- encrypted export through the dialog (its file dialog keeps no history) ---
    controller.export(interview_id)
    ed = controller.export_dialog
    assert ed.kind() is ExportKind.TRANSCRIPT and ed.encrypt.isChecked()
    target = exports / "Samtal_export.docx"

    def answer_file_dialog() -> None:
        fd = next(
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QFileDialog")
        )
        fd.findChild(QLineEdit, "fileNameEdit").setText(str(target))
        fd.accept()

    QTimer.singleShot(200, answer_file_dialog)
    ed._browse()
    assert ed.target.text() == str(target)
    ed.password.setText(EXPORT_PASSWORD)
    ed.repeat.setText(EXPORT_PASSWORD)
    with qtbot.waitSignal(ed.exported, timeout=30_000):
        qtbot.mouseClick(ed.export_button, Qt.MouseButton.LeftButton)
    assert target.is_file()

    # -- lock, unlock, quit (backup) ---
    controller.open_interview(interview_id)
    window = controller.session_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    key(window.page.note_editor, Qt.Key.Key_L, CTRL)
    assert controller.project is None and QGuiApplication.clipboard().text() == ""
    unlock = controller.unlock_dialog
    assert isinstance(unlock, UnlockDialog)
    unlock.passphrase.setText(SESSION_PASSPHRASE)
    unlock.unlock_button.click()
    qtbot.waitUntil(lambda: controller.session_window is not None, timeout=10_000)
    assert NAME in controller.session_window.page.note_editor.toPlainText()  # resumed
    controller.shutdown()
    assert controller.project is None
    backups = list((_session_home / "data" / "backups").rglob("samtal.db"))
    assert backups, "quit made a backup"
    for handler in logging.getLogger().handlers:
        handler.flush()

    # -- scan ---
    temp_files = _new_temp_files(temp_root, started, skip=(tmp_path_factory.getbasetemp(),))
    places = [folder, _session_home, qt_settings_folder, exports, *temp_files]
    assert {"samtal.db", "samtal.key"} <= {p.name for p in folder.iterdir()}
    hits = scan_folders(places, MARKERS)
    assert hits == [], "\n".join(map(str, hits))
    if recording is not None:
        recording.scan(places, speech)
    assert (_session_home / "config" / "samtal.ini").exists()
    assert app_log.exists() and app_log.stat().st_size > 0
    raw = b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())
    raw += b"".join(p.read_bytes() for p in backups)
    assert scan_bytes(raw, MARKERS) == []  # DB, WAL, SHM, key file and backups

    # -- the export: CFB, no plaintext; decrypted, pseudonymised ---
    data = target.read_bytes()
    assert data[:8] == CFB_MAGIC and data[:2] != b"PK"
    assert scan_bytes(data, MARKERS) == []
    plain = decrypt_docx(data, EXPORT_PASSWORD)
    document = docx.Document(io.BytesIO(plain))
    text = "\n".join(p.text for p in document.paragraphs)
    text += "\n".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    assert NAME not in text and PNR not in text
    assert "xxx" in text and "[personnummer]" in text
    assert QUOTE in text and GENERAL in text
    if recording is not None:  # the transcript leads the export, pseudonymised
        assert "IP: Jag heter xxx, personnummer [personnummer]." in text
    core = document.core_properties
    assert NAME not in f"{core.title}{core.subject}{core.author}{core.comments}"
