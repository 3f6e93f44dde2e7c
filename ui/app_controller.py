"""Moves the user between the start window, the unlock dialog and the project window."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QApplication, QWidget

from app.demo import create_demo
from app.store.project import Project, project_path, remove_project
from ui import i18n
from ui.dialogs import NewProjectDialog, UnlockDialog
from ui.analysis.window import AnalysisWindow
from ui.errors import show_error
from ui.project_window import ProjectWindow
from ui.session.new_interview import NewInterviewDialog
from ui.session.window import SessionWindow
from ui.settings import settings
from ui.start_window import StartWindow
from ui.tasks import Tasks
from ui.widgets import bring_to_front

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
        self.start.new_project_requested.connect(self.new_project)
        self.start.open_project_requested.connect(self.open_project)
        self.start.open_demo_requested.connect(self.open_demo)
        self.start.language_changed.connect(self.set_language)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.aboutToQuit.connect(self.shutdown)

    # -- start window actions -------------------------------------------------------
    def show_start(self) -> None:
        self.start.refresh_projects()
        bring_to_front(self.start)

    def new_project(self) -> None:
        self.new_dialog = NewProjectDialog(self.start, self.projects_dir)
        self.new_dialog.created.connect(self.show_project)
        self.new_dialog.open()

    def open_project(self, folder: Path, message: str = "") -> None:
        folder = project_path(folder, must_exist=True)
        parent: QWidget = self.project_window if self.project_window and self.project_window.isVisible() else self.start
        self.unlock_dialog = UnlockDialog(folder, parent, message)
        self.unlock_dialog.unlocked.connect(self.show_project)
        self.unlock_dialog.rejected.connect(self._unlock_cancelled)
        self.unlock_dialog.open()

    def open_demo(self) -> None:
        folder = self.projects_dir / f"{DEMO_NAME}.samtal"

        def work() -> Project:
            if folder.exists():
                return Project.open(folder, DEMO_PASSPHRASE)
            self.projects_dir.mkdir(parents=True, exist_ok=True)
            project = Project.create(folder, DEMO_PASSPHRASE)
            try:
                create_demo(project.db, interviews=8)
            except BaseException:
                project.close()
                with contextlib.suppress(Exception):
                    remove_project(folder)
                raise
            return project

        Tasks.run(work, self.show_project, lambda exc: show_error(self.start, exc), self.start,
                  self.tr("Förbereder demoprojektet…"))

    def set_language(self, language: str) -> None:
        settings().set("ui/language", language)
        i18n.install(language)
        self.start.retranslate()
        if self.project_window:
            self.project_window.retranslate()

    # -- project --------------------------------------------------------------------
    def show_project(self, project: Project) -> None:
        self.project = project
        log.info("project opened")
        if self.project_window is None:
            self.project_window = ProjectWindow(project)
            self.project_window.lock_requested.connect(self.lock)
            self.project_window.close_requested.connect(self.close_project)
            self.project_window.new_interview_requested.connect(self.new_interview)
            self.project_window.open_interview_requested.connect(self.open_interview)
            self.project_window.export_requested.connect(self.export)
            self.project_window.review_requested.connect(self.review)
            self.project_window.guide_requested.connect(self.edit_guide)
            self.project_window.analysis_requested.connect(self.open_analysis)
        else:
            self.project_window.set_project(project)
        bring_to_front(self.project_window)
        self.start.hide()
        self.project_opened.emit(project)

    def edit_guide(self) -> None:
        if self.project is None or self.project_window is None:
            return
        from ui.guide_window import GuideWindow

        self.guide_window = GuideWindow(self.project, self.project_window)
        self.guide_window.saved.connect(lambda _v: self.project_window and self.project_window.refresh())
        self.guide_window.open()

    def review(self, interview_id: int) -> None:
        if self.project is None or self.project_window is None:
            return
        from ui.review_window import ReviewWindow

        self.review_window = ReviewWindow(self.project, interview_id, self.project_window)
        self.review_window.open()

    def export(self, interview_id: int | None = None) -> None:
        if self.project is None or self.project_window is None:
            return
        from ui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self.project, self.project_window, interview_id)
        self.export_dialog.open()
    def open_analysis(self) -> None:
        """The analyst's workspace for the open project (one window per project)."""
        if self.project is None:
            return
        if self.analysis_window is None:
            self.analysis_window = AnalysisWindow(self.project)
            self.analysis_window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            self.analysis_window.closed.connect(self._analysis_closed)
        bring_to_front(self.analysis_window)

    def _analysis_closed(self) -> None:
        self.analysis_window = None

    def lock(self) -> None:
        """Close the database and ask for the passphrase again; the window comes back as it was."""
        if self.project is None:
            return
        folder = self.project.folder
        if not self.close_session():
            return
        self._close_database()
        if self.project_window:
            self.project_window.hide()
        self.open_project(folder, self.tr("Projektet är låst. Skriv lösenordet för att fortsätta."))

    def _unlock_cancelled(self) -> None:
        if self.project is None and self.project_window is not None:
            self.project_window.close_for_good()
            self.project_window.deleteLater()
            self.project_window = None
        if self.project is None:
            self.show_start()

    def close_project(self) -> None:
        if not self.close_session():
            return
        self._close_database()
        if self.project_window:
            self.project_window.close_for_good()
            self.project_window.deleteLater()
            self.project_window = None
        self.show_start()

    def _close_database(self) -> None:
        if self.analysis_window is not None:  # it holds the database: close it first (it saves)
            self.analysis_window.close()
            self.analysis_window = None
        if self.project is not None:
            try:
                self.project.close()
            finally:
                self.project = None
                log.info("project closed")
                self.project_closed.emit()

    def shutdown(self) -> None:
        self.close_session()
        self._close_database()

    # -- interview sessions ---------------------------------------------------------
    def new_interview(self) -> None:
        if self.project is None or self.project_window is None:
            return
        self.new_interview_dialog = NewInterviewDialog(self.project.db, self.project_window)
        self.new_interview_dialog.created.connect(lambda interview: self.open_interview(interview.id))
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
        try:
            self.session_window = SessionWindow(self.project, interview_id)
        except Exception as exc:  # noqa: BLE001 - shown through the error funnel
            show_error(self.project_window, exc)
            return
        self.session_window.closed.connect(self._session_closed)
        self.session_window.lock_requested.connect(self.lock)
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
            window.deleteLater()
        if self.project_window is not None and self.project is not None:
            self.project_window.refresh()
