"""The security flows that involve more than one window, for the app controller.

- the security dialog, opened from the project window's "Säkerhet" menu;
- withdrawal and erasure from the interview list, the security dialog or the session's
  consent page: the interview window (if that interview is open) is saved and closed just
  before the erasure, never before the user has confirmed;
- key rotation: the interview and analysis windows are closed first (they hold the database
  that is replaced), and the project window is given the reopened database afterwards;
- restore: the project is closed, the backup restored in the background with its progress
  shown, and the restored project opened with the passphrase the user gave;
- retention at unlock: interviews past their keep-until date, erased after confirmation.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.security.erasure import deletion_log
from app.security.restore import Restored, restore_backup
from app.store.project import Project
from ui.errors import show_error
from ui.security.progress import Progress, StepRunner

if TYPE_CHECKING:
    from ui.app_controller import AppController
    from ui.security.dialog import SecurityDialog
    from ui.security.withdrawal import WithdrawalDialog

log = logging.getLogger(__name__)


class SecurityFlows(QObject):
    """Signals:
    erased(str): an interview was erased (its participant code).
    restored(object): a backup was restored (the :class:`Restored` result).
    """

    erased = Signal(str)
    restored = Signal(object)

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        #: The controller, whose private helpers this module shares (it is its extension).
        self.c = controller
        self.dialog: SecurityDialog | None = None
        self.withdrawal: WithdrawalDialog | None = None
        self.runner = StepRunner(self)
        self.progress: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        """A rotation, restore or erasure is running: locking must wait until it is done."""
        runners = [self.runner]
        for dialog in (self.dialog, self.withdrawal):
            if dialog is not None:
                runners.append(dialog.runner)
        return any(r.running for r in runners)

    # -- the dialog --------------------------------------------------------------------------------
    def show_security(self, tab: str = "passphrase") -> None:
        c = self.c
        if c.project is None or c.project_window is None:
            return
        from ui.security.dialog import SecurityDialog

        self.dialog = SecurityDialog(
            c.project, c.project_window, tab=tab, make_exclusive=self._make_exclusive
        )
        self.dialog.rotated.connect(self._after_rotation)
        self.dialog.restore_requested.connect(self.restore)
        self.dialog.erase_requested.connect(self.withdraw_interview)
        self.dialog.finished.connect(self._dialog_closed)
        c._add_lock_shortcut(self.dialog)
        self.dialog.open()

    def _dialog_closed(self, _result: int) -> None:
        self.dialog = None

    def close_dialogs(self) -> None:
        for dialog in (self.withdrawal, self.dialog):
            if dialog is not None:
                dialog.reject()
                dialog.hide()
                dialog.deleteLater()
        self.withdrawal = self.dialog = None

    def _make_exclusive(self) -> bool:
        """Close the windows that write to or hold the database (before a key rotation)."""
        if not self.c.close_session():
            return False
        self.c._close_analysis()
        return True

    def _after_rotation(self) -> None:
        c = self.c
        if c.project is not None and c.project_window is not None:
            c.project_window.set_project(c.project)

    # -- retention at unlock ---------------------------------------------------------------------
    def check_retention(self) -> None:
        """List interviews past their keep-until date; erase them only if the user confirms."""
        c = self.c
        if c.project is None or c.project_window is None or c.retention_dialog:
            return
        from ui.security.retention import RetentionDialog

        dialog = RetentionDialog.offer(c.project.db, c.today(), c.project_window)
        if dialog is not None:
            dialog.erased.connect(self._retention_erased)
            dialog.finished.connect(self._retention_closed)
            c.retention_dialog = dialog

    def _retention_erased(self, codes: list[str]) -> None:
        log.info("retention: %d interviews erased", len(codes))
        self.c._refresh_project_window()

    def _retention_closed(self, _result: int) -> None:
        dialog, self.c.retention_dialog = self.c.retention_dialog, None
        if dialog is not None:
            dialog.deleteLater()

    # -- withdrawal and erasure --------------------------------------------------------------------
    def withdraw(self, interview_id: int) -> None:
        """The withdrawal flow for one interview (from the list, the dialog or the session)."""
        self.withdraw_interview(interview_id)

    def withdraw_interview(self, interview_id: int) -> None:
        c = self.c
        if c.project is None:
            return
        from ui.security.withdrawal import WithdrawalDialog

        parent: QWidget | None = self.dialog or c.project_window
        session = c.session_window
        auditor = ""
        if session is not None and session.interview.id == interview_id:
            auditor = session.consent_page.auditor.text().strip().upper()
        self.withdrawal = WithdrawalDialog(
            c.project,
            interview_id,
            parent,
            auditor_code=auditor,
            before_erase=lambda: self._close_session_of(interview_id),
        )
        self.withdrawal.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.withdrawal.withdrawn.connect(self._withdrawn)
        self.withdrawal.erased.connect(self._erased)
        self.withdrawal.finished.connect(self._withdrawal_closed)
        c._add_lock_shortcut(self.withdrawal)
        self.withdrawal.open()

    def _close_session_of(self, interview_id: int) -> bool:
        session = self.c.session_window
        if session is None or session.interview.id != interview_id:
            return True
        return self.c.close_session()

    def _withdrawn(self, interview_id: int) -> None:
        session = self.c.session_window
        if session is not None and session.interview.id == interview_id:
            from ui.session import withdrawal_flow

            withdrawal_flow.consent_withdrawn(session)
        self.c._refresh_project_window()

    def _erased(self, code: str) -> None:
        log.info("interview erased through the withdrawal flow")
        self.c._refresh_project_window()
        if self.dialog is not None:
            self.dialog.refresh_interviews()
        self.erased.emit(code)

    def _withdrawal_closed(self, _result: int) -> None:
        self.withdrawal = None

    # -- restore -----------------------------------------------------------------------------------
    def restore(self, backup: Path, passphrase: str) -> None:
        """Close the open project and restore ``backup`` over it, then open the result."""
        c = self.c
        project = c.project
        if project is None or not c.close_session():
            return
        folder = project.folder
        current = deletion_log(project.db)
        parent = c.project_window
        self._close_project_quietly()
        self.progress = QProgressDialog(self.tr("Återställer säkerhetskopian…"), "", 0, 3, parent)
        self.progress.setCancelButton(None)
        self.progress.setWindowModality(Qt.WindowModality.ApplicationModal)
        self.progress.setMinimumDuration(0)
        self.progress.setAccessibleName(self.tr("Återställer säkerhetskopian"))
        self.progress.show()

        def work(progress: Progress) -> tuple[Restored, Project]:
            done = restore_backup(
                backup, folder, passphrase, replace=True, current_log=current, progress=progress
            )
            return done, Project.open(folder, passphrase)

        self.runner.progressed.connect(self._restore_progressed)
        self.runner.start(work, self._restored, lambda exc: self._restore_failed(folder, exc))

    def _close_project_quietly(self) -> None:
        """Close the project without a backup, keeping the project window (the restore
        replaces the project and opens it again)."""
        c = self.c
        c._close_dialogs()
        c._close_database()
        if c.project_window:
            c.project_window.clear_for_lock()
            c.project_window.hide()

    def _restore_progressed(self, step: str, done: int, total: int) -> None:
        labels = {
            "copy": self.tr("Kopierar säkerhetskopian…"),
            "check": self.tr("Kontrollerar kopian och raderar det som raderats sedan dess…"),
            "erasures": self.tr("Lägger kopian på plats…"),
            "done": self.tr("Klart."),
        }
        if self.progress is not None:
            self.progress.setMaximum(total)
            self.progress.setValue(done)
            self.progress.setLabelText(labels.get(step, ""))

    def _finish_progress(self) -> None:
        self.runner.progressed.disconnect(self._restore_progressed)
        if self.progress is not None:
            self.progress.close()
            self.progress.deleteLater()
            self.progress = None

    def _restored(self, result: tuple[Restored, Project]) -> None:
        self._finish_progress()
        done, project = result
        log.info("backup restored from the security dialog")
        self.c.show_project(project)
        self.restored.emit(done)

    def _restore_failed(self, folder: Path, exc: BaseException) -> None:
        self._finish_progress()
        show_error(self.c.start, exc)
        self.c.open_project(folder)  # the project as it was (if it was not replaced)
