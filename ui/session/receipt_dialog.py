"""The informant's receipt: the participant code large, the deletion date, whom to contact.

Printed, or saved as Word or PDF, only when the user asks; it holds nothing the informant said.
"""

from __future__ import annotations

import html
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QPagedPaintDevice, QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from app.audit import audit_info
from app.errors import InvalidInput, SamtalError
from app.export.receipt import receipt_file_name, save_receipt_docx
from app.interview.receipt import Receipt, receipt
from app.interview.records import Interview
from app.store.database import Database
from ui.errors import message_for
from ui.settings import settings
from ui.widgets import file_dialogs
from ui.widgets.a11y import describe_as
from ui.widgets.common import error_label
from ui.widgets.zoom import install_zoom


def receipt_html(receipt: Receipt) -> str:
    """The receipt for screen, printer and PDF (every text escaped)."""

    def paragraph(line: str) -> str:
        if not line:
            return "<p style='margin:0'>&nbsp;</p>"
        text = html.escape(line)
        if line == receipt.deletion:
            text = f"<b>{text}</b>"
        return f"<p style='margin:0 0 4px 0'>{text}</p>"

    lines = "".join(paragraph(line) for line in receipt.lines)
    return (
        f"<h2>{html.escape(receipt.title)}</h2>"
        f"<p style='margin:0'>{html.escape(receipt.code_label)}:</p>"
        f"<p style='font-size:26pt; font-weight:700; letter-spacing:3px; margin:2px 0 8px 0'>"
        f"{html.escape(receipt.code)}</p>{lines}"
    )


class ReceiptDialog(QDialog):
    """Show, print or save the informant's receipt."""

    def __init__(
        self, receipt: Receipt, parent: QWidget | None = None, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        install_zoom(self)
        self.setObjectName("ReceiptDialog")
        self.receipt = receipt
        self.folder = folder or _default_folder()
        self.saved: Path | None = None
        self.setWindowTitle(self.tr("Kvitto till informanten"))
        self.setMinimumSize(560, 520)
        self.document = QTextDocument(self)
        self.document.setHtml(receipt_html(receipt))
        self.view = QTextBrowser()
        self.view.setDocument(self.document)
        self.view.setAccessibleName(self.tr("Kvittot"))
        hint = QLabel(
            self.tr(
                "Ge kvittot till informanten, på papper eller som fil. Det har inget namn, bara "
                "deltagarkoden, datumet då allt raderas och vem hen kan kontakta."
            )
        )
        hint.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Skriv ut…"))
        self.print_button.setAccessibleName(self.tr("Skriv ut kvittot"))
        self.print_button.clicked.connect(self.print_receipt)
        self.docx_button = QPushButton(self.tr("Spara som Word…"))
        self.docx_button.setAccessibleName(self.tr("Spara kvittot som Word-dokument"))
        self.docx_button.clicked.connect(lambda: self.save("docx"))
        self.pdf_button = QPushButton(self.tr("Spara som PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Spara kvittot som PDF"))
        self.pdf_button.clicked.connect(lambda: self.save("pdf"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        describe_as(self.status, self.tr("Var kvittot sparades"))  # read as shown
        self.error = error_label()
        buttons = QHBoxLayout()
        for b in (self.print_button, self.docx_button, self.pdf_button):
            b.setMinimumHeight(36)
            buttons.addWidget(b)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close_button = close.button(QDialogButtonBox.StandardButton.Close)
        close_button.setText(self.tr("Stäng"))
        close_button.setAccessibleName(self.tr("Stäng"))
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(hint)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(close)

    # -- printing and saving --------------------------------------------------------------------
    @classmethod
    def ask_printer(cls, parent: QWidget) -> QPagedPaintDevice | None:
        """The printer the user chose, or None (tests replace this)."""
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, parent)
        return printer if dialog.exec() == QDialog.DialogCode.Accepted else None

    @classmethod
    def ask_path(cls, parent: QWidget, suggested: Path, name_filter: str, suffix: str) -> str:
        """Where to save (Qt's own dialog, no history kept); "" if cancelled."""
        return file_dialogs.save_file_name(
            parent, parent.tr("Spara kvittot"), suggested, name_filter, suffix
        )

    def print_receipt(self) -> None:
        device = self.ask_printer(self)
        if device is not None:
            self.print_to(device)

    def print_to(self, device: QPagedPaintDevice) -> None:
        device.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A4),
                QPageLayout.Orientation.Portrait,
                QMarginsF(20, 20, 20, 20),
                QPageLayout.Unit.Millimeter,
            )
        )
        document = self.document.clone(self)
        document.setPageSize(QSizeF(device.width(), device.height()))
        document.print_(device)

    def save(self, kind: str) -> Path | None:
        self.error.hide()
        suffix = "." + kind
        suggested = self.folder / receipt_file_name(self.receipt, suffix)
        name_filter = (
            self.tr("Word-dokument (*.docx)") if kind == "docx" else self.tr("PDF (*.pdf)")
        )
        chosen = self.ask_path(self, suggested, name_filter, kind)
        if not chosen:
            return None
        path = Path(chosen).expanduser()
        if path.suffix.lower() != suffix:
            path = path.with_suffix(suffix)
        try:
            if kind == "docx":
                path = save_receipt_docx(self.receipt, path)
            else:
                self._save_pdf(path)
        except (SamtalError, OSError) as exc:
            if isinstance(exc, OSError):
                exc = SamtalError(exc.__class__.__name__)
            self.error.setText(message_for(exc))
            self.error.show()
            return None
        self.saved = path
        self.status.setText(self.tr("Sparat: %1").replace("%1", str(path)))
        return path

    def _save_pdf(self, path: Path) -> None:
        """Written next to the target and renamed when complete (no half-written PDF)."""
        if not path.parent.is_dir():
            raise InvalidInput("export_folder_missing")
        part = path.with_name(path.name + ".part")
        writer = QPdfWriter(str(part))
        writer.setCreator("Samtal")
        writer.setTitle(self.receipt.title)
        self.print_to(writer)  # the painter's end writes and closes the file
        del writer
        os.replace(part, path)


def _default_folder() -> Path:
    docs = Path.home() / "Documents"
    return docs if docs.is_dir() else Path.home()


def open_for_interview(parent: QWidget, db: Database, interview: Interview) -> ReceiptDialog:
    """The receipt of an interview that exists (its own deletion date), opened over ``parent``."""
    dialog = ReceiptDialog(
        receipt(
            interview.participant_code,
            audit_info(db),
            interview.keep_until,
            settings().get("ui/language"),
        ),
        parent,
    )
    dialog.open()
    return dialog
