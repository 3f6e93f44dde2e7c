"""The guide editor's form: the fields of the selected section, question or follow-up.

The form only shows and holds widgets; :class:`ui.guide.editor.GuideEditor` connects them to
undo commands and fills them through :meth:`GuideForm.load`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app.guide.model import FollowUp, Question, QuestionKind, Section
from ui.guide.model import Node

W = TypeVar("W", bound=QWidget)

PAGE_EMPTY, PAGE_SECTION, PAGE_QUESTION, PAGE_FOLLOW_UP = range(4)


class GuideForm(QWidget):
    """One page per kind of item; ``undo_filter`` sees the fields' key presses first (so
    Ctrl+Z reaches the editor's undo stack), ``on_escape`` runs on Esc."""

    def __init__(
        self, undo_filter: QObject, on_escape: Callable[[], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._undo_filter = undo_filter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 6, 0)
        heading = QLabel(self.tr("Redigera"))
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        self.form_stack = QStackedWidget()
        self.form_stack.setAccessibleName(self.tr("Redigera markerat"))
        layout.addWidget(self.form_stack, 1)

        empty = QLabel(
            self.tr(
                "Välj ett avsnitt, en fråga eller en följdfråga i listan, "
                "eller lägg till ett nytt avsnitt."
            )
        )
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignTop)
        empty.setAccessibleDescription(self.tr("Inget markerat"))
        self.form_stack.addWidget(empty)

        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.section_title = self._editor(QLineEdit(), self.tr("Avsnittets rubrik"))
        self.section_intro = self._text_box(self.tr("Avsnittets inledning"), 4)
        self.section_minutes = QSpinBox()
        self._editor(self.section_minutes, self.tr("Planerad tid i minuter"))
        self.section_minutes.setRange(0, 600)
        self.section_minutes.setSuffix(self.tr(" min"))
        self.section_minutes.setSpecialValueText(self.tr("ingen angiven"))
        form.addRow(self.tr("&Rubrik:"), self.section_title)
        form.addRow(
            self.tr("&Inledning (läses upp eller är stöd för intervjuaren):"), self.section_intro
        )
        form.addRow(self.tr("&Planerad tid:"), self.section_minutes)
        self.form_stack.addWidget(page)

        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.question_number = self._editor(QLineEdit(), self.tr("Frågans nummer"))
        self.question_number.setMaximumWidth(
            self.question_number.fontMetrics().horizontalAdvance("0") * 8
        )
        self.question_text = self._text_box(self.tr("Frågetext"), 3)
        self.question_hint = self._text_box(self.tr("Ledtråd till intervjuaren"), 3)
        self.question_kind = QComboBox()
        self._editor(self.question_kind, self.tr("Frågetyp"))
        for kind, label in (
            (QuestionKind.OPEN, self.tr("Öppen fråga")),
            (QuestionKind.YES_NO, self.tr("Ja / nej / vet ej")),
            (QuestionKind.AGREEMENT, self.tr("Instämmandeskala (fem steg)")),
            (QuestionKind.GRADE, self.tr("Betyg 1–10")),
            (QuestionKind.MULTI_CHOICE, self.tr("Flerval")),
        ):
            self.question_kind.addItem(label, kind.value)
        self.question_options = self._text_box(self.tr("Svarsalternativ, ett per rad"), 4)
        self.options_label = QLabel(self.tr("&Svarsalternativ (ett per rad):"))
        self.options_label.setBuddy(self.question_options)
        form.addRow(self.tr("&Nummer:"), self.question_number)
        form.addRow(self.tr("&Fråga:"), self.question_text)
        form.addRow(self.tr("&Ledtråd:"), self.question_hint)
        form.addRow(self.tr("T&yp:"), self.question_kind)
        form.addRow(self.options_label, self.question_options)
        self.form_stack.addWidget(page)

        page = QWidget()
        form = QFormLayout(page)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        self.follow_up_text = self._text_box(self.tr("Följdfrågans text"), 3)
        self.follow_up_hint = self._text_box(self.tr("Följdfrågans ledtråd"), 3)
        self.follow_up_condition = QComboBox()
        self._editor(self.follow_up_condition, self.tr("När följdfrågan visas"))
        self.follow_up_condition.addItem(self.tr("Alltid"), "")
        self.follow_up_condition.addItem(self.tr("Om ja"), "yes")
        self.follow_up_condition.addItem(self.tr("Om nej"), "no")
        form.addRow(self.tr("&Följdfråga:"), self.follow_up_text)
        form.addRow(self.tr("&Ledtråd:"), self.follow_up_hint)
        form.addRow(self.tr("&Visas:"), self.follow_up_condition)
        self.form_stack.addWidget(page)

        back = QShortcut(QKeySequence("Esc"), self.form_stack, on_escape)
        back.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

    def _editor(self, widget: W, name: str) -> W:
        widget.setAccessibleName(name)
        widget.installEventFilter(self._undo_filter)
        if isinstance(widget, QPlainTextEdit):
            widget.setTabChangesFocus(True)
            widget.setUndoRedoEnabled(False)  # one undo history: the editor's
        return widget

    def _text_box(self, name: str, lines: int) -> QPlainTextEdit:
        box = QPlainTextEdit()
        self._editor(box, name)
        height = box.fontMetrics().lineSpacing() * lines + 14
        box.setMinimumHeight(height)
        box.setMaximumHeight(height + box.fontMetrics().lineSpacing() * 3)
        return box

    def load(self, node: Node | None, owner: Question | None = None) -> None:
        """Show ``node``'s page with its values; ``owner`` is a follow-up's question."""
        if isinstance(node, Section):
            self.form_stack.setCurrentIndex(PAGE_SECTION)
            set_line(self.section_title, node.title)
            set_text(self.section_intro, node.intro)
            self.section_minutes.setValue(node.planned_minutes or 0)
        elif isinstance(node, Question):
            self.form_stack.setCurrentIndex(PAGE_QUESTION)
            set_line(self.question_number, node.number)
            set_text(self.question_text, node.text)
            set_text(self.question_hint, node.hint)
            self.question_kind.setCurrentIndex(self.question_kind.findData(node.kind.value))
            if options_of(self.question_options.toPlainText()) != node.options:
                self.question_options.setPlainText("\n".join(node.options))
            multi = node.kind is QuestionKind.MULTI_CHOICE
            self.question_options.setVisible(multi)
            self.options_label.setVisible(multi)
        elif isinstance(node, FollowUp):
            self.form_stack.setCurrentIndex(PAGE_FOLLOW_UP)
            set_text(self.follow_up_text, node.text)
            set_text(self.follow_up_hint, node.hint)
            self.follow_up_condition.setCurrentIndex(
                self.follow_up_condition.findData(node.condition or "")
            )
            branchable = isinstance(owner, Question) and owner.kind in (
                QuestionKind.OPEN,
                QuestionKind.YES_NO,
            )
            self.follow_up_condition.setEnabled(branchable)
            self.follow_up_condition.setToolTip(
                "" if branchable else self.tr("”Om ja/Om nej” går bara på ja/nej-frågor")
            )
        else:
            self.form_stack.setCurrentIndex(PAGE_EMPTY)

    def focus(self, select_all: bool = False) -> None:
        """Put the cursor in the first field of the page shown (if any)."""
        target: QWidget | None = {
            PAGE_SECTION: self.section_title,
            PAGE_QUESTION: self.question_text,
            PAGE_FOLLOW_UP: self.follow_up_text,
        }.get(self.form_stack.currentIndex())
        if target is None:
            return
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if select_all and isinstance(target, QLineEdit | QPlainTextEdit):
            target.selectAll()


def options_of(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def set_line(widget: QLineEdit, text: str) -> None:
    if widget.text() != text:
        widget.setText(text)


def set_text(widget: QPlainTextEdit, text: str) -> None:
    if widget.toPlainText() != text:
        widget.setPlainText(text)
