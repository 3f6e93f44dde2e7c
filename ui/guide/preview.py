"""A preview of one question as the interviewer will see it during an interview.

The question is large, the hint quiet and grey, the answer choices (yes/no/vet ej, the
agreement scale, the 1–10 grade, multiple choice) under it, and the follow-ups as a
checklist: unconditional ones first, then the branches under "Om ja" and "Om nej".
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from app.guide.model import AGREEMENT_SCALE, FollowUp, Guide, Question, QuestionKind, Section
from ui.style.look import set_tone
from ui.style.palette import HINT
from ui.widgets.a11y import describe_as


class GuidePreview(QScrollArea):
    """Shows the selected question (or section, or the whole guide) read-only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Förhandsvisning"))
        self.branch_boxes: dict[str, QWidget] = {}
        self.show_node(None, None)

    # -- building blocks ------------------------------------------------------------------
    def _label(self, text: str, name: str, scale: float = 1.0, bold: bool = False) -> QLabel:
        label = QLabel(text)
        label.setWordWrap(True)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        describe_as(label, name)  # read as what it shows; the part of the guide is context
        if scale != 1.0 or bold:
            font = QFont(self.font())
            if scale != 1.0:
                font.setPointSizeF(max(font.pointSizeF(), 9.0) * scale)
            font.setBold(bold)
            label.setFont(font)
        return label

    def _quiet(self, text: str, name: str, italic: bool = True) -> QLabel:
        label = self._label(text, name)
        set_tone(label, HINT)
        if italic:
            font = QFont(label.font())
            font.setItalic(True)
            label.setFont(font)
        return label

    def _heading(self, text: str) -> QLabel:
        label = self._label(text, text, scale=1.05, bold=True)
        label.setContentsMargins(0, 10, 0, 0)
        return label

    # -- what to show ---------------------------------------------------------------------
    def show_node(self, guide: Guide | None, node: Section | Question | FollowUp | None) -> None:
        """Show ``node`` (a follow-up shows its question); None shows a summary of ``guide``."""
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(6)
        self.branch_boxes = {}
        if guide is None:
            layout.addWidget(self._quiet(self.tr("Ingen guide."), self.tr("Ingen guide")))
        elif isinstance(node, FollowUp):
            question = next(
                (q for q in guide.questions() if any(f is node for f in q.follow_ups)), None
            )
            if question is not None:
                self._question(layout, guide, question, node)
        elif isinstance(node, Question):
            self._question(layout, guide, node, None)
        elif isinstance(node, Section):
            self._section(layout, node)
        else:
            self._summary(layout, guide)
        layout.addStretch(1)
        self.setWidget(page)

    def _summary(self, layout: QVBoxLayout, guide: Guide) -> None:
        layout.addWidget(self._label(guide.title, self.tr("Guidens titel"), 1.6, bold=True))
        if guide.intro:
            layout.addWidget(self._quiet(guide.intro, self.tr("Inledning"), italic=False))
        facts = self.tr("%1 avsnitt · %2 frågor").replace("%1", str(len(guide.sections)))
        facts = facts.replace("%2", str(len(guide.questions())))
        if guide.planned_minutes:
            facts += " · " + self.tr("%1 min planerat").replace("%1", str(guide.planned_minutes))
        layout.addWidget(self._quiet(facts, self.tr("Omfattning"), italic=False))

    def _section(self, layout: QVBoxLayout, section: Section) -> None:
        layout.addWidget(self._label(section.title, self.tr("Avsnitt"), 1.6, bold=True))
        if section.planned_minutes:
            minutes = self.tr("Planerad tid: %1 min").replace("%1", str(section.planned_minutes))
            layout.addWidget(self._quiet(minutes, self.tr("Planerad tid"), italic=False))
        if section.intro:
            layout.addWidget(self._quiet(section.intro, self.tr("Inledning")))
        for q in section.questions:
            text = f"{q.number}. {q.text}" if q.number else q.text
            layout.addWidget(self._label(text, self.tr("Fråga")))

    def _question(
        self, layout: QVBoxLayout, guide: Guide, question: Question, focus: FollowUp | None
    ) -> None:
        try:
            section = guide.section_of(question)
            where = section.title
            if question.number:
                where += " · " + self.tr("fråga %1").replace("%1", question.number)
            layout.addWidget(self._quiet(where, self.tr("Var i guiden"), italic=False))
        except KeyError:
            pass
        text = f"{question.number}. {question.text}" if question.number else question.text
        layout.addWidget(self._label(text, self.tr("Frågetext"), 1.7, bold=True))
        if question.hint:
            layout.addWidget(self._quiet(f"({question.hint})", self.tr("Ledtråd")))
        self._answers(layout, question)

        always = [f for f in question.follow_ups if f.condition is None]
        if always:
            layout.addWidget(self._heading(self.tr("Följdfrågor")))
            self._checklist(layout, always, focus)
        for condition, title in (("yes", self.tr("Om ja")), ("no", self.tr("Om nej"))):
            branch = [f for f in question.follow_ups if f.condition == condition]
            if not branch:
                continue
            box = QFrame()
            box.setFrameShape(QFrame.Shape.StyledPanel)
            box.setAccessibleName(title)
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 6, 10, 8)
            inner.addWidget(self._label(title, title, 1.05, bold=True))
            self._checklist(inner, branch, focus)
            layout.addWidget(box)
            self.branch_boxes[condition] = box

    def _answers(self, layout: QVBoxLayout, question: Question) -> None:
        kind = question.kind
        if kind is QuestionKind.OPEN:
            return
        row = QWidget()
        row_layout = QVBoxLayout(row) if kind is QuestionKind.AGREEMENT else QHBoxLayout(row)
        row_layout.setContentsMargins(0, 6, 0, 6)
        group = QButtonGroup(row)
        if kind is QuestionKind.YES_NO:
            choices = [self.tr("Ja"), self.tr("Nej"), self.tr("Vet ej")]
        elif kind is QuestionKind.AGREEMENT:
            choices = list(AGREEMENT_SCALE)
        elif kind is QuestionKind.GRADE:
            choices = [str(n) for n in range(1, 11)]
        else:
            choices = list(question.options)
        for i, choice in enumerate(choices):
            if kind is QuestionKind.MULTI_CHOICE:
                button: QCheckBox | QRadioButton = QCheckBox(choice)
            else:
                button = QRadioButton(choice)
                group.addButton(button, i)
            button.setAccessibleName(self.tr("Svar: %1").replace("%1", choice))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # a picture of the runner, not a form
            row_layout.addWidget(button)
        if kind is QuestionKind.YES_NO:
            group.idToggled.connect(self._answer_toggled)
        if isinstance(row_layout, QHBoxLayout):
            row_layout.addStretch(1)
        row.setAccessibleName(self.tr("Svarsalternativ"))
        layout.addWidget(row)

    def _answer_toggled(self, answer_id: int, checked: bool) -> None:
        """Choosing "Ja" or "Nej" in the preview dims the branch that will not be shown."""
        if not checked:
            return
        chosen = {0: "yes", 1: "no"}.get(answer_id)
        for condition, box in self.branch_boxes.items():
            box.setEnabled(chosen is None or condition == chosen)

    def _checklist(
        self, layout: QVBoxLayout, follow_ups: list[FollowUp], focus: FollowUp | None
    ) -> None:
        for f in follow_ups:
            # A check box beside a wrapping label: QCheckBox's own text never wraps.
            row = QWidget()
            row_layout = QHBoxLayout(row)
            row_layout.setContentsMargins(0, 0, 0, 0)
            box = QCheckBox()
            box.setAccessibleName(self.tr("Följdfråga: %1").replace("%1", f.text))
            box.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            label = self._label(f.text, self.tr("Följdfråga"), bold=f is focus)
            label.setBuddy(box)
            row_layout.addWidget(box, 0, Qt.AlignmentFlag.AlignTop)
            text_column = QVBoxLayout()
            text_column.setSpacing(0)
            text_column.addWidget(label)
            if f.hint:
                text_column.addWidget(self._quiet(f"({f.hint})", self.tr("Ledtråd")))
            row_layout.addLayout(text_column, 1)
            layout.addWidget(row)
