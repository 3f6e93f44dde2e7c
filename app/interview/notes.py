"""Notes: one per question and one general note per interview, paragraph by paragraph.

Each paragraph carries its time since the interview started, for later alignment with
audio. A save replaces the whole note in one short statement (notes are small), which
keeps autosave cheap and crash-safe.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from app.interview.anchors import reanchor_note_tags
from app.store.database import Database
from app.store.project import now_iso


@dataclass(frozen=True)
class Paragraph:
    at_ms: int
    text: str


@dataclass
class Note:
    id: int
    interview_id: int
    question_id: int | None
    paragraphs: list[Paragraph]
    revision: int
    updated_at: str

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.paragraphs)

    @property
    def is_empty(self) -> bool:
        return not any(p.text.strip() for p in self.paragraphs)


def _encode(paragraphs: list[Paragraph]) -> tuple[str, str]:
    body = "\n".join(p.text.replace("\n", " ") for p in paragraphs)
    times = json.dumps([int(p.at_ms) for p in paragraphs])
    return body, times


def _decode(body: str, times_json: str) -> list[Paragraph]:
    texts = body.split("\n") if body else []
    times = json.loads(times_json or "[]")
    if len(times) < len(texts):
        times += [times[-1] if times else 0] * (len(texts) - len(times))
    return [Paragraph(int(t), s) for t, s in zip(times, texts, strict=False)]


def save_note(
    db: Database, interview_id: int, question_id: int | None, paragraphs: list[Paragraph]
) -> int:
    """Write the note (insert or replace). Returns its new revision number."""
    body, times = _encode(paragraphs)
    with db.atomic():
        row = db.query_one(
            "SELECT id, revision, body FROM note"
            " WHERE interview_id = ? AND ifnull(question_id, 0) = ifnull(?, 0)",
            (interview_id, question_id),
        )
        if row is None:
            db.execute(
                "INSERT INTO note (interview_id, question_id, body, paragraph_ms, revision,"
                " updated_at) VALUES (?, ?, ?, ?, 1, ?)",
                (interview_id, question_id, body, times, now_iso()),
            )
            return 1
        db.execute(
            "UPDATE note SET body = ?, paragraph_ms = ?, revision = revision + 1, updated_at = ?"
            " WHERE id = ?",
            (body, times, now_iso(), row["id"]),
        )
        reanchor_note_tags(db, row["id"], row["body"], body)
        return int(row["revision"]) + 1


def get_note(db: Database, interview_id: int, question_id: int | None) -> Note | None:
    row = db.query_one(
        "SELECT * FROM note WHERE interview_id = ? AND ifnull(question_id, 0) = ifnull(?, 0)",
        (interview_id, question_id),
    )
    if row is None:
        return None
    return Note(
        row["id"],
        row["interview_id"],
        row["question_id"],
        _decode(row["body"], row["paragraph_ms"]),
        row["revision"],
        row["updated_at"],
    )


def notes_for_interview(db: Database, interview_id: int) -> list[Note]:
    return [
        Note(
            r["id"],
            r["interview_id"],
            r["question_id"],
            _decode(r["body"], r["paragraph_ms"]),
            r["revision"],
            r["updated_at"],
        )
        for r in db.query("SELECT * FROM note WHERE interview_id = ? ORDER BY id", (interview_id,))
    ]


def count_notes(db: Database, interview_id: int) -> int:
    """How many of the interview's notes have any text."""
    return int(
        db.scalar(
            "SELECT count(*) FROM note WHERE interview_id = ? AND body != ''", (interview_id,)
        )
        or 0
    )
