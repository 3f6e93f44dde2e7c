"""The team actions of an open project: Dela, Ta emot, Mottagarnycklar, co-listener mode.

Owned by the application controller (which imports this module only when one of these is
first used). Every window or dialog opened here is closed by :meth:`TeamActions.close_all`
when the project locks or closes.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from app.security.erasure import compact_after_erasure
from app.store.project import Project
from app.team.colisten import export_quotes
from app.team.colisten_store import (
    LocalColisten,
    erase_sessions,
    get_session,
    session_by_code,
)
from app.team.envelope import SUFFIX
from ui.errors import ErrorBox, message_for, show_error
from ui.tasks import Tasks
from ui.team.colistener_window import ColistenerWindow
from ui.team.conflicts_dialog import ConflictsDialog
from ui.team.key_dialog import RecipientKeyDialog
from ui.team.receive_dialog import ReceiveDialog
from ui.team.share_dialog import ShareDialog, default_package_folder
from ui.widgets import file_dialogs
from ui.widgets.common import bring_to_front


class TeamActions(QObject):
    """Signals:
    changed(): the project's content changed (an import): views refresh.
    window_opened(QWidget): a window or dialog opened (the controller adds Ctrl+L to it).
    """

    changed = Signal()
    window_opened = Signal(object)

    def __init__(
        self, project: Callable[[], Project | None], window: Callable[[], QWidget | None]
    ) -> None:
        super().__init__()
        self._project = project
        self._window = window
        self.share_dialog: ShareDialog | None = None
        self.receive_dialog: ReceiveDialog | None = None
        self.key_dialog: RecipientKeyDialog | None = None
        self.colistener_window: ColistenerWindow | None = None
        self.conflicts_dialog: ConflictsDialog | None = None

    def _show(self, widget: QWidget) -> None:
        self.window_opened.emit(widget)
        bring_to_front(widget)

    @property
    def project(self) -> Project | None:
        p = self._project()
        return None if p is None or p.closed else p

    # -- Dela ----------------------------------------------------------------------------------
    def share(self, interview_id: int | None = None) -> None:
        project = self.project
        if project is None:
            return
        self.share_dialog = ShareDialog(project, self._window(), interview_id)
        self.share_dialog.keys_requested.connect(self.keys)
        self.share_dialog.shared.connect(self._shared)
        self._show(self.share_dialog)

    def _shared(self, path: Path) -> None:
        ErrorBox.show_message(
            self._window(),
            "Samtal",
            self.tr("Paketet sparades: %1").replace("%1", str(path)),
        )

    # -- Mottagarnycklar -----------------------------------------------------------------------
    def keys(self) -> None:
        project = self.project
        if project is None:
            return
        parent = self.share_dialog if self.share_dialog is not None else self._window()
        self.key_dialog = RecipientKeyDialog(project, parent)
        if self.share_dialog is not None:
            self.key_dialog.recipients_changed.connect(self.share_dialog.reload_keys)
        self._show(self.key_dialog)

    # -- Ta emot -------------------------------------------------------------------------------
    def receive(self, path: Path | None = None) -> None:
        project = self.project
        if project is None:
            return
        if path is None:
            chosen = file_dialogs.open_file_name(
                self._window(),
                self.tr("Ta emot paket"),
                str(default_package_folder()),
                self.tr("Samtal-paket (*.samtalpkg)"),
            )
            if not chosen:
                return
            path = Path(chosen)
        self.receive_dialog = ReceiveDialog(project, path, self._window())
        self.receive_dialog.imported.connect(lambda _r: self.changed.emit())
        self.receive_dialog.colisten_requested.connect(self.open_colistener)
        self._show(self.receive_dialog)

    # -- Konflikter ----------------------------------------------------------------------------
    def conflicts(self) -> None:
        project = self.project
        if project is None:
            return
        self.conflicts_dialog = ConflictsDialog(project, self._window())
        self.conflicts_dialog.changed.connect(self.changed)
        self._show(self.conflicts_dialog)

    # -- co-listener mode ----------------------------------------------------------------------
    def open_colistener(self, code: str) -> None:
        project = self.project
        if project is None:
            return
        try:
            session = session_by_code(project.db, code)
        except Exception as exc:  # noqa: BLE001 - the one error funnel
            show_error(self._window(), exc)
            return
        if self.colistener_window is not None:
            self.colistener_window.close()
        window = ColistenerWindow(LocalColisten(project.db, session))
        window.return_requested.connect(self.return_quotes)
        self.colistener_window = window
        self._show(window)

    def return_quotes(self) -> None:
        """Write the quotes package for the interviewer; then offer to erase the copy here."""
        project, window = self.project, self.colistener_window
        if project is None or window is None:
            return
        window.save_position()
        backend = window.backend
        assert isinstance(backend, LocalColisten)
        session = get_session(project.db, backend.session.id)
        code = session.briefing.code
        path = QuotesPackagePath.choose(window, default_package_folder() / f"Samtal_citat_{code}")
        if path is None:
            return

        def done(_size: object) -> None:
            if EraseCopyQuestion.ask(window, code):
                window.close()
                self.colistener_window = None
                erase_sessions(project.db, session.briefing.uid)
                compact_after_erasure(project.db)
            else:
                ErrorBox.show_message(
                    window, "Samtal", self.tr("Citatpaketet sparades: %1").replace("%1", str(path))
                )

        Tasks.run(
            lambda: export_quotes(project, session, path),
            done,
            lambda exc: ErrorBox.show_message(window, "Samtal", message_for(exc)),
            window,
            self.tr("Krypterar citatpaketet…"),
        )

    # -- life cycle ----------------------------------------------------------------------------
    def close_all(self) -> None:
        for w in (
            self.share_dialog,
            self.receive_dialog,
            self.key_dialog,
            self.conflicts_dialog,
            self.colistener_window,  # saves its clock and question first
        ):
            if w is not None:
                w.close()
        self.share_dialog = self.receive_dialog = self.key_dialog = None
        self.conflicts_dialog = None
        self.colistener_window = None


class QuotesPackagePath:
    """Where the quotes package goes (replaceable in tests); Qt's dialog, no history kept."""

    @classmethod
    def choose(cls, parent: QWidget, suggested: Path) -> Path | None:
        chosen = file_dialogs.save_file_name(
            parent,
            parent.tr("Spara citatpaket"),
            str(suggested) + SUFFIX,
            parent.tr("Samtal-paket (*.samtalpkg)"),
            "samtalpkg",
        )
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


class EraseCopyQuestion:
    """Replaceable in tests."""

    @classmethod
    def ask(cls, parent: QWidget, code: str) -> bool:
        answer = QMessageBox.question(
            parent,
            parent.tr("Radera medlyssnarkopian?"),
            parent.tr(
                "Citatpaketet för %1 är sparat. Radera citaten och intervjuns guide från den "
                "här datorn nu? (Rekommenderas när paketet har lämnats till intervjuaren.)"
            ).replace("%1", code),
        )
        return answer == QMessageBox.StandardButton.Yes
