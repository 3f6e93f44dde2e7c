"""The informant's receipt as a Word document (the dialog also prints it or saves a PDF).

It holds the participant code, the audit, the deletion date and whom to contact: nothing the
informant said. The file is written only when the user saves it.
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as DocxDocument
from docx.shared import Pt

from app.export.document import new_document, to_bytes, write_export
from app.interview.receipt import Receipt


def receipt_document(receipt: Receipt) -> DocxDocument:
    doc = new_document()
    doc.add_paragraph(receipt.title, style="Title")
    doc.add_paragraph(f"{receipt.code_label}:")
    code = doc.add_paragraph().add_run(receipt.code)
    code.bold = True
    code.font.size = Pt(28)
    for line in receipt.lines:
        paragraph = doc.add_paragraph()
        paragraph.add_run(line).bold = line == receipt.deletion and bool(line)
    return doc


def save_receipt_docx(receipt: Receipt, path: Path) -> Path:
    """Write the receipt as .docx (atomically; neutral document properties)."""
    if path.suffix.lower() != ".docx":
        path = path.with_suffix(".docx")
    write_export(path, to_bytes(receipt_document(receipt)))
    return path


def receipt_file_name(receipt: Receipt, suffix: str) -> str:
    """``Kvitto_K7Q-XMA.pdf``: the code is on the receipt anyway; no name, no title."""
    return f"Kvitto_{receipt.code}{suffix}"
