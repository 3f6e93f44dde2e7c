"""Answering a closed question in the runner, by keyboard and mouse.

One row of buttons per kind: Ja / Nej / Vet ej; the five steps of the agreement scale; the
grades 1–10; the options of a multiple choice (any number of them); and "Vill inte svara",
always there. With the panel focused (Ctrl+↓/↑ onto a closed question gives it the keyboard,
as does "Svara med sifferknapparna" in the Gå till menu; Ctrl+E moves on to the notes) the
number keys answer: 1–5 a scale step, 1–9 and 0 (= 10) a
grade, 1–9 an option (again to untick), 1–3 or J / N / V yes / no / don't know; W is "vill
inte svara"; Delete or Backspace clears. Alt+J/N/V and Alt+W work from anywhere in the
window (the session window's menu). Clicking the chosen answer again clears it.

The answers are one stop in the Tab order, like a group of radio buttons: Tab lands on the
chosen answer (or the first), the arrow keys (and Home/End) move between the answers, Space
chooses the one with the focus. A screen reader reads each as "Svar: Nej", pressed or not.

Only display and input here: the runner stores the answer (with its time) and autosaves.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.guide.answers import DECLINED, choices, decode_multi, is_closed, toggle_multi
from app.guide.model import Question, QuestionKind
from ui.style.look import set_tone
from ui.style.palette import HINT

_LETTERS = {
    int(Qt.Key.Key_J.value): "yes",
    int(Qt.Key.Key_N.value): "no",
    int(Qt.Key.Key_V.value): "dont_know",
}


class AnswerPanel(QFrame):
    """Signals:
    answer_chosen(str): the stored answer value (see ``app.guide.answers``), "" to clear.
    """

    answer_chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("AnswerPanel")
        # the answer buttons take the focus (one of them is the Tab stop; see _rove)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Svar"))
        self.question: Question | None = None
        self.value: str | None = None
        #: The answer buttons by stored value (options by their text), then "declined".
        self.buttons: dict[str, QPushButton] = {}
        self._title = QLabel(self.tr("Svar:"))
        self._hint = QLabel()
        set_tone(self._hint, HINT)
        self._hint.setWordWrap(True)
        self._rows = QWidget()
        self._declined = QPushButton(self.tr("Vill inte svara (Alt+W)"))
        self._declined.setCheckable(True)
        self._declined.installEventFilter(self)
        self._declined.setAccessibleName(self.tr("Svar: vill inte svara"))
        self._declined.clicked.connect(lambda _c=False: self._choose(DECLINED))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.setSpacing(4)
        top = QHBoxLayout()
        top.addWidget(self._title)
        top.addWidget(self._hint, 1)
        layout.addLayout(top)
        layout.addWidget(self._rows)
        bottom = QHBoxLayout()
        bottom.addWidget(self._declined)
        bottom.addStretch(1)
        layout.addLayout(bottom)
        self.setVisible(False)

    # -- what to show --------------------------------------------------------------------
    def show_question(self, question: Question | None, value: str | None) -> None:
        """Show ``question``'s answers with ``value`` chosen; hidden for open questions."""
        same = self.question is question
        self.question = question
        self.value = value
        if question is None or not is_closed(question):
            self.setVisible(False)
            return
        if not same or not self.buttons:
            self._build(question)
        self._refresh()
        self.setVisible(True)

    def _build(self, question: Question) -> None:
        old = self._rows
        self._rows = QWidget()
        box: QBoxLayout = (
            QVBoxLayout(self._rows)
            if question.kind in (QuestionKind.AGREEMENT, QuestionKind.MULTI_CHOICE)
            else QHBoxLayout(self._rows)
        )
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(3)
        self.buttons = {}
        for n, choice in enumerate(choices(question), 1):
            key = self._key_name(question.kind, n)
            text = f"{key}  {choice.label}" if key else choice.label
            if question.kind is QuestionKind.GRADE:
                text = choice.label  # the grade is its own key (0 for 10)
            elif question.kind is QuestionKind.YES_NO:
                text = f"{choice.label} (Alt+{'JNV'[n - 1]})"
            b = QPushButton(text)
            b.setCheckable(True)
            b.installEventFilter(self)
            b.setAccessibleName(self.tr("Svar: %1").replace("%1", choice.label))
            if key:
                b.setToolTip(self.tr("Tangent %1").replace("%1", key))
            if question.kind in (QuestionKind.AGREEMENT, QuestionKind.MULTI_CHOICE):
                b.setStyleSheet("text-align: left; padding: 3px 10px;")
                b.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            elif question.kind is QuestionKind.GRADE:
                b.setMinimumWidth(36)
            b.clicked.connect(lambda _c=False, v=choice.value: self._choose(v))
            box.addWidget(b)
            self.buttons[choice.value] = b
        if isinstance(box, QHBoxLayout):
            box.addStretch(1)
        self.buttons[DECLINED] = self._declined
        layout = self.layout()
        assert isinstance(layout, QVBoxLayout)
        layout.replaceWidget(old, self._rows)
        old.hide()  # at once: its buttons are neither drawn nor Tab stops any more
        old.deleteLater()
        self._hint.setText(self._keys_hint(question.kind))
        self._rove(None)

    def _key_name(self, kind: QuestionKind, n: int) -> str:
        if kind is QuestionKind.GRADE:
            return "0" if n == 10 else str(n)
        if kind is QuestionKind.MULTI_CHOICE:
            return str(n) if n <= 9 else ""
        return str(n)

    def _keys_hint(self, kind: QuestionKind) -> str:
        if kind is QuestionKind.GRADE:
            return self.tr("tangent 1–9, 0 = 10 · Delete rensar")
        if kind is QuestionKind.AGREEMENT:
            return self.tr("tangent 1–5 · Delete rensar")
        if kind is QuestionKind.MULTI_CHOICE:
            return self.tr("flera svar går bra: tangent 1–9 · Delete rensar")
        return self.tr("tangent J / N / V eller 1–3 · Delete rensar")

    def _refresh(self) -> None:
        q = self.question
        chosen: set[str] = set()
        if self.value == DECLINED:
            chosen = {DECLINED}
        elif q is not None and q.kind is QuestionKind.MULTI_CHOICE:
            chosen = set(decode_multi(self.value) or [])
        elif self.value:
            chosen = {self.value}
        title = QFont(self.font())
        title.setBold(True)
        self._title.setFont(title)
        for value, b in self.buttons.items():
            on = value in chosen
            b.setChecked(on)
            # The chosen answer must stand out at a glance (and in grey scale): pressed, bold,
            # ticked. The font follows the runner's text size (no style sheet here).
            font = QFont(self.font())
            font.setBold(on)
            b.setFont(font)
            text = b.text().removeprefix("✓ ")
            b.setText(f"✓ {text}" if on else text)

    # -- one Tab stop, arrows inside --------------------------------------------------------
    def _order(self) -> list[QPushButton]:
        return list(self.buttons.values())  # the choices in their order, then "vill inte svara"

    def _rove(self, target: QPushButton | None) -> None:
        """Make ``target`` (None: the chosen answer, else the first) the group's Tab stop."""
        order = self._order()
        if not order:
            return
        if target is None:
            target = next((b for b in order if b.isChecked()), order[0])
        for b in order:
            b.setFocusPolicy(
                Qt.FocusPolicy.StrongFocus if b is target else Qt.FocusPolicy.ClickFocus
            )

    def take_focus(self, reason: Qt.FocusReason = Qt.FocusReason.OtherFocusReason) -> None:
        """Give the keyboard to the answers: the chosen one, else the first. (No focus proxy:
        Qt moves a proxy in the Tab chain each time it changes.)"""
        order = self._order()
        if order:
            target = next((b for b in order if b.isChecked()), order[0])
            self._rove(target)
            target.setFocus(reason)

    def hasFocus(self) -> bool:  # noqa: N802 - one of the answers has the keyboard
        return any(b.hasFocus() for b in self._order())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FocusIn and isinstance(watched, QPushButton):
            self._rove(watched)
        elif event.type() == QEvent.Type.KeyPress and isinstance(watched, QPushButton):
            assert isinstance(event, QKeyEvent)
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            order = self._order()
            if mods == Qt.KeyboardModifier.NoModifier and watched in order:
                i = order.index(watched)
                step = {
                    Qt.Key.Key_Left: i - 1,
                    Qt.Key.Key_Up: i - 1,
                    Qt.Key.Key_Right: i + 1,
                    Qt.Key.Key_Down: i + 1,
                    Qt.Key.Key_Home: 0,
                    Qt.Key.Key_End: len(order) - 1,
                }.get(Qt.Key(event.key()))
                if step is not None:
                    target = order[max(0, min(len(order) - 1, step))]
                    self._rove(target)
                    target.setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)

    # -- input ----------------------------------------------------------------------------
    def choose(self, value: str) -> None:
        """Choose ``value`` as if its button were pressed (again: clear / untick)."""
        self._choose(value)

    def clear(self) -> None:
        if self.value is not None:
            self.value = None
            self._refresh()
            self.answer_chosen.emit("")

    def _choose(self, value: str) -> None:
        q = self.question
        if q is None:
            return
        if q.kind is QuestionKind.MULTI_CHOICE and value != DECLINED:
            new: str | None = toggle_multi(
                None if self.value == DECLINED else self.value, value, q.options
            )
        else:
            new = None if self.value == value else value
        self.value = new
        had_focus = self.hasFocus()
        self._refresh()
        if had_focus:  # keys answer: the chosen answer gets the focus (and is read)
            chosen = self.buttons.get(value)
            if chosen is not None and chosen.isChecked():
                self._rove(chosen)
                chosen.setFocus(Qt.FocusReason.OtherFocusReason)
        self.answer_chosen.emit(new or "")

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        q = self.question
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if q is None or mods not in (Qt.KeyboardModifier.NoModifier,):
            super().keyPressEvent(event)
            return
        key = event.key()
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.clear()
            return
        if key == Qt.Key.Key_W:
            self._choose(DECLINED)
            return
        if q.kind is QuestionKind.YES_NO and key in _LETTERS:
            self._choose(_LETTERS[key])
            return
        if Qt.Key.Key_0 <= key <= Qt.Key.Key_9:
            digit = key - Qt.Key.Key_0
            options = choices(q)
            index = 10 if (digit == 0 and q.kind is QuestionKind.GRADE) else digit
            if 1 <= index <= len(options):
                self._choose(options[index - 1].value)
                return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._refresh()  # the buttons' own fonts follow the runner's text size
