"""Mottagarnycklar: this project's key to give out (text and QR), and the keys it sends to.

The analysts' project shows its mottagarnyckel; an interviewer pastes it once under
"Mottagare" with a label, and from then on chooses it when sharing. The kontrollkod is read
aloud on the phone to check that the key arrived unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QGuiApplication, QPixmap
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import SamtalError
from app.store.project import Project
from app.team.keys import check_code, recipient_key, recipient_qr_png
from app.team.recipients import add_recipient, list_recipients, remove_recipient
from ui.errors import message_for
from ui.style.look import set_tone
from ui.style.palette import ERROR
from ui.widgets.a11y import describe_as

KEY_ROLE = Qt.ItemDataRole.UserRole


class RecipientKeyDialog(QDialog):
    """Signals:
    recipients_changed(): a key was added or removed.
    """

    recipients_changed = Signal()

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("RecipientKeyDialog")
        self.project = project
        self.setWindowTitle(self.tr("Mottagarnycklar"))
        self.setMinimumWidth(640)
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)

        own = QGroupBox(self.tr("Det här projektets mottagarnyckel"))
        self.key = recipient_key(project.db)
        self.key_field = QLineEdit(self.key)
        self.key_field.setReadOnly(True)
        self.key_field.setFont(mono)
        self.key_field.setAccessibleName(self.tr("Mottagarnyckel"))
        self.key_field.setCursorPosition(0)
        self.copy_button = QPushButton(self.tr("&Kopiera"))
        self.copy_button.setAccessibleName(self.tr("Kopiera mottagarnyckeln"))
        self.copy_button.clicked.connect(self.copy_key)
        key_row = QHBoxLayout()
        key_row.addWidget(self.key_field, 1)
        key_row.addWidget(self.copy_button)
        self.code_label = QLabel(self.tr("Kontrollkod: %1").replace("%1", check_code(self.key)))
        self.code_label.setStyleSheet("font-size: 13pt; font-weight: 600;")
        self.qr = QLabel()
        self.qr.setAccessibleName(self.tr("Mottagarnyckeln som QR-kod"))
        pixmap = QPixmap()
        pixmap.loadFromData(recipient_qr_png(self.key, scale=5), "PNG")
        self.qr.setPixmap(pixmap)
        explain = QLabel(
            self.tr(
                "Ge nyckeln till dem som ska skicka intervjuer hit (e-post, papper, QR). "
                "Den är inte hemlig: med den kan man bara kryptera paket som endast det här "
                "projektet kan öppna. Jämför kontrollkoden muntligt."
            )
        )
        explain.setWordWrap(True)
        self.key_field.setMinimumWidth(
            self.key_field.fontMetrics().horizontalAdvance(self.key) + 24
        )
        own_layout = QVBoxLayout(own)
        own_layout.addLayout(key_row)
        below = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.code_label)
        left.addWidget(explain)
        left.addStretch(1)
        below.addLayout(left, 1)
        below.addWidget(self.qr)
        own_layout.addLayout(below)

        others = QGroupBox(self.tr("Mottagare som det här projektet skickar till"))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sparade mottagarnycklar"))
        self.list.setMaximumHeight(120)
        self.label_field = QLineEdit()
        self.label_field.setPlaceholderText(self.tr("t.ex. Analytikerna"))
        self.label_field.setAccessibleName(self.tr("Namn på mottagaren"))
        self.new_key = QLineEdit()
        self.new_key.setFont(mono)
        self.new_key.setPlaceholderText("age1…")
        self.new_key.setAccessibleName(self.tr("Mottagarnyckel att lägga till"))
        self.add_button = QPushButton(self.tr("&Lägg till"))
        self.add_button.clicked.connect(self.add)
        self.remove_button = QPushButton(self.tr("&Ta bort"))
        self.remove_button.setAccessibleName(self.tr("Ta bort vald mottagare"))
        self.remove_button.clicked.connect(self.remove)
        self.error = QLabel()
        self.error.setWordWrap(True)
        set_tone(self.error, ERROR)
        describe_as(self.error, self.tr("Felmeddelande"))
        form = QFormLayout()
        form.addRow(self.tr("&Namn:"), self.label_field)
        form.addRow(self.tr("N&yckel:"), self.new_key)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        others_layout = QVBoxLayout(others)
        others_layout.addWidget(self.list)
        others_layout.addLayout(form)
        others_layout.addLayout(buttons)
        others_layout.addWidget(self.error)

        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(own)
        layout.addWidget(others)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        for r in list_recipients(self.project.db):
            item = QListWidgetItem(f"{r.label}   {r.check_code}   {r.key[:16]}…")
            item.setData(KEY_ROLE, r.key)
            self.list.addItem(item)
        self.remove_button.setEnabled(self.list.count() > 0)

    def copy_key(self) -> None:
        # The key is public: an ordinary copy (not the marked, self-clearing secret copy).
        QGuiApplication.clipboard().setText(self.key)

    def add(self) -> None:
        self.error.clear()
        try:
            add_recipient(self.project.db, self.label_field.text(), self.new_key.text())
        except SamtalError as exc:
            self.error.setText(message_for(exc))
            return
        self.label_field.clear()
        self.new_key.clear()
        self.refresh()
        self.recipients_changed.emit()

    def remove(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        remove_recipient(self.project.db, str(item.data(KEY_ROLE)))
        self.refresh()
        self.recipients_changed.emit()
