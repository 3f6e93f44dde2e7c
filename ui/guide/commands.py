"""Undo commands for the guide editor. Each one changes the guide only through the model."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.guide.model import Guide
from ui.guide.model import GuideTreeModel, Node, Parent, node_kind

#: Fields edited by typing: consecutive keystrokes in one field make one undo step.
TEXT_FIELDS = {"title", "text", "hint", "intro", "number", "options", "planned_minutes"}
_MERGE_ID = 0x6775  # "gu"


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideEditor", text)


_WHAT = {
    "section": "avsnitt",
    "question": "fråga",
    "follow_up": "följdfråga",
}


class InsertNode(QUndoCommand):
    def __init__(self, model: GuideTreeModel, parent: Parent, row: int, node: Node) -> None:
        super().__init__(_tr("Lägg till %1").replace("%1", _tr(_WHAT[node_kind(node)])))
        self.model, self.parent, self.row, self.node = model, parent, row, node

    def redo(self) -> None:
        self.model.insert_node(self.parent, self.row, self.node)

    def undo(self) -> None:
        self.model.take_node(self.node)


class RemoveNode(QUndoCommand):
    def __init__(self, model: GuideTreeModel, node: Node) -> None:
        super().__init__(_tr("Ta bort %1").replace("%1", _tr(_WHAT[node_kind(node)])))
        self.model, self.node = model, node
        self.parent = model.parent_of(node)
        self.row = model.row_of(node, self.parent)

    def redo(self) -> None:
        self.parent, self.row = self.model.take_node(self.node)

    def undo(self) -> None:
        self.model.insert_node(self.parent, self.row, self.node)


class MoveNode(QUndoCommand):
    def __init__(self, model: GuideTreeModel, node: Node, parent: Parent, row: int) -> None:
        super().__init__(_tr("Flytta %1").replace("%1", _tr(_WHAT[node_kind(node)])))
        self.model, self.node = model, node
        self.old_parent = model.parent_of(node)
        self.old_row = model.row_of(node, self.old_parent)
        self.new_parent, self.new_row = parent, row

    def redo(self) -> None:
        self.model.move_node(self.node, self.new_parent, self.new_row)

    def undo(self) -> None:
        self.model.move_node(self.node, self.old_parent, self.old_row)


class SetField(QUndoCommand):
    """Set one field of a guide, section, question or follow-up.

    Typing in one field makes one undo step: commands for the same node and field in the
    same editing session merge (Qt never merges into the command the stack was saved at).
    """

    def __init__(
        self, model: GuideTreeModel, node: Guide | Node, name: str, value: Any, session: int = 0
    ) -> None:
        super().__init__(_tr("Ändra text") if name in TEXT_FIELDS else _tr("Ändra inställning"))
        self.model, self.node, self.name = model, node, name
        self.old = getattr(node, name)
        self.new = value
        self.session = session

    def id(self) -> int:
        return _MERGE_ID if self.name in TEXT_FIELDS else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SetField):
            return False
        if other.node is not self.node or other.name != self.name or other.session != self.session:
            return False
        self.new = other.new
        if self.new == self.old:  # typed and deleted again: nothing left to undo
            self.setObsolete(True)
        return True

    def redo(self) -> None:
        self.model.set_field(self.node, self.name, self.new)

    def undo(self) -> None:
        self.model.set_field(self.node, self.name, self.old)
