"""Undo commands for the guide editor. Each one changes the guide only through the model, and
each undo entry is a sentence saying what was done ("Lade till en fråga i avsnittet ”Under
tiden”.", "Ändrade texten i fråga Under tiden · 7.")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QUndoCommand

from app.guide.model import FollowUp, Guide, Question, Section, question_name
from ui.guide.model import GuideTreeModel, Node, Parent

#: Fields edited by typing: consecutive keystrokes in one field make one undo step.
TEXT_FIELDS = {"title", "text", "hint", "intro", "number", "options", "planned_minutes"}
_MERGE_ID = 0x6775  # "gu"


def _tr(text: str) -> str:
    return QCoreApplication.translate("GuideEditor", text)


def _short(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _what(model: GuideTreeModel, node: Guide | Node, parent: Parent | None = None) -> str:
    """The node in words: "avsnittet ”Under tiden”", "fråga Under tiden · 7",
    "följdfrågan ”Vad behöver du göra?”", "guiden"."""
    if isinstance(node, Section):
        return QCoreApplication.translate("GuideEditor", "avsnittet ”%1”").replace(
            "%1", _short(node.title) or QCoreApplication.translate("GuideEditor", "utan rubrik")
        )
    if isinstance(node, Question):
        section = parent if isinstance(parent, Section) else model.parent_of(node)
        title = section.title if isinstance(section, Section) else ""
        name = question_name(title, node.number)
        if name and node.number:
            return QCoreApplication.translate("GuideEditor", "fråga %1").replace("%1", name)
        return QCoreApplication.translate("GuideEditor", "frågan ”%1”").replace(
            "%1", _short(node.text) or QCoreApplication.translate("GuideEditor", "ny fråga")
        )
    if isinstance(node, FollowUp):
        return QCoreApplication.translate("GuideEditor", "följdfrågan ”%1”").replace(
            "%1", _short(node.text) or QCoreApplication.translate("GuideEditor", "ny följdfråga")
        )
    return QCoreApplication.translate("GuideEditor", "guiden")


def _inserted(model: GuideTreeModel, parent: Parent, node: Node) -> str:
    if isinstance(node, Section):
        return QCoreApplication.translate("GuideEditor", "Lade till ett avsnitt.")
    if isinstance(node, Question):
        return QCoreApplication.translate("GuideEditor", "Lade till en fråga i %1.").replace(
            "%1", _what(model, parent)
        )
    return QCoreApplication.translate("GuideEditor", "Lade till en följdfråga till %1.").replace(
        "%1", _what(model, parent)
    )


#: What changed, by field: "Ändrade texten i fråga Under tiden · 7."
_FIELD_SENTENCES: dict[str, str] = {
    "title": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade rubriken på %1.")),
    "text": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade texten i %1.")),
    "hint": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade tipset till %1.")),
    "intro": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade inledningen till %1.")),
    "number": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade numret på %1.")),
    "options": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade svarsalternativen till %1.")),
    "planned_minutes": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade tiden för %1.")),
    "kind": str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade frågetypen för %1.")),
    "condition": str(
        QT_TRANSLATE_NOOP("GuideEditor", "Ändrade när %1 visas (alltid, om ja, om nej).")
    ),
}


def field_sentence(model: GuideTreeModel, node: Guide | Node, name: str) -> str:
    """The undo entry for a changed field, as a sentence."""
    if isinstance(node, Guide):
        return (
            QCoreApplication.translate("GuideEditor", "Ändrade guidens titel.")
            if name == "title"
            else QCoreApplication.translate("GuideEditor", "Ändrade guiden.")
        )
    template = _FIELD_SENTENCES.get(name) or str(QT_TRANSLATE_NOOP("GuideEditor", "Ändrade %1."))
    return _tr(template).replace("%1", _what(model, node))


class InsertNode(QUndoCommand):
    def __init__(self, model: GuideTreeModel, parent: Parent, row: int, node: Node) -> None:
        super().__init__(_inserted(model, parent, node))
        self.model, self.parent, self.row, self.node = model, parent, row, node

    def redo(self) -> None:
        self.model.insert_node(self.parent, self.row, self.node)

    def undo(self) -> None:
        self.model.take_node(self.node)


class RemoveNode(QUndoCommand):
    def __init__(self, model: GuideTreeModel, node: Node) -> None:
        super().__init__(
            QCoreApplication.translate("GuideEditor", "Tog bort %1.").replace(
                "%1", _what(model, node)
            )
        )
        self.model, self.node = model, node
        self.parent = model.parent_of(node)
        self.row = model.row_of(node, self.parent)

    def redo(self) -> None:
        self.parent, self.row = self.model.take_node(self.node)

    def undo(self) -> None:
        self.model.insert_node(self.parent, self.row, self.node)


class MoveNode(QUndoCommand):
    def __init__(self, model: GuideTreeModel, node: Node, parent: Parent, row: int) -> None:
        super().__init__(
            QCoreApplication.translate("GuideEditor", "Flyttade %1.").replace(
                "%1", _what(model, node)
            )
        )
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
        super().__init__(field_sentence(model, node, name))
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
