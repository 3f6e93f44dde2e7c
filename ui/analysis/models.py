"""Qt item models of the analyst's workspace: codebook tree, reading items, search hits, counts."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from app.analysis import codebook, reading
from app.analysis.search import MARK_CLOSE, MARK_OPEN, Hit
from app.store.database import Database
from ui.style.look import current
from ui.style.palette import NEUTRAL
from ui.widgets.labels import mode_name, status_name

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()
IdRole = int(Qt.ItemDataRole.UserRole)
ObjectRole = int(Qt.ItemDataRole.UserRole) + 1
HtmlRole = int(Qt.ItemDataRole.UserRole) + 2
EXCERPT_CHARS = 240


def excerpt(text: str, limit: int = EXCERPT_CHARS) -> str:
    one_line = " ".join(text.split())
    return one_line if len(one_line) <= limit else one_line[: limit - 1] + "…"


class ThemeTreeModel(QAbstractItemModel):
    """The codebook as a tree: name (with its colour) and how many passages and quotes it has.

    The internal id of an index is the theme id, so indexes survive nothing but are cheap.
    """

    def __init__(self, db: Database) -> None:
        super().__init__()
        self._db = db
        self._themes: dict[int, codebook.Theme] = {}
        self._children: dict[int, list[int]] = {0: []}
        self._counts: dict[int, tuple[int, int]] = {}
        self.reload()

    def reload(self, filt: reading.Filter | None = None) -> None:
        self.beginResetModel()
        themes = codebook.list_themes(self._db)
        self._themes = {t.id: t for t in themes}
        self._children = {0: []}
        for t in themes:
            self._children.setdefault(t.id, [])
        for t in themes:
            parent = t.parent_id if t.parent_id in self._themes else 0
            self._children.setdefault(parent or 0, []).append(t.id)
        self._counts = reading.theme_counts(self._db, filt)
        self.endResetModel()

    # -- helpers --------------------------------------------------------------------------
    def theme(self, index: Index) -> codebook.Theme | None:
        return self._themes.get(int(index.internalId())) if index.isValid() else None

    def index_for(self, theme_id: int) -> QModelIndex:
        t = self._themes.get(theme_id)
        if t is None:
            return QModelIndex()
        siblings = (
            self._children[t.parent_id or 0] if t.parent_id in self._themes else self._children[0]
        )
        return self.createIndex(siblings.index(theme_id), 0, theme_id)

    def ordered(self) -> list[codebook.Theme]:
        """Themes in display order (depth first), for Ctrl+1..9 and pickers."""
        out: list[codebook.Theme] = []

        def walk(parent: int) -> None:
            for tid in self._children.get(parent, []):
                out.append(self._themes[tid])
                walk(tid)

        walk(0)
        return out

    def path(self, theme_id: int) -> str:
        return codebook.theme_path(list(self._themes.values()), theme_id)

    def colour(self, theme_id: int) -> str:
        t = self._themes.get(theme_id)
        return t.colour if t else NEUTRAL

    # -- model ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = ROOT) -> QModelIndex:
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        pid = int(parent.internalId()) if parent.isValid() else 0
        return self.createIndex(row, column, self._children[pid][row])

    def parent(self, index: Index = ROOT) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        t = self._themes.get(int(index.internalId()))
        if t is None or t.parent_id is None or t.parent_id not in self._themes:
            return QModelIndex()
        return self.index_for(t.parent_id)

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        if parent.isValid() and parent.column() != 0:
            return 0
        pid = int(parent.internalId()) if parent.isValid() else 0
        return len(self._children.get(pid, []))

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 2

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        t = self.theme(index)
        if t is None:
            return None
        passages, quotes = self._counts.get(t.id, (0, 0))
        if role == Qt.ItemDataRole.DisplayRole:
            return t.name if index.column() == 0 else str(passages + quotes)
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return QColor(t.colour)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == 0:
            return t.description or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return (
                f"{t.name}: {passages + quotes}" if index.column() == 0 else str(passages + quotes)
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 1:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == IdRole:
            return t.id
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("Tema") if section == 0 else self.tr("Antal")
        return None


class _Table(QAbstractTableModel):
    def headers(self) -> tuple[str, ...]:
        return ()

    def __init__(self) -> None:
        super().__init__()
        self._rows: list[Any] = []
        self._headers = self.headers()

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self._headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        headers = self._headers
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(headers):
            return headers[section]
        return None

    def set_rows(self, rows: list[Any]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_object(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def update_rows(self, rows: list[Any]) -> None:
        """Show fresh data without moving the list under the reader: rows already shown stay
        where they are (updated), rows that are new are added at the end."""
        key = self.row_key
        fresh = {key(r): r for r in rows}
        kept = [fresh.pop(key(r), r) for r in self._rows]
        added = [r for r in rows if key(r) in fresh]
        if added:
            self.beginInsertRows(ROOT, len(kept), len(kept) + len(added) - 1)
            self._rows = kept + added
            self.endInsertRows()
        else:
            self._rows = kept
        if self._rows:
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._rows) - 1, self.columnCount() - 1)
            )

    @staticmethod
    def row_key(row: Any) -> object:
        return (getattr(row, "kind", ""), getattr(row, "id", id(row)))


class ItemListModel(_Table):
    """Notes, tagged passages and quotes to read: interview, question, kind, text, themes."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Intervju"),
            self.tr("Fråga"),
            self.tr("Typ"),
            self.tr("Text"),
            self.tr("Teman"),
        )

    def __init__(self, themes: ThemeTreeModel) -> None:
        super().__init__()
        self._themes = themes

    def kind_name(self, item: reading.Item) -> str:
        name = {
            "note": self.tr("Anteckning"),
            "passage": self.tr("Stycke"),
            "quote": self.tr("Citat"),
        }
        return ("★ " if item.starred else "") + name.get(item.kind, item.kind)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        item: reading.Item = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return item.participant_code
            if col == 1:
                return item.question_name or (
                    self.tr("Allmänt") if item.question_id is None else ""
                )
            if col == 2:
                return self.kind_name(item)
            if col == 3:
                return excerpt(item.text)
            if col == 4:
                return ", ".join(self._themes.path(t) for t in item.theme_ids)
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return item.question_text or None
        if role == Qt.ItemDataRole.DecorationRole and col == 4 and item.theme_ids:
            return QColor(self._themes.colour(item.theme_ids[0]))
        if role == ObjectRole:
            return item
        if role == IdRole:
            return item.id
        return None


class SearchResultsModel(_Table):
    """Search hits: interview, question, kind, and the snippet with the matched words marked."""

    def headers(self) -> tuple[str, ...]:
        return (self.tr("Intervju"), self.tr("Fråga"), self.tr("Typ"), self.tr("Träff"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        hit: Hit = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if col == 0:
                return hit.participant_code
            if col == 1:
                return hit.question_name or (self.tr("Allmänt") if hit.question_id is None else "")
            if col == 2:
                kind = self.tr("Citat") if hit.kind == "quote" else self.tr("Anteckning")
                return ("★ " if hit.starred else "") + kind
            if col == 3:
                return hit.snippet.replace(MARK_OPEN, "").replace(MARK_CLOSE, "")
        if role == HtmlRole and col == 3:
            return (
                html.escape(hit.snippet)
                .replace(MARK_OPEN, f'<span style="{current().mark_style()}">')
                .replace(MARK_CLOSE, "</span>")
            )
        if role == Qt.ItemDataRole.ToolTipRole and col == 1:
            return hit.question_text or None
        if role == ObjectRole:
            return hit
        if role == IdRole:
            return hit.id
        return None


class InterviewCountsModel(_Table):
    """Per interview: code, date, mode, status and counts of notes, quotes, tags, key quotes."""

    def headers(self) -> tuple[str, ...]:
        return (
            self.tr("Intervju"),
            self.tr("Datum"),
            self.tr("Sätt"),
            self.tr("Status"),
            self.tr("Anteckningar"),
            self.tr("Citat"),
            self.tr("Taggar"),
            self.tr("Nyckelcitat"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        c: reading.InterviewCount = self._rows[index.row()]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            values = (
                c.participant_code,
                c.held_on,
                mode_name(c.mode),
                status_name(c.status),
                c.notes,
                c.quotes,
                c.tags,
                c.starred,
            )
            value = values[col] if 0 <= col < len(values) else None
            return None if value is None else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and col >= 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ObjectRole:
            return c
        if role == IdRole:
            return c.interview_id
        return None
