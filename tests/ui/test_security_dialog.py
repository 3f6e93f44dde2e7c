"""Issue 14 items 5 and 8, issue 12 items 2, 3 and 5 in the window: the "Säkerhet" dialog
(passphrase change, key rotation, recovery key, backup, restore, erasure), the withdrawal
flow from the interview list and from the interview, removing an interview nobody consented
to, and a quote draft kept across lock and unlock.

Real widgets driven with pytest-qt, a real encrypted project, real background threads for
rotation and restore (waited on through what the dialog shows, never a fixed sleep).
"""

# ruff: noqa: F811 - the shared `controller` fixture is imported from test_security_ui
from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from app.errors import NotFound, WrongPassphrase
from app.interview.notes import Paragraph, save_note
from app.interview.quotes import load_draft, quotes_for_interview
from app.interview.records import create_interview, find_interview
from app.security.backup import backups_dir, list_backups, rolling_backup
from app.security.erasure import deletion_log
from app.store import Project
from app.store.project import DB_NAME
from tests.ui.conftest import SESSION_PASSPHRASE
from tests.ui.session_helpers import CTRL, key, type_text
from tests.ui.test_security_ui import canary_widgets, open_session, unlock
from tests.ui.test_session_details import consented
from ui.app_controller import AppController
from ui.security.backups_tab import BackupsTab
from ui.security.dialog import SecurityDialog
from ui.security.withdrawal import WithdrawalDialog

NEW = "ett nytt långt lösenord"
CANARY = "ZQXDraftKarlsson"


def open_security(qtbot, c: AppController, project: Project, tab: str) -> SecurityDialog:
    if c.project is None:
        c.show_project(project)
    c.project_window.security_requested.emit(tab)
    dialog = c.security.dialog
    assert isinstance(dialog, SecurityDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def close_and_wait(qtbot, c: AppController) -> None:
    """Close the project and wait for the backup made at close (in the background)."""
    from ui.tasks import Tasks

    c.close_project()
    qtbot.waitUntil(lambda: c.project is None)
    Tasks.wait_all()


def code_of(project: Project, interview_id: int) -> str:
    return str(
        project.db.scalar("SELECT participant_code FROM interview WHERE id = ?", (interview_id,))
    )


def confirm_and_erase(qtbot, dialog: WithdrawalDialog, code: str) -> None:
    assert not dialog.erase_button.isEnabled()  # nothing is erased before the code is typed
    assert code in dialog.erase_button.text() and code in dialog.confirm_label.text()
    dialog.confirm.setFocus()
    qtbot.keyClicks(dialog.confirm, code.lower().replace("-", ""))  # as a person types it
    assert dialog.erase_button.isEnabled()
    dialog.erase_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=30_000)


# -- passphrase ----------------------------------------------------------------------------------
def test_dialog_changes_the_passphrase_with_the_cli_checks(qtbot, controller, session_project):
    folder = session_project.folder
    dialog = open_security(qtbot, controller, session_project, "passphrase")
    assert dialog.tabs.currentIndex() == 0
    dialog.current.setText("fel lösenord")
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.change_button.click()
    assert "Fel lösenord" in dialog.passphrase_error.text()
    dialog.current.setText(SESSION_PASSPHRASE)
    dialog.repeat.setText(NEW + "x")
    dialog.change_button.click()
    assert "inte lika" in dialog.passphrase_error.text()
    dialog.new.setText("kort")
    dialog.repeat.setText("kort")
    dialog.change_button.click()
    assert "minst" in dialog.passphrase_error.text()
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.change_button.click()
    assert dialog.passphrase_result.text() == "Lösenordet är bytt."
    assert dialog.current.text() == "" and dialog.new.text() == ""
    dialog.reject()
    close_and_wait(qtbot, controller)
    with pytest.raises(WrongPassphrase):
        Project.open(folder, SESSION_PASSPHRASE)
    Project.open(folder, NEW).close()


def test_dialog_rotates_the_key_with_progress(qtbot, controller, session_project, tmp_path):
    interview_id = consented(session_project)
    save_note(session_project.db, interview_id, None, [Paragraph(0, "Anteckning före bytet.")])
    for _ in range(2):
        rolling_backup(session_project, keep=3)
    project_id, folder = session_project.project_id, session_project.folder
    window = open_session(qtbot, controller, session_project, interview_id)
    dialog = open_security(qtbot, controller, session_project, "passphrase")
    steps: list[str] = []
    dialog.runner.progressed.connect(lambda step, _d, _t: steps.append(step))
    dialog.current.setText(SESSION_PASSPHRASE)
    dialog.new.setText(NEW)
    dialog.repeat.setText(NEW)
    dialog.exposed.setChecked(True)
    dialog.change_button.click()
    assert controller.session_window is None and not window.isVisible()  # saved and closed first
    assert controller.lock() is False and controller.project is not None  # locking waits
    qtbot.waitUntil(lambda: dialog.passphrase_result.isVisible(), timeout=60_000)
    assert "ny nyckel" in dialog.passphrase_result.text()
    assert "gamla lösenordet" in dialog.passphrase_result.text()  # copies elsewhere
    assert steps[0] == "check" and "backup" in steps and steps[-1] == "done"
    assert dialog.change_button.isEnabled()
    # the project window goes on with the reopened database
    assert controller.project_window.model.rowCount() == 1
    controller.open_interview(interview_id)
    assert controller.session_window is not None
    dialog.reject()
    close_and_wait(qtbot, controller)
    with pytest.raises(WrongPassphrase):
        Project.open(folder, SESSION_PASSPHRASE)
    for b in list_backups(backups_dir(project_id)):
        with pytest.raises(WrongPassphrase):
            Project.open(b, SESSION_PASSPHRASE)
        Project.open(b, NEW).close()


def test_dialog_makes_a_recovery_key_shown_once(qtbot, controller, session_project):
    folder = session_project.folder
    dialog = open_security(qtbot, controller, session_project, "recovery")
    assert "ingen" in dialog.recovery_status.text()
    dialog.recovery_passphrase.setText(SESSION_PASSPHRASE)
    dialog.recovery_button.click()
    code = dialog.recovery_code.text().replace("\n", "  ")
    assert dialog.recovery_code.isVisible() and len(code.split()) == 8
    assert "har en" in dialog.recovery_status.text()
    dialog.reject()
    close_and_wait(qtbot, controller)
    Project.open(folder, code, secret_kind="recovery").close()


# -- backup and restore --------------------------------------------------------------------------
def test_dialog_backs_up_to_a_folder(qtbot, controller, session_project, tmp_path, monkeypatch):
    target = tmp_path / "usb"
    target.mkdir()
    monkeypatch.setattr(BackupsTab, "choose_folder", staticmethod(lambda *_a: str(target)))
    dialog = open_security(qtbot, controller, session_project, "backups")
    dialog.backups.backup_button.click()
    qtbot.waitUntil(lambda: dialog.backups.result.isVisible(), timeout=30_000)
    [made] = list(target.iterdir())
    assert str(made) in dialog.backups.result.text()
    with Project.open(made, SESSION_PASSPHRASE) as copy:
        assert copy.integrity_problems() == []


def test_dialog_restores_a_rolling_backup_and_keeps_erasures(
    qtbot, controller, session_project, monkeypatch
):
    gone = consented(session_project)
    kept = consented(session_project)
    gone_code = code_of(session_project, gone)
    rolling_backup(session_project)  # made before the erasure and before "later"
    later = create_interview(session_project.db, interviewer_code="AB").id
    later_code = code_of(session_project, later)
    folder = session_project.folder
    monkeypatch.setattr(BackupsTab, "ask_restore", classmethod(lambda cls, parent, when: True))

    dialog = open_security(qtbot, controller, session_project, "erase")
    dialog.interviews.setCurrentIndex(dialog.interviews.findData(gone))
    dialog.erase_button.click()
    withdrawal = controller.security.withdrawal
    assert isinstance(withdrawal, WithdrawalDialog)
    withdrawal.auditor.setText("EF")
    withdrawal.withdraw_button.click()
    confirm_and_erase(qtbot, withdrawal, gone_code)
    assert dialog.interviews.findData(gone) == -1  # the list follows

    dialog.tabs.setCurrentIndex(2)
    tab = dialog.backups
    tab.refresh()
    assert tab.list.count() >= 1
    assert not tab.restore_button.isEnabled()  # the passphrase of the copy first
    tab.passphrase.setText(SESSION_PASSPHRASE)
    tab.list.setCurrentRow(tab.list.count() - 1)  # the older one
    tab.restore_button.click()
    qtbot.waitUntil(
        lambda: controller.project is not None and controller.project is not session_project,
        timeout=60_000,
    )
    restored = controller.project
    assert restored.folder == folder
    codes = {r[0] for r in restored.db.query("SELECT participant_code FROM interview")}
    assert gone_code not in codes  # erased again
    assert code_of(restored, kept) in codes
    assert later_code not in codes  # the backup is older than that interview
    assert [r.participant_code for r in deletion_log(restored.db)] == [gone_code]
    assert controller.project_window.isVisible()
    assert list(folder.parent.glob(f"{folder.stem}.replaced-*"))  # moved aside, not deleted


# -- withdrawal and declined interviews ----------------------------------------------------------
def test_declined_interview_is_removed_from_the_list(qtbot, controller, session_project):
    consented(session_project)
    declined = create_interview(session_project.db, interviewer_code="AB")
    controller.show_project(session_project)
    window = controller.project_window
    window.select_interview(declined.id)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.table.setFocus()
    key(window.table, Qt.Key.Key_Delete)  # or Säkerhet ▸ "… radera vald intervju…"
    dialog = controller.security.withdrawal
    assert isinstance(dialog, WithdrawalDialog) and dialog.isVisible()
    assert dialog.pages.currentIndex() == 1  # no consent: removal straight away
    assert "inget samtycke" in dialog.erase_heading.text()
    dialog.auditor.setText("AB")
    confirm_and_erase(qtbot, dialog, declined.participant_code)
    with pytest.raises(NotFound):
        find_interview(session_project.db, declined.participant_code)
    assert window.model.rowCount() == 1
    [row] = session_project.db.query("SELECT * FROM deletion_log")
    assert dict(row) | {"id": 0, "at": "", "interview_uid": ""} == {
        "id": 0,
        "at": "",
        "interview_uid": "",  # a random id (for team packages), content-free
        "participant_code": declined.participant_code,
        "action": "removed_interview",
        "auditor_code": "AB",
        "reason": "declined",
    }


def test_not_now_keeps_the_withdrawn_interview_but_never_exports_it(
    qtbot, controller, session_project
):
    interview_id = consented(session_project)
    controller.show_project(session_project)
    controller.project_window.select_interview(interview_id)
    controller.project_window.withdraw_action.trigger()
    dialog = controller.security.withdrawal
    dialog.withdraw_button.click()
    assert dialog.pages.currentIndex() == 1 and dialog.close_button.text() == "Inte nu"
    dialog.close_button.click()
    from app.interview.consent import withdrawn_ids

    assert withdrawn_ids(session_project.db) == {interview_id}
    assert session_project.db.scalar("SELECT count(*) FROM interview") == 1


def test_withdrawal_from_the_running_interview_ends_in_erasure(
    qtbot, controller, session_project, fake_time
):
    interview_id = consented(session_project)
    code = code_of(session_project, interview_id)
    window = open_session(qtbot, controller, session_project, interview_id)
    type_text(window.page.note_editor, "Det här sa informanten.")
    window.show_consent()
    window.consent_page.withdraw_button.click()
    dialog = controller.security.withdrawal
    assert isinstance(dialog, WithdrawalDialog)
    assert dialog.auditor.text() == "AB"  # from the consent page
    dialog.withdraw_button.click()
    assert not window.clock.running  # paused at once
    assert "tillbakataget" in window.consent_page.status.text()
    confirm_and_erase(qtbot, dialog, code)
    assert controller.session_window is None  # saved and closed before the erasure
    with pytest.raises(NotFound):
        find_interview(session_project.db, code)
    assert controller.project_window.model.rowCount() == 0


# -- a quote draft survives lock and unlock ------------------------------------------------------
def test_quote_draft_is_kept_encrypted_across_lock_and_unlock(
    qtbot, controller, session_project, fake_time
):
    interview_id = consented(session_project)
    folder = session_project.folder
    window = open_session(qtbot, controller, session_project, interview_id)
    window.quote_panel.focus_input()
    type_text(window.quote_panel.input, f"halvskrivet citat {CANARY}")
    key(window.page.note_editor, Qt.Key.Key_L, CTRL)
    assert controller.project is None and canary_widgets(CANARY) == []
    assert all(CANARY.encode() not in p.read_bytes() for p in folder.iterdir() if p.is_file())
    unlock(qtbot, controller)
    again = controller.session_window
    assert again.quote_panel.input.text() == f"halvskrivet citat {CANARY}"
    assert load_draft(controller.project.db, interview_id) == f"halvskrivet citat {CANARY}"
    again.quote_panel.input.setFocus()
    key(again.quote_panel.input, Qt.Key.Key_Return)  # entered: a quote, no longer a draft
    assert [q.text for q in quotes_for_interview(controller.project.db, interview_id)] == [
        f"halvskrivet citat {CANARY}"
    ]
    again.flush()
    assert load_draft(controller.project.db, interview_id) == ""
    assert (folder / DB_NAME).exists()


# -- lost saves at unlock ------------------------------------------------------------------------
def test_unlock_says_saves_were_lost_and_offers_both_ways(qtbot, session_project, tmp_path):
    from tests.unit.test_store_damage import _lose_saves
    from ui.start.unlock import UnlockDialog
    from ui.tasks import Tasks

    rolling_backup(session_project)
    copy = _lose_saves(session_project, tmp_path)
    dialog = UnlockDialog(copy)
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[Project] = []
    dialog.unlocked.connect(opened.append)
    dialog.passphrase.setText(SESSION_PASSPHRASE)
    dialog.unlock_button.click()
    qtbot.waitUntil(dialog.continue_button.isVisible, timeout=30_000)
    assert "sparningar" in dialog.error.text()
    assert dialog.restore_button.isVisible() or "ingen säkerhetskopia" in dialog.restore_box.text()
    dialog.passphrase.setText(SESSION_PASSPHRASE)
    dialog.continue_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    assert opened[0].integrity_problems() == []
    opened[0].close()
    Tasks.wait_all()


# -- a forgotten passphrase ----------------------------------------------------------------------
def test_unlock_with_the_recovery_key_sets_a_new_passphrase(qtbot, session_project):
    from ui.start.unlock import UnlockDialog

    code = session_project.add_recovery_key(SESSION_PASSPHRASE)
    folder = session_project.folder
    session_project.close()
    dialog = UnlockDialog(folder)
    qtbot.addWidget(dialog)
    dialog.show()
    opened: list[Project] = []
    dialog.unlocked.connect(opened.append)
    dialog.forgot_button.click()
    recovery = dialog.recovery
    qtbot.waitUntil(recovery.isVisible)
    recovery.code.setText(code.lower().replace("-", " "))  # as typed from the paper
    recovery.new.setText(NEW)
    recovery.repeat.setText(NEW + "x")
    recovery.ok_button.click()
    assert "inte lika" in recovery.error.text() and not opened
    recovery.repeat.setText(NEW)
    recovery.ok_button.click()
    qtbot.waitUntil(lambda: bool(opened), timeout=30_000)
    opened[0].close()
    with pytest.raises(WrongPassphrase):
        Project.open(folder, SESSION_PASSPHRASE)
    Project.open(folder, NEW).close()
    Project.open(folder, code, secret_kind="recovery").close()  # the key stays valid
