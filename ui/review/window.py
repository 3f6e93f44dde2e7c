"""Pseudonymisation review for the whole project: every interview's findings, decided once.

Left: the findings (filter by interview, kind and decision), each "ersätts", "behålls" or
"väntar". Right: the paragraph or quote the selected finding is in, every finding
highlighted in its kind's colour, and below it the text as every export will write it (the
same analysis the export gate uses: ``app.pseudonymise.review``). Decisions are stored at
once. Keyboard: E replace, B keep, A replace this word everywhere in the project, N "this is
a name" (replace, and offer the project's name list), arrows choose; after a decision the
next waiting finding is chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamtalError
from app.pseudonymise import name_lists, review
from app.pseudonymise.rules import rule_sentence
from app.store.project import Project
from ui.errors import show_error
from ui.settings import settings
from ui.style.look import current, set_tone
from ui.style.palette import HINT
from ui.tasks import Tasks
from ui.widgets.a11y import WrappedLabel, describe_as
from ui.widgets.common import fit_to_screen

#: a kind's colour; shown as a tint behind the text (``ui.style``), strong enough to tell
#: the kinds apart and light enough for the text on it to keep 4.5:1
KIND_COLOURS = {  # colour ok: hues, made into tints by the look
    "pronoun": "#cfe8ff",  # colour ok: a hue
    "genitive": "#cfe8ff",  # colour ok: a hue
    "name": "#ffd6d6",  # colour ok: a hue
    "personnummer": "#ffe0b3",  # colour ok: a hue
    "phone": "#ffe0b3",  # colour ok: a hue
    "email": "#ffe0b3",  # colour ok: a hue
    "address": "#ffe0b3",  # colour ok: a hue
    "demonstrative": "#e8dcff",  # colour ok: a hue
    "clitic": "#e8dcff",  # colour ok: a hue
    "gendered_noun": "#e8dcff",  # colour ok: a hue
}
WAITING, ALL, REPLACED, KEPT = "waiting", "all", "replaced", "kept"


def kind_tint(kind: str) -> QColor:
    """The background of a finding of ``kind`` behind text, readable in every look."""
    return current().tint(KIND_COLOURS.get(kind, "#9e9e9e"), 255)  # colour ok: a hue


def kind_name(kind: str) -> str:
    """The kind of a finding in the UI's language (literal calls, so lupdate finds them)."""
    names = {
        "pronoun": QCoreApplication.translate("Review", "Pronomen"),
        "genitive": QCoreApplication.translate("Review", "Genitiv (hans/hennes)"),
        "name": QCoreApplication.translate("Review", "Namn"),
        "personnummer": QCoreApplication.translate("Review", "Personnummer"),
        "phone": QCoreApplication.translate("Review", "Telefonnummer"),
        "email": QCoreApplication.translate("Review", "E-post"),
        "address": QCoreApplication.translate("Review", "Adress"),
        "demonstrative": QCoreApplication.translate("Review", "denne/dennes"),
        "clitic": QCoreApplication.translate("Review", "Talspråk ('an, 'na)"),
        "gendered_noun": QCoreApplication.translate("Review", "Könsbundna ord"),
    }
    return names.get(kind, kind)


def context(text: str, start: int, end: int, width: int = 28) -> str:
    """A few words either side of a finding, on one line."""
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    lead = "…" if start > width else ""
    trail = "…" if end + width < len(text) else ""
    return f"{lead}{left}[{text[start:end]}]{right}{trail}"


class ReviewWindow(QDialog):
    """The project-wide review. ``interview_id``: show that interview first (None: all).

    Signals:
    changed(): a decision or the name list changed.
    """

    changed = Signal()

    def __init__(
        self, project: Project, interview_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        # over a modal dialog that asked for it (the export dialog), else over ``parent``
        parent = QApplication.activeModalWidget() or parent
        super().__init__(parent)
        self.project = project
        self.reviews: list[review.InterviewReview] = []
        self.items: list[review.ReviewItem] = []
        self._codes: dict[int, str] = {}
        self._wanted_interview = interview_id
        refresh = getattr(parent, "refresh_pending", None)
        if callable(refresh):  # opened over the export dialog: its count follows the decisions
            self.changed.connect(refresh)
        self.setWindowTitle(self.tr("Pseudonymisering – hela projektet"))
        fit_to_screen(self, 1200, 720)
        self.count = QLabel(self.tr("Läser in fynden…"))
        self.count.setStyleSheet("font-size: 14pt; font-weight: 600;")
        describe_as(self.count, self.tr("Antal fynd som väntar"))

        self.interview_filter = QComboBox()
        self.interview_filter.setAccessibleName(self.tr("Visa intervju"))
        self.kind_filter = QComboBox()
        self.kind_filter.setAccessibleName(self.tr("Visa typ av fynd"))
        self.decision_filter = QComboBox()
        self.decision_filter.setAccessibleName(self.tr("Visa beslut"))
        for label, key in (
            (self.tr("Väntar på beslut"), WAITING),
            (self.tr("Alla fynd"), ALL),
            (self.tr("Ersätts"), REPLACED),
            (self.tr("Behålls"), KEPT),
        ):
            self.decision_filter.addItem(label, key)
        filters = QHBoxLayout()
        for caption, combo in (
            (self.tr("&Intervju:"), self.interview_filter),
            (self.tr("&Typ:"), self.kind_filter),
            (self.tr("&Visa:"), self.decision_filter),
        ):
            buddy = QLabel(caption)
            buddy.setBuddy(combo)
            filters.addWidget(buddy)
            filters.addWidget(combo)
        filters.addStretch(1)
        self.numbered = QCheckBox(self.tr("N&umrera namnen: [Person 1], [Person 2] …"))
        self.numbered.setAccessibleName(self.tr("Numrera namnen i stället för xxx"))
        self.numbered.setToolTip(
            self.tr(
                "Samma namn får samma nummer i intervjun, och i hela projektet för namnen på "
                "projektets namnlista. Numren sparas krypterat i projektet."
            )
        )
        self.numbered.setChecked(review.project_settings(project.db).numbered_names)
        self.numbered.toggled.connect(self.set_numbered)
        filters.addWidget(self.numbered)
        for combo in (self.interview_filter, self.kind_filter, self.decision_filter):
            combo.currentIndexChanged.connect(lambda _i: self.fill())

        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Intervju"),
                self.tr("Typ"),
                self.tr("Fynd"),
                self.tr("Ersätts med"),
                self.tr("Beslut"),
                self.tr("Sammanhang"),
            ]
        )
        self.tree.setAccessibleName(self.tr("Fynd"))
        for column, width in enumerate((80, 110, 130, 110, 70)):
            self.tree.setColumnWidth(column, width)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.source = QTextEdit()
        self.source.setReadOnly(True)
        self.source.setAccessibleName(self.tr("Texten där fyndet finns"))
        self.source.selectionChanged.connect(self._selection_changed)
        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Så här exporteras texten"))
        self.why = WrappedLabel()  # never squeezed to one line between the two texts
        set_tone(self.why, HINT)

        self.accept_button = QPushButton(self.tr("&Ersätt (E)"))
        self.reject_button = QPushButton(self.tr("&Behåll (B)"))
        self.all_button = QPushButton(self.tr("Ersätt ordet i &hela projektet (A)"))
        self.name_button = QPushButton(self.tr("Det här är ett &namn (N)"))
        self.add_name_button = QPushButton(self.tr("Lägg till markerat ord i namn&listan"))
        for b, name in (
            (self.accept_button, self.tr("Ersätt det markerade fyndet")),
            (self.reject_button, self.tr("Behåll det markerade fyndet")),
            (self.all_button, self.tr("Ersätt ordet i hela projektet")),
            (self.name_button, self.tr("Det här är ett namn")),
            (self.add_name_button, self.tr("Lägg till markerat ord i namnlistan")),
        ):
            b.setAccessibleName(name)
        self.add_name_button.setEnabled(False)
        self.accept_button.clicked.connect(lambda: self.decide(review.ACCEPT))
        self.reject_button.clicked.connect(lambda: self.decide(review.REJECT))
        self.all_button.clicked.connect(self.replace_everywhere)
        self.name_button.clicked.connect(self.is_a_name)
        self.add_name_button.clicked.connect(self.add_selected_name)
        for key, slot, button in (
            ("E", lambda: self.decide(review.ACCEPT), self.accept_button),
            ("B", lambda: self.decide(review.REJECT), self.reject_button),
            ("A", self.replace_everywhere, self.all_button),
            ("N", self.is_a_name, self.name_button),
            ("Ctrl+Shift+N", self.add_selected_name, self.add_name_button),
        ):
            shortcut = QShortcut(QKeySequence(key), self, slot)
            shortcut.setWhatsThis(button.accessibleName())  # what the key does, as its button
        help_label = QLabel(
            self.tr(
                "E ersätter, B behåller, A ersätter ordet i hela projektet, N: det här är ett "
                "namn. Pilarna väljer fynd. Markera ett ord i texten och välj \u201dLägg till "
                "markerat ord i namnlistan\u201d (Ctrl+Shift+N) om ett namn saknas."
            )
        )
        help_label.setWordWrap(True)
        set_tone(help_label, HINT)

        right = QWidget()
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.addWidget(QLabel(self.tr("Text")))
        rl.addWidget(self.source, 3)
        rl.addWidget(self.why)
        rl.addWidget(QLabel(self.tr("Som den exporteras")))
        rl.addWidget(self.preview, 2)
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(right)
        splitter.setSizes([680, 520])
        buttons = QHBoxLayout()
        for b in (
            self.accept_button,
            self.reject_button,
            self.all_button,
            self.name_button,
            self.add_name_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addLayout(filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(help_label)
        self.reload()

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Analyse every interview (in the background: a large project takes a while)."""
        db = self.project.db
        self._set_enabled(False)
        Tasks.run(
            lambda: review.analyse_project(db),
            self._loaded,
            self._failed,
            self,
            self.tr("Läser in fynden i alla intervjuer…"),
        )

    def _failed(self, exc: BaseException) -> None:
        self._set_enabled(True)
        show_error(self, exc)

    def _loaded(self, reviews: list[review.InterviewReview]) -> None:
        self.reviews = reviews
        self.items = [item for r in reviews for item in r.items()]
        self._codes = {r.interview_id: r.code for r in reviews}
        keep_interview = self.interview_filter.currentData()
        if self._wanted_interview is not None:
            keep_interview, self._wanted_interview = self._wanted_interview, None
        keep_kind = self.kind_filter.currentData()
        for combo in (self.interview_filter, self.kind_filter):
            combo.blockSignals(True)
            combo.clear()
        self.interview_filter.addItem(self.tr("Alla intervjuer"), None)
        for r in reviews:
            self.interview_filter.addItem(r.code, r.interview_id)
        self.kind_filter.addItem(self.tr("Alla typer"), None)
        for kind in sorted({str(i.finding.kind) for i in self.items}, key=kind_name):
            self.kind_filter.addItem(kind_name(kind), kind)
        for combo, value in (
            (self.interview_filter, keep_interview),
            (self.kind_filter, keep_kind),
        ):
            index = combo.findData(value)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)
        self._set_enabled(True)
        self.fill()

    def _set_enabled(self, on: bool) -> None:
        for w in (self.tree, self.accept_button, self.reject_button, self.all_button):
            w.setEnabled(on)
        self.name_button.setEnabled(on)

    def visible(self, item: review.ReviewItem) -> bool:
        interview = self.interview_filter.currentData()
        kind = self.kind_filter.currentData()
        show = self.decision_filter.currentData() or WAITING
        if interview is not None and item.unit.interview_id != interview:
            return False
        if kind is not None and str(item.finding.kind) != kind:
            return False
        if show == WAITING:
            return item.unresolved
        if show == REPLACED:
            return item.applied and (item.decision is not None or item.finding.auto)
        if show == KEPT:
            return not item.applied
        return True

    def fill(self, keep: tuple[int, str, int] | None = None) -> None:
        current = self.current_item()
        keep = keep or (self._key(current) if current is not None else None)
        self.tree.clear()
        target = None
        rows = []
        for index, item in enumerate(self.items):
            if not self.visible(item):
                continue
            f = item.finding
            kind = str(f.kind)
            row = QTreeWidgetItem(
                [
                    self._codes.get(item.unit.interview_id, "?"),
                    kind_name(kind),
                    f.text,
                    f.replacement if f.offers_replacement else "–",
                    self._decision_text(item),
                    context(item.unit.text, f.start, f.end),
                ]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, index)
            row.setBackground(2, kind_tint(kind))
            rows.append(row)
            if keep is not None and self._key(item) == keep:
                target = row
        self.tree.addTopLevelItems(rows)
        if target is None and rows:
            target = rows[0]
        if target is not None:
            self.tree.setCurrentItem(target)
        else:
            self.source.clear()
            self.preview.clear()
            self.why.clear()
        self._update_count()

    @staticmethod
    def _key(item: review.ReviewItem) -> tuple[int, str, int]:
        return (item.unit.interview_id, item.finding.fingerprint, item.finding.start)

    def _decision_text(self, item: review.ReviewItem) -> str:
        if item.decision == review.ACCEPT:
            return self.tr("ersätts")
        if item.decision == review.REJECT:
            return self.tr("behålls")
        if not item.finding.needs_review:
            return self.tr("ersätts (automatiskt)")
        return self.tr("väntar")

    def _update_count(self) -> None:
        waiting = [i for i in self.items if i.unresolved]
        interviews = len({i.unit.interview_id for i in waiting})
        if not waiting:
            text = self.tr("Inga fynd väntar – klart för export")
        elif len(waiting) == 1:
            text = self.tr("1 fynd väntar på granskning i 1 intervju")
        elif interviews == 1:
            text = self.tr("{n} fynd väntar på granskning i 1 intervju")
        else:
            text = self.tr("{n} fynd väntar på granskning i {m} intervjuer")
        self.count.setText(text.replace("{n}", str(len(waiting))).replace("{m}", str(interviews)))

    def current_item(self) -> review.ReviewItem | None:
        row = self.tree.currentItem()
        index = row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None
        return self.items[index] if isinstance(index, int) else None

    # -- showing ------------------------------------------------------------------------------
    def _show_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        unit = item.unit
        self.source.setPlainText(unit.text)
        selections = []
        same = [i for i in self.items if i.unit == unit]
        for other in same:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(kind_tint(str(other.finding.kind)))
            if other is item:
                fmt.setFontWeight(700)
                fmt.setFontUnderline(True)
            sel.format = fmt
            cursor = QTextCursor(self.source.document())
            cursor.setPosition(other.finding.start)
            cursor.setPosition(other.finding.end, QTextCursor.MoveMode.KeepAnchor)
            sel.cursor = cursor
            selections.append(sel)
        self.source.setExtraSelections(selections)
        cursor = QTextCursor(self.source.document())
        cursor.setPosition(item.finding.start)
        self.source.setTextCursor(cursor)
        self.source.ensureCursorVisible()
        self.preview.setPlainText(self._output(unit))
        where = {
            "note": self.tr("anteckning"),
            "transcript": self.tr("utskrift"),
        }.get(unit.source, self.tr("citat"))
        # why, in plain words: never the rule's id or a score
        why = rule_sentence(
            item.finding.rule, settings().get("ui/language"), str(item.finding.kind)
        )
        self.why.setText(
            self.tr("{kind} i {where} · {code}: {why}")
            .replace("{kind}", kind_name(str(item.finding.kind)))
            .replace("{where}", where)
            .replace("{code}", self._codes.get(unit.interview_id, "?"))
            .replace("{why}", why)
        )
        self.accept_button.setEnabled(item.finding.offers_replacement)
        self.name_button.setEnabled(str(item.finding.kind) == "name")

    def _output(self, unit: review.Unit) -> str:
        for r in self.reviews:
            if r.interview_id == unit.interview_id:
                return r.output(r.units.index(unit))
        return unit.text

    def _selection_changed(self) -> None:
        word = self.source.textCursor().selectedText().strip()
        self.add_name_button.setEnabled(0 < len(word) <= name_lists.MAX_NAME_CHARS)

    # -- deciding -----------------------------------------------------------------------------
    def _record(self, items: list[review.ReviewItem], decision: str) -> bool:
        try:
            review.decide_many(self.project.db, items, decision)
        except SamtalError as exc:
            show_error(self, exc)
            return False
        for item in items:
            for r in self.reviews:
                if r.interview_id == item.unit.interview_id:
                    r.decided[item.finding.fingerprint] = decision
        self.items = [i for r in self.reviews for i in r.items()]
        self.changed.emit()
        return True

    def decide(self, decision: str) -> None:
        item = self.current_item()
        if item is None or (decision == review.ACCEPT and not item.finding.offers_replacement):
            return
        if self._record([item], decision):
            self._after_decision(item)

    def replace_everywhere(self) -> None:
        """Replace every finding of this kind with these words, in every interview."""
        item = self.current_item()
        if item is None or not item.finding.offers_replacement:
            return
        if self._record(review.same_word(self.items, item), review.ACCEPT):
            self._after_decision(item)

    def is_a_name(self) -> None:
        """Replace it, and offer to put the word on the project's name list."""
        item = self.current_item()
        if item is None or str(item.finding.kind) != "name":
            return
        if not self._record([item], review.ACCEPT):
            return
        word = item.finding.text
        if NameListQuestion.ask(self, word):
            self._add_name(word)
        else:
            self._after_decision(item)

    def _after_decision(self, item: review.ReviewItem) -> None:
        """Show the next waiting finding after the one just decided."""
        index = self.items.index(next(i for i in self.items if self._key(i) == self._key(item)))
        following = self.items[index + 1 :] + self.items[:index]
        nxt = next((i for i in following if i.unresolved and self.visible(i)), None)
        self.fill(self._key(nxt) if nxt is not None else self._key(self.items[index]))

    def set_numbered(self, on: bool) -> None:
        """The project setting: names as "[Person N]" (or the name operator, "xxx")."""
        try:
            review.set_numbered_names(self.project.db, on)
        except SamtalError as exc:
            show_error(self, exc)
            return
        self.changed.emit()
        self.reload()  # every replacement of a name changes

    def add_selected_name(self) -> None:
        word = self.source.textCursor().selectedText().strip().strip(".,;:!?\u201d\"'()")
        if word and NameListQuestion.ask(self, word):
            self._add_name(word)

    def _add_name(self, word: str) -> None:
        try:
            name_lists.add_name(self.project.db, word)
        except SamtalError as exc:
            show_error(self, exc)
            return
        self.changed.emit()
        self.reload()  # a listed name changes what is found everywhere


class NameListQuestion:
    """Replaceable in tests."""

    @classmethod
    def ask(cls, parent: QWidget, word: str) -> bool:
        answer = QMessageBox.question(
            parent,
            parent.tr("Lägga till i namnlistan?"),
            parent.tr(
                "Lägg till \u201d{word}\u201d i projektets namnlista? Då ersätts det "
                "automatiskt i alla intervjuer."
            ).replace("{word}", word),
        )
        return answer == QMessageBox.StandardButton.Yes
