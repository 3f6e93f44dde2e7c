"""Co-listener mode: follow the guide, mark quotes as they are said, on your own laptop.

Big and keyboard-first, so the co-listener never disturbs the interview:

- the guide outline on the left, the current question large on the right;
- the current question is chosen with one key (Ctrl+↓ / Ctrl+↑, or Enter in the outline),
  or follows the clock by the guide's planned minutes (Ctrl+Shift+L), or — live
  co-listening — is fed from outside (:meth:`ColistenerWindow.set_current_question` with
  ``external=True``);
- a large quote field: Enter saves (Shift+Enter: new line); the quote keeps the question and
  the time when typing began, which is nearer to when the words were said;
- Alt+S stars the next quote, Ctrl+1 … Ctrl+9 toggle its themes (as they tag in the analysis);
- Ctrl+Shift+K starts the co-listener's own clock (and pauses it again). No F-keys: F2–F7
  are the transcription keys, and a key means one thing in every window;
- Ctrl+Shift+S makes the quotes package for the interviewer.

Where marks go and where the clock start is kept is the backend's business
(:class:`app.team.colisten_store.ColistenBackend`): the window holds no SQL and no network.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamtalError
from app.interview.runner import SessionClock, format_clock
from app.team.colisten import question_at
from app.team.colisten_store import ColistenBackend, ColistenMark
from ui.errors import message_for
from ui.style.look import set_tone
from ui.style.palette import ERROR, HINT, SUCCESS, WARNING
from ui.widgets.a11y import describe_as
from ui.widgets.keys import is_star_key

REF_ROLE = Qt.ItemDataRole.UserRole
MARK_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_EVERY_MS = 5_000
MANUAL, CLOCK, EXTERNAL = "manual", "clock", "external"


class QuoteField(QPlainTextEdit):
    """Enter saves, Shift+Enter breaks the line.

    Signals:
        submitted(): Enter pressed.
        started(): the first character typed into an empty field.
    """

    submitted = Signal()
    started = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        ):
            self.submitted.emit()
            return
        was_empty = not self.toPlainText().strip()
        super().keyPressEvent(event)
        if was_empty and self.toPlainText().strip():
            self.started.emit()


class MarkList(QListWidget):
    """Signals:
    delete_requested(str): Delete on a mark (its uid).
    star_requested(str): "*" on a mark (in the quote field, Alt+S stars the next quote).
    """

    delete_requested = Signal(str)
    star_requested = Signal(str)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        item = self.currentItem()
        if item is not None:
            uid = str(item.data(MARK_ROLE))
            if event.key() == Qt.Key.Key_Delete:
                self.delete_requested.emit(uid)
                return
            if is_star_key(event):
                self.star_requested.emit(uid)
                return
        super().keyPressEvent(event)


class ColistenerWindow(QMainWindow):
    """Signals:
    return_requested(): make the quotes package for the interviewer (Ctrl+Shift+S).
    closed(): the window closed (position saved).
    question_changed(str): the current question changed (its reference, e.g. "2.3").
    mark_saved(str): a quote mark was stored (its uid).
    """

    return_requested = Signal()
    closed = Signal()
    question_changed = Signal(str)
    mark_saved = Signal(str)

    def __init__(self, backend: ColistenBackend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ColistenerWindow")
        self.backend = backend
        self.briefing = backend.briefing
        self.clock = SessionClock(backend.elapsed_ms)
        self.mode = MANUAL
        self.current: str | None = backend.current_question or (
            self.briefing.questions[0].ref if self.briefing.questions else None
        )
        self._typing: tuple[str | None, int] | None = None
        self._build()
        self._build_actions()
        self.retranslate()
        self._show_question()
        self.refresh_marks()
        self._tick = QTimer(self)
        self._tick.setInterval(250)
        self._tick.timeout.connect(self._on_tick)
        self._tick.start()
        self._saver = QTimer(self)
        self._saver.setInterval(SAVE_EVERY_MS)
        self._saver.timeout.connect(self.save_position)
        self._saver.start()
        self.resize(1100, 720)
        self.quote.setFocus()

    # -- building --------------------------------------------------------------------------------
    def _build(self) -> None:
        self.code_label = QLabel()
        self.code_label.setStyleSheet("font-weight: 600; font-size: 14pt;")
        self.clock_label = QLabel(format_clock(self.clock.elapsed_ms()))
        self.clock_label.setStyleSheet("font-size: 20pt;")
        self.clock_button = QPushButton()
        self.clock_button.clicked.connect(self.toggle_clock)
        self.follow_box = QCheckBox()
        self.follow_box.toggled.connect(self._follow_toggled)
        top = QHBoxLayout()
        top.addWidget(self.code_label)
        top.addStretch(1)
        top.addWidget(self.follow_box)
        top.addSpacing(16)
        top.addWidget(self.clock_label)
        top.addWidget(self.clock_button)

        self.outline = QTreeWidget()
        self.outline.setHeaderHidden(True)
        self.outline.setWordWrap(True)
        self.outline.setIndentation(14)
        self._items: dict[str, QTreeWidgetItem] = {}
        for si, section in enumerate(self.briefing.guide.sections):
            s_item = QTreeWidgetItem([section.title])
            font = QFont(s_item.font(0))
            font.setBold(True)
            s_item.setFont(0, font)
            s_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.outline.addTopLevelItem(s_item)
            for qi, question in enumerate(section.questions):
                ref = f"{si}.{qi}"
                text = f"{question.number}. {question.text}" if question.number else question.text
                item = QTreeWidgetItem([text])
                item.setData(0, REF_ROLE, ref)
                item.setToolTip(0, question.text)
                s_item.addChild(item)
                self._items[ref] = item
        self.outline.expandAll()
        self.outline.itemActivated.connect(self._outline_chosen)
        self.outline.itemClicked.connect(self._outline_chosen)

        self.section_label = QLabel()
        set_tone(self.section_label, HINT)
        self.question_label = QLabel()
        self.question_label.setWordWrap(True)
        big = QFont(self.font())
        big.setPointSizeF(big.pointSizeF() * 1.6)
        big.setBold(True)
        self.question_label.setFont(big)
        self.consent_banner = QLabel()
        self.consent_banner.setWordWrap(True)
        self.consent_banner.setStyleSheet("font-weight: 600;")
        set_tone(self.consent_banner, WARNING)
        self.consent_banner.setVisible(not self.briefing.may_quote)
        self.quote = QuoteField()
        quote_font = QFont(self.font())
        quote_font.setPointSizeF(quote_font.pointSizeF() * 1.4)
        self.quote.setFont(quote_font)
        self.quote.setMinimumHeight(140)
        self.quote.setTabChangesFocus(True)
        self.quote.submitted.connect(self.submit)
        self.quote.started.connect(self._typing_started)
        self.quote.setEnabled(self.briefing.may_quote)
        self.star = QCheckBox()
        self.theme_boxes: list[tuple[str, QCheckBox]] = []
        keys = QHBoxLayout()
        keys.addWidget(self.star)
        for n, theme in enumerate(self.briefing.themes[:9], 1):
            path = "/".join(theme["path"])
            box = QCheckBox(f"{n} {theme['path'][-1]}")
            colour = str(theme.get("colour") or "")
            if colour.startswith("#"):
                box.setStyleSheet(f"QCheckBox::indicator:checked {{ background: {colour}; }}")
            self.theme_boxes.append((path, box))
            keys.addWidget(box)
        keys.addStretch(1)
        self.message = QLabel()
        self.message.setWordWrap(True)
        describe_as(self.message, self.tr("Meddelande"))
        self.marks = MarkList()
        self.marks.setWordWrap(True)
        self.marks.setAlternatingRowColors(True)
        self.marks.delete_requested.connect(self.delete_mark)
        self.marks.star_requested.connect(self.toggle_mark_star)
        self.return_button = QPushButton()
        self.return_button.setMinimumHeight(36)
        self.return_button.clicked.connect(self.return_requested)
        self.help = QLabel()
        self.help.setWordWrap(True)
        set_tone(self.help, HINT)

        right = QWidget()
        r = QVBoxLayout(right)
        r.setContentsMargins(12, 0, 0, 0)
        r.addWidget(self.section_label)
        r.addWidget(self.question_label)
        r.addSpacing(8)
        r.addWidget(self.consent_banner)
        self.quote_title = QLabel()
        self.quote_title.setStyleSheet("font-weight: 600;")
        r.addWidget(self.quote_title)
        r.addWidget(self.quote)
        r.addLayout(keys)
        r.addWidget(self.message)
        self.marks_title = QLabel()
        self.marks_title.setStyleSheet("font-weight: 600;")
        r.addWidget(self.marks_title)
        r.addWidget(self.marks, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.help, 1)
        bottom.addWidget(self.return_button)
        r.addLayout(bottom)

        split = QSplitter()
        split.addWidget(self.outline)
        split.addWidget(right)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([400, 700])
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.setCentralWidget(central)

    def _build_actions(self) -> None:
        def action(text: str, shortcut: str, slot: Callable[[], object]) -> QAction:
            a = QAction(text, self)
            a.setShortcut(QKeySequence(shortcut))
            a.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            a.triggered.connect(slot)
            self.addAction(a)
            return a

        # the same words as the interview window's actions where the key is the same
        self.next_action = action(
            self.tr("Nästa fråga"), "Ctrl+Down", lambda: self.step_question(1)
        )
        self.previous_action = action(
            self.tr("Föregående fråga"), "Ctrl+Up", lambda: self.step_question(-1)
        )
        self.clock_action = action(
            self.tr("Starta/pausa den egna klockan"), "Ctrl+Shift+K", self.toggle_clock
        )
        self.follow_action = action(
            self.tr("Följ klockan"), "Ctrl+Shift+L", lambda: self.follow_box.toggle()
        )
        self.return_action = action(
            self.tr("Skapa citatpaket"), "Ctrl+Shift+S", self.return_requested.emit
        )
        # a shortcut, not a mnemonic: focus stays in the quote field
        self.star_action = action(
            self.tr("Stjärnmärk nästa citat"), "Alt+S", lambda: self.star.toggle()
        )
        self.theme_actions = [
            action(self.tr("Tema {n}").replace("{n}", str(n)), f"Ctrl+{n}", box.toggle)
            for n, (_, box) in enumerate(self.theme_boxes, 1)
        ]

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Samtal – medlyssnare, %1").replace("%1", self.briefing.code))
        self.code_label.setText(
            self.tr("Medlyssnare · intervju %1").replace("%1", self.briefing.code)
        )
        self.clock_button.setText(
            self.tr("Pausa klockan (Ctrl+Shift+K)")
            if self.clock.running
            else self.tr("Starta klockan (Ctrl+Shift+K)")
        )
        self.clock_button.setAccessibleName(self.tr("Egen klocka"))
        self.follow_box.setText(self.tr("Följ klockan (Ctrl+Shift+L)"))
        self.follow_box.setAccessibleName(self.tr("Aktuell fråga följer klockan"))
        self.outline.setAccessibleName(self.tr("Frågeguidens disposition"))
        self.consent_banner.setText(
            self.tr(
                "Informanten har inte samtyckt till citat (eller har återkallat samtycket). "
                "Citat kan inte sparas."
            )
        )
        self.quote_title.setText(self.tr("Citat – ordagrant"))
        self.quote.setPlaceholderText(
            self.tr("Skriv vad informanten sa. Enter sparar, Skift+Enter ny rad.")
        )
        self.quote.setAccessibleName(self.tr("Nytt citat"))
        self.star.setText(self.tr("★ Stjärna (Alt+S)"))
        self.star.setAccessibleName(self.tr("Stjärnmärk nästa citat"))
        for _path, box in self.theme_boxes:
            box.setAccessibleName(self.tr("Tema: %1").replace("%1", box.text()[2:]))
        self.marks_title.setText(self.tr("Sparade citat"))
        self.marks.setAccessibleName(self.tr("Sparade citat"))
        self.return_button.setText(self.tr("Skapa citatpaket… (Ctrl+Shift+S)"))
        self.return_button.setAccessibleName(self.tr("Skapa citatpaket till intervjuaren"))
        self.help.setText(
            self.tr(
                "Ctrl+↓/↑ nästa/föregående fråga · Ctrl+Shift+L följ klockan · "
                "Ctrl+Shift+K klockan · "
                "Alt+S stjärna · Ctrl+1–9 teman · på ett sparat citat: * stjärna, Delete tar bort"
            )
        )

    # -- the current question --------------------------------------------------------------------
    def set_current_question(self, ref: str | None, *, external: bool = False) -> None:
        """Make ``ref`` current. ``external``: it came from outside (live co-listening), and
        the window follows that source from now on."""
        if external:
            self.mode = EXTERNAL
            self.follow_box.blockSignals(True)
            self.follow_box.setChecked(False)
            self.follow_box.blockSignals(False)
        if ref is not None and self.briefing.question(ref) is None:
            return
        if ref == self.current:
            return
        self.current = ref
        self._show_question()
        self.question_changed.emit(ref or "")

    def step_question(self, delta: int) -> None:
        self._manual()
        refs = [q.ref for q in self.briefing.questions]
        if not refs:
            return
        index = refs.index(self.current) if self.current in refs else -1
        self.set_current_question(refs[max(0, min(len(refs) - 1, index + delta))])

    def _outline_chosen(self, item: QTreeWidgetItem) -> None:
        ref = item.data(0, REF_ROLE)
        if ref:
            self._manual()
            self.set_current_question(str(ref))

    def _manual(self) -> None:
        if self.mode == CLOCK:
            self.follow_box.setChecked(False)
        self.mode = MANUAL

    def _follow_toggled(self, on: bool) -> None:
        self.mode = CLOCK if on else MANUAL
        if on:
            self._follow_clock()

    def _follow_clock(self) -> None:
        self.set_current_question(question_at(self.briefing, self.clock.elapsed_ms()))

    def _show_question(self) -> None:
        q = self.briefing.question(self.current)
        if q is None:
            self.section_label.setText("")
            self.question_label.setText("")
            return
        self.section_label.setText(q.section.title)
        number = f"{q.question.number}. " if q.question.number else ""
        self.question_label.setText(number + q.question.text)
        for ref, item in self._items.items():
            font = QFont(item.font(0))
            font.setBold(ref == self.current)
            item.setFont(0, font)
        current = self._items.get(q.ref)
        if current is not None:
            self.outline.setCurrentItem(current)
            self.outline.scrollToItem(current)

    # -- the clock -------------------------------------------------------------------------------
    def toggle_clock(self) -> None:
        first = not self.clock.running and self.clock.elapsed_ms() == 0
        self.clock.toggle()
        if first:
            try:
                self.backend.clock_started()
            except SamtalError as exc:
                self._say(message_for(exc), error=True)
        self.retranslate()
        self._on_tick()
        self.save_position()

    def _on_tick(self) -> None:
        self.clock_label.setText(format_clock(self.clock.elapsed_ms()))
        if self.mode == CLOCK and self.clock.running:
            self._follow_clock()

    def save_position(self) -> None:
        try:
            self.backend.save_position(self.clock.elapsed_ms(), self.current)
        except SamtalError as exc:
            self._say(message_for(exc), error=True)

    # -- quote marks -----------------------------------------------------------------------------
    def _typing_started(self) -> None:
        self._typing = (self.current, self.clock.elapsed_ms())

    def submit(self) -> None:
        text = self.quote.toPlainText().strip()
        if not text:
            return
        question, at_ms = self._typing or (self.current, self.clock.elapsed_ms())
        themes = [path for path, box in self.theme_boxes if box.isChecked()]
        try:
            mark = self.backend.sink.add(text, question, at_ms, self.star.isChecked(), themes)
        except SamtalError as exc:
            self._say(message_for(exc), error=True)  # the words stay in the field
            return
        self.quote.clear()
        self._typing = None
        self.star.setChecked(False)
        for _path, box in self.theme_boxes:
            box.setChecked(False)
        self._say(self.tr("Citatet sparades (%1).").replace("%1", format_clock(mark.at_ms)))
        self.refresh_marks()
        self.mark_saved.emit(mark.uid)

    def refresh_marks(self) -> None:
        self.marks.clear()
        for mark in self.backend.sink.marks():
            self.marks.addItem(self._mark_item(mark))
        self.marks.scrollToBottom()

    def _mark_item(self, mark: ColistenMark) -> QListWidgetItem:
        q = self.briefing.question(mark.question)
        where = "–"
        if q is not None:
            text = q.question.text if len(q.question.text) <= 60 else q.question.text[:59] + "…"
            where = f"{q.question.number}. {text}" if q.question.number else text
        star = "★ " if mark.starred else ""
        themes = ", ".join(t.split("/")[-1] for t in mark.themes)
        tail = f"  · {themes}" if themes else ""
        item = QListWidgetItem(f"{format_clock(mark.at_ms)}  {star}{mark.text}\n   {where}{tail}")
        item.setData(MARK_ROLE, mark.uid)
        return item

    def delete_mark(self, uid: str) -> None:
        try:
            self.backend.sink.remove(uid)
        except SamtalError as exc:
            self._say(message_for(exc), error=True)
        self.refresh_marks()

    def toggle_mark_star(self, uid: str) -> None:
        mark = next((m for m in self.backend.sink.marks() if m.uid == uid), None)
        if mark is None:
            return
        try:
            self.backend.sink.update(uid, starred=not mark.starred)
        except SamtalError as exc:
            self._say(message_for(exc), error=True)
        row = self.marks.currentRow()
        self.refresh_marks()
        self.marks.setCurrentRow(row)

    def _say(self, text: str, error: bool = False) -> None:
        set_tone(self.message, ERROR if error else SUCCESS)
        self.message.setText(text)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.clock.pause()
        self.save_position()
        self._tick.stop()
        self._saver.stop()
        self.closed.emit()
        super().closeEvent(event)
