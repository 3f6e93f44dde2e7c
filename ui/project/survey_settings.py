"""The project's background variables and the summaries' minimum group, in one dialog.

A variable has a name and 2–12 coarse categories, one per line ("18–29", "65 eller äldre";
never an exact age or free text). Editing a category in place renames it for every interview
that has it; a category interviews use cannot simply be removed.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.analysis.survey.source import MIN_GROUP_LIMITS, min_group, set_min_group
from app.errors import SamtalError
from app.interview.background import (
    BackgroundVariable,
    define_variable,
    list_variables,
    remove_variable,
    update_variable,
)
from app.store.database import Database
from ui.errors import message_for, show_error
from ui.widgets.common import error_label, ok_cancel_buttons


class VariableDialog(QDialog):
    """One variable: its name and its categories, one per line."""

    def __init__(
        self, db: Database, variable: BackgroundVariable | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("VariableDialog")
        self.db = db
        self.variable = variable
        self.setWindowTitle(
            self.tr("Ny bakgrundsvariabel") if variable is None else self.tr("Ändra variabel")
        )
        self.label = QLineEdit(variable.label if variable else "")
        self.label.setMaxLength(40)
        self.label.setAccessibleName(self.tr("Variabelns namn"))
        self.label.setPlaceholderText(self.tr("t.ex. Åldersgrupp"))
        self.categories = QPlainTextEdit("\n".join(variable.categories) if variable else "")
        self.categories.setAccessibleName(self.tr("Kategorier, en per rad"))
        self.categories.setPlaceholderText(self.tr("18–29\n30–49\n50–64\n65 eller äldre"))
        self.categories.setTabChangesFocus(True)
        hint = QLabel(
            self.tr(
                "2–12 grova kategorier, en per rad. Aldrig exakta åldrar, datum eller fritext. "
                "Ändrar du en kategori på sin rad byter den namn för alla intervjuer."
            )
        )
        hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.label)
        form.addRow(self.tr("&Kategorier:"), self.categories)
        self.error = error_label()
        self.buttons, self.ok_button = ok_cancel_buttons(self, self.tr("Spara"), self._save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _save(self) -> None:
        lines = [c.strip() for c in self.categories.toPlainText().splitlines() if c.strip()]
        try:
            if self.variable is None:
                define_variable(self.db, self.label.text(), lines)
            else:
                old = self.variable.categories
                renamed = {
                    o: n
                    for o, n in zip(old, lines, strict=False)
                    if o != n and o not in lines and len(old) == len(lines)
                }
                update_variable(self.db, self.variable.key, self.label.text(), lines, renamed)
        except SamtalError as exc:
            self.error.setText(message_for(exc))
            self.error.show()
            return
        self.accept()


class SurveySettingsDialog(QDialog):
    """Background variables (add, change, remove) and the minimum group for summaries."""

    def __init__(self, db: Database, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SurveySettingsDialog")
        self.db = db
        self.setWindowTitle(self.tr("Bakgrundsvariabler och sammanställning"))
        self.setMinimumWidth(560)
        self.min_group = QSpinBox()
        self.min_group.setRange(*MIN_GROUP_LIMITS)
        self.min_group.setValue(min_group(db))
        self.min_group.setSuffix(self.tr(" informanter"))
        self.min_group.setAccessibleName(self.tr("Minsta grupp"))
        min_hint = QLabel(
            self.tr(
                "Siffror som bygger på färre informanter visas som \u201d–\u201d i fönstret, "
                "på kommandoraden och i varje export, så att ingen kan pekas ut."
            )
        )
        min_hint.setWordWrap(True)
        self.variables = QListWidget()
        self.variables.setAccessibleName(self.tr("Bakgrundsvariabler"))
        self.add_button = QPushButton(self.tr("&Lägg till…"))
        self.edit_button = QPushButton(self.tr("Ä&ndra…"))
        self.remove_button = QPushButton(self.tr("Ta &bort"))
        self.add_button.clicked.connect(self.add_variable)
        self.edit_button.clicked.connect(self.edit_variable)
        self.remove_button.clicked.connect(self.remove_variable)
        self.variables.itemActivated.connect(lambda _i: self.edit_variable())
        buttons = QVBoxLayout()
        for b in (self.add_button, self.edit_button, self.remove_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.addWidget(self.variables, 1)
        row.addLayout(buttons)
        form = QFormLayout()
        form.addRow(self.tr("&Minsta grupp:"), self.min_group)
        self.error = error_label()
        self.box, self.ok_button = ok_cancel_buttons(self, self.tr("Stäng"), self._save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Bakgrundsvariabler (väljs per intervju):")))
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(min_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.box)
        self.reload()

    def reload(self) -> None:
        current = self.current_key()
        self.variables.clear()
        for v in list_variables(self.db):
            item = QListWidgetItem(f"{v.label}: {', '.join(v.categories)}")
            item.setData(256, v.key)
            self.variables.addItem(item)
            if v.key == current:
                self.variables.setCurrentItem(item)
        has = self.variables.count() > 0
        self.edit_button.setEnabled(has)
        self.remove_button.setEnabled(has)
        if has and self.variables.currentItem() is None:
            self.variables.setCurrentRow(0)

    def current_key(self) -> str | None:
        item = self.variables.currentItem()
        return None if item is None else str(item.data(256))

    def _variable(self) -> BackgroundVariable | None:
        key = self.current_key()
        return next((v for v in list_variables(self.db) if v.key == key), None)

    def add_variable(self) -> None:
        if VariableDialog(self.db, None, self).exec() == QDialog.DialogCode.Accepted:
            self.reload()
            self.variables.setCurrentRow(self.variables.count() - 1)

    def edit_variable(self) -> None:
        variable = self._variable()
        if variable is not None and VariableDialog(self.db, variable, self).exec():
            self.reload()

    def remove_variable(self) -> None:
        variable = self._variable()
        if variable is None or not self.confirm_remove(variable.label):
            return
        try:
            remove_variable(self.db, variable.key)
        except SamtalError as exc:
            show_error(self, exc)
        self.reload()

    def confirm_remove(self, label: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self,
            self.tr("Ta bort variabel"),
            self.tr("Ta bort %1 och alla intervjuers val för den?").replace("%1", label),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _save(self) -> None:
        try:
            set_min_group(self.db, self.min_group.value())
        except SamtalError as exc:
            self.error.setText(message_for(exc))
            self.error.show()
            return
        self.accept()

    @classmethod
    def ask(cls, db: Database, parent: QWidget | None = None) -> bool:
        return cls(db, parent).exec() == QDialog.DialogCode.Accepted
