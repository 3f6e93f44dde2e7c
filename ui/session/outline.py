"""The guide outline: sections and questions with covered / skipped / not asked / current."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QFont, QKeyEvent
from PySide6.QtWidgets import QHeaderView, QTreeWidget, QTreeWidgetItem, QWidget

from app.guide.answers import answer_text, short_answer
from app.guide.model import Guide, Question, Section
from app.interview.runner import GuideRunner, QuestionStatus, format_progress
from ui.style.look import paint_colour
from ui.style.palette import HINT, SUCCESS, WARNING

QUESTION_ID_ROLE = Qt.ItemDataRole.UserRole

MARKS = {QuestionStatus.COVERED: "✓", QuestionStatus.SKIPPED: "–", QuestionStatus.NOT_ASKED: "○"}
#: the tone of each state (from the look: light, dark or high contrast, always 4.5:1)
TONES = {
    QuestionStatus.COVERED: SUCCESS,
    QuestionStatus.SKIPPED: WARNING,
    QuestionStatus.NOT_ASKED: HINT,
}


def status_brush(status: QuestionStatus) -> QBrush:
    return QBrush(paint_colour(TONES[status]))


def question_title(q: Question) -> str:
    return f"{q.number}. {q.text}" if q.number else q.text


class Outline(QTreeWidget):
    """Signals:
    question_chosen(int): Enter or a click on a question (go there).
    """

    question_chosen = Signal(int)

    def __init__(self, guide: Guide, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Outline")
        self.setHeaderHidden(True)
        self.setColumnCount(2)
        self.setWordWrap(True)
        self.setUniformRowHeights(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setIndentation(14)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.setAccessibleName(self.tr("Frågeguidens disposition"))
        self._items: dict[int, QTreeWidgetItem] = {}
        self._sections: list[tuple[QTreeWidgetItem, Section]] = []
        for section in guide.sections:
            s_item = QTreeWidgetItem([section.title])
            font = QFont(s_item.font(0))
            font.setBold(True)
            s_item.setFont(0, font)
            s_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.addTopLevelItem(s_item)
            self._sections.append((s_item, section))
            for q in section.questions:
                item = QTreeWidgetItem([question_title(q)])
                item.setData(0, QUESTION_ID_ROLE, q.id)
                item.setToolTip(0, q.text)
                s_item.addChild(item)
                item.setFirstColumnSpanned(True)
                if q.id is not None:
                    self._items[q.id] = item
        self.expandAll()
        self.itemActivated.connect(self._activated)
        self.itemClicked.connect(self._activated)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        qid = item.data(0, QUESTION_ID_ROLE)
        if qid is not None:
            self.question_chosen.emit(int(qid))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter on a question: go there (itemActivated does not fire on every platform style).
        current = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
            self._activated(current)
            return
        super().keyPressEvent(event)

    def update_states(self, runner: GuideRunner) -> None:
        current = runner.current
        status_words = {
            QuestionStatus.COVERED: self.tr("ställd"),
            QuestionStatus.SKIPPED: self.tr("överhoppad"),
            QuestionStatus.NOT_ASKED: self.tr("inte ställd än"),
        }
        for q in runner.questions:
            if q.id is None:
                continue
            item = self._items[q.id]
            st = runner.state(q)
            is_current = current is not None and q.id == current.id
            mark = "▶" if is_current else MARKS[st.status]
            answer = answer_text(q, st.answer)
            short = short_answer(q, st.answer)
            # The answer before the question's words, so a narrow outline does not cut it off.
            number = f"{q.number}. " if q.number else ""
            shown = f"{mark} {number}[{short}] {q.text}" if short else f"{mark} {question_title(q)}"
            item.setText(0, shown)
            item.setToolTip(0, f"{q.text}\n{answer}" if answer else q.text)
            item.setForeground(0, status_brush(st.status) if not is_current else QBrush())
            font = QFont(self.font())
            font.setBold(is_current)
            item.setFont(0, font)
            words = status_words[st.status] + (
                ", " + self.tr("aktuell fråga") if is_current else ""
            )
            if answer:
                words += ", " + self.tr("svar: %1").replace("%1", answer)
            item.setData(0, Qt.ItemDataRole.AccessibleTextRole, f"{question_title(q)} – {words}")
        for s_item, section in self._sections:
            s_item.setText(0, section.title)
            bold = QFont(self.font())
            bold.setBold(True)
            s_item.setFont(0, bold)
            quiet = QFont(self.font())
            quiet.setPointSizeF(max(8.0, self.font().pointSizeF() * 0.85))
            s_item.setFont(1, quiet)
            s_item.setForeground(1, status_brush(QuestionStatus.NOT_ASKED))
        self.update_section_times(runner)

    def update_section_times(self, runner: GuideRunner) -> None:
        """Each section's time against its plan ("00:48 / 05:00"); called every clock tick."""
        for s_item, section in self._sections:
            time_text = format_progress(runner.section_time_ms(section), section.planned_minutes)
            if s_item.text(1) != time_text:
                s_item.setText(1, time_text)
                s_item.setData(
                    0, Qt.ItemDataRole.AccessibleTextRole, f"{section.title}, {time_text}"
                )

    def select_question(self, question_id: int | None) -> None:
        if question_id in self._items:
            item = self._items[question_id]
            self.setCurrentItem(item)
            self.scrollToItem(item)
