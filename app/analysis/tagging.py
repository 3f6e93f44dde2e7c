"""Tagging: passages of notes and whole quotes with themes of the codebook.

Tags live where the schema puts them: ``quote_theme`` for quotes and ``passage_tag`` for
passages of notes, with a text-quote anchor (:mod:`app.interview.anchors`) so a tag stays on
its words when the note changes.
"""

from __future__ import annotations

from dataclasses import dataclass

from app.analysis.themes import get_theme
from app.errors import InvalidInput, NotFound
from app.interview.anchors import make_anchor
from app.store.database import Database
from app.store.project import now_iso


@dataclass
class PassageTag:
    id: int
    note_id: int
    theme_id: int
    start: int
    end: int
    exact: str
    starred: bool

    @property
    def orphaned(self) -> bool:
        return self.start < 0


def tag_passage(
    db: Database, note_id: int, theme_id: int, start: int, end: int, *, starred: bool = False
) -> int:
    """Tag ``body[start:end]`` of a note with a theme. Tagging the same words twice is a no-op."""
    with db.atomic():
        body = db.scalar("SELECT body FROM note WHERE id = ?", (note_id,))
        if body is None:
            raise NotFound("note")
        get_theme(db, theme_id)
        # Trim whitespace so the anchor is the words themselves.
        start, end = max(0, min(start, end)), min(len(body), max(start, end))
        while start < end and body[start].isspace():
            start += 1
        while end > start and body[end - 1].isspace():
            end -= 1
        if start >= end:
            raise InvalidInput("passage_empty")
        existing = db.scalar(
            "SELECT id FROM passage_tag WHERE note_id = ? AND theme_id = ? AND start_pos = ?"
            " AND end_pos = ?",
            (note_id, theme_id, start, end),
        )
        if existing is not None:
            return int(existing)
        a = make_anchor(body, start, end)
        return db.insert(
            "INSERT INTO passage_tag (note_id, theme_id, start_pos, end_pos, exact, prefix,"
            " suffix, starred,"
            " created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                note_id,
                theme_id,
                a.start,
                a.end,
                a.exact,
                a.prefix,
                a.suffix,
                int(starred),
                now_iso(),
            ),
        )


def untag_passage(db: Database, tag_id: int) -> None:
    db.execute("DELETE FROM passage_tag WHERE id = ?", (tag_id,))


def set_passage_starred(db: Database, tag_id: int, starred: bool) -> None:
    db.execute("UPDATE passage_tag SET starred = ? WHERE id = ?", (int(starred), tag_id))


def set_passage_offsets(db: Database, tag_id: int, body: str, start: int, end: int) -> None:
    """Store offsets tracked live by an editor (against ``body``, the text about to be saved)."""
    a = make_anchor(body, start, end)
    db.execute(
        "UPDATE passage_tag SET start_pos = ?, end_pos = ?, exact = ?, prefix = ?, suffix = ?"
        " WHERE id = ?",
        (a.start, a.end, a.exact, a.prefix, a.suffix, tag_id),
    )


def orphan_passage(db: Database, tag_id: int) -> None:
    """Mark a tag whose words were deleted as orphaned (kept, shown, not counted)."""
    db.execute("UPDATE passage_tag SET start_pos = -1, end_pos = -1 WHERE id = ?", (tag_id,))


def passage_tags(db: Database, note_id: int) -> list[PassageTag]:
    return [
        PassageTag(
            r["id"],
            r["note_id"],
            r["theme_id"],
            r["start_pos"],
            r["end_pos"],
            r["exact"],
            bool(r["starred"]),
        )
        for r in db.query(
            "SELECT * FROM passage_tag WHERE note_id = ? ORDER BY start_pos, id", (note_id,)
        )
    ]


# -- quote tags --------------------------------------------------------------------------------
def tag_quote(db: Database, quote_id: int, theme_id: int) -> None:
    with db.atomic():
        if db.scalar("SELECT id FROM quote WHERE id = ?", (quote_id,)) is None:
            raise NotFound("quote")
        get_theme(db, theme_id)
        db.execute(
            "INSERT OR IGNORE INTO quote_theme (quote_id, theme_id) VALUES (?, ?)",
            (quote_id, theme_id),
        )


def untag_quote(db: Database, quote_id: int, theme_id: int) -> None:
    db.execute("DELETE FROM quote_theme WHERE quote_id = ? AND theme_id = ?", (quote_id, theme_id))


def quote_theme_ids(db: Database, quote_id: int) -> list[int]:
    return [
        int(r[0])
        for r in db.query(
            "SELECT qt.theme_id FROM quote_theme qt JOIN theme t ON t.id = qt.theme_id WHERE"
            " qt.quote_id = ?"
            " ORDER BY t.position, t.id",
            (quote_id,),
        )
    ]
