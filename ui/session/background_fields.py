"""The interview's background variables as drop-down lists: a category or "Ej angivet".

Only the project's categories can be chosen (no free text). Used in the new-interview dialog
and in the dialog that sets them later.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QFormLayout, QLabel, QWidget

from app.interview.background import BackgroundVariable


class BackgroundFields(QWidget):
    """A form row per background variable."""

    def __init__(self, variables: list[BackgroundVariable], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("BackgroundFields")
        self.variables = variables
        self.combos: dict[str, QComboBox] = {}
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        for v in variables:
            combo = QComboBox()
            combo.addItem(self.tr("Ej angivet"), "")
            for c in v.categories:
                combo.addItem(c, c)
            combo.setAccessibleName(v.label)
            self.combos[v.key] = combo
            label = QLabel(f"{v.label}:")
            label.setBuddy(combo)
            form.addRow(label, combo)

    def set_values(self, values: dict[str, str]) -> None:
        for key, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(values.get(key, ""))))

    def values(self) -> dict[str, str | None]:
        """Every variable: its chosen category, or None when not set."""
        return {key: (str(combo.currentData()) or None) for key, combo in self.combos.items()}
