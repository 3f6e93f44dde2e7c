"""Moves the user between the start window, the unlock dialog and the project window.

Locking (Ctrl+L in every window, after idle time, on suspend or an OS screen lock; see
:mod:`ui.security.idle_lock`; idle time does not count while an interview's clock runs):
the session's text is saved first (if that fails, e.g. disk full, the lock waits and the
text stays on screen), every editor and undo stack is cleared, the
database connection is closed, our clipboard copy is cleared, and the unlock dialog
appears. After unlock the same interview opens at the same question, with the clock
running if it was, focus and cursor where they were. The resume state holds ids, flags
and a cursor offset only, in memory.

Closing a project and quitting make a verified rolling backup (:mod:`app.security.backup`); closing
runs it in the background, quitting waits for it. A failed backup is reported, and the
project is closed all the same. At unlock a damaged project is offered its newest good
backup (:class:`ui.start.unlock.UnlockDialog`), and interviews past their keep-until date are
listed for erasure (:class:`ui.security.retention.RetentionDialog`).


Start-up loads only what the start window shows: every other room (the project, session,
analysis, guide, review, export and security windows, and the store behind them) is
imported when it is first opened (``bench/bench_startup.py`` measures it).
"""

from __future__ import annotations

import contextlib
import logging
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from ui.settings import settings
from ui.start.window import StartWindow
from ui.tasks import Tasks
from ui.widgets.common import bring_to_front

if TYPE_CHECKING:
    from app.errors import SamtalError
    from app.security.backup import CloseOutcome
    from app.store.project import Project
    from ui.analysis.window import AnalysisWindow
    from ui.audio.launch import AudioRoom
    from ui.project.window import ProjectWindow
    from ui.security.flows import SecurityFlows
    from ui.security.idle_lock import IdleWatcher
    from ui.security.preferences import PreferencesDialog
    from ui.security.retention import RetentionDialog
    from ui.session.new_interview import NewInterviewDialog
    from ui.session.window import SessionWindow
    from ui.start.new_project import NewProjectDialog
    from ui.start.unlock import UnlockDialog
    from ui.team.actions import TeamActions
    from ui.widgets.clipboard import ClipboardGuard

log = logging.getLogger(__name__)

#: The demo holds only fictional text; its passphrase is shown in the UI and the README.
DEMO_PASSPHRASE = "demo-samtal"
DEMO_NAME = "Demo"


class AppController(QObject):
    """Signals:
    project_opened(Project): a project window is showing this project.
    project_closed(): the project was closed (or locked).
    """

    project_opened = Signal(object)
    project_closed = Signal()
    backup_finished = Signal(object)  # CloseOutcome of a close in the background

    #: today's date for retention (tests replace it)
    today = staticmethod(date.today)

    def __init__(self, projects_dir: Path | None = None) -> None:
        super().__init__()
        self.start = StartWindow(projects_dir)
        self.projects_dir = self.start.projects_dir
        self.project: Project | None = None
        self.project_window: ProjectWindow | None = None
        self.analysis_window: AnalysisWindow | None = None
        self.unlock_dialog: UnlockDialog | None = None
        self.new_dialog: NewProjectDialog | None = None
        self.session_window: SessionWindow | None = None
        self.new_interview_dialog: NewInterviewDialog | None = None
        self.retention_dialog: RetentionDialog | None = None
        self.preferences_dialog: PreferencesDialog | None = None
        self._audio: AudioRoom | None = None
        self._quitting = False
        self._resume: dict[str, object] | None = None
        self._resume_folder: Path | None = None
        self._resume_selected: int | None = None
        self._idle: IdleWatcher | None = None
        self._security: SecurityFlows | None = None
        self._team: TeamActions | None = None
        self._pending_package: Path | None = None  # co-listener package: open after unlock
        self.clipboard: ClipboardGuard | None = None  # made when a project opens
        self.start.new_project_requested.connect(self.new_project)
        self.start.open_project_requested.connect(self.open_project)
        self.start.open_demo_requested.connect(self.open_demo)
        self.start.language_changed.connect(self.set_language)
        self.start.colisten_requested.connect(self.colisten)
        self.start.live_join_requested.connect(self.join_live)
        self.live_session: QObject | None = None  # a live co-listening session, if any
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self.shutdown)

    @property
    def idle(self) -> IdleWatcher:
        """The idle/suspend/OS-lock watcher, made when first needed (a project opens)."""
        if self._idle is None:
            from ui.security.idle_lock import IdleWatcher

            self._idle = IdleWatcher(self._idle_seconds, self)
            self._idle.lock_requested.connect(self._auto_lock)
        return self._idle

    @property
    def security(self) -> SecurityFlows:
        """The security dialog, withdrawal, rotation and restore flows (made when first used)."""
        from ui.security.flows import SecurityFlows

        self._security = self._security or SecurityFlows(self)
        return self._security

    @property
    def team(self) -> TeamActions:
        """Dela, Ta emot, recipient keys, conflicts and co-listener mode (made when first used)."""
        if self._team is None:
            from ui.team.actions import TeamActions

            self._team = TeamActions(lambda: self.project, lambda: self.project_window)
            self._team.changed.connect(self._refresh_project_window)
            self._team.window_opened.connect(self._add_lock_shortcut)
        return self._team

    def colisten(self, package: Path) -> None:
        """Co-listener mode from the start window: the package opens in the chosen project."""
        if self.project is not None:
            self.team.receive(package)
            return
        from ui.start.window import ProjectChooser

        folder = self.start.selected_project() or ProjectChooser.choose(
            self.start, self.projects_dir
        )
        if folder is None:
            return
        self._pending_package = package
        self.open_project(folder)

    def join_live(self) -> None:
        """'Anslut som medlyssnare': no project needed; the marks go to the interviewer."""
        from ui.team.live_join import JoinDialog

        self.join_dialog = JoinDialog(self.start)
        self.join_dialog.joined.connect(self._show_live_session)
        self.join_dialog.open()

    def _show_live_session(self, session: QObject) -> None:
        from ui.team.live_join import LiveColistenerSession

        assert isinstance(session, LiveColistenerSession)
        self.live_session = session
        session.ended.connect(lambda: setattr(self, "live_session", None))
        session.show()

    # -- start window actions -------------------------------------------------------
    def show_start(self) -> None:
        self.start.refresh_projects()
        bring_to_front(self.start)

    def new_project(self) -> None:
        from ui.start.new_project import NewProjectDialog

        self.new_dialog = NewProjectDialog(self.start, self.projects_dir)
        self.new_dialog.created.connect(self.show_project)
        self.new_dialog.open()

    def open_project(self, folder: Path, message: str = "") -> None:
        from app.store.project import LOCK_NAME, project_path
        from ui.start.in_use import say_if_in_use
        from ui.start.unlock import UnlockDialog

        folder = project_path(folder, must_exist=True)
        parent: QWidget = (
            self.project_window
            if self.project_window and self.project_window.isVisible()
            else self.start
        )
        if say_if_in_use(folder / LOCK_NAME, parent):  # a second copy: no passphrase asked
            return
        self.unlock_dialog = UnlockDialog(folder, parent, message)
        self.unlock_dialog.unlocked.connect(self.show_project)
        self.unlock_dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog.open()

    def open_demo(self) -> None:
        folder = self.projects_dir / f"{DEMO_NAME}.samtal"

        def work() -> Project:
            from app.demo import create_demo
            from app.store.project import Project

            if folder.exists():
                return Project.open(folder, DEMO_PASSPHRASE)
            self.projects_dir.mkdir(parents=True, exist_ok=True)
            return Project.create_filled(
                folder, DEMO_PASSPHRASE, lambda p: create_demo(p.db, interviews=8)
            )

        Tasks.run(
            work,
            self.show_project,
            lambda exc: _show_error(self.start, exc),
            self.start,
            self.tr("Förbereder demoprojektet…"),
        )

    def set_language(self, language: str) -> None:
        self.start.apply_language(language)
        if self.project_window:
            self.project_window.retranslate()

    # -- project --------------------------------------------------------------------
    def show_project(self, project: Project) -> None:
        from ui.widgets.clipboard import ClipboardGuard

        self.clipboard = ClipboardGuard.instance()  # before any content is on screen
        self.project = project
        log.info("project opened")
        if self.project_window is None:
            from ui.project.window import ProjectWindow

            self.project_window = ProjectWindow(project)
            self.project_window.lock_requested.connect(self.lock)
            self.project_window.close_requested.connect(self.close_project)
            self.project_window.new_interview_requested.connect(self.new_interview)
            self.project_window.open_interview_requested.connect(self.open_interview)
            self.project_window.preferences_requested.connect(self.show_preferences)
            self.project_window.export_requested.connect(self.export)
            self.project_window.review_requested.connect(self.review)
            self.project_window.guide_requested.connect(self.edit_guide)
            self.project_window.analysis_requested.connect(self.open_analysis)
            self.project_window.security_requested.connect(lambda t: self.security.show_security(t))
            self.project_window.withdraw_requested.connect(lambda i: self.security.withdraw(i))
            self.project_window.transcription_requested.connect(
                lambda interview_id: self.audio.transcribe(interview_id)
            )
            self.project_window.audio_requested.connect(lambda: self.audio.show_audio())
            self.project_window.share_requested.connect(lambda i: self.team.share(i))
            self.project_window.receive_requested.connect(lambda p: self.team.receive(p))
            self.project_window.keys_requested.connect(lambda: self.team.keys())
            self.project_window.conflicts_requested.connect(lambda: self.team.conflicts())
        else:
            self.project_window.set_project(project)
        bring_to_front(self.project_window)
        self.idle.os_signals.register_window(int(self.project_window.winId()))
        self.start.hide()
        self.idle.start()
        self.project_opened.emit(project)
        self._resume_after_unlock(project)
        QTimer.singleShot(0, lambda: self.security.check_retention())
        QTimer.singleShot(0, lambda: self.audio.check_retention())
        if self._pending_package is not None:
            package, self._pending_package = self._pending_package, None
            QTimer.singleShot(0, lambda: self.team.receive(package))

    def edit_guide(self) -> None:
        if self.project is None or self.project_window is None:
            return
        from ui.guide.window import GuideWindow

        self.guide_window = GuideWindow(self.project, self.project_window)
        self.guide_window.saved.connect(lambda _v: self._refresh_project_window())
        self._add_lock_shortcut(self.guide_window)
        self.guide_window.open()

    def _refresh_project_window(self) -> None:
        if self.project_window is not None and self.project is not None:
            self.project_window.refresh()

    def review(self, interview_id: int | None = None) -> None:
        if self.project is None or self.project_window is None:
            return
        from ui.review.window import ReviewWindow

        self.review_window = ReviewWindow(self.project, interview_id, self.project_window)
        self._add_lock_shortcut(self.review_window)
        self.review_window.open()

    def export(self, interview_id: int | None = None) -> None:
        if self.project is None or self.project_window is None:
            return
        from ui.export.dialog import ExportDialog

        self.export_dialog = ExportDialog(self.project, self.project_window, interview_id)
        self._add_lock_shortcut(self.export_dialog)
        self.export_dialog.open()

    def open_analysis(self) -> None:
        """The analyst's workspace for the open project (one window per project)."""
        if self.project is None:
            return
        if self.analysis_window is None:
            from ui.analysis.window import AnalysisWindow

            self.analysis_window = AnalysisWindow(self.project)
            self.analysis_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.analysis_window.closed.connect(self._analysis_closed)
            self._add_lock_shortcut(self.analysis_window)
        bring_to_front(self.analysis_window)

    def _add_lock_shortcut(self, window: QWidget) -> None:
        """Ctrl+L locks from every window that shows project content; Ctrl+= and Ctrl+−
        change the text size there as everywhere."""
        from ui.widgets.zoom import install_zoom

        install_zoom(window)
        action = QAction(self.tr("Lås projektet"), window)
        action.setShortcut(QKeySequence("Ctrl+L"))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(self.lock)
        window.addAction(action)

    def _analysis_closed(self) -> None:
        self.analysis_window = None

    def _close_analysis(self) -> None:
        if self.analysis_window is not None:  # it holds the database: close it first (it saves)
            self.analysis_window.close()
            self.analysis_window = None

    def _resume_after_unlock(self, project: Project) -> None:
        state, folder = self._resume, self._resume_folder
        selected = self._resume_selected
        self._resume = self._resume_folder = self._resume_selected = None
        if folder is None or folder != project.folder or self.project_window is None:
            return
        self.project_window.select_interview(selected)
        if state is None:
            return
        interview_id = state.get("interview_id")
        if isinstance(interview_id, int):
            self.open_interview(interview_id)
            if self.session_window is not None:
                self.session_window.apply_resume_state(state)
                log.info("session resumed after unlock")

    # -- preferences ----------------------------------------------------------------------
    def show_preferences(self) -> None:
        from ui.security.preferences import PreferencesDialog

        parent = self.project_window if self.project_window is not None else self.start
        self.preferences_dialog = PreferencesDialog(parent)
        self.preferences_dialog.changed.connect(self.idle.touch)
        self.preferences_dialog.language_chosen.connect(self.set_language)
        self.preferences_dialog.open()

    def _idle_seconds(self) -> float:
        return 60.0 * int(settings().get("security/idle_lock_minutes"))

    def _auto_lock(self, reason: str) -> None:
        log.info("locking: %s", reason)
        if not self.lock() and self.project is not None:
            # The text could not be saved (message shown, text on screen): try again after
            # another idle period, not at every check (no stack of error boxes).
            self.idle.touch()

    def lock(self) -> bool:
        """Save, clear and close everything; ask for the passphrase again. False if the session
        text could not be saved (it stays on screen; the next idle check tries again)."""
        if self.project is None or (self._security is not None and self._security.busy):
            return False  # a key rotation, restore or erasure finishes first
        folder = self.project.folder
        state = self.session_window.resume_state() if self.session_window is not None else None
        selected = self.project_window.current_interview_id() if self.project_window else None
        if not self.close_session():
            return False
        self._resume, self._resume_folder, self._resume_selected = state, folder, selected
        self._close_dialogs()
        self._close_database()
        if self.project_window:
            self.project_window.clear_for_lock()
            self.project_window.hide()
        _clear_clipboard_if_ours()
        log.info("project locked")
        self.open_project(folder, self.tr("Projektet är låst. Skriv lösenordet för att fortsätta."))
        return True

    # -- audio: transcription mode, recordings and their retention (ui/audio) -------
    @property
    def audio(self) -> AudioRoom:
        if self._audio is None:
            from ui.audio.launch import AudioRoom

            self._audio = AudioRoom(self)
        return self._audio

    def _close_dialogs(self) -> None:
        """Close every dialog that shows project content (lock, close, quit)."""
        if self._audio is not None:
            self._audio.close_all()
        names = (
            "new_interview_dialog",
            "retention_dialog",
            "guide_window",
            "review_window",
            "export_dialog",
        )
        for name in names:
            dialog = getattr(self, name, None)
            if dialog is not None:
                with contextlib.suppress(RuntimeError):  # already deleted by Qt
                    dialog.reject()
                    dialog.hide()
                    dialog.deleteLater()
                setattr(self, name, None)
        if self._security is not None:
            self._security.close_dialogs()
        if self._team is not None:
            self._team.close_all()
        self._close_analysis()

    def _unlock_cancelled(self) -> None:
        self._resume = self._resume_folder = self._resume_selected = None
        self._pending_package = None
        if self.project is None and self.project_window is not None:
            self.project_window.close_for_good()
            self.project_window.deleteLater()
            self.project_window = None
        if self.project is None:
            self.show_start()

    def close_project(self) -> None:
        """Save the session, then back up and close the project in the background."""
        if not self.close_session():
            return
        self._close_dialogs()
        project, self.project = self.project, None
        self.idle.stop()
        if self.project_window:
            self.project_window.clear_for_lock()
            self.project_window.close_for_good()
            self.project_window.deleteLater()
            self.project_window = None
        _clear_clipboard_if_ours()
        self.show_start()
        if project is None:
            return
        from app.security import backup

        Tasks.run(
            lambda: backup.close_with_backup(project),
            self._closed_with_backup,
            lambda exc: self._closed_with_backup(backup.CloseOutcome(None, _as_samtal_error(exc))),
            self.start,
            self.tr("Säkerhetskopierar projektet…"),
        )

    def _closed_with_backup(self, outcome: CloseOutcome) -> None:
        log.info("project closed")
        self.project_closed.emit()
        self.backup_finished.emit(outcome)
        if outcome.error is None:
            return
        if self._quitting:  # no message box while quitting; the log says it
            log.warning("backup at close failed: %s", outcome.error.code)
        else:
            self._report_backup_failure(outcome)

    def _report_backup_failure(self, outcome: CloseOutcome) -> None:
        assert outcome.error is not None
        from ui.errors import ErrorBox, message_for

        ErrorBox.show_message(
            self.start,
            self.tr("Säkerhetskopian misslyckades"),
            self.tr("Projektet är stängt, men säkerhetskopian kunde inte göras. %1").replace(
                "%1", message_for(outcome.error)
            ),
        )

    def _close_database(self) -> None:
        self.idle.stop()
        self._close_analysis()
        if self.project is not None:
            try:
                self.project.close()
            finally:
                self.project = None
                log.info("project closed")
                self.project_closed.emit()

    def shutdown(self) -> None:
        """Quit: save the session, make the rolling backup (waits), let a close still backing up
        in the background finish, clear our clipboard copy."""
        self._quitting = True
        self.close_session()
        self._close_dialogs()
        if self._idle is not None:
            self._idle.stop()
        project, self.project = self.project, None
        if project is not None and not project.closed:
            from app.security.backup import close_with_backup

            outcome = close_with_backup(project)
            log.info("project closed")
            self.project_closed.emit()
            if outcome.error is not None:
                log.warning("backup at quit failed: %s", outcome.error.code)
        Tasks.wait_all()
        _clear_clipboard_if_ours()

    # -- interview sessions ---------------------------------------------------------
    def new_interview(self) -> None:
        if self.project is None or self.project_window is None:
            return
        from ui.session.new_interview import NewInterviewDialog

        self.new_interview_dialog = NewInterviewDialog(self.project.db, self.project_window)
        self.new_interview_dialog.created.connect(
            lambda interview: self.open_interview(interview.id)
        )
        self._add_lock_shortcut(self.new_interview_dialog)
        self.new_interview_dialog.open()

    def open_interview(self, interview_id: int) -> None:
        """Show the session window for the interview (one session at a time)."""
        if self.project is None:
            return
        if self.session_window is not None:
            if self.session_window.interview.id == interview_id:
                bring_to_front(self.session_window)
                return
            if not self.close_session():
                return
        from ui.session.launch import open_session

        self.session_window = open_session(self, interview_id)
        if self.session_window is None:
            return
        if self.project_window is not None:
            self.project_window.refresh()
        bring_to_front(self.session_window)

    def close_session(self) -> bool:
        """Save and close the session window. False if its text could not be saved."""
        window = self.session_window
        if window is None:
            return True
        return window.save_and_close()

    def _session_closed(self, _interview_id: int) -> None:
        window, self.session_window = self.session_window, None
        if window is not None:
            window.clear_for_lock()
            window.hide()
            window.deleteLater()
        if self.project_window is not None and self.project is not None:
            self.project_window.refresh()


def _as_samtal_error(exc: BaseException) -> SamtalError:
    from app.errors import SamtalError

    return exc if isinstance(exc, SamtalError) else SamtalError(exc.__class__.__name__)


def _show_error(parent: QWidget | None, exc: BaseException) -> None:
    from ui.errors import show_error

    show_error(parent, exc)


def _clear_clipboard_if_ours() -> None:
    from ui.widgets.clipboard import clear_if_ours

    clear_if_ours()
