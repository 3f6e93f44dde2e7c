"""Quote marks: the informant's words, typed by the co-listener or selected in the notes.

A quote mark needs the informant's consent to quotes (``consent_quotes``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.errors import InvalidInput, NotFound
from app.interview import consent
from app.store.database import Database, Row
from app.store.project import now_iso

MAX_QUOTE_CHARS = 10_000


@dataclass
class QuoteMark:
    id: int
    interview_id: int
    question_id: int | None
    at_ms: int
    text: str
    edited_text: str | None
    starred: bool
    source: str
    note_id: int | None
    created_by: str
    created_at: str
    theme_ids: list[int] = field(default_factory=list)

    @property
    def report_text(self) -> str:
        """The version for the report: the edited text if there is one, else the verbatim."""
        return self.edited_text if self.edited_text is not None else self.text

    @classmethod
    def from_row(cls, r: Row, theme_ids: list[int] | None = None) -> QuoteMark:
        return cls(
            r["id"],
            r["interview_id"],
            r["question_id"],
            r["at_ms"],
            r["text"],
            r["edited_text"],
            bool(r["starred"]),
            r["source"],
            r["note_id"],
            r["created_by"],
            r["created_at"],
            theme_ids or [],
        )


def _clean(text: str) -> str:
    text = text.strip()
    if not text:
        raise InvalidInput("quote_empty")
    if len(text) > MAX_QUOTE_CHARS:
        raise InvalidInput("quote_too_long", maximum=MAX_QUOTE_CHARS)
    return text


def add_quote(
    db: Database,
    interview_id: int,
    text: str,
    *,
    question_id: int | None = None,
    at_ms: int = 0,
    starred: bool = False,
    theme_ids: list[int] | None = None,
    source: str = "panel",
    note_id: int | None = None,
    created_by: str = "",
) -> QuoteMark:
    """Save a quote mark.

    Raises:
        ConsentRequired: the informant has not consented to quotes (or withdrew).
        InvalidInput: empty or over-long text.
    """
    text = _clean(text)
    with db.atomic():
        consent.require(db, interview_id, "quotes")
        quote_id = db.insert(
            "INSERT INTO quote (interview_id, question_id, at_ms, text, starred, source, note_id,"
            " created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                interview_id,
                question_id,
                int(at_ms),
                text,
                int(starred),
                source,
                note_id,
                created_by,
                now_iso(),
            ),
        )
        if theme_ids:
            set_themes(db, quote_id, theme_ids)
    return get_quote(db, quote_id)


def get_quote(db: Database, quote_id: int) -> QuoteMark:
    row = db.query_one("SELECT * FROM quote WHERE id = ?", (quote_id,))
    if row is None:
        raise NotFound("quote")
    themes = [
        int(r[0])
        for r in db.query("SELECT theme_id FROM quote_theme WHERE quote_id = ?", (quote_id,))
    ]
    return QuoteMark.from_row(row, themes)


def quotes_for_interview(db: Database, interview_id: int) -> list[QuoteMark]:
    themes: dict[int, list[int]] = {}
    for r in db.query(
        "SELECT qt.quote_id, qt.theme_id FROM quote_theme qt JOIN quote q ON q.id = qt.quote_id"
        " WHERE q.interview_id = ?",
        (interview_id,),
    ):
        themes.setdefault(r[0], []).append(r[1])
    return [
        QuoteMark.from_row(r, themes.get(r["id"]))
        for r in db.query(
            "SELECT * FROM quote WHERE interview_id = ? ORDER BY at_ms, id", (interview_id,)
        )
    ]


def update_quote(
    db: Database,
    quote_id: int,
    *,
    text: str | None = None,
    edited_text: str | None = None,
    clear_edited: bool = False,
    starred: bool | None = None,
    question_id: int | None = None,
) -> QuoteMark:
    with db.atomic():
        get_quote(db, quote_id)
        if text is not None:
            db.execute("UPDATE quote SET text = ? WHERE id = ?", (_clean(text), quote_id))
        if edited_text is not None:
            db.execute(
                "UPDATE quote SET edited_text = ? WHERE id = ?", (_clean(edited_text), quote_id)
            )
        if clear_edited:
            db.execute("UPDATE quote SET edited_text = NULL WHERE id = ?", (quote_id,))
        if starred is not None:
            db.execute("UPDATE quote SET starred = ? WHERE id = ?", (int(starred), quote_id))
        if question_id is not None:
            db.execute("UPDATE quote SET question_id = ? WHERE id = ?", (question_id, quote_id))
    return get_quote(db, quote_id)


def set_themes(db: Database, quote_id: int, theme_ids: list[int]) -> None:
    with db.atomic():
        db.execute("DELETE FROM quote_theme WHERE quote_id = ?", (quote_id,))
        db.executemany(
            "INSERT INTO quote_theme (quote_id, theme_id) VALUES (?, ?)",
            [(quote_id, t) for t in dict.fromkeys(theme_ids)],
        )


def delete_quote(db: Database, quote_id: int) -> None:
    with db.atomic():
        get_quote(db, quote_id)
        db.execute("DELETE FROM quote WHERE id = ?", (quote_id,))


# -- the draft: a quote typed but not yet entered --------------------------------------------------
def save_draft(db: Database, interview_id: int, text: str) -> None:
    """Keep ``text`` as the interview's quote draft (an empty text removes it)."""
    if not text.strip():
        db.execute("DELETE FROM quote_draft WHERE interview_id = ?", (interview_id,))
        return
    db.execute(
        "INSERT INTO quote_draft (interview_id, text, saved_at) VALUES (?, ?, ?)"
        " ON CONFLICT (interview_id) DO UPDATE SET text = excluded.text,"
        " saved_at = excluded.saved_at",
        (interview_id, text[:MAX_QUOTE_CHARS], now_iso()),
    )


def load_draft(db: Database, interview_id: int) -> str:
    """The interview's quote draft, or ``""``."""
    value = db.scalar("SELECT text FROM quote_draft WHERE interview_id = ?", (interview_id,))
    return "" if value is None else str(value)
