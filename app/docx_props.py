"""The one place that clears a Word document's personal properties.

Word writes the account holder's full name into *author* and *last modified by*; a .docx that
leaves Samtal (an export, a pseudonymised document, the export template we ship) must carry
neither. Used by :mod:`app.export.document`, :mod:`app.pseudonymise.docx_io` and
``packaging/make_export_template.py``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from docx.document import Document

#: Who wrote or last saved the file: a person's name.
AUTHOR_FIELDS = ("author", "last_modified_by")
#: Every text property of the core properties part.
ALL_TEXT_FIELDS = (
    "author",
    "title",
    "subject",
    "keywords",
    "comments",
    "category",
    "last_modified_by",
    "content_status",
    "identifier",
    "language",
    "version",
)


def clear_author_fields(document: Document, *, all_text: bool = False) -> None:
    """Blank the author and last-modified-by (with ``all_text``: every text property)."""
    core = document.core_properties
    for field in ALL_TEXT_FIELDS if all_text else AUTHOR_FIELDS:
        setattr(core, field, "")
