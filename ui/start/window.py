"""The first window: new project, open project, open the demo."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app import __version__
from app.paths import default_projects_dir
from app.store.folder import SUFFIX, is_project_folder
from app.store.location import cloud_sync_folder
from ui.i18n import LANGUAGES
from ui.settings import settings
from ui.style.look import set_tone
from ui.style.palette import HINT, WARNING
from ui.widgets import file_dialogs
from ui.widgets.zoom import install_zoom


class StartWindow(QMainWindow):
    """Signals:
    new_project_requested(): the user wants a new project.
    open_project_requested(Path): a project folder to unlock.
    open_demo_requested(): open (or create) the demo project.
    language_changed(str): "sv" or "en".
    colisten_requested(Path): co-listener mode: a co-listener package to open (in the
        selected project, or one the user chooses).
    live_join_requested(): co-listener mode, live: pair with the interviewer's code.

    F1 (or the "Kom igång" button) shows the one-page help (:mod:`ui.start.help`).
    """

    new_project_requested = Signal()
    open_project_requested = Signal(object)
    open_demo_requested = Signal()
    language_changed = Signal(str)
    colisten_requested = Signal(object)
    live_join_requested = Signal()

    def __init__(self, projects_dir: Path | None = None) -> None:
        super().__init__()
        install_zoom(self)  # Ctrl+= / Ctrl+− text size, as in every window
        self.projects_dir = projects_dir or default_projects_dir()
        self.setObjectName("StartWindow")
        self.setWindowTitle("Samtal")
        self.setMinimumSize(640, 460)
        title = QLabel("Samtal")
        font = QFont(title.font())
        font.setPointSize(28)
        font.setBold(True)
        title.setFont(font)
        self.tagline = QLabel()
        self.tagline.setWordWrap(True)
        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.demo_button = QPushButton()
        self.colisten_button = QPushButton()
        self.live_button = QPushButton()
        for b in (
            self.new_button,
            self.open_button,
            self.demo_button,
            self.live_button,
            self.colisten_button,
        ):
            b.setMinimumHeight(44)
        self.new_button.clicked.connect(self.new_project_requested)
        self.open_button.clicked.connect(self._choose_project)
        self.demo_button.clicked.connect(self.open_demo_requested)
        self.help_button = QPushButton()
        self.help_button.setMinimumHeight(36)
        self.help_button.clicked.connect(self.show_help)
        self.help_dialog: QDialog | None = None
        self.colisten_button.clicked.connect(self._choose_package)
        self.live_button.clicked.connect(self.live_join_requested)
        self.recent_label = QLabel()
        self.projects = QListWidget()
        self.projects.itemActivated.connect(self._activate)
        self.empty_hint = QLabel()  # in the list's place until there is a project
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        # in a framed box on the list's colour, in the hint tone (no colour written here)
        self.empty_hint.setFrameShape(QFrame.Shape.Box)
        self.empty_hint.setMargin(24)
        self.empty_hint.setBackgroundRole(QPalette.ColorRole.Base)
        self.empty_hint.setAutoFillBackground(True)
        set_tone(self.empty_hint, HINT)
        self.empty_hint.hide()
        self.cloud_warning = QLabel()
        self.cloud_warning.setWordWrap(True)
        set_tone(self.cloud_warning, WARNING)
        self.cloud_warning.hide()
        self.language = QComboBox()
        for code, name in LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings().get("ui/language"))))
        self.language.currentIndexChanged.connect(
            lambda _i: self.language_changed.emit(self.language.currentData())
        )
        self.version = QLabel(f"Samtal {__version__}")
        set_tone(self.version, HINT)

        buttons = QVBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.demo_button)
        buttons.addWidget(self.live_button)
        buttons.addWidget(self.colisten_button)
        buttons.addStretch(1)
        buttons.addWidget(self.help_button)
        middle = QHBoxLayout()
        middle.addLayout(buttons, 1)
        right = QVBoxLayout()
        right.addWidget(self.recent_label)
        right.addWidget(self.projects, 1)
        right.addWidget(self.empty_hint, 1)
        right.addWidget(self.cloud_warning)
        middle.addLayout(right, 2)
        bottom = QHBoxLayout()
        bottom.addWidget(self.version)
        bottom.addStretch(1)
        self.language_label = QLabel()
        self.language_label.setBuddy(self.language)
        bottom.addWidget(self.language_label)
        bottom.addWidget(self.language)
        central = QWidget()
        self.setCentralWidget(central)  # a main window: screen readers announce a window
        layout = QVBoxLayout(central)
        layout.setContentsMargins(28, 24, 28, 16)
        layout.addWidget(title)
        layout.addWidget(self.tagline)
        layout.addSpacing(12)
        layout.addLayout(middle, 1)
        layout.addLayout(bottom)
        new = QShortcut(QKeySequence.StandardKey.New, self, self.new_project_requested.emit)
        new.setWhatsThis(self.tr("Nytt projekt"))
        choose = QShortcut(QKeySequence.StandardKey.Open, self, self._choose_project)
        choose.setWhatsThis(self.tr("Öppna projekt"))
        help_key = QShortcut(QKeySequence(Qt.Key.Key_F1), self, self.show_help)
        help_key.setWhatsThis(self.tr("Kom igång"))
        if QKeySequence(QKeySequence.StandardKey.HelpContents) != QKeySequence(Qt.Key.Key_F1):
            mac = QShortcut(QKeySequence.StandardKey.HelpContents, self, self.show_help)  # ⌘?
            mac.setWhatsThis(self.tr("Kom igång"))
        self.retranslate()
        self.refresh_projects()

    def retranslate(self) -> None:
        self.tagline.setText(
            self.tr(
                "Intervjuer för brukarrevision: frågeguide, samtycke, anteckningar och citat – "
                "krypterat på den här datorn och pseudonymiserat innan något lämnar den."
            )
        )
        self.new_button.setText(self.tr("&Nytt projekt…"))
        self.new_button.setAccessibleName(self.tr("Nytt projekt"))
        self.open_button.setText(self.tr("Ö&ppna projekt…"))
        self.open_button.setAccessibleName(self.tr("Öppna projekt"))
        self.demo_button.setText(self.tr("Öppna &demo"))
        self.demo_button.setAccessibleName(self.tr("Öppna demo"))
        self.live_button.setText(self.tr("&Anslut som medlyssnare…"))
        self.live_button.setAccessibleName(
            self.tr("Anslut som medlyssnare: följ intervjun live med intervjuarens kod")
        )
        self.live_button.setToolTip(
            self.tr(
                "Följ intervjun på din egen dator och markera citat som kommer fram till "
                "intervjuaren direkt. Du behöver koden som intervjuaren läser upp."
            )
        )
        self.colisten_button.setText(self.tr("&Medlyssnarläge…"))
        self.colisten_button.setAccessibleName(
            self.tr("Medlyssnarläge: öppna ett medlyssnarpaket från intervjuaren")
        )
        self.colisten_button.setToolTip(
            self.tr(
                "Öppna medlyssnarpaketet från intervjuaren. Citaten sparas krypterat i det "
                "projekt som är markerat i listan (eller ett som du väljer)."
            )
        )
        self.recent_label.setText(self.tr("Projekt i standardmappen:"))
        self.projects.setAccessibleName(self.tr("Projekt i standardmappen"))
        self.empty_hint.setText(
            self.tr(
                "Inga projekt ännu. Prova med demon, eller skapa ett nytt projekt. "
                "Tryck F1 för Kom igång."
            )
        )
        self.language_label.setText(self.tr("&Språk:"))
        self.language.setAccessibleName(self.tr("Språk"))
        self.help_button.setText(self.tr("Kom &igång (F1)"))
        self.help_button.setAccessibleName(self.tr("Kom igång: hjälp för första gången"))
        self._update_cloud_warning()

    def apply_language(self, language: str) -> None:
        """The user chose ``language`` (here or in Inställningar): save the choice (it wins
        over the system's from now on), install it, and show it here."""
        from ui import i18n

        settings().set("ui/language", language)
        i18n.install(language)
        self.language.blockSignals(True)
        self.language.setCurrentIndex(max(0, self.language.findData(language)))
        self.language.blockSignals(False)
        self.retranslate()

    def _update_cloud_warning(self) -> None:
        """The default folder should never be a synced one; say so if it is."""
        cloud = cloud_sync_folder(self.projects_dir)
        self.cloud_warning.setVisible(bool(cloud))
        if cloud:
            self.cloud_warning.setText(
                self.tr(
                    "Standardmappen ligger i {name}, som synkas till molnet. Skapa projekt i "
                    "en lokal mapp i stället: synkprogram kan förstöra databasen."
                ).replace("{name}", cloud)
            )

    def show_help(self) -> None:
        """The "Kom igång" page in the current language."""
        from ui import i18n
        from ui.start.help import HelpDialog

        if self.help_dialog is not None:  # made anew: the language may have changed
            self.help_dialog.close()
            self.help_dialog.deleteLater()
        self.help_dialog = HelpDialog(self, i18n.current(), self.projects_dir)
        self.help_dialog.show()
        self.help_dialog.raise_()
        self.help_dialog.activateWindow()

    def refresh_projects(self) -> None:
        """List project folders found in the default folder (nothing is remembered in settings)."""
        self.projects.clear()
        try:
            folders = sorted(
                p
                for p in self.projects_dir.iterdir()
                if p.suffix == SUFFIX and is_project_folder(p)
            )
        except OSError:
            folders = []
        for folder in folders:
            item = QListWidgetItem(folder.name.removesuffix(SUFFIX))
            item.setData(Qt.ItemDataRole.UserRole, str(folder))
            self.projects.addItem(item)
        if folders:
            self.projects.setCurrentRow(0)
        self.projects.setVisible(bool(folders))
        self.empty_hint.setVisible(not folders)

    def _activate(self, item: QListWidgetItem) -> None:
        self.open_project_requested.emit(Path(item.data(Qt.ItemDataRole.UserRole)))

    def selected_project(self) -> Path | None:
        item = self.projects.currentItem()
        return None if item is None else Path(item.data(Qt.ItemDataRole.UserRole))

    def _choose_package(self) -> None:
        path = PackageChooser.choose(self)
        if path is not None:
            self.colisten_requested.emit(path)

    def _choose_project(self) -> None:
        path = ProjectChooser.choose(self, self.projects_dir)
        if path is not None:
            self.open_project_requested.emit(path)


class ProjectChooser:
    """The folder dialog, replaceable in tests. Uses Qt's own dialog without history."""

    @classmethod
    def choose(cls, parent: QWidget, start: Path) -> Path | None:
        folder = file_dialogs.existing_directory(
            parent, parent.tr("Öppna projekt (mapp som slutar på .samtal)"), start
        )
        return Path(folder) if folder else None


class PackageChooser:
    """The file dialog for a co-listener package, replaceable in tests (no history kept)."""

    @classmethod
    def choose(cls, parent: QWidget) -> Path | None:
        chosen = file_dialogs.open_file_name(
            parent,
            parent.tr("Medlyssnarpaket från intervjuaren"),
            str(Path.home()),
            parent.tr("Samtal-paket (*.samtalpkg)"),
        )
        return Path(chosen) if chosen else None
