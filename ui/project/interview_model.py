"""The table of an audit's interviews (participant code, date, mode, status, counts)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from app.interview.records import interview_table
from app.store.database import Database
from ui.widgets.labels import mode_name, status_name

Index = QModelIndex | QPersistentModelIndex


class InterviewTableModel(QAbstractTableModel):
    COLUMNS = ("participant_code", "held_on", "mode", "status", "notes", "quotes")

    def __init__(self, db: Database | None = None) -> None:
        super().__init__()
        self._rows: list[dict[str, Any]] = []
        self._db = db
        if db is not None:
            self.reload()

    def set_database(self, db: Database | None) -> None:
        self._db = db
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        if self._db is None or self._db.closed:
            self._rows = []
        else:
            self._rows = interview_table(self._db, newest_first=True)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            value = row[column]
            if column == "mode":
                return mode_name(value)
            if column == "status":
                return status_name(value)
            return str(value)
        if role == Qt.ItemDataRole.UserRole:
            return row["id"]
        if role == Qt.ItemDataRole.TextAlignmentRole and column in ("notes", "quotes"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if role != Qt.ItemDataRole.DisplayRole or orientation != Qt.Orientation.Horizontal:
            return None
        if not 0 <= section < len(self.COLUMNS):
            return None
        titles = (
            self.tr("Deltagarkod"),
            self.tr("Datum"),
            self.tr("Form"),
            self.tr("Status"),
            self.tr("Anteckningar"),
            self.tr("Citat"),
        )
        return titles[section]

    def interview_id(self, row: int) -> int | None:
        return int(self._rows[row]["id"]) if 0 <= row < len(self._rows) else None
