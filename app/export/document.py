"""The parts every export shares: the style template, neutral properties, encryption, writing.

Exports are built in memory (``BytesIO``) and, by default, encrypted before they touch the
disk; the only plaintext that ever leaves is an export the user asked for unencrypted.
"""

from __future__ import annotations

import io
from copy import deepcopy
from datetime import UTC, date, datetime
from enum import StrEnum
from pathlib import Path

import msoffcrypto
from docx import Document
from docx.document import Document as DocxDocument
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph
from msoffcrypto.format.ooxml import OOXMLFile

from app.docx_props import clear_author_fields
from app.errors import InvalidInput
from app.paths import resource
from app.store.atomic_file import write_atomic
from app.store.location import cloud_sync_folder as cloud_sync_folder  # one check for both

MIN_EXPORT_PASSWORD = 8


class ExportKind(StrEnum):
    TRANSCRIPT = "transcript"
    QUOTES = "quotes"
    GUIDE = "guide"
    CONSENT = "consent"
    SURVEY = "survey"  # closed questions summarised: charts and tables (issue 15)


def new_document() -> DocxDocument:
    """A document from the house template (Swedish language, Word styles, no personal info)."""
    return Document(str(resource("export", "mall.docx")))


def set_neutral_properties(doc: DocxDocument, now: datetime | None = None) -> None:
    """Clear every core property; only the export time remains."""
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    clear_author_fields(doc, all_text=True)
    core = doc.core_properties
    core.revision = 1
    core.created = moment
    core.modified = moment


def strip_comments_and_revisions(doc: DocxDocument) -> None:
    """Nothing we build has comments or tracked changes; make sure of it."""
    body = doc.element.body
    for tag in ("w:ins", "w:del", "w:commentRangeStart", "w:commentRangeEnd", "w:commentReference"):
        for el in body.iter(qn(tag)):
            el.getparent().remove(el)


def to_bytes(doc: DocxDocument) -> bytes:
    set_neutral_properties(doc)
    strip_comments_and_revisions(doc)
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def check_password(password: str) -> None:
    if len(password) < MIN_EXPORT_PASSWORD:
        raise InvalidInput("export_password_too_short", minimum=MIN_EXPORT_PASSWORD)


def encrypt_docx(data: bytes, password: str) -> bytes:
    """Agile-encrypted OOXML (an OLE/CFB container) that Word and LibreOffice open with the
    password.
    """
    check_password(password)
    out = io.BytesIO()
    OOXMLFile(io.BytesIO(data)).encrypt(password, out)
    return out.getvalue()


def decrypt_docx(data: bytes, password: str) -> bytes:
    office = msoffcrypto.OfficeFile(io.BytesIO(data))
    office.load_key(password=password)
    out = io.BytesIO()
    office.decrypt(out)
    return out.getvalue()


def is_encrypted_container(data: bytes) -> bool:
    return data[:8] == bytes.fromhex("d0cf11e0a1b11ae1")


def write_export(path: Path, data: bytes) -> None:
    """Write atomically (temp file in the same folder, then rename)."""
    if not path.parent.is_dir():
        raise InvalidInput("export_folder_missing")
    write_atomic(path, data)


def default_file_name(
    kind: ExportKind, participant_code: str | None = None, day: date | None = None
) -> str:
    """Neutral names: no titles, no names. ``Samtal_<participant code>_<date>.docx``."""
    stamp = (day or date.today()).isoformat()
    if kind is ExportKind.TRANSCRIPT and participant_code:
        return f"Samtal_{participant_code}_{stamp}.docx"
    label = {
        ExportKind.TRANSCRIPT: "utskrifter",
        ExportKind.QUOTES: "citat",
        ExportKind.GUIDE: "fragaguide",
        ExportKind.CONSENT: "samtycke",
        ExportKind.SURVEY: "sammanstallning",
    }[kind]
    return f"Samtal_{label}_{stamp}.docx"


# -- small writing helpers --------------------------------------------------------------------
def add_styled(doc: DocxDocument, text: str, style: str) -> Paragraph:
    """``doc.add_paragraph(text, style=style)``, with the style's id looked up once per
    document: python-docx searches every style of the document on each use (a third of the
    time of a long export)."""
    ids: dict[str, str] = doc.__dict__.setdefault("_samtal_style_ids", {})
    style_id = ids.get(style)
    if style_id is None:
        style_id = ids[style] = doc.styles[style].style_id
    paragraph = doc.add_paragraph()
    paragraph._p.style = style_id  # what python-docx's style setter writes
    add_text(paragraph, text)
    return paragraph


def add_text(paragraph: Paragraph, text: str) -> None:
    """``paragraph.add_run(text)``: the same XML, without python-docx's character-by-character
    loop for a text with no tab or line break (the common case: a note paragraph)."""
    if not text:
        return
    if "\t" in text or "\n" in text or "\r" in text:
        paragraph.add_run(text)
        return
    paragraph._p.add_r().add_t(text)  # what Run.text does for plain characters


def add_heading(doc: DocxDocument, text: str, level: int) -> Paragraph:
    """``doc.add_heading`` through :func:`add_styled`."""
    return add_styled(doc, text, "Title" if level == 0 else f"Heading {level}")


def add_caption(doc: DocxDocument, text: str) -> Paragraph:
    return add_styled(doc, text, "Caption")


# grey, 9 pt: the time before each note paragraph (copied, not built run by run)
_TIME_FORMAT = parse_xml(
    f'<w:rPr {nsdecls("w")}><w:color w:val="707070"/><w:sz w:val="18"/></w:rPr>'
)


def add_time_run(paragraph: Paragraph, ms: int) -> None:
    run = paragraph._p.add_r()
    run.append(deepcopy(_TIME_FORMAT))
    run.add_t(f"[{format_ms(ms)}] ")


def format_ms(ms: int) -> str:
    seconds = max(0, int(ms)) // 1000
    h, rest = divmod(seconds, 3600)
    m, s = divmod(rest, 60)
    return f"{h}:{m:02d}:{s:02d}" if h else f"{m:02d}:{s:02d}"


def add_table(
    doc: DocxDocument,
    rows: list[tuple[str, str]],
    widths_cm: tuple[float, float] = (4.5, 11.5),
    header: tuple[str, str] | None = None,
    row_height_cm: float | None = None,
) -> None:
    """A two-column table; the first column (or the header row) in bold.

    ``row_height_cm`` leaves room to write by hand (paper forms).
    """
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)  # the grid: what LibreOffice and Word lay out by
    all_rows = ([header] if header else []) + rows
    for i, (key, value) in enumerate(all_rows):
        row = table.add_row()
        if row_height_cm and not (header and i == 0):
            row.height = Cm(row_height_cm)
        cells = row.cells
        cells[0].text = key
        cells[1].text = value
        for cell, width in zip(cells, widths_cm, strict=True):
            cell.width = Cm(width)
            for p in cell.paragraphs:
                p.paragraph_format.space_after = Pt(0)
        bold_cells = cells if header and i == 0 else (cells[0],) if not header else ()
        for cell in bold_cells:
            for run in cell.paragraphs[0].runs:
                run.bold = True
    doc.add_paragraph()


def add_key_value_table(doc: DocxDocument, rows: list[tuple[str, str]]) -> None:
    add_table(doc, rows)
