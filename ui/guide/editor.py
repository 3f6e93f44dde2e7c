"""The question guide editor: a tree of sections → questions → follow-ups, a form for the
selected item, and a preview of the question as the interviewer will see it.

Every change is an undo command (Ctrl+Z / Ctrl+Shift+Z), also typing: keystrokes in one
field merge into one step. Keyboard: Ctrl+Shift+R new section, Ctrl+Shift+F new question,
Ctrl+Shift+G new follow-up; in the tree Delete removes, Alt+Up/Alt+Down move, Enter goes
to the form (not F2: a key means one thing in every window, and F2 is a transcription key),
Esc in the form goes back to the tree. Items can also be dragged.

``python packaging/guide_editor.py [--screenshot FILE.png]`` opens the seed guide in it.
"""

from __future__ import annotations

import copy
from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSplitter,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from app.guide.model import FollowUp, Guide, Question, QuestionKind, Section
from app.guide.service import check_guide, save_guide_edit
from app.store.database import Database
from ui.guide.commands import InsertNode, MoveNode, RemoveNode, SetField, field_sentence
from ui.guide.form import GuideForm, options_of, set_line
from ui.guide.model import GuideTreeModel, Node, Parent, children_of
from ui.guide.preview import GuidePreview

_UNDO_KEYS = ("Ctrl+Z", "Ctrl+Shift+Z", "Ctrl+Y")


class GuideEditor(QWidget):
    """Edits one :class:`Guide` (a copy: the caller's object is never changed).

    Signals:
        changed: after every change, including undo and redo.
    """

    changed = Signal()

    def __init__(self, guide: Guide | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.undo_stack = QUndoStack(self)
        self.model = GuideTreeModel(Guide(title=""), self)
        self.model.mover = self._move_with_undo
        self._current: Node | None = None
        self._session = 0  # typing merges into one undo step only within one session
        self._loading = False  # the form is being filled from the model
        self._applying = False  # a form field is writing to the model
        self._build()
        self._connect()
        self.set_guide(guide if guide is not None else Guide(title=self.tr("Ny frågeguide")))

    # -- public API -----------------------------------------------------------------------
    def guide(self) -> Guide:
        """A copy of the guide as edited."""
        return copy.deepcopy(self.model.guide)

    def set_guide(self, guide: Guide) -> None:
        """Edit a copy of ``guide``; clears the undo history."""
        self._current = None
        self.model.set_guide(copy.deepcopy(guide))
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.tree.expandAll()
        self.tree.setCurrentIndex(QModelIndex())
        self._load_form()
        self._update_actions()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def save(self, db: Database, guide_id: int) -> int:
        """Store the guide as the latest version of ``guide_id`` (see
        :func:`app.guide.service.save_guide_edit`) and mark the editor saved.

        Raises:
            GuideFormatError: the guide is incomplete; nothing is stored.
        """
        version_id = save_guide_edit(db, guide_id, self.guide())
        self.undo_stack.setClean()
        return version_id

    def check(self) -> None:
        """Raise :class:`GuideFormatError` if the guide cannot be stored yet."""
        check_guide(self.model.guide)

    def current_node(self) -> Node | None:
        return self._current

    def select(self, node: Node | None) -> None:
        index = self.model.index_of(node) if node is not None else QModelIndex()
        self.tree.setCurrentIndex(index)
        if index.isValid():
            self.tree.scrollTo(index)

    # -- building the widget --------------------------------------------------------------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        title_row = QHBoxLayout()
        title_label = QLabel(self.tr("Guidens &titel:"))
        self.title_edit = QLineEdit()
        self.title_edit.setAccessibleName(self.tr("Guidens titel"))
        title_label.setBuddy(self.title_edit)
        title_row.addWidget(title_label)
        title_row.addWidget(self.title_edit, 1)
        outer.addLayout(title_row)

        self._make_actions()
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_tree_pane())
        splitter.addWidget(self._build_form())
        splitter.addWidget(self._build_preview_pane())
        splitter.setSizes([420, 400, 440])
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 3)
        outer.addWidget(splitter, 1)
        self.splitter = splitter

    def _action(
        self, text: str, slot: Callable[[], None], keys: Sequence[str | QKeySequence], on: QWidget
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcuts([QKeySequence(k) for k in keys])
        context = (
            Qt.ShortcutContext.WidgetShortcut
            if on is not self
            else Qt.ShortcutContext.WidgetWithChildrenShortcut
        )
        action.setShortcutContext(context)
        action.triggered.connect(slot)
        on.addAction(action)
        if keys:
            shown = QKeySequence(keys[0]).toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{text} ({shown})")
        return action

    def _make_actions(self) -> None:
        self.tree = QTreeView()
        self.add_section_action = self._action(
            self.tr("Nytt avsnitt"), self.add_section, ["Ctrl+Shift+R"], self
        )
        self.add_question_action = self._action(
            self.tr("Ny fråga"), self.add_question, ["Ctrl+Shift+F"], self
        )
        self.add_follow_up_action = self._action(
            self.tr("Ny följdfråga"), self.add_follow_up, ["Ctrl+Shift+G"], self
        )
        self.remove_action = self._action(
            self.tr("Ta bort"),
            self.remove_current,
            [QKeySequence(QKeySequence.StandardKey.Delete)],
            self.tree,
        )
        self.move_up_action = self._action(
            self.tr("Flytta upp"), lambda: self.move_current(-1), ["Alt+Up"], self.tree
        )
        self.move_down_action = self._action(
            self.tr("Flytta ned"), lambda: self.move_current(1), ["Alt+Down"], self.tree
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("Ångra"))
        self.undo_action.setShortcuts([QKeySequence("Ctrl+Z")])
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("Gör om"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        # the buttons say "Ångra"/"Gör om"; what they undo is a sentence in the tooltip
        self.undo_stack.undoTextChanged.connect(self._undo_texts)
        self.undo_stack.redoTextChanged.connect(self._undo_texts)
        self._undo_texts()

    def _undo_texts(self, _text: str = "") -> None:
        for action, short, sentence in (
            (self.undo_action, self.tr("Ångra"), self.undo_stack.undoText()),
            (self.redo_action, self.tr("Gör om"), self.undo_stack.redoText()),
        ):
            action.setText(short)
            action.setToolTip(f"{short}: {sentence}" if sentence else short)
            action.setStatusTip(action.toolTip())

    def _button(self, action: QAction, name: str) -> QToolButton:
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        button.setAccessibleName(name)
        button.setSizePolicy(button.sizePolicy().Policy.Expanding, button.sizePolicy().Policy.Fixed)
        return button

    def _build_tree_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        buttons = QGridLayout()
        buttons.setSpacing(4)
        self.buttons = [
            self._button(self.add_section_action, self.tr("Nytt avsnitt")),
            self._button(self.add_question_action, self.tr("Ny fråga")),
            self._button(self.add_follow_up_action, self.tr("Ny följdfråga")),
            self._button(self.remove_action, self.tr("Ta bort det markerade i guiden")),
            self._button(self.move_up_action, self.tr("Flytta upp det markerade")),
            self._button(self.move_down_action, self.tr("Flytta ned det markerade")),
            self._button(self.undo_action, self.tr("Ångra i guiden")),
            self._button(self.redo_action, self.tr("Gör om i guiden")),
        ]
        for i, button in enumerate(self.buttons):
            buttons.addWidget(button, i // 4, i % 4)
        layout.addLayout(buttons)

        tree = self.tree
        tree.setModel(self.model)
        tree.setHeaderHidden(True)
        tree.setAccessibleName(self.tr("Guidens avsnitt, frågor och följdfrågor"))
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setUniformRowHeights(True)
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        layout.addWidget(tree, 1)
        return pane

    def _build_form(self) -> GuideForm:
        self.form = form = GuideForm(self, self.tree.setFocus)
        self.form_stack = form.form_stack
        self.section_title = form.section_title
        self.section_intro = form.section_intro
        self.section_minutes = form.section_minutes
        self.question_number = form.question_number
        self.question_text = form.question_text
        self.question_hint = form.question_hint
        self.question_kind = form.question_kind
        self.question_options = form.question_options
        self.options_label = form.options_label
        self.follow_up_text = form.follow_up_text
        self.follow_up_hint = form.follow_up_hint
        self.follow_up_condition = form.follow_up_condition
        return form

    def _build_preview_pane(self) -> QWidget:
        pane = QWidget()
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(6, 0, 0, 0)
        heading = QLabel(self.tr("Förhandsvisning – så ser intervjuaren frågan"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.preview = GuidePreview()
        layout.addWidget(self.preview, 1)
        return pane

    def _connect(self) -> None:
        self.model.edited.connect(self._on_edited)
        self.tree.selectionModel().currentChanged.connect(self._on_current_changed)
        self.tree.activated.connect(lambda _index: self._focus_form())
        self.undo_stack.cleanChanged.connect(lambda _clean: self._update_actions())

        self.title_edit.textEdited.connect(lambda text: self._edit("title", text, self.model.guide))
        self.section_title.textEdited.connect(lambda text: self._edit("title", text))
        self.section_intro.textChanged.connect(
            lambda: self._edit("intro", self.section_intro.toPlainText())
        )
        self.section_minutes.valueChanged.connect(
            lambda value: self._edit("planned_minutes", value or None)
        )
        self.question_number.textEdited.connect(lambda text: self._edit("number", text.strip()))
        self.question_text.textChanged.connect(
            lambda: self._edit("text", self.question_text.toPlainText())
        )
        self.question_hint.textChanged.connect(
            lambda: self._edit("hint", self.question_hint.toPlainText())
        )
        self.question_options.textChanged.connect(
            lambda: self._edit("options", options_of(self.question_options.toPlainText()))
        )
        self.question_kind.currentIndexChanged.connect(self._on_kind_chosen)
        self.follow_up_text.textChanged.connect(
            lambda: self._edit("text", self.follow_up_text.toPlainText())
        )
        self.follow_up_hint.textChanged.connect(
            lambda: self._edit("hint", self.follow_up_hint.toPlainText())
        )
        self.follow_up_condition.currentIndexChanged.connect(self._on_condition_chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Let Ctrl+Z and Ctrl+Shift+Z reach the editor's undo stack from inside text fields,
        which would otherwise keep them for their own (disabled or separate) undo."""
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(QKeySequence(k)) == QKeySequence.SequenceMatch.ExactMatch
                for k in _UNDO_KEYS
            ):
                event.ignore()
                return True
        return super().eventFilter(watched, event)

    # -- editing --------------------------------------------------------------------------
    def _edit(self, name: str, value: object, node: Guide | Node | None = None) -> None:
        if self._loading:
            return
        target = node if node is not None else self._current
        if target is None or getattr(target, name) == value:
            return
        self._applying = True
        try:
            self.undo_stack.push(SetField(self.model, target, name, value, self._session))
        finally:
            self._applying = False

    def _on_kind_chosen(self, index: int) -> None:
        question = self._current
        if self._loading or not isinstance(question, Question) or index < 0:
            return
        kind = QuestionKind(self.question_kind.itemData(index))
        if kind is question.kind:
            return
        branched = [f for f in question.follow_ups if f.condition]
        self._applying = True
        try:
            if branched and kind not in (QuestionKind.OPEN, QuestionKind.YES_NO):
                # "Om ja/Om nej" only means something for a yes/no question.
                self.undo_stack.beginMacro(field_sentence(self.model, question, "kind"))
                self.undo_stack.push(SetField(self.model, question, "kind", kind))
                for f in branched:
                    self.undo_stack.push(SetField(self.model, f, "condition", None))
                self.undo_stack.endMacro()
            else:
                self.undo_stack.push(SetField(self.model, question, "kind", kind))
        finally:
            self._applying = False
        self._load_form()

    def _on_condition_chosen(self, index: int) -> None:
        follow_up = self._current
        if self._loading or not isinstance(follow_up, FollowUp) or index < 0:
            return
        condition = self.follow_up_condition.itemData(index) or None
        if condition == follow_up.condition:
            return
        question = self.model.parent_of(follow_up)
        assert isinstance(question, Question)
        self._applying = True
        try:
            if condition and question.kind is QuestionKind.OPEN:
                self.undo_stack.beginMacro(field_sentence(self.model, follow_up, "condition"))
                self.undo_stack.push(SetField(self.model, follow_up, "condition", condition))
                self.undo_stack.push(SetField(self.model, question, "kind", QuestionKind.YES_NO))
                self.undo_stack.endMacro()
            else:
                self.undo_stack.push(SetField(self.model, follow_up, "condition", condition))
        finally:
            self._applying = False

    def _move_with_undo(self, node: Node, parent: Parent, row: int) -> None:
        self.undo_stack.push(MoveNode(self.model, node, parent, row))
        self.select(node)

    def _insert(self, parent: Parent, row: int, node: Node) -> None:
        self.undo_stack.push(InsertNode(self.model, parent, row, node))
        self.tree.expand(self.model.index_of(parent))
        self.select(node)
        self._focus_form(select_all=True)

    def _section_for_new_question(self) -> Section | None:
        node = self._current
        if isinstance(node, Section):
            return node
        if isinstance(node, Question):
            return self.model.guide.section_of(node)
        if isinstance(node, FollowUp):
            owner = self.model.parent_of(node)
            return self.model.parent_of(owner) if isinstance(owner, Question) else None  # type: ignore[return-value]
        return self.model.guide.sections[-1] if self.model.guide.sections else None

    def add_section(self) -> None:
        """Add a section after the selected one (or at the end)."""
        guide = self.model.guide
        current = self._section_for_new_question() if self._current is not None else None
        row = guide.sections.index(current) + 1 if current is not None else len(guide.sections)
        self._insert(guide, row, Section(title=self.tr("Nytt avsnitt")))

    def add_question(self) -> None:
        """Add a question after the selected one, or at the end of the selected section."""
        section = self._section_for_new_question()
        if section is None:
            self.undo_stack.beginMacro(self.tr("Lägg till fråga"))
            section = Section(title=self.tr("Nytt avsnitt"))
            self.undo_stack.push(
                InsertNode(self.model, self.model.guide, len(self.model.guide.sections), section)
            )
            self._insert(section, 0, Question(text="", number="1"))
            self.undo_stack.endMacro()
            return
        node = self._current
        if isinstance(node, FollowUp):
            node = self.model.parent_of(node)  # type: ignore[assignment]
        row = (
            self.model.row_of(node, section) + 1
            if isinstance(node, Question)
            else len(section.questions)
        )
        before = section.questions[row - 1] if row > 0 else None
        self._insert(section, row, Question(text="", number=_next_number(before)))

    def add_follow_up(self) -> None:
        """Add a follow-up to the selected question (after the selected follow-up)."""
        node = self._current
        if isinstance(node, FollowUp):
            question = self.model.parent_of(node)
            assert isinstance(question, Question)
            self._insert(
                question,
                self.model.row_of(node, question) + 1,
                FollowUp("", condition=node.condition),
            )
        elif isinstance(node, Question):
            self._insert(node, len(node.follow_ups), FollowUp(""))

    def remove_current(self) -> None:
        node = self._current
        if node is None:
            return
        parent = self.model.parent_of(node)
        siblings = children_of(parent)
        row = self.model.row_of(node, parent)
        self.undo_stack.push(RemoveNode(self.model, node))
        if siblings:
            self.select(siblings[min(row, len(siblings) - 1)])
        elif not isinstance(parent, Guide):
            self.select(parent)
        else:
            self.select(None)

    def move_current(self, step: int) -> None:
        """Move the selected item one step up (-1) or down (1). A question or follow-up at the
        edge of its section or question moves on into the neighbouring one."""
        node = self._current
        if node is None:
            return
        parent = self.model.parent_of(node)
        siblings = children_of(parent)
        row = self.model.row_of(node, parent) + step
        if 0 <= row < len(siblings):
            self._move_with_undo(node, parent, row)
            return
        if isinstance(parent, Guide):
            return
        grand = self.model.parent_of(parent)
        uncles = children_of(grand)
        i = self.model.row_of(parent, grand) + step
        if 0 <= i < len(uncles):
            neighbour = uncles[i]
            self._move_with_undo(node, neighbour, len(children_of(neighbour)) if step < 0 else 0)
            self.tree.expand(self.model.index_of(neighbour))

    # -- keeping the form, preview and actions current -----------------------------------
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._current = self.model.node(current)
        self._session += 1
        self._load_form()
        self._update_actions()

    def _on_edited(self) -> None:
        if self._current is not None and not self.model.contains(self._current):
            self._current = self.model.node(self.tree.currentIndex())
        if not self._applying:
            self._load_form()
        else:
            self._refresh_preview()
        self._update_actions()
        self.changed.emit()

    def _refresh_preview(self) -> None:
        self.preview.show_node(self.model.guide, self._current)

    def _load_form(self) -> None:
        self._loading = True
        try:
            set_line(self.title_edit, self.model.guide.title)
            node = self._current
            owner = self.model.parent_of(node) if isinstance(node, FollowUp) else None
            self.form.load(node, owner if isinstance(owner, Question) else None)
        finally:
            self._loading = False
        self._refresh_preview()

    def _update_actions(self) -> None:
        node = self._current
        self.add_follow_up_action.setEnabled(isinstance(node, Question | FollowUp))
        self.remove_action.setEnabled(node is not None)
        self.move_up_action.setEnabled(node is not None)
        self.move_down_action.setEnabled(node is not None)

    def _focus_form(self, select_all: bool = False) -> None:
        self.form.focus(select_all)


def _next_number(before: Question | None) -> str:
    if before is None:
        return "1"
    return str(int(before.number) + 1) if before.number.isdigit() else ""
