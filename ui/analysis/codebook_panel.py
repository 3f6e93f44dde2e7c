"""The codebook panel (a tree of themes) and the theme picker used to tag a selection."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QColorDialog,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.analysis import codebook
from app.store.database import Database
from ui.analysis.models import ThemeTreeModel
from ui.errors import show_error
from ui.widgets.common import ask, message_box, ok_cancel_buttons


def swatch(colour: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(colour))
    return QIcon(pixmap)


class _InputDialog(QInputDialog):
    """Qt's input dialog with its buttons in the UI's language ("OK" is not Swedish), the
    save button named after what it saves."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        box = self.findChild(QDialogButtonBox)
        if box is None:
            return
        for button in box.buttons():
            if box.buttonRole(button) == QDialogButtonBox.ButtonRole.AcceptRole:
                button.setAccessibleName(
                    QCoreApplication.translate("Dialog", "Spara: %1").replace(
                        "%1", self.windowTitle()
                    )
                )
            else:
                button.setAccessibleName(QCoreApplication.translate("Dialog", "Avbryt"))


def _input_dialog(parent: QWidget, title: str, label: str) -> QInputDialog:
    dialog = _InputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setOkButtonText(QCoreApplication.translate("Dialog", "Spara"))
    dialog.setCancelButtonText(QCoreApplication.translate("Dialog", "Avbryt"))
    return dialog


class ThemePicker(QDialog):
    """Pick one or more themes (type to filter, Enter to accept); tests replace ``ask``."""

    def __init__(self, parent: QWidget | None, themes: ThemeTreeModel) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Tagga med tema"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Skriv för att filtrera…"))
        self.filter.setAccessibleName(self.tr("Filtrera teman"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Teman"))
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        for t in themes.ordered():
            item = QListWidgetItem(swatch(t.colour), themes.path(t.id))
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        buttons, _ok = ok_cancel_buttons(self, self.tr("Tagga"), self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.filter.textChanged.connect(self._filter)
        self.filter.returnPressed.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Välj ett eller flera teman (Ctrl-klick):")))
        layout.addWidget(self.filter)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(360, 380)

    def _filter(self, text: str) -> None:
        needle = text.casefold()
        first = None
        for i in range(self.list.count()):
            item = self.list.item(i)
            hidden = needle not in item.text().casefold()
            item.setHidden(hidden)
            if not hidden and first is None:
                first = i
        if first is not None:
            self.list.setCurrentRow(first)

    def chosen(self) -> list[int]:
        items = [i for i in self.list.selectedItems() if not i.isHidden()]
        if not items and self.list.currentItem() and not self.list.currentItem().isHidden():
            items = [self.list.currentItem()]
        return [int(i.data(Qt.ItemDataRole.UserRole)) for i in items]

    @classmethod
    def ask(cls, parent: QWidget | None, themes: ThemeTreeModel) -> list[int]:
        dialog = cls(parent, themes)
        return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []


class CodebookPanel(QWidget):
    """The themes of the audit as a tree, with add, sub-theme, rename, colour, merge, move, delete.

    Signals:
        changed(): the codebook changed (names, colours, tags moved by a merge).
        theme_activated(int): the analyst opened a theme (show it in the by-theme view).
    """

    changed = Signal()
    theme_activated = Signal(int)

    def __init__(self, db: Database, model: ThemeTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db = db
        self.model = model
        self.tree = QTreeView()
        self.tree.setModel(model)
        self.tree.setAccessibleName(self.tr("Kodbok"))
        self.tree.setHeaderHidden(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(self._activated)
        self.tree.doubleClicked.connect(self._activated)
        self.buttons: dict[str, QPushButton] = {}
        grid = QGridLayout()
        # (key, what the button shows, what a screen reader says: the action and its object)
        specs = [
            ("add", self.tr("Nytt tema"), self.tr("Nytt tema"), self.add_theme),
            (
                "sub",
                self.tr("Undertema"),
                self.tr("Nytt undertema till valt tema"),
                self.add_subtheme,
            ),
            ("rename", self.tr("Byt namn"), self.tr("Byt namn på valt tema"), self.rename_theme),
            ("describe", self.tr("Beskrivning"), self.tr("Beskriv valt tema"), self.describe_theme),
            ("colour", self.tr("Färg"), self.tr("Välj färg för valt tema"), self.choose_colour),
            (
                "merge",
                self.tr("Slå ihop…"),
                self.tr("Slå ihop valt tema med ett annat"),
                self.merge_theme,
            ),
            (
                "up",
                self.tr("Flytta upp"),
                self.tr("Flytta upp valt tema"),
                lambda: self.move_theme(-1),
            ),
            (
                "down",
                self.tr("Flytta ned"),
                self.tr("Flytta ned valt tema"),
                lambda: self.move_theme(1),
            ),
            ("delete", self.tr("Ta bort"), self.tr("Ta bort valt tema"), self.delete_theme),
            (
                "import",
                self.tr("Importera kodbok…"),
                self.tr("Importera kodbok (.qdc)"),
                self.import_codebook,
            ),
            (
                "export",
                self.tr("Exportera kodbok…"),
                self.tr("Exportera kodbok (.qdc)"),
                self.export_codebook,
            ),
        ]
        for n, (key, text, name, slot) in enumerate(specs):
            b = QPushButton(text)
            b.setAccessibleName(name)
            b.clicked.connect(lambda _checked=False, f=slot: f())
            self.buttons[key] = b
            grid.addWidget(b, n // 2, n % 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.tree, 1)
        layout.addLayout(grid)
        self.tree.expandAll()

    # -- dialogs (class methods so tests can replace them) ------------------------------------
    @classmethod
    def ask_text(cls, parent: QWidget, title: str, label: str, text: str = "") -> str | None:
        dialog = _input_dialog(parent, title, label)
        dialog.setTextValue(text)
        return dialog.textValue() if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_colour(cls, parent: QWidget, colour: str) -> str | None:
        c = QColorDialog.getColor(QColor(colour), parent)
        return c.name() if c.isValid() else None

    @classmethod
    def ask_item(cls, parent: QWidget, title: str, label: str, items: list[str]) -> int | None:
        dialog = _input_dialog(parent, title, label)
        dialog.setComboBoxItems(items)
        dialog.setComboBoxEditable(False)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        value = dialog.textValue()
        return items.index(value) if value in items else None

    @classmethod
    def ask_open_file(cls, parent: QWidget, title: str, name_filter: str) -> str:
        from ui.widgets import file_dialogs

        return file_dialogs.open_file_name(parent, title, "", name_filter)

    @classmethod
    def ask_save_file(cls, parent: QWidget, title: str, name: str, name_filter: str) -> str:
        from ui.widgets import file_dialogs

        return file_dialogs.save_file_name(parent, title, name, name_filter, "qdc")

    @classmethod
    def inform(cls, parent: QWidget, text: str) -> None:
        message_box(parent, QMessageBox.Icon.Information, "Samtal", text).exec()

    @classmethod
    def confirm(cls, parent: QWidget, text: str) -> bool:
        return ask(parent, "Samtal", text)

    # -- actions ----------------------------------------------------------------------------
    def current_theme_id(self) -> int | None:
        t = self.model.theme(self.tree.currentIndex())
        return t.id if t else None

    def select(self, theme_id: int) -> None:
        index = self.model.index_for(theme_id)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _activated(self, index: object) -> None:
        tid = self.current_theme_id()
        if tid is not None:
            self.theme_activated.emit(tid)

    def _after(self, select: int | None = None) -> None:
        self.model.reload()
        self.tree.expandAll()
        if select is not None:
            self.select(select)
        self.changed.emit()

    def _run(self, fn: Callable[[], object]) -> bool:
        """Run a codebook change; an error is shown, and False returned."""
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - shown to the user
            show_error(self, exc)
            return False
        return True

    def add_theme(self, parent_id: int | None = None) -> int | None:
        name = self.ask_text(self, self.tr("Nytt tema"), self.tr("Temats namn:"))
        if not name:
            return None
        made: list[int] = []
        if self._run(lambda: made.append(codebook.add_theme(self.db, name, parent_id=parent_id))):
            self._after(made[0])
            return made[0]
        return None

    def add_subtheme(self) -> int | None:
        parent = self.current_theme_id()
        return self.add_theme(parent)

    def rename_theme(self) -> None:
        tid = self.current_theme_id()
        if tid is None:
            return
        t = self.model.theme(self.tree.currentIndex())
        name = self.ask_text(self, self.tr("Byt namn"), self.tr("Nytt namn:"), t.name if t else "")
        if name is not None and self._run(lambda: codebook.update_theme(self.db, tid, name=name)):
            self._after(tid)

    def describe_theme(self) -> None:
        tid = self.current_theme_id()
        t = self.model.theme(self.tree.currentIndex())
        if tid is None or t is None:
            return
        text = self.ask_text(
            self, self.tr("Beskrivning"), self.tr("Vad temat handlar om:"), t.description
        )
        if text is not None and self._run(
            lambda: codebook.update_theme(self.db, tid, description=text)
        ):
            self._after(tid)

    def choose_colour(self) -> None:
        tid = self.current_theme_id()
        if tid is None:
            return
        colour = self.ask_colour(self, self.model.colour(tid))
        if colour and self._run(lambda: codebook.update_theme(self.db, tid, colour=colour)):
            self._after(tid)

    def merge_theme(self) -> None:
        """Merge the selected theme into another one (which keeps its name)."""
        tid = self.current_theme_id()
        if tid is None:
            return
        others = [t for t in self.model.ordered() if t.id != tid]
        if not others:
            return
        choice = self.ask_item(
            self,
            self.tr("Slå ihop teman"),
            self.tr("Flytta alla taggar och undertema från \u201d{name}\u201d till:").replace(
                "{name}", self.model.path(tid)
            ),
            [self.model.path(t.id) for t in others],
        )
        if choice is None:
            return
        keep = others[choice].id
        if self._run(lambda: codebook.merge_themes(self.db, keep, tid)):
            self._after(keep)

    def move_theme(self, delta: int) -> None:
        tid = self.current_theme_id()
        if tid is not None:
            self._run(lambda: codebook.move_theme(self.db, tid, delta))
            self._after(tid)

    def delete_theme(self) -> None:
        tid = self.current_theme_id()
        if tid is None:
            return
        question = self.tr(
            "Ta bort temat \u201d{name}\u201d och dess taggar? Undertema flyttas upp en nivå."
        ).replace("{name}", self.model.path(tid))
        if self.confirm(self, question):
            self._run(lambda: codebook.delete_theme(self.db, tid))
            self._after()

    # -- codebook exchange (REFI-QDA .qdc) --------------------------------------------------------
    def import_codebook(self) -> None:
        """Add the themes of a .qdc from QualCoder, MAXQDA, NVivo or ATLAS.ti (one copy only)."""
        from app.export.qdpx_codebook import import_qdc, read_qdc_file

        chosen = self.ask_open_file(
            self, self.tr("Importera kodbok"), self.tr("REFI-QDA-kodbok (*.qdc *.QDC)")
        )
        if not chosen:
            return
        result: list[object] = []
        if self._run(lambda: result.append(import_qdc(self.db, read_qdc_file(Path(chosen))))):
            done = result[0]
            self._after()
            self.inform(
                self,
                self.tr("{added} teman lades till, {existing} fanns redan.")
                .replace("{added}", str(getattr(done, "added", 0)))
                .replace("{existing}", str(getattr(done, "existing", 0))),
            )

    def export_codebook(self) -> None:
        """Write the themes as a .qdc (hierarchy, colours, descriptions) for another QDA tool."""
        from app.export.qdpx_codebook import export_qdc

        chosen = self.ask_save_file(
            self,
            self.tr("Exportera kodbok"),
            str(Path.home() / "teman.qdc"),
            self.tr("REFI-QDA-kodbok (*.qdc)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        if path.suffix.lower() != ".qdc":
            path = path.with_suffix(".qdc")
        count: list[int] = []
        if self._run(lambda: count.append(export_qdc(self.db, path))):
            self.inform(
                self,
                self.tr("{n} teman sparades i {name}.")
                .replace("{n}", str(count[0]))
                .replace("{name}", path.name),
            )
