"""A Qt tree model over a :class:`~app.guide.model.Guide`: sections → questions → follow-ups.

The model edits the guide's own dataclasses in place. Every change goes through
:meth:`GuideTreeModel.insert_node`, :meth:`~GuideTreeModel.take_node`,
:meth:`~GuideTreeModel.move_node` or :meth:`~GuideTreeModel.set_field`, which emit the
proper Qt signals; the editor calls them only from undo commands, so every change can be
undone.

Indexes carry a serial number, not a Python pointer: the model keeps every node it has
handed out alive until the next reset, so a stale index can never point at freed memory.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, cast

from PySide6.QtCore import (
    QAbstractItemModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section

Node = Section | Question | FollowUp
Parent = Guide | Section | Question
AnyIndex = QModelIndex | QPersistentModelIndex

NODE_MIME = "application/x-samtal-guide-node"
NODE_KIND_ROLE = Qt.ItemDataRole.UserRole + 1


def children_of(parent: Parent) -> list[Any]:
    if isinstance(parent, Guide):
        return parent.sections
    if isinstance(parent, Section):
        return parent.questions
    return parent.follow_ups


def node_kind(node: object) -> str:
    if isinstance(node, Section):
        return "section"
    if isinstance(node, Question):
        return "question"
    if isinstance(node, FollowUp):
        return "follow_up"
    return "guide"


#: Which parent type each node type lives under.
_PARENT_TYPE: dict[type, type] = {Section: Guide, Question: Section, FollowUp: Question}


class GuideTreeModel(QAbstractItemModel):
    """One column; ``data`` gives a short label, the hint as tooltip.

    Signals:
        edited: after any change to the guide (structure or a field).
    """

    edited = Signal()

    def __init__(self, guide: Guide, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._guide = guide
        self._by_serial: dict[int, object] = {}
        self._serial_of: dict[int, int] = {}  # id(node) -> serial; nodes are kept alive above
        self._parents: dict[int, Parent] | None = None
        #: Called by ``dropMimeData`` to move a node; the editor routes it through its undo stack.
        self.mover: Callable[[Node, Parent, int], None] = self.move_node

    # -- the guide ------------------------------------------------------------------------
    @property
    def guide(self) -> Guide:
        return self._guide

    def set_guide(self, guide: Guide) -> None:
        self.beginResetModel()
        self._guide = guide
        self._by_serial.clear()
        self._serial_of.clear()
        self._parents = None
        self.endResetModel()
        self.edited.emit()

    # -- nodes and indexes ----------------------------------------------------------------
    def _serial(self, node: object) -> int:
        serial = self._serial_of.get(id(node))
        if serial is None:
            serial = len(self._by_serial) + 1
            self._by_serial[serial] = node
            self._serial_of[id(node)] = serial
        return serial

    def node(self, index: AnyIndex) -> Node | None:
        if not index.isValid():
            return None
        node = self._by_serial.get(index.internalId())
        return node if isinstance(node, Section | Question | FollowUp) else None

    def parent_of(self, node: Node) -> Parent:
        if self._parents is None:
            parents: dict[int, Parent] = {}
            for s in self._guide.sections:
                parents[id(s)] = self._guide
                for q in s.questions:
                    parents[id(q)] = s
                    for f in q.follow_ups:
                        parents[id(f)] = q
            self._parents = parents
        return self._parents[id(node)]

    def row_of(self, node: Node, parent: Parent | None = None) -> int:
        siblings = children_of(parent if parent is not None else self.parent_of(node))
        for i, sibling in enumerate(siblings):
            if sibling is node:
                return i
        raise KeyError("node not in its parent")

    def index_of(self, node: Parent | Node | None) -> QModelIndex:
        if node is None or isinstance(node, Guide):
            return QModelIndex()
        return self.createIndex(self.row_of(node), 0, self._serial(node))

    def contains(self, node: object) -> bool:
        try:
            self.parent_of(node)  # type: ignore[arg-type]
        except KeyError:
            return False
        return True

    # -- QAbstractItemModel ---------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        node = self.node(parent) if parent.isValid() else self._guide
        if node is None or isinstance(node, FollowUp):
            return 0
        return len(children_of(node))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 1

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        if column != 0 or row < 0:
            return QModelIndex()
        if parent.isValid() and parent.column() != 0:
            return QModelIndex()
        owner = self.node(parent) if parent.isValid() else self._guide
        if owner is None or isinstance(owner, FollowUp):
            return QModelIndex()
        siblings = children_of(owner)
        if row >= len(siblings):
            return QModelIndex()
        return self.createIndex(row, column, self._serial(siblings[row]))

    def parent(self, index: AnyIndex | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        node = self.node(index)
        if node is None:
            return QModelIndex()
        owner = self.parent_of(node)
        if isinstance(owner, Guide):
            return QModelIndex()
        return self.createIndex(self.row_of(owner), 0, self._serial(owner))

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node = self.node(index)
        if node is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.label(node)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = node.intro if isinstance(node, Section) else node.hint
            return tip or None
        if role == Qt.ItemDataRole.FontRole and isinstance(node, Section):
            font = QFont()
            font.setBold(True)
            return font
        if role == NODE_KIND_ROLE:
            return node_kind(node)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled  # the top level takes dropped sections
        # Every item takes drops; canDropMimeData decides what may land where.
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )

    # -- labels -------------------------------------------------------------------------
    def label(self, node: Node) -> str:
        if isinstance(node, Section):
            title = node.title or self.tr("(avsnitt utan rubrik)")
            if node.planned_minutes:
                return (
                    self.tr("%1 · %2 min")
                    .replace("%1", title)
                    .replace("%2", str(node.planned_minutes))
                )
            return title
        if isinstance(node, Question):
            text = node.text or self.tr("(ny fråga)")
            number = f"{node.number}. " if node.number else ""
            kind = {
                QuestionKind.YES_NO: self.tr("ja/nej"),
                QuestionKind.AGREEMENT: self.tr("skala"),
                QuestionKind.GRADE: self.tr("betyg"),
                QuestionKind.MULTI_CHOICE: self.tr("flerval"),
            }.get(node.kind)
            return f"{number}{text}" + (f"  [{kind}]" if kind else "")
        text = node.text or self.tr("(ny följdfråga)")
        if node.condition == "yes":
            return self.tr("Om ja: %1").replace("%1", text)
        if node.condition == "no":
            return self.tr("Om nej: %1").replace("%1", text)
        return text

    # -- changes (called by undo commands) ------------------------------------------------
    def insert_node(self, parent: Parent, row: int, node: Node) -> None:
        if not isinstance(parent, _PARENT_TYPE[type(node)]):
            raise TypeError(f"a {node_kind(node)} cannot go under a {node_kind(parent)}")
        siblings = children_of(parent)
        row = max(0, min(row, len(siblings)))
        self.beginInsertRows(self.index_of(parent), row, row)
        siblings.insert(row, node)
        self._parents = None
        self.endInsertRows()
        self.edited.emit()

    def take_node(self, node: Node) -> tuple[Parent, int]:
        """Remove ``node`` (and what is under it); returns where it was."""
        parent = self.parent_of(node)
        row = self.row_of(node, parent)
        self.beginRemoveRows(self.index_of(parent), row, row)
        del children_of(parent)[row]
        self._parents = None
        self.endRemoveRows()
        self.edited.emit()
        return parent, row

    def move_node(self, node: Node, parent: Parent, row: int) -> None:
        """Move ``node`` so that it ends up at ``row`` under ``parent`` (row counted after it
        has left its old place)."""
        if not isinstance(parent, _PARENT_TYPE[type(node)]):
            raise TypeError(f"a {node_kind(node)} cannot go under a {node_kind(parent)}")
        old_parent = self.parent_of(node)
        old_row = self.row_of(node, old_parent)
        same = old_parent is parent
        target = children_of(parent)
        row = max(0, min(row, len(target) - (1 if same else 0)))
        if same and row == old_row:
            return
        destination = row + 1 if same and row > old_row else row
        ok = self.beginMoveRows(
            self.index_of(old_parent), old_row, old_row, self.index_of(parent), destination
        )
        if not ok:  # pragma: no cover - guarded above
            return
        del children_of(old_parent)[old_row]
        target.insert(row, node)
        self._parents = None
        self.endMoveRows()
        self.edited.emit()

    def set_field(self, node: Guide | Node, name: str, value: Any) -> None:
        setattr(node, name, value)
        if not isinstance(node, Guide):
            index = self.index_of(node)
            self.dataChanged.emit(index, index)
        self.edited.emit()

    # -- drag and drop --------------------------------------------------------------------
    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        nodes = [self.node(i) for i in indexes if i.isValid()]
        if nodes and nodes[0] is not None:
            serial = self._serial(nodes[0])
            mime.setData(NODE_MIME, QByteArray(f"{id(self)}:{serial}".encode()))
        return mime

    def _dropped_node(self, data: QMimeData) -> Node | None:
        if not data.hasFormat(NODE_MIME):
            return None
        owner, _, serial = bytes(data.data(NODE_MIME).data()).decode().partition(":")
        if owner != str(id(self)) or not serial.isdigit():
            return None  # from another editor
        node = self._by_serial.get(int(serial))
        if not isinstance(node, Section | Question | FollowUp) or not self.contains(node):
            return None
        return node

    def drop_target(self, node: Node, row: int, parent: AnyIndex) -> tuple[Parent, int] | None:
        """Where a drop lands: (new parent, row after removal), or None if it cannot go there."""
        wanted = _PARENT_TYPE[type(node)]
        over = self.node(parent) if parent.isValid() else self._guide
        if over is None:
            return None
        if row < 0:  # dropped onto an item
            if isinstance(over, wanted):
                target = cast(Parent, over)
                return target, len(children_of(target)) - (1 if self.parent_of(node) is over else 0)
            if isinstance(over, type(node)):  # onto a sibling: put it just after
                owner = self.parent_of(over)
                row = self.row_of(over, owner) + 1
                over = owner
            else:
                return None
        if not isinstance(over, wanted):
            return None
        if self.parent_of(node) is over and row > self.row_of(node, over):
            row -= 1
        return cast(Parent, over), row

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        node = self._dropped_node(data)
        return node is not None and self.drop_target(node, row, parent) is not None

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        node = self._dropped_node(data)
        target = self.drop_target(node, row, parent) if node is not None else None
        if node is None or target is None:
            return False
        self.mover(node, *target)
        # This model has no removeRows, so the view's "remove the source after a move" after
        # a successful drop does nothing: the node has already moved.
        return True
