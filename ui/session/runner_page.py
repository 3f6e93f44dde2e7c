"""The guide runner's widgets: the current question large, follow-ups, hints, notes.

The quote panel is not part of the page: it is a dock of the session window, beside the
page or floating (:class:`ui.session.quote_panel.QuoteDock`).

Only layout and display here; :class:`ui.session.window.SessionWindow` drives it.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QMouseEvent, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app.guide.model import Guide, Question
from app.interview.runner import GuideRunner
from ui.session.answer_panel import AnswerPanel
from ui.session.note_editor import NoteEditor
from ui.session.outline import Outline
from ui.style.look import set_panel, set_tone
from ui.style.palette import HINT as HINT_TONE
from ui.widgets.a11y import announce, describe_as

#: Hints are read by the interviewer at a glance: the normal text colour, set apart by italics.
HINT = "font-style: italic;"


class _BoxLabel(QLabel):
    """A wrapped label that ticks its check box when clicked."""

    def __init__(self, text: str, box: QCheckBox) -> None:
        super().__init__(text)
        self._box = box
        self.setWordWrap(True)
        self.setBuddy(box)

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self._box.toggle()
        super().mousePressEvent(event)


class FollowUpRow(QWidget):
    """A follow-up: a check box and its text, wrapped (a long follow-up never widens the page).

    A click on the text ticks the box, as a check box's own text would.
    """

    def __init__(self, label: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox()
        self.label = _BoxLabel(label, self.box)
        self.hint = QLabel(f"({hint})" if hint else "")
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet(HINT)
        self.hint.setVisible(bool(hint))
        text = QVBoxLayout()
        text.setContentsMargins(0, 0, 0, 0)
        text.setSpacing(0)
        text.addWidget(self.label)
        text.addWidget(self.hint)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addLayout(text, 1)


class QuestionScroll(QScrollArea):
    """The question, its introduction, answers and follow-ups: as tall as they need, up to
    three fifths of the column (the notes keep the rest); beyond that they scroll."""

    SHARE = 0.6

    def _need(self) -> int:
        inner = self.widget()
        if inner is None:
            return 0
        width = self.viewport().width()
        need = inner.heightForWidth(width) if inner.hasHeightForWidth() else -1
        return need if need > 0 else inner.sizeHint().height()

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        base = super().minimumSizeHint()
        column = self.parentWidget()
        cap = int(column.height() * self.SHARE) if column is not None else 0
        need = self._need() + 2 * self.frameWidth()
        return QSize(base.width(), max(base.height(), min(need, cap) if cap > 0 else need))

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt override
        return QSize(super().sizeHint().width(), self._need() + 2 * self.frameWidth())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():
            self.updateGeometry()  # wrapping changed: the height it needs too


class RunnerPage(QWidget):
    """Signals:
    answer_chosen(str): the stored answer of a closed question (see ``app.guide.answers``),
        or "" to clear.
    follow_up_toggled(int, bool): a follow-up's id and whether it is now done.
    """

    answer_chosen = Signal(str)
    follow_up_toggled = Signal(int, bool)

    def __init__(
        self,
        guide: Guide,
        clock_ms: Callable[[], int],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("RunnerPage")
        # -- top bar
        self.code_label = QLabel()
        self.code_label.setStyleSheet("font-weight: 600;")
        self.clock_label = QLabel()
        describe_as(self.clock_label, self.tr("Klocka"))
        self.section_clock = QLabel()
        set_tone(self.section_clock, HINT_TONE)
        self.pause_button = QPushButton()
        self.pause_button.setAccessibleName(self.tr("Pausa eller fortsätt klockan"))
        self.saved_label = QLabel()
        describe_as(self.saved_label, self.tr("Sparstatus"))
        set_tone(self.saved_label, HINT_TONE)
        self.live_label = QLabel()  # live co-listening: connected, quotes arrived (quiet)
        describe_as(self.live_label, self.tr("Medlyssnare"))
        set_tone(self.live_label, HINT_TONE)
        self.live_label.hide()
        top = QHBoxLayout()
        top.addWidget(self.code_label)
        top.addSpacing(16)
        top.addWidget(self.clock_label)
        top.addSpacing(12)
        top.addWidget(self.section_clock)
        top.addWidget(self.pause_button)
        top.addStretch(1)
        top.addWidget(self.live_label)
        top.addSpacing(12)
        top.addWidget(self.saved_label)

        # -- outline
        self.outline = Outline(guide)
        self.outline.setMinimumWidth(240)

        # -- the question
        self.section_label = QLabel()  # the question's name: "Under tiden · 7"
        set_tone(self.section_label, HINT_TONE)
        self.section_label.setWordWrap(True)
        describe_as(self.section_label, self.tr("Avsnitt och fråga"))
        self.intro_title = QLabel(self.tr("Inledning till avsnittet – läs upp"))
        self.intro_title.setStyleSheet("font-weight: 600;")
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.intro_label.setTextFormat(Qt.TextFormat.PlainText)
        self.intro_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        describe_as(self.intro_label, self.tr("Inledning till avsnittet"))
        self.intro_box = QFrame()
        self.intro_box.setObjectName("SectionIntro")
        set_panel(self.intro_box, "QFrame#SectionIntro", "intro")
        intro_layout = QVBoxLayout(self.intro_box)
        intro_layout.setContentsMargins(12, 8, 10, 8)
        intro_layout.setSpacing(2)
        intro_layout.addWidget(self.intro_title)
        intro_layout.addWidget(self.intro_label)
        self.intro_box.hide()
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        self.question_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        describe_as(self.question_label, self.tr("Aktuell fråga"))
        self.hint_label = QLabel()
        self.hint_label.setWordWrap(True)
        self.hint_label.setStyleSheet(HINT)
        describe_as(self.hint_label, self.tr("Tips till intervjuaren"))

        # Answering closed questions: its own widget (keys, buttons, "vill inte svara").
        self.answer_widget = AnswerPanel()
        self.answer_widget.answer_chosen.connect(self.answer_chosen)

        self.follow_title = QLabel(self.tr("Följdfrågor"))
        self.follow_title.setStyleSheet("font-weight: 600;")
        self.follow_box = QWidget()
        self.follow_layout = QVBoxLayout(self.follow_box)
        self.follow_layout.setContentsMargins(0, 0, 0, 0)
        self.follow_layout.setSpacing(2)
        self.follow_checks: list[tuple[int, QCheckBox]] = []
        self.follow_rows: list[FollowUpRow] = []

        self.notes_title = QLabel(self.tr("Anteckningar till frågan"))
        self.notes_title.setStyleSheet("font-weight: 600;")
        self.note_editor = NoteEditor(clock_ms)
        self.note_editor.setAccessibleName(self.tr("Anteckningar till frågan"))
        self.note_editor.setPlaceholderText(
            self.tr("Skriv anteckningar här. Varje stycke får sin tid.")
        )
        self.general_title = QLabel(self.tr("Allmän anteckning"))
        set_tone(self.general_title, HINT_TONE)
        self.general_editor = NoteEditor(clock_ms)
        self.general_editor.setAccessibleName(self.tr("Allmän anteckning"))
        self.general_editor.setPlaceholderText(self.tr("Om intervjun i stort (Ctrl+Shift+E)"))
        self.general_editor.setMaximumHeight(96)

        # The question and what goes with it scroll when they need more room than there is
        # (a long question, three follow-ups, 150 % text on a laptop); the notes keep theirs.
        question = QWidget()
        qq = QVBoxLayout(question)
        qq.setContentsMargins(0, 0, 0, 0)
        qq.setSpacing(8)
        qq.addWidget(self.section_label)
        qq.addWidget(self.intro_box)
        qq.addWidget(self.question_label)
        qq.addWidget(self.hint_label)
        qq.addWidget(self.answer_widget)
        qq.addWidget(self.follow_title)
        qq.addWidget(self.follow_box)
        qq.addStretch(1)
        self.question_scroll = QuestionScroll()
        self.question_scroll.setWidget(question)
        self.question_scroll.setWidgetResizable(True)
        self.question_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.question_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.question_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.question_scroll.setAccessibleName(self.tr("Frågan"))
        self.note_editor.setMinimumHeight(self.note_editor.fontMetrics().lineSpacing() * 4 + 12)
        center = QWidget()
        ql = QVBoxLayout(center)
        ql.setContentsMargins(4, 0, 4, 0)
        ql.setSpacing(8)
        ql.addWidget(self.question_scroll)
        ql.addWidget(self.notes_title)
        ql.addWidget(self.note_editor, 1)
        ql.addWidget(self.general_title)
        ql.addWidget(self.general_editor)
        self.center = center

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.outline)
        self.splitter.addWidget(self.center)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 7)
        self.splitter.setChildrenCollapsible(False)

        # -- bottom bar
        self.prev_button = QPushButton(self.tr("◀ Föregående"))
        self.prev_button.setAccessibleName(self.tr("Föregående fråga"))
        self.next_button = QPushButton(self.tr("Nästa ▶"))
        self.next_button.setAccessibleName(self.tr("Nästa fråga"))
        self.skip_button = QPushButton(self.tr("Hoppa över"))
        self.skip_button.setAccessibleName(self.tr("Hoppa över frågan"))
        self.finish_button = QPushButton(self.tr("Avsluta intervjun…"))
        self.finish_button.setAccessibleName(self.tr("Avsluta intervjun"))
        for b in (self.prev_button, self.next_button, self.skip_button, self.finish_button):
            b.setMinimumHeight(38)
        self.keys_label = QLabel(
            self.tr(
                "Ctrl+↓/↑ fråga · Ctrl+J disposition · Alt+1–9 följdfråga · "
                "Ctrl+K hoppa över · Ctrl+E anteckning · Ctrl+Shift+Q citat · "
                "Ctrl+Shift+C markerat → citat · Ctrl+P paus · F8 citatfönster · F9 sammanfattning"
            )
        )
        self.keys_label.setWordWrap(True)
        set_tone(self.keys_label, HINT_TONE)
        bottom = QHBoxLayout()
        bottom.addWidget(self.prev_button)
        bottom.addWidget(self.next_button)
        bottom.addWidget(self.skip_button)
        bottom.addStretch(1)
        bottom.addWidget(self.finish_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(bottom)
        layout.addWidget(self.keys_label)

    # -- fonts --------------------------------------------------------------------------
    def apply_font_size(self, points: int) -> None:
        base = QFont(self.font())
        base.setPointSize(points)
        self.setFont(base)
        big = QFont(base)
        big.setPointSizeF(points * 1.55)
        big.setWeight(QFont.Weight.DemiBold)
        self.question_label.setFont(big)
        clock = QFont(base)
        clock.setPointSizeF(points * 1.2)
        clock.setBold(True)
        self.clock_label.setFont(clock)
        quiet = QFont(base)
        quiet.setPointSizeF(max(8.0, points * 0.8))
        for w in (self.saved_label, self.section_label):
            w.setFont(quiet)
        hint = QFont(base)
        hint.setPointSizeF(max(9.0, points * 0.9))
        self.hint_label.setFont(hint)
        for row in self.follow_rows:
            row.hint.setFont(hint)
        self.intro_label.setFont(base)
        # the general note: two lines at this size (the question and its notes need the room)
        lines = QFontMetrics(base).lineSpacing() * 2
        self.general_editor.setMaximumHeight(lines + 2 * self.general_editor.frameWidth() + 10)
        tiny = QFont(base)
        tiny.setPointSizeF(max(8.0, points * 0.65))
        self.keys_label.setFont(tiny)
        outline = QFont(base)
        outline.setPointSizeF(max(9.0, points * 0.72))
        self.outline.setFont(outline)
        code = QFont(base)
        code.setPointSizeF(points * 1.1)
        code.setBold(True)
        self.code_label.setFont(code)
        for w in (self.notes_title, self.follow_title):
            f = QFont(base)
            f.setBold(True)
            w.setFont(f)

    # -- showing a question -----------------------------------------------------------------
    def show_question(self, runner: GuideRunner) -> None:
        q = runner.current
        if q is None:
            self.question_label.setText(self.tr("Frågeguiden är tom."))
            return
        section = runner.guide.section_of(q)
        self.section_label.setText(runner.guide.question_name(q))
        # the section's introduction is read out before its first question
        intro = section.intro.strip() if runner.guide.is_first_in_section(q) else ""
        self.intro_label.setText(intro)
        self.intro_box.setVisible(bool(intro))
        text = f"{q.number}. {q.text}" if q.number else q.text
        changed = text != self.question_label.text()
        self.question_label.setText(text)
        # a screen reader reads the question with the notes field, and says it when it changes
        self.note_editor.setAccessibleDescription(text)
        if changed and self.window().isActiveWindow():
            announce(self.question_label, " ".join(p for p in (intro, text) if p))
        self.hint_label.setText(f"({q.hint})" if q.hint else "")
        self.hint_label.setVisible(bool(q.hint))
        self.answer_widget.show_question(q, runner.state(q).answer)
        self.show_follow_ups(runner, q)

    def show_follow_ups(self, runner: GuideRunner, q: Question) -> None:
        for row in self.follow_rows:
            self.follow_layout.removeWidget(row)
            row.hide()  # gone at once: not drawn over the new ones, not a Tab stop
            row.deleteLater()
        self.follow_checks = []
        self.follow_rows = []
        while self.follow_layout.count():
            item = self.follow_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        visible = runner.visible_follow_ups(q)
        for n, f in enumerate(visible, 1):
            if f.id is None:
                continue
            prefix = (
                self.tr("Om ja: ")
                if f.condition == "yes"
                else (self.tr("Om nej: ") if f.condition == "no" else "")
            )
            row = FollowUpRow(f"{n}. {prefix}{f.text}", f.hint)
            row.hint.setFont(self.hint_label.font())
            box = row.box
            box.setChecked(runner.follow_up_done(f.id))
            box.setAccessibleName(
                self.tr("Följdfråga %1: %2").replace("%1", str(n)).replace("%2", prefix + f.text)
            )
            box.setToolTip(self.tr("Alt+%1").replace("%1", str(n)) if n <= 9 else "")
            box.toggled.connect(lambda done, fid=f.id: self.follow_up_toggled.emit(fid, done))
            self.follow_layout.addWidget(row)
            self.follow_checks.append((f.id, box))
            self.follow_rows.append(row)
        self.follow_title.setVisible(bool(visible))
        self.follow_box.setVisible(bool(visible))
        self._tab_order()
        self.question_scroll.updateGeometry()

    def _tab_order(self) -> None:
        """Tab in reading order: the follow-ups (made for each question) come after the answers
        and before the notes, not after the buttons at the bottom."""
        chain: list[QWidget] = [
            self.pause_button,
            self.outline,
            *self.answer_widget.buttons.values(),
            *(box for _fid, box in self.follow_checks),
            self.note_editor,
            self.general_editor,
            self.prev_button,
            self.next_button,
            self.skip_button,
            self.finish_button,
        ]
        for a, b in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(a, b)

    def set_follow_up_checked(self, follow_up_id: int, done: bool) -> None:
        for fid, box in self.follow_checks:
            if fid == follow_up_id and box.isChecked() != done:
                box.blockSignals(True)
                box.setChecked(done)
                box.blockSignals(False)

    @property
    def answer_buttons(self) -> dict[str, QPushButton]:
        """The answer buttons of the current question, by stored value."""
        return self.answer_widget.buttons
