"""The size and zip-bomb limits for every .docx Samtal reads (guide import, pseudonymise).

A .docx is a zip file, so it is checked before python-docx sees it: the file size, the
number of members, their declared unpacked sizes, each XML part's size and its compression
ratio. ``zipfile`` never inflates a member past the size its header declares, so checking the
declared sizes is enough: a "zip bomb" is refused without unpacking it.
"""

from __future__ import annotations

import io
import zipfile
from enum import StrEnum

from app.errors import SamtalError

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNPACKED_BYTES = 100 * 1024 * 1024
#: Any one XML part (the body, a header, a footnotes part, ...).
MAX_PART_BYTES = 20 * 1024 * 1024
MAX_MEMBERS = 2000
#: A member this much larger unpacked than packed is a bomb (real Word XML: 5-30x) ...
MAX_RATIO = 200
#: ... once it unpacks to more than this (tiny parts may compress absurdly well).
RATIO_FLOOR_BYTES = 1024 * 1024

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class DocxLimit(StrEnum):
    """Why a file was refused (the detail of :class:`DocxRefused`)."""

    EMPTY = "empty"
    TOO_BIG = "too_big"
    OLD_OR_ENCRYPTED = "old_or_encrypted"
    NOT_DOCX = "not_docx"
    TOO_MANY_PARTS = "too_many_parts"
    UNPACKED_TOO_BIG = "unpacked_too_big"
    PART_TOO_BIG = "part_too_big"
    BOMB = "bomb"


class DocxRefused(SamtalError):
    """A .docx was refused before it was unpacked; ``detail`` is a :class:`DocxLimit`."""

    code = "docx_refused"


def check_docx_bytes(data: bytes) -> None:
    """Refuse ``data`` unless it looks like a .docx within the limits (nothing is unpacked).

    Raises:
        DocxRefused: with the :class:`DocxLimit` that was broken.
    """
    if not data:
        raise DocxRefused(DocxLimit.EMPTY)
    if len(data) > MAX_FILE_BYTES:
        raise DocxRefused(DocxLimit.TOO_BIG, limit_mb=MAX_FILE_BYTES // (1024 * 1024))
    if data[:8] == _OLE_MAGIC:
        raise DocxRefused(DocxLimit.OLD_OR_ENCRYPTED)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError):
        raise DocxRefused(DocxLimit.NOT_DOCX) from None
    if len(members) > MAX_MEMBERS:
        raise DocxRefused(DocxLimit.TOO_MANY_PARTS)
    if sum(m.file_size for m in members) > MAX_UNPACKED_BYTES:
        raise DocxRefused(DocxLimit.UNPACKED_TOO_BIG)
    names = {m.filename for m in members}
    if "[Content_Types].xml" not in names or "word/document.xml" not in names:
        raise DocxRefused(DocxLimit.NOT_DOCX)
    for m in members:
        if m.filename.endswith((".xml", ".rels")) and m.file_size > MAX_PART_BYTES:
            raise DocxRefused(DocxLimit.PART_TOO_BIG, part=m.filename)
        if m.file_size > RATIO_FLOOR_BYTES and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise DocxRefused(DocxLimit.BOMB, part=m.filename)
