"""Konflikter: what two sides changed differently, kept both ways, to look at and settle."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.interview.background import list_variables
from app.store.project import Project
from app.team.conflicts import Conflict, list_conflicts, resolve_conflict

ID_ROLE = Qt.ItemDataRole.UserRole


class ConflictsDialog(QDialog):
    """Signals:
    changed(): a conflict was marked as settled.
    """

    changed = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConflictsDialog")
        self.project = project
        self.setWindowTitle(self.tr("Konflikter från paket"))
        self.setMinimumSize(620, 380)
        explain = QLabel(
            self.tr(
                "Här har båda sidor ändrat samma sak. Inget har skrivits över: en anteckning "
                "eller utskrift har den andra versionen under ett märkt stycke, ett citat finns "
                "två gånger, och för svar, beslut och bakgrundsuppgifter står den andra "
                "versionen här. Rätta i intervjun och markera konflikten som löst."
            )
        )
        explain.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Olösta konflikter"))
        self.list.setWordWrap(True)
        self.resolve_button = QPushButton(self.tr("&Markera som löst"))
        self.resolve_button.clicked.connect(self.resolve_current)
        row = QHBoxLayout()
        row.addWidget(self.resolve_button)
        row.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(close)
        self.refresh()

    def describe(self, c: Conflict) -> str:
        kinds = {
            "note": self.tr("Anteckning: båda versionerna finns i anteckningen"),
            "quote": self.tr("Citat: båda versionerna finns bland citaten"),
            "state": self.tr("Svar/status för en fråga – deras: %1"),
            "decision": self.tr("Pseudonymiseringsbeslut – deras: %1"),
            "consent": self.tr("Samtyckesuppgift – deras version sparad"),
            "interview": self.tr("Intervjuns uppgifter – deras version sparad"),
            "background": self.tr("Bakgrundsuppgift (%1) – deras: %2"),
            "transcript": self.tr("Utskrift: båda versionerna finns i utskriften"),
            "audio_deleted": self.tr("Uppgift om raderat ljud – deras version sparad"),
        }
        text = kinds.get(c.kind, c.kind)
        if c.kind == "state":
            text = text.replace("%1", f"{c.theirs.get('status')} {c.theirs.get('answer') or ''}")
        elif c.kind == "background":
            labels = {v.key: v.label for v in list_variables(self.project.db)}
            variable = c.key.split("/", 1)[-1]
            text = text.replace("%1", labels.get(variable, variable)).replace(
                "%2", str(c.theirs.get("category"))
            )
        elif c.kind == "decision":
            text = text.replace("%1", str(c.theirs.get("decision")))
        return f"{c.participant_code}  ·  {c.detected_at[:10]}\n{text}"

    def refresh(self) -> None:
        self.list.clear()
        for c in list_conflicts(self.project.db):
            item = QListWidgetItem(self.describe(c))
            item.setData(ID_ROLE, c.id)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.resolve_button.setEnabled(self.list.count() > 0)

    def resolve_current(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        resolve_conflict(self.project.db, int(item.data(ID_ROLE)))
        self.refresh()
        self.changed.emit()
