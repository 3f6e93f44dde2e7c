"""The UI half of the security checklist (``reference/security-research.md`` §6).

- R9  a damaged project at unlock is offered its newest good backup ..... test_damaged_*
- R12 auto-lock: idle (fake clocks, real timer), wall-clock jump after
      suspend, Qt's ApplicationSuspended, OS lock/sleep signals, Ctrl+L
      in every window ..................................................... test_r12_*
- R13 after lock: no canary in any widget, undo stacks empty, DB closed;
      unlock resumes where the user was ................................... test_r13_*
- R14/R15 settings allow-list after a session; Qt's FileDialog group
      keeps no history after a save dialog ................................ test_r14_*, test_r15_*
- R17 clipboard: exclusion formats, cleared after the timeout, left alone
      if the user copied something else, cleared on lock ................. test_r17_*
- R25 retention prompt at unlock .......................................... test_r25_*
- R8 (UI) backup on close, failed backup reported, close still happens ... test_backup_*
- R16 (UI) the crash report is shown at the next start, without content .. test_crash_*
The canary test (R14) is tests/ui/test_canary.py.
"""

from __future__ import annotations

import io
import sys
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from app.errors import DiskFull
from app.interview.notes import get_note
from app.interview.quotes import quotes_for_interview
from app.interview.records import get_interview
from app.security import backup as backup_module
from app.store import Project
from app.store.project import DB_NAME
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import CTRL, key, type_text
from tests.ui.test_session_details import consented
from ui.app_controller import AppController
from ui.errors import ErrorBox
from ui.security.idle_lock import IdleWatcher
from ui.security.preferences import PreferencesDialog
from ui.settings import ALLOWED_KEYS, settings
from ui.start.unlock import UnlockDialog
from ui.widgets import clipboard, file_dialogs

CANARY = "ZQXKarlsson"


# -- helpers ------------------------------------------------------------------------------------
def open_session(qtbot, controller: AppController, project: Project, interview_id: int):
    controller.show_project(project)
    controller.open_interview(interview_id)
    window = controller.session_window
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


def unlock(qtbot, controller: AppController, passphrase: str = SESSION_PASSPHRASE) -> None:
    dialog = controller.unlock_dialog
    assert isinstance(dialog, UnlockDialog) and dialog.isVisible()
    dialog.passphrase.setText(passphrase)
    dialog.unlock_button.click()
    qtbot.waitUntil(lambda: controller.project is not None, timeout=10_000)


def texts_of(widget: QWidget) -> list[str]:
    """Every text a widget shows or holds (editors, labels, buttons, item views, title)."""
    out = [widget.windowTitle(), widget.toolTip(), widget.accessibleName()]
    if isinstance(widget, QLineEdit):
        out.append(widget.text())
    elif isinstance(widget, QTextEdit | QPlainTextEdit):
        out.append(widget.toPlainText())
    elif isinstance(widget, QLabel | QAbstractButton):
        out.append(widget.text())
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        root = QModelIndex()
        try:
            columns = model.columnCount(root)
        except TypeError:  # a QListWidget's model hides it: one column
            columns = 1
        for row in range(model.rowCount(root)):
            for col in range(columns):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.UserRole + 1):
                    out.append(str(model.index(row, col).data(role) or ""))
    return out


def canary_widgets(canary: str) -> list[str]:
    """Names of live widgets (in any top-level window) whose texts contain ``canary``."""
    return [
        f"{type(w).__name__}:{w.objectName()}"
        for w in QApplication.allWidgets()
        if any(canary in t for t in texts_of(w))
    ]


# -- R12 auto-lock ------------------------------------------------------------------------------
def test_r12_idle_lock_with_fake_clocks_and_a_real_timer(
    qtbot, controller, session_project, clocks, monkeypatch
):
    monkeypatch.setattr(IdleWatcher, "check_interval_ms", 20)
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    settings().set("security/idle_lock_minutes", 2)
    controller.show_project(session_project)
    assert controller.idle.running
    window = controller.project_window

    def pass_time(seconds: int) -> None:  # awake: ticks keep coming, 10 s apart
        for _ in range(seconds // 10):
            clocks.advance(10)
            qtbot.wait(30)

    pass_time(100)
    assert controller.project is not None  # 100 s < 2 min
    key(window.table, Qt.Key.Key_Down)  # any input resets idle time
    pass_time(100)
    assert controller.project is not None  # 100 s since the key press
    pass_time(30)
    qtbot.waitUntil(lambda: controller.project is None, timeout=2000)
    assert session_project.closed and not controller.idle.running
    assert isinstance(controller.unlock_dialog, UnlockDialog)


def test_r12_default_and_range_of_idle_minutes(controller):
    assert settings().get("security/idle_lock_minutes") == 5
    assert controller._idle_seconds() == 300
    settings().set("security/idle_lock_minutes", 0)
    assert settings().get("security/idle_lock_minutes") == 1
    settings().set("security/idle_lock_minutes", 99)
    assert settings().get("security/idle_lock_minutes") == 30


def test_r12_wall_clock_jump_after_suspend_locks(controller, session_project, clocks, monkeypatch):
    """Asleep 20 min: no tick ran, the monotonic clock stood still; the first tick locks."""
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    settings().set("security/idle_lock_minutes", 30)
    controller.show_project(session_project)
    reasons: list[str] = []
    controller.idle.lock_requested.connect(reasons.append)
    clocks.advance(4)
    controller.idle.check()
    assert controller.project is not None
    clocks.advance(20 * 60, asleep=True)
    controller.idle.check()
    assert reasons == ["suspend"] and controller.project is None and session_project.closed


def test_r12_os_signals_lock(controller, session_project, tmp_path, monkeypatch):
    """Qt's ApplicationSuspended, logind's PrepareForSleep and the screensaver each lock."""
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    triggers = [
        lambda: QGuiApplication.instance().applicationStateChanged.emit(
            Qt.ApplicationState.ApplicationSuspended
        ),
        lambda: controller.idle.os_signals.on_prepare_for_sleep(True),
        lambda: controller.idle.os_signals.on_screensaver(True),
    ]
    folder = session_project.folder
    session_project.close()
    for trigger in triggers:
        project = Project.open(folder, SESSION_PASSPHRASE)
        controller.show_project(project)
        controller.idle.os_signals.on_prepare_for_sleep(False)  # waking up: no lock
        controller.idle.os_signals.on_screensaver(False)
        assert controller.project is project
        trigger()
        assert controller.project is None and project.closed


def test_r12_ctrl_l_in_every_window(qtbot, controller, session_project):
    interview_id = consented(session_project)
    folder = session_project.folder
    controller.show_project(session_project)
    pw = controller.project_window
    pw.activateWindow()
    qtbot.waitUntil(pw.isActiveWindow)
    key(pw.table, Qt.Key.Key_L, CTRL)
    assert controller.project is None
    unlock(qtbot, controller)
    window = open_session(qtbot, controller, controller.project, interview_id)
    key(window.page.note_editor, Qt.Key.Key_L, CTRL)
    assert controller.project is None and controller.session_window is None
    unlock(qtbot, controller)
    window = controller.session_window  # resumed
    assert window is not None and window.interview.id == interview_id
    window.toggle_quote_window()
    qw = window.quote_window
    qw.activateWindow()
    qtbot.waitUntil(qw.isActiveWindow)
    key(window.quote_panel.input, Qt.Key.Key_L, CTRL)
    assert controller.project is None
    unlock(qtbot, controller)
    # the analysis window and the review dialog too
    controller.open_analysis()
    aw = controller.analysis_window
    aw.activateWindow()
    qtbot.waitUntil(aw.isActiveWindow)
    key(aw, Qt.Key.Key_L, CTRL)
    assert controller.project is None and controller.analysis_window is None
    unlock(qtbot, controller)
    controller.review(interview_id)
    rw = controller.review_window
    rw.activateWindow()
    qtbot.waitUntil(rw.isActiveWindow)
    key(rw, Qt.Key.Key_L, CTRL)
    assert controller.project is None and not rw.isVisible()
    assert Project.open(folder, SESSION_PASSPHRASE).close() is None  # nothing holds it open


# -- R13 lock clears everything; unlock resumes -----------------------------------------------
def test_r13_lock_clears_widgets_and_undo_and_resume_is_exact(
    qtbot, controller, session_project, fake_time
):
    interview_id = consented(session_project)
    window = open_session(qtbot, controller, session_project, interview_id)
    key(window, Qt.Key.Key_Down, CTRL)  # question 2
    qid = window.runner.current.id
    assert window.clock.running
    window.quote_panel.focus_input()
    type_text(window.quote_panel.input, f"Citat om {CANARY}")
    key(window.quote_panel.input, Qt.Key.Key_Return)
    type_text(window.quote_panel.input, f"halvskrivet {CANARY}")  # typed, not saved as a quote
    general = window.page.general_editor
    general.setFocus()
    type_text(general, f"Allmänt om {CANARY}.")
    editor = window.page.note_editor
    editor.setFocus()
    type_text(editor, f"Hon heter {CANARY}. Mer text här.")
    cursor = editor.textCursor()
    cursor.setPosition(10)
    editor.setTextCursor(cursor)
    docs = list(window.docs.values()) + [editor.document(), general.document()]
    assert any(d.isUndoAvailable() for d in docs)
    assert canary_widgets(CANARY)

    key(editor, Qt.Key.Key_L, CTRL)

    assert session_project.closed and controller.project is None
    assert controller.session_window is None and not window.isVisible()
    assert canary_widgets(CANARY) == []  # before the windows are even deleted
    assert all(d.isEmpty() and not d.isUndoAvailable() and not d.isRedoAvailable() for d in docs)
    assert window.quote_panel.input.text() == "" and not window.quote_panel.input.isUndoAvailable()
    assert controller.project_window.model.rowCount() == 0
    assert not controller.project_window.isVisible()

    unlock(qtbot, controller)
    again = controller.session_window
    assert again is not None and again is not window and again.interview.id == interview_id
    assert again.runner.current.id == qid
    assert again.clock.running  # running before the lock: running again
    assert again.page.note_editor.toPlainText() == f"Hon heter {CANARY}. Mer text här."
    assert again.page.note_editor.textCursor().position() == 10
    assert QApplication.focusWidget() in (again.page.note_editor, None)
    assert [q.text for q in quotes_for_interview(controller.project.db, interview_id)] == [
        f"Citat om {CANARY}"
    ]
    assert get_note(controller.project.db, interview_id, None).text == f"Allmänt om {CANARY}."


def test_r13_lock_waits_when_the_text_cannot_be_saved(
    qtbot, controller, session_project, monkeypatch
):
    """Disk full at lock: the text stays on screen, the project stays open; next try locks."""
    from ui.session import window as window_module

    interview_id = consented(session_project)
    window = open_session(qtbot, controller, session_project, interview_id)
    editor = window.page.note_editor
    editor.setFocus()
    type_text(editor, "Får inte försvinna.")

    def full(*_a, **_k):
        raise DiskFull("test")

    monkeypatch.setattr(window_module, "save_batch", full)
    controller.idle.lock_requested.emit("idle")  # an auto-lock that cannot save
    assert len(ErrorBox.captured) == 1 and controller.idle.idle_for() < 5  # retried after idle
    assert controller.lock() is False
    assert controller.project is session_project and not session_project.closed
    assert editor.toPlainText() == "Får inte försvinna."
    assert ErrorBox.captured  # the user was told
    monkeypatch.undo()
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    assert controller.lock() is True
    with Project.open(session_project.folder, SESSION_PASSPHRASE) as p:
        assert get_note(p.db, interview_id, window.runner.current.id).text == "Får inte försvinna."


# -- R17 clipboard ------------------------------------------------------------------------------
@pytest.fixture
def fast_clipboard(monkeypatch):
    monkeypatch.setattr(clipboard.ClipboardGuard, "ms_per_second", 10)  # 30 s → 0.3 s
    guard = clipboard.ClipboardGuard.instance()
    QGuiApplication.clipboard().clear()
    yield guard
    QGuiApplication.clipboard().clear()


def test_r17_note_copy_is_marked_and_cleared_after_the_timeout(
    qtbot, controller, session_project, fast_clipboard
):
    interview_id = consented(session_project)
    window = open_session(qtbot, controller, session_project, interview_id)
    editor = window.page.note_editor
    editor.setFocus()
    type_text(editor, f"Sa att {CANARY} ringde.")
    editor.selectAll()
    key(editor, Qt.Key.Key_C, CTRL)
    cb = QGuiApplication.clipboard()
    mime = cb.mimeData()
    assert cb.text() == f"Sa att {CANARY} ringde."
    for fmt, data in clipboard.EXCLUSION_FORMATS.items():
        assert mime.hasFormat(fmt), fmt
        assert bytes(mime.data(fmt)) == data
    assert "x-kde-passwordManagerHint" in mime.formats()
    assert bytes(mime.data(clipboard.WIN_NO_HISTORY)) == b"\0\0\0\0"
    assert fast_clipboard.pending
    qtbot.waitUntil(lambda: cb.text() == "", timeout=2000)
    assert not fast_clipboard.pending


def test_r17_not_cleared_when_the_user_copied_something_else(
    qtbot, controller, fast_clipboard, monkeypatch
):
    clipboard.copy_text(f"citat {CANARY}")
    assert fast_clipboard.holds_ours()
    # another program copies (our app is not the source): that copy is left alone
    monkeypatch.setattr(
        clipboard.ClipboardGuard, "_copied_from_our_widget", staticmethod(lambda: False)
    )
    QGuiApplication.clipboard().setText("inköpslista")
    qtbot.wait(500)
    assert QGuiApplication.clipboard().text() == "inköpslista"
    assert not clipboard.clear_if_ours()
    assert QGuiApplication.clipboard().text() == "inköpslista"


def test_r17_quote_list_and_line_edit_copies_are_marked_and_cleared_on_lock(
    qtbot, controller, session_project, fast_clipboard, monkeypatch
):
    monkeypatch.setattr(clipboard.ClipboardGuard, "ms_per_second", 1000)  # no timeout here
    monkeypatch.setattr(UnlockDialog, "open", lambda self: None)
    interview_id = consented(session_project)
    window = open_session(qtbot, controller, session_project, interview_id)
    panel = window.quote_panel
    panel.add(f"Jag heter {CANARY}", None, 0, False, [], "panel")
    panel.list.setCurrentRow(0)
    panel.list.setFocus()
    key(panel.list, Qt.Key.Key_C, CTRL)
    cb = QGuiApplication.clipboard()
    assert cb.text() == f"Jag heter {CANARY}"  # the words, not the time line
    assert clipboard.is_marked(cb.mimeData())
    # a QLineEdit's own copy (no hook of ours) is re-marked by the guard
    panel.input.setFocus()
    type_text(panel.input, "radtext")
    panel.input.selectAll()
    key(panel.input, Qt.Key.Key_C, CTRL)
    qtbot.waitUntil(lambda: clipboard.is_marked(cb.mimeData()) and cb.text() == "radtext")
    assert fast_clipboard.holds_ours()
    controller.lock()
    assert cb.text() == ""


def test_r17_cleared_on_quit(qtbot, controller, session_project, fast_clipboard):
    controller.show_project(session_project)
    clipboard.copy_text(CANARY)
    controller.shutdown()
    assert QGuiApplication.clipboard().text() == ""


# -- R14/R15 settings and file dialogs ---------------------------------------------------------
@pytest.fixture
def qt_user_settings(tmp_path):
    """Qt's own user settings (QtProject.conf) in a temp folder, not the real home."""
    folder = tmp_path / "qt-config"
    folder.mkdir()
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(folder))
    yield folder
    home = Path.home() / ".config"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(home))


def test_r15_file_dialog_keeps_no_history(qtbot, tmp_path, qt_user_settings):
    exports = tmp_path / f"{CANARY}-mapp"
    exports.mkdir()
    parent = QWidget()
    qtbot.addWidget(parent)

    seen: list[object] = []

    def answer() -> None:  # no assert in here: a failure would leave the dialog open
        dialog = next(
            w for w in QApplication.topLevelWidgets() if w.isVisible() and w.inherits("QFileDialog")
        )
        seen.append(dialog.options() & dialog.Option.DontUseNativeDialog)
        dialog.findChild(QLineEdit, "fileNameEdit").setText(f"rapport-{CANARY}.docx")
        dialog.accept()

    QTimer.singleShot(200, answer)
    chosen = file_dialogs.save_file_name(parent, "Spara", exports, "Word (*.docx)", "docx")
    assert chosen == str(exports / f"rapport-{CANARY}.docx")
    assert seen and seen[0]  # Qt's dialog, not the native one (whose MRU we cannot clear)
    qs = file_dialogs.qt_project_settings()
    qs.sync()
    assert [k for k in qs.allKeys() if k.startswith("FileDialog")] == []
    for f in qt_user_settings.rglob("*"):
        assert CANARY.encode() not in f.read_bytes(), f


def test_r15_without_our_cleanup_qt_would_keep_history(qtbot, tmp_path, qt_user_settings):
    """The control: Qt's dialog does write the export folder when nobody removes it."""
    import shiboken6
    from PySide6.QtWidgets import QFileDialog

    folder = tmp_path / f"{CANARY}-mapp"
    folder.mkdir()
    dialog = file_dialogs.make_dialog(None, "Spara", folder)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    QTimer.singleShot(100, lambda: dialog.done(1))
    dialog.exec()
    shiboken6.delete(dialog)
    qs = file_dialogs.qt_project_settings()
    qs.sync()
    assert CANARY in str(qs.value("FileDialog/lastVisited"))
    file_dialogs.forget_history()
    assert file_dialogs.qt_project_settings().allKeys() == []


def test_r14_settings_hold_only_allowed_keys_after_a_session(
    qtbot, controller, session_project, fake_time
):
    interview_id = consented(session_project)
    window = open_session(qtbot, controller, session_project, interview_id)
    editor = window.page.note_editor
    type_text(editor, f"{CANARY} 19121212-1212")
    window.toggle_quote_window()
    window.toggle_quote_window()
    window.zoom(1)
    controller.show_preferences()
    controller.preferences_dialog.idle_minutes.setValue(7)
    controller.preferences_dialog.save()
    controller.lock()
    unlock(qtbot, controller)
    controller.close_project()
    settings().sync()
    assert set(settings().all_keys()) <= ALLOWED_KEYS
    data = Path(settings().file_name).read_bytes()
    for needle in (
        CANARY,
        "19121212",
        session_project.folder.name,
        "Testgranskning",
        str(session_project.folder.parent),
    ):
        assert needle.encode() not in data


def test_preferences_dialog_changes_idle_minutes(qtbot, controller, session_project):
    controller.show_project(session_project)
    controller.show_preferences()
    dialog = controller.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    assert (dialog.idle_minutes.minimum(), dialog.idle_minutes.maximum()) == (1, 30)
    assert dialog.idle_minutes.value() == 5 and dialog.clipboard_seconds.value() == 30
    assert dialog.idle_minutes.accessibleName() and dialog.clipboard_seconds.accessibleName()
    dialog.idle_minutes.setValue(12)
    dialog.save()
    assert settings().get("security/idle_lock_minutes") == 12
    assert controller._idle_seconds() == 720


# -- R9 damaged project at unlock --------------------------------------------------------------
def test_damaged_project_offers_the_newest_good_backup(qtbot, session_project, tmp_path):
    interview_id = consented(session_project)
    backup_module.rolling_backup(session_project)
    folder = session_project.folder
    session_project.close()
    with open(folder / DB_NAME, "r+b") as f:  # page 1 damaged, the key file is fine
        f.seek(300)
        byte = f.read(1)
        f.seek(300)
        f.write(bytes([byte[0] ^ 0xFF]))
    damaged_bytes = (folder / DB_NAME).read_bytes()
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[Project] = []
    dialog.unlocked.connect(opened.append)
    dialog.passphrase.setText(SESSION_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(dialog.restore_button.isVisible, timeout=10_000)
    assert "skadat" in dialog.error.text().lower() or "skadad" in dialog.error.text().lower()
    assert "säkerhetskopia" in dialog.restore_box.text()
    assert dialog.restore_button.accessibleName()
    dialog.passphrase.setText(SESSION_PASSPHRASE)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    project = opened[0]
    try:
        assert get_interview(project.db, interview_id).id == interview_id
    finally:
        project.close()
    aside = [p for p in folder.parent.iterdir() if ".damaged-" in p.name]
    assert len(aside) == 1 and (aside[0] / DB_NAME).read_bytes() == damaged_bytes


def test_damaged_project_without_backup_says_so(qtbot, session_project):
    folder = session_project.folder
    session_project.close()
    with open(folder / DB_NAME, "r+b") as f:
        f.seek(300)
        f.write(b"\x00\x01\x02")
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.passphrase.setText(SESSION_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(dialog.restore_box.isVisible, timeout=10_000)
    assert "ingen säkerhetskopia" in dialog.restore_box.text()
    assert not dialog.restore_button.isVisible()


# -- R25 retention at unlock -------------------------------------------------------------------
def test_r25_overdue_interviews_listed_at_unlock_and_erased_after_confirmation(
    qtbot, controller, session_project, monkeypatch
):
    monkeypatch.setattr(AppController, "today", staticmethod(lambda: date(2030, 6, 1)))
    old = consented(session_project)
    keep = consented(session_project)
    db = session_project.db
    db.execute("UPDATE interview SET keep_until = '2030-01-31' WHERE id = ?", (old,))
    db.execute("UPDATE interview SET keep_until = '2031-01-31' WHERE id = ?", (keep,))
    code = get_interview(db, old).participant_code
    controller.show_project(session_project)
    qtbot.waitUntil(lambda: controller.retention_dialog is not None)
    dialog = controller.retention_dialog
    assert dialog.table.rowCount() == 1
    assert dialog.table.item(0, 0).text() == code and dialog.table.item(0, 1).text() == "2030-01-31"
    assert not dialog.erase_button.isEnabled()  # the auditor code is asked first
    dialog.later_button.click()  # "not now": kept, asked again at the next unlock
    qtbot.waitUntil(lambda: controller.retention_dialog is None)
    assert get_interview(db, old).id == old
    controller.lock()
    unlock(qtbot, controller)
    qtbot.waitUntil(lambda: controller.retention_dialog is not None)
    dialog = controller.retention_dialog
    type_text(dialog.auditor, "ab")
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: controller.retention_dialog is None, timeout=10_000)
    db = controller.project.db
    remaining = [r[0] for r in db.query("SELECT id FROM interview")]
    assert remaining == [keep]
    row = db.query_one("SELECT participant_code, auditor_code, reason FROM deletion_log")
    assert tuple(row) == (code, "AB", "retention")
    assert controller.project_window.model.rowCount() == 1


# -- backups on close -------------------------------------------------------------------------
def test_backup_on_close_runs_in_the_background(qtbot, controller, session_project):
    controller.show_project(session_project)
    with qtbot.waitSignal(controller.backup_finished, timeout=20_000) as blocker:
        controller.close_project()
        assert controller.start.isVisible()  # the start window is back before the backup ends
    outcome = blocker.args[0]
    assert outcome.error is None and outcome.backup is not None and outcome.backup.is_dir()
    assert session_project.closed
    assert backup_module.newest_good_backup(session_project.folder) == outcome.backup


def test_failed_backup_is_reported_and_the_project_still_closes(
    qtbot, controller, session_project, monkeypatch
):
    def no_space(*_a, **_k):
        raise DiskFull("backup")

    monkeypatch.setattr(backup_module, "rolling_backup", no_space)
    controller.show_project(session_project)
    with qtbot.waitSignal(controller.backup_finished, timeout=20_000):
        controller.close_project()
    assert session_project.closed and controller.project is None
    assert any("säkerhetskopian kunde inte göras" in m for m in ErrorBox.captured)


def test_quit_makes_a_backup(qtbot, controller, session_project):
    controller.show_project(session_project)
    controller.shutdown()
    assert session_project.closed
    assert backup_module.newest_good_backup(session_project.folder) is not None


# -- crash report at the next start ------------------------------------------------------------
def test_crash_report_is_shown_at_the_next_start_without_content(qtbot, monkeypatch):
    from app import logsetup
    from ui.main import crash_report_box

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(logsetup, "_fault_file", object())  # no faulthandler file in tests
    logsetup.install_crash_handler()
    try:
        raise ValueError(f"innehåll {CANARY}")
    except ValueError as exc:
        monkeypatch.setattr(sys, "stderr", io.StringIO())
        sys.excepthook(type(exc), exc, exc.__traceback__)
    box = crash_report_box(None)
    assert box is not None
    qtbot.addWidget(box)
    details = box.detailedText()
    assert "ValueError" in details and "test_security_ui.py" in details
    assert CANARY not in details and CANARY not in box.text()
    assert "skickas aldrig" in box.text()
    assert crash_report_box(None) is None  # shown once
