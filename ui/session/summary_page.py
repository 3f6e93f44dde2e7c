"""After the interview: status, time, coverage, and the way back to edit notes and quotes."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QTextBrowser, QVBoxLayout, QWidget

from app.guide.answers import answer_text, is_closed
from app.interview.records import Interview
from app.interview.runner import GuideRunner, QuestionStatus, format_progress
from ui.widgets.labels import count_text, status_name


class SummaryPage(QWidget):
    """Signals:
    edit_requested(): back to the guide to edit notes and quotes.
    close_requested(): close the session window.
    """

    edit_requested = Signal()
    close_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("SummaryPage")
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.details = QTextBrowser()
        self.details.setAccessibleName(self.tr("Sammanfattning av intervjun"))
        self.edit_button = QPushButton(self.tr("Redigera anteckningar och citat"))
        self.edit_button.setAccessibleName(self.tr("Redigera anteckningar och citat"))
        self.edit_button.setMinimumHeight(40)
        self.edit_button.clicked.connect(self.edit_requested)
        self.close_button = QPushButton(self.tr("Stäng intervjun"))
        self.close_button.setAccessibleName(self.tr("Stäng intervjun"))
        self.close_button.setMinimumHeight(40)
        self.close_button.clicked.connect(self.close_requested)
        buttons = QHBoxLayout()
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.close_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(12)
        layout.addWidget(self.heading)
        layout.addWidget(self.facts)
        layout.addWidget(self.details, 1)
        layout.addLayout(buttons)

    def set_running(self, running: bool) -> None:
        """During the interview the way back says so (F9 or Escape); afterwards it edits."""
        text = (
            self.tr("Tillbaka till intervjun (F9)")
            if running
            else self.tr("Redigera anteckningar och citat")
        )
        self.edit_button.setText(text)
        self.edit_button.setAccessibleName(text.replace(" (F9)", ""))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() == Qt.Key.Key_Escape:
            self.edit_requested.emit()
            return
        super().keyPressEvent(event)

    def show_summary(
        self, interview: Interview, runner: GuideRunner, notes: int, quotes: int
    ) -> None:
        cov = runner.coverage()
        self.heading.setText(self.tr("Intervju %1").replace("%1", interview.participant_code))
        self.facts.setText(
            self.tr(
                "Status: %1 · Tid: %2 · %3 av %4 frågor ställda, %5 överhoppade, %6 inte ställda · "
                "%7 · %8"
            )
            .replace("%1", status_name(interview.status.value))
            .replace("%2", format_progress(runner.clock.elapsed_ms(), interview.planned_minutes))
            .replace("%3", str(cov.covered))
            .replace("%4", str(cov.total))
            .replace("%5", str(cov.skipped))
            .replace("%6", str(cov.not_asked))
            .replace("%7", count_text(notes, self.tr("1 anteckning"), self.tr("{n} anteckningar")))
            .replace("%8", count_text(quotes, self.tr("1 citat"), self.tr("{n} citat")))
        )
        html = [
            "<table cellspacing='0' cellpadding='4'>",
            "<tr>"
            + "".join(
                f"<th align='left'>{h}</th>"
                for h in (
                    self.tr("Avsnitt"),
                    self.tr("Tid"),
                    self.tr("Ställda"),
                    self.tr("Överhoppade"),
                    self.tr("Inte ställda"),
                )
            )
            + "</tr>",
        ]
        missing: list[str] = []
        for s in runner.guide.sections:
            counts = {st: 0 for st in QuestionStatus}
            for q in s.questions:
                st = runner.state(q).status
                counts[st] += 1
                if st is not QuestionStatus.COVERED:
                    word = (
                        self.tr("överhoppad")
                        if st is QuestionStatus.SKIPPED
                        else self.tr("inte ställd")
                    )
                    name = runner.guide.question_name(q)
                    missing.append(f"<li>{_esc(name)} – {_esc(q.text)} <i>({word})</i></li>")
            spent = format_progress(runner.section_time_ms(s), s.planned_minutes)
            html.append(
                f"<tr><td>{_esc(s.title)}</td><td>{spent}</td>"
                f"<td>{counts[QuestionStatus.COVERED]}</td><td>{counts[QuestionStatus.SKIPPED]}</td>"
                f"<td>{counts[QuestionStatus.NOT_ASKED]}</td></tr>"
            )
        html.append("</table>")
        answers = [
            f"<tr><td>{_esc(runner.guide.question_name(q))} – {_esc(q.text)}</td>"
            f"<td><b>{_esc(answer_text(q, runner.state(q).answer) or '–')}</b></td></tr>"
            for q in runner.questions
            if is_closed(q)
        ]
        if answers:
            heading = self.tr("Svar på de slutna frågorna")
            html.append(f"<h3>{heading}</h3><table cellpadding='3'>{''.join(answers)}</table>")
        if missing:
            heading = self.tr("Frågor som inte ställdes")
            html.append(f"<h3>{heading}</h3><ul>{''.join(missing)}</ul>")
        else:
            all_asked = self.tr("Alla frågor ställdes.")
            html.append(f"<p>{all_asked}</p>")
        self.details.setHtml("".join(html))

    def clear_for_lock(self) -> None:
        self.facts.setText("")
        self.details.clear()
        self.details.document().clearUndoRedoStacks()


def _esc(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
