"""Codebook exchange with other QDA tools: themes out as a .qdc, a .qdc in as themes."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from app.analysis.themes import add_theme, list_themes
from app.errors import InvalidInput
from app.export.qdpx import refi_project_id, theme_codes
from app.export.refi.codebook import MAX_QDC_BYTES, build_qdc, read_qdc
from app.store.atomic_file import write_atomic
from app.store.database import Database

DEFAULT_COLOUR = "#7f8c8d"


def export_qdc(db: Database, path: Path) -> int:
    """Write every theme to a .qdc (valid against Codebook.xsd). Returns how many."""
    codes = tuple(theme_codes(db))
    if not path.parent.is_dir():
        raise InvalidInput("export_folder_missing")
    write_atomic(path, build_qdc(codes, refi_project_id(db)))
    return len(codes)


@dataclass(frozen=True)
class CodebookImport:
    added: int
    existing: int  # already there (same name under the same parent): kept, not doubled


def read_qdc_file(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_QDC_BYTES:
            raise InvalidInput("qdc_too_large")
        return path.read_bytes()
    except OSError:
        raise InvalidInput("qdc_unreadable") from None


def import_qdc(db: Database, data: bytes) -> CodebookImport:
    """Add a .qdc's codes as themes, keeping hierarchy, colours and descriptions.

    A code whose name already exists under the same parent is matched, not added again, so
    importing the same codebook twice gives one copy. All or nothing.
    """
    codes = read_qdc(data)
    added = existing = 0
    with db.atomic():
        by_place = {(t.parent_id, t.name.casefold()): t.id for t in list_themes(db)}
        theme_of: dict[str, int] = {}
        for code in codes:
            parent = theme_of.get(code.parent) if code.parent is not None else None
            found = by_place.get((parent, code.name.casefold()))
            if found is not None:
                theme_of[code.key] = found
                existing += 1
                continue
            theme_id = add_theme(
                db, code.name, code.description, code.colour or DEFAULT_COLOUR, parent
            )
            by_place[(parent, code.name.casefold())] = theme_id
            theme_of[code.key] = theme_id
            added += 1
    return CodebookImport(added, existing)
