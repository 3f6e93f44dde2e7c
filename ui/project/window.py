"""The project window: the audit's interviews, and the way into a session."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.audit import audit_info
from app.store.project import Project
from app.team.conflicts import open_conflict_count
from app.team.envelope import SUFFIX as PACKAGE_SUFFIX
from ui.project.interview_model import InterviewTableModel
from ui.settings import settings
from ui.style.look import set_tone
from ui.style.palette import HINT, WARNING
from ui.widgets.a11y import name_menus
from ui.widgets.common import window_title
from ui.widgets.zoom import install_zoom


class ProjectWindow(QMainWindow):
    """Signals:
    new_interview_requested(): start a new interview.
    open_interview_requested(int): open (resume or review) the interview with this id.
    lock_requested(): lock the project now.
    close_requested(): close the project and go back to the start window.
    preferences_requested(): show the preferences dialog.
    analysis_requested(): open the analyst's workspace (themes, tagging, search).
    security_requested(str): open the security dialog at this tab ("passphrase",
        "recovery", "backups" or "erase").
    withdraw_requested(int): the withdrawal flow (withdraw, then erase) for this interview.
    share_requested(object): Dela — write a package (the selected interview id, or None).
    receive_requested(object): Ta emot — a package file (Path), or None to choose one; a
        .samtalpkg dropped on the window comes here too.
    keys_requested(): show the recipient keys.
    conflicts_requested(): list the conflicts left by imports.
    """

    new_interview_requested = Signal()
    open_interview_requested = Signal(int)
    lock_requested = Signal()
    close_requested = Signal()
    preferences_requested = Signal()
    export_requested = Signal(object)  # interview id or None
    review_requested = Signal(object)  # interview id to show first, or None: all
    guide_requested = Signal()
    analysis_requested = Signal()
    security_requested = Signal(str)
    withdraw_requested = Signal(int)
    transcription_requested = Signal(int)  # interview id
    audio_requested = Signal()  # recordings and the audio retention rule
    share_requested = Signal(object)
    receive_requested = Signal(object)
    keys_requested = Signal()
    conflicts_requested = Signal()

    def __init__(self, project: Project) -> None:
        super().__init__()
        install_zoom(self)  # Ctrl+= / Ctrl+− text size, as in every window
        self.setObjectName("ProjectWindow")
        self.project = project
        self._closing_from_controller = False
        self.settings_dialog: QDialog | None = None
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(1000)
        self._refresh_timer.timeout.connect(self.refresh)
        from app.pseudonymise import dictionary

        dictionary.preload()  # the Swedish dictionary, off the UI thread, before a review needs it
        self.model = InterviewTableModel(project.db)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAlternatingRowColors(True)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.title.setWordWrap(True)
        self.summary = QLabel()
        set_tone(self.summary, HINT)
        self.empty_hint = QLabel()
        self.empty_hint.setWordWrap(True)
        self.new_button = QPushButton()
        self.new_button.setMinimumHeight(40)
        self.new_button.clicked.connect(self.new_interview_requested)
        self.open_button = QPushButton()
        self.open_button.setMinimumHeight(40)
        self.open_button.clicked.connect(self._open_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        self.analysis_button = QPushButton()
        self.analysis_button.setMinimumHeight(40)
        self.analysis_button.clicked.connect(self.analysis_requested)
        buttons.addStretch(1)
        self.guide_button = QPushButton()
        self.review_button = QPushButton()
        self.export_button = QPushButton()
        self.transcribe_button = QPushButton()
        self.share_button = QPushButton()
        self.receive_button = QPushButton()
        for b in (
            self.guide_button,
            self.transcribe_button,
            self.review_button,
            self.analysis_button,
            self.export_button,
            self.share_button,
            self.receive_button,
        ):
            b.setMinimumHeight(40)
            buttons.addWidget(b)
        self.conflicts_button = QPushButton()
        set_tone(self.conflicts_button, WARNING)
        self.conflicts_button.clicked.connect(self.conflicts_requested)
        self.conflicts_button.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.title)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.summary, 1)
        summary_row.addWidget(self.conflicts_button)
        layout.addLayout(summary_row)
        layout.addLayout(buttons)
        layout.addWidget(self.empty_hint)
        layout.addWidget(self.table, 1)
        self.setCentralWidget(central)
        self._build_menu()
        self.guide_button.clicked.connect(self.guide_action.trigger)
        self.review_button.clicked.connect(self.review_action.trigger)
        self.export_button.clicked.connect(self.export_action.trigger)
        self.transcribe_button.clicked.connect(self.transcribe_action.trigger)
        self.share_button.clicked.connect(self.share_action.trigger)
        self.receive_button.clicked.connect(self.receive_action.trigger)
        self.setAcceptDrops(True)  # a package dropped on the window is received
        self.retranslate()
        self.refresh()
        geometry = settings().get("window/project_geometry")
        if not geometry.isEmpty():
            self.restoreGeometry(geometry)
        else:
            self.resize(900, 600)

    def _build_menu(self) -> None:
        self.file_menu = self.menuBar().addMenu("")
        self.new_action = QAction(self)
        self.new_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_action.triggered.connect(self.new_interview_requested)
        self.open_action = QAction(self)
        self.open_action.setShortcut(
            QKeySequence(Qt.Key.Key_Return | Qt.KeyboardModifier.ControlModifier)
        )
        self.open_action.triggered.connect(self._open_current)
        self.lock_action = QAction(self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.triggered.connect(self.lock_requested)
        self.export_action = QAction(self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+X"))
        self.export_action.triggered.connect(
            lambda: self.export_requested.emit(self.current_interview_id())
        )
        self.guide_action = QAction(self)
        self.guide_action.setShortcut(QKeySequence("Ctrl+G"))
        self.guide_action.triggered.connect(self.guide_requested)
        self.review_action = QAction(self)
        self.review_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        self.review_action.triggered.connect(self._review_current)
        self.close_action = QAction(self)
        self.close_action.setShortcuts(QKeySequence.StandardKey.Close)  # Ctrl+W and Ctrl+F4
        self.close_action.triggered.connect(self.close_requested)
        self.preferences_action = QAction(self)
        self.preferences_action.setShortcut(QKeySequence("Ctrl+,"))
        self.preferences_action.triggered.connect(self.preferences_requested)
        self.project_settings_action = QAction(self)
        self.project_settings_action.triggered.connect(self.show_settings)
        self.analysis_action = QAction(self)
        self.analysis_action.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.analysis_action.triggered.connect(self.analysis_requested)
        self.transcribe_action = QAction(self)
        self.transcribe_action.setShortcut(QKeySequence("Ctrl+Shift+U"))  # "utskrift"
        self.transcribe_action.triggered.connect(self._transcribe_current)
        self.audio_action = QAction(self)
        self.audio_action.triggered.connect(self.audio_requested)
        self.background_action = QAction(self)
        self.background_action.triggered.connect(self._edit_background)
        self.survey_settings_action = QAction(self)
        self.survey_settings_action.triggered.connect(self._survey_settings)
        self.share_action = QAction(self)
        self.share_action.setShortcut(QKeySequence("Ctrl+Shift+D"))
        self.share_action.triggered.connect(
            lambda: self.share_requested.emit(self.current_interview_id())
        )
        self.receive_action = QAction(self)
        self.receive_action.setShortcut(QKeySequence("Ctrl+Shift+T"))
        self.receive_action.triggered.connect(lambda: self.receive_requested.emit(None))
        self.keys_action = QAction(self)
        self.keys_action.triggered.connect(self.keys_requested)
        self.conflicts_action = QAction(self)
        self.conflicts_action.triggered.connect(self.conflicts_requested)
        for a in (
            self.new_action,
            self.open_action,
            self.guide_action,
            self.analysis_action,
            self.background_action,
            self.survey_settings_action,
            self.transcribe_action,
            self.audio_action,
            self.review_action,
            self.export_action,
            self.share_action,
            self.receive_action,
            self.keys_action,
            self.conflicts_action,
            self.lock_action,
            self.close_action,
        ):
            self.file_menu.addAction(a)
        self.file_menu.insertSeparator(self.close_action)
        self.file_menu.insertAction(self.close_action, self.project_settings_action)
        self.file_menu.insertAction(self.close_action, self.preferences_action)
        self._build_security_menu()

    def _build_security_menu(self) -> None:
        """Every security function in the window (issue 14 item 8)."""
        self.security_menu = self.menuBar().addMenu("")
        self.security_actions: dict[str, QAction] = {}
        for tab in ("passphrase", "recovery", "backups", "erase"):
            action = QAction(self)
            action.triggered.connect(lambda _c=False, t=tab: self.security_requested.emit(t))
            self.security_actions[tab] = action
            self.security_menu.addAction(action)
        self.withdraw_action = QAction(self)
        self.withdraw_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.withdraw_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.withdraw_action.triggered.connect(self._withdraw_current)
        self.table.addAction(self.withdraw_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.security_menu.insertSeparator(self.security_actions["erase"])
        self.security_menu.insertAction(self.security_actions["erase"], self.withdraw_action)

    def _withdraw_current(self) -> None:
        interview_id = self.current_interview_id()
        if interview_id is not None:
            self.withdraw_requested.emit(interview_id)

    def retranslate(self) -> None:
        self.file_menu.setTitle(self.tr("&Arkiv"))
        self.new_action.setText(self.tr("&Ny intervju…"))
        self.open_action.setText(self.tr("Ö&ppna intervju"))
        self.guide_action.setText(self.tr("&Frågeguide…"))
        self.review_action.setText(self.tr("&Pseudonymisering…"))
        self.export_action.setText(self.tr("&Exportera till Word…"))
        self.analysis_action.setText(self.tr("&Analys: teman, taggning, sök…"))
        self.transcribe_action.setText(self.tr("&Transkribering…"))
        self.audio_action.setText(self.tr("Lju&d och gallring…"))
        self.transcribe_button.setText(self.tr("Transkribering"))
        self.transcribe_button.setAccessibleName(self.tr("Transkribering av vald intervju"))
        self.background_action.setText(self.tr("&Bakgrundsuppgifter för vald intervju…"))
        self.survey_settings_action.setText(self.tr("Bakgrunds&variabler och sammanställning…"))
        self.guide_button.setText(self.tr("Frågeguide"))
        self.guide_button.setAccessibleName(self.tr("Frågeguide"))
        self.review_button.setText(self.tr("Pseudonymisering"))
        self.review_button.setAccessibleName(self.tr("Granska pseudonymiseringen i hela projektet"))
        self.export_button.setText(self.tr("Exportera"))
        self.export_button.setAccessibleName(self.tr("Exportera till Word"))
        self.analysis_button.setText(self.tr("Analys"))
        self.analysis_button.setAccessibleName(self.tr("Analys: teman, taggning och sök"))
        self.share_action.setText(self.tr("&Dela intervjuer (krypterat paket)…"))
        self.receive_action.setText(self.tr("&Ta emot paket…"))
        self.keys_action.setText(self.tr("&Mottagarnycklar…"))
        self.conflicts_action.setText(self.tr("&Konflikter från paket…"))
        self.share_button.setText(self.tr("Dela"))
        self.share_button.setAccessibleName(self.tr("Dela intervjuer som krypterat paket"))
        self.receive_button.setText(self.tr("Ta emot"))
        self.receive_button.setAccessibleName(
            self.tr("Ta emot paket (eller dra en paketfil till fönstret)")
        )
        self.receive_button.setToolTip(self.tr("Du kan också dra en .samtalpkg-fil hit."))
        self.lock_action.setText(self.tr("&Lås projektet"))
        self.close_action.setText(self.tr("&Stäng projektet"))
        self.preferences_action.setText(self.tr("&Inställningar…"))
        self.project_settings_action.setText(
            self.tr("P&rojektinställningar (organisation, kontakt, kvitto)…")
        )
        self.security_menu.setTitle(self.tr("&Säkerhet"))
        self.security_actions["passphrase"].setText(self.tr("Byt &lösenord…"))
        self.security_actions["recovery"].setText(self.tr("Å&terställningsnyckel…"))
        self.security_actions["backups"].setText(self.tr("Säkerhets&kopior och återställning…"))
        self.security_actions["erase"].setText(self.tr("&Radera en intervju…"))
        self.withdraw_action.setText(
            self.tr("Informanten tar tillbaka sitt samtycke / radera &vald intervju…")
        )
        self.new_button.setText(self.tr("Ny intervju"))
        self.new_button.setAccessibleName(self.tr("Ny intervju"))
        self.open_button.setText(self.tr("Öppna intervju"))
        self.open_button.setAccessibleName(self.tr("Öppna intervju"))
        self.table.setAccessibleName(self.tr("Intervjuer"))
        self.empty_hint.setText(
            self.tr(
                "Inga intervjuer än. Välj \u201dNy intervju\u201d när informanten är på plats: "
                "först samtycket, sedan frågeguiden."
            )
        )
        name_menus(self)
        self.refresh()

    def refresh(self) -> None:
        # a refresh now is the one refresh_soon promised: none is left pending (a key rotation
        # or an erasure that starts right after the interview window closed must not meet one)
        self._refresh_timer.stop()
        if self.project.closed:
            return
        name = audit_info(self.project.db).name or self.project.name
        self.title.setText(name)
        self.setWindowTitle(window_title(name))
        selected = self.current_interview_id()
        self.model.reload()
        if selected is not None:
            self.select_interview(selected)  # a refresh keeps the row the user chose
        count = self.model.rowCount()
        self.summary.setText(
            self.tr("1 intervju")
            if count == 1
            else self.tr("{n} intervjuer").replace("{n}", str(count))
        )
        self.empty_hint.setVisible(count == 0)
        conflicts = open_conflict_count(self.project.db)
        self.conflicts_button.setVisible(conflicts > 0)
        self.conflicts_button.setText(
            self.tr("1 konflikt från paket")
            if conflicts == 1
            else self.tr("%1 konflikter från paket").replace("%1", str(conflicts))
        )
        self.share_button.setEnabled(count > 0)
        self.open_button.setEnabled(count > 0)
        self.review_button.setEnabled(count > 0)
        self.withdraw_action.setEnabled(count > 0)
        self.transcribe_button.setEnabled(count > 0)
        if count and not self.table.currentIndex().isValid():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def show_settings(self) -> None:
        """Organisation, its contact person, interview length, gift, deletion date."""
        from ui.project.settings_dialog import ProjectSettingsDialog

        self.settings_dialog = ProjectSettingsDialog(self.project.db, self)
        self.settings_dialog.saved.connect(self.refresh)
        self.settings_dialog.addAction(self.lock_action)  # Ctrl+L locks from there too
        self.settings_dialog.open()

    def _close_settings(self) -> None:
        dialog, self.settings_dialog = self.settings_dialog, None
        if dialog is not None:
            dialog.reject()
            dialog.deleteLater()

    def refresh_soon(self) -> None:
        """Refresh within a second (a running interview saves often: at most once a second)."""
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def set_project(self, project: Project) -> None:
        self.project = project
        self.model.set_database(project.db)
        self.refresh()

    def clear_for_lock(self) -> None:
        """Hide what the window shows about the project (it is hidden while locked)."""
        self._close_settings()
        self.model.set_database(None)
        self.title.setText("")
        self.summary.setText("")
        self.setWindowTitle("Samtal")

    def select_interview(self, interview_id: int | None) -> None:
        for row in range(self.model.rowCount()):
            if self.model.interview_id(row) == interview_id:
                self.table.selectRow(row)
                return

    def current_interview_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.interview_id(index.row()) if index.isValid() else None

    def _edit_background(self) -> None:
        from ui.session.background_dialog import BackgroundDialog

        interview_id = self.current_interview_id()
        if interview_id is not None and not self.project.closed:
            BackgroundDialog.edit(self.project.db, interview_id, self)

    def _survey_settings(self) -> None:
        from ui.project.survey_settings import SurveySettingsDialog

        if not self.project.closed:
            SurveySettingsDialog.ask(self.project.db, self)

    def _review_current(self) -> None:
        """The project-wide review, showing the selected interview's findings first."""
        self.review_requested.emit(self.current_interview_id())

    def _transcribe_current(self) -> None:
        interview_id = self.current_interview_id()
        if interview_id is not None:
            self.transcription_requested.emit(interview_id)

    def _open_current(self) -> None:
        index = self.table.currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        interview_id = self.model.interview_id(row)
        if interview_id is not None:
            self.open_interview_requested.emit(interview_id)

    # -- a package dropped on the window ------------------------------------------------
    @staticmethod
    def _package(event: QDragEnterEvent | QDropEvent) -> Path | None:
        mime = event.mimeData()
        if not mime.hasUrls():
            return None
        for url in mime.urls():
            if url.isLocalFile() and url.toLocalFile().endswith(PACKAGE_SUFFIX):
                return Path(url.toLocalFile())
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._package(event) is not None:
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._package(event)
        if path is None:
            event.ignore()
            return
        event.acceptProposedAction()
        self.receive_requested.emit(path)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        settings().set("window/project_geometry", self.saveGeometry())
        if not self._closing_from_controller:
            event.ignore()
            self.close_requested.emit()
            return
        super().closeEvent(event)

    def close_for_good(self) -> None:
        self._closing_from_controller = True
        self.close()
