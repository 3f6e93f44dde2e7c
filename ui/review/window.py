"""Pseudonymisation review: an interview's notes and quotes with what was found, decided once.

Left: the findings, grouped by kind, each marked "ersätts", "behålls" or "väntar". Right: the
text the selected finding is in, every finding highlighted in its kind's colour, and below it
the text as it will be exported. Decisions are stored at once (``app.pseudonymise.review``).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamtalError
from app.interview.records import get_interview
from app.pseudonymise import apply as apply_findings
from app.pseudonymise import name_lists as names
from app.pseudonymise import review
from app.store.project import Project
from ui.errors import show_error

KIND_COLOURS = {
    "pronoun": "#cfe8ff",
    "genitive": "#cfe8ff",
    "name": "#ffd6d6",
    "personnummer": "#ffe0b3",
    "phone": "#ffe0b3",
    "email": "#ffe0b3",
    "address": "#ffe0b3",
    "demonstrative": "#e8dcff",
    "clitic": "#e8dcff",
    "gendered_noun": "#e8dcff",
}


def kind_name(kind: str) -> str:
    t = QCoreApplication.translate
    return {
        "pronoun": t("Review", "Pronomen"),
        "genitive": t("Review", "Genitiv (hans/hennes)"),
        "name": t("Review", "Namn"),
        "personnummer": t("Review", "Personnummer"),
        "phone": t("Review", "Telefonnummer"),
        "email": t("Review", "E-post"),
        "address": t("Review", "Adress"),
        "demonstrative": t("Review", "denne/denna"),
        "clitic": t("Review", "Talspråk ('an, 'na)"),
        "gendered_noun": t("Review", "Könsbundna ord"),
    }.get(kind, kind)


def context(text: str, finding: object, width: int = 28) -> str:
    """A few words either side of a finding, on one line."""
    start, end = finding.start, finding.end  # type: ignore[attr-defined]
    left = text[max(0, start - width) : start].replace("\n", " ")
    right = text[end : end + width].replace("\n", " ")
    lead = "…" if start > width else ""
    trail = "…" if end + width < len(text) else ""
    return f"{lead}{left}[{text[start:end]}]{right}{trail}"


class ReviewWindow(QDialog):
    """Signals:
    changed(): a decision or the name list changed.
    """

    changed = Signal()

    def __init__(self, project: Project, interview_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.interview_id = interview_id
        self.items: list[review.ReviewItem] = []
        code = get_interview(project.db, interview_id).participant_code
        self.setWindowTitle(self.tr("Pseudonymisering – {code}").replace("{code}", code))
        self.resize(1100, 680)
        self.count = QLabel()
        self.count.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.count.setAccessibleName(self.tr("Antal fynd som väntar"))
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels(
            [self.tr("Fynd"), self.tr("Ersätts med"), self.tr("Beslut"), self.tr("Sammanhang")]
        )
        self.tree.setAccessibleName(self.tr("Fynd"))
        self.tree.setColumnWidth(0, 150)
        self.tree.setColumnWidth(1, 80)
        self.tree.setColumnWidth(2, 70)
        self.tree.currentItemChanged.connect(lambda *_: self._show_current())
        self.source = QTextEdit()
        self.source.setReadOnly(True)
        self.source.setAccessibleName(self.tr("Texten där fyndet finns"))
        self.source.selectionChanged.connect(self._selection_changed)
        self.preview = QTextEdit()
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(self.tr("Så här exporteras texten"))
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.why.setStyleSheet("color: #555;")
        self.accept_button = QPushButton(self.tr("&Ersätt"))
        self.reject_button = QPushButton(self.tr("&Behåll"))
        self.accept_kind_button = QPushButton(self.tr("Ersätt &alla av typen"))
        self.add_name_button = QPushButton(self.tr("Lägg till markerat ord i &namnlistan"))
        for b, name in (
            (self.accept_button, self.tr("Ersätt")),
            (self.reject_button, self.tr("Behåll")),
            (self.accept_kind_button, self.tr("Ersätt alla av typen")),
            (self.add_name_button, self.tr("Lägg till markerat ord i namnlistan")),
        ):
            b.setAccessibleName(name)
        self.add_name_button.setEnabled(False)
        self.accept_button.clicked.connect(lambda: self.decide(review.ACCEPT))
        self.reject_button.clicked.connect(lambda: self.decide(review.REJECT))
        self.accept_kind_button.clicked.connect(self.accept_kind)
        self.add_name_button.clicked.connect(self.add_selected_name)
        QShortcut(QKeySequence("Ctrl+Shift+N"), self, self.add_selected_name)
        QShortcut(QKeySequence("E"), self, lambda: self.decide(review.ACCEPT))
        QShortcut(QKeySequence("B"), self, lambda: self.decide(review.REJECT))
        help_label = QLabel(
            self.tr(
                "E ersätter, B behåller, pilarna väljer fynd. Markera ett ord i texten och välj "
                "\u201dLägg till i namnlistan\u201d (Ctrl+Shift+N) om ett namn saknas."
            )
        )
        help_label.setWordWrap(True)
        help_label.setStyleSheet("color: #555;")

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
        splitter.setSizes([560, 590])
        buttons = QHBoxLayout()
        for b in (
            self.accept_button,
            self.reject_button,
            self.accept_kind_button,
            self.add_name_button,
        ):
            buttons.addWidget(b)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.count)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        layout.addWidget(help_label)
        self.reload()

    # -- data ---------------------------------------------------------------------------------
    def reload(self, keep: str | None = None) -> None:
        try:
            self.items = review.review_items(self.project.db, self.interview_id)
        except SamtalError as exc:
            show_error(self, exc)
            return
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        current = None
        first_open = None
        for index, item in enumerate(self.items):
            f = item.finding
            if not f.needs_review and item.decision is None:
                # certain replacements (pronouns, listed names, identifiers) are not listed
                continue
            kind = str(f.kind)
            group = groups.get(kind)
            if group is None:
                group = QTreeWidgetItem([kind_name(kind)])
                group.setFirstColumnSpanned(True)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.tree.addTopLevelItem(group)
                group.setExpanded(True)
                groups[kind] = group
            row = QTreeWidgetItem(
                [f.text, f.replacement, self._decision_text(item), context(item.text.text, f)]
            )
            row.setData(0, Qt.ItemDataRole.UserRole, index)
            row.setBackground(0, QColor(KIND_COLOURS.get(kind, "#eeeeee")))
            group.addChild(row)
            key = f"{item.text.source}:{item.text.source_id}:{f.fingerprint}"
            row.setData(1, Qt.ItemDataRole.UserRole, key)
            if key == keep:
                current = row
            if first_open is None and item.unresolved:
                first_open = row
        for kind, group in groups.items():
            children = [group.child(i) for i in range(group.childCount())]
            waiting = sum(
                1
                for child in children
                if child is not None
                and self.items[child.data(0, Qt.ItemDataRole.UserRole)].unresolved
            )
            group.setText(0, f"{kind_name(kind)} ({waiting}/{group.childCount()})")
        target = current or first_open
        if target is None and groups:
            target = next(iter(groups.values())).child(0)
        if target is not None:
            self.tree.setCurrentItem(target)
        self._update_count()

    def _decision_text(self, item: review.ReviewItem) -> str:
        if item.decision == review.ACCEPT:
            return self.tr("ersätts")
        if item.decision == review.REJECT:
            return self.tr("behålls")
        return self.tr("väntar")

    def _update_count(self) -> None:
        waiting = sum(1 for i in self.items if i.unresolved)
        self.count.setText(
            self.tr("Inga fynd väntar – klart för export")
            if waiting == 0
            else self.tr("{n} fynd väntar på granskning").replace("{n}", str(waiting))
        )

    def current_item(self) -> review.ReviewItem | None:
        row = self.tree.currentItem()
        index = row.data(0, Qt.ItemDataRole.UserRole) if row is not None else None
        return self.items[index] if isinstance(index, int) else None

    # -- showing ------------------------------------------------------------------------------
    def _show_current(self) -> None:
        item = self.current_item()
        if item is None:
            return
        text = item.text
        self.source.setPlainText(text.text)
        selections = []
        same = [i for i in self.items if i.text == text]
        for other in same:
            sel = QTextEdit.ExtraSelection()
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(KIND_COLOURS.get(str(other.finding.kind), "#eeeeee")))
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
        decided = {i.finding.fingerprint: i.decision == review.ACCEPT for i in same if i.decision}
        self.preview.setPlainText(apply_findings(text.text, [i.finding for i in same], decided))
        where = {
            "note": self.tr("anteckning"),
            "transcript": self.tr("utskrift"),
        }.get(text.source, self.tr("citat"))
        self.why.setText(
            self.tr("{kind} i {where} · regel: {rule} · säkerhet {score}")
            .replace("{kind}", kind_name(str(item.finding.kind)))
            .replace("{where}", where)
            .replace("{rule}", item.finding.rule)
            .replace("{score}", f"{item.finding.score:.2f}")
        )

    def _selection_changed(self) -> None:
        word = self.source.textCursor().selectedText().strip()
        self.add_name_button.setEnabled(0 < len(word) <= 80)

    # -- deciding -----------------------------------------------------------------------------
    def decide(self, decision: str) -> None:
        item = self.current_item()
        if item is None:
            return
        try:
            review.decide(
                self.project.db,
                self.interview_id,
                item.finding,
                decision,
                get_interview(self.project.db, self.interview_id).interviewer_code,
            )
        except SamtalError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()

    def accept_kind(self) -> None:
        item = self.current_item()
        if item is None:
            return
        kind = str(item.finding.kind)
        with self.project.db.atomic():
            for other in self.items:
                if str(other.finding.kind) == kind and other.unresolved:
                    review.decide(self.project.db, self.interview_id, other.finding, review.ACCEPT)
        self.reload()
        self.changed.emit()

    def add_selected_name(self) -> None:
        word = self.source.textCursor().selectedText().strip().strip(".,;:!?\u201d\"'()")
        if not word:
            return
        try:
            names.add_name(self.project.db, word, self.interview_id)
        except SamtalError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.changed.emit()
