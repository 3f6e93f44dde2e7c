"""What the transcriber sees beside the audio: the guide as run, quote marks and question
changes on the interview clock (which the chunk headers map to places in the recording)."""

from __future__ import annotations

from dataclasses import dataclass

from app.store.database import Database


@dataclass(frozen=True)
class GuideItem:
    """A question of the interview's guide, with when it was first asked (interview clock)."""

    question_id: int
    section: str
    number: str
    text: str
    first_at_ms: int | None
    status: str


@dataclass(frozen=True)
class Mark:
    """A point on the timeline: ``kind`` is "question" or "quote"."""

    clock_ms: int
    kind: str
    label: str
    ref_id: int


def guide_items(db: Database, interview_id: int) -> list[GuideItem]:
    """The questions of the interview's guide version in order, with their state."""
    rows = db.query(
        "SELECT q.id, s.title AS section, q.number, q.text, st.first_at_ms,"
        " coalesce(st.status, 'not_asked') AS status"
        " FROM interview i JOIN section s ON s.guide_version_id = i.guide_version_id"
        " JOIN question q ON q.section_id = s.id"
        " LEFT JOIN question_state st ON st.interview_id = i.id AND st.question_id = q.id"
        " WHERE i.id = ? ORDER BY s.position, q.position",
        (interview_id,),
    )
    return [
        GuideItem(int(r["id"]), r["section"], r["number"], r["text"], r["first_at_ms"], r["status"])
        for r in rows
    ]


def timeline_marks(db: Database, interview_id: int) -> list[Mark]:
    """Question changes (first time asked) and quote marks, in clock order."""
    marks = [
        Mark(int(g.first_at_ms), "question", f"{g.number} {g.text}".strip(), g.question_id)
        for g in guide_items(db, interview_id)
        if g.first_at_ms is not None
    ]
    marks += [
        Mark(int(r["at_ms"]), "quote", str(r["text"]), int(r["id"]))
        for r in db.query(
            "SELECT id, at_ms, text FROM quote WHERE interview_id = ?", (interview_id,)
        )
    ]
    return sorted(marks, key=lambda m: (m.clock_ms, m.kind))
